// SPDX-License-Identifier: MIT
#include "models/core/import/openapiimporter.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>
#include <QUrl>

#include "models/core/import/importutil.h"

namespace cw {

using namespace Qt::StringLiterals;
using namespace importutil;

namespace {

// YAML is converted to the JSON value type once, so that both spellings share one reader.
// Plain scalars are resolved as YAML 1.2's core schema does; quoted ones stay strings.
JsonValue fromYaml(const YAML::Node &node, int depth)
{
    if (depth > 256)
        throw std::runtime_error("The YAML nests deeper than 256 levels (a recursive alias?).");
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return nullptr;
    case YAML::NodeType::Sequence: {
        JsonValue array = JsonValue::array();
        for (const YAML::Node &child : node)
            array.push_back(fromYaml(child, depth + 1));
        return array;
    }
    case YAML::NodeType::Map: {
        JsonValue object = JsonValue::object();
        // Growing an ordered object copies its members (pair<const string, json> has no noexcept
        // move), whole sub-documents included; one allocation of the right size avoids that.
        static_cast<JsonValue::object_t::Container &>(object.get_ref<JsonValue::object_t &>()).reserve(node.size());
        for (const auto &pair : node)
            object[pair.first.IsScalar() ? pair.first.Scalar() : YAML::Dump(pair.first)] = fromYaml(pair.second, depth + 1);
        return object;
    }
    case YAML::NodeType::Scalar:
        break;
    }
    const std::string &scalar = node.Scalar();
    if (node.Tag() != "?")  // quoted or explicitly tagged: a string
        return scalar;
    static const std::unordered_set<std::string> nulls{"", "~", "null", "Null", "NULL"};
    if (nulls.count(scalar))
        return nullptr;
    if (scalar == "true" || scalar == "True" || scalar == "TRUE")
        return true;
    if (scalar == "false" || scalar == "False" || scalar == "FALSE")
        return false;
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression real(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    const QString text = QString::fromStdString(scalar);
    bool ok = false;
    if (integer.match(text).hasMatch()) {
        const qint64 value = text.toLongLong(&ok);
        if (ok)
            return value;
    }
    if (real.match(text).hasMatch()) {
        const double value = text.toDouble(&ok);
        if (ok)
            return value;
    }
    return scalar;
}

const char *const kMethods[] = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

class Reader final
{
public:
    Reader(const JsonValue &doc, ImportResult &result) : m_doc(doc), m_result(result) {}

    void run()
    {
        if (!m_doc.is_object()) {
            error(m_result, u""_s, Tr::tr("The document is not an OpenAPI object."));
            return;
        }
        const QString openapi = text(m_doc, "openapi");
        const QString swagger = text(m_doc, "swagger");
        if (openapi.isEmpty() && swagger.isEmpty()) {
            error(m_result, u""_s, Tr::tr("The document has neither an \"openapi\" nor a \"swagger\" version, so it is not OpenAPI."));
            return;
        }
        m_swagger = openapi.isEmpty();
        if (m_swagger && !swagger.startsWith(u"2."_s))
            warning(m_result, u"/swagger"_s, Tr::tr("Swagger %1 is not 2.0; reading it as 2.0.").arg(swagger));
        if (!m_swagger && !openapi.startsWith(u"3."_s))
            warning(m_result, u"/openapi"_s, Tr::tr("OpenAPI %1 is not 3.x; reading it as 3.1.").arg(openapi));
        m_result.title = text(m_doc.value("info", JsonValue::object()), "title");
        readBaseUrl();
        readSecurity();
        readPaths();
    }

private:
    // ---- references -------------------------------------------------------------------

    /// The object member `key`, through a hash index for large objects, because specs with
    /// thousands of schemas would otherwise pay a linear search per reference.
    const JsonValue *member(const JsonValue &object, std::string_view key)
    {
        if (!object.is_object())
            return nullptr;
        // The members directly, not json's iterators: this runs for every lookup of the import.
        const auto &members = object.get_ref<const JsonValue::object_t &>();
        if (members.size() < 32) {
            for (const auto &[name, value] : members) {
                if (name == key)
                    return &value;
            }
            return nullptr;
        }
        auto [index, fresh] = m_index.try_emplace(&object);
        if (fresh) {
            index->second.reserve(members.size());
            for (const auto &[name, value] : members)
                index->second.emplace(std::string_view(name), &value);
        }
        const auto found = index->second.find(key);
        return found == index->second.end() ? nullptr : found->second;
    }

