// SPDX-License-Identifier: MIT
#include "models/core/http/oauth2tokencache.h"

#include <chrono>
#include <limits>

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>

#include "models/core/http/httpclient.h"

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::OAuth2TokenCache)
};

constexpr qint64 kNever = std::numeric_limits<qint64>::max();
// Enough for every token a long session sees; older ones have long expired.
constexpr qsizetype kIssuedKept = 256;

QByteArray formEncode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QString snippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += u'…';
    return text;
}

} // namespace

struct OAuth2TokenCache::Entry {
    std::mutex fetchMutex;   // held while this entry's token is being fetched
    QByteArray token;        // guarded by the cache's m_mutex
    qint64 expiresAtMs = 0;  // guarded by the cache's m_mutex
};

OAuth2TokenCache::OAuth2TokenCache()
    : m_clock([] {
        return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now().time_since_epoch()).count());
    })
{
}

OAuth2TokenCache::~OAuth2TokenCache() = default;

OAuth2TokenCache &OAuth2TokenCache::shared()
{
    static OAuth2TokenCache cache;
    return cache;
}

qint64 OAuth2TokenCache::now() const
{
    return m_clock();
}

std::shared_ptr<OAuth2TokenCache::Entry> OAuth2TokenCache::entry(const OAuth2ClientCredentials &c) const
{
    // The secret is part of the key, so a corrected secret gets a token of its own; hashed,
    // so the map's keys never hold it in the clear.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {c.tokenUrl.toString(QUrl::FullyEncoded), c.clientId, c.clientSecret, c.scopes,
                                QString::number(int(c.credentialsInBody))}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    const QByteArray key = hash.result();
    std::lock_guard lock(m_mutex);
    auto &slot = m_entries[key];
    if (!slot)
        slot = std::make_shared<Entry>();
    return slot;
}

QByteArray OAuth2TokenCache::cachedToken(const OAuth2ClientCredentials &credentials) const
{
    const auto e = entry(credentials);
    std::lock_guard lock(m_mutex);
    return !e->token.isEmpty() && now() < e->expiresAtMs ? e->token : QByteArray();
}

QByteArray OAuth2TokenCache::token(const OAuth2ClientCredentials &credentials, HttpClient &client, QString *error,
                                   const std::atomic_bool *cancel)
{
    const auto e = entry(credentials);
    {
        std::lock_guard lock(m_mutex);
        if (!e->token.isEmpty() && now() < e->expiresAtMs)
            return e->token;
    }
    std::lock_guard fetchLock(e->fetchMutex);
    {
        // Another thread may have fetched while this one waited for the fetch lock.
        std::lock_guard lock(m_mutex);
        if (!e->token.isEmpty() && now() < e->expiresAtMs)
            return e->token;
    }
    qint64 expiresAt = 0;
    const QByteArray fresh = fetch(credentials, client, expiresAt, error, cancel);
    if (fresh.isEmpty())
        return {};
    std::lock_guard lock(m_mutex);
    e->token = fresh;
    e->expiresAtMs = expiresAt;
    if (!m_issued.contains(fresh))
        m_issued.append(fresh);
    while (m_issued.size() > kIssuedKept)
        m_issued.removeFirst();
    return fresh;
}

void OAuth2TokenCache::invalidate(const OAuth2ClientCredentials &credentials, const QByteArray &rejected)
{
    const auto e = entry(credentials);
    std::lock_guard lock(m_mutex);
    if (e->token == rejected) {
        e->token.clear();
        e->expiresAtMs = 0;
    }
}

void OAuth2TokenCache::clear()
{
    std::lock_guard lock(m_mutex);
    // Entries may be in use by a fetch right now; drop their tokens, keep the objects alive
    // through the shared pointers the fetching threads hold.
    for (auto &[key, e] : m_entries) {
        e->token.clear();
        e->expiresAtMs = 0;
    }
    m_entries.clear();
}

QList<QByteArray> OAuth2TokenCache::knownTokens() const
{
    std::lock_guard lock(m_mutex);
    return m_issued;
}

QString OAuth2TokenCache::redact(QString text) const
{
    const QList<QByteArray> tokens = knownTokens();
    for (const QByteArray &t : tokens)
        text.replace(QString::fromUtf8(t), QStringLiteral("***"));
    return text;
}

