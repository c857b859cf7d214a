// SPDX-License-Identifier: MIT
#include "models/core/import/postmanimporter.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrlQuery>

#include "models/core/import/importutil.h"

namespace cw {

using namespace Qt::StringLiterals;
using namespace importutil;

namespace {

/// A GET request found in the tree, before the base URL and auth are chosen.
struct Candidate {
    Stream stream;
    QString origin;          ///< templated, e.g. "{{ config.base_url }}" or "https://api.example.com"
    const JsonValue *auth;   ///< effective auth after inheritance; nullptr: none
    QString location;
};

class Reader final
{
public:
    Reader(const JsonValue &doc, ImportResult &result) : m_doc(doc), m_result(result) {}

    void run()
    {
        if (!m_doc.is_object()) {
            error(m_result, {}, Tr::tr("The file is not a Postman collection (the top level is not an object)."));
            return;
        }
        const JsonValue info = m_doc.value("info", JsonValue());
        if (!info.is_object()) {
            if (m_doc.contains("requests") || m_doc.contains("order"))
                error(m_result, {}, Tr::tr("This is a Postman collection v1, which is not supported; export it from Postman again as Collection v2.1."));
            else
                error(m_result, {}, Tr::tr("The file is not a Postman collection (it has no \"info\")."));
            return;
        }
        const QString schema = text(info, "schema");
        if (!schema.isEmpty() && !schema.contains(u"v2.0"_s) && !schema.contains(u"v2.1"_s))
            warning(m_result, u"/info/schema"_s, Tr::tr("The collection schema %1 is not v2.0 or v2.1; reading it as v2.1.").arg(schema));
        m_result.title = text(info, "name");

        // Collection variables become configuration fields, their values defaults.
        if (const auto variables = m_doc.find("variable"); variables != m_doc.end() && variables->is_array()) {
            for (const JsonValue &variable : *variables) {
                QString name = text(variable, "key");
                if (name.isEmpty())
                    name = text(variable, "id");
                if (name.isEmpty())
                    continue;
                ConfigurationField field{snakeCase(name, u"value"_s), name, text(variable, "description"), looksLikeCredential(name), false,
                                         text(variable, "value")};
                m_variables.insert(name, addField(m_result, field));
            }
        }
        const JsonValue *collectionAuth = m_doc.contains("auth") ? &m_doc["auth"] : nullptr;
        if (const auto items = m_doc.find("item"); items != m_doc.end() && items->is_array())
            walk(*items, {}, {}, collectionAuth);
        else
            error(m_result, u"/item"_s, Tr::tr("The collection has no items."));
        finish(collectionAuth);
    }

private:
    /// `{{var}}` → `{{ config.var }}`; unknown variables (from an environment) become required fields.
    QString templated(const QString &value, const QString &location, bool secret = false)
    {
        static const QRegularExpression variable(u"\\{\\{\\s*([^{}]+?)\\s*\\}\\}"_s);
        QString out;
        qsizetype last = 0;
        for (auto it = variable.globalMatch(value); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            out += value.mid(last, match.capturedStart() - last);
            last = match.capturedEnd();
            const QString name = match.captured(1);
            if (name.startsWith(u'$')) {
                warning(m_result, location, Tr::tr("The dynamic variable {{%1}} has no equivalent and was left out.").arg(name));
                continue;
            }
            QString key = m_variables.value(name);
            if (key.isEmpty()) {
                key = addField(m_result, {snakeCase(name, u"value"_s), name, Tr::tr("A Postman variable the collection does not define (an environment variable?)."),
                                          secret || looksLikeCredential(name), true, {}});
                m_variables.insert(name, key);
            } else if (secret) {
                addField(m_result, {key, name, {}, true, true, {}});
            }
            out += u"{{ config."_s + key + u" }}"_s;
        }
        return out + value.mid(last);
    }

    /// A credential value: a variable reference stays one (made secret); a literal is never kept.
    QString credential(const QString &value, const QString &key, const QString &label, const QString &location)
    {
        static const QRegularExpression pure(u"^\\s*\\{\\{[^{}]+\\}\\}\\s*$"_s);
        if (pure.match(value).hasMatch())
            return templated(value.trimmed(), location, true);
        return secretTemplate(m_result, key, label, Tr::tr("Was a literal value in the collection; enter it here."));
    }

