// SPDX-License-Identifier: MIT
#include "models/core/demo/demodata.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <unordered_set>

namespace cw {

namespace {

using namespace std::string_view_literals;

constexpr qint64 kDay = 86'400;
/// 2024-01-01T00:00:00Z: updated_at of record 1 at epoch 0.
constexpr qint64 kBaseTime = 1'704'067'200;
// Original records share an updated_at in groups of three so that connectors meet ties
// (the listing order breaks them by id); groups are 11 s apart.
constexpr qint64 kTieGroup = 3;
constexpr qint64 kGroupSeconds = 11;

// Independent random streams per record; 1000 + version is the stream of mutable fields.
enum Stream : quint64 {
    kIdentity = 1, kName, kAddress, kNotes, kCreated, kAdvance, kChangeTime, kVersioned = 1000
};

constexpr quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

constexpr quint64 mix(quint64 a, quint64 b)
{
    return splitmix(a ^ splitmix(b + 0x632BE59BD9B4E019ull));
}

struct Rng {
    quint64 state;
    quint64 next() { return state = splitmix(state); }
    /// Uniform in [0, n) for n < 2^32 by multiply-shift (Lemire): a 64-bit modulo per field
    /// was the largest single cost of generating a record.
    qint64 below(qint64 n) { return qint64(((next() >> 32) * quint64(n)) >> 32); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &table) { return table[std::size_t(below(qint64(N)))]; }
};

Rng rngFor(quint64 seed, DemoResource resource, qint64 id, quint64 stream)
{
    return Rng{mix(mix(mix(seed, quint64(resource) + 1), quint64(id)), stream)};
}

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Howard Hinnant's civil calendar algorithms: exact for the proleptic Gregorian calendar.
constexpr qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

void put2(char *p, unsigned value)
{
    std::memcpy(p, kDigitPairs + 2 * value, 2);
}

void appendInt(std::string &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, std::size_t(result.ptr - buffer));
}

void appendPadded(std::string &out, qint64 value, int width)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    for (auto n = result.ptr - buffer; n < width; ++n)
        out += '0';
    out.append(buffer, std::size_t(result.ptr - buffer));
}

void appendHex(std::string &out, quint64 value)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    for (int shift = 60; shift >= 0; shift -= 4)
        out += kDigits[(value >> shift) & 0xF];
}

/// Money as cents, printed without trailing zeros so the same field mixes 12 and 12.5.
void appendMoney(std::string &out, qint64 cents)
{
    if (cents < 0) {
        out += '-';
        cents = -cents;
    }
    appendInt(out, cents / 100);
    const qint64 rest = cents % 100;
    if (rest != 0) {
        out += '.';
        out += char('0' + rest / 10);
        if (rest % 10 != 0)
            out += char('0' + rest % 10);
    }
}

/// Writes "YYYY-MM-DDTHH:MM:SS" (19 characters) for a local time in seconds, years 0 to
/// 9999. Unsigned 32-bit arithmetic keeps this cheap: it runs three times per record.
void formatCivil(char *b, qint64 local)
{
    const qint64 days = floorDiv(local, kDay);
    const auto secs = unsigned(local - days * kDay);
    const auto z = unsigned(days + 719468);  // days since 0000-03-01
    const unsigned era = z / 146097;
    const unsigned doe = z - era * 146097;
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const unsigned year = yoe + era * 400 + (month <= 2);
    put2(b, year / 100 % 100);
    put2(b + 2, year % 100);
    b[4] = '-';
    put2(b + 5, month);
    b[7] = '-';
    put2(b + 8, day);
    b[10] = 'T';
    put2(b + 11, secs / 3600);
    b[13] = ':';
    put2(b + 14, secs / 60 % 60);
    b[16] = ':';
    put2(b + 17, secs % 60);
}

/// "YYYY-MM-DDTHH:MM:SS[.mmm](Z|+HH:MM)" in the given UTC offset.
void appendDateTime(std::string &out, qint64 utc, int offsetMinutes, int millis = -1)
{
    char b[19];
    formatCivil(b, utc + qint64(offsetMinutes) * 60);
    out.append(b, sizeof b);
    if (millis >= 0) {
        out += '.';
        appendPadded(out, millis, 3);
    }
    if (offsetMinutes == 0) {
        out += 'Z';
        return;
    }
    const auto magnitude = unsigned(offsetMinutes < 0 ? -offsetMinutes : offsetMinutes);
    char o[6] = {offsetMinutes < 0 ? '-' : '+', '0', '0', ':', '0', '0'};
    put2(o + 1, magnitude / 60);
    put2(o + 4, magnitude % 60);
    out.append(o, sizeof o);
}

