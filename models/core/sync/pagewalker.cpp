// SPDX-License-Identifier: MIT
#include "models/core/sync/pagewalker.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QUrlQuery>

#include "models/core/http/linkheader.h"
#include "models/core/json/jsondocument.h"
#include "models/core/support/jsondepth.h"

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::PageWalker)
};

// QUrlQuery takes names and values half-encoded: it would send a '+' as is (a space to
// most servers) and read "%41" as an escape. Everything we add goes in fully encoded.
QString encodedQueryPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

void setQueryItem(QUrl &url, const QString &name, const QString &value)
{
    if (name.isEmpty())
        return;
    // Names compare decoded: a server's link may write page[size] or page%5Bsize%5D.
    QUrlQuery query;
    for (const auto &[key, existing] : QUrlQuery(url).queryItems(QUrl::FullyEncoded)) {
        if (QUrl::fromPercentEncoding(key.toLatin1()) != name)
            query.addQueryItem(key, existing);
    }
    query.addQueryItem(encodedQueryPart(name), encodedQueryPart(value));
    url.setQuery(query);
}

// All Link header lines as one value: a server may send several (RFC 9110 section 5.3).
QByteArray linkHeader(const HttpResponse &response)
{
    QByteArrayList values;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("link", Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values.join(", ");
}

std::optional<JsonValue::json_pointer> pointer(const QString &text)
{
    try {
        return JsonValue::json_pointer(text.toStdString());
    } catch (const JsonValue::exception &) {
        return std::nullopt;
    }
}

// The value at a JSON pointer, or null when the pointer is empty, invalid or absent.
JsonValue valueAt(const JsonValue &body, const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    const auto ptr = pointer(path);
    if (!ptr)
        return nullptr;
    try {
        return body.contains(*ptr) ? body.at(*ptr) : JsonValue();
    } catch (const JsonValue::exception &) {
        return nullptr; // e.g. a non-numeric token used on an array
    }
}

QString scalarText(const JsonValue &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number() || value.is_boolean())
        return QString::fromStdString(value.dump());
    return {};
}

// A JSON pointer split into its unescaped member names; nullopt when it is not one.
std::optional<std::vector<std::string>> pointerTokens(const QString &text)
{
    if (!text.startsWith(u'/'))
        return text.isEmpty() ? std::optional<std::vector<std::string>>(std::vector<std::string>()) : std::nullopt;
    std::vector<std::string> tokens;
    for (const QString &part : text.mid(1).split(u'/')) {
        std::string token;
        const std::string raw = part.toStdString();
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '~') {
                token += raw[i];
                continue;
            }
            if (i + 1 >= raw.size() || (raw[i + 1] != '0' && raw[i + 1] != '1'))
                return std::nullopt;  // as nlohmann: "~" must be followed by 0 or 1
            token += raw[++i] == '0' ? '~' : '/';
        }
        tokens.push_back(std::move(token));
    }
    return tokens;
}

// The value at `tokens` (from pointerTokens()) without copying it, or null where the record
// has none: what valueAt() finds, once per record without parsing the pointer again.
const JsonValue *find(const JsonValue &root, const std::vector<std::string> &tokens)
{
    const JsonValue *at = &root;
    for (const std::string &token : tokens) {
        if (at->is_object()) {
            const auto found = at->find(token);
            if (found == at->end())
                return nullptr;
            at = &*found;
        } else if (at->is_array()) {
            std::size_t index = 0;
            const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
            if (ec != std::errc() || end != token.data() + token.size() || (token.size() > 1 && token[0] == '0')
                || index >= at->size())
                return nullptr;
            at = &(*at)[index];
        } else {
            return nullptr;
        }
    }
    return at;
}

