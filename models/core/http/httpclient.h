// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QTemporaryFile;

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
    /// Empty: libcurl's own environment handling applies (http_proxy, https_proxy, all_proxy
    /// and no_proxy; HTTPS_PROXY, ALL_PROXY, NO_PROXY upper case too, but never HTTP_PROXY,
    /// which a CGI environment lets a client set). "none": no proxy even if the environment
    /// names one. Anything else: the proxy URL, e.g. "http://proxy:3128", used for every host.
    QString proxy;
    /// Decoded bodies larger than this go to a temporary file (HttpResponse::bodyFile) instead
    /// of memory. 0 or less: never spool.
    qint64 spoolThreshold = 64 * 1024 * 1024;
    /// The transfer stops with an error once this many decoded bytes arrived: a never-ending
    /// response or a decompression bomb must not fill the disk. 0 or less: no limit.
    qint64 maxBodySize = 1024LL * 1024 * 1024;
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
    /// Decoded (gzip, deflate, br, zstd are undone by libcurl). Empty when the body was
    /// spooled to bodyFile; use readBody() or bodyPrefix() to read either.
    QByteArray body;
    /// The temporary file holding a body larger than HttpRequest::spoolThreshold, or empty.
    /// The file lives as long as any copy of this response (bodyFileHandle) does.
    QString bodyFile;
    std::shared_ptr<QTemporaryFile> bodyFileHandle;
    qint64 bodySize = 0;            ///< decoded bytes, in memory or in bodyFile
    qint64 sizeDownloaded = 0;      ///< body bytes on the wire, before decoding
    /// True when the request was sent with HttpRequest::verifyTls off: the UI shows a
    /// warning with every such response, so the opt-out never goes unnoticed.
    bool tlsVerificationDisabled = false;
    HttpTimings timings;
    QUrl effectiveUrl;
    QList<QUrl> redirects;          ///< every Location followed, in order
    QString error;                  ///< empty on success, else a specific sentence
    bool cancelled = false;

    bool ok() const { return error.isEmpty(); }
    /// First header of that name, compared case-insensitively.
    QByteArray header(QByteArrayView name) const;
    bool spooled() const { return !bodyFile.isEmpty(); }
    /// The whole decoded body, from memory or from bodyFile.
    QByteArray readBody() const;
    /// The first `maxBytes` decoded bytes, from memory or from bodyFile.
    QByteArray bodyPrefix(qint64 maxBytes) const;
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
