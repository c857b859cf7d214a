// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

namespace cw {

/// The JSON value type for API data. Objects keep the order the server sent their keys in,
/// because users read responses, samples and columns in that order.
using JsonValue = nlohmann::ordered_json;

} // namespace cw