// A cursor value's text with the numbers QString::toLongLong() and toDouble() read from
// it, as the comparison in fetchNext() needs them; nullopt for no value, an empty string or
// a container. JSON numbers are read as such (the same numbers as from their text); only a
// string that could be a number goes through QString.
std::optional<PageWalker::CursorValue> cursorValue(const JsonValue *value)
{
    if (!value)
        return std::nullopt;
    PageWalker::CursorValue out;
    if (value->is_string()) {
        const std::string &text = value->get_ref<const std::string &>();
        if (text.empty())
            return std::nullopt;
        out.text = QString::fromStdString(text);
        // QString's C-locale number parser takes digits, signs, points, exponents and white
        // space, and "inf" and "nan" spelt in any case; a timestamp has a 'T' or a ':' and is none.
        const bool mayBeNumber = std::all_of(text.begin(), text.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' || c == ' '
                || (c >= '\t' && c <= '\r');
        }) || std::any_of(text.begin(), text.end(), [](char c) { return c == 'i' || c == 'I' || c == 'n' || c == 'N'; });
        if (mayBeNumber) {
            out.integer = out.text.toLongLong(&out.isInteger);
            out.number = out.text.toDouble(&out.isNumber);
        }
        return out;
    }
    if (value->is_boolean()) {
        out.text = value->get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
        return out;
    }
    if (!value->is_number())
        return std::nullopt;
    out.text = QString::fromStdString(value->dump());
    out.isNumber = true;
    out.number = value->get<double>();
    if (value->is_number_unsigned()) {
        const auto u = value->get<JsonValue::number_unsigned_t>();
        out.isInteger = u <= JsonValue::number_unsigned_t(std::numeric_limits<qlonglong>::max());
        out.integer = out.isInteger ? qlonglong(u) : 0;
    } else if (value->is_number_integer()) {
        out.isInteger = true;
        out.integer = value->get<qlonglong>();
    }
    return out;
}

bool isFalse(const JsonValue &value)
{
    return (value.is_boolean() && !value.get<bool>()) || (value.is_string() && value.get<std::string>() == "false")
        || (value.is_number_integer() && value.get<qint64>() == 0);
}

// The member at a JSON pointer in an indexed body, found without building a DOM.
std::optional<JsonIndex::Child> findInIndex(const JsonIndex &index, const QString &path)
{
    JsonIndex::Child current = index.rootValue();
    if (path.isEmpty())
        return current;
    if (!path.startsWith(u'/'))
        return std::nullopt;
    const QStringList tokens = path.mid(1).split(u'/');
    for (QString token : tokens) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (!current.isContainer())
            return std::nullopt;
        std::optional<JsonIndex::Child> next;
        if (index.kind(current.node) == JsonIndex::Kind::Array) {
            bool ok = false;
            const qint64 i = token.toLongLong(&ok);
            if (!ok || i < 0 || i >= index.childCount(current.node))
                return std::nullopt;
            next = index.child(current.node, i);
        } else {
            const std::string key = token.toStdString();
            index.forEachChild(current.node, [&](const JsonIndex::Child &child) {
                if (index.utf8(child.key) != key)
                    return true;
                next = child;
                return false;
            });
        }
        if (!next)
            return std::nullopt;
        current = *next;
    }
    return current;
}

QString bodySnippet(const HttpResponse &response)
{
    QString text = QString::fromUtf8(response.bodyPrefix(400)).simplified();
    if (response.bodySize > 400)
        text += u'…';
    return text;
}

