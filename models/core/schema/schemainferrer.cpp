// SPDX-License-Identifier: MIT
#include "models/core/schema/schemainferrer.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::SchemaInferrer)
};

constexpr size_t kExactDistinct = 64;   // exact distinct counting up to this many values
constexpr int kHllBits = 10;            // 1024 registers: ±3 % and 1 KB per high-cardinality path
constexpr size_t kHllRegisters = size_t(1) << kHllBits;
constexpr size_t kMaxMinMaxBytes = 256; // longer strings take no part in min/max

uint64_t mix(uint64_t x)
{
    // splitmix64's finaliser: std::hash of small integers is the identity, which HyperLogLog
    // cannot use; this spreads every input over all 64 bits.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

uint64_t hashBytes(std::string_view bytes, uint64_t salt)
{
    return mix(std::hash<std::string_view>{}(bytes) ^ salt);
}

// ---- format matchers, on the raw bytes ------------------------------------------------

bool digitsAt(std::string_view s, size_t pos, size_t count)
{
    if (pos + count > s.size())
        return false;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    return true;
}

int twoDigits(std::string_view s, size_t pos) { return (s[pos] - '0') * 10 + (s[pos + 1] - '0'); }

bool isDateAt(std::string_view s, size_t pos)
{
    if (!digitsAt(s, pos, 4) || s.size() < pos + 10 || s[pos + 4] != '-' || s[pos + 7] != '-'
        || !digitsAt(s, pos + 5, 2) || !digitsAt(s, pos + 8, 2))
        return false;
    const int month = twoDigits(s, pos + 5);
    const int day = twoDigits(s, pos + 8);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/// Matches hh:mm:ss[.f+] at `pos`; returns the end, or npos. `fraction` gets the digits.
size_t matchTime(std::string_view s, size_t pos, int &fraction)
{
    if (s.size() < pos + 8 || !digitsAt(s, pos, 2) || s[pos + 2] != ':' || !digitsAt(s, pos + 3, 2)
        || s[pos + 5] != ':' || !digitsAt(s, pos + 6, 2))
        return std::string_view::npos;
    if (twoDigits(s, pos) > 23 || twoDigits(s, pos + 3) > 59 || twoDigits(s, pos + 6) > 60)
        return std::string_view::npos;
    size_t end = pos + 8;
    fraction = 0;
    if (end < s.size() && s[end] == '.') {
        ++end;
        while (end < s.size() && s[end] >= '0' && s[end] <= '9') {
            ++end;
            ++fraction;
        }
        if (fraction == 0)
            return std::string_view::npos;
    }
    return end;
}

/// Matches Z or ±hh:mm at `pos` up to the end of `s`.
bool isOffsetAt(std::string_view s, size_t pos)
{
    if (pos + 1 == s.size() && (s[pos] == 'Z' || s[pos] == 'z'))
        return true;
    return pos + 6 == s.size() && (s[pos] == '+' || s[pos] == '-') && digitsAt(s, pos + 1, 2) && s[pos + 3] == ':'
        && digitsAt(s, pos + 4, 2);
}

bool isNumericString(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    const size_t intStart = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i == intStart)
        return false;
    if (i < s.size() && s[i] == '.') {
        const size_t fracStart = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == fracStart)
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        const size_t expStart = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == expStart)
            return false;
    }
    return i == s.size();
}

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool isUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (size_t i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isHex(s[i]))
            return false;
    }
    return true;
}

bool equalsNoCase(std::string_view s, std::string_view lower)
{
    if (s.size() != lower.size())
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = (s[i] >= 'A' && s[i] <= 'Z') ? char(s[i] - 'A' + 'a') : s[i];
        if (c != lower[i])
            return false;
    }
    return true;
}

