// SPDX-License-Identifier: MIT
#include "models/core/http/httpclient.h"
#include "models/core/http/httpdefaults.h"

#include <mutex>

#include <curl/curl.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::HttpClient)
};

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// Headers a redirect may carry to a different host. Everything else the caller set
// (Authorization, API-key headers, cookies) could be a credential and is dropped.
bool safeAcrossHosts(const QByteArray &name)
{
    static const QByteArrayList safe{"accept", "accept-language", "user-agent", "content-type"};
    return safe.contains(name.toLower());
}

// Where the decoded body goes: memory up to the spool threshold, then a temporary file.
struct BodySink {
    QByteArray *memory = nullptr;
    std::shared_ptr<QTemporaryFile> file;
    qint64 size = 0;
    qint64 spoolThreshold = 0;
    qint64 maxSize = 0;
    bool tooLarge = false;
    QString fileError;
};

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    auto *sink = static_cast<BodySink *>(user);
    const qint64 bytes = qint64(size * count);
    // libcurl hands over decoded bytes, so this also stops a small compressed body that
    // inflates without end. Returning less than given aborts with CURLE_WRITE_ERROR.
    if (sink->maxSize > 0 && sink->size + bytes > sink->maxSize) {
        sink->tooLarge = true;
        return 0;
    }
    if (!sink->file && sink->spoolThreshold > 0 && sink->size + bytes > sink->spoolThreshold) {
        auto file = std::make_shared<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/cw-body-XXXXXX"));
        if (!file->open() || file->write(*sink->memory) != sink->memory->size()) {
            sink->fileError = file->errorString();
            return 0;
        }
        sink->memory->clear();
        sink->memory->squeeze();
        sink->file = std::move(file);
    }
    if (sink->file) {
        if (sink->file->write(data, bytes) != bytes) {
            sink->fileError = sink->file->errorString();
            return 0;
        }
    } else {
        sink->memory->append(data, qsizetype(bytes));
    }
    sink->size += bytes;
    return size * count;
}

size_t writeHeader(char *data, size_t size, size_t count, void *user)
{
    auto *headers = static_cast<HttpHeaders *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    // A new status line starts a new header block (after 100 Continue or a redirect).
    if (line.startsWith("HTTP/")) {
        headers->clear();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        headers->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

int progress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(user);
    return cancel && cancel->load(std::memory_order_relaxed) ? 1 : 0;
}

double millis(CURL *curl, CURLINFO info)
{
    curl_off_t micros = 0;
    curl_easy_getinfo(curl, info, &micros);
    return double(micros) / 1000.0;
}

QString describeError(CURLcode code, const QUrl &url, const char *detail, const HttpRequest &request,
                      const HttpResponse &partial, double pretransferMs)
{
    const QString host = url.host();
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return Tr::tr("Cannot resolve host name %1.").arg(host);
    case CURLE_COULDNT_CONNECT:
        return Tr::tr("Cannot connect to %1:%2 (connection refused or unreachable).")
            .arg(host).arg(url.port(url.scheme() == u"https" ? 443 : 80));
    case CURLE_OPERATION_TIMEDOUT:
        // A reused connection reports no connect time but did get as far as sending.
        if (partial.timings.firstByteMs <= 0 && partial.timings.connectMs <= 0 && pretransferMs <= 0)
            return Tr::tr("No connection to %1 after %2 s.").arg(host).arg(request.connectTimeoutMs / 1000.0);
        if (partial.status == 0)
            return Tr::tr("No first byte from %1 after %2 s.").arg(host).arg(request.totalTimeoutMs / 1000.0);
        return Tr::tr("The response from %1 took longer than %2 s.").arg(host).arg(request.totalTimeoutMs / 1000.0);
    case CURLE_PEER_FAILED_VERIFICATION:
        return Tr::tr("TLS certificate not trusted for %1: %2").arg(host, QString::fromUtf8(detail));
    case CURLE_SSL_CONNECT_ERROR:
        return Tr::tr("TLS handshake with %1 failed: %2").arg(host, QString::fromUtf8(detail));
    case CURLE_GOT_NOTHING:
        return Tr::tr("%1 closed the connection without sending a response.").arg(host);
    case CURLE_PARTIAL_FILE:
        return Tr::tr("%1 closed the connection before the whole body arrived (%2).")
            .arg(host, QString::fromUtf8(detail));
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        return Tr::tr("The connection to %1 broke: %2").arg(host, QString::fromUtf8(detail));
    case CURLE_BAD_CONTENT_ENCODING:
        return Tr::tr("The body from %1 could not be decompressed: %2").arg(host, QString::fromUtf8(detail));
    case CURLE_ABORTED_BY_CALLBACK:
        return Tr::tr("Cancelled.");
    default:
        return Tr::tr("Request to %1 failed: %2").arg(host, QString::fromUtf8(*detail ? detail : curl_easy_strerror(code)));
    }
}

} // namespace

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

