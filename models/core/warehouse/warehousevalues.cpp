// SPDX-License-Identifier: MIT
#include "models/core/warehouse/warehousevalues.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include <QByteArray>

namespace cw::warehouse {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = std::int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool digits(std::string_view s, std::size_t pos, std::size_t count, int &out)
{
    if (pos + count > s.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(s[i]))
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

std::string formatUtc(std::int64_t epochSeconds, std::string_view fraction)
{
    std::int64_t days = epochSeconds / 86400;
    std::int64_t rest = epochSeconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    std::int64_t y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(days, y, m, d);
    std::string out;
    if (y >= 0 && y <= 9999) {
        // Every timestamp column of every row passes here: digits by hand, not snprintf.
        out.resize(19);
        const auto put = [&out](std::size_t at, unsigned value, int width) {
            for (int i = width - 1; i >= 0; --i, value /= 10)
                out[at + std::size_t(i)] = char('0' + value % 10);
        };
        put(0, unsigned(y), 4);
        out[4] = '-';
        put(5, m, 2);
        out[7] = '-';
        put(8, d, 2);
        out[10] = 'T';
        put(11, unsigned(rest / 3600), 2);
        out[13] = ':';
        put(14, unsigned(rest / 60 % 60), 2);
        out[16] = ':';
        put(17, unsigned(rest % 60), 2);
    } else {
        char buffer[64];
        const int n = std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02d:%02d:%02d", static_cast<long long>(y), m,
                                    d, int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
        out.assign(buffer, std::size_t(n));
    }
    if (!fraction.empty()) {
        out += '.';
        out += fraction;
    }
    out += 'Z';
    return out;
}

void setJsonText(const JsonValue &value, Cell &cell)
{
    cell.setOwned(value.dump(-1, ' ', false, JsonValue::error_handler_t::replace));
}

} // namespace

std::optional<std::string> normaliseDecimal(std::string_view text, int scale)
{
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    std::string intPart;
    std::string fracPart;
    while (i < text.size() && isDigit(text[i]))
        intPart += text[i++];
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && isDigit(text[i]))
            fracPart += text[i++];
    }
    if (intPart.empty() && fracPart.empty())
        return std::nullopt;
    long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        const auto [end, ec] = std::from_chars(text.data() + i + (i < text.size() && text[i] == '+'),
                                               text.data() + text.size(), exponent);
        if (ec != std::errc() || exponent > 400 || exponent < -400)
            return std::nullopt;
        i = std::size_t(end - text.data());
    }
    if (i != text.size())
        return std::nullopt;
    // Shift the decimal point by the exponent.
    std::string all = intPart + fracPart;
    long point = long(intPart.size()) + exponent;
    if (point < 0) {
        all.insert(0, std::size_t(-point), '0');
        point = 0;
    }
    if (point > long(all.size()))
        all.append(std::size_t(point - long(all.size())), '0');
    std::string whole = all.substr(0, std::size_t(point));
    std::string fraction = all.substr(std::size_t(point));
    if (scale >= 0) {
        if (long(fraction.size()) > scale) {
            const bool roundUp = fraction[std::size_t(scale)] >= '5';
            fraction.resize(std::size_t(scale));
            if (roundUp) {
                std::string digitsOnly = whole + fraction;
                int pos = int(digitsOnly.size()) - 1;
                while (pos >= 0 && digitsOnly[std::size_t(pos)] == '9')
                    digitsOnly[std::size_t(pos--)] = '0';
                if (pos < 0)
                    digitsOnly.insert(0, 1, '1');
                else
                    ++digitsOnly[std::size_t(pos)];
                whole = digitsOnly.substr(0, digitsOnly.size() - fraction.size());
                fraction = digitsOnly.substr(digitsOnly.size() - fraction.size());
            }
        } else {
            fraction.append(std::size_t(scale) - fraction.size(), '0');
        }
    }
    const std::size_t firstNonZero = whole.find_first_not_of('0');
    whole = firstNonZero == std::string::npos ? std::string("0") : whole.substr(firstNonZero);
    const bool zero = whole == "0" && fraction.find_first_not_of('0') == std::string::npos;
    std::string out = negative && !zero ? "-" : "";
    out += whole;
    if (!fraction.empty()) {
        out += '.';
        out += fraction;
    }
    return out;
}