void setHeader(HttpHeaders &headers, const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

// Every form a secret value may take in text: as is, percent-encoded as sent, or partly
// decoded, as QUrl::toDisplayString() shows a query value or a path segment. Longest first,
// so that a form containing another is replaced whole.
QStringList secretForms(const Project &project, const ConfigurationValues &values)
{
    QStringList forms;
    for (const ConfigurationField &field : project.configuration) {
        if (!field.secret)
            continue;
        const QString secret = values.value(field.key);
        if (secret.isEmpty())
            continue;
        const QString encoded = encodedQueryPart(secret);
        const QString queryPrefix = QStringLiteral("http://h/?k=");
        const QString pathPrefix = QStringLiteral("http://h/");
        forms << secret << encoded << QUrl(queryPrefix + encoded).toDisplayString().mid(queryPrefix.size())
              << QUrl(pathPrefix + encoded).toDisplayString().mid(pathPrefix.size());
    }
    for (const QByteArray &token : OAuth2TokenCache::shared().knownTokens())
        forms << QString::fromUtf8(token);
    forms.removeAll(QString());
    std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

} // namespace

std::optional<qint64> wholeNumber(const JsonValue &value)
{
    if (value.is_number_unsigned())
        return qint64(std::min<JsonValue::number_unsigned_t>(value.get<JsonValue::number_unsigned_t>(),
                                                             JsonValue::number_unsigned_t(std::numeric_limits<qint64>::max())));
    if (value.is_number_integer())
        return value.get<qint64>();
    if (!value.is_number_float())
        return std::nullopt;
    const double d = value.get<double>();
    if (std::isnan(d))
        return std::nullopt;
    if (d >= 9.2233720368547758e18)
        return std::numeric_limits<qint64>::max();
    if (d <= -9.2233720368547758e18)
        return std::numeric_limits<qint64>::min();
    return qint64(std::llround(d));
}

HttpRequest buildStreamRequest(const Project &project, const Stream &stream, const ConfigurationValues &values,
                               const QHash<QString, QString> &pathValues, QStringList *missing)
{
    HttpRequest request;
    request.method = stream.request.method.toUpper().toLatin1();
    request.verifyTls = project.connection.verifyTls;

    QString path = renderTemplate(stream.request.path, values, missing);
    HttpHeaders headers;
    QUrlQuery query;
    for (const Parameter &parameter : stream.request.parameters) {
        const QString value = renderTemplate(parameter.value, values, missing);
        if (parameter.in == u"path") {
            const QString filled = pathValues.value(parameter.name, value);
            path.replace(u'{' + parameter.name + u'}', QString::fromLatin1(QUrl::toPercentEncoding(filled)));
        } else if (parameter.in == u"header") {
            if (!value.isEmpty())
                headers.append({parameter.name.toUtf8(), value.toUtf8()});
        } else if (!value.isEmpty() || parameter.required) {
            query.addQueryItem(encodedQueryPart(parameter.name), encodedQueryPart(value));
        }
    }
    for (auto it = pathValues.cbegin(); it != pathValues.cend(); ++it)
        path.replace(u'{' + it.key() + u'}', QString::fromLatin1(QUrl::toPercentEncoding(it.value())));

    QString base = renderTemplate(project.connection.baseUrl, values, missing);
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!path.isEmpty() && !path.startsWith(u'/'))
        path.prepend(u'/');
    QUrl url(base + path);
    QUrlQuery merged(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyEncoded))
        merged.addQueryItem(name, value);

    for (const Header &header : project.connection.headers)
        headers.append({header.name.toUtf8(), renderTemplate(header.value, values, missing).toUtf8()});

    const Auth &auth = project.connection.auth;
    switch (auth.type) {
    case AuthType::None:
        break;
    case AuthType::ApiKey: {
        const QString key = renderTemplate(auth.apiKeyValue, values, missing);
        if (auth.apiKeyIn == u"query")
            merged.addQueryItem(encodedQueryPart(auth.apiKeyName), encodedQueryPart(key));
        else
            headers.append({auth.apiKeyName.toUtf8(), key.toUtf8()});
        break;
    }
    case AuthType::Bearer:
        headers.append({"Authorization", "Bearer " + renderTemplate(auth.token, values, missing).toUtf8()});
        break;
    case AuthType::Basic: {
        const QString user = renderTemplate(auth.username, values, missing);
        const QString password = renderTemplate(auth.password, values, missing);
        headers.append({"Authorization", "Basic " + QString(user + u':' + password).toUtf8().toBase64()});
        break;
    }
    case AuthType::OAuth2ClientCredentials: {
        // The token exchange needs a request of its own, which PageWalker sends; a token
        // cached by an earlier walk is used here already, so previews show the real header.
        const QByteArray token = OAuth2TokenCache::shared().cachedToken(oauth2Credentials(project, values, missing));
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        break;
    }
    }
    url.setQuery(merged);
    request.url = url;
    request.headers = headers;
    request.body = renderTemplate(stream.request.body, values, missing).toUtf8();
    return request;
}