/// Length in code points of valid UTF-8.
qint64 codePoints(std::string_view s)
{
    qint64 n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

/// Offset of the first invalid UTF-8 sequence, or npos. ASCII runs are skipped eight bytes
/// at a time, so that a valid body costs little next to parsing it.
size_t firstInvalidUtf8(std::string_view s, size_t from = 0)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const size_t n = s.size();
    size_t i = from;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

/// `s` with every invalid sequence replaced by U+FFFD; `count` gets how many.
std::string sanitizedUtf8(std::string_view s, size_t first, qint64 &count)
{
    std::string out;
    out.reserve(s.size() + 16);
    size_t pos = 0;
    size_t bad = first;
    count = 0;
    while (bad != std::string_view::npos) {
        out.append(s.substr(pos, bad - pos));
        out.append("\xEF\xBF\xBD");
        ++count;
        pos = bad + 1;
        // Skip the continuation bytes of the broken sequence, so that one bad character
        // becomes one replacement.
        while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80)
            ++pos;
        bad = firstInvalidUtf8(s, pos);
    }
    out.append(s.substr(pos));
    return out;
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Examples are shown in tooltips and tables; a 50 MB string value would be copied into every
// model and view that shows one. Longer strings are cut at a character boundary, with "…".
constexpr size_t kMaxExampleBytes = 256;
std::string exampleText(std::string_view s)
{
    if (s.size() <= kMaxExampleBytes)
        return std::string(s);
    size_t end = kMaxExampleBytes;
    while (end > 0 && (uint8_t(s[end]) & 0xC0) == 0x80)
        --end; // not inside a UTF-8 sequence
    return std::string(s.substr(0, end)) + "\u2026";
}

std::string jsonText(const std::string &s)
{
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// ---- per-path accumulation --------------------------------------------------------------

struct Accumulator {
    std::array<qint64, kJsonKindCount> kinds{};
    std::array<qint64, kValueFormatCount> formats{};
    qint64 maxLength = 0;
    qint64 bigIntegers = 0;
    qint64 maxArrayLength = 0;
    qint64 duplicateKeys = 0;
    int maxIntegerDigits = 0;
    int maxScale = 0;
    int maxFraction = 0;
    bool haveNumber = false;
    bool haveString = false;
    double minNumber = 0;
    double maxNumber = 0;
    std::string minString;
    std::string maxString;
    std::vector<uint64_t> exact;            // distinct hashes while there are few
    std::unique_ptr<uint8_t[]> hll;         // HyperLogLog registers once there are many
    std::vector<std::string> examples;

    // `example` makes the value's JSON text; it is called only for the first few values.
    template<typename Example>
    void addHash(uint64_t h, int maxExamples, const Example &example)
    {
        if (hll) {
            const size_t index = h >> (64 - kHllBits);
            const uint64_t rest = (h << kHllBits) | (uint64_t(1) << (kHllBits - 1));
            const auto rank = uint8_t(std::countl_zero(rest) + 1);
            hll[index] = std::max(hll[index], rank);
            return;
        }
        if (std::find(exact.begin(), exact.end(), h) != exact.end())
            return;
        if (examples.size() < size_t(maxExamples))
            examples.push_back(example());
        if (exact.size() < kExactDistinct) {
            exact.push_back(h);
            return;
        }
        hll = std::make_unique<uint8_t[]>(kHllRegisters);
        std::fill_n(hll.get(), kHllRegisters, uint8_t(0));
        for (const uint64_t seen : exact)
            addHash(seen, 0, example);
        exact.clear();
        exact.shrink_to_fit();
        addHash(h, 0, example);
    }

    qint64 distinct() const
    {
        if (!hll)
            return qint64(exact.size());
        double sum = 0;
        int zeros = 0;
        for (size_t i = 0; i < kHllRegisters; ++i) {
            sum += std::ldexp(1.0, -int(hll[i]));
            zeros += hll[i] == 0;
        }
        const double m = double(kHllRegisters);
        double estimate = 0.7213 / (1 + 1.079 / m) * m * m / sum;
        if (estimate <= 2.5 * m && zeros > 0)
            estimate = m * std::log(m / double(zeros));  // linear counting for small ranges
        return qint64(std::llround(estimate));
    }

    void addNumberRange(double v)
    {
        if (!haveNumber) {
            minNumber = maxNumber = v;
            haveNumber = true;
        } else {
            minNumber = std::min(minNumber, v);
            maxNumber = std::max(maxNumber, v);
        }
    }

    void addInteger(qint64 v, bool isUnsigned, uint64_t u, int maxExamples)
    {
        ++kinds[size_t(JsonKind::Integer)];
        addNumberRange(isUnsigned ? double(u) : double(v));
        uint64_t magnitude = isUnsigned ? u : (v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v));
        int digits = 1;
        while (magnitude >= 10) {
            magnitude /= 10;
            ++digits;
        }
        maxIntegerDigits = std::max(maxIntegerDigits, digits);
        // Above INT64_MAX the value fits no Fivetran integer type (LONG is signed).
        if (isUnsigned && u > uint64_t(std::numeric_limits<qint64>::max()))
            ++bigIntegers;
        const double asDouble = isUnsigned ? double(u) : double(v);
        if (asDouble >= 946684800.0 && asDouble <= 4102444800.0)
            ++formats[size_t(ValueFormat::EpochSeconds)];
        else if (asDouble >= 946684800000.0 && asDouble <= 4102444800000.0)
            ++formats[size_t(ValueFormat::EpochMillis)];
        const uint64_t bits = isUnsigned ? u : uint64_t(v);
        addHash(mix(bits ^ 0x1234567ULL), maxExamples,
                [&] { return isUnsigned ? std::to_string(u) : std::to_string(v); });
    }

    /// A number literal with a fraction or exponent, or an integer too large for 64 bits.
    void addFloat(double v, std::string_view raw, int maxExamples)
    {
        std::string generated;
        if (raw.empty()) {
            char buffer[32];
            const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
            generated.assign(buffer, result.ptr);
            raw = generated;
        }
        const bool integral = raw.find_first_of(".eE") == std::string_view::npos;
        // Digits before and after the decimal point as written, the exponent applied.
        std::string mantissa;
        long exponent = 0;
        long pointPos = -1;
        size_t i = 0;
        for (; i < raw.size(); ++i) {
            const char c = raw[i];
            if (c >= '0' && c <= '9')
                mantissa += c;
            else if (c == '.')
                pointPos = long(mantissa.size());
            else if (c == 'e' || c == 'E')
                break;
        }
        if (i < raw.size()) {
            const std::string_view expText = raw.substr(i + 1);
            const size_t skip = !expText.empty() && expText[0] == '+' ? 1 : 0;
            std::from_chars(expText.data() + skip, expText.data() + expText.size(), exponent);
            exponent = std::clamp(exponent, -400L, 400L);
        }
        if (pointPos < 0)
            pointPos = long(mantissa.size());
        pointPos += exponent;
        size_t leadingZeros = 0;
        while (leadingZeros < mantissa.size() && long(leadingZeros) < pointPos && mantissa[leadingZeros] == '0')
            ++leadingZeros;
        const int integerDigits = int(std::max(0L, pointPos - long(leadingZeros)));
        const int scale = int(std::max(0L, long(mantissa.size()) - pointPos));
        maxIntegerDigits = std::max(maxIntegerDigits, integerDigits);
        maxScale = std::max(maxScale, scale);
        if (integral) {
            ++kinds[size_t(JsonKind::Integer)];
            ++bigIntegers;
        } else {
            ++kinds[size_t(JsonKind::Float)];
        }
        if (std::isfinite(v))
            addNumberRange(v);
        addHash(hashBytes(raw, 0x77), maxExamples, [&] { return std::string(raw); });
    }

    void addString(std::string_view s, int maxExamples)
    {
        ++kinds[size_t(JsonKind::String)];
        maxLength = std::max(maxLength, codePoints(s));
        if (s.size() <= kMaxMinMaxBytes) {
            if (!haveString) {
                minString = maxString = s;
                haveString = true;
            } else if (s < minString) {
                minString = s;
            } else if (s > maxString) {
                maxString = s;
            }
        }
        classifyString(s);
        addHash(hashBytes(s, 0x5a5a), maxExamples, [&] { return jsonText(exampleText(s)); });
    }

    void classifyString(std::string_view s)
    {
        if (s.empty())
            return;
        const char first = s[0];
        if (first >= '0' && first <= '9') {
            int fraction = 0;
            if (isDateAt(s, 0)) {
                if (s.size() == 10) {
                    ++formats[size_t(ValueFormat::Date)];
                    return;
                }
                if (s[10] == 'T' || s[10] == 't' || s[10] == ' ') {
                    const size_t end = matchTime(s, 11, fraction);
                    if (end == s.size()) {
                        ++formats[size_t(ValueFormat::DateTimeNaive)];
                        maxFraction = std::max(maxFraction, fraction);
                    } else if (end != std::string_view::npos && isOffsetAt(s, end)) {
                        ++formats[size_t(ValueFormat::DateTimeOffset)];
                        maxFraction = std::max(maxFraction, fraction);
                    }
                }
                return;
            }
            const size_t end = matchTime(s, 0, fraction);
            if (end != std::string_view::npos && (end == s.size() || isOffsetAt(s, end))) {
                ++formats[size_t(ValueFormat::Time)];
                maxFraction = std::max(maxFraction, fraction);
                return;
            }
        }
        if (s.size() == 36 && isUuid(s)) {
            ++formats[size_t(ValueFormat::Uuid)];
            return;
        }
        if ((first >= '0' && first <= '9') || first == '-') {
            if (isNumericString(s))
                ++formats[size_t(ValueFormat::NumericString)];
            return;
        }
        if (equalsNoCase(s, "true") || equalsNoCase(s, "false"))
            ++formats[size_t(ValueFormat::BooleanString)];
    }

    void addBoolean(bool b, int maxExamples)
    {
        ++kinds[size_t(JsonKind::Boolean)];
        addHash(b ? 0x9e3779b97f4a7c15ULL : 0x3c6ef372fe94f82bULL, maxExamples,
                [&] { return std::string(b ? "true" : "false"); });
    }
};

struct Node {
    std::string key;          // unescaped segment; "*" for array elements
    int parent = -1;
    int position = 0;         // index in the parent's children
    int depth = 0;
    bool element = false;
    int elementChild = -1;
    std::vector<int> children;                     // members in the order first seen
    std::unordered_map<std::string, int> childIndex;
    uint64_t lastObject = 0;  // serial of the last object this member appeared in (duplicates)
    Accumulator acc;
    qint64 occurrences = 0;
};

FivetranType suggestType(const PathInfo &p, int &precision, int &scale)
{
    precision = 0;
    scale = 0;
    const qint64 nonNull = p.nonNullCount();
    if (nonNull == 0)
        return FivetranType::Unspecified;
    if (p.count(JsonKind::Object) > 0 || p.count(JsonKind::Array) > 0)
        return FivetranType::Json;
    const qint64 ints = p.count(JsonKind::Integer);
    const qint64 floats = p.count(JsonKind::Float);
    if (p.onlyKind(JsonKind::Boolean))
        return FivetranType::Boolean;
    if (ints + floats == nonNull) {
        if (floats == 0) {
            if (p.bigIntegerCount == 0)
                return FivetranType::Long;
            if (p.maxIntegerDigits <= 38) {
                precision = 38;
                return FivetranType::Decimal;
            }
            return FivetranType::String;
        }
        return p.bigIntegerCount > 0 ? FivetranType::String : FivetranType::Double;
    }
    if (p.onlyKind(JsonKind::String)) {
        if (p.allMatch(ValueFormat::DateTimeOffset) && p.maxFractionDigits <= 6)
            return FivetranType::UtcDateTime;
        if (p.allMatch(ValueFormat::DateTimeNaive) && p.maxFractionDigits <= 6)
            return FivetranType::NaiveDateTime;
        if (p.allMatch(ValueFormat::Date))
            return FivetranType::NaiveDate;
    }
    return FivetranType::String;
}

} // namespace

