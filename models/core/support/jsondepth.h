// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace cw {

/// Nesting deeper than this is refused before a body is parsed into a DOM. Copying and
/// destroying nlohmann values recurses once per level, so a body nested 100,000 levels deep
/// would overflow the stack of whichever thread touched it; real APIs stay far below this.
inline constexpr int kMaxJsonDomDepth = 512;

/// The byte offset of the first `[` or `{` (outside strings) that opens level `maxDepth + 1`,
/// or -1 when the text never nests that deep. One pass, no allocation; the text need not be
/// valid JSON (the parser reports that).
long long jsonNestingExceeds(std::string_view text, int maxDepth = kMaxJsonDomDepth);

} // namespace cw
