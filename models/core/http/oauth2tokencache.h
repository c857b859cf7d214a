// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cw {

class HttpClient;

/// What an OAuth 2 client-credentials grant (RFC 6749 section 4.4) needs, already rendered
/// from the project's templates.
struct OAuth2ClientCredentials {
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret;
    QString scopes;                  ///< space separated; empty: no scope parameter
    bool credentialsInBody = false;  ///< false: HTTP Basic (the RFC's default), true: form fields
    bool verifyTls = true;
    QString proxy;                   ///< as HttpRequest::proxy
};

/// Access tokens of client-credentials grants, shared by every thread of the process, so
/// that the response viewer, the run panel and several WalkJobs fetch one token rather than
/// one each. A token is reused until its expires_in minus a margin has passed, or until the
/// caller reports that an API answered 401 with it.
class OAuth2TokenCache final
{
public:
    OAuth2TokenCache();
    ~OAuth2TokenCache();
    OAuth2TokenCache(const OAuth2TokenCache &) = delete;
    OAuth2TokenCache &operator=(const OAuth2TokenCache &) = delete;

    /// The process-wide cache that PageWalker uses.
    static OAuth2TokenCache &shared();

    /// A valid access token: the cached one, or a new one fetched through `client`. Threads
    /// asking for the same credentials while a fetch runs wait for it instead of fetching too.
    /// Returns an empty token and a sentence in `error` when the token endpoint fails.
    QByteArray token(const OAuth2ClientCredentials &credentials, HttpClient &client, QString *error = nullptr,
                     const std::atomic_bool *cancel = nullptr);
    /// The cached token if it is still valid, without any request; else empty.
    QByteArray cachedToken(const OAuth2ClientCredentials &credentials) const;
    /// Forgets `rejected` (an API answered 401 with it) so that the next token() fetches a new
    /// one. A token another thread already replaced stays: that one was not rejected.
    void invalidate(const OAuth2ClientCredentials &credentials, const QByteArray &rejected);
    void clear();

    /// Replaces every token this cache ever handed out (the latest few hundred) by ***.
    QString redact(QString text) const;
    QByteArray redact(QByteArray bytes) const;
    /// Tokens handed out so far, newest last; for redaction of other representations.
    QList<QByteArray> knownTokens() const;

    /// A token counts as expired this many seconds before the server says (default 30), so a
    /// request never starts with a token about to lapse.
    void setExpiryMarginSeconds(int seconds);
    /// Milliseconds of a monotonic clock; tests replace it to step over expiry.
    void setClock(std::function<qint64()> clock);
    /// Token requests sent so far (successful or not).
    int fetchCount() const;

private:
    struct Entry;
    std::shared_ptr<Entry> entry(const OAuth2ClientCredentials &credentials) const;
    QByteArray fetch(const OAuth2ClientCredentials &credentials, HttpClient &client, qint64 &expiresAtMs,
                     QString *error, const std::atomic_bool *cancel);
    qint64 now() const;

    mutable std::mutex m_mutex;
    mutable std::map<QByteArray, std::shared_ptr<Entry>> m_entries;
    QList<QByteArray> m_issued;
    std::function<qint64()> m_clock;
    int m_marginSeconds = 30;
    std::atomic_int m_fetches{0};
};

} // namespace cw
