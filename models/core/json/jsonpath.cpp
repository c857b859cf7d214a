// SPDX-License-Identifier: MIT
#include "models/core/json/jsonpath.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <unordered_map>
#include <utility>

#include <QCoreApplication>
#include <QRegularExpression>

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::JsonPath)
};

// RFC 9535 §2.1: indices and slice bounds are I-JSON integers.
constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

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

} // namespace

struct JsonPath::Query {
    bool relative = false;  // '@' rather than '$'
    std::vector<Segment> segments;

    bool singular() const
    {
        for (const Segment &segment : segments) {
            if (segment.descendant || segment.selectors.size() != 1)
                return false;
            const Selector::Kind kind = segment.selectors.front().kind;
            if (kind != Selector::Kind::Name && kind != Selector::Kind::Index)
                return false;
        }
        return true;
    }
};

namespace {

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

const char *functionName(Function function)
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

// ---------------------------------------------------------------------------------------
// Parser: recursive descent over the RFC 9535 ABNF. Recursion is bounded by kMaxNesting.

class Parser
{
public:
    explicit Parser(const QString &text) : m_s(text) {}

    std::unique_ptr<Query> parseTop()
    {
        auto query = parseQuery();
        if (m_pos != m_s.size())
            fail(Tr::tr("unexpected '%1'").arg(m_s.at(m_pos)));
        return query;
    }

private:
    struct DepthGuard {
        explicit DepthGuard(Parser &parser) : p(parser)
        {
            if (++p.m_depth > JsonPath::kMaxNesting)
                p.fail(Tr::tr("the query nests deeper than %1 levels").arg(JsonPath::kMaxNesting));
        }
        ~DepthGuard() { --p.m_depth; }
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;
        Parser &p;
    };

    [[noreturn]] void fail(const QString &message) const { throw ParseFailure{m_pos, message}; }
    [[noreturn]] void failAt(qsizetype at, const QString &message) const { throw ParseFailure{at, message}; }