// ---- the inferrer -----------------------------------------------------------------------

struct SchemaInferrer::Impl {
    InferenceLimits limits;
    std::vector<Node> nodes;
    qint64 records = 0;
    uint64_t objectSerial = 0;
    // Limits and oddities, reported once each in the notes.
    qint64 deepValues = 0;
    QString firstDeepPath;
    qint64 droppedPaths = 0;
    QString firstDroppedPath;
    qint64 duplicateKeys = 0;
    QString firstDuplicatePath;
    qint64 invalidUtf8 = 0;
    QString invalidUtf8Where;
    QStringList bodyNotes;

    explicit Impl(InferenceLimits l)
        : limits(l)
    {
        nodes.emplace_back();  // the record itself, path ""
    }

    QString pathOf(int id) const
    {
        QStringList segments;
        for (int n = id; n > 0; n = nodes[size_t(n)].parent)
            segments.prepend(fromStd(nodes[size_t(n)].key));
        QString path;
        for (const QString &segment : std::as_const(segments))
            path = appendPointer(path, segment);
        return path;
    }

    /// The child node for `key` of object node `parent`; -1 when limits forbid it.
    int member(int parent, const std::string &key)
    {
        Node &p = nodes[size_t(parent)];
        if (const auto it = p.childIndex.find(key); it != p.childIndex.end())
            return it->second;
        return newChild(parent, key, false);
    }

