// SPDX-License-Identifier: MIT
#include "models/core/json/jsondocument.h"

#include <vector>

#include <simdjson.h>

namespace cw {

namespace {

// From simdjson's DOM into a JsonValue. Containers are reserved at their size, and a key
// seen twice keeps its first place with the last value, as nlohmann's parser does. The
// recursion is bounded by simdjson's own depth limit.
void convert(simdjson::dom::element element, JsonValue &out)
{
    using Type = simdjson::dom::element_type;
    switch (element.type()) {
    case Type::OBJECT: {
        out = JsonValue(JsonValue::value_t::object);
        auto &object = out.get_ref<JsonValue::object_t &>();
        const simdjson::dom::object members = element.get_object().value_unsafe();
        object.reserve(members.size());
        for (const simdjson::dom::key_value_pair member : members) {
            JsonValue *slot = nullptr;
            for (auto &existing : object) {
                if (existing.first.size() == member.key.size() && existing.first == member.key) {
                    slot = &existing.second;
                    break;
                }
            }
            if (!slot) {
                object.emplace_back(std::string(member.key), nullptr);
                slot = &object.back().second;
            }
            convert(member.value, *slot);
        }
        return;
    }
    case Type::ARRAY: {
        out = JsonValue(JsonValue::value_t::array);
        auto &array = out.get_ref<JsonValue::array_t &>();
        const simdjson::dom::array items = element.get_array().value_unsafe();
        array.reserve(items.size());
        for (const simdjson::dom::element item : items) {
            array.emplace_back();
            convert(item, array.back());
        }
        return;
    }
    case Type::STRING: out = std::string(element.get_string().value_unsafe()); return;
    case Type::INT64: {
        // nlohmann keeps non-negative integers as unsigned; so does this, for the same value.
        const std::int64_t number = element.get_int64().value_unsafe();
        if (number >= 0)
            out = std::uint64_t(number);
        else
            out = number;
        return;
    }
    case Type::UINT64: out = element.get_uint64().value_unsafe(); return;
    case Type::DOUBLE: out = element.get_double().value_unsafe(); return;
    case Type::BOOL: out = element.get_bool().value_unsafe(); return;
    case Type::NULL_VALUE: out = nullptr; return;
    }
}

// simdjson's parse, or nullopt where nlohmann must decide (errors, and what simdjson reads
// otherwise). Its parser keeps buffers the size of the largest document it parsed, so each
// thread keeps one for page-sized documents and larger ones get a parser of their own.
// "-0" is the one number simdjson reads as nlohmann does not (0 rather than nlohmann's signed
// integer 0): a document that may hold one is left to nlohmann. A "-0" inside a string only
// costs the fast path.
bool mayHoldMinusZero(std::string_view text)
{
    for (std::size_t at = text.find("-0"); at != std::string_view::npos; at = text.find("-0", at + 2)) {
        const char next = at + 2 < text.size() ? text[at + 2] : ' ';
        if (next == ',' || next == ']' || next == '}' || next == ' ' || next == '\t' || next == '\n' || next == '\r')
            return true;
    }
    return false;
}

std::optional<JsonValue> parseWithSimdjson(std::string_view text, std::size_t capacity)
{
    if (mayHoldMinusZero(text))
        return std::nullopt;
    constexpr std::size_t kKeptParserLimit = 8 * 1024 * 1024;
    thread_local simdjson::dom::parser kept;
    std::optional<simdjson::dom::parser> own;
    simdjson::dom::parser &parser = text.size() <= kKeptParserLimit ? kept : own.emplace();
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: a buffer with that much
    // room is parsed where it is, any other is copied first.
    const bool padded = capacity >= text.size() + simdjson::SIMDJSON_PADDING;
    simdjson::dom::element root;
    if (parser.parse(text.data(), text.size(), !padded).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    JsonValue value;
    convert(root, value);
    return value;
}

// A SAX handler that builds the DOM itself. nlohmann's own DOM builder inserts object keys
// through ordered_map::operator[], which grows each object's vector one step at a time.
class DomBuilder
{
public:
    using number_integer_t = JsonValue::number_integer_t;
    using number_unsigned_t = JsonValue::number_unsigned_t;
    using number_float_t = JsonValue::number_float_t;
    using string_t = JsonValue::string_t;
    using binary_t = JsonValue::binary_t;
    using object_t = JsonValue::object_t;
    using array_t = JsonValue::array_t;

    explicit DomBuilder(JsonValue &root) : m_root(root) {}

    bool null() { return put(nullptr); }
    bool boolean(bool value) { return put(value); }
    bool number_integer(number_integer_t value) { return put(value); }
    bool number_unsigned(number_unsigned_t value) { return put(value); }
    bool number_float(number_float_t value, const string_t &) { return put(value); }
    bool string(string_t &value) { return put(std::move(value)); }
    bool binary(binary_t &value) { return put(JsonValue::binary(std::move(value))); }

    bool start_object(std::size_t)
    {
        JsonValue *object = open(JsonValue::value_t::object);
        object->get_ref<object_t &>().reserve(hint(m_objectHints));
        return true;
    }
    bool key(string_t &name)
    {
        object_t &object = m_stack.back()->get_ref<object_t &>();
        // The last of duplicate keys wins, in the first one's place, as JsonValue::parse() does.
        for (auto &member : object) {
            if (member.first == name) {
                m_slot = &member.second;
                *m_slot = nullptr;
                return true;
            }
        }
        object.emplace_back(std::move(name), nullptr);
        m_slot = &object.back().second;
        return true;
    }
    bool end_object() { return close(m_objectHints, m_stack.back()->get_ref<object_t &>().size()); }

    bool start_array(std::size_t)
    {
        JsonValue *array = open(JsonValue::value_t::array);
        array->get_ref<array_t &>().reserve(hint(m_arrayHints));
        return true;
    }
    bool end_array() { return close(m_arrayHints, m_stack.back()->get_ref<array_t &>().size()); }

    bool parse_error(std::size_t byte, const std::string &, const nlohmann::detail::exception &e)
    {
        m_error.byte = byte;
        m_error.message = e.what();
        return false;
    }

    const JsonDocumentError &error() const { return m_error; }

private:
    // Where the next value goes: the root, the end of the open array, or the slot of the
    // last key. Pointers into a container stay valid while a child is built: its parent
    // only grows again after the child is closed.
    JsonValue *slot()
    {
        if (m_stack.empty())
            return &m_root;
        JsonValue &top = *m_stack.back();
        if (top.is_array()) {
            array_t &array = top.get_ref<array_t &>();
            array.emplace_back();
            return &array.back();
        }
        return m_slot;
    }
    template<typename Value> bool put(Value &&value)
    {
        *slot() = JsonValue(std::forward<Value>(value));
        return true;
    }
    JsonValue *open(JsonValue::value_t type)
    {
        JsonValue *value = slot();
        *value = JsonValue(type);
        m_stack.push_back(value);
        return value;
    }
    std::size_t hint(const std::vector<std::size_t> &hints) const
    {
        // Capped, so that one huge container does not make every later one reserve as much.
        const std::size_t depth = m_stack.size() - 1;
        return depth < hints.size() ? std::min<std::size_t>(hints[depth], 4096) : 0;
    }
    bool close(std::vector<std::size_t> &hints, std::size_t size)
    {
        const std::size_t depth = m_stack.size() - 1;
        if (depth >= hints.size())
            hints.resize(depth + 1, 0);
        hints[depth] = size;
        m_stack.pop_back();
        return true;
    }

    JsonValue &m_root;
    std::vector<JsonValue *> m_stack;
    JsonValue *m_slot = nullptr;
    std::vector<std::size_t> m_objectHints;
    std::vector<std::size_t> m_arrayHints;
    JsonDocumentError m_error;
};

} // namespace

std::optional<JsonValue> parseJsonDocument(std::string_view text, JsonDocumentError *error, std::size_t capacity)
{
    if (std::optional<JsonValue> fast = parseWithSimdjson(text, capacity))
        return fast;
    JsonValue root;
    DomBuilder builder(root);
    bool ok = false;
    try {
        ok = JsonValue::sax_parse(text.begin(), text.end(), &builder);
    } catch (const JsonValue::exception &e) {
        // sax_parse reports through parse_error(); this is for anything it throws regardless.
        if (error)
            *error = {0, e.what()};
        return std::nullopt;
    }
    if (!ok) {
        if (error)
            *error = builder.error();
        return std::nullopt;
    }
    return root;
}

} // namespace cw