std::optional<std::string> normaliseUtcDateTime(std::string_view s)
{
    // Fast path: already "YYYY-MM-DDTHH:MM:SSZ".
    if (s.size() == 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == 'Z'
        && isDigit(s[0]) && isDigit(s[5]) && isDigit(s[8]) && isDigit(s[11]) && isDigit(s[14]) && isDigit(s[17]))
        return std::string(s);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(s, 0, 4, year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-'
        || !digits(s, 8, 2, day) || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    std::size_t i = 10;
    std::string_view fraction;
    int offsetSeconds = 0;
    if (i < s.size()) {
        if ((s[i] != 'T' && s[i] != 't' && s[i] != ' ') || !digits(s, i + 1, 2, hour) || s.size() < i + 6
            || s[i + 3] != ':' || !digits(s, i + 4, 2, minute))
            return std::nullopt;
        i += 6;
        if (i < s.size() && s[i] == ':') {
            if (!digits(s, i + 1, 2, second))
                return std::nullopt;
            i += 3;
        }
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            const std::size_t start = ++i;
            while (i < s.size() && isDigit(s[i]))
                ++i;
            fraction = s.substr(start, i - start);
            while (!fraction.empty() && fraction.back() == '0')
                fraction.remove_suffix(1);
        }
        if (i < s.size()) {
            if (s[i] == 'Z' || s[i] == 'z') {
                ++i;
            } else if (s[i] == '+' || s[i] == '-') {
                const int sign = s[i] == '-' ? -1 : 1;
                int oh = 0, om = 0;
                if (!digits(s, i + 1, 2, oh))
                    return std::nullopt;
                i += 3;
                if (i < s.size() && s[i] == ':')
                    ++i;
                if (i < s.size() && !digits(s, i, 2, om))
                    return std::nullopt;
                if (i < s.size())
                    i += 2;
                offsetSeconds = sign * (oh * 3600 + om * 60);
            }
        }
        if (i != s.size() || hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
    }
    const std::int64_t epoch = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60
        + second - offsetSeconds;
    return formatUtc(epoch, fraction);
}

std::string utcFromEpoch(double seconds)
{
    if (std::fabs(seconds) > 1e11)
        seconds /= 1000.0; // milliseconds
    const double whole = std::floor(seconds);
    const int millis = int(std::lround((seconds - whole) * 1000.0));
    std::string fraction;
    if (millis > 0 && millis < 1000) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "%03d", millis);
        fraction = buffer;
        while (!fraction.empty() && fraction.back() == '0')
            fraction.pop_back();
    }
    return formatUtc(std::int64_t(whole) + (millis >= 1000 ? 1 : 0), fraction);
}

FivetranType inferType(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::value_t::boolean:
        return FivetranType::Boolean;
    case JsonValue::value_t::number_integer:
    case JsonValue::value_t::number_unsigned:
        return FivetranType::Long;
    case JsonValue::value_t::number_float:
        return FivetranType::Double;
    case JsonValue::value_t::string:
        return FivetranType::String;
    case JsonValue::value_t::object:
    case JsonValue::value_t::array:
        return FivetranType::Json;
    default:
        return FivetranType::Unspecified;
    }
}

