// SPDX-License-Identifier: MIT
#include "models/core/project/projectfile.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include "models/core/project/projectvalidator.h"

namespace cw {

using namespace Qt::StringLiterals;
using Problem = ProjectFile::Problem;
using Severity = ProjectFile::Problem::Severity;

namespace {

// ordered_json keeps the file's key order when reading (problems come out in file order)
// and our fixed order when writing.
using Json = nlohmann::ordered_json;

QString quoted(const QString &text) { return u'"' + text + u'"'; }
QString child(const QString &pointer, QLatin1StringView key) { return pointer + u'/' + key; }
QString item(const QString &pointer, qsizetype index) { return pointer + u'/' + QString::number(index); }

// Keys found in a file are not ours, so they may need RFC 6901 escaping.
QString escapeToken(QString key)
{
    key.replace(u'~', u"~0"_s);
    key.replace(u'/', u"~1"_s);
    return key;
}

QString jsonTypeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null: return u"null"_s;
    case Json::value_t::object: return u"an object"_s;
    case Json::value_t::array: return u"an array"_s;
    case Json::value_t::string: return u"a string"_s;
    case Json::value_t::boolean: return u"a boolean"_s;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return u"a whole number"_s;
    case Json::value_t::number_float: return u"a decimal number"_s;
    default: return u"an unsupported value"_s;
    }
}

// nlohmann reports positions in bytes; people count characters, so the column counts
// UTF-8 sequences (continuation bytes are skipped).
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const qsizetype lineStart = offset == 0 ? 0 : bytes.lastIndexOf('\n', offset - 1) + 1;
    const qsizetype line = bytes.left(offset).count('\n') + 1;
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(bytes[i]) & 0xC0) != 0x80)
            ++column;
    }
    return u"line %1, column %2"_s.arg(line).arg(column);
}

/// Offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype invalidUtf8Offset(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const uchar c = data[i];
        int length = 0;
        uint codePoint = 0;
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xC2 && c <= 0xDF) { length = 2; codePoint = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { length = 3; codePoint = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { length = 4; codePoint = c & 0x07; }
        else return i;
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if ((length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000)
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
            return i;
        i += length;
    }
    return -1;
}

// ---- Enumerations: the spellings live in project.cpp; here only what messages need.

template<typename E> struct EnumInfo;
template<> struct EnumInfo<AuthType> {
    static constexpr const char *what = "an authentication type";
    static constexpr std::array values{AuthType::None, AuthType::ApiKey, AuthType::Bearer, AuthType::Basic,
                                       AuthType::OAuth2ClientCredentials};
    static std::optional<AuthType> fromString(const QString &text) { return authTypeFromString(text); }
};
template<> struct EnumInfo<PaginationType> {
    static constexpr const char *what = "a pagination type";
    static constexpr std::array values{PaginationType::None, PaginationType::OffsetLimit, PaginationType::PageNumber,
                                       PaginationType::CursorToken, PaginationType::NextUrl, PaginationType::LinkHeader};
    static std::optional<PaginationType> fromString(const QString &text) { return paginationTypeFromString(text); }
};
template<> struct EnumInfo<NestedMode> {
    static constexpr const char *what = "a nested mode";
    static constexpr std::array values{NestedMode::Flatten, NestedMode::JsonColumn, NestedMode::ChildTable};
    static std::optional<NestedMode> fromString(const QString &text) { return nestedModeFromString(text); }
};
template<> struct EnumInfo<FivetranType> {
    static constexpr const char *what = "a Fivetran type";
    // Unspecified is written by leaving "type" out, so "" is not accepted in the file.
    static constexpr std::array values{FivetranType::Boolean, FivetranType::Short, FivetranType::Int,
        FivetranType::Long, FivetranType::Decimal, FivetranType::Float, FivetranType::Double,
        FivetranType::NaiveDate, FivetranType::NaiveDateTime, FivetranType::UtcDateTime, FivetranType::Binary,
        FivetranType::Xml, FivetranType::String, FivetranType::Json};
    static std::optional<FivetranType> fromString(const QString &text) { return fivetranTypeFromString(text); }
};

template<typename E>
QStringList enumNames()
{
    QStringList names;
    for (E value : EnumInfo<E>::values)
        names.append(toString(value));
    return names;
}

// ---- Field lists, shared by reader and writer so that they cannot disagree.

template<typename T> struct Tag {};

/// IfChanged: written only when it differs from the default. Always: written anyway, for
/// the keys that identify an item and the first key of an optional object.
enum class Write { IfChanged, Always };

template<typename Io> void describe(Io &io, Tag<Project>)
{
    io.string("name", &Project::name, Write::Always);
    io.string("description", &Project::description);
    io.object("connection", &Project::connection, Write::Always);
    io.list("configuration", &Project::configuration, Write::Always);
    io.list("streams", &Project::streams, Write::Always);
}
template<typename Io> void describe(Io &io, Tag<Connection>)
{
    io.string("baseUrl", &Connection::baseUrl, Write::Always);
    io.list("headers", &Connection::headers);
    io.object("auth", &Connection::auth);
    io.boolean("verifyTls", &Connection::verifyTls);
}
template<typename Io> void describe(Io &io, Tag<Header>)
{
    io.string("name", &Header::name, Write::Always);
    io.string("value", &Header::value, Write::Always);
}
template<typename Io> void describe(Io &io, Tag<Auth>)
{
    io.enumeration("type", &Auth::type, Write::Always);
    io.string("apiKeyName", &Auth::apiKeyName);
    io.string("apiKeyIn", &Auth::apiKeyIn);
    io.string("apiKeyValue", &Auth::apiKeyValue);
    io.string("token", &Auth::token);
    io.string("username", &Auth::username);
    io.string("password", &Auth::password);
    io.string("tokenUrl", &Auth::tokenUrl);
    io.string("clientId", &Auth::clientId);
    io.string("clientSecret", &Auth::clientSecret);
    io.string("scopes", &Auth::scopes);
}
template<typename Io> void describe(Io &io, Tag<ConfigurationField>)
{
    io.string("key", &ConfigurationField::key, Write::Always);
    io.string("label", &ConfigurationField::label);
    io.string("description", &ConfigurationField::description);
    io.boolean("secret", &ConfigurationField::secret);
    io.boolean("required", &ConfigurationField::required);
    io.string("default", &ConfigurationField::defaultValue);
}
template<typename Io> void describe(Io &io, Tag<Stream>)
{
    io.string("name", &Stream::name, Write::Always);
    io.string("group", &Stream::group);
    io.string("description", &Stream::description);
    io.object("request", &Stream::request, Write::Always);
    io.string("recordsPath", &Stream::recordsPath);
    io.object("pagination", &Stream::pagination);
    io.object("incremental", &Stream::incremental);
    io.object("parent", &Stream::parent);
    io.object("table", &Stream::table);
    io.object("deletions", &Stream::deletions);
}
template<typename Io> void describe(Io &io, Tag<Deletions>)
{
    io.string("path", &Deletions::path, Write::Always);
    io.list("parameters", &Deletions::parameters);
    io.string("recordsPath", &Deletions::recordsPath);
    io.stringList("keyPaths", &Deletions::keyPaths);
    io.object("incremental", &Deletions::incremental);
    io.object("pagination", &Deletions::pagination);
}
template<typename Io> void describe(Io &io, Tag<Request>)
{
    io.string("method", &Request::method, Write::Always);
    io.string("path", &Request::path, Write::Always);
    io.list("parameters", &Request::parameters);
    io.string("body", &Request::body);
}
template<typename Io> void describe(Io &io, Tag<Parameter>)
{
    io.string("name", &Parameter::name, Write::Always);
    io.string("in", &Parameter::in, Write::Always);
    io.string("value", &Parameter::value);
    io.string("description", &Parameter::description);
    io.boolean("required", &Parameter::required);
    io.stringList("enum", &Parameter::enumValues);
}
template<typename Io> void describe(Io &io, Tag<Pagination>)
{
    io.enumeration("type", &Pagination::type, Write::Always);
    io.integer("pageSize", &Pagination::pageSize);
    io.string("limitParam", &Pagination::limitParam);
    io.string("offsetParam", &Pagination::offsetParam);
    io.string("pageParam", &Pagination::pageParam);
    io.integer("firstPage", &Pagination::firstPage);
    io.string("cursorParam", &Pagination::cursorParam);
    io.string("cursorPath", &Pagination::cursorPath);
    io.string("cursorHeader", &Pagination::cursorHeader);
    io.string("lastRecordCursorPath", &Pagination::lastRecordCursorPath);
    io.string("hasMorePath", &Pagination::hasMorePath);
    io.string("totalPath", &Pagination::totalPath);
    io.string("totalPagesPath", &Pagination::totalPagesPath);
    io.string("nextUrlPath", &Pagination::nextUrlPath);
    io.integer("maxPages", &Pagination::maxPages);
}
template<typename Io> void describe(Io &io, Tag<Incremental>)
{
    io.string("cursorField", &Incremental::cursorField, Write::Always);
    io.string("requestParam", &Incremental::requestParam);
    io.string("format", &Incremental::format);
    io.string("startConfigKey", &Incremental::startConfigKey);
    io.integer("lookbackSeconds", &Incremental::lookbackSeconds);
}
template<typename Io> void describe(Io &io, Tag<ParentLink>)
{
    io.string("stream", &ParentLink::stream, Write::Always);
    io.string("parentField", &ParentLink::parentField);
    io.string("pathParameter", &ParentLink::pathParameter);
}
template<typename Io> void describe(Io &io, Tag<TableMapping>)
{
    io.string("name", &TableMapping::name, Write::Always);
    io.stringList("primaryKey", &TableMapping::primaryKey);
    io.integer("flattenDepth", &TableMapping::flattenDepth);
    io.list("columns", &TableMapping::columns);
    io.list("nested", &TableMapping::nested);
}
template<typename Io> void describe(Io &io, Tag<ColumnMapping>)
{
    io.string("name", &ColumnMapping::name, Write::Always);
    io.string("path", &ColumnMapping::path, Write::Always);
    io.enumeration("type", &ColumnMapping::type);
    io.integer("precision", &ColumnMapping::precision);
    io.integer("scale", &ColumnMapping::scale);
    io.boolean("include", &ColumnMapping::include);
}
template<typename Io> void describe(Io &io, Tag<NestedMapping>)
{
    io.string("path", &NestedMapping::path, Write::Always);
    io.enumeration("mode", &NestedMapping::mode, Write::Always);
    io.string("tableName", &NestedMapping::tableName);
}

// ---- Reading

struct Context {
    QList<Problem> problems;
    void error(const QString &pointer, const QString &message) { problems.append({Severity::Error, pointer, message}); }
    void warning(const QString &pointer, const QString &message) { problems.append({Severity::Warning, pointer, message}); }
};

template<typename T> void readObject(Context &context, const Json &object, const QString &pointer, T &out);

/// Reads the keys of one JSON object into a value type. A value of the wrong JSON type is
/// reported and leaves the default, so that reading can go on and find further problems.
template<typename T>
class ObjectReader final
{
public:
    ObjectReader(Context &context, const Json &object, const QString &pointer, T &out)
        : m_context(context), m_object(object), m_pointer(pointer), m_out(out) {}

    void string(const char *key, QString T::*member, Write = Write::IfChanged)
    {
        if (const Json *value = find(key)) {
            if (value->is_string())
                m_out.*member = QString::fromStdString(value->get_ref<const std::string &>());
            else
                typeError(key, *value, u"a string"_s);
        }
    }
    void boolean(const char *key, bool T::*member, Write = Write::IfChanged)
    {
        if (const Json *value = find(key)) {
            if (value->is_boolean())
                m_out.*member = value->get<bool>();
            else
                typeError(key, *value, u"true or false"_s);
        }
    }
    void integer(const char *key, int T::*member, Write = Write::IfChanged)
    {
        const Json *value = find(key);
        if (!value)
            return;
        if (!value->is_number_integer())
            return typeError(key, *value, u"a whole number"_s);
        const bool fits = value->is_number_unsigned() ? value->get<std::uint64_t>() <= std::uint64_t(INT_MAX)
                                                      : value->get<std::int64_t>() >= INT_MIN && value->get<std::int64_t>() <= INT_MAX;
        if (fits)
            m_out.*member = int(value->get<std::int64_t>());
        else
            m_context.error(child(m_pointer, QLatin1StringView(key)), u"%1 is out of range (%2); the largest allowed value is %3."_s
                                .arg(quoted(QLatin1StringView(key)), QString::fromStdString(value->dump())).arg(INT_MAX));
    }
    void stringList(const char *key, QStringList T::*member, Write = Write::IfChanged)
    {
        const Json *value = find(key);
        if (!value)
            return;
        if (!value->is_array())
            return typeError(key, *value, u"an array of strings"_s);
        QStringList list;
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json &entry = (*value)[i];
            if (entry.is_string())
                list.append(QString::fromStdString(entry.get<std::string>()));
            else
                itemTypeError(key, i, entry, u"a string"_s);
        }
        m_out.*member = list;
    }
    template<typename E> void enumeration(const char *key, E T::*member, Write = Write::IfChanged)
    {
        const Json *value = find(key);
        if (!value)
            return;
        if (!value->is_string())
            return typeError(key, *value, u"a string"_s);
        const QString text = QString::fromStdString(value->get<std::string>());
        const std::optional<E> parsed = EnumInfo<E>::fromString(text);
        const auto &values = EnumInfo<E>::values;
        if (parsed && std::find(values.begin(), values.end(), *parsed) != values.end()) {
            m_out.*member = *parsed;
            return;
        }
        const QStringList names = enumNames<E>();
        m_context.error(child(m_pointer, QLatin1StringView(key)),
                        u"%1 is not %2; expected one of %3.%4"_s.arg(quoted(text), QLatin1StringView(EnumInfo<E>::what),
                                                                  names.join(u", "_s), ProjectValidator::didYouMean(text, names)));
    }
    template<typename U> void object(const char *key, U T::*member, Write = Write::IfChanged)
    {
        if (const Json *value = find(key)) {
            if (value->is_object())
                readObject(m_context, *value, child(m_pointer, QLatin1StringView(key)), m_out.*member);
            else
                typeError(key, *value, u"an object"_s);
        }
    }
    template<typename U> void list(const char *key, QList<U> T::*member, Write = Write::IfChanged)
    {
        const Json *value = find(key);
        if (!value)
            return;
        if (!value->is_array())
            return typeError(key, *value, u"an array"_s);
        // Every entry gets a slot, even a broken one, so that the indices in later
        // problems are the indices in the file.
        QList<U> items(qsizetype(value->size()));
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json &entry = (*value)[i];
            if (entry.is_object())
                readObject(m_context, entry, item(child(m_pointer, QLatin1StringView(key)), qsizetype(i)), items[qsizetype(i)]);
            else
                itemTypeError(key, i, entry, u"an object"_s);
        }
        m_out.*member = items;
    }

    void markKnown(const char *key) { m_known.append(QString::fromLatin1(key)); }

    /// Unknown keys are only warnings, but each is named so that a typo does not pass silently.
    void reportUnknownKeys()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!m_known.contains(key))
                m_context.warning(m_pointer + u'/' + escapeToken(key),
                                  u"Unknown key %1 is ignored.%2"_s.arg(quoted(key), ProjectValidator::didYouMean(key, m_known)));
        }
    }

