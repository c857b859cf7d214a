// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "models/core/support/json.h"

namespace cw {

struct JsonDocumentError {
    std::size_t byte = 0;      ///< where the parser stopped, 1-based as nlohmann counts
    std::string message;       ///< nlohmann's own words, e.g. "syntax error while parsing value - ..."
};

/// Parses JSON text into a JsonValue, as JsonValue::parse() does (same grammar, same values,
/// the last of duplicate keys wins, same messages), but several times faster on pages of
/// records: simdjson parses, and the DOM is built from its tape with every container
/// reserved at its final size. What simdjson refuses (or reads otherwise: integers beyond
/// 64 bits, nesting beyond its depth) goes through nlohmann's parser, so that the result and
/// the error message are nlohmann's. Errors (numbers out of range included) come back
/// instead of being thrown. `capacity`: how many bytes from text.data() may be read (at
/// least text.size()); a buffer with room for simdjson's padding is not copied.
std::optional<JsonValue> parseJsonDocument(std::string_view text, JsonDocumentError *error = nullptr,
                                           std::size_t capacity = 0);

} // namespace cw