    char16_t peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_s.size() ? m_s.at(m_pos + ahead).unicode() : u'\0';
    }
    bool atEnd() const { return m_pos >= m_s.size(); }
    void skipBlanks()
    {
        while (!atEnd() && (peek() == u' ' || peek() == u'\t' || peek() == u'\n' || peek() == u'\r'))
            ++m_pos;
    }
    void expect(char16_t c)
    {
        if (peek() != c || atEnd())
            fail(Tr::tr("expected '%1'").arg(QChar(c)));
        ++m_pos;
    }
    static bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
    static bool isAlpha(char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
    // name-first: ALPHA / "_" / any non-ASCII character (surrogate halves form the astral ones).
    static bool isNameFirst(char16_t c) { return isAlpha(c) || c == u'_' || c >= 0x80; }

    std::unique_ptr<Query> parseQuery()
    {
        DepthGuard guard(*this);
        auto query = std::make_unique<Query>();
        if (peek() == u'$')
            query->relative = false;
        else if (peek() == u'@')
            query->relative = true;
        else
            fail(Tr::tr("expected '$'"));
        ++m_pos;
        for (;;) {
            const qsizetype save = m_pos;
            skipBlanks();
            if (peek() == u'[' || peek() == u'.') {
                query->segments.push_back(parseSegment());
            } else {
                m_pos = save;  // blanks after a query belong to whoever comes next
                break;
            }
        }
        return query;
    }

    Segment parseSegment()
    {
        Segment segment;
        if (peek() == u'[') {
            parseBracketed(segment);
            return segment;
        }
        ++m_pos;  // '.'
        if (peek() == u'.') {
            ++m_pos;
            segment.descendant = true;
            if (peek() == u'[') {
                parseBracketed(segment);
                return segment;
            }
        }
        Selector selector;
        if (peek() == u'*' && !atEnd()) {
            ++m_pos;
            selector.kind = Selector::Kind::Wildcard;
        } else if (!atEnd() && isNameFirst(peek())) {
            const qsizetype start = m_pos;
            while (!atEnd() && (isNameFirst(peek()) || isDigit(peek())))
                ++m_pos;
            selector.name = m_s.mid(start, m_pos - start).toStdString();
        } else {
            fail(segment.descendant ? Tr::tr("expected a member name, '*' or '[' after '..'")
                                    : Tr::tr("expected a member name or '*' after '.'"));
        }
        segment.selectors.push_back(std::move(selector));
        return segment;
    }

    void parseBracketed(Segment &segment)
    {
        ++m_pos;  // '['
        skipBlanks();
        segment.selectors.push_back(parseSelector());
        for (;;) {
            skipBlanks();
            if (peek() != u',' || atEnd())
                break;
            ++m_pos;
            skipBlanks();
            segment.selectors.push_back(parseSelector());
        }
        expect(u']');
    }

    Selector parseSelector()
    {
        Selector selector;
        const char16_t c = peek();
        if (atEnd())
            fail(Tr::tr("expected a selector"));
        if (c == u'\'' || c == u'"') {
            selector.name = parseString();
        } else if (c == u'*') {
            ++m_pos;
            selector.kind = Selector::Kind::Wildcard;
        } else if (c == u'?') {
            ++m_pos;
            skipBlanks();
            selector.kind = Selector::Kind::Filter;
            selector.filter = parseLogical();
        } else if (c == u'-' || isDigit(c) || c == u':') {
            std::optional<qint64> first;
            if (c != u':') {
                first = parseInteger();
                skipBlanks();
            }
            if (peek() != u':' || atEnd()) {
                if (!first)
                    fail(Tr::tr("expected a selector"));
                selector.kind = Selector::Kind::Index;
                selector.index = *first;
                return selector;
            }
            ++m_pos;
            skipBlanks();
            selector.kind = Selector::Kind::Slice;
            selector.start = first;
            if (peek() == u'-' || isDigit(peek())) {
                selector.end = parseInteger();
                skipBlanks();
            }
            if (peek() == u':' && !atEnd()) {
                ++m_pos;
                skipBlanks();
                if (peek() == u'-' || isDigit(peek()))
                    selector.step = parseInteger();
            }
        } else {
            fail(Tr::tr("expected a selector"));
        }
        return selector;
    }

    // int = "0" / (["-"] DIGIT1 *DIGIT), within ±(2^53 - 1).
    qint64 parseInteger()
    {
        const qsizetype start = m_pos;
        bool negative = false;
        if (peek() == u'-') {
            negative = true;
            ++m_pos;
        }
        if (!isDigit(peek()) || atEnd())
            fail(Tr::tr("expected a digit"));
        if (peek() == u'0') {
            if (negative)
                failAt(start, Tr::tr("\"-0\" is not an index"));
            ++m_pos;
            if (isDigit(peek()))
                failAt(start, Tr::tr("integers must not have leading zeros"));
            return 0;
        }
        qint64 value = 0;
        while (!atEnd() && isDigit(peek())) {
            value = value * 10 + (peek() - u'0');
            if (value > kMaxSafeInteger)
                failAt(start, Tr::tr("integer out of range (at most 2^53 - 1)"));
            ++m_pos;
        }
        return negative ? -value : value;
    }

    std::string parseString()
    {
        const qsizetype start = m_pos;
        const char16_t quote = peek();
        ++m_pos;
        QString out;
        for (;;) {
            if (atEnd())
                failAt(start, Tr::tr("unterminated string"));
            const char16_t c = peek();
            if (c == quote) {
                ++m_pos;
                return out.toStdString();
            }
            if (c < 0x20)
                fail(Tr::tr("control character in a string; escape it"));
            if (c != u'\\') {
                out.append(QChar(c));
                ++m_pos;
                continue;
            }
            ++m_pos;
            const char16_t e = peek();
            if (atEnd())
                failAt(start, Tr::tr("unterminated string"));
            switch (e) {
            case u'b': out.append(u'\b'); break;
            case u'f': out.append(u'\f'); break;
            case u'n': out.append(u'\n'); break;
            case u'r': out.append(u'\r'); break;
            case u't': out.append(u'\t'); break;
            case u'/': out.append(u'/'); break;
            case u'\\': out.append(u'\\'); break;
            case u'\'':
            case u'"':
                // Only the string's own quote may be escaped (RFC 9535 §2.3.1.1).
                if (e != quote)
                    fail(Tr::tr("invalid escape '\\%1'").arg(QChar(e)));
                out.append(QChar(e));
                break;
            case u'u': {
                ++m_pos;
                const char16_t unit = parseHex4();
                if (QChar::isLowSurrogate(unit))
                    fail(Tr::tr("unpaired surrogate in \\u escape"));
                if (QChar::isHighSurrogate(unit)) {
                    if (peek() != u'\\' || peek(1) != u'u')
                        fail(Tr::tr("unpaired surrogate in \\u escape"));
                    m_pos += 2;
                    const char16_t low = parseHex4();
                    if (!QChar::isLowSurrogate(low))
                        fail(Tr::tr("unpaired surrogate in \\u escape"));
                    out.append(QChar(unit));
                    out.append(QChar(low));
                } else {
                    out.append(QChar(unit));
                }
                continue;  // parseHex4 moved past the digits
            }
            default:
                fail(Tr::tr("invalid escape '\\%1'").arg(QChar(e)));
            }
            ++m_pos;
        }
    }

    char16_t parseHex4()
    {
        char16_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char16_t c = peek();
            int digit = -1;
            if (isDigit(c))
                digit = c - u'0';
            else if (c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0 || atEnd())
                fail(Tr::tr("expected four hexadecimal digits"));
            value = char16_t(value * 16 + digit);
            ++m_pos;
        }
        return value;
    }