void appendDate(std::string &out, qint64 utc)
{
    char b[19];
    formatCivil(b, utc);
    out.append(b, 10);
}

/// JSON string escaping without the surrounding quotes, so that pieces can be joined
/// without a temporary string.
void appendEscaped(std::string &out, std::string_view text)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += kDigits[c >> 4];
            out += kDigits[c & 0xF];
        }
    }
    out.append(text.data() + start, text.size() - start);
}

// Unicode on purpose: accents, CJK, Greek, emoji, quotes and backslashes, so that connectors
// meet what real APIs send.
constexpr std::array<std::string_view, 16> kFirstNames{
    "Ana", "Björn", "Chloé", "Dmitri", "Émilie", "François", "Giulia", "Hiroshi",
    "Ingrid", "José", "Łukasz", "美玲", "Noé", "Oğuz", "Søren", "Zoë"};
constexpr std::array<std::string_view, 16> kLastNames{
    "Müller", "O'Brien", "García", "Nakamura", "李", "王", "Dubois", "Kowalski",
    "Østergård", "Smith", "Núñez", "Papadopoulos", "佐藤", "Nguyễn", "Schröder", "van der Berg"};
constexpr std::array<std::string_view, 8> kStreets{
    "Main Street", "Rue de l'Église", "Hauptstraße", "\"Old\" Mill Road",
    "Calle del Olmo", "銀座通り", "Back\\Lane", "Ταχυδρόμου"};
struct Country {
    std::string_view code;
    std::string_view name;
    std::string_view city;
};
constexpr std::array<Country, 12> kCountries{{
    {"DE", "Deutschland", "München"}, {"FR", "France", "Besançon"}, {"JP", "日本", "東京"},
    {"US", "United States", "New York"}, {"BR", "Brasil", "São Paulo"}, {"ES", "España", "A Coruña"},
    {"CN", "中国", "北京"}, {"SE", "Sverige", "Malmö"}, {"PL", "Polska", "Łódź"},
    {"GR", "Ελλάδα", "Αθήνα"}, {"IS", "Ísland", "Reykjavík"}, {"TR", "Türkiye", "İstanbul"}}};
constexpr std::array<std::string_view, 4> kTiers{"free", "basic", "pro", "enterprise"};
constexpr std::array<std::string_view, 8> kTags{
    "vip", "newsletter", "🚀 early adopter", "b2b", "churn-risk", "日本語", "⭐ loyal", "tab\tseparated"};
constexpr std::array<std::string_view, 4> kDomains{"example.com", "example.org", "example.net", "mail.example"};
constexpr std::array<int, 6> kOffsets{120, -300, 540, 330, -180, 60};
constexpr std::array<std::string_view, 8> kAdjectives{
    "Ergonomic", "Rustic", "Café", "Smart", "Größte", "Ultra", "Élégant", "Tiny"};
constexpr std::array<std::string_view, 8> kNouns{
    "Chair", "Lamp", "Teapot 🍵", "Keyboard", "Backpack", "傘", "Notebook", "Guitar 🎸"};
constexpr std::array<std::string_view, 4> kCurrencies{"EUR", "USD", "JPY", "GBP"};
constexpr std::array<std::string_view, 6> kStatuses{"pending", "paid", "shipped", "delivered", "cancelled", "refunded"};
constexpr std::array<std::string_view, 4> kSources{"web", "mobile", "pos", "api"};
constexpr std::array<std::string_view, 4> kChannels{"Newsletter", "Søk & Find", "Partner \"Gold\"", "直接"};
constexpr std::array<std::string_view, 4> kUtmSources{"newsletter", "google", "facebook", "partner"};
constexpr std::array<std::string_view, 4> kUtmMediums{"email", "cpc", "social", "referral"};
constexpr std::array<std::string_view, 4> kOrderNotes{
    "Bitte klingeln 🔔\nDanke!", "Leave at the door", "配達前に電話してください", "Fragile:\t\"glass\" \\ handle with care"};
constexpr std::array<std::string_view, 6> kEventTypes{"page_view", "click", "signup", "purchase", "logout", "error"};
constexpr std::array<std::string_view, 4> kOses{"Linux", "Windows", "macOS", "Android"};
constexpr std::array<std::string_view, 4> kBrowsers{"Firefox", "Chrome", "Safari", "Edge"};
constexpr std::array<std::string_view, 4> kMessages{
    "ok", "line one\r\nline two", "bell\a and backspace\b", "tabs\tand \"quotes\" 😀"};