private:
    const Json *find(const char *key)
    {
        markKnown(key);
        const auto it = m_object.find(key);
        return it == m_object.end() ? nullptr : &*it;
    }
    void typeError(const char *key, const Json &value, const QString &expected)
    {
        m_context.error(child(m_pointer, QLatin1StringView(key)),
                        u"%1 must be %2, not %3."_s.arg(quoted(QLatin1StringView(key)), expected, jsonTypeName(value)));
    }
    void itemTypeError(const char *key, std::size_t index, const Json &value, const QString &expected)
    {
        m_context.error(item(child(m_pointer, QLatin1StringView(key)), qsizetype(index)),
                        u"Each item of %1 must be %2, not %3."_s.arg(quoted(QLatin1StringView(key)), expected, jsonTypeName(value)));
    }

    Context &m_context;
    const Json &m_object;
    QString m_pointer;
    T &m_out;
    QStringList m_known;
};

template<typename T> void readObject(Context &context, const Json &object, const QString &pointer, T &out)
{
    ObjectReader<T> reader(context, object, pointer, out);
    describe(reader, Tag<T>{});
    reader.reportUnknownKeys();
}

/// nlohmann keeps the last of two equal keys; a merge can leave such a pair behind, and
/// silently dropping one would lose data, so the parse callback records them.
class DuplicateKeyFinder final
{
public:
    bool operator()(int, nlohmann::detail::parse_event_t event, Json &parsed)
    {
        using Event = nlohmann::detail::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            enterChild();
            m_frames.push_back(Frame{event == Event::array_start, 0, {}, {}});
            break;
        case Event::key: {
            Frame &frame = m_frames.back();
            frame.key = parsed.get<std::string>();
            if (!frame.keys.insert(frame.key).second)
                m_duplicates.append({pointer(), QString::fromStdString(frame.key)});
            break;
        }
        case Event::value:
            enterChild();
            break;
        case Event::object_end:
        case Event::array_end:
            m_frames.pop_back();
            break;
        }
        return true;
    }
    struct Duplicate {
        QString pointer;
        QString key;
    };
    const QList<Duplicate> &duplicates() const { return m_duplicates; }