    // logical-or-expr = logical-and-expr *(S "||" S logical-and-expr)
    std::unique_ptr<Expr> parseLogical()
    {
        DepthGuard guard(*this);
        auto first = parseAnd();
        skipBlanks();
        if (!(peek() == u'|' && peek(1) == u'|'))
            return first;
        auto expr = std::make_unique<Expr>();
        expr->kind = Expr::Kind::Or;
        expr->children.push_back(std::move(first));
        while (peek() == u'|' && peek(1) == u'|') {
            m_pos += 2;
            skipBlanks();
            expr->children.push_back(parseAnd());
            skipBlanks();
        }
        return expr;
    }

    std::unique_ptr<Expr> parseAnd()
    {
        auto first = parseBasic();
        skipBlanks();
        if (!(peek() == u'&' && peek(1) == u'&'))
            return first;
        auto expr = std::make_unique<Expr>();
        expr->kind = Expr::Kind::And;
        expr->children.push_back(std::move(first));
        while (peek() == u'&' && peek(1) == u'&') {
            m_pos += 2;
            skipBlanks();
            expr->children.push_back(parseBasic());
            skipBlanks();
        }
        return expr;
    }

    std::unique_ptr<Expr> parseParenthesized()
    {
        ++m_pos;  // '('
        skipBlanks();
        auto inner = parseLogical();
        skipBlanks();
        expect(u')');
        return inner;
    }

    // A query or a logical function on its own is a test (existence or result).
    std::unique_ptr<Expr> asTest(std::unique_ptr<Expr> expr, qsizetype at)
    {
        if (expr->kind == Expr::Kind::Path)
            return expr;
        if (expr->kind == Expr::Kind::Function && expr->functionType() == ResultType::Logical)
            return expr;
        if (expr->kind == Expr::Kind::Function)
            failAt(at, Tr::tr("%1() returns a value, not a logical result; compare it").arg(QLatin1String(functionName(expr->function))));
        failAt(at, Tr::tr("a literal on its own is not a test; compare it"));
    }

    std::unique_ptr<Expr> parseBasic()
    {
        DepthGuard guard(*this);
        if (peek() == u'!' && peek(1) != u'=') {
            ++m_pos;
            skipBlanks();
            auto expr = std::make_unique<Expr>();
            expr->kind = Expr::Kind::Not;
            if (peek() == u'(') {
                expr->children.push_back(parseParenthesized());
            } else {
                const qsizetype at = m_pos;
                expr->children.push_back(asTest(parsePrimary(), at));
            }
            return expr;
        }
        if (peek() == u'(')
            return parseParenthesized();

        const qsizetype at = m_pos;
        auto left = parsePrimary();
        const qsizetype save = m_pos;
        skipBlanks();
        std::optional<CompareOp> op;
        const char16_t c0 = peek();
        const char16_t c1 = peek(1);
        if (c0 == u'=' && c1 == u'=') op = CompareOp::Eq;
        else if (c0 == u'!' && c1 == u'=') op = CompareOp::Ne;
        else if (c0 == u'<' && c1 == u'=') op = CompareOp::Le;
        else if (c0 == u'>' && c1 == u'=') op = CompareOp::Ge;
        else if (c0 == u'<') op = CompareOp::Lt;
        else if (c0 == u'>') op = CompareOp::Gt;
        else if (c0 == u'=') fail(Tr::tr("expected '==' to compare"));
        if (!op) {
            m_pos = save;
            return asTest(std::move(left), at);
        }
        m_pos += (*op == CompareOp::Lt || *op == CompareOp::Gt) ? 1 : 2;
        skipBlanks();
        const qsizetype rightAt = m_pos;
        auto right = parsePrimary();
        checkComparable(*left, at);
        checkComparable(*right, rightAt);
        auto expr = std::make_unique<Expr>();
        expr->kind = Expr::Kind::Compare;
        expr->op = *op;
        expr->children.push_back(std::move(left));
        expr->children.push_back(std::move(right));
        return expr;
    }