QString redactSecrets(QString text, const Project &project, const ConfigurationValues &values)
{
    for (const QString &form : secretForms(project, values))
        text.replace(form, QStringLiteral("***"));
    return text;
}

QByteArray redactSecretBytes(QByteArray bytes, const Project &project, const ConfigurationValues &values)
{
    for (const QString &form : secretForms(project, values))
        bytes.replace(form.toUtf8(), "***");
    return bytes;
}

OAuth2ClientCredentials oauth2Credentials(const Project &project, const ConfigurationValues &values,
                                          QStringList *missing)
{
    const Auth &auth = project.connection.auth;
    OAuth2ClientCredentials credentials;
    credentials.tokenUrl = QUrl(renderTemplate(auth.tokenUrl, values, missing));
    credentials.clientId = renderTemplate(auth.clientId, values, missing);
    credentials.clientSecret = renderTemplate(auth.clientSecret, values, missing);
    credentials.scopes = auth.scopes;
    credentials.verifyTls = project.connection.verifyTls;
    return credentials;
}

bool extractRecords(const JsonValue &body, const QString &recordsPath, JsonValue &records, QString *error)
{
    const JsonValue *found = &body;
    JsonValue holder;
    if (!recordsPath.isEmpty()) {
        const auto ptr = pointer(recordsPath);
        if (!ptr) {
            if (error)
                *error = Tr::tr("The records path \"%1\" is not a valid JSON pointer.").arg(recordsPath);
            return false;
        }
        try {
            if (!body.contains(*ptr)) {
                if (error)
                    *error = Tr::tr("The response has nothing at the records path \"%1\".").arg(recordsPath);
                return false;
            }
            holder = body.at(*ptr);
        } catch (const JsonValue::exception &) {
            if (error)
                *error = Tr::tr("The records path \"%1\" does not fit the response's structure.").arg(recordsPath);
            return false;
        }
        found = &holder;
    }
    if (found->is_null()) {
        records = JsonValue::array();
        return true;
    }
    if (!found->is_array()) {
        if (error)
            *error = Tr::tr("The value at the records path \"%1\" is a %2, not an array.")
                         .arg(recordsPath.isEmpty() ? QStringLiteral("(body)") : recordsPath,
                              QString::fromLatin1(found->type_name()));
        return false;
    }
    records = *found;
    return true;
}