    const JsonValue *resolve(const std::string &ref, const QString &location)
    {
        if (const auto cached = m_refs.find(ref); cached != m_refs.end())
            return cached->second;
        const JsonValue *target = nullptr;
        if (!ref.starts_with('#')) {
            if (m_external.insert(ref).second)
                warning(m_result, location, Tr::tr("The external reference \"%1\" is not followed; only references inside the document (\"#/...\") are.").arg(fromStd(ref)));
        } else {
            target = &m_doc;
            const QString pointer = QUrl::fromPercentEncoding(QByteArray::fromStdString(ref.substr(1)));
            const QStringList tokens = pointer.split(u'/', Qt::SkipEmptyParts);
            for (QString token : tokens) {
                token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
                if (target->is_array()) {
                    bool ok = false;
                    const int i = token.toInt(&ok);
                    target = ok && i >= 0 && size_t(i) < target->size() ? &(*target)[size_t(i)] : nullptr;
                } else {
                    target = member(*target, token.toStdString());
                }
                if (!target)
                    break;
            }
            if (!target)
                warning(m_result, location, Tr::tr("The reference \"%1\" points at nothing in the document.").arg(fromStd(ref)));
        }
        m_refs.emplace(ref, target);
        return target;
    }

    /// Follows a chain of $refs; a cycle of references ends at nullptr instead of hanging.
    const JsonValue *deref(const JsonValue *value, const QString &location)
    {
        for (int hops = 0; value && value->is_object(); ++hops) {
            const JsonValue *ref = member(*value, "$ref");
            if (!ref || !ref->is_string())
                return value;
            if (hops > 32) {
                warning(m_result, location, Tr::tr("The reference \"%1\" goes round in a cycle.").arg(text(*ref)));
                return nullptr;
            }
            value = resolve(ref->get_ref<const std::string &>(), location);
        }
        return value;
    }

    // ---- base URL and security --------------------------------------------------------

    void readBaseUrl()
    {
        QString url;
        if (m_swagger) {
            const QString host = text(m_doc, "host");
            QString scheme = u"https"_s;
            if (const JsonValue *schemes = member(m_doc, "schemes"); schemes && schemes->is_array() && !schemes->empty()) {
                scheme = text(schemes->front());
                for (const JsonValue &s : *schemes)
                    scheme = text(s) == u"https" ? u"https"_s : scheme;
            }
            if (!host.isEmpty())
                url = scheme + u"://"_s + host + text(m_doc, "basePath");
            else
                url = text(m_doc, "basePath");
        } else if (const JsonValue *servers = member(m_doc, "servers"); servers && servers->is_array() && !servers->empty()) {
            const JsonValue &server = servers->front();
            url = text(server, "url");
            if (const JsonValue *variables = member(server, "variables"); variables && variables->is_object()) {
                for (const auto &[name, variable] : variables->items())
                    url.replace(u'{' + fromStd(name) + u'}', text(variable, "default"));
            }
        }
        while (url.endsWith(u'/'))
            url.chop(1);
        if (url.startsWith(u"http://"_s) || url.startsWith(u"https://"_s)) {
            m_result.connection.baseUrl = url;
            return;
        }
        const QString key = addField(m_result, {u"base_url"_s, Tr::tr("Base URL"),
                                                url.isEmpty() ? Tr::tr("The document names no server; enter the API's base URL.")
                                                              : Tr::tr("The document gives only the path \"%1\"; enter the full base URL.").arg(url),
                                                false, true, {}});
        m_result.connection.baseUrl = u"{{ config."_s + key + u" }}"_s;
        warning(m_result, m_swagger ? u"/host"_s : u"/servers"_s,
                Tr::tr("The document has no absolute server URL; the base URL became the configuration field \"base_url\"."));
    }

