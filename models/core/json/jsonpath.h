// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "models/core/support/json.h"

namespace cw {

/// One node selected by a JSONPath query: where it is and what it is.
struct JsonPathNode {
    std::string pointer;                ///< RFC 6901 JSON pointer, e.g. "/store/book/0/title"; "" is the root
    const JsonValue *value = nullptr;   ///< points into the queried document, which must outlive it
};

/// Why a query was refused: the character offset (UTF-16 code units, 0-based) and a sentence.
struct JsonPathError {
    qsizetype offset = 0;
    QString message;          ///< e.g. "expected ']'"
    /// "expected ']' at 14".
    QString toString() const;
};

/// An RFC 9535 JSONPath query, parsed once and evaluated against any number of documents.
///
/// Everything in RFC 9535 is supported: child and descendant segments, name, wildcard,
/// index, slice and filter selectors, comparisons, logical operators, existence tests, and
/// the functions length(), count(), match(), search() and value(). Function calls are type
/// checked as §2.4.3 requires, so "$[?length(@.a)]" is a parse error, not a silent false.
///
/// Queries come from users and from files, so nothing here trusts them: parsing refuses
/// nesting deeper than kMaxNesting, slices iterate only over the indices that exist, and
/// evaluation walks documents with an explicit stack, so a deeply nested document cannot
/// overflow the call stack.
class JsonPath final
{
public:
    /// Parentheses, filters, function calls and nested queries deeper than this are refused.
    static constexpr int kMaxNesting = 64;

    JsonPath();
    ~JsonPath();
    JsonPath(JsonPath &&) noexcept;
    JsonPath &operator=(JsonPath &&) noexcept;
    JsonPath(const JsonPath &) = delete;
    JsonPath &operator=(const JsonPath &) = delete;

    /// Parses `query`; on failure returns nothing and fills `error` (if given).
    static std::optional<JsonPath> parse(const QString &query, JsonPathError *error = nullptr);

    /// The nodes the query selects, in the order RFC 9535 defines (document order for
    /// wildcards and descendants, selector order for unions). A default-constructed
    /// JsonPath selects nothing.
    std::vector<JsonPathNode> evaluate(const JsonValue &root) const;

    /// The query as it was parsed.
    QString text() const;
    /// True when the query can select at most one node (RFC 9535 §2.3.5.1 singular query).
    bool isSingular() const;

    struct Query;

private:
    explicit JsonPath(std::unique_ptr<Query> query, QString text);
    std::unique_ptr<Query> m_query;
    QString m_text;
};

/// Convenience: parse and evaluate in one call. Returns an empty list on a parse error,
/// which is reported through `error`.
std::vector<JsonPathNode> queryJsonPath(const JsonValue &root, const QString &query, JsonPathError *error = nullptr);

/// Escapes one reference token for a JSON pointer ("~" → "~0", "/" → "~1").
std::string escapeJsonPointerToken(const std::string &token);

/// The RFC 9535 §2.7 normalized path for a JSON pointer of `root`, e.g. "$['store']['book'][0]".
/// Array indices are recognised by looking at `root`, because "/0" could also be a member name.
QString normalizedPathFromPointer(const JsonValue &root, const std::string &pointer);

} // namespace cw