    void checkComparable(const Expr &expr, qsizetype at) const
    {
        if (expr.comparable())
            return;
        if (expr.kind == Expr::Kind::Path)
            failAt(at, Tr::tr("only singular queries (names and indices) can be compared"));
        failAt(at, Tr::tr("%1() returns a logical result, which cannot be compared").arg(QLatin1String(functionName(expr.function))));
    }

    // literal / filter-query / function-expr
    std::unique_ptr<Expr> parsePrimary()
    {
        DepthGuard guard(*this);
        auto expr = std::make_unique<Expr>();
        const char16_t c = peek();
        if (atEnd())
            fail(Tr::tr("expected a query, a literal or a function call"));
        if (c == u'$' || c == u'@') {
            expr->kind = Expr::Kind::Path;
            expr->query = parseQuery();
            return expr;
        }
        if (c == u'\'' || c == u'"') {
            expr->literal = parseString();
            return expr;
        }
        if (c == u'-' || isDigit(c)) {
            expr->literal = parseNumber();
            return expr;
        }
        if (c >= u'a' && c <= u'z') {
            const qsizetype start = m_pos;
            while (!atEnd() && ((peek() >= u'a' && peek() <= u'z') || peek() == u'_' || isDigit(peek())))
                ++m_pos;
            const QString name = m_s.mid(start, m_pos - start);
            if (peek() != u'(') {
                if (name == u"true")
                    expr->literal = true;
                else if (name == u"false")
                    expr->literal = false;
                else if (name == u"null")
                    expr->literal = nullptr;
                else
                    failAt(start, Tr::tr("unknown name '%1'").arg(name));
                return expr;
            }
            return parseFunction(name, start);
        }
        fail(Tr::tr("expected a query, a literal or a function call"));
    }

    std::unique_ptr<Expr> parseFunction(const QString &name, qsizetype start)
    {
        auto expr = std::make_unique<Expr>();
        expr->kind = Expr::Kind::Function;
        if (name == u"length") expr->function = Function::Length;
        else if (name == u"count") expr->function = Function::Count;
        else if (name == u"match") expr->function = Function::Match;
        else if (name == u"search") expr->function = Function::Search;
        else if (name == u"value") expr->function = Function::Value;
        else failAt(start, Tr::tr("unknown function '%1'").arg(name));

        ++m_pos;  // '('
        skipBlanks();
        std::vector<qsizetype> offsets;
        if (peek() != u')') {
            for (;;) {
                offsets.push_back(m_pos);
                expr->children.push_back(parsePrimary());
                skipBlanks();
                if (peek() != u',' || atEnd())
                    break;
                ++m_pos;
                skipBlanks();
            }
        }
        expect(u')');

        // RFC 9535 §2.4.3: well-typedness is checked when parsing.
        const bool nodesParameter = expr->function == Function::Count || expr->function == Function::Value;
        const std::size_t arity = expr->function == Function::Match || expr->function == Function::Search ? 2 : 1;
        if (expr->children.size() != arity) {
            failAt(start, arity == 1 ? Tr::tr("%1() takes one argument").arg(name)
                                     : Tr::tr("%1() takes two arguments").arg(name));
        }
        for (std::size_t i = 0; i < arity; ++i) {
            const Expr &arg = *expr->children[i];
            if (nodesParameter && arg.kind != Expr::Kind::Path)
                failAt(offsets[i], Tr::tr("the argument of %1() must be a query").arg(name));
            if (!nodesParameter && !arg.comparable())
                failAt(offsets[i], Tr::tr("the arguments of %1() must be single values: literals, singular queries "
                                          "or functions returning a value").arg(name));
        }
        return expr;
    }

    // number = (int / "-0") [ frac ] [ exp ]
    JsonValue parseNumber()
    {
        const qsizetype start = m_pos;
        if (peek() == u'-')
            ++m_pos;
        if (!isDigit(peek()) || atEnd())
            fail(Tr::tr("expected a digit"));
        if (peek() == u'0') {
            ++m_pos;
            if (isDigit(peek()))
                failAt(start, Tr::tr("numbers must not have leading zeros"));
        }
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
        bool integer = true;
        if (peek() == u'.') {
            integer = false;
            ++m_pos;
            if (!isDigit(peek()) || atEnd())
                fail(Tr::tr("expected a digit after '.'"));
            while (!atEnd() && isDigit(peek()))
                ++m_pos;
        }
        if (peek() == u'e' || peek() == u'E') {
            integer = false;
            ++m_pos;
            if (peek() == u'+' || peek() == u'-')
                ++m_pos;
            if (!isDigit(peek()) || atEnd())
                fail(Tr::tr("expected a digit in the exponent"));
            while (!atEnd() && isDigit(peek()))
                ++m_pos;
        }
        const std::string text = m_s.mid(start, m_pos - start).toStdString();
        if (integer && text != "-0") {
            errno = 0;
            char *endPtr = nullptr;
            const long long value = std::strtoll(text.c_str(), &endPtr, 10);
            if (errno == 0)
                return JsonValue(qint64(value));
        }
        return JsonValue(std::strtod(text.c_str(), nullptr));
    }