    bool applyScheme(const QString &name, const JsonValue &scheme, const QString &location)
    {
        Auth auth;
        const QString type = text(scheme, "type");
        const QString in = text(scheme, "in");
        if (type == u"apiKey") {
            if (in != u"header" && in != u"query") {
                warning(m_result, location, Tr::tr("The API key of \"%1\" is sent in a %2, which the workbench does not support.").arg(name, in));
                return false;
            }
            auth.type = AuthType::ApiKey;
            auth.apiKeyName = text(scheme, "name");
            auth.apiKeyIn = in;
            auth.apiKeyValue = secretTemplate(m_result, u"api_key"_s, Tr::tr("API key"), Tr::tr("Sent in the %1 %2.").arg(auth.apiKeyName, in));
        } else if ((type == u"http" && text(scheme, "scheme").toLower() == u"basic") || type == u"basic") {
            auth.type = AuthType::Basic;
            auth.username = u"{{ config."_s + addField(m_result, {u"username"_s, Tr::tr("Username"), {}, false, true, {}}) + u" }}"_s;
            auth.password = secretTemplate(m_result, u"password"_s, Tr::tr("Password"), {});
        } else if (type == u"http" && text(scheme, "scheme").toLower() == u"bearer") {
            auth.type = AuthType::Bearer;
            auth.token = secretTemplate(m_result, u"api_token"_s, Tr::tr("API token"), Tr::tr("The bearer token."));
        } else if (type == u"oauth2" || type == u"openIdConnect") {
            const JsonValue *flow = nullptr;
            if (m_swagger && text(scheme, "flow") == u"application")
                flow = &scheme;
            else if (const JsonValue *flows = member(scheme, "flows"))
                flow = member(*flows, "clientCredentials");
            if (flow) {
                auth.type = AuthType::OAuth2ClientCredentials;
                auth.tokenUrl = text(*flow, "tokenUrl");
                if (const JsonValue *scopes = member(*flow, "scopes"); scopes && scopes->is_object()) {
                    QStringList names;
                    for (const auto &[scope, description] : scopes->items())
                        names.append(fromStd(scope));
                    auth.scopes = names.join(u' ');
                }
                auth.clientId = u"{{ config."_s + addField(m_result, {u"client_id"_s, Tr::tr("Client ID"), {}, false, true, {}}) + u" }}"_s;
                auth.clientSecret = secretTemplate(m_result, u"client_secret"_s, Tr::tr("Client secret"), {});
            } else {
                // Interactive OAuth flows cannot run unattended; an access token still works.
                auth.type = AuthType::Bearer;
                auth.token = secretTemplate(m_result, u"api_token"_s, Tr::tr("Access token"), Tr::tr("An OAuth 2 access token for %1.").arg(name));
                warning(m_result, location, Tr::tr("\"%1\" uses an interactive OAuth 2 flow; the project sends an access token you provide instead.").arg(name));
            }
        } else {
            warning(m_result, location, Tr::tr("The security scheme \"%1\" (%2) is not supported.").arg(name, type));
            return false;
        }
        m_result.connection.auth = auth;
        return true;
    }

    void readSecurity()
    {
        const QString base = m_swagger ? u"/securityDefinitions"_s : u"/components/securitySchemes"_s;
        const JsonValue *schemes = m_swagger ? member(m_doc, "securityDefinitions")
                                             : (member(m_doc, "components") ? member(*member(m_doc, "components"), "securitySchemes") : nullptr);
        if (!schemes || !schemes->is_object() || schemes->empty())
            return;
        // Global requirements first, in their order; then every defined scheme.
        QStringList candidates;
        if (const JsonValue *security = member(m_doc, "security"); security && security->is_array()) {
            for (const JsonValue &requirement : *security) {
                if (requirement.is_object()) {
                    for (const auto &[name, scopes] : requirement.items())
                        candidates.append(fromStd(name));
                }
            }
        }
        for (const auto &[name, scheme] : schemes->items())
            candidates.append(fromStd(name));
        candidates.removeDuplicates();
        for (const QString &name : std::as_const(candidates)) {
            const QString location = base + u'/' + pointerToken(name);
            const JsonValue *scheme = deref(member(*schemes, name.toStdString()), location);
            if (scheme && applyScheme(name, *scheme, location))
                return;
        }
    }

    // ---- operations -------------------------------------------------------------------