private:
    struct Frame {
        bool isArray = false;
        qsizetype children = 0;
        std::string key;
        std::set<std::string> keys;
    };
    void enterChild()
    {
        if (!m_frames.empty() && m_frames.back().isArray)
            ++m_frames.back().children;
    }
    QString pointer() const
    {
        QString result;
        for (const Frame &frame : m_frames) {
            result += u'/';
            result += frame.isArray ? QString::number(frame.children - 1) : escapeToken(QString::fromStdString(frame.key));
        }
        return result;
    }
    std::vector<Frame> m_frames;
    QList<Duplicate> m_duplicates;
};

// ---- Writing

template<typename T> Json writeObject(const T &value);

template<typename T>
class ObjectWriter final
{
public:
    ObjectWriter(const T &in, Json &out) : m_in(in), m_out(out) {}

    void string(const char *key, QString T::*member, Write write = Write::IfChanged)
    {
        if (wanted(member, write))
            m_out[key] = (m_in.*member).toStdString();
    }
    void boolean(const char *key, bool T::*member, Write write = Write::IfChanged)
    {
        if (wanted(member, write))
            m_out[key] = m_in.*member;
    }
    void integer(const char *key, int T::*member, Write write = Write::IfChanged)
    {
        if (wanted(member, write))
            m_out[key] = m_in.*member;
    }
    void stringList(const char *key, QStringList T::*member, Write write = Write::IfChanged)
    {
        if (!wanted(member, write))
            return;
        Json array = Json::array();
        for (const QString &entry : m_in.*member)
            array.push_back(entry.toStdString());
        m_out[key] = std::move(array);
    }
    template<typename E> void enumeration(const char *key, E T::*member, Write write = Write::IfChanged)
    {
        if (wanted(member, write))
            m_out[key] = toString(m_in.*member).toStdString();
    }
    template<typename U> void object(const char *key, U T::*member, Write write = Write::IfChanged)
    {
        if (wanted(member, write))
            m_out[key] = writeObject(m_in.*member);
    }
    template<typename U> void list(const char *key, QList<U> T::*member, Write write = Write::IfChanged)
    {
        if (!wanted(member, write))
            return;
        Json array = Json::array();
        for (const U &entry : m_in.*member)
            array.push_back(writeObject(entry));
        m_out[key] = std::move(array);
    }

private:
    template<typename M> bool wanted(M T::*member, Write write) const
    {
        static const T defaults{};
        return write == Write::Always || !(m_in.*member == defaults.*member);
    }