    const QString &m_s;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

// ---------------------------------------------------------------------------------------
// Evaluation. Documents are walked with explicit stacks; only the query's own nesting
// (bounded by the parser) recurses.

// RFC 9535 §2.3.5.2.2: numbers compare by value, objects regardless of member order.
bool deepEqual(const JsonValue &a, const JsonValue &b)
{
    std::vector<std::pair<const JsonValue *, const JsonValue *>> stack{{&a, &b}};
    while (!stack.empty()) {
        const auto [x, y] = stack.back();
        stack.pop_back();
        if (x->is_number() && y->is_number()) {
            if (!(*x == *y))
                return false;
            continue;
        }
        if (x->type() != y->type())
            return false;
        if (x->is_array()) {
            if (x->size() != y->size())
                return false;
            for (std::size_t i = 0; i < x->size(); ++i)
                stack.emplace_back(&(*x)[i], &(*y)[i]);
        } else if (x->is_object()) {
            if (x->size() != y->size())
                return false;
            for (auto it = x->begin(); it != x->end(); ++it) {
                const auto other = y->find(it.key());
                if (other == y->end())
                    return false;
                stack.emplace_back(&it.value(), &other.value());
            }
        } else if (!(*x == *y)) {
            return false;
        }
    }
    return true;
}

// A value a comparable evaluates to, or Nothing (ptr == nullptr).
struct Operand {
    const JsonValue *ptr = nullptr;       // a node of the document or a literal of the query
    std::optional<JsonValue> owned;       // a computed value (length, count)
    bool nothing() const { return ptr == nullptr && !owned; }
    const JsonValue &get() const { return owned ? *owned : *ptr; }
    static Operand of(JsonValue value)
    {
        Operand operand;
        operand.owned = std::move(value);
        return operand;
    }
};

// Translates an RFC 9485 I-Regexp into PCRE2 syntax, or returns an empty optional when the
// pattern is not an I-Regexp (then match() and search() are false, as §2.4.6 says).
std::optional<QString> translateIRegexp(const QString &pattern)
{
    QString out;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\') {
            if (++i >= pattern.size())
                return std::nullopt;
            const QChar e = pattern.at(i);
            if (e == u'p' || e == u'P') {
                // \p{Lu}: the category must be braced.
                const qsizetype close = pattern.indexOf(u'}', i);
                if (i + 1 >= pattern.size() || pattern.at(i + 1) != u'{' || close < 0)
                    return std::nullopt;
                out += u'\\' + pattern.mid(i, close - i + 1);
                i = close;
                continue;
            }
            static const QString singleEscapes = QStringLiteral("()*+-.?[\\]^{|}");
            if (singleEscapes.contains(e))
                out += u'\\' + QString(e);
            else if (e == u'n')
                out += QStringLiteral("\\n");
            else if (e == u'r')
                out += QStringLiteral("\\r");
            else if (e == u't')
                out += QStringLiteral("\\t");
            else
                return std::nullopt;  // \d, \w, back references: not I-Regexp
            continue;
        }
        if (inClass) {
            if (c == u']')
                inClass = false;
            if (c == u'[')
                out += QStringLiteral("\\[");  // PCRE would read "[:" as a POSIX class
            else
                out += c;
            continue;
        }
        if (c == u'[') {
            inClass = true;
            out += c;
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'^') {
                out += u'^';
                ++i;
            }
            continue;
        }
        if (c == u'.')
            out += QStringLiteral("[^\\n\\r]");  // I-Regexp's dot excludes only line ends
        else if (c == u'^' || c == u'$')
            out += u'\\' + QString(c);           // ordinary characters in I-Regexp
        else if (c == u'(' && i + 1 < pattern.size() && pattern.at(i + 1) == u'?')
            return std::nullopt;                 // no group extensions
        else
            out += c;
    }
    if (inClass)
        return std::nullopt;
    return out;
}

class Evaluator
{
public:
    explicit Evaluator(const JsonValue &root) : m_root(root) {}