namespace {

// The value in its natural storage form: what an undeclared column stores.
void natural(const JsonValue &value, Cell &cell)
{
    switch (value.type()) {
    case JsonValue::value_t::null:
    case JsonValue::value_t::discarded:
        cell.kind = Cell::Kind::Null;
        return;
    case JsonValue::value_t::boolean:
        cell.kind = Cell::Kind::Integer;
        cell.integer = value.get<bool>() ? 1 : 0;
        return;
    case JsonValue::value_t::number_integer:
        cell.kind = Cell::Kind::Integer;
        cell.integer = value.get<std::int64_t>();
        return;
    case JsonValue::value_t::number_unsigned: {
        const auto u = value.get<std::uint64_t>();
        if (u <= std::uint64_t(INT64_MAX)) {
            cell.kind = Cell::Kind::Integer;
            cell.integer = std::int64_t(u);
        } else {
            cell.setOwned(std::to_string(u));
        }
        return;
    }
    case JsonValue::value_t::number_float:
        cell.kind = Cell::Kind::Real;
        cell.real = value.get<double>();
        return;
    case JsonValue::value_t::string:
        cell.setView(value.get_ref<const std::string &>());
        return;
    case JsonValue::value_t::object:
    case JsonValue::value_t::array:
    case JsonValue::value_t::binary:
        setJsonText(value, cell);
        return;
    }
}

bool parseInteger(std::string_view text, std::int64_t &out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

} // namespace

void convert(const JsonValue &value, FivetranType type, int scale, Cell &cell)
{
    cell.kind = Cell::Kind::Null;
    if (value.is_null())
        return;
    switch (type) {
    case FivetranType::Unspecified:
        natural(value, cell);
        return;
    case FivetranType::Boolean:
        if (value.is_string()) {
            const std::string &s = value.get_ref<const std::string &>();
            const QByteArray lower = QByteArray::fromStdString(s).toLower();
            if (lower == "true" || lower == "1" || lower == "false" || lower == "0") {
                cell.kind = Cell::Kind::Integer;
                cell.integer = lower == "true" || lower == "1";
                return;
            }
        } else if (value.is_number()) {
            cell.kind = Cell::Kind::Integer;
            cell.integer = value.get<double>() != 0;
            return;
        }
        natural(value, cell);
        return;
    case FivetranType::Short:
    case FivetranType::Int:
    case FivetranType::Long:
        if (value.is_number_float()) {
            const double d = value.get<double>();
            if (std::trunc(d) == d && std::fabs(d) < 9.2e18) {
                cell.kind = Cell::Kind::Integer;
                cell.integer = std::int64_t(d);
                return;
            }
        } else if (value.is_string()) {
            std::int64_t parsed = 0;
            if (parseInteger(value.get_ref<const std::string &>(), parsed)) {
                cell.kind = Cell::Kind::Integer;
                cell.integer = parsed;
                return;
            }
        }
        natural(value, cell);
        return;
    case FivetranType::Float:
    case FivetranType::Double:
        if (value.is_number()) {
            cell.kind = Cell::Kind::Real;
            cell.real = value.get<double>();
            return;
        }
        if (value.is_string()) {
            bool ok = false;
            const double d = QByteArray::fromStdString(value.get_ref<const std::string &>()).toDouble(&ok);
            if (ok) {
                cell.kind = Cell::Kind::Real;
                cell.real = d;
                return;
            }
        }
        natural(value, cell);
        return;
    case FivetranType::Decimal: {
        std::string text;
        if (value.is_string())
            text = value.get_ref<const std::string &>();
        else if (value.is_number())
            text = value.dump();
        if (!text.empty()) {
            if (std::optional<std::string> normal = normaliseDecimal(text, scale)) {
                cell.setOwned(std::move(*normal));
                return;
            }
        }
        natural(value, cell);
        return;
    }
    case FivetranType::UtcDateTime:
        if (value.is_string()) {
            if (std::optional<std::string> normal = normaliseUtcDateTime(value.get_ref<const std::string &>())) {
                cell.setOwned(std::move(*normal));
                return;
            }
        } else if (value.is_number()) {
            cell.setOwned(utcFromEpoch(value.get<double>()));
            return;
        }
        natural(value, cell);
        return;
    case FivetranType::NaiveDate:
        if (value.is_string()) {
            const std::string &s = value.get_ref<const std::string &>();
            int y = 0, m = 0, d = 0;
            if (s.size() > 10 && digits(s, 0, 4, y) && s[4] == '-' && digits(s, 5, 2, m) && s[7] == '-'
                && digits(s, 8, 2, d)) {
                cell.setOwned(s.substr(0, 10));
                return;
            }
        }
        natural(value, cell);
        return;
    case FivetranType::NaiveDateTime:
        if (value.is_string()) {
            const std::string &s = value.get_ref<const std::string &>();
            if (s.size() > 10 && s[10] == ' ') {
                std::string copy = s;
                copy[10] = 'T';
                cell.setOwned(std::move(copy));
                return;
            }
        }
        natural(value, cell);
        return;
    case FivetranType::Binary:
        if (value.is_string()) {
            const std::string &s = value.get_ref<const std::string &>();
            const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(s),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                cell.setOwned(decoded.decoded.toStdString(), Cell::Kind::Blob);
            else
                cell.setOwned(s, Cell::Kind::Blob);
            return;
        }
        natural(value, cell);
        return;
    case FivetranType::String:
    case FivetranType::Xml:
        if (value.is_string())
            cell.setView(value.get_ref<const std::string &>());
        else
            setJsonText(value, cell);
        return;
    case FivetranType::Json:
        setJsonText(value, cell);
        return;
    }
}

} // namespace cw::warehouse