    int element(int parent)
    {
        const int existing = nodes[size_t(parent)].elementChild;
        return existing >= 0 ? existing : newChild(parent, std::string("*"), true);
    }

    int newChild(int parent, const std::string &key, bool isElement)
    {
        const int depth = nodes[size_t(parent)].depth + 1;
        if (depth > limits.maxDepth) {
            if (deepValues++ == 0)
                firstDeepPath = pathOf(parent);
            return -1;
        }
        if (nodes.size() >= size_t(limits.maxPaths)) {
            if (droppedPaths++ == 0)
                firstDroppedPath = appendPointer(pathOf(parent), fromStd(key));
            return -1;
        }
        const int id = int(nodes.size());
        Node node;
        node.key = key;
        node.parent = parent;
        node.depth = depth;
        node.element = isElement;
        nodes.push_back(std::move(node));
        Node &p = nodes[size_t(parent)];
        if (isElement) {
            p.elementChild = id;
        } else {
            nodes[size_t(id)].position = int(p.children.size());
            p.children.push_back(id);
            p.childIndex.emplace(key, id);
        }
        return id;
    }

    /// Marks `child` as seen in the object with serial `serial`; false for a repeated key.
    bool firstInObject(int child, uint64_t serial)
    {
        Node &n = nodes[size_t(child)];
        if (n.lastObject == serial) {
            ++n.acc.duplicateKeys;
            if (duplicateKeys++ == 0)
                firstDuplicatePath = pathOf(child);
            return false;
        }
        n.lastObject = serial;
        return true;
    }

