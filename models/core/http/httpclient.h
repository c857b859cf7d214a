// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cw {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    int connectTimeoutMs = 10'000;
    int totalTimeoutMs = 60'000;
    bool verifyTls = true;
    int maxRedirects = 5;
};

/// Milliseconds from the start of the transfer, as libcurl measures them.
struct HttpTimings {
    double dnsMs = 0;
    double connectMs = 0;
    double tlsMs = 0;
    double firstByteMs = 0;
    double totalMs = 0;
};

struct HttpResponse {
    int status = 0;                 ///< 0 when the transfer failed
    HttpHeaders headers;            ///< of the final response, in order, names as sent
    QByteArray body;                ///< decoded (gzip, deflate, br, zstd are undone by libcurl)
    HttpTimings timings;
    QUrl effectiveUrl;
    QList<QUrl> redirects;          ///< every Location followed, in order
    QString error;                  ///< empty on success, else a specific sentence
    bool cancelled = false;

    bool ok() const { return error.isEmpty(); }
    /// First header of that name, compared case-insensitively.
    QByteArray header(QByteArrayView name) const;
};

/// True when both URLs have the same scheme, host and port (default ports filled in). Only
/// then may credentials follow a redirect or a next-page link.
bool sameOrigin(const QUrl &a, const QUrl &b);

/// A blocking HTTP client over one libcurl easy handle, so consecutive requests to the
/// same host reuse the connection. Use it from one thread at a time; callers that must
/// not block (the GUI) run it in a worker thread and cancel through the flag.
class HttpClient final
{
public:
    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    /// Sends the request. When `cancel` becomes true the transfer stops soon after and the
    /// response says so.
    HttpResponse send(const HttpRequest &request, const std::atomic_bool *cancel = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw
