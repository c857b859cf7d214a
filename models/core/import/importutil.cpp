// SPDX-License-Identifier: MIT
#include "models/core/import/importutil.h"

#include <QRegularExpression>
#include <QUrl>

namespace cw::importutil {

using namespace Qt::StringLiterals;

QString snakeCase(const QString &input, const QString &fallback)
{
    QString out;
    out.reserve(input.size() + 4);
    bool underscore = false;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        const bool word = c.unicode() < 128 && c.isLetterOrNumber();
        if (!word) {
            underscore = !out.isEmpty();
            continue;
        }
        // camelCase and HTTPServer boundaries become underscores, as Fivetran does it.
        if (i > 0 && c.isUpper() && !out.isEmpty()) {
            const QChar prev = input[i - 1];
            const bool nextLower = i + 1 < input.size() && input[i + 1].isLower();
            if (prev.isLower() || prev.isDigit() || (prev.isUpper() && nextLower))
                underscore = true;
        }
        if (underscore && !out.isEmpty())
            out += u'_';
        underscore = false;
        out += c.toLower();
    }
    if (out.isEmpty())
        return fallback;
    if (out[0].isDigit())
        out.prepend(u'_');
    return out;
}

QString NameRegistry::unique(const QString &base)
{
    QString name = base;
    for (int n = 2; m_used.contains(name); ++n)
        name = base + u'_' + QString::number(n);
    m_used.insert(name);
    return name;
}

QString lineColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const qsizetype column = QString::fromUtf8(bytes.constData() + lineStart, offset - lineStart).size() + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

namespace {

/// Builds an ordered JsonValue from SAX events. nlohmann's own DOM parser inserts every key of
/// an ordered object with a linear duplicate check, which is quadratic for the thousands of
/// paths and schemas in large specs; collecting the members first keeps the order at linear
/// cost. A duplicate key (undefined in JSON) is then kept twice and find() sees the first.
///
/// Members are gathered in a scratch frame per nesting level and moved into a container of
/// exactly the right size when it closes. Growing the ordered object in place would be far
/// slower: its elements are pair<const std::string, json>, whose move is not noexcept, so
/// every reallocation of the vector deep-copied all members (whole sub-documents) parsed so far.
class OrderedBuilder final
{
public:
    using number_integer_t = JsonValue::number_integer_t;
    using number_unsigned_t = JsonValue::number_unsigned_t;
    using number_float_t = JsonValue::number_float_t;
    using string_t = JsonValue::string_t;
    using binary_t = JsonValue::binary_t;

    bool null() { return add(nullptr); }
    bool boolean(bool value) { return add(value); }
    bool number_integer(number_integer_t value) { return add(value); }
    bool number_unsigned(number_unsigned_t value) { return add(value); }
    bool number_float(number_float_t value, const string_t &) { return add(value); }
    bool string(string_t &value) { return add(std::move(value)); }
    bool binary(binary_t &value) { return add(JsonValue::binary(std::move(value))); }
    bool start_object(std::size_t) { open(true); return true; }
    bool key(string_t &value) { m_frames[m_depth - 1].keys.push_back(std::move(value)); return true; }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { open(false); return true; }
    bool end_array() { return close(); }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e)
    {
        errorPosition = position;
        errorMessage = QString::fromUtf8(e.what());
        return false;
    }

    JsonValue root;
    std::size_t errorPosition = 0;
    QString errorMessage;

private:
    struct Frame {
        bool object = false;
        std::vector<std::string> keys;
        std::vector<JsonValue> values;  // json's move is noexcept, so growing this is cheap
    };

    bool add(JsonValue &&value)
    {
        if (m_depth == 0)
            root = std::move(value);
        else
            m_frames[m_depth - 1].values.push_back(std::move(value));
        return true;
    }

    // Frames are reused by depth, so their capacity is allocated once per level, not per container.
    void open(bool object)
    {
        if (m_depth == m_frames.size())
            m_frames.emplace_back();
        Frame &frame = m_frames[m_depth++];
        frame.object = object;
        frame.keys.clear();
        frame.values.clear();
    }

