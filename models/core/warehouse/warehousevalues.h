// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "models/core/project/project.h"
#include "models/core/support/json.h"

/// The conversion of JSON values to the warehouse's storage form, shared by the plan path
/// and the generic operations so that both store identical bytes. Internal to the warehouse.
namespace cw::warehouse {

/// One value as it is bound to a statement. Text normally points into the JSON value (no
/// copy); conversions that produce new text keep it in `owned`.
struct Cell {
    enum class Kind : std::uint8_t { Null, Integer, Real, Text, Blob };
    Kind kind = Kind::Null;
    std::int64_t integer = 0;
    double real = 0;
    const char *text = nullptr;
    std::size_t size = 0;
    std::string owned;

    std::string_view view() const { return {text, size}; }
    void setOwned(std::string value, Kind k = Kind::Text)
    {
        owned = std::move(value);
        kind = k;
        text = owned.data();
        size = owned.size();
    }
    void setView(const std::string &value)
    {
        kind = Kind::Text;
        text = value.data();
        size = value.size();
    }
};

/// Fills `cell` with `value` stored as `type`. Values that do not fit the type are kept
/// as they come (SQLite stores them anyway), so that a sync never fails on one odd value.
void convert(const JsonValue &value, FivetranType type, int scale, Cell &cell);

/// The Fivetran type Fivetran infers for an undeclared column from a value
/// (bool -> BOOLEAN, integer -> LONG, number -> DOUBLE, string -> STRING, object/array -> JSON);
/// Unspecified for null.
FivetranType inferType(const JsonValue &value);

/// "12.5" with scale 2 -> "12.50"; exponents expanded; rounded half away from zero.
/// nullopt when the text is not a decimal number.
std::optional<std::string> normaliseDecimal(std::string_view text, int scale);
/// RFC 3339 / ISO 8601 with any offset (or none: UTC assumed) -> "YYYY-MM-DDTHH:MM:SS[.f]Z"
/// in UTC, fraction without trailing zeros. A plain date becomes midnight UTC.
std::optional<std::string> normaliseUtcDateTime(std::string_view text);
/// Epoch seconds (or milliseconds when larger than 10^11) -> "YYYY-MM-DDTHH:MM:SS[.mmm]Z".
std::string utcFromEpoch(double seconds);

} // namespace cw::warehouse
