// SPDX-License-Identifier: MIT
#include "models/core/import/harimporter.h"

#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include "models/core/import/importutil.h"

namespace cw {

using namespace Qt::StringLiterals;
using namespace importutil;

namespace {

/// Segments that are identifiers rather than names (numbers, UUIDs, long hex) become path
/// parameters, so that /posts/1 and /posts/2 are one stream.
bool isIdentifier(QStringView segment)
{
    if (segment.isEmpty())
        return false;
    bool digits = true, hex = segment.size() >= 16;
    for (QChar c : segment) {
        digits = digits && c.isDigit();
        hex = hex && (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f') || c == u'-');
    }
    return digits || hex;
}

struct Split {
    QString origin;  ///< "https://host:port", scheme and host lowercase
    QString path;
    QString query;
};

// A hand-written split, because QUrl is the slowest part of reading 100,000 entries.
Split split(const QString &url)
{
    Split s;
    const qsizetype scheme = url.indexOf(u"://"_s);
    if (scheme <= 0)
        return s;
    qsizetype end = scheme + 3;
    while (end < url.size() && url[end] != u'/' && url[end] != u'?' && url[end] != u'#')
        ++end;
    s.origin = url.left(end).toLower();
    qsizetype queryAt = url.indexOf(u'?', end);
    qsizetype hash = url.indexOf(u'#', end);
    if (hash < 0)
        hash = url.size();
    if (queryAt < 0 || queryAt > hash)
        queryAt = hash;
    s.path = QUrl::fromPercentEncoding(url.mid(end, queryAt - end).toUtf8());
    if (s.path.isEmpty())
        s.path = u"/"_s;
    s.query = queryAt < hash ? url.mid(queryAt + 1, hash - queryAt - 1) : QString();
    return s;
}

/// `object[key]` without copying it (JsonValue::value() copies), or a shared empty value.
const JsonValue &child(const JsonValue &object, const char *key)
{
    static const JsonValue empty;
    if (!object.is_object())
        return empty;
    const auto it = object.find(key);
    return it == object.end() ? empty : *it;
}

bool isStaticAsset(const QString &mimeType)
{
    const QString type = mimeType.section(u';', 0, 0).trimmed().toLower();
    return type.startsWith(u"image/"_s) || type.startsWith(u"font/"_s) || type.startsWith(u"video/"_s) || type.startsWith(u"audio/"_s)
           || type == u"text/css" || type == u"text/html" || type.contains(u"javascript"_s) || type == u"application/wasm";
}

} // namespace

ImportResult HarImporter::read(const QByteArray &bytes, const QString &sourceName)
{
    Q_UNUSED(sourceName);
    ImportResult result;
    std::optional<JsonValue> doc = parseJson(bytes, result);
    if (!doc)
        return result;
    const JsonValue *entries = nullptr;
    if (doc->is_object() && doc->contains("log") && (*doc)["log"].is_object() && (*doc)["log"].contains("entries"))
        entries = &(*doc)["log"]["entries"];
    if (!entries || !entries->is_array()) {
        error(result, u"/log/entries"_s, Tr::tr("The file is not a HAR recording: it has no log.entries list."));
        return result;
    }

    // First pass: the most common origin of the GET requests is the base URL.
    QHash<QString, int> origins;
    QString best;
    for (const JsonValue &entry : *entries) {
        const auto request = entry.find("request");
        if (request == entry.end() || !request->is_object())
            continue;
        const QString entryOrigin = split(text(*request, "url")).origin;
        const int n = ++origins[entryOrigin];
        if (n > origins.value(best))
            best = entryOrigin;
    }
    if (best.isEmpty()) {
        error(result, u"/log/entries"_s, Tr::tr("The recording holds no requests with an absolute URL."));
        return result;
    }
    result.connection.baseUrl = best;
    result.title = QUrl(best).host();

    QHash<QString, qsizetype> streamOf;  // "GET /posts/{post_id}" → index in result.streams
    QHash<QString, int> otherOrigins;
    int skippedMethods = 0, skippedAssets = 0, broken = 0;
    bool cookies = false;
    NameRegistry names;
    for (size_t i = 0; i < entries->size(); ++i) {
        const JsonValue &entry = (*entries)[i];
        const QString location = u"/log/entries/"_s + QString::number(i);
        const auto request = entry.find("request");
        if (!entry.is_object() || request == entry.end() || !request->is_object()) {
            if (broken++ < 20)  // one recording with thousands of bad entries must not drown the list
                error(result, location, Tr::tr("The entry has no request."));
            continue;
        }
        const QString url = text(*request, "url");
        const Split parts = split(url);
        if (parts.origin.isEmpty()) {
            if (broken++ < 20)
                error(result, location + u"/request/url"_s, Tr::tr("\"%1\" is not an absolute URL.").arg(url));
            continue;
        }
        if (text(*request, "method").toUpper() != u"GET") {
            ++skippedMethods;
            continue;
        }
        if (parts.origin != best) {
            ++otherOrigins[parts.origin];
            continue;
        }
        const JsonValue &response = child(entry, "response");
        const JsonValue &content = child(response, "content");
        if (isStaticAsset(text(content, "mimeType"))) {
            ++skippedAssets;
            continue;
        }
        QStringList segments = parts.path.split(u'/');
        QList<Parameter> pathParameters;
        for (qsizetype s = 0; s < segments.size(); ++s) {
            if (!isIdentifier(segments[s]))
                continue;
            QString owner = s > 0 ? snakeCase(segments[s - 1], u"item"_s) : u"item"_s;
            if (owner.endsWith(u's') && owner.size() > 1)
                owner.chop(1);
            const QString name = owner + u"_id"_s;
            // The recorded value is a useful default: it is the record the user looked at.
            pathParameters.append({name, u"path"_s, segments[s], {}, true, {}});
            segments[s] = u'{' + name + u'}';
        }
        const QString path = segments.join(u'/');
        const QString key = u"GET "_s + path;
        if (streamOf.contains(key))
            continue;  // a repeated request: the first one's query parameters are kept

        Stream stream;
        stream.request.path = path;
        stream.request.parameters = pathParameters;
        stream.name = names.unique(nameFromPath(path));
        stream.description = Tr::tr("Recorded: %1").arg(parts.path);
        const JsonValue &queryString = child(*request, "queryString");
        QList<QPair<QString, QString>> query;
        if (queryString.is_array() && !queryString.empty()) {
            for (const JsonValue &q : queryString)
                query.append({text(q, "name"), text(q, "value")});
        } else if (!parts.query.isEmpty()) {
            query = QUrlQuery(parts.query).queryItems(QUrl::FullyDecoded);
        }
        for (const auto &[name, value] : std::as_const(query)) {
            if (looksLikeCredential(name)) {
                if (result.connection.auth.type == AuthType::None) {
                    Auth &auth = result.connection.auth;
                    auth.type = AuthType::ApiKey;
                    auth.apiKeyName = name;
                    auth.apiKeyIn = u"query"_s;
                    auth.apiKeyValue = secretTemplate(result, u"api_key"_s, Tr::tr("API key"), Tr::tr("Sent as the query parameter %1.").arg(name));
                    warning(result, location, Tr::tr("The query parameter %1 looks like a credential; it was replaced by a secret configuration field.").arg(name));
                }
                continue;
            }
            stream.request.parameters.append({name, u"query"_s, value, {}, false, {}});
        }
        // Credentials: only the first request of each stream is looked at; they repeat.
        if (const JsonValue &recorded = child(*request, "cookies"); recorded.is_array() && !recorded.empty())
            cookies = true;
        for (const JsonValue &header : child(*request, "headers")) {
            const QString name = text(header, "name");
            if (name.startsWith(u':'))
                continue;  // HTTP/2 pseudo-headers
            if (name.compare(u"Cookie"_s, Qt::CaseInsensitive) == 0) {
                cookies = true;
                continue;
            }
            const bool known = (name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0 && result.connection.auth.type != AuthType::None)
                               || (result.connection.auth.type == AuthType::ApiKey && name.compare(result.connection.auth.apiKeyName, Qt::CaseInsensitive) == 0);
            if (!known && looksLikeCredential(name))
                applyCredentialHeader(result, name, text(header, "value"), location + u"/request/headers"_s);
        }

        ImportSample sample;
        sample.streamName = stream.name;
        sample.status = child(response, "status").is_number_integer() ? child(response, "status").get<int>() : 0;
        sample.url = url;
        sample.method = u"GET"_s;
        for (const JsonValue &header : child(response, "headers"))
            sample.headers.append({text(header, "name").toUtf8(), text(header, "value").toUtf8()});
        const QByteArray body = text(content, "text").toUtf8();
        sample.body = text(content, "encoding") == u"base64" ? QByteArray::fromBase64(body) : body;

        QStringList pointers;
        if (sample.body.size() > 0) {
            const JsonValue json = JsonValue::parse(sample.body.constData(), sample.body.constData() + sample.body.size(), nullptr, false);
            if (!json.is_discarded()) {
                if (const std::optional<QString> records = recordsPathOfSample(json))
                    stream.recordsPath = *records;
                pointers = propertyPointers(json);
            }
        }
        stream.pagination = guessPagination(stream.request.parameters, pointers);
        if (stream.pagination.type == PaginationType::None) {
            for (const auto &[name, value] : std::as_const(sample.headers)) {
                if (name.compare("Link", Qt::CaseInsensitive) == 0 && value.contains("rel=\"next\""))
                    stream.pagination.type = PaginationType::LinkHeader;
            }
        }
        streamOf.insert(key, result.streams.size());
        result.streams.append(stream);
        result.samples.append(sample);
    }
    if (cookies)
        applyCredentialHeader(result, u"Cookie"_s, {}, u"/log/entries"_s);
    if (broken > 20)
        error(result, u"/log/entries"_s, Tr::tr("%1 entries in all could not be read.").arg(broken));
    if (skippedMethods > 0)
        note(result, u"/log/entries"_s, Tr::tr("Skipped %n request(s) that are not GET: not read endpoints.", nullptr, skippedMethods));
    if (skippedAssets > 0)
        note(result, u"/log/entries"_s, Tr::tr("Skipped %n request(s) for pages, scripts, styles, images and fonts.", nullptr, skippedAssets));
    for (auto it = otherOrigins.cbegin(); it != otherOrigins.cend(); ++it)
        warning(result, u"/log/entries"_s, Tr::tr("Skipped %n request(s) to %1: a project talks to one base URL (%2), the most frequent one.", nullptr, it.value())
                                               .arg(it.key(), best));
    return result;
}

} // namespace cw