PageWalker::PageWalker(const Project &project, const Stream &stream, ConfigurationValues values,
                       QString incrementalStart, QHash<QString, QString> pathValues)
    : m_project(project)
    , m_stream(stream)
    , m_values(std::move(values))
{
    // Fields the caller gave no value for fall back to their defaults, as in configuration.json.
    for (const ConfigurationField &field : m_project.configuration) {
        if (!m_values.contains(field.key) && !field.defaultValue.isEmpty())
            m_values.insert(field.key, field.defaultValue);
    }
    QStringList missing;
    m_next = buildStreamRequest(m_project, m_stream, m_values, pathValues, &missing);
    if (m_project.connection.auth.type == AuthType::OAuth2ClientCredentials)
        m_oauth = oauth2Credentials(m_project, m_values);
    if (!missing.isEmpty()) {
        finish(Tr::tr("Configuration values are missing: %1.").arg(missing.join(u", ")), true);
        return;
    }
    if (!m_next.url.isValid() || m_next.url.host().isEmpty()) {
        finish(Tr::tr("The request URL \"%1\" is not valid; check the base URL.").arg(m_next.url.toDisplayString()), true);
        return;
    }
    const Pagination &p = m_stream.pagination;
    QUrl url = m_next.url;
    switch (p.type) {
    case PaginationType::OffsetLimit:
        setQueryItem(url, p.offsetParam, QStringLiteral("0"));
        setQueryItem(url, p.limitParam, QString::number(p.pageSize));
        break;
    case PaginationType::PageNumber:
        m_page = p.firstPage;
        setQueryItem(url, p.pageParam, QString::number(m_page));
        setQueryItem(url, p.limitParam, QString::number(p.pageSize));
        break;
    case PaginationType::CursorToken:
    case PaginationType::NextUrl:
    case PaginationType::LinkHeader:
        setQueryItem(url, p.limitParam, QString::number(p.pageSize));
        break;
    case PaginationType::None:
        break;
    }
    const Incremental &inc = m_stream.incremental;
    if (!inc.requestParam.isEmpty()) {
        QString start = incrementalStart;
        if (start.isEmpty() && !inc.startConfigKey.isEmpty())
            start = m_values.value(inc.startConfigKey);
        if (!start.isEmpty())
            setQueryItem(url, inc.requestParam, start);
    }
    m_next.url = url;
}

void PageWalker::finish(const QString &reason, bool failed)
{
    m_finished = true;
    m_failed = failed;
    m_stopReason = reason;
}