constexpr std::array<std::string_view, 4> kNoteBodies{
    "Called the customer; will follow up.\nNext step:\tsend quote",
    "Kunde wünscht Rückruf – dringend!",
    "顧客から返品の問い合わせ 📦",
    "Escalated to tier 2 \\ see ticket #\"4521\"\x01"};
constexpr std::array<std::string_view, 3> kRoles{"support", "sales", "billing"};

/// A table entry escaped once at startup, bare and quoted, so the hot path only copies.
struct JsonText {
    std::string bare;
    std::string quoted;
};

template<typename T, std::size_t N, typename Project>
std::array<JsonText, N> jsonTable(const std::array<T, N> &items, Project project)
{
    std::array<JsonText, N> table;
    for (std::size_t i = 0; i < N; ++i) {
        appendEscaped(table[i].bare, project(items[i]));
        table[i].quoted = '"' + table[i].bare + '"';
    }
    return table;
}

template<std::size_t N>
std::array<JsonText, N> jsonTable(const std::array<std::string_view, N> &items)
{
    return jsonTable(items, [](std::string_view text) { return text; });
}

const auto kFirstNamesJson = jsonTable(kFirstNames);
const auto kLastNamesJson = jsonTable(kLastNames);
const auto kStreetsJson = jsonTable(kStreets);
const auto kCountryNamesJson = jsonTable(kCountries, [](const Country &c) { return c.name; });
const auto kCountryCitiesJson = jsonTable(kCountries, [](const Country &c) { return c.city; });
const auto kTagsJson = jsonTable(kTags);
const auto kAdjectivesJson = jsonTable(kAdjectives);
const auto kNounsJson = jsonTable(kNouns);
const auto kChannelsJson = jsonTable(kChannels);
const auto kOrderNotesJson = jsonTable(kOrderNotes);
const auto kMessagesJson = jsonTable(kMessages);
const auto kNoteBodiesJson = jsonTable(kNoteBodies);

} // namespace

std::string_view demoResourceName(DemoResource resource)
{
    switch (resource) {
    case DemoResource::Customers: return "customers";
    case DemoResource::Products: return "products";
    case DemoResource::Orders: return "orders";
    case DemoResource::Events: return "events";
    }
    return {};
}

std::optional<DemoResource> demoResourceFromName(std::string_view name)
{
    for (DemoResource resource : kDemoResources) {
        if (demoResourceName(resource) == name)
            return resource;
    }
    return std::nullopt;
}

void appendJsonString(std::string &out, std::string_view text)
{
    out += '"';
    appendEscaped(out, text);
    out += '"';
}

void appendRfc3339(std::string &out, qint64 epochSeconds)
{
    appendDateTime(out, epochSeconds, 0);
}

std::string formatRfc3339(qint64 epochSeconds)
{
    std::string out;
    appendRfc3339(out, epochSeconds);
    return out;
}

std::optional<qint64> parseRfc3339(std::string_view text)
{
    std::size_t pos = 0;
    auto number = [&](std::size_t digits, int &value) {
        if (pos + digits > text.size())
            return false;
        value = 0;
        for (std::size_t i = 0; i < digits; ++i) {
            const char c = text[pos + i];
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        pos += digits;
        return true;
    };
    auto expect = [&](std::string_view oneOf) {
        if (pos >= text.size() || oneOf.find(text[pos]) == std::string_view::npos)
            return false;
        ++pos;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!number(4, year) || !expect("-") || !number(2, month) || !expect("-") || !number(2, day))
        return std::nullopt;
    static constexpr std::array<int, 12> kMonthDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month < 1 || month > 12 || day < 1 || day > kMonthDays[std::size_t(month - 1)]
        || (month == 2 && day == 29 && !leap))
        return std::nullopt;
    qint64 result = daysFromCivil(year, unsigned(month), unsigned(day)) * kDay;
    if (pos == text.size())
        return result;
    if (!expect("Tt ") || !number(2, hour) || !expect(":") || !number(2, minute) || !expect(":")
        || !number(2, second) || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    result += hour * 3600 + minute * 60 + second;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        bool nonZero = false;
        const std::size_t first = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            nonZero |= text[pos++] != '0';
        if (pos == first)
            return std::nullopt;
        result += nonZero ? 1 : 0;
    }
    if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
        ++pos;
    } else if (pos < text.size()) {
        const int sign = text[pos] == '-' ? 1 : -1;  // local time minus offset gives UTC
        int offsetHours = 0, offsetMinutes = 0;
        if (!expect("+- ") || !number(2, offsetHours) || !expect(":") || !number(2, offsetMinutes)
            || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        result += sign * (offsetHours * 3600 + offsetMinutes * 60);
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    return result;
}

DemoData::DemoData(qint64 records, quint64 seed)
    : m_initial(std::clamp(records, kMinRecords, kMaxRecords))
    , m_seed(seed)
    , m_epochBase((kBaseTime + (m_initial - 1) / kTieGroup * kGroupSeconds) / kDay * kDay + kDay)
{
}

qint64 DemoData::now() const
{
    return m_epochBase + qint64(m_epoch) * kEpochSeconds;
}

qint64 DemoData::baseUpdatedAt(qint64 id) const
{
    return kBaseTime + (id - 1) / kTieGroup * kGroupSeconds;
}

qint64 DemoData::baseCreatedAt(DemoResource resource, qint64 id) const
{
    return baseUpdatedAt(id) - 60 - rngFor(m_seed, resource, id, kCreated).below(2 * 365 * kDay);
}

qint64 DemoData::firstBaseIdAtOrAfter(qint64 time) const
{
    if (time <= kBaseTime)
        return 1;
    const qint64 groups = (time - kBaseTime + kGroupSeconds - 1) / kGroupSeconds;
    return std::min(groups * kTieGroup + 1, m_initial + 1);
}

qint64 DemoData::basePosition(const Track &track, qint64 id) const
{
    const auto below = std::lower_bound(track.moved.begin(), track.moved.end(), id) - track.moved.begin();
    return id - 1 - below;
}

qint64 DemoData::baseIdAt(const Track &track, qint64 position) const
{
    // Without changes the listing is plain indexing; otherwise count the moved ids at or
    // before the answer: moved[j] - 1 - j is the number of unmoved ids below moved[j].
    if (track.moved.empty())
        return position + 1;
    std::size_t lo = 0, hi = track.moved.size();
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (track.moved[mid] - 1 - qint64(mid) <= position)
            lo = mid + 1;
        else
            hi = mid;
    }
    return position + 1 + qint64(lo);
}