    const T &m_in;
    Json &m_out;
};

template<typename T> Json writeObject(const T &value)
{
    Json object = Json::object();
    ObjectWriter<T> writer(value, object);
    describe(writer, Tag<T>{});
    return object;
}

ProjectFile::LoadResult failure(const QString &pointer, const QString &message)
{
    ProjectFile::LoadResult result;
    result.problems.append({Severity::Error, pointer, message});
    return result;
}

} // namespace

QString ProjectFile::Problem::toString() const
{
    return pointer.isEmpty() ? message : pointer + u": "_s + message;
}

bool ProjectFile::LoadResult::hasErrors() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
}

ProjectFile::LoadResult ProjectFile::parse(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return failure(QString(), u"The file is empty; a project file holds one JSON object."_s);
    if (const qsizetype bad = invalidUtf8Offset(json); bad >= 0)
        return failure(QString(), u"The file is not valid UTF-8 text (%1, byte %2); save it as UTF-8."_s.arg(lineAndColumn(json, bad)).arg(bad + 1));

    Json root;
    DuplicateKeyFinder duplicates;
    try {
        root = Json::parse(json.constBegin(), json.constEnd(),
                           [&duplicates](int depth, nlohmann::detail::parse_event_t event, Json &parsed) {
                               return duplicates(depth, event, parsed);
                           });
    } catch (const Json::parse_error &e) {
        // e.what() is "[json.exception.parse_error.101] parse error at line 1, column 7: <detail>";
        // keep the detail and compute the position ourselves, because nlohmann counts columns
        // in bytes. e.byte is the 1-based offset of the last byte it read.
        QString detail = QString::fromUtf8(e.what());
        const qsizetype colon = detail.indexOf(u": "_s);
        detail = colon >= 0 ? detail.mid(colon + 2) : detail;
        if (detail.endsWith(u'.'))
            detail.chop(1);
        return failure(QString(), u"The file is not valid JSON at %1: %2."_s.arg(lineAndColumn(json, qsizetype(e.byte) - 1), detail));
    } catch (const Json::exception &e) {
        // e.g. out_of_range for a number like 1e999; drop the "[json.exception...]" prefix.
        static const QRegularExpression prefix(u"^\\[[^\\]]*\\]\\s*"_s);
        return failure(QString(), u"The file could not be read as JSON: %1."_s.arg(QString::fromUtf8(e.what()).remove(prefix)));
    }

    if (!root.is_object())
        return failure(QString(), u"The file must hold a JSON object (the project), not %1."_s.arg(jsonTypeName(root)));

    // Format and version first: a file of another kind, or of a newer format, would only
    // produce noise if its keys were checked against this version's expectations.
    const auto format = root.find("format");
    if (format != root.end() && !(format->is_string() && format->get<std::string>() == kProjectFormatName)) {
        const QString found = format->is_string() ? quoted(QString::fromStdString(format->get<std::string>())) : jsonTypeName(*format);
        return failure(u"/format"_s, u"This is not a Connector Workbench project: \"format\" is %1, expected \"%2\"."_s.arg(found, QLatin1StringView(kProjectFormatName)));
    }
    Context context;
    const auto version = root.find("formatVersion");
    if (version == root.end()) {
        context.error(u"/formatVersion"_s, u"The file has no \"formatVersion\"; this version of Connector Workbench reads format %1."_s.arg(kProjectFormatVersion));
    } else if (!version->is_number_integer()) {
        context.error(u"/formatVersion"_s, u"\"formatVersion\" must be a whole number, not %1."_s.arg(jsonTypeName(*version)));
    } else if (version->is_number_unsigned() ? version->get<std::uint64_t>() > std::uint64_t(kProjectFormatVersion)
                                             : version->get<std::int64_t>() > kProjectFormatVersion) {
        const QString number = QString::fromStdString(version->dump());
        return failure(u"/formatVersion"_s, u"This project was written by a newer Connector Workbench (format %1); this version reads format %2. Update the workbench to open it."_s.arg(number).arg(kProjectFormatVersion));
    } else if (version->get<std::int64_t>() < 1) {
        context.error(u"/formatVersion"_s, u"%1 is not a valid format version; this version reads format %2."_s.arg(QString::fromStdString(version->dump())).arg(kProjectFormatVersion));
    }
    if (format == root.end())
        context.error(u"/format"_s, u"The file has no \"format\" key; a project file starts with \"format\": \"%1\"."_s.arg(QLatin1StringView(kProjectFormatName)));
    for (const DuplicateKeyFinder::Duplicate &duplicate : duplicates.duplicates())
        context.error(duplicate.pointer, u"The key %1 appears more than once in the same object; only the last one would be read, so keep just one."_s.arg(quoted(duplicate.key)));

    Project project;
    ObjectReader<Project> reader(context, root, QString(), project);
    reader.markKnown("format");
    reader.markKnown("formatVersion");
    describe(reader, Tag<Project>{});
    reader.reportUnknownKeys();

    LoadResult result;
    result.problems = context.problems;
    // A value that could not be read keeps its default; what the rules say about that
    // default would only repeat the first problem.
    QStringList unreadable;
    for (const Problem &problem : std::as_const(context.problems)) {
        if (problem.isError())
            unreadable.append(problem.pointer);
    }
    for (const Problem &problem : validate(project)) {
        const bool covered = std::any_of(unreadable.cbegin(), unreadable.cend(), [&](const QString &p) {
            return problem.pointer == p || problem.pointer.startsWith(p + u'/');
        });
        if (!covered)
            result.problems.append(problem);
    }
    if (!result.hasErrors())
        result.project = std::move(project);
    return result;
}