    void run(const Query &query, const JsonValue &current, std::vector<JsonPathNode> &out, bool paths)
    {
        std::vector<JsonPathNode> nodes{{std::string(), query.relative ? &current : &m_root}};
        std::vector<JsonPathNode> next;
        for (const Segment &segment : query.segments) {
            next.clear();
            for (const JsonPathNode &node : nodes) {
                if (!segment.descendant) {
                    applySelectors(segment, node, next, paths);
                    continue;
                }
                // Pre-order with an explicit stack: the node first, then its descendants in
                // document order, as §2.5.2.2 lists them.
                std::vector<JsonPathNode> stack{node};
                while (!stack.empty()) {
                    JsonPathNode visited = std::move(stack.back());
                    stack.pop_back();
                    applySelectors(segment, visited, next, paths);
                    const JsonValue &v = *visited.value;
                    if (v.is_array()) {
                        for (std::size_t i = v.size(); i-- > 0;)
                            stack.push_back({paths ? visited.pointer + '/' + std::to_string(i) : std::string(), &v[i]});
                    } else if (v.is_object()) {
                        const std::size_t base = stack.size();
                        for (auto it = v.begin(); it != v.end(); ++it)
                            stack.push_back({paths ? visited.pointer + '/' + escapeJsonPointerToken(it.key()) : std::string(), &it.value()});
                        std::reverse(stack.begin() + std::ptrdiff_t(base), stack.end());
                    }
                }
            }
            nodes.swap(next);
            if (nodes.empty())
                break;
        }
        out.insert(out.end(), std::make_move_iterator(nodes.begin()), std::make_move_iterator(nodes.end()));
    }

private:
    static std::string childPointer(const JsonPathNode &node, const std::string &token, bool paths)
    {
        return paths ? node.pointer + '/' + token : std::string();
    }

    void applySelectors(const Segment &segment, const JsonPathNode &node, std::vector<JsonPathNode> &out, bool paths)
    {
        const JsonValue &v = *node.value;
        for (const Selector &s : segment.selectors) {
            switch (s.kind) {
            case Selector::Kind::Name:
                if (v.is_object()) {
                    const auto it = v.find(s.name);
                    if (it != v.end())
                        out.push_back({childPointer(node, escapeJsonPointerToken(s.name), paths), &it.value()});
                }
                break;
            case Selector::Kind::Wildcard:
                if (v.is_array()) {
                    for (std::size_t i = 0; i < v.size(); ++i)
                        out.push_back({childPointer(node, std::to_string(i), paths), &v[i]});
                } else if (v.is_object()) {
                    for (auto it = v.begin(); it != v.end(); ++it)
                        out.push_back({childPointer(node, escapeJsonPointerToken(it.key()), paths), &it.value()});
                }
                break;
            case Selector::Kind::Index:
                if (v.is_array()) {
                    const qint64 len = qint64(v.size());
                    const qint64 i = s.index >= 0 ? s.index : len + s.index;
                    if (i >= 0 && i < len)
                        out.push_back({childPointer(node, std::to_string(i), paths), &v[std::size_t(i)]});
                }
                break;
            case Selector::Kind::Slice:
                if (v.is_array())
                    applySlice(s, node, out, paths);
                break;
            case Selector::Kind::Filter:
                if (v.is_array()) {
                    for (std::size_t i = 0; i < v.size(); ++i) {
                        if (logical(*s.filter, v[i]))
                            out.push_back({childPointer(node, std::to_string(i), paths), &v[i]});
                    }
                } else if (v.is_object()) {
                    for (auto it = v.begin(); it != v.end(); ++it) {
                        if (logical(*s.filter, it.value()))
                            out.push_back({childPointer(node, escapeJsonPointerToken(it.key()), paths), &it.value()});
                    }
                }
                break;
            }
        }
    }

    // RFC 9535 §2.3.4.2.2. Bounds are clamped before iterating, so a huge step or huge
    // bounds cost one iteration, and all values stay far from overflow (|x| < 2^54).
    static void applySlice(const Selector &s, const JsonPathNode &node, std::vector<JsonPathNode> &out, bool paths)
    {
        const JsonValue &v = *node.value;
        const qint64 len = qint64(v.size());
        const qint64 step = s.step;
        if (step == 0)
            return;
        const auto normalize = [len](qint64 i) { return i >= 0 ? i : len + i; };
        const qint64 start = s.start ? normalize(*s.start) : (step > 0 ? 0 : len - 1);
        const qint64 end = s.end ? normalize(*s.end) : (step > 0 ? len : -len - 1);
        if (step > 0) {
            const qint64 lower = std::min(std::max(start, qint64(0)), len);
            const qint64 upper = std::min(std::max(end, qint64(0)), len);
            for (qint64 i = lower; i < upper; i += step)
                out.push_back({childPointer(node, std::to_string(i), paths), &v[std::size_t(i)]});
        } else {
            const qint64 upper = std::min(std::max(start, qint64(-1)), len - 1);
            const qint64 lower = std::min(std::max(end, qint64(-1)), len - 1);
            for (qint64 i = upper; lower < i; i += step)
                out.push_back({childPointer(node, std::to_string(i), paths), &v[std::size_t(i)]});
        }
    }