    static QString description(const JsonValue &value)
    {
        const auto it = value.find("description");
        if (it == value.end())
            return {};
        return it->is_object() ? text(*it, "content") : text(*it);
    }

    void walk(const JsonValue &items, const QString &folder, const QString &number, const JsonValue *inheritedAuth)
    {
        for (size_t i = 0; i < items.size(); ++i) {
            const JsonValue &item = items[i];
            const QString index = number.isEmpty() ? QString::number(i + 1) : number + u'.' + QString::number(i + 1);
            const QString name = text(item, "name");
            const QString location = Tr::tr("item %1 (%2)").arg(index, folder.isEmpty() ? name : folder + u" / "_s + name);
            if (!item.is_object()) {
                error(m_result, location, Tr::tr("The item is not an object."));
                continue;
            }
            const JsonValue *auth = inheritedAuth;
            if (const auto own = item.find("auth"); own != item.end() && own->is_object() && text(*own, "type") != u"inherit")
                auth = &*own;
            try {
                if (const auto children = item.find("item"); children != item.end() && children->is_array())
                    walk(*children, folder.isEmpty() ? name : folder + u" / "_s + name, index, auth);
                else if (item.contains("request"))
                    readRequest(item, folder, location, auth);
            } catch (const std::exception &e) {
                error(m_result, location, Tr::tr("The item could not be read: %1").arg(QString::fromUtf8(e.what())));
            }
        }
    }