PageFetch PageWalker::fetchNext(HttpClient &client, const std::atomic_bool *cancel)
{
    PageFetch page;
    page.index = m_pageCount;
    page.request = m_next;
    page.displayUrl = redactSecrets(m_next.url.toDisplayString(), m_project, m_values);
    if (m_finished) {
        page.error = m_stopReason;
        return page;
    }
    m_seenUrls.insert(m_next.url.toString(QUrl::FullyEncoded));
    page.response = send(client, page.request, cancel);
    ++m_pageCount;

    const HttpResponse &response = page.response;
    if (!response.ok()) {
        page.error = redactSecrets(response.error, m_project, m_values);
        finish(page.error, true);
        return page;
    }
    if (response.status < 200 || response.status > 299) {
        page.error = Tr::tr("HTTP %1 from %2 %3: %4")
                         .arg(response.status)
                         .arg(QString::fromLatin1(m_next.method), page.displayUrl,
                              redactSecrets(bodySnippet(response), m_project, m_values));
        finish(page.error, true);
        return page;
    }

    if (m_indexBodies) {
        const QByteArray bytes = response.spooled() ? response.readBody() : response.body;
        if (!bytes.trimmed().isEmpty()) {
            JsonIndexBuildOptions options;
            options.cancel = cancel;
            JsonIndexError &indexError = page.indexError;
            page.bodyIndex = JsonIndex::build(bytes, options, &indexError);
            if (!page.bodyIndex) {
                page.error = indexError.cancelled ? Tr::tr("Cancelled.")
                                                  : Tr::tr("The response from %1 is not valid JSON: %2")
                                                        .arg(page.displayUrl, indexError.message);
                finish(page.error, true);
                return page;
            }
            if (bytes.size() > m_domLimit) {
                // Only the values pagination needs are materialized, at their own pointers.
                const std::optional<JsonIndex::Child> found = findInIndex(*page.bodyIndex, m_stream.recordsPath);
                if (!found || (found->kind != JsonIndex::Kind::Array && found->kind != JsonIndex::Kind::Null)) {
                    page.error = Tr::tr("The response has no array at the records path \"%1\".").arg(m_stream.recordsPath);
                    finish(page.error, true);
                    return page;
                }
                page.recordCount = found->isContainer() ? page.bodyIndex->childCount(found->node) : 0;
                m_recordCount += page.recordCount;
                JsonValue skeleton = JsonValue::object();
                const Pagination &p = m_stream.pagination;
                for (const QString &path : {p.hasMorePath, p.totalPath, p.totalPagesPath, p.cursorPath, p.nextUrlPath}) {
                    const auto ptr = pointer(path);
                    if (path.isEmpty() || !ptr)
                        continue;
                    if (const std::optional<JsonIndex::Child> value = findInIndex(*page.bodyIndex, path))
                        skeleton[*ptr] = page.bodyIndex->materialize(value->value);
                }
                m_lastRecordToken.clear();
                if (!p.lastRecordCursorPath.isEmpty() && page.recordCount > 0) {
                    const JsonIndex::Child last = page.bodyIndex->child(found->node, page.recordCount - 1);
                    m_lastRecordToken = scalarText(valueAt(page.bodyIndex->materialize(last.value), p.lastRecordCursorPath));
                }
                planNext(page, skeleton);
                page.paginationNote = m_finished ? m_stopReason : m_note;
                return page;
            }
        }
    }

    JsonValue body;
    // A spooled body is parsed from the mapped file, so it is never in memory twice.
    QFile spool;
    const char *begin = response.body.constData();
    const char *end = begin + response.body.size();
    if (response.spooled()) {
        spool.setFileName(response.bodyFile);
        const uchar *mapped = spool.open(QIODevice::ReadOnly) ? spool.map(0, spool.size()) : nullptr;
        if (!mapped) {
            page.error = Tr::tr("Cannot read the spooled response body %1: %2").arg(response.bodyFile, spool.errorString());
            finish(page.error, true);
            return page;
        }
        begin = reinterpret_cast<const char *>(mapped);
        end = begin + spool.size();
    }
    if (const long long deep = jsonNestingExceeds(std::string_view(begin, size_t(end - begin))); deep >= 0) {
        page.error = Tr::tr("The response from %1 nests deeper than %2 levels (at byte %3); the workbench does not "
                            "read records from it.")
                         .arg(page.displayUrl, QString::number(kMaxJsonDomDepth), QString::number(deep));
        finish(page.error, true);
        return page;
    }
    if (!QByteArrayView(begin, end - begin).trimmed().isEmpty()) {
        JsonDocumentError parseError;
        // An in-memory body usually has room to spare (QByteArray grows geometrically).
        const std::size_t capacity = response.spooled() ? 0 : std::size_t(response.body.capacity());
        std::optional<JsonValue> parsed =
            parseJsonDocument(std::string_view(begin, std::size_t(end - begin)), &parseError, capacity);
        if (!parsed) {
            // One arg() call: the URL may hold "%2F" and the like, which chained calls would fill.
            page.error = Tr::tr("The response from %1 is not valid JSON (at byte %2): %3")
                             .arg(page.displayUrl, QString::number(parseError.byte), QString::fromStdString(parseError.message));
            finish(page.error, true);
            return page;
        }
        body = std::move(*parsed);
    }
    QString error;
    // Records-only mode moves the records array out of the body instead of copying it twice
    // (extractRecords' copy of the slot, then of the array): a third of a page's cost.
    bool moved = false;
    if (m_moveRecords) {
        if (m_stream.recordsPath.isEmpty()) {
            if (body.is_array()) {
                page.records = std::move(body);
                body = JsonValue();
                moved = true;
            }
        } else if (const auto ptr = pointer(m_stream.recordsPath); ptr && body.is_object()) {
            try {
                if (body.contains(*ptr) && body.at(*ptr).is_array()) {
                    page.records = std::move(body.at(*ptr));
                    body.at(*ptr) = nullptr;
                    moved = true;
                }
            } catch (const JsonValue::exception &) {
                moved = false; // extractRecords below says what is wrong
            }
        }
    }
    if (!moved && !extractRecords(body, m_stream.recordsPath, page.records, &error)) {
        page.error = error;
        finish(error, true);
        return page;
    }
    page.recordCount = qint64(page.records.size());
    m_recordCount += page.recordCount;
    const QString &lastRecordPath = m_stream.pagination.lastRecordCursorPath;
    m_lastRecordToken = lastRecordPath.isEmpty() || page.records.empty()
        ? QString()
        : scalarText(valueAt(page.records.back(), lastRecordPath));
    if (!page.records.empty()) {
        std::string fingerprint = std::to_string(page.records.size()) + '\n' + page.records.front().dump() + '\n'
            + page.records.back().dump();
        if (fingerprint == m_previousFingerprint) {
            // The page itself was read completely; it is the walk that cannot go on.
            finish(Tr::tr("pagination repeats: page %1 has the same records as page %2; stopped instead of "
                          "asking again")
                       .arg(m_pageCount)
                       .arg(m_pageCount - 1),
                   true);
            page.paginationNote = m_stopReason;
            page.body = std::make_shared<const JsonValue>(std::move(body));
            return page;
        }
        m_previousFingerprint = std::move(fingerprint);
    }

    const QString &cursorField = m_stream.incremental.cursorField;
    if (!cursorField.isEmpty()) {
        const QString cursorPath = cursorField.startsWith(u'/') ? cursorField : u'/' + cursorField;
        const std::optional<std::vector<std::string>> tokens = pointerTokens(cursorPath);
        for (const JsonValue &record : tokens ? page.records : JsonValue::array()) {
            const std::optional<CursorValue> value = cursorValue(find(record, *tokens));
            if (!value)
                continue;
            // Numbers compare by value (integers exactly: 64-bit ids do not fit a double),
            // strings (RFC 3339 UTC) lexicographically.
            const bool greater = !m_maxCursor
                || (value->isInteger && m_maxCursor->isInteger ? value->integer > m_maxCursor->integer
                    : value->isNumber                          ? value->number > m_maxCursor->number
                                                               : value->text > m_maxCursor->text);
            if (greater)
                m_maxCursor = value;
        }
    }

    planNext(page, body);
    page.paginationNote = m_finished ? m_stopReason : m_note;
    page.body = std::make_shared<const JsonValue>(std::move(body));
    return page;
}