    void checkUtf8(int id, const std::string &s)
    {
        if (firstInvalidUtf8(s) != std::string_view::npos && invalidUtf8++ == 0)
            invalidUtf8Where = Tr::tr("a string at %1").arg(pathOf(id));
    }

    // DOM records: recursion is bounded by limits.maxDepth, because newChild() refuses
    // deeper nodes and nothing below a refused node is visited.
    void addValue(int id, const JsonValue &v)
    {
        Node &n = nodes[size_t(id)];
        ++n.occurrences;
        const int maxExamples = limits.maxExamples;
        switch (v.type()) {
        case JsonValue::value_t::null:
        case JsonValue::value_t::discarded:
            ++n.acc.kinds[size_t(JsonKind::Null)];
            break;
        case JsonValue::value_t::boolean:
            n.acc.addBoolean(v.get<bool>(), maxExamples);
            break;
        case JsonValue::value_t::number_integer:
            n.acc.addInteger(v.get<qint64>(), false, 0, maxExamples);
            break;
        case JsonValue::value_t::number_unsigned:
            n.acc.addInteger(0, true, v.get<uint64_t>(), maxExamples);
            break;
        case JsonValue::value_t::number_float:
            n.acc.addFloat(v.get<double>(), {}, maxExamples);
            break;
        case JsonValue::value_t::string: {
            const auto &s = v.get_ref<const std::string &>();
            checkUtf8(id, s);
            nodes[size_t(id)].acc.addString(s, maxExamples);
            break;
        }
        case JsonValue::value_t::binary:
            ++n.acc.kinds[size_t(JsonKind::String)];
            break;
        case JsonValue::value_t::object: {
            ++n.acc.kinds[size_t(JsonKind::Object)];
            const uint64_t serial = ++objectSerial;
            for (auto it = v.begin(); it != v.end(); ++it) {
                const int child = member(id, it.key());
                if (child >= 0 && firstInObject(child, serial))
                    addValue(child, it.value());
            }
            break;
        }
        case JsonValue::value_t::array: {
            ++n.acc.kinds[size_t(JsonKind::Array)];
            n.acc.maxArrayLength = std::max(n.acc.maxArrayLength, qint64(v.size()));
            if (v.empty())
                break;
            const int child = element(id);
            if (child >= 0) {
                for (const JsonValue &e : v)
                    addValue(child, e);
            }
            break;
        }
        }
    }