    void readRequest(const JsonValue &item, const QString &folder, const QString &location, const JsonValue *auth)
    {
        const JsonValue &request = item["request"];
        const QString method = request.is_object() ? text(request, "method").toUpper() : u"GET"_s;
        if (!method.isEmpty() && method != u"GET") {
            note(m_result, location, Tr::tr("Skipped %1: not a read endpoint.").arg(method));
            return;
        }
        if (request.is_object()) {
            if (const auto own = request.find("auth"); own != request.end() && own->is_object() && text(*own, "type") != u"inherit")
                auth = &*own;
        }
        const JsonValue url = request.is_string() ? request : request.value("url", JsonValue());
        QString raw;
        QList<QPair<QString, QString>> query;
        QHash<QString, QString> pathValues;
        if (url.is_string()) {
            raw = text(url);
            const qsizetype q = raw.indexOf(u'?');
            if (q >= 0)
                query = QUrlQuery(raw.mid(q + 1)).queryItems(QUrl::FullyDecoded);
        } else if (url.is_object()) {
            raw = text(url, "raw");
            if (const auto list = url.find("query"); list != url.end() && list->is_array()) {
                for (const JsonValue &entry : *list) {
                    if (entry.value("disabled", false) != true && !text(entry, "key").isEmpty())
                        query.append({text(entry, "key"), text(entry, "value")});
                }
            } else if (const qsizetype q = raw.indexOf(u'?'); q >= 0) {
                query = QUrlQuery(raw.mid(q + 1)).queryItems(QUrl::FullyDecoded);
            }
            if (const auto list = url.find("variable"); list != url.end() && list->is_array()) {
                for (const JsonValue &entry : *list)
                    pathValues.insert(text(entry, "key"), text(entry, "value"));
            }
            if (raw.isEmpty()) {
                // Build it from the parts when "raw" is missing.
                QStringList host, path;
                for (const JsonValue &part : url.value("host", JsonValue::array()))
                    host.append(text(part));
                for (const JsonValue &part : url.value("path", JsonValue::array()))
                    path.append(part.is_object() ? text(part, "value") : text(part));
                const QString protocol = text(url, "protocol");
                raw = (protocol.isEmpty() ? QString() : protocol + u"://"_s) + host.join(u'.')
                      + (text(url, "port").isEmpty() ? QString() : u':' + text(url, "port")) + u'/' + path.join(u'/');
            }
        }
        if (raw.isEmpty()) {
            error(m_result, location, Tr::tr("The request has no URL."));
            return;
        }
        raw = raw.section(u'?', 0, 0).section(u'#', 0, 0);
        // Split origin and path: "{{baseUrl}}/v1/x", "https://host:8080/x", "host/x".
        QString origin, path;
        if (raw.startsWith(u"{{"_s)) {
            const qsizetype end = raw.indexOf(u"}}"_s) + 2;
            const qsizetype slash = raw.indexOf(u'/', end);
            origin = raw.left(slash < 0 ? raw.size() : slash);
            path = slash < 0 ? QString() : raw.mid(slash);
        } else {
            const qsizetype scheme = raw.indexOf(u"://"_s);
            const qsizetype hostStart = scheme < 0 ? 0 : scheme + 3;
            const qsizetype slash = raw.indexOf(u'/', hostStart);
            origin = raw.left(slash < 0 ? raw.size() : slash);
            if (scheme < 0)
                origin.prepend(u"https://"_s);
            path = slash < 0 ? QString() : raw.mid(slash);
        }
        while (origin.endsWith(u'/'))
            origin.chop(1);

        Candidate candidate;
        candidate.location = location;
        candidate.auth = auth;
        candidate.origin = templated(origin, location);
        Stream &stream = candidate.stream;
        stream.name = snakeCase(text(item, "name"), nameFromPath(path));
        stream.group = folder;
        stream.description = description(request.is_object() ? request : item).section(u'\n', 0, 0);
        if (stream.description.isEmpty())
            stream.description = description(item).section(u'\n', 0, 0);
        // Postman writes path variables as :name; the project writes {name}.
        QStringList segments = path.split(u'/');
        for (QString &segment : segments) {
            if (segment.startsWith(u':') && segment.size() > 1) {
                const QString name = segment.mid(1);
                segment = u'{' + name + u'}';
                stream.request.parameters.append({name, u"path"_s, templated(pathValues.value(name), location), {}, true, {}});
            }
        }
        stream.request.path = templated(segments.join(u'/'), location);
        if (stream.request.path.isEmpty())
            stream.request.path = u"/"_s;
        for (const auto &[name, value] : std::as_const(query)) {
            const bool secret = looksLikeCredential(name);
            stream.request.parameters.append({name, u"query"_s, secret ? credential(value, snakeCase(name), name, location) : templated(value, location),
                                              {}, false, {}});
        }
        if (request.is_object()) {
            if (const auto headers = request.find("header"); headers != request.end() && headers->is_array()) {
                for (const JsonValue &header : *headers) {
                    const QString name = text(header, "key");
                    if (name.isEmpty() || header.value("disabled", false) == true || name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
                        continue;
                    const QString value = text(header, "value");
                    const bool secret = looksLikeCredential(name);
                    stream.request.parameters.append({name, u"header"_s, secret ? credential(value, snakeCase(name), name, location) : templated(value, location),
                                                      {}, false, {}});
                }
            }
            if (const auto body = request.find("body"); body != request.end() && body->is_object() && text(*body, "mode") == u"raw")
                stream.request.body = templated(text(*body, "raw"), location);
        }
        stream.pagination = guessPagination(stream.request.parameters, {});
        m_candidates.append(candidate);
    }

    Auth mapAuth(const JsonValue &auth, const QString &location)
    {
        Auth out;
        const QString type = text(auth, "type");
        QHash<QString, QString> params;
        if (const auto values = auth.find(type.toStdString()); values != auth.end()) {
            if (values->is_array()) {  // v2.1: [{key, value}]
                for (const JsonValue &entry : *values)
                    params.insert(text(entry, "key"), text(entry, "value"));
            } else if (values->is_object()) {  // v2.0: {key: value}
                for (const auto &[key, value] : values->items())
                    params.insert(fromStd(key), text(value));
            }
        }
        if (type == u"noauth" || type.isEmpty()) {
            return out;
        } else if (type == u"apikey") {
            out.type = AuthType::ApiKey;
            out.apiKeyName = params.value(u"key"_s, u"X-API-Key"_s);
            out.apiKeyIn = params.value(u"in"_s) == u"query" ? u"query"_s : u"header"_s;
            out.apiKeyValue = credential(params.value(u"value"_s), u"api_key"_s, Tr::tr("API key"), location);
        } else if (type == u"bearer") {
            out.type = AuthType::Bearer;
            out.token = credential(params.value(u"token"_s), u"api_token"_s, Tr::tr("API token"), location);
        } else if (type == u"basic") {
            out.type = AuthType::Basic;
            const QString user = params.value(u"username"_s);
            out.username = user.contains(u"{{"_s) ? templated(user, location)
                                                 : u"{{ config."_s + addField(m_result, {u"username"_s, Tr::tr("Username"), {}, false, true, user}) + u" }}"_s;
            out.password = credential(params.value(u"password"_s), u"password"_s, Tr::tr("Password"), location);
        } else if (type == u"oauth2" && params.value(u"grant_type"_s) == u"client_credentials") {
            out.type = AuthType::OAuth2ClientCredentials;
            out.tokenUrl = templated(params.value(u"accessTokenUrl"_s), location);
            const QString id = params.value(u"clientId"_s);
            out.clientId = id.contains(u"{{"_s) ? templated(id, location)
                                               : u"{{ config."_s + addField(m_result, {u"client_id"_s, Tr::tr("Client ID"), {}, false, true, id}) + u" }}"_s;
            out.clientSecret = credential(params.value(u"clientSecret"_s), u"client_secret"_s, Tr::tr("Client secret"), location);
            out.scopes = params.value(u"scope"_s);
        } else if (type == u"oauth2") {
            out.type = AuthType::Bearer;
            out.token = credential(params.value(u"accessToken"_s), u"api_token"_s, Tr::tr("Access token"), location);
            warning(m_result, location, Tr::tr("The OAuth 2 flow is interactive; the project sends an access token you provide instead."));
        } else {
            warning(m_result, location, Tr::tr("The auth type \"%1\" is not supported.").arg(type));
        }
        return out;
    }

    void finish(const JsonValue *collectionAuth)
    {
        // The most common origin is the connection's base URL; a project has only one.
        QHash<QString, int> counts;
        QString best;
        for (const Candidate &c : std::as_const(m_candidates)) {
            const int n = ++counts[c.origin];
            if (n > counts.value(best))
                best = c.origin;
        }
        m_result.connection.baseUrl = best;
        const JsonValue *chosenAuth = collectionAuth;
        if (!chosenAuth) {
            for (const Candidate &c : std::as_const(m_candidates))
                chosenAuth = chosenAuth ? chosenAuth : c.auth;
        }
        if (chosenAuth)
            m_result.connection.auth = mapAuth(*chosenAuth, chosenAuth == collectionAuth ? u"/auth"_s : m_candidates.first().location);
        NameRegistry names;
        for (Candidate &c : m_candidates) {
            if (c.origin != best) {
                warning(m_result, c.location, Tr::tr("Skipped: the request goes to %1, not to the base URL %2; a project talks to one API.").arg(c.origin, best));
                continue;
            }
            const bool sameAuth = c.auth == chosenAuth || (c.auth && chosenAuth && *c.auth == *chosenAuth)
                                  || (!chosenAuth && c.auth && text(*c.auth, "type") == u"noauth");
            if (!sameAuth)
                warning(m_result, c.location, Tr::tr("The request uses other authentication than the collection; the project uses one for all streams."));
            c.stream.name = names.unique(c.stream.name);
            m_result.streams.append(c.stream);
        }
    }

    const JsonValue &m_doc;
    ImportResult &m_result;
    QHash<QString, QString> m_variables;  ///< Postman variable name → configuration key
    QList<Candidate> m_candidates;
};

} // namespace

ImportResult PostmanImporter::read(const QByteArray &bytes, const QString &sourceName)
{
    Q_UNUSED(sourceName);
    ImportResult result;
    const std::optional<JsonValue> doc = parseJson(bytes, result);
    if (doc)
        Reader(*doc, result).run();
    return result;
}

} // namespace cw
