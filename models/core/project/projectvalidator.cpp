// SPDX-License-Identifier: MIT
#include "models/core/project/projectvalidator.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include <QHash>
#include <QRegularExpression>

#include "models/core/project/configtemplate.h"

namespace cw {

using namespace Qt::StringLiterals;
using Problem = ProjectFile::Problem;
using Severity = ProjectFile::Problem::Severity;

namespace {

QString quoted(const QString &text) { return u'"' + text + u'"'; }
QString child(const QString &pointer, QLatin1StringView key) { return pointer + u'/' + key; }
QString item(const QString &pointer, qsizetype index) { return pointer + u'/' + QString::number(index); }

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Enumerations kept as strings in the value types; the validator checks them, so that a
// project edited in memory gets the same messages as one read from a file.
const QStringList kHttpMethods{u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s};
const QStringList kParameterLocations{u"query"_s, u"path"_s, u"header"_s};
const QStringList kApiKeyLocations{u"header"_s, u"query"_s};
const QStringList kCursorFormats{u"rfc3339"_s, u"date"_s, u"epoch_seconds"_s, u"epoch_millis"_s, u"raw"_s};

struct TemplateScan {
    QStringList keys;      ///< configuration keys referenced, in order
    QStringList problems;  ///< messages for malformed templates
    bool isLiteral() const { return keys.isEmpty() && problems.isEmpty(); }
};

// Templates are read with configtemplate's scanner, the same one the renderer uses.
TemplateScan scanTemplates(const QString &text)
{
    TemplateScan scan;
    for (const TemplateToken &token : scanTemplate(text)) {
        if (!token.closed)
            scan.problems.append(u"A template starts with \"{{\" but has no closing \"}}\"."_s);
        else if (token.key.isEmpty())
            scan.problems.append(u"%1 is not a template the workbench understands; write {{ config.<key> }} with the key of a configuration field."_s
                                     .arg(quoted(text.mid(token.start, token.length))));
        else
            scan.keys.append(token.key);
    }
    return scan;
}

// RFC 6901: empty (the whole document) or "/"-separated tokens where "~" is "~0" or "~1".
std::optional<QString> jsonPointerProblem(const QString &value)
{
    static const QRegularExpression badTilde(u"~(?![01])"_s);
    if (!value.isEmpty() && !value.startsWith(u'/')) {
        QString fixed = value;
        fixed.replace(u'.', u'/');
        return u"%1 is not a JSON pointer; a JSON pointer starts with \"/\", e.g. %2."_s.arg(quoted(value), quoted(u'/' + fixed));
    }
    if (value.contains(badTilde))
        return u"%1 is not a valid JSON pointer; \"~\" must be followed by 0 or 1 (\"~0\" stands for \"~\", \"~1\" for \"/\")."_s.arg(quoted(value));
    return std::nullopt;
}

/// Path parameter names written as {name} in a request path ({{ }} templates excluded).
QStringList pathParameters(const QString &path)
{
    static const QRegularExpression pattern(u"(?<!\\{)\\{([^{}]+)\\}(?!\\})"_s);
    QStringList names;
    for (auto it = pattern.globalMatch(path); it.hasNext();)
        names.append(it.next().captured(1).trimmed());
    return names;
}

/// Fivetran's normalisation to lowercase snake_case (the SDK 1.x algorithm, ASCII only).
QString fivetranName(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        const bool word = c == u'_' || (c.unicode() < 128 && c.isLetterOrNumber());
        if (i > 0 && word) {
            const QChar prev = name[i - 1];
            if ((prev.isLower() && c.isUpper()) || (prev.isLetter() && c.isDigit()) || (prev.isDigit() && c.isLetter()))
                out += u'_';
        }
        out += word ? c.toLower() : u'_';
    }
    while (out.contains(u"__"_s))
        out.replace(u"__"_s, u"_"_s);
    return out;
}

enum class AuthValue { Secret, PerConnection, Plain };

class Validator final
{
public:
    explicit Validator(const Project &project) : m_project(project)
    {
        for (const ConfigurationField &field : project.configuration)
            m_configKeys.append(field.key);
    }

