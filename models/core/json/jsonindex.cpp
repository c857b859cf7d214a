// SPDX-License-Identifier: MIT
#include "models/core/json/jsonindex.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>
#include <unordered_set>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace cw {

namespace {

using uchar = unsigned char;

constexpr bool isSpace(uchar c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

constexpr bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Four hex digits at p (the caller checked there are four bytes), or -1.
int hex4(const uchar *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/// The first byte at or after p that ends a run of plain string bytes: '"', '\\', a control
/// character or a non-ASCII byte. Most string bytes are plain, so 16 are tested at a time.
const uchar *skipPlain(const uchar *p, const uchar *end)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // A signed compare catches both control characters and bytes >= 0x80 (negative).
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                             _mm_cmplt_epi8(x, space));
        const int mask = _mm_movemask_epi8(special);
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
        ++p;
    return p;
}

/// The end (past the closing quote) of an already validated string starting at its quote.
const uchar *skipValidString(const uchar *p, const uchar *end)
{
    ++p;
    for (;;) {
        const auto *q = static_cast<const uchar *>(std::memchr(p, '"', std::size_t(end - p)));
        if (!q)
            return end;
        // A quote inside a string is always escaped: it closes the string when an even number of
        // backslashes precede it.
        const uchar *b = q;
        while (b > p && b[-1] == '\\')
            --b;
        if ((q - b) % 2 == 0)
            return q + 1;
        p = q + 1;
    }
}

void appendUtf16(QString &out, char32_t cp)
{
    if (cp >= 0x10000) {
        out += QChar(char16_t(0xD800 + ((cp - 0x10000) >> 10)));
        out += QChar(char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
        out += QChar(char16_t(cp));
    }
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

/// Decodes one escape at p (pointing at the backslash) of a validated string; returns the code
/// point and advances p.
char32_t decodeEscape(const uchar *&p)
{
    const uchar c = p[1];
    p += 2;
    switch (c) {
    case 'b': return 0x08;
    case 'f': return 0x0C;
    case 'n': return 0x0A;
    case 'r': return 0x0D;
    case 't': return 0x09;
    case 'u': {
        char32_t cp = char32_t(hex4(p));
        p += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF) { // validated: a low surrogate escape follows
            const char32_t low = char32_t(hex4(p + 2));
            p += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        return cp;
    }
    default: return c; // '"', '\\', '/'
    }
}

QString describeByte(const uchar *p, const uchar *end)
{
    if (p >= end)
        return QStringLiteral("end of input");
    if (*p >= 0x21 && *p < 0x7F)
        return u'\'' + QChar(char16_t(*p)) + u'\'';
    return QStringLiteral("byte 0x%1").arg(uint(*p), 2, 16, QLatin1Char('0'));
}

} // namespace

/// The single validating pass. Kept out of JsonIndex so that its state (the bracket stack and
/// the cursor) lives only while building.
class JsonIndexBuilder
{
public:
    JsonIndexBuilder(JsonIndex &index, const JsonIndex::BuildOptions &options)
        : m_index(index)
        , m_options(options)
        , m_begin(reinterpret_cast<const uchar *>(index.m_body.constData()))
        , m_end(m_begin + index.m_body.size())
    {
    }

    bool run(JsonIndexError *error);

private:
    enum class Expect { Value, ValueOrClose, Key, KeyOrClose, Colon, CommaOrClose, End };

    bool fail(const uchar *at, const QString &what, const QString &expected = {});
    bool scanString(const uchar *&p);
    bool scanNumber(const uchar *&p);
    bool scanUtf8(const uchar *&p);
    bool openContainer(const uchar *p);
    void countChild();

    JsonIndex &m_index;
    const JsonIndex::BuildOptions &m_options;
    const uchar *m_begin;
    const uchar *m_end;
    std::vector<JsonIndex::Node> m_stack;
    JsonIndexError m_error;
};

bool JsonIndexBuilder::fail(const uchar *at, const QString &what, const QString &expected)
{
    const qint64 offset = at - m_begin;
    // Lines and columns are counted only now: tracking them in the hot loop would cost every
    // valid body time for the rare invalid one.
    const auto *lineStart = m_begin;
    qint64 line = 1;
    for (const uchar *p = m_begin; p < at;) {
        const auto *nl = static_cast<const uchar *>(std::memchr(p, '\n', std::size_t(at - p)));
        if (!nl)
            break;
        ++line;
        p = lineStart = nl + 1;
    }
    if (lineStart == m_begin && m_end - m_begin >= 3 && std::memcmp(m_begin, "\xEF\xBB\xBF", 3) == 0 && at >= m_begin + 3)
        lineStart += 3;
    qint64 column = 1;
    for (const uchar *p = lineStart; p < at; ++p)
        column += (*p & 0xC0) != 0x80;
    m_error.reason = expected.isEmpty() ? what : what + QStringLiteral(": ") + expected;
    m_error.message = QStringLiteral("%1 at line %2, column %3").arg(what).arg(line).arg(column);
    if (!expected.isEmpty())
        m_error.message += QStringLiteral(": ") + expected;
    m_error.line = line;
    m_error.column = column;
    m_error.offset = offset;
    return false;
}

bool JsonIndexBuilder::scanUtf8(const uchar *&p)
{
    // Unicode's table of well-formed byte sequences (3-7): no overlong forms, no encoded
    // surrogates, nothing above U+10FFFF.
    const uchar c = *p;
    int length = 0;
    uchar lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return fail(p, QStringLiteral("invalid UTF-8 byte 0x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
    }
    if (m_end - p < length)
        return fail(p, QStringLiteral("truncated UTF-8 sequence"));
    if (p[1] < lo || p[1] > hi)
        return fail(p, QStringLiteral("invalid UTF-8 sequence"));
    for (int i = 2; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return fail(p, QStringLiteral("invalid UTF-8 sequence"));
    }
    p += length;
    return true;
}

bool JsonIndexBuilder::scanString(const uchar *&p)
{
    const uchar *open = p;
    ++p;
    for (;;) {
        p = skipPlain(p, m_end);
        if (p >= m_end)
            return fail(m_end, QStringLiteral("unexpected end of input"),
                        QStringLiteral("the string that starts at byte %1 is not closed").arg(open - m_begin));
        const uchar c = *p;
        if (c == '"') {
            ++p;
            return true;
        }
        if (c == '\\') {
            if (m_end - p < 2)
                return fail(m_end, QStringLiteral("unexpected end of input"), QStringLiteral("the string is not closed"));
            const uchar e = p[1];
            if (e == 'u') {
                if (m_end - p < 6 || hex4(p + 2) < 0)
                    return fail(p, QStringLiteral("invalid escape"), QStringLiteral("\\u needs four hex digits"));
                const int cp = hex4(p + 2);
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return fail(p, QStringLiteral("lone low surrogate \\u%1").arg(cp, 4, 16, QLatin1Char('0')));
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    const int low = (m_end - p >= 12 && p[6] == '\\' && p[7] == 'u') ? hex4(p + 8) : -1;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(p, QStringLiteral("lone high surrogate \\u%1").arg(cp, 4, 16, QLatin1Char('0')),
                                    QStringLiteral("expected a \\uDC00-\\uDFFF escape after it"));
                    p += 12;
                } else {
                    p += 6;
                }
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                p += 2;
            } else {
                return fail(p, QStringLiteral("invalid escape \\%1").arg(e >= 0x21 && e < 0x7F ? QString(QChar(char16_t(e))) : describeByte(p + 1, m_end)),
                            QStringLiteral("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"));
            }
        } else if (c < 0x20) {
            return fail(p, QStringLiteral("unescaped control character U+%1 in a string").arg(uint(c), 4, 16, QLatin1Char('0')),
                        QStringLiteral("control characters must be escaped"));
        } else if (!scanUtf8(p)) {
            return false;
        }
    }
}

bool JsonIndexBuilder::scanNumber(const uchar *&p)
{
    const uchar *start = p;
    const auto bad = [&](const uchar *at) {
        return fail(start, QStringLiteral("invalid number"),
                    at >= m_end ? QStringLiteral("it ends early") : QStringLiteral("unexpected %1 in it").arg(describeByte(at, m_end)));
    };
    if (*p == '-')
        ++p;
    if (p >= m_end || !isDigit(*p))
        return bad(p);
    if (*p == '0') {
        ++p;
    } else {
        while (p < m_end && isDigit(*p))
            ++p;
    }
    if (p < m_end && *p == '.') {
        ++p;
        if (p >= m_end || !isDigit(*p))
            return bad(p);
        while (p < m_end && isDigit(*p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= m_end || !isDigit(*p))
            return bad(p);
        while (p < m_end && isDigit(*p))
            ++p;
    }
    // "01", "1.2.3", "12abc": say that the number is wrong rather than what should follow it.
    if (p < m_end && (isDigit(*p) || *p == '.' || *p == '-' || *p == '+' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
        return bad(p);
    return true;
}

void JsonIndexBuilder::countChild()
{
    if (!m_stack.empty())
        ++m_index.m_count[m_stack.back()];
}

bool JsonIndexBuilder::openContainer(const uchar *p)
{
    if (qint64(m_stack.size()) >= m_options.maxDepth)
        return fail(p, QStringLiteral("nesting deeper than %1 levels").arg(m_options.maxDepth));
    if (m_index.m_start.size() >= JsonIndex::kNoNode - 1)
        return fail(p, QStringLiteral("too many objects and arrays"));
    const auto node = JsonIndex::Node(m_index.m_start.size());
    const JsonIndex::Node parent = m_stack.empty() ? JsonIndex::kNoNode : m_stack.back();
    m_index.m_start.push_back(std::uint64_t(p - m_begin));
    m_index.m_end.push_back(0);
    m_index.m_parent.push_back(parent);
    m_index.m_row.push_back(parent == JsonIndex::kNoNode ? 0 : m_index.m_count[parent]);
    m_index.m_count.push_back(0);
    m_index.m_depth.push_back(std::uint32_t(m_stack.size()));
    countChild();
    m_stack.push_back(node);
    return true;
}

bool JsonIndexBuilder::run(JsonIndexError *error)
{
    const bool ok = [&] {
        const uchar *p = m_begin;
        if (m_end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3; // a byte order mark is not JSON, but servers send it and every parser skips it
        // Reserving costs address space only; pages are touched as containers are added, and
        // growing by copying would double the peak.
        const auto guess = std::size_t(m_end - m_begin) / 32 + 16;
        for (auto *v : {&m_index.m_start, &m_index.m_end})
            v->reserve(guess);
        for (auto *v : {&m_index.m_parent, &m_index.m_row, &m_index.m_count, &m_index.m_depth})
            v->reserve(guess);

        const qint64 interval = std::max<qint64>(m_options.progressInterval, 4096);
        const uchar *nextCheck = p + interval;
        const uchar *valueStart = nullptr;
        Expect expect = Expect::Value;
        for (;;) {
            while (p < m_end && isSpace(*p))
                ++p;
            if (p >= nextCheck) {
                if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
                    m_error.cancelled = true;
                    m_error.message = m_error.reason = QStringLiteral("cancelled");
                    return false;
                }
                if (m_options.progress)
                    m_options.progress(p - m_begin);
                nextCheck = p + interval;
            }
            if (p >= m_end) {
                if (expect == Expect::End)
                    return true;
                static const char *const kExpected[] = {"expected a value", "expected a value or ']'",
                                                        "expected a string key", "expected a string key or '}'",
                                                        "expected ':'", "expected ',' or a closing bracket", ""};
                return fail(p, QStringLiteral("unexpected end of input"), QString::fromLatin1(kExpected[int(expect)]));
            }
            const uchar c = *p;
            switch (expect) {
            case Expect::ValueOrClose:
                if (c == ']')
                    goto close;
                [[fallthrough]];
            case Expect::Value:
                valueStart = p;
                switch (c) {
                case '{':
                    if (!openContainer(p))
                        return false;
                    ++p;
                    expect = Expect::KeyOrClose;
                    continue;
                case '[':
                    if (!openContainer(p))
                        return false;
                    ++p;
                    expect = Expect::ValueOrClose;
                    continue;
                case '"':
                    if (!scanString(p))
                        return false;
                    break;
                case 't':
                case 'f':
                case 'n': {
                    const char *word = c == 't' ? "true" : c == 'f' ? "false" : "null";
                    const auto length = std::strlen(word);
                    if (std::size_t(m_end - p) < length || std::memcmp(p, word, length) != 0)
                        return fail(p, QStringLiteral("invalid literal"), QStringLiteral("expected %1").arg(QLatin1String(word)));
                    p += length;
                    break;
                }
                default:
                    if (c == '-' || isDigit(c)) {
                        if (!scanNumber(p))
                            return false;
                        break;
                    }
                    return fail(p, QStringLiteral("unexpected %1").arg(describeByte(p, m_end)), QStringLiteral("expected a value"));
                }
                countChild();
                if (m_stack.empty()) {
                    m_index.m_rootValue = m_index.makeChild(-1, valueStart - m_begin, p - m_begin);
                    expect = Expect::End;
                } else {
                    expect = Expect::CommaOrClose;
                }
                continue;
            case Expect::KeyOrClose:
                if (c == '}')
                    goto close;
                [[fallthrough]];
            case Expect::Key:
                if (c != '"')
                    return fail(p, QStringLiteral("unexpected %1").arg(describeByte(p, m_end)),
                                expect == Expect::Key ? QStringLiteral("expected a string key")
                                                      : QStringLiteral("expected a string key or '}'"));
                if (!scanString(p))
                    return false;
                expect = Expect::Colon;
                continue;
            case Expect::Colon:
                if (c != ':')
                    return fail(p, QStringLiteral("unexpected %1").arg(describeByte(p, m_end)), QStringLiteral("expected ':'"));
                ++p;
                expect = Expect::Value;
                continue;
            case Expect::CommaOrClose: {
                const bool object = m_begin[m_index.m_start[m_stack.back()]] == '{';
                if (c == ',') {
                    ++p;
                    expect = object ? Expect::Key : Expect::Value;
                    continue;
                }
                if (c == (object ? '}' : ']'))
                    goto close;
                return fail(p, QStringLiteral("unexpected %1").arg(describeByte(p, m_end)),
                            object ? QStringLiteral("expected ',' or '}'") : QStringLiteral("expected ',' or ']'"));
            }
            case Expect::End:
                return fail(p, QStringLiteral("unexpected %1").arg(describeByte(p, m_end)),
                            QStringLiteral("expected the end of the document"));
            }
        close: {
            const JsonIndex::Node node = m_stack.back();
            m_index.m_end[node] = std::uint64_t(p - m_begin);
            m_stack.pop_back();
            ++p;
            if (m_stack.empty()) {
                m_index.m_rootValue = m_index.makeChild(-1, qint64(m_index.m_start[node]), p - m_begin);
                expect = Expect::End;
            } else {
                expect = Expect::CommaOrClose;
            }
        }
        }
    }();
    if (!ok && error)
        *error = m_error;
    return ok;
}

std::shared_ptr<JsonIndex> JsonIndex::build(const QByteArray &body, const BuildOptions &options, JsonIndexError *error)
{
    std::shared_ptr<JsonIndex> index(new JsonIndex);
    index->m_body = body;
    JsonIndexBuilder builder(*index, options);
    if (!builder.run(error))
        return nullptr;
    // The view expands the top level at once; scanning its children here, on the building
    // thread, keeps that scan (O(items) for a huge top-level array) off the GUI thread.
    if (index->root() != kNoNode)
        index->table(index->root());
    if (options.progress)
        options.progress(body.size());
    return index;
}

JsonIndex::~JsonIndex() = default;

JsonIndex::Node JsonIndex::nodeAt(qint64 offset) const
{
    const auto it = std::lower_bound(m_start.begin(), m_start.end(), std::uint64_t(offset));
    return Node(it - m_start.begin());
}

qint64 JsonIndex::scalarEnd(qint64 offset) const
{
    const auto *b = reinterpret_cast<const uchar *>(m_body.constData());
    const uchar *p = b + offset;
    const uchar *end = b + m_body.size();
    if (*p == '"')
        return skipValidString(p, end) - b;
    while (p < end && !isSpace(*p) && *p != ',' && *p != ']' && *p != '}')
        ++p;
    return p - b;
}

JsonIndex::Child JsonIndex::makeChild(qint64 keyStart, qint64 valueStart, qint64 valueEnd) const
{
    Child child;
    if (keyStart >= 0)
        child.key = {keyStart, scalarEnd(keyStart)};
    child.value = {valueStart, valueEnd};
    switch (byteAt(valueStart)) {
    case '{':
        child.kind = Kind::Object;
        break;
    case '[':
        child.kind = Kind::Array;
        break;
    case '"':
        child.kind = Kind::String;
        break;
    case 't':
        child.kind = Kind::True;
        break;
    case 'f':
        child.kind = Kind::False;
        break;
    case 'n':
        child.kind = Kind::Null;
        break;
    default:
        child.kind = Kind::Number;
        break;
    }
    if (child.kind == Kind::Object || child.kind == Kind::Array)
        child.node = nodeAt(valueStart);
    return child;
}

void JsonIndex::forEachChild(Node node, const std::function<bool(const Child &)> &visit) const
{
    const auto *b = reinterpret_cast<const uchar *>(m_body.constData());
    const uchar *p = b + m_start[node] + 1;
    const uchar *end = b + m_end[node];
    const uchar *bodyEnd = b + m_body.size();
    const bool object = b[m_start[node]] == '{';
    // The container was validated, so separators are only skipped, never checked.
    for (;;) {
        while (p < end && (isSpace(*p) || *p == ','))
            ++p;
        if (p >= end)
            return;
        qint64 keyStart = -1;
        if (object) {
            keyStart = p - b;
            p = skipValidString(p, bodyEnd);
            while (isSpace(*p) || *p == ':')
                ++p;
        }
        const qint64 valueStart = p - b;
        qint64 valueEnd;
        if (*p == '{' || *p == '[') {
            valueEnd = qint64(m_end[nodeAt(valueStart)]) + 1;
        } else {
            valueEnd = scalarEnd(valueStart);
        }
        p = b + valueEnd;
        if (!visit(makeChild(keyStart, valueStart, valueEnd)))
            return;
    }
}

const JsonIndex::ChildTable &JsonIndex::table(Node node) const
{
    std::lock_guard lock(m_mutex);
    auto &slot = m_tables[node];
    if (slot)
        return *slot;
    auto t = std::make_unique<ChildTable>();
    const bool object = kind(node) == Kind::Object;
    const auto n = std::size_t(m_count[node]);
    if (object)
        t->keys.reserve(n);
    t->values.reserve(n);
    t->ends.reserve(n);
    forEachChild(node, [&](const Child &child) {
        if (object)
            t->keys.push_back(std::uint64_t(child.key.begin));
        t->values.push_back(std::uint64_t(child.value.begin));
        t->ends.push_back(std::uint64_t(child.value.end));
        return true;
    });
    m_tableBytes += qint64((t->keys.capacity() + t->values.capacity() + t->ends.capacity()) * sizeof(std::uint64_t));
    slot = std::move(t);
    return *slot;
}

JsonIndex::Child JsonIndex::child(Node node, qint64 i) const
{
    const ChildTable &t = table(node);
    const auto at = std::size_t(i);
    return makeChild(t.keys.empty() ? -1 : qint64(t.keys[at]), qint64(t.values[at]), qint64(t.ends[at]));
}

JsonIndex::Span JsonIndex::keyOf(Node node) const
{
    const Node p = m_parent[node];
    if (p == kNoNode || kind(p) != Kind::Object)
        return {};
    // Walk back over "key" : — the opening quote of the key is the first quote that is not
    // escaped, i.e. preceded by an even number of backslashes.
    const char *b = m_body.constData();
    qint64 i = qint64(m_start[node]) - 1;
    while (isSpace(uchar(b[i])) || b[i] == ':')
        --i;
    const qint64 close = i;
    for (--i;; --i) {
        if (b[i] != '"')
            continue;
        qint64 slashes = 0;
        while (b[i - 1 - slashes] == '\\')
            ++slashes;
        if (slashes % 2 == 0)
            return {i, close + 1};
    }
}

QString JsonIndex::text(Span span, qsizetype maxChars, bool *truncated) const
{
    if (truncated)
        *truncated = false;
    if (span.isEmpty())
        return {};
    const auto *b = reinterpret_cast<const uchar *>(m_body.constData());
    if (b[span.begin] != '"')
        return QString::fromUtf8(m_body.constData() + span.begin, span.size());
    const uchar *p = b + span.begin + 1;
    const uchar *end = b + span.end - 1;
    const qsizetype limit = maxChars < 0 ? std::numeric_limits<qsizetype>::max() : maxChars;
    QString out;
    while (p < end) {
        const auto *slash = static_cast<const uchar *>(std::memchr(p, '\\', std::size_t(end - p)));
        const uchar *runEnd = slash ? slash : end;
        // Decode no more than the characters wanted (each takes at least one byte), cut on a
        // character boundary, so that a 50 MB string costs no more than its first line.
        const qsizetype room = limit - out.size();
        if (maxChars >= 0 && runEnd - p > room * 4) {
            const uchar *cut = p + room * 4;
            while (cut > p && (*cut & 0xC0) == 0x80)
                --cut;
            out += QString::fromUtf8(reinterpret_cast<const char *>(p), cut - p);
            if (out.size() > limit) {
                out.truncate(limit);
                if (out.back().isHighSurrogate())
                    out.chop(1);
            }
            if (truncated)
                *truncated = true;
            return out;
        }
        out += QString::fromUtf8(reinterpret_cast<const char *>(p), runEnd - p);
        p = runEnd;
        if (p < end) {
            if (out.size() >= limit) {
                if (truncated)
                    *truncated = true;
                return out;
            }
            appendUtf16(out, decodeEscape(p));
        }
    }
    if (out.size() > limit) {
        out.truncate(limit);
        if (out.back().isHighSurrogate())
            out.chop(1);
        if (truncated)
            *truncated = true;
    }
    return out;
}

std::string JsonIndex::utf8(Span span) const
{
    if (span.isEmpty())
        return {};
    const auto *b = reinterpret_cast<const uchar *>(m_body.constData());
    if (b[span.begin] != '"')
        return std::string(m_body.constData() + span.begin, std::size_t(span.size()));
    const uchar *p = b + span.begin + 1;
    const uchar *end = b + span.end - 1;
    std::string out;
    out.reserve(std::size_t(end - p));
    while (p < end) {
        const auto *slash = static_cast<const uchar *>(std::memchr(p, '\\', std::size_t(end - p)));
        const uchar *runEnd = slash ? slash : end;
        out.append(reinterpret_cast<const char *>(p), std::size_t(runEnd - p));
        p = runEnd;
        if (p < end)
            appendUtf8(out, decodeEscape(p));
    }
    return out;
}

void JsonIndex::appendPointerToken(QString &out, Node parentNode, qint64 childRow) const
{
    out += u'/';
    if (kind(parentNode) == Kind::Array) {
        out += QString::number(childRow);
        return;
    }
    QString key = text(child(parentNode, childRow).key);
    key.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    out += key;
}

QString JsonIndex::pointer(Node node) const
{
    std::vector<Node> chain;
    for (Node n = node; n != kNoNode && m_parent[n] != kNoNode; n = m_parent[n])
        chain.push_back(n);
    QString out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Node parentNode = m_parent[*it];
        if (kind(parentNode) == Kind::Array) {
            out += u'/' + QString::number(m_row[*it]);
        } else {
            // keyOf() reads the key back from the bytes, so ancestors need no child tables.
            QString key = text(keyOf(*it));
            key.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
            out += u'/' + key;
        }
    }
    return out;
}

QString JsonIndex::pointer(Node parentNode, qint64 childRow) const
{
    QString out = pointer(parentNode);
    appendPointerToken(out, parentNode, childRow);
    return out;
}

bool JsonIndex::isIntegerText(const char *begin, const char *end)
{
    return std::find_if(begin, end, [](char c) { return c == '.' || c == 'e' || c == 'E'; }) == end;
}

namespace {

JsonValue numberValue(const char *begin, const char *end)
{
    if (JsonIndex::isIntegerText(begin, end)) {
        if (*begin == '-') {
            std::int64_t v = 0;
            const auto r = std::from_chars(begin, end, v);
            if (r.ec == std::errc() && r.ptr == end)
                return JsonValue(v);
        } else {
            std::uint64_t v = 0;
            const auto r = std::from_chars(begin, end, v);
            if (r.ec == std::errc() && r.ptr == end)
                return JsonValue(v);
        }
    }
    // from_chars, unlike strtod, ignores the locale (Qt sets LC_NUMERIC from the environment).
    double d = 0;
    const auto r = std::from_chars(begin, end, d);
    if (r.ec == std::errc())
        return JsonValue(d);
    // Out of range: tiny numbers round to zero as every parser does; huge ones would be
    // infinity, which JSON cannot hold, so they stay text as written.
    const std::string_view text(begin, std::size_t(end - begin));
    const auto e = text.find_first_of("eE");
    if (e != std::string_view::npos && e + 1 < text.size() && text[e + 1] == '-')
        return JsonValue(*begin == '-' ? -0.0 : 0.0);
    return JsonValue(std::string(text));
}

/// nlohmann keeps the last of duplicate keys; materialize() appends members without lookups
/// (an object of 50,000 keys would be quadratic) and applies that rule once per object.
void dropEarlierDuplicates(JsonValue &object)
{
    auto &members = *object.get_ptr<JsonValue::object_t *>();
    if (members.size() < 2)
        return;
    std::unordered_set<std::string_view> seen;
    seen.reserve(members.size());
    bool duplicates = false;
    for (const auto &m : members) {
        if (!seen.insert(m.first).second) {
            duplicates = true;
            break;
        }
    }
    if (!duplicates)
        return;
    JsonValue rebuilt = JsonValue::object();
    for (auto &m : members)
        rebuilt[m.first] = std::move(m.second); // operator[] keeps the first position, last value
    object = std::move(rebuilt);
}

} // namespace

JsonValue JsonIndex::materialize(Span span) const
{
    const auto *b = reinterpret_cast<const uchar *>(m_body.constData());
    const uchar *p = b + span.begin;
    const uchar *end = b + span.end;
    JsonValue result;
    std::vector<JsonValue *> stack; // iterative, so 100,000 levels need no call stack
    std::string key;
    bool haveKey = false;
    const auto put = [&](JsonValue &&v) -> JsonValue * {
        if (stack.empty()) {
            result = std::move(v);
            return &result;
        }
        JsonValue &top = *stack.back();
        if (top.is_array()) {
            top.get_ptr<JsonValue::array_t *>()->push_back(std::move(v));
            return &top.get_ptr<JsonValue::array_t *>()->back();
        }
        haveKey = false;
        auto *members = top.get_ptr<JsonValue::object_t *>();
        members->emplace_back(std::move(key), std::move(v)); // the vector's append: no lookup
        return &members->back().second;
    };
    while (p < end) {
        const uchar c = *p;
        if (isSpace(c) || c == ',' || c == ':') {
            ++p;
            continue;
        }
        switch (c) {
        case '{':
            stack.push_back(put(JsonValue::object()));
            ++p;
            break;
        case '[':
            stack.push_back(put(JsonValue::array()));
            ++p;
            break;
        case '}':
        case ']':
            if (c == '}')
                dropEarlierDuplicates(*stack.back());
            stack.pop_back();
            ++p;
            if (stack.empty())
                return result;
            break;
        case '"': {
            const uchar *q = skipValidString(p, end);
            if (!stack.empty() && stack.back()->is_object() && !haveKey) {
                key = utf8({p - b, q - b});
                haveKey = true;
            } else {
                put(JsonValue(utf8({p - b, q - b})));
            }
            p = q;
            break;
        }
        case 't':
            put(JsonValue(true));
            p += 4;
            break;
        case 'f':
            put(JsonValue(false));
            p += 5;
            break;
        case 'n':
            put(JsonValue(nullptr));
            p += 4;
            break;
        default: {
            const uchar *q = b + scalarEnd(p - b);
            put(numberValue(reinterpret_cast<const char *>(p), reinterpret_cast<const char *>(q)));
            p = q;
            break;
        }
        }
        if (stack.empty())
            return result;
    }
    return result;
}

qint64 JsonIndex::memoryUsage() const
{
    std::lock_guard lock(m_mutex);
    return qint64(m_start.size() * (2 * sizeof(std::uint64_t) + 4 * sizeof(std::uint32_t))) + m_tableBytes;
}

} // namespace cw
