// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

namespace cw {

/// Translates an RFC 9485 I-Regexp into the PCRE2 syntax QRegularExpression uses, or
/// returns nothing when the pattern is not an I-Regexp (multi-character escapes such as
/// \d, group extensions, an unclosed class). The dot becomes [^\n\r] and ^ and $ become
/// literals, as I-Regexp defines them. Anchor the result yourself for a whole-string match.
std::optional<QString> iregexpToPcre(const QString &pattern);

} // namespace cw