    void readPaths()
    {
        const JsonValue *paths = member(m_doc, "paths");
        if (!paths || !paths->is_object()) {
            error(m_result, u"/paths"_s, Tr::tr("The document has no paths."));
            return;
        }
        // About one stream per path; growing the list instead moves every (large) Stream repeatedly.
        m_result.streams.reserve(m_result.streams.size() + qsizetype(paths->size()));
        for (auto it = paths->begin(); it != paths->end(); ++it) {
            const QString path = fromStd(it.key());
            if (path.startsWith(u"x-"_s))
                continue;
            const QString location = u"/paths/"_s + pointerToken(path);
            const JsonValue *item = deref(&it.value(), location);
            if (!item || !item->is_object()) {
                error(m_result, location, Tr::tr("The path item is not an object."));
                continue;
            }
            for (const char *method : kMethods) {
                const JsonValue *operation = member(*item, method);
                if (!operation)
                    continue;
                const QString opLocation = location + u'/' + QLatin1StringView(method);
                if (qstrcmp(method, "get") != 0) {
                    note(m_result, opLocation, Tr::tr("Skipped %1 %2: not a read endpoint.").arg(QString::fromLatin1(method).toUpper(), path));
                    continue;
                }
                try {
                    readOperation(path, *item, *operation, opLocation);
                } catch (const std::exception &e) {
                    // One malformed operation never loses the rest of the document.
                    error(m_result, opLocation, Tr::tr("The operation could not be read: %1").arg(QString::fromUtf8(e.what())));
                }
            }
        }
    }

    void readParameters(const JsonValue *list, const QString &location, QList<Parameter> &out)
    {
        if (!list || !list->is_array())
            return;
        for (size_t i = 0; i < list->size(); ++i) {
            const QString itemLocation = location + u'/' + QString::number(i);
            const JsonValue *parameter = deref(&(*list)[i], itemLocation);
            if (!parameter || !parameter->is_object())
                continue;
            Parameter p;
            p.name = text(*parameter, "name");
            p.in = text(*parameter, "in");
            if (p.in == u"body" || p.in == u"formData")
                continue;
            if (p.name.isEmpty() || (p.in != u"query" && p.in != u"path" && p.in != u"header")) {
                warning(m_result, itemLocation, Tr::tr("The parameter \"%1\" in \"%2\" is not supported and was left out.").arg(p.name, p.in));
                continue;
            }
            const Auth &auth = m_result.connection.auth;
            if (auth.type == AuthType::ApiKey && p.name.compare(auth.apiKeyName, Qt::CaseInsensitive) == 0)
                continue;  // the connection's auth sends it
            if (p.in == u"header" && p.name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0)
                continue;
            p.description = text(*parameter, "description");
            p.required = parameter->value("required", false) == true || p.in == u"path";
            const JsonValue *schema = m_swagger ? parameter : deref(member(*parameter, "schema"), itemLocation + u"/schema"_s);
            if (schema && schema->is_object()) {
                p.value = text(*schema, "default");
                if (const JsonValue *values = member(*schema, "enum"); values && values->is_array()) {
                    for (const JsonValue &value : *values)
                        p.enumValues.append(text(value));
                }
            }
            if (looksLikeCredential(p.name) && !p.value.isEmpty())
                p.value.clear();
            const auto same = std::find_if(out.begin(), out.end(), [&](const Parameter &o) { return o.name == p.name && o.in == p.in; });
            if (same != out.end())
                *same = p;  // operation-level parameters override path-level ones
            else
                out.append(p);
        }
    }

    void readOperation(const QString &path, const JsonValue &item, const JsonValue &operation, const QString &location)
    {
        Stream stream;
        const QString operationId = text(operation, "operationId");
        stream.name = m_names.unique(operationId.isEmpty() ? nameFromPath(path) : snakeCase(operationId));
        if (const JsonValue *tags = member(operation, "tags"); tags && tags->is_array() && !tags->empty())
            stream.group = text(tags->front());
        stream.description = text(operation, "summary");
        if (stream.description.isEmpty())
            stream.description = text(operation, "description").section(u'\n', 0, 0);
        stream.request.method = u"GET"_s;
        stream.request.path = path;
        readParameters(member(item, "parameters"), location.section(u'/', 0, -2) + u"/parameters"_s, stream.request.parameters);
        readParameters(member(operation, "parameters"), location + u"/parameters"_s, stream.request.parameters);

        QStringList pointers;
        bool linkHeader = false;
        if (const JsonValue *response = successResponse(operation, location)) {
            if (const JsonValue *headers = member(*response, "headers"); headers && headers->is_object()) {
                for (const auto &[name, header] : headers->items())
                    linkHeader = linkHeader || QString::fromStdString(name).compare(u"Link"_s, Qt::CaseInsensitive) == 0;
            }
            readResponseSchema(responseSchema(*response, location), location, stream, pointers);
        }
        stream.pagination = guessPagination(stream.request.parameters, pointers);
        if (stream.pagination.type == PaginationType::None && linkHeader)
            stream.pagination.type = PaginationType::LinkHeader;
        m_result.streams.append(std::move(stream));  // a Stream is large; copying it showed in profiles
    }