    std::vector<JsonPathNode> nodes(const Query &query, const JsonValue &current)
    {
        std::vector<JsonPathNode> result;
        run(query, current, result, false);
        return result;
    }

    Operand value(const Expr &expr, const JsonValue &current)
    {
        switch (expr.kind) {
        case Expr::Kind::Literal: {
            Operand operand;
            operand.ptr = &expr.literal;
            return operand;
        }
        case Expr::Kind::Path: {
            const std::vector<JsonPathNode> found = nodes(*expr.query, current);
            Operand operand;
            if (found.size() == 1)
                operand.ptr = found.front().value;
            return operand;
        }
        case Expr::Kind::Function:
            return callValue(expr, current);
        default:
            return {};
        }
    }

    Operand callValue(const Expr &expr, const JsonValue &current)
    {
        switch (expr.function) {
        case Function::Length: {
            const Operand arg = value(*expr.children[0], current);
            if (arg.nothing())
                return {};
            const JsonValue &v = arg.get();
            if (v.is_string()) {
                // Unicode scalar values: count the bytes that do not continue a UTF-8 sequence.
                qint64 count = 0;
                for (const char byte : v.get_ref<const std::string &>())
                    count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
                return Operand::of(count);
            }
            if (v.is_array() || v.is_object())
                return Operand::of(qint64(v.size()));
            return {};
        }
        case Function::Count:
            return Operand::of(qint64(nodes(*expr.children[0]->query, current).size()));
        case Function::Value: {
            const std::vector<JsonPathNode> found = nodes(*expr.children[0]->query, current);
            Operand operand;
            if (found.size() == 1)
                operand.ptr = found.front().value;
            return operand;
        }
        case Function::Match:
        case Function::Search:
            break;
        }
        return {};
    }

    bool regexTest(const Expr &expr, const JsonValue &current)
    {
        const Operand subject = value(*expr.children[0], current);
        const Operand pattern = value(*expr.children[1], current);
        if (subject.nothing() || pattern.nothing() || !subject.get().is_string() || !pattern.get().is_string())
            return false;
        const bool anchored = expr.function == Function::Match;
        const std::string key = (anchored ? "m" : "s") + pattern.get().get<std::string>();
        auto it = m_regexCache.find(key);
        if (it == m_regexCache.end()) {
            std::optional<QRegularExpression> compiled;
            if (const auto translated = translateIRegexp(QString::fromStdString(pattern.get().get<std::string>()))) {
                QRegularExpression re(anchored ? QRegularExpression::anchoredPattern(*translated) : *translated,
                                      QRegularExpression::UseUnicodePropertiesOption);
                if (re.isValid())
                    compiled = std::move(re);
            }
            it = m_regexCache.emplace(key, std::move(compiled)).first;
        }
        if (!it->second)
            return false;
        return it->second->match(QString::fromStdString(subject.get().get<std::string>())).hasMatch();
    }

    static bool less(const JsonValue &a, const JsonValue &b)
    {
        if (a.is_number() && b.is_number())
            return a < b;
        if (a.is_string() && b.is_string())
            return a.get_ref<const std::string &>() < b.get_ref<const std::string &>();  // UTF-8 order is code point order
        return false;
    }

    static bool equal(const Operand &a, const Operand &b)
    {
        if (a.nothing() || b.nothing())
            return a.nothing() && b.nothing();
        return deepEqual(a.get(), b.get());
    }