HttpResponse PageWalker::send(HttpClient &client, HttpRequest &sent, const std::atomic_bool *cancel)
{
    sent = m_next;
    if (!m_oauth)
        return transmit(client, sent, cancel);
    OAuth2TokenCache &cache = OAuth2TokenCache::shared();
    HttpResponse response;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString error;
        const QByteArray token = cache.token(*m_oauth, client, &error, cancel);
        if (token.isEmpty()) {
            response = HttpResponse();
            response.cancelled = cancel && cancel->load();
            response.error = error;
            return response;
        }
        setHeader(sent.headers, "Authorization", "Bearer " + token);
        response = transmit(client, sent, cancel);
        if (response.status != 401)
            break;
        // Revoked or expired before its time: one new token, then the 401 stands.
        cache.invalidate(*m_oauth, token);
    }
    return response;
}

void PageWalker::planNext(const PageFetch &page, const JsonValue &body)
{
    const Pagination &p = m_stream.pagination;
    const qint64 count = page.recordCount;
    if (p.type == PaginationType::None) {
        finish(Tr::tr("single request (no pagination)"));
        return;
    }
    if (p.maxPages > 0 && m_pageCount >= p.maxPages) {
        finish(Tr::tr("page limit of %1 reached").arg(p.maxPages));
        return;
    }
    if (!p.hasMorePath.isEmpty()) {
        const JsonValue hasMore = valueAt(body, p.hasMorePath);
        if (isFalse(hasMore)) {
            finish(Tr::tr("%1 is false").arg(p.hasMorePath));
            return;
        }
    }
    if (count == 0) {
        finish(Tr::tr("empty page"));
        return;
    }

    QUrl next = m_next.url;
    switch (p.type) {
    case PaginationType::None:
        return;
    case PaginationType::OffsetLimit: {
        m_offset += count;
        const std::optional<qint64> total = wholeNumber(valueAt(body, p.totalPath));
        if (total && m_offset >= *total) {
            finish(Tr::tr("all %1 records read (total)").arg(*total));
            return;
        }
        setQueryItem(next, p.offsetParam, QString::number(m_offset));
        m_note = total ? Tr::tr("next offset %1 of %2").arg(m_offset).arg(*total)
                       : Tr::tr("next offset %1").arg(m_offset);
        break;
    }
    case PaginationType::PageNumber: {
        // Pages numbered from firstPage; compared without adding, which a huge total would overflow.
        const std::optional<qint64> totalPages = wholeNumber(valueAt(body, p.totalPagesPath));
        if (totalPages && qint64(m_page) - p.firstPage + 1 >= *totalPages) {
            finish(Tr::tr("last page (%1 pages in total)").arg(*totalPages));
            return;
        }
        const QByteArray link = linkHeader(page.response);
        if (!link.isEmpty() && linkWithRelation(parseLinkHeader(link), QStringLiteral("next")).isEmpty()) {
            finish(Tr::tr("no Link rel=next"));
            return;
        }
        ++m_page;
        setQueryItem(next, p.pageParam, QString::number(m_page));
        m_note = Tr::tr("next page %1").arg(m_page);
        break;
    }
    case PaginationType::CursorToken: {
        QString token;
        QString source;
        if (!p.cursorHeader.isEmpty()) {
            token = QString::fromUtf8(page.response.header(p.cursorHeader.toUtf8()));
            source = p.cursorHeader;
        } else if (!p.lastRecordCursorPath.isEmpty()) {
            token = m_lastRecordToken;
            source = Tr::tr("the last record's %1").arg(p.lastRecordCursorPath);
        } else {
            token = scalarText(valueAt(body, p.cursorPath));
            source = p.cursorPath;
        }
        if (token.isEmpty()) {
            finish(p.lastRecordCursorPath.isEmpty() || !p.cursorHeader.isEmpty()
                       ? Tr::tr("no next cursor")
                       : Tr::tr("the last record has no %1").arg(p.lastRecordCursorPath));
            return;
        }
        setQueryItem(next, p.cursorParam, token);
        m_note = Tr::tr("next cursor from %1").arg(source);
        break;
    }
    case PaginationType::NextUrl:
    case PaginationType::LinkHeader: {
        const QString target = p.type == PaginationType::NextUrl
            ? scalarText(valueAt(body, p.nextUrlPath))
            : linkWithRelation(parseLinkHeader(linkHeader(page.response)), QStringLiteral("next"));
        if (target.isEmpty()) {
            finish(p.type == PaginationType::NextUrl ? Tr::tr("no next URL") : Tr::tr("no Link rel=next"));
            return;
        }
        // Relative links are resolved against the request that returned them.
        next = m_next.url.resolved(QUrl(target));
        // Another host, port or scheme (an https -> http downgrade included) would receive the
        // credentials, so the walk stops instead.
        if (!sameOrigin(m_next.url, next)) {
            finish(Tr::tr("the next page is on another origin (%1); credentials are not sent there")
                       .arg(next.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString()),
                   true);
            return;
        }
        // A server's next link rarely repeats an API key sent in the query: send it again.
        const Auth &auth = m_project.connection.auth;
        if (auth.type == AuthType::ApiKey && auth.apiKeyIn == u"query")
            setQueryItem(next, auth.apiKeyName, renderTemplate(auth.apiKeyValue, m_values));
        m_note = p.type == PaginationType::NextUrl ? Tr::tr("next URL at %1").arg(p.nextUrlPath)
                                                   : Tr::tr("Link rel=next");
        break;
    }
    }
    if (m_seenUrls.contains(next.toString(QUrl::FullyEncoded))) {
        finish(Tr::tr("pagination repeats: the next request equals an earlier one (%1)")
                   .arg(redactSecrets(next.toDisplayString(), m_project, m_values)), true);
        return;
    }
    m_next.url = next;
}

} // namespace cw