qint64 DemoData::epochStart(int epoch) const
{
    return m_epochBase + qint64(epoch - 1) * kEpochSeconds;
}

DemoData::Range DemoData::listing(DemoResource resource, std::optional<qint64> since) const
{
    const Track &track = m_tracks[std::size_t(resource)];
    const qint64 baseCount = m_initial - qint64(track.moved.size());
    const qint64 total = baseCount + qint64(track.tail.size());
    if (!since)
        return {0, total};
    const qint64 first = firstBaseIdAtOrAfter(*since);
    if (first <= m_initial)
        return {basePosition(track, first), total};
    const auto it = std::partition_point(track.tail.begin(), track.tail.end(),
                                         [&](const TailEntry &e) { return e.updatedAt < *since; });
    return {baseCount + (it - track.tail.begin()), total};
}

qint64 DemoData::positionAfter(DemoResource resource, const DemoKey &key) const
{
    const Track &track = m_tracks[std::size_t(resource)];
    // Original records are ordered by id, so the ones after the key form a suffix of ids.
    const qint64 laterTime = firstBaseIdAtOrAfter(key.updatedAt + 1);
    const qint64 sameTime = std::max(firstBaseIdAtOrAfter(key.updatedAt), key.id + 1);
    const qint64 first = std::min(laterTime, sameTime);
    if (first <= m_initial)
        return basePosition(track, first);
    const auto it = std::partition_point(track.tail.begin(), track.tail.end(), [&](const TailEntry &e) {
        return DemoKey{e.updatedAt, e.id} <= key;
    });
    return m_initial - qint64(track.moved.size()) + (it - track.tail.begin());
}

DemoRecordRef DemoData::recordAt(DemoResource resource, qint64 position) const
{
    const Track &track = m_tracks[std::size_t(resource)];
    const qint64 baseCount = m_initial - qint64(track.moved.size());
    if (position < baseCount) {
        const qint64 id = baseIdAt(track, position);
        return {id, baseUpdatedAt(id), baseCreatedAt(resource, id), 0};
    }
    const TailEntry &e = track.tail[std::size_t(position - baseCount)];
    return {e.id, e.updatedAt, e.createdAt, e.version};
}

std::optional<DemoRecordRef> DemoData::liveRecord(DemoResource resource, qint64 id) const
{
    const Track &track = m_tracks[std::size_t(resource)];
    if (id < 1 || id > maxId(resource))
        return std::nullopt;
    if (const auto it = track.changed.find(id); it != track.changed.end()) {
        if (it->second.deleted)
            return std::nullopt;
        return DemoRecordRef{id, it->second.updatedAt, it->second.createdAt, it->second.version};
    }
    return DemoRecordRef{id, baseUpdatedAt(id), baseCreatedAt(resource, id), 0};
}

