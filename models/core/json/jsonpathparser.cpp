// SPDX-License-Identifier: MIT
// The JSONPath parser: recursive descent over the RFC 9535 ABNF. Recursion is bounded by
// JsonPath::kMaxNesting, so a hostile query cannot exhaust the stack.
#include "models/core/json/jsonpathast.h"

#include <cerrno>
#include <cstdlib>

#include <QCoreApplication>

namespace cw::jsonpath {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::JsonPath)
};

// RFC 9535 §2.1: indices and slice bounds are I-JSON integers.
constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

class Parser
{
public:
    explicit Parser(const QString &text) : m_s(text) {}

    std::unique_ptr<Query> parseTop()
    {
        if (peek() != u'$')
            fail(Tr::tr("expected '$'"));  // '@' is only meaningful inside a filter
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

    // lupdate loses the class scope at a std:: return type, so these name their context.
    std::string parseString()
    {
        const qsizetype start = m_pos;
        const char16_t quote = peek();
        ++m_pos;
        QString out;
        for (;;) {
            if (atEnd())
                failAt(start, QCoreApplication::translate("cw::JsonPath", "unterminated string"));
            const char16_t c = peek();
            if (c == quote) {
                ++m_pos;
                return out.toStdString();
            }
            if (c < 0x20)
                fail(QCoreApplication::translate("cw::JsonPath", "control character in a string; escape it"));
            if (c != u'\\') {
                out.append(QChar(c));
                ++m_pos;
                continue;
            }
            ++m_pos;
            const char16_t e = peek();
            if (atEnd())
                failAt(start, QCoreApplication::translate("cw::JsonPath", "unterminated string"));
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
                    fail(QCoreApplication::translate("cw::JsonPath", "invalid escape '\\%1'").arg(QChar(e)));
                out.append(QChar(e));
                break;
            case u'u': {
                ++m_pos;
                const char16_t unit = parseHex4();
                if (QChar::isLowSurrogate(unit))
                    fail(QCoreApplication::translate("cw::JsonPath", "unpaired surrogate in \\u escape"));
                if (QChar::isHighSurrogate(unit)) {
                    if (peek() != u'\\' || peek(1) != u'u')
                        fail(QCoreApplication::translate("cw::JsonPath", "unpaired surrogate in \\u escape"));
                    m_pos += 2;
                    const char16_t low = parseHex4();
                    if (!QChar::isLowSurrogate(low))
                        fail(QCoreApplication::translate("cw::JsonPath", "unpaired surrogate in \\u escape"));
                    out.append(QChar(unit));
                    out.append(QChar(low));
                } else {
                    out.append(QChar(unit));
                }
                continue;  // parseHex4 moved past the digits
            }
            default:
                fail(QCoreApplication::translate("cw::JsonPath", "invalid escape '\\%1'").arg(QChar(e)));
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


} // namespace

std::unique_ptr<Query> parseQuery(const QString &text)
{
    Parser parser(text);
    return parser.parseTop();
}

} // namespace cw::jsonpath