    QStringList notes() const
    {
        QStringList out = bodyNotes;
        if (deepValues > 0)
            out << Tr::tr("Values nested deeper than %1 levels (first below %2) were not analysed; they stay inside "
                          "the JSON column of their ancestor.")
                       .arg(limits.maxDepth)
                       .arg(firstDeepPath.isEmpty() ? QStringLiteral("the record") : firstDeepPath);
        if (droppedPaths > 0)
            out << Tr::tr("Only the first %1 paths were analysed; %2 values under further paths (first %3) were "
                          "skipped.")
                       .arg(limits.maxPaths)
                       .arg(droppedPaths)
                       .arg(firstDroppedPath);
        if (duplicateKeys > 0)
            out << Tr::tr("%1 duplicate key(s) in one object (first %2); only the first value of each was analysed, "
                          "and most JSON readers keep the last.")
                       .arg(duplicateKeys)
                       .arg(firstDuplicatePath);
        if (invalidUtf8 > 0)
            out << Tr::tr("%1 string(s) with invalid UTF-8 (first %2); they were read with U+FFFD in place of the "
                          "broken bytes.")
                       .arg(invalidUtf8)
                       .arg(invalidUtf8Where);
        qint64 bigIntegers = 0;
        QString firstBig;
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i].acc.bigIntegers > 0 && bigIntegers++ == 0)
                firstBig = pathOf(int(i));
        }
        if (bigIntegers > 0)
            out << Tr::tr("Integers beyond 64 bits at %1 path(s) (first %2); they are proposed as DECIMAL(38,0) or "
                          "STRING so that no digit is lost.")
                       .arg(bigIntegers)
                       .arg(firstBig);
        return out;
    }

    InferredSchema build() const
    {
        QList<PathInfo> out;
        out.reserve(qsizetype(nodes.size()));
        // Depth-first, members in first-seen order; iterative, for any depth.
        std::vector<std::pair<int, QString>> stack{{0, QString()}};
        while (!stack.empty()) {
            auto [id, path] = std::move(stack.back());
            stack.pop_back();
            const Node &n = nodes[size_t(id)];
            PathInfo p;
            p.path = path;
            p.depth = n.depth;
            p.isArrayElement = n.element;
            p.key = id == 0 ? QString() : fromStd(n.key);
            if (id > 0) {
                const qsizetype slash = path.lastIndexOf(u'/');
                p.parentPath = path.left(slash);
            }
            const Accumulator &a = n.acc;
            p.kindCounts = a.kinds;
            p.occurrences = n.occurrences;
            if (id == 0)
                p.containers = records;
            else if (n.element)
                p.containers = n.occurrences;
            else
                p.containers = nodes[size_t(n.parent)].acc.kinds[size_t(JsonKind::Object)];
            p.distinctEstimate = a.distinct();
            p.distinctExact = !a.hll;
            if (a.haveNumber) {
                p.minNumber = a.minNumber;
                p.maxNumber = a.maxNumber;
            }
            if (a.haveString) {
                p.minString = fromStd(a.minString);
                p.maxString = fromStd(a.maxString);
            }
            p.maxLength = a.maxLength;
            p.maxIntegerDigits = a.maxIntegerDigits;
            p.maxScale = a.maxScale;
            p.maxFractionDigits = a.maxFraction;
            p.bigIntegerCount = a.bigIntegers;
            p.maxArrayLength = a.maxArrayLength;
            p.duplicateKeys = a.duplicateKeys;
            p.formatCounts = a.formats;
            for (const std::string &e : a.examples)
                p.examples << fromStd(e);
            p.suggestedType = suggestType(p, p.suggestedPrecision, p.suggestedScale);
            out.append(std::move(p));
            // Pushed in reverse so that they pop in order; the element after the members.
            if (n.elementChild >= 0)
                stack.emplace_back(n.elementChild, appendPointer(path, QStringLiteral("*")));
            for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
                stack.emplace_back(*it, appendPointer(path, fromStd(nodes[size_t(*it)].key)));
        }
        if (records == 0)
            out.clear();
        return InferredSchema(records, std::move(out), notes());
    }
};

// ---- the SAX path -----------------------------------------------------------------------

namespace {

/// nlohmann SAX events → the node tree. Outside the records it only follows the records
/// pointer; inside, every value goes to its node. Nothing is materialised.
class InferenceSax
{
public:
    using Impl = SchemaInferrer::Impl;
    InferenceSax(Impl &impl, std::vector<std::string> target)
        : m_d(impl)
        , m_target(std::move(target))
    {
        m_frames.reserve(64);
    }