QByteArray OAuth2TokenCache::redact(QByteArray bytes) const
{
    const QList<QByteArray> tokens = knownTokens();
    for (const QByteArray &t : tokens)
        bytes.replace(t, "***");
    return bytes;
}

void OAuth2TokenCache::setExpiryMarginSeconds(int seconds)
{
    std::lock_guard lock(m_mutex);
    m_marginSeconds = seconds;
}

void OAuth2TokenCache::setClock(std::function<qint64()> clock)
{
    std::lock_guard lock(m_mutex);
    m_clock = std::move(clock);
}

int OAuth2TokenCache::fetchCount() const
{
    return m_fetches.load();
}

QByteArray OAuth2TokenCache::fetch(const OAuth2ClientCredentials &c, HttpClient &client, qint64 &expiresAtMs,
                                   QString *error, const std::atomic_bool *cancel)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    const QString where = c.tokenUrl.toDisplayString();
    if (!c.tokenUrl.isValid() || c.tokenUrl.host().isEmpty())
        return fail(Tr::tr("The OAuth token URL \"%1\" is not valid.").arg(where));

    HttpRequest request;
    request.method = "POST";
    request.url = c.tokenUrl;
    request.verifyTls = c.verifyTls;
    request.proxy = c.proxy;
    request.maxBodySize = 1024 * 1024; // a token response is small; anything else is wrong
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    QByteArray form = "grant_type=client_credentials";
    if (!c.scopes.trimmed().isEmpty())
        form += "&scope=" + formEncode(c.scopes.simplified());
    if (c.credentialsInBody) {
        form += "&client_id=" + formEncode(c.clientId) + "&client_secret=" + formEncode(c.clientSecret);
    } else {
        // RFC 6749 section 2.3.1: both parts are form-encoded before they are joined and
        // base64-encoded, so a ':' in the id cannot shift the split.
        request.headers.append(
            {"Authorization", "Basic " + QByteArray(formEncode(c.clientId) + ':' + formEncode(c.clientSecret)).toBase64()});
    }
    request.body = form;

    ++m_fetches;
    const qint64 started = now();
    const HttpResponse response = client.send(request, cancel);
    if (!response.ok())
        return fail(Tr::tr("Fetching an OAuth token from %1 failed: %2").arg(where, response.error));

    const QByteArray body = response.readBody();
    const nlohmann::json json = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (response.status < 200 || response.status > 299) {
        // RFC 6749 section 5.2: {"error": "invalid_client", "error_description": "..."}
        QString detail;
        if (json.is_object() && json.contains("error") && json["error"].is_string()) {
            detail = QString::fromStdString(json["error"].get<std::string>());
            if (json.contains("error_description") && json["error_description"].is_string())
                detail += u": " + QString::fromStdString(json["error_description"].get<std::string>());
        } else {
            detail = snippet(body);
        }
        return fail(Tr::tr("The OAuth token endpoint %1 answered HTTP %2: %3").arg(where).arg(response.status).arg(detail));
    }
    if (!json.is_object() || !json.contains("access_token") || !json["access_token"].is_string()
        || json["access_token"].get<std::string>().empty())
        return fail(Tr::tr("The OAuth token endpoint %1 answered without an access_token.").arg(where));

    qint64 expiresIn = -1;
    if (json.contains("expires_in")) {
        const auto &value = json["expires_in"];
        if (value.is_number())
            expiresIn = value.get<qint64>();
        else if (value.is_string()) // some servers quote it
            expiresIn = QString::fromStdString(value.get<std::string>()).toLongLong();
    }
    int margin = 0;
    {
        std::lock_guard lock(m_mutex);
        margin = m_marginSeconds;
    }
    if (expiresIn <= 0) {
        // No lifetime given (RFC: then the server documents it elsewhere): keep the token
        // until an API rejects it.
        expiresAtMs = kNever;
    } else {
        // Short-lived tokens would otherwise expire before use; keep at least half the time.
        const qint64 usable = std::max(expiresIn - margin, expiresIn / 2);
        expiresAtMs = started + usable * 1000;
    }
    return QByteArray::fromStdString(json["access_token"].get<std::string>());
}

} // namespace cw