    bool compare(const Expr &expr, const JsonValue &current)
    {
        const Operand a = value(*expr.children[0], current);
        const Operand b = value(*expr.children[1], current);
        const auto lessThan = [](const Operand &x, const Operand &y) {
            return !x.nothing() && !y.nothing() && less(x.get(), y.get());
        };
        switch (expr.op) {
        case CompareOp::Eq: return equal(a, b);
        case CompareOp::Ne: return !equal(a, b);
        case CompareOp::Lt: return lessThan(a, b);
        case CompareOp::Le: return lessThan(a, b) || equal(a, b);
        case CompareOp::Gt: return lessThan(b, a);
        case CompareOp::Ge: return lessThan(b, a) || equal(a, b);
        }
        return false;
    }

public:
    bool logical(const Expr &expr, const JsonValue &current)
    {
        switch (expr.kind) {
        case Expr::Kind::Or:
            for (const auto &child : expr.children) {
                if (logical(*child, current))
                    return true;
            }
            return false;
        case Expr::Kind::And:
            for (const auto &child : expr.children) {
                if (!logical(*child, current))
                    return false;
            }
            return true;
        case Expr::Kind::Not:
            return !logical(*expr.children[0], current);
        case Expr::Kind::Compare:
            return compare(expr, current);
        case Expr::Kind::Path:
            return !nodes(*expr.query, current).empty();
        case Expr::Kind::Function:
            return regexTest(expr, current);
        case Expr::Kind::Literal:
            break;
        }
        return false;
    }

private:
    const JsonValue &m_root;
    std::unordered_map<std::string, std::optional<QRegularExpression>> m_regexCache;
};

} // namespace

QString JsonPathError::toString() const
{
    return Tr::tr("%1 at %2").arg(message).arg(offset);
}

JsonPath::JsonPath() = default;
JsonPath::~JsonPath() = default;
JsonPath::JsonPath(JsonPath &&) noexcept = default;
JsonPath &JsonPath::operator=(JsonPath &&) noexcept = default;

JsonPath::JsonPath(std::unique_ptr<Query> query, QString text)
    : m_query(std::move(query))
    , m_text(std::move(text))
{
}

std::optional<JsonPath> JsonPath::parse(const QString &query, JsonPathError *error)
{
    try {
        Parser parser(query);
        return JsonPath(parser.parseTop(), query);
    } catch (const ParseFailure &failure) {
        if (error)
            *error = {failure.offset, failure.message};
        return std::nullopt;
    }
}

std::vector<JsonPathNode> JsonPath::evaluate(const JsonValue &root) const
{
    std::vector<JsonPathNode> result;
    if (m_query) {
        Evaluator evaluator(root);
        evaluator.run(*m_query, root, result, true);
    }
    return result;
}

QString JsonPath::text() const
{
    return m_text;
}

bool JsonPath::isSingular() const
{
    return m_query && m_query->singular();
}

std::vector<JsonPathNode> queryJsonPath(const JsonValue &root, const QString &query, JsonPathError *error)
{
    const std::optional<JsonPath> path = JsonPath::parse(query, error);
    return path ? path->evaluate(root) : std::vector<JsonPathNode>();
}

std::string escapeJsonPointerToken(const std::string &token)
{
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

QString normalizedPathFromPointer(const JsonValue &root, const std::string &pointer)
{
    QString out = QStringLiteral("$");
    const JsonValue *current = &root;
    std::size_t pos = 0;
    while (pos < pointer.size() && current) {
        const std::size_t next = pointer.find('/', pos + 1);
        std::string token = pointer.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
        pos = next == std::string::npos ? pointer.size() : next;
        std::string name;
        for (std::size_t i = 0; i < token.size(); ++i) {
            if (token[i] == '~' && i + 1 < token.size()) {
                name += token[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                name += token[i];
            }
        }
        if (current->is_array()) {
            out += u'[' + QString::fromStdString(name) + u']';
            const std::size_t index = std::strtoull(name.c_str(), nullptr, 10);
            current = index < current->size() ? &(*current)[index] : nullptr;
            continue;
        }
        // §2.7: only ', \ and control characters are escaped, the latter as \b \f \n \r \t or \u00xx.
        QString escaped;
        for (const QChar c : QString::fromStdString(name)) {
            switch (c.unicode()) {
            case u'\b': escaped += QStringLiteral("\\b"); break;
            case u'\f': escaped += QStringLiteral("\\f"); break;
            case u'\n': escaped += QStringLiteral("\\n"); break;
            case u'\r': escaped += QStringLiteral("\\r"); break;
            case u'\t': escaped += QStringLiteral("\\t"); break;
            case u'\'': escaped += QStringLiteral("\\'"); break;
            case u'\\': escaped += QStringLiteral("\\\\"); break;
            default:
                if (c.unicode() < 0x20)
                    escaped += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
                else
                    escaped += c;
            }
        }
        out += QStringLiteral("['") + escaped + QStringLiteral("']");
        if (current->is_object()) {
            const auto it = current->find(name);
            current = it != current->end() ? &it.value() : nullptr;
        } else {
            current = nullptr;
        }
    }
    return out;
}

} // namespace cw