    bool close()
    {
        Frame &frame = m_frames[--m_depth];
        JsonValue container;
        if (frame.object) {
            container = JsonValue::object();
            auto &object = static_cast<JsonValue::object_t::Container &>(container.get_ref<JsonValue::object_t &>());
            object.reserve(frame.values.size());
            for (std::size_t i = 0; i < frame.values.size(); ++i)
                object.emplace_back(std::move(frame.keys[i]), std::move(frame.values[i]));
        } else {
            container = JsonValue::array();
            auto &array = container.get_ref<JsonValue::array_t &>();
            array.reserve(frame.values.size());
            std::move(frame.values.begin(), frame.values.end(), std::back_inserter(array));
        }
        frame.keys.clear();
        frame.values.clear();
        return add(std::move(container));
    }

    std::vector<Frame> m_frames;
    std::size_t m_depth = 0;
};

} // namespace

std::optional<JsonValue> parseJson(const QByteArray &bytes, ImportResult &result)
{
    OrderedBuilder builder;
    if (JsonValue::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &builder))
        return std::move(builder.root);
    // nlohmann counts the offending byte as read, so the error sits one byte earlier.
    const qsizetype at = builder.errorPosition > 0 ? qsizetype(builder.errorPosition) - 1 : 0;
    const QString what = builder.errorMessage.mid(builder.errorMessage.lastIndexOf(u':') + 1).trimmed();
    error(result, lineColumn(bytes, at), Tr::tr("The JSON is not valid: %1").arg(what));
    return std::nullopt;
}

QString pointerToken(const QString &token)
{
    // Nearly every token needs no escaping; sharing it avoids two replace passes and a copy.
    if (!token.contains(u'~') && !token.contains(u'/'))
        return token;
    QString out = token;
    out.replace(u'~', u"~0"_s);
    out.replace(u'/', u"~1"_s);
    return out;
}

QString text(const JsonValue &value)
{
    if (value.is_string())
        return fromStd(value.get_ref<const std::string &>());
    if (value.is_number() || value.is_boolean())
        return fromStd(value.dump());
    return {};
}

QString text(const JsonValue &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it == object.end() ? QString() : text(*it);
}

void warning(ImportResult &result, const QString &location, const QString &message)
{
    result.problems.append({location, message, false, false});
}

void error(ImportResult &result, const QString &location, const QString &message)
{
    result.problems.append({location, message, true, false});
}

void note(ImportResult &result, const QString &location, const QString &message)
{
    result.problems.append({location, message, false, true});
}

QString addField(ImportResult &result, ConfigurationField field)
{
    if (field.secret)
        field.defaultValue.clear();
    if (ConfigurationField *existing = result.field(field.key)) {
        // A credential seen as a plain variable first still must end up secret.
        if (field.secret && !existing->secret) {
            existing->secret = true;
            existing->defaultValue.clear();
        }
        return field.key;
    }
    result.configuration.append(field);
    return field.key;
}

QString secretTemplate(ImportResult &result, const QString &key, const QString &label, const QString &description)
{
    ConfigurationField field;
    field.key = key;
    field.label = label;
    field.description = description;
    field.secret = true;
    field.required = true;
    addField(result, field);
    return u"{{ config."_s + key + u" }}"_s;
}

