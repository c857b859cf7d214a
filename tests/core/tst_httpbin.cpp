// SPDX-License-Identifier: MIT
// HttpClient and buildStreamRequest against httpbin, a server we did not write: timeouts,
// cancel, redirects, compression, every auth method, status codes, spooling, body caps and
// proxies. zstd, which httpbin cannot send, is served by the loopback fixture.
#include <atomic>
#include <thread>

#include <zstd.h>

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "models/core/http/httpclient.h"
#include "models/core/sync/pagewalker.h"
#include "tests/support/httpbinserver.h"
#include "tests/support/testserver.h"

using namespace cw;
using namespace cw::test;
using namespace Qt::StringLiterals;

namespace {

nlohmann::json parse(const QByteArray &body)
{
    return nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

std::string zstdCompress(const std::string &data)
{
    std::string out(ZSTD_compressBound(data.size()), '\0');
    const size_t size = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 19);
    out.resize(ZSTD_isError(size) ? 0 : size);
    return out;
}

// Restores an environment variable when the test ends, however it ends.
class EnvGuard
{
public:
    explicit EnvGuard(const char *name) : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name)) {}
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    EnvGuard(const EnvGuard &) = delete;
    EnvGuard &operator=(const EnvGuard &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestHttpbin : public QObject
{
    Q_OBJECT

private:
    HttpRequest get(const QString &path, HttpHeaders headers = {}) const
    {
        HttpRequest request;
        request.url = QUrl(m_httpbin.url(path));
        request.headers = std::move(headers);
        return request;
    }
    Project project(AuthType type) const
    {
        Project p;
        p.name = u"httpbin"_s;
        p.connection.baseUrl = m_httpbin.baseUrl();
        p.connection.auth.type = type;
        p.configuration = {{u"secret"_s, u"Secret"_s, {}, true, true, {}}};
        return p;
    }
    static Stream stream(const QString &path)
    {
        Stream s;
        s.name = u"s"_s;
        s.request.path = path;
        return s;
    }

    HttpbinServer m_httpbin;

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_httpbin.start())
            QSKIP(qPrintable(m_httpbin.skipReason()));
        qInfo("httpbin from %s on port %d", qPrintable(m_httpbin.python()), m_httpbin.port());
    }

    void timeoutBeforeFirstByte()
    {
        HttpRequest request = get(u"/delay/5"_s);
        request.totalTimeoutMs = 800;
        HttpClient client;
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = client.send(request);
        QVERIFY(!response.ok());
        QVERIFY2(response.error.contains(u"No first byte"_s), qPrintable(response.error));
        QVERIFY(timer.elapsed() < 4000);
    }

    void cancelWhileWaiting()
    {
        std::atomic_bool cancel{false};
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        HttpClient client;
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = client.send(get(u"/delay/5"_s), &cancel);
        canceller.join();
        QVERIFY(response.cancelled);
        QVERIFY(timer.elapsed() < 3000);
    }

    void redirectsFollowed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("hops");
        QTest::newRow("relative") << u"/redirect/3"_s << 3;
        QTest::newRow("absolute") << u"/absolute-redirect/2"_s << 2;
        QTest::newRow("redirect-to") << u"/redirect-to?url=%2Fget&status_code=307"_s << 1;
    }
    void redirectsFollowed()
    {
        QFETCH(QString, path);
        QFETCH(int, hops);
        HttpClient client;
        const HttpResponse response = client.send(get(path));
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.redirects.size(), hops);
        QCOMPARE(response.effectiveUrl.path(), u"/get"_s);
    }

    void redirectToOtherHostDropsAuthorization()
    {
        const QString target = QString::fromLatin1(QUrl::toPercentEncoding(m_httpbin.url(u"/headers"_s, u"localhost"_s)));
        HttpClient client;
        const HttpResponse response = client.send(
            get(u"/redirect-to?url="_s + target, {{"Authorization", "Bearer s3cr3t"}, {"X-Api-Key", "k3y"}, {"Accept", "application/json"}}));
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.effectiveUrl.host(), u"localhost"_s);
        const auto headers = parse(response.body)["headers"];
        QVERIFY(!headers.contains("Authorization"));
        QVERIFY(!headers.contains("X-Api-Key"));
        QCOMPARE(headers.value("Accept", ""), "application/json");

        // The same host keeps them.
        const HttpResponse same = client.send(get(u"/redirect-to?url=%2Fheaders"_s, {{"Authorization", "Bearer s3cr3t"}}));
        QCOMPARE(parse(same.body)["headers"].value("Authorization", ""), "Bearer s3cr3t");
    }

    void compressionDecoded_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("flag");
        QTest::newRow("gzip") << u"/gzip"_s << u"gzipped"_s;
        QTest::newRow("deflate") << u"/deflate"_s << u"deflated"_s;
        QTest::newRow("brotli") << u"/brotli"_s << u"brotli"_s;
    }
    void compressionDecoded()
    {
        QFETCH(QString, path);
        QFETCH(QString, flag);
        HttpClient client;
        const HttpResponse response = client.send(get(path));
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.status, 200);
        const auto json = parse(response.body);
        QVERIFY2(json.value(flag.toStdString(), false), response.body.constData());
        QCOMPARE(response.bodySize, qint64(response.body.size()));
        // The wire carried the compressed form, which differs in size from the decoded one.
        QVERIFY(response.sizeDownloaded > 0);
        QVERIFY(response.sizeDownloaded != response.bodySize);
    }

    void zstdDecodedAndCapped()
    {
        TestServer server;
        const std::string plain(200'000, 'z');
        const std::string packed = zstdCompress(plain);
        QVERIFY(!packed.empty());
        server.get("/zstd", [packed](const httplib::Request &, httplib::Response &res) {
            res.set_header("Content-Encoding", "zstd");
            res.set_content(packed, "text/plain");
        });
        HttpClient client;
        HttpRequest request;
        request.url = QUrl(server.url(u"/zstd"_s));
        const HttpResponse response = client.send(request);
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.body.size(), qsizetype(plain.size()));
        // A few bytes of the wire may be framing the fixture adds; far fewer than decoded.
        QVERIFY2(response.sizeDownloaded < 1000, qPrintable(QString::number(response.sizeDownloaded)));

        // A small compressed body that inflates beyond the cap is a decompression bomb.
        request.maxBodySize = 100'000;
        const HttpResponse bomb = client.send(request);
        QVERIFY(!bomb.ok());
        QVERIFY2(bomb.error.contains(u"larger than"_s), qPrintable(bomb.error));
        QVERIFY(bomb.body.size() <= 100'000);
    }

    void authMethods_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("status");
        QTest::newRow("basic") << int(AuthType::Basic) << u"/basic-auth/jane/p%40ss w:rd"_s << u"p@ss w:rd"_s << 200;
        QTest::newRow("basic wrong") << int(AuthType::Basic) << u"/basic-auth/jane/right"_s << u"wrong"_s << 401;
        QTest::newRow("hidden basic") << int(AuthType::Basic) << u"/hidden-basic-auth/jane/pw"_s << u"pw"_s << 200;
        QTest::newRow("hidden basic wrong") << int(AuthType::Basic) << u"/hidden-basic-auth/jane/pw"_s << u"x"_s << 404;
        QTest::newRow("bearer") << int(AuthType::Bearer) << u"/bearer"_s << u"tok+/="_s << 200;
        QTest::newRow("none at bearer") << int(AuthType::None) << u"/bearer"_s << u"tok"_s << 401;
    }
    void authMethods()
    {
        QFETCH(int, type);
        QFETCH(QString, path);
        QFETCH(QString, secret);
        QFETCH(int, status);
        Project p = project(AuthType(type));
        p.connection.auth.username = u"jane"_s;
        p.connection.auth.password = u"{{ config.secret }}"_s;
        p.connection.auth.token = u"{{ config.secret }}"_s;
        const ConfigurationValues values{{u"secret"_s, secret}};
        Stream s = stream(QString());
        QStringList missing;
        HttpRequest request = buildStreamRequest(p, s, values, {}, &missing);
        QVERIFY(missing.isEmpty());
        request.url = QUrl(m_httpbin.baseUrl() + path); // the path carries the expected password
        HttpClient client;
        const HttpResponse response = client.send(request);
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.status, status);
        if (status == 200 && AuthType(type) == AuthType::Bearer)
            QCOMPARE(QString::fromStdString(parse(response.body).value("token", "")), secret);
    }

    void apiKeyEchoed_data()
    {
        QTest::addColumn<QString>("in");
        QTest::newRow("header") << u"header"_s;
        QTest::newRow("query") << u"query"_s;
    }
    void apiKeyEchoed()
    {
        QFETCH(QString, in);
        Project p = project(AuthType::ApiKey);
        p.connection.auth.apiKeyName = in == u"query" ? u"api_key"_s : u"X-Api-Key"_s;
        p.connection.auth.apiKeyIn = in;
        p.connection.auth.apiKeyValue = u"{{ config.secret }}"_s;
        // Header values travel as Latin-1 in WSGI, so the key stays ASCII; the query form
        // still exercises encoding.
        const QString key = in == u"query" ? u"k&y=1+2 ä"_s : u"k&y=1+2 /x"_s;
        const ConfigurationValues values{{u"secret"_s, key}};
        HttpClient client;
        const HttpResponse response = client.send(buildStreamRequest(p, stream(in == u"query" ? u"/get"_s : u"/headers"_s), values));
        QCOMPARE(response.status, 200);
        const auto json = parse(response.body);
        if (in == u"query")
            QCOMPARE(QString::fromStdString(json["args"].value("api_key", "")), key);
        else
            QCOMPARE(QString::fromStdString(json["headers"].value("X-Api-Key", "")), key);
    }

    void statusCodesAreResponses_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {400, 401, 403, 404, 418, 429, 500, 502, 503})
            QTest::newRow(qPrintable(QString::number(status))) << status;
    }
    void statusCodesAreResponses()
    {
        QFETCH(int, status);
        HttpClient client;
        const HttpResponse response = client.send(get(u"/status/"_s + QString::number(status)));
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.status, status);
    }

    void largeBodySpooled()
    {
        HttpClient client;
        HttpRequest request = get(u"/stream-bytes/60000?seed=7&chunk_size=4096"_s);
        const HttpResponse inMemory = client.send(request);
        QVERIFY2(inMemory.ok(), qPrintable(inMemory.error));
        QVERIFY(!inMemory.spooled());
        QCOMPARE(inMemory.body.size(), 60000);

        request.spoolThreshold = 10000;
        QString file;
        {
            const HttpResponse spooled = client.send(request);
            QVERIFY2(spooled.ok(), qPrintable(spooled.error));
            QVERIFY(spooled.spooled());
            QVERIFY(spooled.body.isEmpty());
            QCOMPARE(spooled.bodySize, qint64(60000));
            QCOMPARE(QFileInfo(spooled.bodyFile).size(), qint64(60000));
            QCOMPARE(spooled.readBody(), inMemory.body);
            QCOMPARE(spooled.bodyPrefix(100), inMemory.body.left(100));
            file = spooled.bodyFile;
            const HttpResponse copy = spooled; // shares the file
            Q_UNUSED(copy);
        }
        QVERIFY2(!QFile::exists(file), "the temporary file outlived its responses");
    }

    void bodyCapStopsEndlessResponse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("stream-bytes, chunked") << u"/stream-bytes/100000?chunk_size=1000"_s;
        QTest::newRow("drip") << u"/drip?numbytes=60000&duration=0.5&delay=0"_s;
        QTest::newRow("bytes, announced length") << u"/bytes/60000"_s;
    }
    void bodyCapStopsEndlessResponse()
    {
        QFETCH(QString, path);
        HttpRequest request = get(path);
        request.maxBodySize = 20000;
        HttpClient client;
        const HttpResponse response = client.send(request);
        QVERIFY(!response.ok());
        QVERIFY2(response.error.contains(u"larger than"_s), qPrintable(response.error));
        QVERIFY(response.bodySize <= 20000);
    }

    void tlsOptOutIsReported()
    {
        HttpClient client;
        HttpRequest request = get(u"/get"_s);
        QVERIFY(!client.send(request).tlsVerificationDisabled);
        request.verifyTls = false;
        QVERIFY(client.send(request).tlsVerificationDisabled);
    }

    void proxyFromEnvironmentAndOption()
    {
        // httpbin answers absolute-form requests, so it can stand in for a forward proxy:
        // a request for an unresolvable host succeeds only through it.
        const EnvGuard httpProxy("http_proxy");
        const EnvGuard noProxy("no_proxy");
        const EnvGuard noProxyUpper("NO_PROXY");
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        qunsetenv("http_proxy");
        HttpClient client;
        HttpRequest request;
        request.url = QUrl(u"http://cw-proxied.invalid/get"_s);
        request.connectTimeoutMs = 3000;

        QVERIFY(!client.send(request).ok()); // no proxy: the name does not resolve

        request.proxy = m_httpbin.baseUrl();
        HttpResponse response = client.send(request);
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.status, 200);
        QCOMPARE(parse(response.body)["headers"].value("Host", ""), "cw-proxied.invalid");

        request.proxy.clear();
        qputenv("http_proxy", m_httpbin.baseUrl().toUtf8());
        response = client.send(request);
        QVERIFY2(response.ok(), qPrintable(response.error)); // libcurl read the environment
        QCOMPARE(response.status, 200);

        request.proxy = u"none"_s;
        QVERIFY(!client.send(request).ok()); // "none" overrides the environment

        request.proxy.clear();
        qputenv("no_proxy", "cw-proxied.invalid");
        QVERIFY(!client.send(request).ok()); // no_proxy is honoured
    }
};

QTEST_GUILESS_MAIN(TestHttpbin)
#include "tst_httpbin.moc"