std::optional<DemoKey> DemoData::lastKey(DemoResource resource, qint64 id) const
{
    const Track &track = m_tracks[std::size_t(resource)];
    if (id < 1 || id > maxId(resource))
        return std::nullopt;
    if (const auto it = track.changed.find(id); it != track.changed.end())
        return DemoKey{it->second.updatedAt, id};
    return DemoKey{baseUpdatedAt(id), id};
}

DemoData::Range DemoData::deletions(DemoResource resource, std::optional<qint64> since) const
{
    const auto &list = m_tracks[std::size_t(resource)].deletions;
    if (!since)
        return {0, qint64(list.size())};
    const auto it = std::partition_point(list.begin(), list.end(),
                                         [&](const DemoDeletion &d) { return d.deletedAt < *since; });
    return {it - list.begin(), qint64(list.size())};
}

DemoDeletion DemoData::deletionAt(DemoResource resource, qint64 index) const
{
    return m_tracks[std::size_t(resource)].deletions[std::size_t(index)];
}

qint64 DemoData::liveCount(DemoResource resource) const
{
    const Track &track = m_tracks[std::size_t(resource)];
    return m_initial + track.created - qint64(track.deletions.size());
}

qint64 DemoData::maxId(DemoResource resource) const
{
    return m_initial + m_tracks[std::size_t(resource)].created;
}

qint64 DemoData::changedCount(DemoResource resource) const
{
    return qint64(m_tracks[std::size_t(resource)].tail.size());
}

qint64 DemoData::deletedCount(DemoResource resource) const
{
    return qint64(m_tracks[std::size_t(resource)].deletions.size());
}

std::array<DemoAdvanceCounts, 4> DemoData::advance(int epochs)
{
    std::array<DemoAdvanceCounts, 4> counts{};
    for (int i = 0; i < epochs; ++i) {
        ++m_epoch;
        for (DemoResource resource : kDemoResources) {
            const DemoAdvanceCounts c = advanceResource(resource, m_epoch);
            auto &total = counts[std::size_t(resource)];
            total.updated += c.updated;
            total.created += c.created;
            total.deleted += c.deleted;
        }
    }
    return counts;
}