bool looksLikeCredential(const QString &name)
{
    static const QRegularExpression pattern(u"^(authorization|cookie|proxy-authorization)$|api[-_]?key|apikey|access[-_]?token|auth[-_]?token|secret|password|^token$|^key$|x-auth"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

bool applyCredentialHeader(ImportResult &result, const QString &name, const QString &value, const QString &location)
{
    Auth &auth = result.connection.auth;
    const QString lower = name.toLower();
    if (lower == u"authorization") {
        const QString scheme = value.section(u' ', 0, 0).toLower();
        if (scheme == u"bearer") {
            auth.type = AuthType::Bearer;
            auth.token = secretTemplate(result, u"api_token"_s, Tr::tr("API token"), Tr::tr("The bearer token sent in the Authorization header."));
        } else if (scheme == u"basic") {
            // The recorded user name is not copied either: it is personal and one half of a credential.
            const ConfigurationField user{u"username"_s, Tr::tr("Username"), {}, false, true, {}};
            auth.type = AuthType::Basic;
            auth.username = u"{{ config."_s + addField(result, user) + u" }}"_s;
            auth.password = secretTemplate(result, u"password"_s, Tr::tr("Password"), Tr::tr("The password for basic authentication."));
        } else {
            // "Token abc", "ApiKey abc", or a bare key: keep the scheme word, move the secret out.
            auth.type = AuthType::ApiKey;
            auth.apiKeyName = name;
            auth.apiKeyIn = u"header"_s;
            const QString secret = secretTemplate(result, u"api_key"_s, Tr::tr("API key"), Tr::tr("The credential sent in the %1 header.").arg(name));
            auth.apiKeyValue = value.contains(u' ') ? value.section(u' ', 0, 0) + u' ' + secret : secret;
        }
        warning(result, location, Tr::tr("The %1 header holds a credential; it was replaced by a secret configuration field and not copied into the project.").arg(name));
        return true;
    }
    if (lower == u"cookie") {
        const QString secret = secretTemplate(result, u"cookie"_s, Tr::tr("Cookie"), Tr::tr("The Cookie header the API expects (a session)."));
        bool present = false;
        for (const Header &header : std::as_const(result.connection.headers))
            present = present || header.name.compare(u"Cookie"_s, Qt::CaseInsensitive) == 0;
        if (!present)
            result.connection.headers.append({u"Cookie"_s, secret});
        warning(result, location, Tr::tr("Cookies were replaced by the secret configuration field \"cookie\"; a session cookie usually expires, so prefer an API key or token."));
        return true;
    }
    if (!looksLikeCredential(name))
        return false;
    if (auth.type == AuthType::None) {
        auth.type = AuthType::ApiKey;
        auth.apiKeyName = name;
        auth.apiKeyIn = u"header"_s;
        auth.apiKeyValue = secretTemplate(result, u"api_key"_s, Tr::tr("API key"), Tr::tr("The key sent in the %1 header.").arg(name));
    } else {
        const QString key = snakeCase(name, u"credential"_s);
        result.connection.headers.append({name, secretTemplate(result, key, name, Tr::tr("The value of the %1 header.").arg(name))});
    }
    warning(result, location, Tr::tr("The %1 header looks like a credential; it was replaced by a secret configuration field.").arg(name));
    return true;
}

QString origin(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    return parsed.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

namespace {

const QStringList kRecordKeys{u"data"_s, u"items"_s, u"results"_s, u"records"_s, u"values"_s, u"entries"_s,
                              u"list"_s, u"objects"_s, u"elements"_s, u"rows"_s, u"hits"_s, u"resources"_s, u"content"_s};

bool isArrayOfObjects(const JsonValue &value)
{
    return value.is_array() && (value.empty() || value.front().is_object());
}

} // namespace

std::optional<QString> recordsPathOfSample(const JsonValue &body)
{
    if (body.is_array())
        return QString();
    if (!body.is_object())
        return std::nullopt;
    for (const QString &key : kRecordKeys) {
        const auto it = body.find(key.toStdString());
        if (it != body.end() && isArrayOfObjects(*it))
            return u'/' + key;
        // {"data": {"items": [...]}}
        if (it != body.end() && it->is_object()) {
            for (const auto &[inner, value] : it->items()) {
                if (value.is_array() && !value.empty() && value.front().is_object())
                    return u'/' + key + u'/' + pointerToken(fromStd(inner));
            }
        }
    }
    for (const auto &[key, value] : body.items()) {
        if (value.is_array() && !value.empty() && value.front().is_object())
            return u'/' + pointerToken(fromStd(key));
    }
    return std::nullopt;
}

QStringList propertyPointers(const JsonValue &object)
{
    QStringList pointers;
    if (!object.is_object())
        return pointers;
    for (const auto &[key, value] : object.items()) {
        const QString pointer = u'/' + pointerToken(fromStd(key));
        pointers.append(pointer);
        if (value.is_object()) {
            for (const auto &[inner, innerValue] : value.items()) {
                pointers.append(pointer + u'/' + pointerToken(fromStd(inner)));
                if (innerValue.is_object() && innerValue.contains("href"))
                    pointers.append(pointer + u'/' + pointerToken(fromStd(inner)) + u"/href"_s);
            }
        }
    }
    return pointers;
}

namespace {

QString lastToken(const QString &pointer) { return pointer.mid(pointer.lastIndexOf(u'/') + 1).toLower(); }

/// The pointers with their lowercased last tokens, computed once per guess rather than once
/// per candidate name (a large spec makes thousands of guesses, each trying ~40 names).
struct PointerTokens {
    const QStringList &pointers;
    QStringList tokens;
    explicit PointerTokens(const QStringList &list) : pointers(list)
    {
        tokens.reserve(list.size());
        for (const QString &pointer : list)
            tokens.append(lastToken(pointer));
    }
};

QString findPointer(const PointerTokens &pointers, const QStringList &names)
{
    for (const QString &name : names) {
        const qsizetype i = pointers.tokens.indexOf(name);
        if (i >= 0)
            return pointers.pointers.at(i);
    }
    return {};
}

const Parameter *findParameter(const QList<Parameter> &parameters, const QStringList &names)
{
    for (const QString &name : names) {
        for (const Parameter &parameter : parameters) {
            if (parameter.in == u"query" && parameter.name.compare(name, Qt::CaseInsensitive) == 0)
                return &parameter;
        }
    }
    return nullptr;
}

} // namespace

Pagination guessPagination(const QList<Parameter> &parameters, const QStringList &pointerList)
{
    const PointerTokens responsePointers(pointerList);
    Pagination pagination;
    const Parameter *limit = findParameter(parameters, {u"limit"_s, u"per_page"_s, u"perPage"_s, u"page_size"_s, u"pageSize"_s,
                                                        u"size"_s, u"count"_s, u"max_results"_s, u"maxResults"_s, u"top"_s, u"$top"_s});
    if (limit) {
        pagination.limitParam = limit->name;
        bool ok = false;
        const int value = limit->value.toInt(&ok);
        if (ok && value > 0)
            pagination.pageSize = value;
    }
    pagination.totalPath = findPointer(responsePointers, {u"total"_s, u"total_count"_s, u"totalcount"_s, u"total_results"_s, u"totalresults"_s});
    pagination.hasMorePath = findPointer(responsePointers, {u"has_more"_s, u"hasmore"_s, u"has_next"_s, u"hasnext"_s, u"more"_s});
    pagination.totalPagesPath = findPointer(responsePointers, {u"total_pages"_s, u"totalpages"_s, u"page_count"_s, u"pagecount"_s});

    if (const Parameter *cursor = findParameter(parameters, {u"cursor"_s, u"after"_s, u"starting_after"_s, u"page_token"_s, u"pageToken"_s,
                                                             u"next_token"_s, u"nextToken"_s, u"continuation"_s, u"continuation_token"_s, u"next_cursor"_s})) {
        pagination.type = PaginationType::CursorToken;
        pagination.cursorParam = cursor->name;
        pagination.cursorPath = findPointer(responsePointers, {u"next_cursor"_s, u"nextcursor"_s, u"next_page_token"_s, u"nextpagetoken"_s,
                                                               u"next_token"_s, u"nexttoken"_s, u"end_cursor"_s, u"endcursor"_s,
                                                               u"cursor"_s, u"after"_s, u"continuation"_s, u"next"_s});
        pagination.totalPagesPath.clear();
        return pagination;
    }
    if (const Parameter *offset = findParameter(parameters, {u"offset"_s, u"skip"_s, u"start"_s, u"$skip"_s, u"from"_s}); offset && limit) {
        pagination.type = PaginationType::OffsetLimit;
        pagination.offsetParam = offset->name;
        pagination.hasMorePath.clear();
        pagination.totalPagesPath.clear();
        return pagination;
    }
    if (const Parameter *page = findParameter(parameters, {u"page"_s, u"page_number"_s, u"pageNumber"_s, u"page_no"_s, u"p"_s})) {
        pagination.type = PaginationType::PageNumber;
        pagination.pageParam = page->name;
        bool ok = false;
        const int first = page->value.toInt(&ok);
        if (ok && first >= 0)
            pagination.firstPage = first;
        return pagination;
    }
    const QString next = findPointer(responsePointers, {u"next_url"_s, u"nexturl"_s, u"next_page_url"_s, u"nextpageurl"_s, u"@odata.nextlink"_s,
                                                        u"nextlink"_s, u"next"_s, u"href"_s});
    if (!next.isEmpty() && (lastToken(next) != u"href" || next.contains(u"/next/"_s))) {
        pagination.type = PaginationType::NextUrl;
        pagination.nextUrlPath = next;
        pagination.totalPagesPath.clear();
        return pagination;
    }
    // Nothing recognised: the page size and paths found mean nothing on their own.
    return Pagination{};
}

QString nameFromPath(const QString &path)
{
    static const QRegularExpression version(u"^v\\d+(\\.\\d+)?$"_s);
    QStringList parts;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (version.match(segment).hasMatch())
            continue;
        // "/users/{id}" and "/users" must not both become "users".
        if (segment.startsWith(u'{') || segment.startsWith(u':'))
            parts.append(u"by_"_s + segment.mid(1).remove(u'}'));
        else
            parts.append(segment);
    }
    return snakeCase(parts.join(u'_'), u"root"_s);
}

} // namespace cw::importutil