ProjectFile::LoadResult ProjectFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QString(), u"Cannot open %1: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(QString(), u"Cannot read %1: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    return parse(bytes);
}

QList<Problem> ProjectFile::validate(const Project &project)
{
    return ProjectValidator::validate(project);
}

QByteArray ProjectFile::serialize(const Project &project)
{
    Json root = Json::object();
    root["format"] = kProjectFormatName;
    root["formatVersion"] = kProjectFormatVersion;
    Project written = project;
    for (ConfigurationField &field : written.configuration) {
        if (field.secret)
            field.defaultValue.clear();
    }
    ObjectWriter<Project> writer(written, root);
    describe(writer, Tag<Project>{});
    // replace: a QString with a lone surrogate must not make saving throw.
    std::string text = root.dump(2, ' ', false, Json::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

bool ProjectFile::save(const Project &project, const QString &path, QString *error)
{
    const QByteArray bytes = serialize(project);
    // QSaveFile writes a temporary file next to the target and renames it on commit();
    // without a commit its destructor discards the temporary and the old file is untouched.
    QSaveFile file(path);
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = u"Cannot save %1: %2."_s.arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // Flush before commit(): in Qt 6.4 commit() does not notice a write error in its own
    // flush and renames the truncated temporary over the old file. errorString() only says
    // "Unknown error" at this point, so the reason comes from errno (EFBIG, ENOSPC, EIO...).
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int code = errno;
        return failed(code != 0 ? qt_error_string(code) : file.errorString());
    }
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

} // namespace cw
