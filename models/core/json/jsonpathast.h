// SPDX-License-Identifier: MIT
#pragma once
// The parsed form of a JSONPath query, shared by the parser and the evaluator only. Not
// part of the API: include models/core/json/jsonpath.h instead.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "models/core/json/jsonpath.h"

namespace cw {

namespace jsonpath {

/// Thrown inside the parser only; JsonPath::parse() turns it into a JsonPathError.
struct ParseFailure {
    qsizetype offset;
    QString message;
};

enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };
enum class Function { Length, Count, Match, Search, Value };
enum class ResultType { Value, Logical, Nodes };

struct Expr;

struct Selector {
    enum class Kind { Name, Wildcard, Index, Slice, Filter };
    Kind kind = Kind::Name;
    std::string name;
    qint64 index = 0;
    std::optional<qint64> start;
    std::optional<qint64> end;
    qint64 step = 1;
    std::unique_ptr<Expr> filter;
};

struct Segment {
    bool descendant = false;
    std::vector<Selector> selectors;
};

} // namespace jsonpath

struct JsonPath::Query {
    bool relative = false;  // '@' rather than '$'
    std::vector<jsonpath::Segment> segments;

    bool singular() const
    {
        for (const jsonpath::Segment &segment : segments) {
            if (segment.descendant || segment.selectors.size() != 1)
                return false;
            const jsonpath::Selector::Kind kind = segment.selectors.front().kind;
            if (kind != jsonpath::Selector::Kind::Name && kind != jsonpath::Selector::Kind::Index)
                return false;
        }
        return true;
    }
};

namespace jsonpath {

using Query = JsonPath::Query;

struct Expr {
    enum class Kind { Or, And, Not, Compare, Literal, Path, Function };
    Kind kind = Kind::Literal;
    std::vector<std::unique_ptr<Expr>> children;  // operands or function arguments
    CompareOp op = CompareOp::Eq;
    JsonValue literal;
    std::unique_ptr<Query> query;
    Function function = Function::Length;

    ResultType functionType() const
    {
        return function == Function::Match || function == Function::Search ? ResultType::Logical : ResultType::Value;
    }
    // A comparable (RFC 9535 §2.3.5.1): literal, singular query, or function of ValueType.
    bool comparable() const
    {
        return kind == Kind::Literal || (kind == Kind::Path && query->singular())
            || (kind == Kind::Function && functionType() == ResultType::Value);
    }
};

inline const char *functionName(Function function)
{
    switch (function) {
    case Function::Length: return "length";
    case Function::Count: return "count";
    case Function::Match: return "match";
    case Function::Search: return "search";
    case Function::Value: return "value";
    }
    return "";
}


/// Parses a whole query; throws ParseFailure. Nesting is limited to JsonPath::kMaxNesting.
std::unique_ptr<Query> parseQuery(const QString &text);

} // namespace jsonpath

} // namespace cw
