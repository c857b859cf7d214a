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

/// Parses JSON text into a JsonValue, as JsonValue::parse() does (same grammar, same
/// messages, the last of duplicate keys wins), but built for pages of records: each object
/// and array is reserved at the size of the last one closed at the same depth, so the
/// thousand records of a page cost one allocation per container instead of a growth
/// series, and errors (numbers out of range included) come back instead of being thrown.
std::optional<JsonValue> parseJsonDocument(std::string_view text, JsonDocumentError *error = nullptr);

} // namespace cw