    QList<Problem> run()
    {
        checkConfiguration();
        checkConnection();
        for (qsizetype i = 0; i < m_project.streams.size(); ++i)
            checkStream(i);
        return m_problems;
    }

private:
    void error(const QString &pointer, const QString &message) { m_problems.append({Severity::Error, pointer, message}); }
    void warning(const QString &pointer, const QString &message) { m_problems.append({Severity::Warning, pointer, message}); }

    void checkConfiguration()
    {
        static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
        const QList<ConfigurationField> &fields = m_project.configuration;
        // configuration.json is limited to 100 fields by the Connector SDK.
        if (fields.size() > 100)
            warning(u"/configuration"_s, u"Fivetran accepts at most 100 configuration fields; this project has %1."_s.arg(fields.size()));
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const ConfigurationField &field = fields[i];
            const QString pointer = item(u"/configuration"_s, i);
            if (field.key.isEmpty())
                error(pointer + u"/key"_s, u"A configuration field needs a key."_s);
            else if (!identifier.match(field.key).hasMatch())
                error(pointer + u"/key"_s, u"%1 is not a valid configuration key; use letters, digits and underscores, not starting with a digit."_s.arg(quoted(field.key)));
            else if (seen.contains(field.key))
                error(pointer + u"/key"_s, u"The configuration key %1 is already used by /configuration/%2; keys must be unique."_s.arg(quoted(field.key)).arg(seen.value(field.key)));
            else
                seen.insert(field.key, i);
            if (field.secret && !field.defaultValue.isEmpty())
                error(pointer + u"/default"_s, u"A secret configuration field must not have a default: secrets are never stored in the project file. Enter the value in the connector's configuration instead."_s);
        }
    }

    /// Reports malformed templates and unknown configuration keys in `text`.
    TemplateScan checkTemplates(const QString &pointer, const QString &text)
    {
        TemplateScan scan = scanTemplates(text);
        for (const QString &problem : scan.problems)
            error(pointer, problem);
        for (const QString &key : scan.keys) {
            if (!m_configKeys.contains(key))
                error(pointer, u"{{ config.%1 }} refers to %2, which is not a configuration field.%3"_s.arg(key, quoted(key), ProjectValidator::didYouMean(key, m_configKeys)));
        }
        return scan;
    }

    void checkPointer(const QString &pointer, const QString &value)
    {
        if (const std::optional<QString> problem = jsonPointerProblem(value))
            error(pointer, *problem);
    }

    void checkEnum(const QString &pointer, const QString &value, const QStringList &allowed, const QString &what)
    {
        if (allowed.contains(value))
            return;
        error(pointer, u"%1 is not %2; expected one of %3.%4"_s.arg(quoted(value), what, allowed.join(u", "_s), ProjectValidator::didYouMean(value, allowed)));
    }