    bool null()
    {
        if (const int id = scalarTarget(); id >= 0) {
            ++m_d.nodes[size_t(id)].occurrences;
            ++m_d.nodes[size_t(id)].acc.kinds[size_t(JsonKind::Null)];
        }
        return true;
    }
    bool boolean(bool b)
    {
        if (const int id = scalarTarget(); id >= 0) {
            ++m_d.nodes[size_t(id)].occurrences;
            m_d.nodes[size_t(id)].acc.addBoolean(b, m_d.limits.maxExamples);
        }
        return true;
    }
    bool number_integer(nlohmann::json::number_integer_t v)
    {
        if (const int id = scalarTarget(); id >= 0) {
            ++m_d.nodes[size_t(id)].occurrences;
            m_d.nodes[size_t(id)].acc.addInteger(v, false, 0, m_d.limits.maxExamples);
        }
        return true;
    }
    bool number_unsigned(nlohmann::json::number_unsigned_t v)
    {
        if (const int id = scalarTarget(); id >= 0) {
            ++m_d.nodes[size_t(id)].occurrences;
            m_d.nodes[size_t(id)].acc.addInteger(0, true, v, m_d.limits.maxExamples);
        }
        return true;
    }
    bool number_float(nlohmann::json::number_float_t v, const std::string &raw)
    {
        if (const int id = scalarTarget(); id >= 0) {
            ++m_d.nodes[size_t(id)].occurrences;
            m_d.nodes[size_t(id)].acc.addFloat(v, raw, m_d.limits.maxExamples);
        }
        return true;
    }
    bool string(std::string &s)
    {
        if (const int id = scalarTarget(); id >= 0) {
            ++m_d.nodes[size_t(id)].occurrences;
            m_d.nodes[size_t(id)].acc.addString(s, m_d.limits.maxExamples);
        }
        return true;
    }
    bool binary(nlohmann::json::binary_t &)
    {
        scalarTarget();  // JSON text has no binary values; this only keeps the frames right
        return true;
    }
    bool start_object(std::size_t) { return startContainer(false); }
    bool start_array(std::size_t) { return startContainer(true); }
    bool end_object() { return endContainer(); }
    bool end_array() { return endContainer(); }
    bool key(std::string &k)
    {
        Frame &f = m_frames.back();
        if (f.mode == Mode::Outside) {
            f.keyMatches = f.onPath && m_frames.size() - 1 < m_target.size() && k == m_target[m_frames.size() - 1];
        } else if (f.mode == Mode::Record) {
            // Records mostly repeat their keys in the same order: try the member after the
            // previous one before hashing the key.
            const Node &parent = m_d.nodes[size_t(f.node)];
            int child = -1;
            if (size_t(f.hint) < parent.children.size()) {
                const int guess = parent.children[size_t(f.hint)];
                if (m_d.nodes[size_t(guess)].key == k)
                    child = guess;
            }
            if (child < 0)
                child = m_d.member(f.node, k);
            if (child >= 0)
                f.hint = m_d.nodes[size_t(child)].position + 1;
            if (child >= 0 && !m_d.firstInObject(child, f.serial))
                child = -1;
            f.pendingChild = child;
        }
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::json::exception &ex)
    {
        m_error = Tr::tr("The body is not valid JSON at byte %1: %2").arg(position).arg(QString::fromUtf8(ex.what()));
        return false;
    }

    QString error() const { return m_error; }
    bool foundTarget() const { return m_foundTarget; }

private:
    enum class Mode : uint8_t { Outside, RecordsArray, Record, Skip };
    struct Frame {
        Mode mode;
        bool isArray;
        bool onPath = false;      // Outside: this container lies on the records pointer
        bool keyMatches = false;  // Outside objects: the current key is the next pointer token
        int node = -1;            // Record: the node of this container
        int pendingChild = -1;    // Record objects: the node of the current key's value
        qint64 index = 0;         // arrays: elements started so far
        qint64 length = 0;
        uint64_t serial = 0;      // Record objects: for duplicate keys
        int hint = 0;             // Record objects: position of the member expected next
    };

    /// Where the value now starting goes: a node id (>= 0), -1 skip, or -2 "outside".
    /// `atTarget` is set when the value is the records container itself.
    int placeValue(bool &atTarget)
    {
        atTarget = false;
        if (m_frames.empty()) {
            if (m_target.empty()) {
                atTarget = true;
                m_foundTarget = true;
            }
            return -2;
        }
        Frame &f = m_frames.back();
        switch (f.mode) {
        case Mode::Skip:
            return -1;
        case Mode::RecordsArray:
            ++f.index;
            ++m_d.records;
            return 0;
        case Mode::Record:
            if (f.isArray) {
                ++f.length;
                return m_d.element(f.node);
            }
            return f.pendingChild;
        case Mode::Outside: {
            const size_t depth = m_frames.size() - 1;
            bool matches = false;
            if (f.isArray) {
                matches = f.onPath && depth < m_target.size() && std::to_string(f.index) == m_target[depth];
                ++f.index;
            } else {
                matches = f.keyMatches;
            }
            if (matches && depth + 1 == m_target.size()) {
                atTarget = true;
                m_foundTarget = true;
            }
            m_nextOnPath = matches;
            return -2;
        }
        }
        return -1;
    }