DemoAdvanceCounts DemoData::advanceResource(DemoResource resource, int epoch)
{
    Track &track = m_tracks[std::size_t(resource)];
    const qint64 start = epochStart(epoch);
    const qint64 live = liveCount(resource);
    const qint64 highestId = maxId(resource);
    // Change volume follows the data set size, capped so an epoch stays cheap at 10M.
    const qint64 wantDeleted = std::min(std::clamp<qint64>(m_initial / 200, 1, 10'000), live / 4);
    const qint64 wantUpdated = std::min(std::clamp<qint64>(m_initial / 50, 3, 50'000), (live - wantDeleted) / 2);
    const qint64 wantCreated = std::clamp<qint64>(m_initial / 100, 2, 20'000);

    Rng rng = rngFor(m_seed, resource, epoch, kAdvance);
    std::unordered_set<qint64> touched;
    touched.reserve(std::size_t(wantDeleted + wantUpdated) * 2);
    auto pickLive = [&](qint64 want) {
        std::vector<qint64> ids;
        // Bounded attempts: with few live records left the draw may come up short.
        for (qint64 attempts = want * 50 + 100; qint64(ids.size()) < want && attempts > 0; --attempts) {
            const qint64 id = 1 + rng.below(highestId);
            if (touched.contains(id))
                continue;
            if (const auto it = track.changed.find(id); it != track.changed.end() && it->second.deleted)
                continue;
            touched.insert(id);
            ids.push_back(id);
        }
        return ids;
    };
    const std::vector<qint64> deletedIds = pickLive(wantDeleted);
    const std::vector<qint64> updatedIds = pickLive(wantUpdated);
    auto changeTime = [&](qint64 id) {
        return start + rngFor(m_seed, resource, id, kChangeTime + quint64(epoch) * 8).below(kEpochSeconds);
    };

    std::vector<qint64> newlyMoved;
    for (qint64 id : touched) {
        if (id <= m_initial && !track.changed.contains(id))
            newlyMoved.push_back(id);
    }
    std::sort(newlyMoved.begin(), newlyMoved.end());
    const auto middle = track.moved.insert(track.moved.end(), newlyMoved.begin(), newlyMoved.end());
    std::inplace_merge(track.moved.begin(), middle, track.moved.end());

    std::vector<TailEntry> fresh;
    fresh.reserve(updatedIds.size() + std::size_t(wantCreated));
    for (qint64 id : updatedIds) {
        const auto it = track.changed.find(id);
        const qint64 createdAt = it != track.changed.end() ? it->second.createdAt : baseCreatedAt(resource, id);
        fresh.push_back({changeTime(id), id, createdAt, epoch});
    }
    for (qint64 id = highestId + 1; id <= highestId + wantCreated; ++id) {
        const qint64 at = changeTime(id);
        fresh.push_back({at, id, at, epoch});
    }
    std::sort(fresh.begin(), fresh.end(), [](const TailEntry &a, const TailEntry &b) {
        return DemoKey{a.updatedAt, a.id} < DemoKey{b.updatedAt, b.id};
    });
    // Everything changed in this epoch is later than anything before, so it goes last.
    std::erase_if(track.tail, [&](const TailEntry &e) { return touched.contains(e.id); });
    track.tail.insert(track.tail.end(), fresh.begin(), fresh.end());
    for (const TailEntry &e : fresh)
        track.changed[e.id] = Changed{e.updatedAt, e.createdAt, epoch, false};

    std::vector<DemoDeletion> gone;
    gone.reserve(deletedIds.size());
    for (qint64 id : deletedIds) {
        gone.push_back({changeTime(id), id});
        if (const auto it = track.changed.find(id); it != track.changed.end())
            it->second.deleted = true;
        else
            track.changed.emplace(id, Changed{baseUpdatedAt(id), baseCreatedAt(resource, id), 0, true});
    }
    std::sort(gone.begin(), gone.end(), [](const DemoDeletion &a, const DemoDeletion &b) {
        return std::pair(a.deletedAt, a.id) < std::pair(b.deletedAt, b.id);
    });
    track.deletions.insert(track.deletions.end(), gone.begin(), gone.end());
    track.created += wantCreated;
    return {qint64(updatedIds.size()), wantCreated, qint64(deletedIds.size())};
}

void DemoData::appendRecord(std::string &out, DemoResource resource, const DemoRecordRef &ref) const
{
    switch (resource) {
    case DemoResource::Customers: appendCustomer(out, ref); break;
    case DemoResource::Products: appendProduct(out, ref); break;
    case DemoResource::Orders: appendOrder(out, ref); break;
    case DemoResource::Events: appendEvent(out, ref); break;
    }
}

void DemoData::appendCustomerName(std::string &out, qint64 customerId) const
{
    Rng rng = rngFor(m_seed, DemoResource::Customers, customerId, kName);
    out += '"';
    out += rng.pick(kFirstNamesJson).bare;
    out += ' ';
    out += rng.pick(kLastNamesJson).bare;
    out += '"';
}

void DemoData::appendAddress(std::string &out, qint64 customerId) const
{
    Rng rng = rngFor(m_seed, DemoResource::Customers, customerId, kAddress);
    const auto country = std::size_t(rng.below(qint64(kCountries.size())));
    out += R"({"street":")"sv;
    appendInt(out, 1 + rng.below(250));
    out += ' ';
    out += rng.pick(kStreetsJson).bare;
    out += '"';
    out += R"(,"city":)"sv;
    out += kCountryCitiesJson[country].quoted;
    out += R"(,"postal_code":")"sv;
    appendPadded(out, rng.below(100'000), 5);
    out += R"(","country":{"code":")"sv;
    out += kCountries[country].code;
    out += R"(","name":)"sv;
    out += kCountryNamesJson[country].quoted;
    out += "}}";
}

void DemoData::appendCustomer(std::string &out, const DemoRecordRef &ref) const
{
    Rng fixed = rngFor(m_seed, DemoResource::Customers, ref.id, kIdentity);
    Rng var = rngFor(m_seed, DemoResource::Customers, ref.id, kVersioned + quint64(ref.version));
    out += R"({"id":)"sv;
    appendInt(out, ref.id);
    out += R"(,"name":)"sv;
    appendCustomerName(out, ref.id);
    out += R"(,"email":)"sv;
    if (fixed.chance(12)) {
        out += "null";
    } else {
        out += "\"customer";
        appendInt(out, ref.id);
        out += '@';
        out.append(fixed.pick(kDomains));
        out += '"';
    }
    out += R"(,"created_at":")"sv;
    appendDateTime(out, ref.createdAt, fixed.pick(kOffsets), fixed.chance(25) ? int(fixed.below(1000)) : -1);
    out += R"(","updated_at":")"sv;
    appendRfc3339(out, ref.updatedAt);
    out += R"(","balance":)"sv;
    qint64 cents = var.below(200'000) - 20'000;
    if (var.chance(35))
        cents -= cents % 100;
    appendMoney(out, cents);
    out += R"(,"tier":")"sv;
    out.append(var.pick(kTiers));
    out += R"(","address":)"sv;
    appendAddress(out, ref.id);
    out += R"(,"tags":[)"sv;
    const qint64 tagCount = var.below(4);
    const qint64 firstTag = var.below(qint64(kTags.size()));
    for (qint64 i = 0; i < tagCount; ++i) {
        if (i > 0)
            out += ',';
        out += kTagsJson[std::size_t((firstTag + i * 3) % qint64(kTags.size()))].quoted;
    }
    out += R"(],"signup_date":")"sv;
    appendDate(out, ref.createdAt);
    out += R"(","last_login":)"sv;
    if (var.chance(20))
        out += "null";
    else
        appendInt(out, ref.updatedAt - var.below(30 * kDay));
    out += '}';
}