    void checkConnection()
    {
        const Connection &connection = m_project.connection;
        const QString base = u"/connection/baseUrl"_s;
        if (connection.baseUrl.trimmed().isEmpty()) {
            error(base, u"The base URL is required, e.g. \"https://api.example.com/v1\" or \"{{ config.base_url }}\"."_s);
        } else {
            checkTemplates(base, connection.baseUrl);
            if (!connection.baseUrl.startsWith(u"{{"_s) && !connection.baseUrl.startsWith(u"http://"_s)
                && !connection.baseUrl.startsWith(u"https://"_s))
                warning(base, u"The base URL should start with \"https://\" (or \"http://\")."_s);
        }
        static const QRegularExpression credentialName(u"authorization|api[-_]?key|token|secret|password"_s,
                                                       QRegularExpression::CaseInsensitiveOption);
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < connection.headers.size(); ++i) {
            const Header &header = connection.headers[i];
            const QString pointer = item(u"/connection/headers"_s, i);
            if (header.name.trimmed().isEmpty()) {
                error(pointer + u"/name"_s, u"A header needs a name."_s);
            } else if (seen.contains(header.name.toLower())) {
                warning(pointer + u"/name"_s, u"The header %1 is already set by /connection/headers/%2."_s.arg(quoted(header.name)).arg(seen.value(header.name.toLower())));
            } else {
                seen.insert(header.name.toLower(), i);
            }
            if (checkTemplates(pointer + u"/value"_s, header.value).isLiteral() && !header.value.isEmpty()
                && header.name.contains(credentialName))
                warning(pointer + u"/value"_s, u"The header %1 looks like a credential but has a literal value; put the secret in a secret configuration field and write {{ config.<key> }} here."_s.arg(quoted(header.name)));
        }
        checkAuth(connection.auth);
    }

    void checkAuth(const Auth &auth)
    {
        const QString base = u"/connection/auth"_s;
        struct Value { const char *key; const QString &text; const char *what; AuthValue kind; const char *example; };
        const std::array values{
            Value{"apiKeyValue", auth.apiKeyValue, "API key", AuthValue::Secret, "api_key"},
            Value{"token", auth.token, "token", AuthValue::Secret, "api_token"},
            Value{"username", auth.username, "username", AuthValue::PerConnection, "username"},
            Value{"password", auth.password, "password", AuthValue::Secret, "password"},
            Value{"tokenUrl", auth.tokenUrl, "token URL", AuthValue::Plain, "token_url"},
            Value{"clientId", auth.clientId, "client ID", AuthValue::PerConnection, "client_id"},
            Value{"clientSecret", auth.clientSecret, "client secret", AuthValue::Secret, "client_secret"},
        };
        for (const Value &value : values) {
            if (value.text.isEmpty())
                continue;
            const QString pointer = child(base, QLatin1StringView(value.key));
            const QLatin1StringView what(value.what);
            const TemplateScan scan = checkTemplates(pointer, value.text);
            if (scan.isLiteral() && value.kind == AuthValue::Secret) {
                error(pointer, u"A literal %1 must not be stored in the project file; put it in a secret configuration field and write {{ config.%2 }} here."_s.arg(what, QLatin1StringView(value.example)));
            } else if (scan.isLiteral() && value.kind == AuthValue::PerConnection) {
                warning(pointer, u"The %1 is a literal value; a configuration field ({{ config.%2 }}) lets each connection use its own."_s.arg(what, QLatin1StringView(value.example)));
            } else if (value.kind == AuthValue::Secret) {
                for (const QString &key : scan.keys) {
                    const ConfigurationField *field = m_project.configurationField(key);
                    if (!field || field->secret)
                        continue;
                    if (!field->defaultValue.isEmpty())
                        error(pointer, u"The %1 comes from the configuration field %2, which is not secret and has a default, so the secret is stored in the project file; mark the field secret and remove its default."_s.arg(what, quoted(key)));
                    else
                        warning(pointer, u"The %1 comes from the configuration field %2, which is not marked secret; mark it secret so that its value stays out of the project file, logs and samples."_s.arg(what, quoted(key)));
                }
            }
        }
        checkEnum(base + u"/apiKeyIn"_s, auth.apiKeyIn, kApiKeyLocations, u"a place for the API key"_s);

        auto require = [&](const QString &value, const char *key, const QString &message) {
            if (value.trimmed().isEmpty())
                warning(child(base, QLatin1StringView(key)), message);
        };
        switch (auth.type) {
        case AuthType::None:
            break;
        case AuthType::ApiKey:
            require(auth.apiKeyName, "apiKeyName", u"API key authentication needs the name of the header or query parameter that carries the key."_s);
            require(auth.apiKeyValue, "apiKeyValue", u"API key authentication needs the key, e.g. \"{{ config.api_key }}\"."_s);
            break;
        case AuthType::Bearer:
            require(auth.token, "token", u"Bearer authentication needs a token, e.g. \"{{ config.api_token }}\"."_s);
            break;
        case AuthType::Basic:
            require(auth.username, "username", u"Basic authentication needs a username, e.g. \"{{ config.username }}\"."_s);
            break;
        case AuthType::OAuth2ClientCredentials:
            require(auth.tokenUrl, "tokenUrl", u"OAuth 2 client credentials need the token URL."_s);
            require(auth.clientId, "clientId", u"OAuth 2 client credentials need a client ID, e.g. \"{{ config.client_id }}\"."_s);
            require(auth.clientSecret, "clientSecret", u"OAuth 2 client credentials need a client secret, e.g. \"{{ config.client_secret }}\"."_s);
            break;
        }
    }

    void checkStream(qsizetype index)
    {
        const Stream &stream = m_project.streams[index];
        const QString base = item(u"/streams"_s, index);
        if (stream.name.trimmed().isEmpty()) {
            error(base + u"/name"_s, u"A stream needs a name."_s);
        } else {
            for (qsizetype j = 0; j < index; ++j) {
                if (m_project.streams[j].name == stream.name) {
                    error(base + u"/name"_s, u"The stream name %1 is already used by /streams/%2; stream names must be unique."_s.arg(quoted(stream.name)).arg(j));
                    break;
                }
            }
        }
        checkRequest(stream, base + u"/request"_s);
        checkPointer(base + u"/recordsPath"_s, stream.recordsPath);
        checkPagination(stream.pagination, base + u"/pagination"_s);
        checkIncremental(stream.incremental, base + u"/incremental"_s);
        checkParent(stream, base + u"/parent"_s);
        checkTable(stream.table, base + u"/table"_s);
        checkDeletions(stream, base + u"/deletions"_s);
    }

    void checkDeletions(const Stream &stream, const QString &base)
    {
        const Deletions &feed = stream.deletions;
        if (!feed.isEnabled())
            return;
        checkTemplates(base + u"/path"_s, feed.path);
        if (!pathParameters(feed.path).isEmpty())
            error(base + u"/path"_s, u"A deletions feed is read once per sync, so its path %1 cannot have {path parameters}."_s.arg(quoted(feed.path)));
        for (qsizetype i = 0; i < feed.parameters.size(); ++i)
            checkParameter(item(base + u"/parameters"_s, i), feed.parameters[i]);
        checkPointer(base + u"/recordsPath"_s, feed.recordsPath);
        checkPagination(feed.pagination, base + u"/pagination"_s);
        checkIncremental(feed.incremental, base + u"/incremental"_s);
        if (!stream.parent.stream.isEmpty())
            error(base + u"/path"_s, u"Deletions feeds are read for top-level streams only; %1 is a child stream of %2."_s.arg(quoted(stream.name), quoted(stream.parent.stream)));
        if (stream.table.primaryKey.isEmpty())
            error(base + u"/path"_s, u"A deletions feed marks rows deleted by their primary key, and the table of %1 has none; choose its primary key first."_s.arg(quoted(stream.name)));
        for (qsizetype i = 0; i < feed.keyPaths.size(); ++i)
            checkPointer(item(base + u"/keyPaths"_s, i), feed.keyPaths[i]);
        if (!feed.keyPaths.isEmpty() && feed.keyPaths.size() != stream.table.primaryKey.size())
            error(base + u"/keyPaths"_s, u"The deletions feed names %1 key path(s) for a primary key of %2 column(s) (%3); give one per column, in order, or none to use the column names."_s
                                             .arg(feed.keyPaths.size()).arg(stream.table.primaryKey.size()).arg(stream.table.primaryKey.join(u", "_s)));
    }

    // What every parameter needs, a stream's or a deletions feed's: a name, a known place, and
    // well-formed templates in its value.
    void checkParameter(const QString &pointer, const Parameter &parameter)
    {
        if (parameter.name.trimmed().isEmpty())
            error(pointer + u"/name"_s, u"A parameter needs a name."_s);
        checkEnum(pointer + u"/in"_s, parameter.in, kParameterLocations, u"a parameter location"_s);
        checkTemplates(pointer + u"/value"_s, parameter.value);
    }

    void checkRequest(const Stream &stream, const QString &base)
    {
        const Request &request = stream.request;
        if (!kHttpMethods.contains(request.method)) {
            const QString hint = kHttpMethods.contains(request.method.toUpper()) ? u" Methods are written in capitals."_s : QString();
            error(base + u"/method"_s, u"%1 is not an HTTP method; expected one of %2.%3"_s.arg(quoted(request.method), kHttpMethods.join(u", "_s), hint));
        }
        const QStringList inPath = pathParameters(request.path);
        if (request.path.trimmed().isEmpty())
            error(base + u"/path"_s, u"The request path is required, e.g. \"/customers\"."_s);
        else
            checkTemplates(base + u"/path"_s, request.path);

        QStringList filled;
        if (!stream.parent.stream.isEmpty())
            filled.append(stream.parent.pathParameter);
        for (qsizetype i = 0; i < request.parameters.size(); ++i) {
            const Parameter &parameter = request.parameters[i];
            const QString pointer = item(base + u"/parameters"_s, i);
            checkParameter(pointer, parameter);
            if (parameter.in == u"path"_s) {
                filled.append(parameter.name);
                if (!parameter.name.isEmpty() && !inPath.contains(parameter.name))
                    warning(pointer + u"/name"_s, u"The path parameter %1 does not appear in the request path; write {%2} where it belongs."_s.arg(quoted(parameter.name), parameter.name));
            }
        }
        for (const QString &name : inPath) {
            if (!filled.contains(name))
                warning(base + u"/path"_s, u"The path parameter {%1} has no value; add a parameter named %2 with \"in\": \"path\", or fill it from a parent stream."_s.arg(name, quoted(name)));
        }
        checkTemplates(base + u"/body"_s, request.body);
    }

    void checkPagination(const Pagination &pagination, const QString &base)
    {
        if (pagination.pageSize < 1)
            error(base + u"/pageSize"_s, u"The page size must be at least 1, not %1."_s.arg(pagination.pageSize));
        if (pagination.firstPage < 0)
            error(base + u"/firstPage"_s, u"The first page number cannot be negative (%1)."_s.arg(pagination.firstPage));
        if (pagination.maxPages < 0)
            error(base + u"/maxPages"_s, u"The page limit cannot be negative (%1); 0 means unlimited."_s.arg(pagination.maxPages));
        checkPointer(base + u"/cursorPath"_s, pagination.cursorPath);
        checkPointer(base + u"/lastRecordCursorPath"_s, pagination.lastRecordCursorPath);
        checkPointer(base + u"/hasMorePath"_s, pagination.hasMorePath);
        checkPointer(base + u"/totalPath"_s, pagination.totalPath);
        checkPointer(base + u"/totalPagesPath"_s, pagination.totalPagesPath);
        checkPointer(base + u"/nextUrlPath"_s, pagination.nextUrlPath);

        // Incomplete settings are warnings: the project still opens, so they can be fixed in the editor.
        auto require = [&](const QString &value, const char *key, const QString &message) {
            if (value.trimmed().isEmpty())
                warning(child(base, QLatin1StringView(key)), message);
        };
        switch (pagination.type) {
        case PaginationType::None:
        case PaginationType::LinkHeader:
            break;
        case PaginationType::OffsetLimit:
            require(pagination.offsetParam, "offsetParam", u"Offset pagination needs the name of the offset parameter."_s);
            require(pagination.limitParam, "limitParam", u"Offset pagination needs the name of the limit parameter."_s);
            break;
        case PaginationType::PageNumber:
            require(pagination.pageParam, "pageParam", u"Page pagination needs the name of the page parameter."_s);
            break;
        case PaginationType::CursorToken:
            require(pagination.cursorParam, "cursorParam", u"Cursor pagination needs the name of the parameter that sends the cursor back."_s);
            if (pagination.cursorPath.isEmpty() && pagination.cursorHeader.isEmpty() && pagination.lastRecordCursorPath.isEmpty())
                warning(base + u"/cursorPath"_s, u"Cursor pagination needs the JSON pointer of the next cursor in the body, a response header in cursorHeader, or the last record's field in lastRecordCursorPath."_s);
            break;
        case PaginationType::NextUrl:
            require(pagination.nextUrlPath, "nextUrlPath", u"Next-URL pagination needs the JSON pointer of the next page's URL in the body."_s);
            break;
        }
    }

    void checkIncremental(const Incremental &incremental, const QString &base)
    {
        checkEnum(base + u"/format"_s, incremental.format, kCursorFormats, u"a cursor format"_s);
        if (incremental.lookbackSeconds < 0)
            error(base + u"/lookbackSeconds"_s, u"The look-back cannot be negative (%1 seconds)."_s.arg(incremental.lookbackSeconds));
        if (!incremental.startConfigKey.isEmpty() && !m_configKeys.contains(incremental.startConfigKey))
            error(base + u"/startConfigKey"_s, u"%1 is not a configuration field.%2"_s.arg(quoted(incremental.startConfigKey), ProjectValidator::didYouMean(incremental.startConfigKey, m_configKeys)));
        if (incremental.cursorField.isEmpty() && !incremental.requestParam.isEmpty())
            warning(base + u"/cursorField"_s, u"The stream sends %1 but has no cursor field, so it always syncs everything."_s.arg(quoted(incremental.requestParam)));
    }

    void checkParent(const Stream &stream, const QString &base)
    {
        const ParentLink &parent = stream.parent;
        if (parent.stream.isEmpty())
            return;
        QStringList names;
        for (const Stream &other : m_project.streams)
            names.append(other.name);
        if (parent.stream == stream.name) {
            error(base + u"/stream"_s, u"A stream cannot be its own parent."_s);
        } else if (!m_project.stream(parent.stream)) {
            error(base + u"/stream"_s, u"There is no stream named %1 to be the parent.%2"_s.arg(quoted(parent.stream), ProjectValidator::didYouMean(parent.stream, names)));
        } else {
            QStringList chain{stream.name};
            for (const Stream *up = m_project.stream(parent.stream); up; up = m_project.stream(up->parent.stream)) {
                chain.append(up->name);
                if (up->name == stream.name) {
                    error(base + u"/stream"_s, u"The parent streams form a cycle: %1."_s.arg(chain.join(u" → "_s)));
                    break;
                }
                if (chain.size() > m_project.streams.size())
                    break;  // a cycle that does not include this stream; reported on its own members
            }
        }
        if (parent.parentField.isEmpty())
            warning(base + u"/parentField"_s, u"A child stream needs the JSON pointer of the parent record's value to use, e.g. \"/id\"."_s);
        else
            checkPointer(base + u"/parentField"_s, parent.parentField);
        if (parent.pathParameter.isEmpty())
            warning(base + u"/pathParameter"_s, u"A child stream needs the path parameter that the parent's value fills, e.g. \"customer_id\"."_s);
        else if (!pathParameters(stream.request.path).contains(parent.pathParameter))
            warning(base + u"/pathParameter"_s, u"The path parameter {%1} does not appear in the request path %2."_s.arg(parent.pathParameter, quoted(stream.request.path)));
    }

    void checkDestinationName(const QString &pointer, const QString &name, const char *what)
    {
        static const QRegularExpression snakeCase(u"^[a-z0-9_]*$"_s);
        if (name.isEmpty() || snakeCase.match(name).hasMatch())
            return;
        const bool ascii = std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 128; });
        const QString arrival = ascii ? u"as "_s + quoted(fivetranName(name)) : u"under another, ASCII-only name"_s;
        warning(pointer, u"Fivetran converts %1 names to lowercase snake_case, so %2 would arrive %3; use that name here to keep the mapping predictable."_s
                             .arg(QLatin1StringView(what), quoted(name), arrival));
    }

    void checkTable(const TableMapping &table, const QString &base)
    {
        checkDestinationName(base + u"/name"_s, table.name, "table");
        if (table.flattenDepth < 0)
            error(base + u"/flattenDepth"_s, u"The flatten depth cannot be negative (%1)."_s.arg(table.flattenDepth));
        for (qsizetype i = 0; i < table.primaryKey.size(); ++i) {
            const QString pointer = item(base + u"/primaryKey"_s, i);
            if (table.primaryKey[i].isEmpty())
                error(pointer, u"A primary key column needs a name."_s);
            else if (table.primaryKey.indexOf(table.primaryKey[i]) < i)
                warning(pointer, u"The column %1 appears twice in the primary key."_s.arg(quoted(table.primaryKey[i])));
        }
        QHash<QString, qsizetype> names;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const ColumnMapping &column = table.columns[i];
            const QString pointer = item(base + u"/columns"_s, i);
            if (column.name.isEmpty()) {
                error(pointer + u"/name"_s, u"A column needs a name."_s);
            } else if (names.contains(column.name)) {
                error(pointer + u"/name"_s, u"The column name %1 is already used by %2/columns/%3; column names must be unique within a table."_s.arg(quoted(column.name), base).arg(names.value(column.name)));
            } else {
                names.insert(column.name, i);
                checkDestinationName(pointer + u"/name"_s, column.name, "column");
            }
            if (column.path.isEmpty())
                error(pointer + u"/path"_s, u"A column needs the JSON pointer of its value in the record, e.g. \"/id\"."_s);
            else
                checkPointer(pointer + u"/path"_s, column.path);
            if (column.type == FivetranType::Decimal) {
                // Fivetran requires both for DECIMAL; 38 digits is the widest destinations accept.
                if (column.precision < 1 || column.precision > 38)
                    error(pointer + u"/precision"_s, u"A DECIMAL column needs a precision between 1 and 38, not %1."_s.arg(column.precision));
                else if (column.scale < 0 || column.scale > column.precision)
                    error(pointer + u"/scale"_s, u"A DECIMAL column needs a scale between 0 and its precision (%1), not %2."_s.arg(column.precision).arg(column.scale));
            } else if (column.precision != 0 || column.scale != 0) {
                warning(pointer + (column.precision != 0 ? u"/precision"_s : u"/scale"_s), u"Precision and scale only apply to DECIMAL columns; they are ignored here."_s);
            }
        }
        QHash<QString, qsizetype> paths;
        for (qsizetype i = 0; i < table.nested.size(); ++i) {
            const NestedMapping &nested = table.nested[i];
            const QString pointer = item(base + u"/nested"_s, i) + u"/path"_s;
            if (nested.path.isEmpty())
                error(pointer, u"A nested mapping needs the JSON pointer of the object or array it concerns."_s);
            else if (paths.contains(nested.path))
                error(pointer, u"The path %1 already has a nested mapping at %2/nested/%3."_s.arg(quoted(nested.path), base).arg(paths.value(nested.path)));
            else
                checkPointer(pointer, nested.path);
            paths.insert(nested.path, i);
            if (nested.mode == NestedMode::ChildTable)
                checkDestinationName(item(base + u"/nested"_s, i) + u"/tableName"_s, nested.tableName, "table");
        }
    }

    const Project &m_project;
    QStringList m_configKeys;
    QList<Problem> m_problems;
};

} // namespace

QList<Problem> ProjectValidator::validate(const Project &project)
{
    return Validator(project).run();
}

QString ProjectValidator::didYouMean(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance && distance < candidate.size()) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best.isEmpty() ? QString() : u" Did you mean "_s + quoted(best) + u'?';
}

} // namespace cw
