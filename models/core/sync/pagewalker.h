// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "models/core/support/json.h"

#include <QSet>
#include <QString>

#include "models/core/http/httpclient.h"
#include "models/core/json/jsonindex.h"
#include "models/core/http/oauth2tokencache.h"
#include "models/core/project/configtemplate.h"
#include "models/core/project/project.h"

namespace cw {

/// One page of a walk: the request as sent, its response and the records found in it.
struct PageFetch {
    int index = 0;                 ///< 0-based page number within the walk
    HttpRequest request;           ///< as sent, secrets included: never show or log it directly
    QString displayUrl;            ///< the URL with secret values replaced by ***
    HttpResponse response;
    std::shared_ptr<const JsonValue> body; ///< the parsed body; null when it was not JSON
    JsonValue records = JsonValue::array();  ///< empty for large bodies in index mode
    qint64 recordCount = 0;        ///< records on this page (also when `records` was not built)
    std::shared_ptr<const JsonIndex> bodyIndex;  ///< the body indexed, in index mode (PageWalker::setIndexBodies)
    JsonIndexError indexError;     ///< in index mode, why the body is not JSON (line, column)
    QString error;                 ///< set when this page failed; the walk then stops
    /// Why the walk goes on ("offset 200 of 1000", "next cursor") or, on its last page, why it stopped.
    QString paginationNote;
};

/// Builds the first HTTP request of a stream from the project's connection, auth and
/// configuration values. `pathValues` fills `{name}` path parameters (child streams).
/// Missing configuration values are reported through `missing`. For OAuth 2 client
/// credentials the Authorization header carries the token cached in
/// OAuth2TokenCache::shared(), if any; PageWalker fetches one before sending when there is none.
HttpRequest buildStreamRequest(const Project &project, const Stream &stream, const ConfigurationValues &values,
                               const QHash<QString, QString> &pathValues = {}, QStringList *missing = nullptr);

/// Replaces the values of secret configuration fields and every OAuth access token handed
/// out in this process in `text` by `***`.
QString redactSecrets(QString text, const Project &project, const ConfigurationValues &values);
/// The same for bytes (bodies that need not be UTF-8), comparing the UTF-8 forms.
QByteArray redactSecretBytes(QByteArray bytes, const Project &project, const ConfigurationValues &values);

/// The project's OAuth 2 client-credentials settings rendered with `values`; templates
/// without a value are appended to `missing`.
OAuth2ClientCredentials oauth2Credentials(const Project &project, const ConfigurationValues &values,
                                          QStringList *missing = nullptr);

/// A count read from a response (a total, a page count) as a whole number: beyond 64 bits,
/// 1e400 or 1e19 saturate instead of overflowing the conversion; fractions round; NaN and
/// anything but a number give nullopt. Pagination and the run panel's progress both use it.
std::optional<qint64> wholeNumber(const JsonValue &value);

/// Finds the records array in a parsed body. An empty pointer means the body itself.
/// Returns false (and says why in `error`) when the pointer is invalid or does not lead to an array.
bool extractRecords(const JsonValue &body, const QString &recordsPath, JsonValue &records, QString *error);

/// Walks a stream's pages one request at a time, following its pagination settings, until a
/// stop condition holds. It does not retry: callers decide what a failure means.
class PageWalker final
{
public:
    PageWalker(const Project &project, const Stream &stream, ConfigurationValues values,
               QString incrementalStart = {}, QHash<QString, QString> pathValues = {});

    bool hasNext() const { return !m_finished; }
    /// Index mode, for viewers: every JSON body is indexed (PageFetch::bodyIndex), and bodies larger
    /// than `domLimit` bytes are never parsed into a DOM: pagination reads only the few values it
    /// needs from the index, and `records`/`body` stay empty. A 100 MB page then costs an index
    /// of a fraction of its size instead of a DOM of eight times it.
    void setIndexBodies(bool enabled, qint64 domLimit = 16 * 1024 * 1024)
    {
        m_indexBodies = enabled;
        m_domLimit = domLimit;
    }
    PageFetch fetchNext(HttpClient &client, const std::atomic_bool *cancel = nullptr);

    /// Sends one request. The sync engine installs one that retries and rate-limits; the
    /// default sends once with `client`.
    using Sender = std::function<HttpResponse(HttpClient &client, const HttpRequest &request,
                                              const std::atomic_bool *cancel)>;
    void setSender(Sender sender) { m_sender = std::move(sender); }
    /// Records-only mode (the sync engine): PageFetch::records is moved out of the parsed body,
    /// so PageFetch::body no longer holds them. Viewers leave this off.
    void setMoveRecordsOutOfBody(bool enabled) { m_moveRecords = enabled; }

    int pageCount() const { return m_pageCount; }
    qint64 recordCount() const { return m_recordCount; }
    /// Why the walk ended ("no next link", "empty page", ...), or the error that ended it.
    QString stopReason() const { return m_stopReason; }
    bool failed() const { return m_failed; }
    /// The largest value of the incremental cursor field seen so far (string comparison of
    /// the formatted value, which orders RFC 3339 UTC timestamps and zero-padded numbers).
    QString maxCursor() const { return m_maxCursor ? m_maxCursor->text : QString(); }

    /// A record's cursor value, with the numbers its comparison reads from it.
    struct CursorValue {
        QString text;
        bool isInteger = false;
        qlonglong integer = 0;
        bool isNumber = false;
        double number = 0;
    };

private:
    void finish(const QString &reason, bool failed = false);
    void planNext(const PageFetch &page, const JsonValue &body);
    /// Sends m_next; with OAuth, with a cached or fresh token, and once more with a new
    /// token when the API answers 401 (the token was revoked or expired early).
    HttpResponse send(HttpClient &client, HttpRequest &sent, const std::atomic_bool *cancel);
    HttpResponse transmit(HttpClient &client, const HttpRequest &request, const std::atomic_bool *cancel)
    {
        return m_sender ? m_sender(client, request, cancel) : client.send(request, cancel);
    }

    Project m_project;
    Stream m_stream;
    ConfigurationValues m_values;
    std::optional<OAuth2ClientCredentials> m_oauth;
    HttpRequest m_next;
    QSet<QString> m_seenUrls;
    qint64 m_offset = 0;
    int m_page = 0;
    int m_pageCount = 0;
    qint64 m_recordCount = 0;
    bool m_finished = false;
    bool m_failed = false;
    QString m_stopReason;
    std::optional<CursorValue> m_maxCursor;
    QString m_note;                ///< planNext()'s reason for going on
    /// The page's last record's value at pagination.lastRecordCursorPath (Stripe style), for planNext().
    QString m_lastRecordToken;
    /// Count, first and last record of the previous page: a server that answers a request past
    /// the end with its last page again would otherwise be walked forever.
    std::string m_previousFingerprint;
    Sender m_sender;
    bool m_moveRecords = false;
    bool m_indexBodies = false;
    qint64 m_domLimit = 0;
};

} // namespace cw