    const JsonValue *successResponse(const JsonValue &operation, const QString &location)
    {
        const JsonValue *responses = member(operation, "responses");
        if (!responses || !responses->is_object())
            return nullptr;
        const JsonValue *chosen = member(*responses, "200");
        for (auto it = responses->begin(); !chosen && it != responses->end(); ++it) {
            if (it.key().starts_with('2'))
                chosen = &it.value();
        }
        if (!chosen)
            chosen = member(*responses, "default");
        return deref(chosen, location + u"/responses"_s);
    }

    const JsonValue *responseSchema(const JsonValue &response, const QString &location)
    {
        if (m_swagger)
            return deref(member(response, "schema"), location);
        const JsonValue *content = member(response, "content");
        if (!content || !content->is_object())
            return nullptr;
        const JsonValue *media = member(*content, "application/json");
        for (auto it = content->begin(); !media && it != content->end(); ++it) {
            if (it.key().find("json") != std::string::npos)
                media = &it.value();
        }
        return media ? deref(member(*media, "schema"), location) : nullptr;
    }

    static QString schemaType(const JsonValue &schema)
    {
        const auto it = schema.find("type");
        if (it != schema.end()) {
            if (it->is_string())
                return text(*it);
            if (it->is_array()) {  // 3.1: ["string", "null"]
                for (const JsonValue &t : *it) {
                    if (t != "null")
                        return text(t);
                }
            }
        }
        if (schema.contains("properties") || schema.contains("allOf") || schema.contains("additionalProperties"))
            return u"object"_s;
        if (schema.contains("items"))
            return u"array"_s;
        return {};
    }

    /// Properties of an object schema, allOf members merged; oneOf/anyOf take their first choice.
    void properties(const JsonValue *schema, const QString &location, std::vector<std::pair<QString, const JsonValue *>> &out, int depth)
    {
        schema = deref(schema, location);
        if (!schema || !schema->is_object() || depth > 8)
            return;
        if (const JsonValue *props = member(*schema, "properties"); props && props->is_object()) {
            for (auto it = props->begin(); it != props->end(); ++it) {
                const QString name = fromStd(it.key());
                if (std::none_of(out.begin(), out.end(), [&](const auto &p) { return p.first == name; }))
                    out.emplace_back(name, &it.value());
            }
        }
        if (const JsonValue *all = member(*schema, "allOf"); all && all->is_array()) {
            for (const JsonValue &part : *all)
                properties(&part, location, out, depth + 1);
        }
        for (const char *choice : {"oneOf", "anyOf"}) {
            if (const JsonValue *options = member(*schema, choice); options && options->is_array() && !options->empty())
                properties(&options->front(), location, out, depth + 1);
        }
    }

    FivetranType columnType(const JsonValue &schema)
    {
        const QString type = schemaType(schema);
        const QString format = text(schema, "format");
        if (type == u"integer")
            return format == u"int32" ? FivetranType::Int : FivetranType::Long;
        if (type == u"number")
            return format == u"float" ? FivetranType::Float : FivetranType::Double;
        if (type == u"boolean")
            return FivetranType::Boolean;
        if (type == u"string") {
            if (format == u"date-time")
                return FivetranType::UtcDateTime;
            if (format == u"date")
                return FivetranType::NaiveDate;
            return FivetranType::String;
        }
        if (type == u"object" || type == u"array")
            return FivetranType::Json;
        return FivetranType::Unspecified;
    }