    int scalarTarget()
    {
        bool atTarget = false;
        const int id = placeValue(atTarget);
        if (atTarget) {
            // A scalar where the records should be: one record.
            ++m_d.records;
            return 0;
        }
        return id;
    }

    bool startContainer(bool isArray)
    {
        bool atTarget = false;
        m_nextOnPath = false;
        int id = placeValue(atTarget);
        Frame f{};
        f.isArray = isArray;
        if (atTarget && isArray) {
            f.mode = Mode::RecordsArray;
            m_frames.push_back(f);
            return true;
        }
        if (atTarget) {
            ++m_d.records;  // a single object where the records should be
            id = 0;
        }
        if (id == -2) {
            f.mode = Mode::Outside;
            f.onPath = m_frames.empty() || m_nextOnPath;
        } else if (id == -1) {
            f.mode = Mode::Skip;
        } else {
            f.mode = Mode::Record;
            f.node = id;
            Node &n = m_d.nodes[size_t(id)];
            ++n.occurrences;
            ++n.acc.kinds[size_t(isArray ? JsonKind::Array : JsonKind::Object)];
            if (!isArray)
                f.serial = ++m_d.objectSerial;
        }
        m_frames.push_back(f);
        return true;
    }

    bool endContainer()
    {
        const Frame f = m_frames.back();
        m_frames.pop_back();
        if (f.mode == Mode::Record && f.isArray) {
            Accumulator &a = m_d.nodes[size_t(f.node)].acc;
            a.maxArrayLength = std::max(a.maxArrayLength, f.length);
        }
        return true;
    }

    Impl &m_d;
    std::vector<std::string> m_target;
    std::vector<Frame> m_frames;
    bool m_nextOnPath = false;
    bool m_foundTarget = false;
    QString m_error;
};

} // namespace

SchemaInferrer::SchemaInferrer(InferenceLimits limits)
    : d(std::make_unique<Impl>(limits))
{
}

SchemaInferrer::~SchemaInferrer() = default;
SchemaInferrer::SchemaInferrer(SchemaInferrer &&) noexcept = default;
SchemaInferrer &SchemaInferrer::operator=(SchemaInferrer &&) noexcept = default;

void SchemaInferrer::addRecord(const JsonValue &record)
{
    ++d->records;
    d->addValue(0, record);
}

void SchemaInferrer::addRecords(const JsonValue &records)
{
    if (!records.is_array()) {
        addRecord(records);
        return;
    }
    for (const JsonValue &record : records)
        addRecord(record);
}

bool SchemaInferrer::addBody(std::string_view body, const QString &recordsPointer, QString *error)
{
    std::vector<std::string> target;
    for (const QString &segment : pointerSegments(recordsPointer))
        target.push_back(segment.toStdString());
    std::string sanitized;
    if (const size_t bad = firstInvalidUtf8(body); bad != std::string_view::npos) {
        qint64 count = 0;
        sanitized = sanitizedUtf8(body, bad, count);
        if (d->invalidUtf8 == 0)
            d->invalidUtf8Where = Tr::tr("byte %1 of a body").arg(bad);
        d->invalidUtf8 += count;
        body = sanitized;
    }
    InferenceSax sax(*d, std::move(target));
    const bool ok = nlohmann::json::sax_parse(body.begin(), body.end(), &sax, nlohmann::json::input_format_t::json,
                                              true);
    QString message;
    if (!ok)
        message = sax.error();
    else if (!sax.foundTarget())
        message = Tr::tr("The body has nothing at %1.").arg(recordsPointer.isEmpty() ? QStringLiteral("\"\"") : recordsPointer);
    if (!message.isEmpty()) {
        if (!d->bodyNotes.contains(message))
            d->bodyNotes << message;
        if (error)
            *error = message;
        return false;
    }
    return true;
}

std::optional<std::string> replaceInvalidUtf8(std::string_view bytes, qint64 *replaced)
{
    qint64 count = 0;
    std::optional<std::string> out;
    if (const size_t bad = firstInvalidUtf8(bytes); bad != std::string_view::npos)
        out = sanitizedUtf8(bytes, bad, count);
    if (replaced)
        *replaced = count;
    return out;
}

qint64 SchemaInferrer::recordCount() const
{
    return d->records;
}

InferredSchema SchemaInferrer::schema() const
{
    return d->build();
}

InferredSchema SchemaInferrer::infer(const JsonValue &records, InferenceLimits limits)
{
    SchemaInferrer inferrer(limits);
    inferrer.addRecords(records);
    return inferrer.schema();
}

} // namespace cw