void DemoData::appendProduct(std::string &out, const DemoRecordRef &ref) const
{
    Rng fixed = rngFor(m_seed, DemoResource::Products, ref.id, kIdentity);
    Rng var = rngFor(m_seed, DemoResource::Products, ref.id, kVersioned + quint64(ref.version));
    out += R"({"id":)"sv;
    appendInt(out, ref.id);
    out += R"(,"sku":"ACME-)"sv;
    appendPadded(out, ref.id, 7);
    out += R"(","name":)"sv;
    out += '"';
    out += fixed.pick(kAdjectivesJson).bare;
    out += ' ';
    out += fixed.pick(kNounsJson).bare;
    out += '"';
    const std::string_view currency = fixed.pick(kCurrencies);
    qint64 cents = 99 + var.below(50'000);
    if (currency == "JPY" || var.chance(40))
        cents -= cents % 100;
    out += R"(,"price":)"sv;
    appendMoney(out, cents);
    out += R"(,"currency":")"sv;
    out.append(currency);
    out += R"(","stock":)"sv;
    appendInt(out, var.below(500));
    out += var.chance(85) ? R"(,"active":true)"sv : R"(,"active":false)"sv;
    out += R"(,"dimensions":)"sv;
    if (fixed.chance(25)) {
        out += "null";
    } else {
        out += R"({"width_cm":)"sv;
        appendMoney(out, 100 + fixed.below(10'000));
        out += R"(,"height_cm":)"sv;
        appendMoney(out, (1 + fixed.below(100)) * 100);
        out += R"(,"depth_cm":)"sv;
        appendMoney(out, 25 + fixed.below(5'000));
        out += R"(,"weight":{"value":)"sv;
        appendMoney(out, 5 + fixed.below(2'500));
        out += R"(,"unit":"kg"}})"sv;
    }
    out += R"(,"updated_at":")"sv;
    appendRfc3339(out, ref.updatedAt);
    out += "\"}";
}

void DemoData::appendOrder(std::string &out, const DemoRecordRef &ref) const
{
    Rng fixed = rngFor(m_seed, DemoResource::Orders, ref.id, kIdentity);
    Rng var = rngFor(m_seed, DemoResource::Orders, ref.id, kVersioned + quint64(ref.version));
    const qint64 customerId = 1 + fixed.below(m_initial);
    out += R"({"id":)"sv;
    appendInt(out, ref.id);
    out += R"(,"customer":{"id":)"sv;
    appendInt(out, customerId);
    out += R"(,"name":)"sv;
    appendCustomerName(out, customerId);
    out += R"(,"address":)"sv;
    appendAddress(out, customerId);
    out += R"(},"status":")"sv;
    out.append(var.pick(kStatuses));
    out += R"(","line_items":[)"sv;
    qint64 total = 0;
    const qint64 lines = 1 + fixed.below(5);
    for (qint64 line = 1; line <= lines; ++line) {
        const qint64 quantity = 1 + fixed.below(10);
        qint64 unit = 100 + fixed.below(20'000);
        if (fixed.chance(40))
            unit -= unit % 100;
        out += line > 1 ? R"(,{"line":)"sv : R"({"line":)"sv;
        appendInt(out, line);
        out += R"(,"product_id":)"sv;
        appendInt(out, 1 + fixed.below(m_initial));
        out += R"(,"quantity":)"sv;
        appendInt(out, quantity);
        out += R"(,"unit_price":)"sv;
        appendMoney(out, unit);
        out += R"(,"discount":)"sv;
        total += quantity * unit;
        if (fixed.chance(60)) {
            out += "null";
        } else {
            const qint64 discount = (1 + fixed.below(20)) * 50;
            total -= discount;
            appendMoney(out, discount);
        }
        out += '}';
    }
    out += R"(],"total":)"sv;
    appendMoney(out, total);
    out += R"(,"placed_at":)"sv;
    appendInt(out, ref.createdAt);
    out += R"(,"updated_at":")"sv;
    appendRfc3339(out, ref.updatedAt);
    // Six levels deep on purpose: flattening and JSON columns need something to chew on.
    out += R"(","metadata":{"source":")"sv;
    out.append(fixed.pick(kSources));
    out += R"(","ip":"203.0.113.)"sv;
    appendInt(out, 1 + fixed.below(254));
    out += R"(","channel":{"name":)"sv;
    out += fixed.pick(kChannelsJson).quoted;
    out += R"(,"campaign":{"id":"CMP-)"sv;
    appendPadded(out, fixed.below(10'000), 4);
    out += R"(","utm":{"source":")"sv;
    out.append(fixed.pick(kUtmSources));
    out += R"(","medium":")"sv;
    out.append(fixed.pick(kUtmMediums));
    out += R"(","tracking":{"click_id":")"sv;
    appendHex(out, fixed.next());
    out += R"(","ts_ms":)"sv;
    appendInt(out, ref.createdAt * 1000 + fixed.below(1000));
    out += fixed.chance(10) ? R"(,"flags":{"test":true)"sv : R"(,"flags":{"test":false)"sv;
    out += var.chance(15) ? R"(,"gift":true}}}}},"note":)"sv : R"(,"gift":false}}}}},"note":)"sv;
    if (var.chance(70))
        out += "null";
    else
        out += var.pick(kOrderNotesJson).quoted;
    out += "}}";
}

void DemoData::appendEvent(std::string &out, const DemoRecordRef &ref) const
{
    Rng fixed = rngFor(m_seed, DemoResource::Events, ref.id, kIdentity);
    Rng var = rngFor(m_seed, DemoResource::Events, ref.id, kVersioned + quint64(ref.version));
    out += R"({"id":)"sv;
    appendInt(out, ref.id);
    out += R"(,"type":")"sv;
    out.append(fixed.pick(kEventTypes));
    out += R"(","occurred_at":)"sv;
    appendInt(out, ref.createdAt * 1000 + fixed.below(1000));
    out += R"(,"updated_at":")"sv;
    appendRfc3339(out, ref.updatedAt);
    out += R"(","payload":{"session":{"id":"s-)"sv;
    appendHex(out, fixed.next());
    out += R"(","device":{"os":")"sv;
    out.append(fixed.pick(kOses));
    out += R"(","browser":")"sv;
    out.append(fixed.pick(kBrowsers));
    out += R"(","screen":{"width":)"sv;
    appendInt(out, 320 + fixed.below(24) * 80);
    out += R"(,"height":)"sv;
    appendInt(out, 480 + fixed.below(16) * 60);
    out += R"(}}},"customer_id":)"sv;
    if (fixed.chance(30))
        out += "null";
    else
        appendInt(out, 1 + fixed.below(m_initial));
    out += R"(,"value":)"sv;
    if (var.chance(40)) {
        out += "null";
    } else {
        qint64 cents = var.below(100'000);
        if (var.chance(50))
            cents -= cents % 100;
        appendMoney(out, cents);
    }
    out += R"(,"labels":[)"sv;
    const qint64 labels = var.below(3);
    for (qint64 i = 0; i < labels; ++i) {
        out += i > 0 ? R"(,"label-)"sv : R"("label-)"sv;
        appendInt(out, var.below(20));
        out += '"';
    }
    out += R"(],"message":)"sv;
    out += var.pick(kMessagesJson).quoted;
    out += "}}";
}

void DemoData::appendNotes(std::string &out, const DemoRecordRef &customer) const
{
    Rng rng = rngFor(m_seed, DemoResource::Customers, customer.id, kNotes);
    const qint64 count = rng.below(4);
    out += '[';
    for (qint64 n = 1; n <= count; ++n) {
        out += n > 1 ? R"(,{"id":)"sv : R"({"id":)"sv;
        appendInt(out, customer.id * 10 + n);
        out += R"(,"customer_id":)"sv;
        appendInt(out, customer.id);
        out += R"(,"created_at":")"sv;
        appendRfc3339(out, customer.createdAt + n * 3600 + rng.below(3600));
        out += R"(","author":)"sv;
        if (rng.chance(25)) {
            out += "null";
        } else {
            out += R"({"name":)"sv;
            appendCustomerName(out, 1 + rng.below(m_initial));
            out += R"(,"role":")"sv;
            out.append(rng.pick(kRoles));
            out += "\"}";
        }
        out += R"(,"body":)"sv;
        out += rng.pick(kNoteBodiesJson).quoted;
        out += rng.chance(20) ? R"(,"pinned":true})"sv : R"(,"pinned":false})"sv;
    }
    out += ']';
}

} // namespace cw