    void readResponseSchema(const JsonValue *schema, const QString &location, Stream &stream, QStringList &pointers)
    {
        if (!schema || !schema->is_object())
            return;
        const QString schemaLocation = location + u"/responses"_s;
        const JsonValue *records = nullptr;
        if (schemaType(*schema) == u"array") {
            stream.recordsPath = QString();
            records = deref(member(*schema, "items"), schemaLocation);
        } else {
            std::vector<std::pair<QString, const JsonValue *>> top;
            properties(schema, schemaLocation, top, 0);
            const JsonValue *fallback = nullptr;
            QString fallbackName;
            static const QStringList preferred{u"data"_s, u"items"_s, u"results"_s, u"records"_s, u"values"_s, u"entries"_s,
                                               u"list"_s, u"objects"_s, u"elements"_s, u"rows"_s, u"hits"_s, u"resources"_s, u"content"_s};
            int best = int(preferred.size());
            for (const auto &[name, value] : top) {
                const QString pointer = u'/' + pointerToken(name);
                pointers.append(pointer);
                const JsonValue *resolved = deref(value, schemaLocation);
                if (!resolved || !resolved->is_object())
                    continue;
                const QString type = schemaType(*resolved);
                if (type == u"object") {
                    std::vector<std::pair<QString, const JsonValue *>> inner;
                    properties(resolved, schemaLocation, inner, 0);
                    for (const auto &[innerName, innerValue] : inner)
                        pointers.append(pointer + u'/' + pointerToken(innerName));
                } else if (type == u"array") {
                    const int rank = int(preferred.indexOf(name.toLower()));
                    if (rank >= 0 && rank < best) {
                        best = rank;
                        records = deref(member(*resolved, "items"), schemaLocation);
                        stream.recordsPath = pointer;
                    } else if (!fallback) {
                        fallback = deref(member(*resolved, "items"), schemaLocation);
                        fallbackName = pointer;
                    }
                }
            }
            if (!records && fallback) {
                records = fallback;
                stream.recordsPath = fallbackName;
            }
            if (!records)
                records = schema;  // a single object: its properties are still the columns
        }
        if (!records)
            return;
        std::vector<std::pair<QString, const JsonValue *>> fields;
        properties(records, schemaLocation, fields, 0);
        for (const auto &[name, value] : fields) {
            const JsonValue *field = deref(value, schemaLocation);
            if (!field || !field->is_object())
                continue;
            const QString pointer = u'/' + pointerToken(name);
            if (name == u"id")
                stream.table.primaryKey = {u"id"_s};
            std::vector<std::pair<QString, const JsonValue *>> nested;
            if (schemaType(*field) == u"object")
                properties(field, schemaLocation, nested, 0);
            if (nested.empty()) {
                stream.table.columns.append({pointer, snakeCase(name, u"column"_s), columnType(*field), 0, 0, true});
                continue;
            }
            // Objects are flattened one level; anything deeper stays one JSON column.
            for (const auto &[innerName, innerValue] : nested) {
                const JsonValue *inner = deref(innerValue, schemaLocation);
                const FivetranType type = inner && inner->is_object() ? columnType(*inner) : FivetranType::Unspecified;
                stream.table.columns.append({pointer + u'/' + pointerToken(innerName), snakeCase(name + u'_' + innerName, u"column"_s),
                                             type, 0, 0, true});
            }
        }
    }

    const JsonValue &m_doc;
    ImportResult &m_result;
    bool m_swagger = false;
    NameRegistry m_names;
    std::unordered_map<std::string, const JsonValue *> m_refs;
    std::unordered_set<std::string> m_external;
    std::unordered_map<const JsonValue *, std::unordered_map<std::string_view, const JsonValue *>> m_index;
};

} // namespace

ImportResult OpenApiImporter::read(const QByteArray &bytes, const QString &sourceName)
{
    Q_UNUSED(sourceName);
    ImportResult result;
    const qsizetype first = [&] {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (!QChar::isSpace(uchar(bytes[i])))
                return i;
        }
        return bytes.size();
    }();
    JsonValue doc;
    if (first < bytes.size() && (bytes[first] == '{' || bytes[first] == '[')) {
        std::optional<JsonValue> parsed = parseJson(bytes, result);
        if (!parsed)
            return result;
        doc = std::move(*parsed);
    } else {
        try {
            doc = fromYaml(YAML::Load(bytes.toStdString()), 0);
        } catch (const YAML::Exception &e) {
            error(result, Tr::tr("line %1, column %2").arg(e.mark.line + 1).arg(e.mark.column + 1),
                  Tr::tr("The YAML is not valid: %1").arg(QString::fromStdString(e.msg)));
            return result;
        } catch (const std::exception &e) {
            error(result, {}, QString::fromUtf8(e.what()));
            return result;
        }
    }
    Reader(doc, result).run();
    return result;
}

} // namespace cw
