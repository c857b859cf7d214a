// SPDX-License-Identifier: MIT
#include "models/core/json/jsonpath.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include <QCoreApplication>
#include <QRegularExpression>

#include "models/core/json/iregexp.h"
#include "models/core/json/jsonpathast.h"

namespace cw {

namespace {

using namespace jsonpath;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::JsonPath)
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
                if (segment.descendant)
                    applyDescendant(segment, node, next, paths);
                else
                    applySelectors(segment, *node.value, [&node]() -> const std::string & { return node.pointer; }, next, paths);
            }
            nodes.swap(next);
            if (nodes.empty())
                break;
        }
        out.insert(out.end(), std::make_move_iterator(nodes.begin()), std::make_move_iterator(nodes.end()));
    }

private:
    // Pre-order with an explicit stack: the node first, then its descendants in document
    // order, as RFC 9535 §2.5.2.2 lists them. Pointers of visited nodes are kept as a trail
    // of (parent, token) and spelled out only for nodes that match, so a deep document costs
    // time proportional to its size, not to the sum of its depths.
    void applyDescendant(const Segment &segment, const JsonPathNode &start, std::vector<JsonPathNode> &out, bool paths)
    {
        struct Step {
            const JsonValue *value;
            qsizetype trail;  // index into `trail`; -1 is `start` itself
        };
        std::vector<std::pair<qsizetype, std::string>> trail;
        std::vector<Step> stack{{start.value, -1}};
        while (!stack.empty()) {
            const Step step = stack.back();
            stack.pop_back();
            std::optional<std::string> pointer;
            const auto base = [&]() -> const std::string & {
                if (!pointer) {
                    std::vector<const std::string *> tokens;
                    for (qsizetype i = step.trail; i >= 0; i = trail[std::size_t(i)].first)
                        tokens.push_back(&trail[std::size_t(i)].second);
                    pointer = start.pointer;
                    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it)
                        *pointer += '/' + **it;
                }
                return *pointer;
            };
            applySelectors(segment, *step.value, base, out, paths);
            const JsonValue &v = *step.value;
            const auto push = [&](const JsonValue *child, std::string token) {
                qsizetype index = -1;
                if (paths) {
                    trail.emplace_back(step.trail, std::move(token));
                    index = qsizetype(trail.size()) - 1;
                }
                stack.push_back({child, index});
            };
            const std::size_t first = stack.size();
            if (v.is_array()) {
                for (std::size_t i = 0; i < v.size(); ++i)
                    push(&v[i], paths ? std::to_string(i) : std::string());
            } else if (v.is_object()) {
                for (auto it = v.begin(); it != v.end(); ++it)
                    push(&it.value(), paths ? escapeJsonPointerToken(it.key()) : std::string());
            }
            std::reverse(stack.begin() + std::ptrdiff_t(first), stack.end());
        }
    }

    template <typename BasePointer>
    static std::string childPointer(const BasePointer &base, const std::string &token, bool paths)
    {
        return paths ? base() + '/' + token : std::string();
    }

    template <typename BasePointer>
    void applySelectors(const Segment &segment, const JsonValue &v, const BasePointer &node, std::vector<JsonPathNode> &out,
                        bool paths)
    {
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
                    applySlice(s, v, node, out, paths);
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
    template <typename BasePointer>
    static void applySlice(const Selector &s, const JsonValue &v, const BasePointer &node, std::vector<JsonPathNode> &out,
                           bool paths)
    {
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
            if (const auto translated = iregexpToPcre(QString::fromStdString(pattern.get().get<std::string>()))) {
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
        return JsonPath(jsonpath::parseQuery(query), query);
    } catch (const jsonpath::ParseFailure &failure) {
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