QByteArray HttpResponse::readBody() const
{
    return bodyPrefix(-1);
}

QByteArray HttpResponse::bodyPrefix(qint64 maxBytes) const
{
    if (bodyFile.isEmpty())
        return maxBytes < 0 ? body : body.left(qsizetype(maxBytes));
    QFile file(bodyFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return maxBytes < 0 ? file.readAll() : file.read(maxBytes);
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct HttpClient::Private {
    CURL *curl = nullptr;
};

HttpClient::HttpClient()
    : d(std::make_unique<Private>())
{
    globalInit();
    d->curl = curl_easy_init();
}

HttpClient::~HttpClient()
{
    curl_easy_cleanup(d->curl);
}

HttpResponse HttpClient::send(const HttpRequest &original, const std::atomic_bool *cancel)
{
    HttpResponse response;
    if (!d->curl) {
        response.error = Tr::tr("libcurl could not be initialised.");
        return response;
    }
    const QString scheme = original.url.scheme();
    if (scheme != u"http" && scheme != u"https") {
        response.error = Tr::tr("Unsupported URL scheme \"%1\" in %2; use http or https.")
                             .arg(scheme, original.url.toDisplayString());
        return response;
    }

    HttpRequest request = withHttpDefaults(original);
    response.tlsVerificationDisabled = !original.verifyTls;
    // Redirects are followed here rather than by libcurl so that credentials in any
    // header (not only Authorization) are never forwarded to another host.
    for (int hop = 0;; ++hop) {
        CURL *curl = d->curl;
        curl_easy_reset(curl);
        char errorBuffer[CURL_ERROR_SIZE] = {};
        const QByteArray url = request.url.toEncoded();
        curl_easy_setopt(curl, CURLOPT_URL, url.constData());
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.totalTimeoutMs));
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, request.verifyTls ? 1L : 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, request.verifyTls ? 2L : 0L);
        curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl decodes
        curl_easy_setopt(curl, CURLOPT_TCP_NODELAY, 1L);
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(curl, CURLOPT_USERAGENT, "ConnectorWorkbench/0.1");
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
        // Without CURLOPT_PROXY libcurl reads the proxy environment variables itself on
        // every transfer; an empty string turns proxies off, environment included.
        const QByteArray proxy = request.proxy.toUtf8();
        if (request.proxy == u"none")
            curl_easy_setopt(curl, CURLOPT_PROXY, "");
        else if (!proxy.isEmpty())
            curl_easy_setopt(curl, CURLOPT_PROXY, proxy.constData());
        // An announced length over the cap fails before any byte is read.
        if (request.maxBodySize > 0)
            curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxBodySize));

        const QByteArray method = request.method.toUpper();
        if (method == "HEAD")
            curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
        else if (method != "GET")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
        if (!request.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
            // A body alone would make libcurl send POST.
            if (method == "GET")
                curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "GET");
        }

        curl_slist *headerList = nullptr;
        for (const auto &[name, value] : request.headers)
            headerList = curl_slist_append(headerList, QByteArray(name + ": " + value).constData());
        // libcurl would otherwise send "Expect: 100-continue" for larger bodies and wait.
        headerList = curl_slist_append(headerList, "Expect:");
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headerList);

        response.body.clear();
        response.headers.clear();
        BodySink sink;
        sink.memory = &response.body;
        sink.spoolThreshold = request.spoolThreshold;
        sink.maxSize = request.maxBodySize;
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &writeBody);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
        curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &writeHeader);
        curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &progress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, const_cast<std::atomic_bool *>(cancel));

        const CURLcode code = curl_easy_perform(curl);
        curl_slist_free_all(headerList);

        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        response.status = int(status);
        response.timings.dnsMs = millis(curl, CURLINFO_NAMELOOKUP_TIME_T);
        response.timings.connectMs = millis(curl, CURLINFO_CONNECT_TIME_T);
        response.timings.tlsMs = millis(curl, CURLINFO_APPCONNECT_TIME_T);
        response.timings.firstByteMs = millis(curl, CURLINFO_STARTTRANSFER_TIME_T);
        response.timings.totalMs = millis(curl, CURLINFO_TOTAL_TIME_T);
        const double pretransferMs = millis(curl, CURLINFO_PRETRANSFER_TIME_T);
        // libcurl reports a connect time of 0 on a reused connection: it was ready as soon
        // as the name was looked up, and the phases stay in order.
        if (pretransferMs > 0 && response.timings.connectMs < response.timings.dnsMs)
            response.timings.connectMs = response.timings.dnsMs;
        response.effectiveUrl = request.url;
        curl_off_t wireBytes = 0;
        curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &wireBytes);
        response.sizeDownloaded = qint64(wireBytes);
        response.bodySize = sink.size;
        response.bodyFileHandle.reset();
        response.bodyFile.clear();
        if (sink.file) {
            sink.file->flush();
            response.bodyFile = sink.file->fileName();
            response.bodyFileHandle = sink.file;
        }

        if (code != CURLE_OK) {
            response.cancelled = code == CURLE_ABORTED_BY_CALLBACK;
            if (sink.tooLarge || code == CURLE_FILESIZE_EXCEEDED) {
                response.error = Tr::tr("The response from %1 is larger than %2 MB; reading stopped.")
                                     .arg(request.url.host())
                                     .arg(double(request.maxBodySize) / (1024.0 * 1024.0), 0, 'g', 4);
            } else if (!sink.fileError.isEmpty()) {
                response.error = Tr::tr("Cannot write the response body to a temporary file: %1").arg(sink.fileError);
            } else {
                response.error = describeError(code, request.url, errorBuffer, request, response, pretransferMs);
            }
            response.status = 0;
            return response;
        }

        const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        const QByteArray location = response.header("location");
        if (!redirect || location.isEmpty() || method == "HEAD")
            return response;
        const QUrl next = request.url.resolved(QUrl::fromEncoded(location));
        // The first URL counts as visited too, and a loop is named as such even where the
        // redirect limit would also stop it.
        if (next == original.url || response.redirects.contains(next)) {
            response.error = Tr::tr("Redirect loop: %1 was already visited.").arg(next.toDisplayString());
            return response;
        }
        if (hop >= request.maxRedirects) {
            response.error = Tr::tr("Too many redirects (more than %1), last to %2.")
                                 .arg(request.maxRedirects).arg(QString::fromUtf8(location));
            return response;
        }
        response.redirects.append(next);
        if (!sameOrigin(request.url, next)) {
            HttpHeaders kept;
            for (const auto &header : std::as_const(request.headers)) {
                if (safeAcrossHosts(header.first))
                    kept.append(header);
            }
            request.headers = kept;
        }
        if (status == 303 || ((status == 301 || status == 302) && method == "POST")) {
            request.method = "GET";
            request.body.clear();
        }
        request.url = next;
    }
}

} // namespace cw
