// SPDX-License-Identifier: MIT
#include "models/core/http/httpclient.h"

#include <atomic>
#include <string>


#include <QElapsedTimer>
#include <QTest>

#include "tests/support/gzip.h"
#include "tests/support/testserver.h"

using namespace cw;
using namespace cw::test;
using namespace Qt::StringLiterals;

namespace {

HttpRequest getRequest(const QString &url, HttpHeaders headers = {})
{
    HttpRequest request;
    request.url = QUrl(url);
    request.headers = std::move(headers);
    return request;
}

QByteArray qbytes(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void statusHeadersBody_data();
    void statusHeadersBody();
    void sameOriginRules_data();
    void sameOriginRules();
    void requestHeadersReachServer();
    void headerLookupIsCaseInsensitive();
    void repeatedResponseHeadersKeptInOrder();
    void gzipBodyDecoded();
    void serverCompressedJsonDecoded();
    void methodsAndBodies_data();
    void methodsAndBodies();
    void headHasNoBody();
    void connectionReused();

    void redirectSameHostKeepsCredentials();
    void redirectOtherHostDropsCredentials_data();
    void redirectOtherHostDropsCredentials();
    void redirectBackDoesNotRestoreCredentials();
    void redirect303TurnsPostIntoGet();
    void redirect307KeepsPostBody();
    void redirectLoop_data();
    void redirectLoop();
    void tooManyRedirects();
    void redirectWithoutLocationIsReturned();

    void connectionRefusedNamesHostAndPort();
    void totalTimeoutBeforeFirstByte();
    void totalTimeoutOnReusedConnection();
    void timeoutDuringBody();
    void cancelStopsWaitingTransfer();
    void cancelStopsStreamingTransfer();
    void cancelBeforeStart();
    void unsupportedScheme_data();
    void unsupportedScheme();
    void timingsOrdered();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestHttpClient::init()
{
    m_server = std::make_unique<TestServer>();
}

void TestHttpClient::cleanup()
{
    m_server.reset();
}

void TestHttpClient::statusHeadersBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("200") << 200 << QByteArray(R"({"ok":true})");
    QTest::newRow("201") << 201 << QByteArray(R"({"id":7})");
    QTest::newRow("204 no content") << 204 << QByteArray();
    QTest::newRow("404 is a response, not a transfer error") << 404 << QByteArray(R"({"error":"not found"})");
    QTest::newRow("429") << 429 << QByteArray("slow down");
    QTest::newRow("500") << 500 << QByteArray("<html>boom</html>");
    QTest::newRow("binary body") << 200 << QByteArray("\x00\x01\x02\xff\xfe", 5);
}

void TestHttpClient::statusHeadersBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    m_server->get("/thing", [status, body](const httplib::Request &, httplib::Response &res) {
        res.status = status;
        res.set_header("X-Request-Id", "abc-123");
        res.set_header("Cache-Control", "no-store");
        if (!body.isEmpty())
            res.set_content(body.toStdString(), "application/octet-stream");
    });
    HttpClient client;
    const HttpResponse response = client.send(getRequest(m_server->url(u"/thing"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, body);
    QCOMPARE(response.header("X-Request-Id"), QByteArray("abc-123"));
    QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(response.header("X-Absent").isNull());
    QVERIFY(!response.cancelled);
    QVERIFY(response.redirects.isEmpty());
    QCOMPARE(response.effectiveUrl, QUrl(m_server->url(u"/thing"_s)));
}

void TestHttpClient::requestHeadersReachServer()
{
    m_server->serve("/h", 200, "{}");
    HttpClient client;
    const HttpResponse response = client.send(getRequest(
        m_server->url(u"/h?q=a%20b&x=1"_s),
        {{"Accept", "application/json"}, {"X-Custom", "value with spaces"}, {"Authorization", "Bearer t0k"}}));
    QVERIFY2(response.ok(), qPrintable(response.error));
    const RecordedRequest req = m_server->lastRequest();
    QCOMPARE(req.method, u"GET"_s);
    QCOMPARE(req.path, u"/h"_s);
    QCOMPARE(req.param("q"), u"a b"_s);
    QCOMPARE(req.param("x"), u"1"_s);
    QCOMPARE(req.header("Accept"), u"application/json"_s);
    QCOMPARE(req.header("X-Custom"), u"value with spaces"_s);
    QCOMPARE(req.header("Authorization"), u"Bearer t0k"_s);
    QCOMPARE(req.header("User-Agent"), u"ConnectorWorkbench/0.1"_s);
    QVERIFY(!req.hasHeader("Expect"));
}

void TestHttpClient::headerLookupIsCaseInsensitive()
{
    m_server->get("/h", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("X-RateLimit-Remaining", "42");
        res.set_content("{}", "application/json");
    });
    HttpClient client;
    const HttpResponse response = client.send(getRequest(m_server->url(u"/h"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.header("x-ratelimit-remaining"), QByteArray("42"));
    QCOMPARE(response.header("X-RATELIMIT-REMAINING"), QByteArray("42"));
    // Names are kept as sent.
    bool found = false;
    for (const auto &[name, value] : response.headers)
        found = found || name == "X-RateLimit-Remaining";
    QVERIFY(found);
}

void TestHttpClient::repeatedResponseHeadersKeptInOrder()
{
    m_server->get("/h", [](const httplib::Request &, httplib::Response &res) {
        res.headers.emplace("Link", "<http://x.test/2>; rel=\"next\"");
        res.headers.emplace("Link", "<http://x.test/9>; rel=\"last\"");
        res.set_content("[]", "application/json");
    });
    HttpClient client;
    const HttpResponse response = client.send(getRequest(m_server->url(u"/h"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error));
    QList<QByteArray> links;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("link", Qt::CaseInsensitive) == 0)
            links.append(value);
    }
    QCOMPARE(links, (QList<QByteArray>{"<http://x.test/2>; rel=\"next\"", "<http://x.test/9>; rel=\"last\""}));
    QCOMPARE(response.header("link"), links.first());
}

void TestHttpClient::gzipBodyDecoded()
{
    std::string plain;
    for (int i = 0; i < 500; ++i)
        plain += R"({"id":)" + std::to_string(i) + R"(,"name":"customer number )" + std::to_string(i) + "\"}\n";
    const std::string compressed = gzip(plain);
    QVERIFY(!compressed.empty());
    QVERIFY(compressed.size() < plain.size() / 4);

    m_server->get("/gz", [compressed](const httplib::Request &, httplib::Response &res) {
        // A content type cpp-httplib does not compress itself, so the bytes go out as they are.
        res.set_header("Content-Encoding", "gzip");
        res.set_content(compressed, "application/x-ndjson");
    });
    HttpClient client;
    const HttpResponse response = client.send(getRequest(m_server->url(u"/gz"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(response.body.size(), qsizetype(plain.size()));
    QCOMPARE(response.body, qbytes(plain));
    // libcurl announced what it can decode.
    QVERIFY(m_server->lastRequest().header("Accept-Encoding").contains(u"gzip"_s));
}

void TestHttpClient::serverCompressedJsonDecoded()
{
    // cpp-httplib compresses JSON by itself when the client accepts br or gzip.
    std::string json = "[";
    for (int i = 0; i < 300; ++i)
        json += (i ? "," : "") + std::string(R"({"id":)") + std::to_string(i) + R"(,"status":"active"})";
    json += "]";
    m_server->serve("/json", 200, json);
    HttpClient client;
    const HttpResponse response = client.send(getRequest(m_server->url(u"/json"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error));
    QVERIFY2(!response.header("Content-Encoding").isEmpty(), "expected a compressed response");
    QCOMPARE(response.body, qbytes(json));
}

void TestHttpClient::methodsAndBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("POST json") << QByteArray("POST") << QByteArray(R"({"query":"x","n":1})");
    QTest::newRow("POST empty") << QByteArray("POST") << QByteArray();
    QTest::newRow("post lowercase") << QByteArray("post") << QByteArray("a=1&b=2");
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray(R"({"name":"n"})");
    QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray(R"({"name":"p"})");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray();
    QByteArray large(200'000, 'z');
    large.prepend("{\"blob\":\"").append("\"}");
    QTest::newRow("POST large body, no Expect wait") << QByteArray("POST") << large;
    QTest::newRow("GET with a body stays GET") << QByteArray("GET") << QByteArray(R"({"size":10})");
}

void TestHttpClient::methodsAndBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);

    m_server->any("/echo", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.method + " " + std::to_string(req.body.size()), "text/plain");
    });
    HttpRequest request = getRequest(m_server->url(u"/echo"_s), {{"Content-Type", "application/json"}});
    request.method = method;
    request.body = body;
    HttpClient client;
    const HttpResponse response = client.send(request);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.status, 200);
    const RecordedRequest req = m_server->lastRequest();
    QVERIFY(!req.hasHeader("Expect")); // libcurl would wait up to a second for "100 Continue"
    QCOMPARE(req.method, QString::fromLatin1(method.toUpper()));
    if (req.method == u"GET"_s) // cpp-httplib does not read bodies of GET requests
        QCOMPARE(req.header("Content-Length"), QString::number(body.size()));
    else
        QCOMPARE(req.body, body);
    if (!body.isEmpty())
        QCOMPARE(req.header("Content-Type"), u"application/json"_s);
}

void TestHttpClient::headHasNoBody()
{
    m_server->serve("/head", 200, R"({"big":"body"})");
    HttpRequest request = getRequest(m_server->url(u"/head"_s));
    request.method = "HEAD";
    HttpClient client;
    const HttpResponse response = client.send(request);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.isEmpty());
    QCOMPARE(m_server->lastRequest().method, u"HEAD"_s);
}

void TestHttpClient::connectionReused()
{
    m_server->serve("/r", 200, "{}");
    HttpClient client;
    for (int i = 0; i < 3; ++i) {
        const HttpResponse response = client.send(getRequest(m_server->url(u"/r"_s)));
        QVERIFY2(response.ok(), qPrintable(response.error));
    }
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), std::size_t(3));
    QCOMPARE(requests[1].remotePort, requests[0].remotePort);
    QCOMPARE(requests[2].remotePort, requests[0].remotePort);
}

void TestHttpClient::redirectSameHostKeepsCredentials()
{
    m_server->get("/old", [](const httplib::Request &, httplib::Response &res) {
        res.status = 301;
        res.set_header("Location", "/new?x=1");
    });
    m_server->serve("/new", 200, R"({"moved":true})");
    HttpClient client;
    const HttpResponse response = client.send(getRequest(
        m_server->url(u"/old"_s),
        {{"Authorization", "Bearer secret-token"}, {"X-API-Key", "k3y"}, {"Accept", "application/json"}}));
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray(R"({"moved":true})"));
    QCOMPARE(response.effectiveUrl, QUrl(m_server->url(u"/new?x=1"_s)));
    QCOMPARE(response.redirects, QList<QUrl>{QUrl(m_server->url(u"/new?x=1"_s))});
    QVERIFY(response.header("Location").isEmpty()); // headers of the final response only

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), std::size_t(2));
    QCOMPARE(requests[1].path, u"/new"_s);
    QCOMPARE(requests[1].header("Authorization"), u"Bearer secret-token"_s);
    QCOMPARE(requests[1].header("X-API-Key"), u"k3y"_s);
    QCOMPARE(requests[1].header("Accept"), u"application/json"_s);
}

void TestHttpClient::redirectOtherHostDropsCredentials_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("otherPort");

    QTest::newRow("302 to another host name") << 302 << false;
    QTest::newRow("307 to another host name") << 307 << false;
    QTest::newRow("308 to another host name") << 308 << false;
    QTest::newRow("302 to another port") << 302 << true;
}

void TestHttpClient::redirectOtherHostDropsCredentials()
{
    QFETCH(int, status);
    QFETCH(bool, otherPort);

    TestServer other;
    other.serve("/landing", 200, "{}");
    m_server->serve("/landing", 200, "{}");
    const QString target = otherPort ? other.url(u"/landing"_s) : m_server->url(u"/landing"_s, u"localhost"_s);
    m_server->get("/go", [status, target](const httplib::Request &, httplib::Response &res) {
        res.status = status;
        res.set_header("Location", target.toStdString());
    });

    HttpClient client;
    const HttpResponse response = client.send(getRequest(m_server->url(u"/go"_s),
                                                         {{"Authorization", "Bearer secret-token"},
                                                          {"X-API-Key", "k3y"},
                                                          {"Cookie", "session=abc"},
                                                          {"X-Tenant-Secret", "t"},
                                                          {"Accept", "application/json"},
                                                          {"Accept-Language", "de"}}));
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.effectiveUrl, QUrl(target));

    const RecordedRequest landed = otherPort ? other.lastRequest() : m_server->lastRequest();
    QCOMPARE(landed.path, u"/landing"_s);
    if (!otherPort)
        QVERIFY2(landed.host.startsWith(u"localhost:"_s), qPrintable(landed.host));
    QVERIFY(!landed.hasHeader("Authorization"));
    QVERIFY(!landed.hasHeader("X-API-Key"));
    QVERIFY(!landed.hasHeader("Cookie"));
    QVERIFY(!landed.hasHeader("X-Tenant-Secret"));
    QCOMPARE(landed.header("Accept"), u"application/json"_s);
    QCOMPARE(landed.header("Accept-Language"), u"de"_s);

    // The first hop still had them.
    const RecordedRequest first = m_server->requests().front();
    QCOMPARE(first.header("Authorization"), u"Bearer secret-token"_s);
    QCOMPARE(first.header("X-API-Key"), u"k3y"_s);
}

void TestHttpClient::redirectBackDoesNotRestoreCredentials()
{
    const QString away = m_server->url(u"/away"_s, u"localhost"_s);
    const QString home = m_server->url(u"/home"_s);
    m_server->get("/start", [away](const httplib::Request &, httplib::Response &res) {
        res.set_redirect(away.toStdString(), 302);
    });
    m_server->get("/away", [home](const httplib::Request &, httplib::Response &res) {
        res.set_redirect(home.toStdString(), 302);
    });
    m_server->serve("/home", 200, "{}");
    HttpClient client;
    const HttpResponse response =
        client.send(getRequest(m_server->url(u"/start"_s), {{"Authorization", "Bearer secret-token"}}));
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.redirects.size(), 2);
    QCOMPARE(m_server->lastRequest().path, u"/home"_s);
    QVERIFY(!m_server->lastRequest().hasHeader("Authorization"));
}

void TestHttpClient::redirect303TurnsPostIntoGet()
{
    m_server->post("/create", [](const httplib::Request &, httplib::Response &res) {
        res.set_redirect("/created/1", 303);
    });
    m_server->serve("/created/1", 200, R"({"id":1})");
    HttpRequest request = getRequest(m_server->url(u"/create"_s), {{"Content-Type", "application/json"}});
    request.method = "POST";
    request.body = R"({"name":"x"})";
    HttpClient client;
    const HttpResponse response = client.send(request);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.body, QByteArray(R"({"id":1})"));
    const RecordedRequest last = m_server->lastRequest();
    QCOMPARE(last.method, u"GET"_s);
    QVERIFY(last.body.isEmpty());
}

void TestHttpClient::redirect307KeepsPostBody()
{
    m_server->post("/v1/search", [](const httplib::Request &, httplib::Response &res) {
        res.set_redirect("/v2/search", 307);
    });
    m_server->post("/v2/search", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.body, "application/octet-stream");
    });
    HttpRequest request = getRequest(m_server->url(u"/v1/search"_s));
    request.method = "POST";
    request.body = R"({"q":"abc"})";
    HttpClient client;
    const HttpResponse response = client.send(request);
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.body, request.body);
    QCOMPARE(m_server->lastRequest().method, u"POST"_s);
}

void TestHttpClient::redirectLoop_data()
{
    QTest::addColumn<int>("maxRedirects");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("expectedRequests");

    // The loop is reported as such as soon as a URL comes round again, also when the
    // redirect limit would be reached later.
    QTest::newRow("to itself") << 5 << u"/self"_s << 1;
    QTest::newRow("a-b-a") << 5 << u"/a"_s << 2;
    QTest::newRow("a-b-a with a low limit") << 1 << u"/a"_s << 2;
    QTest::newRow("c-a-b-a") << 5 << u"/c"_s << 3;
}

void TestHttpClient::redirectLoop()
{
    QFETCH(int, maxRedirects);
    QFETCH(QString, start);
    QFETCH(int, expectedRequests);

    m_server->get("/self", [](const httplib::Request &, httplib::Response &res) { res.set_redirect("/self", 302); });
    m_server->get("/a", [](const httplib::Request &, httplib::Response &res) { res.set_redirect("/b", 302); });
    m_server->get("/b", [](const httplib::Request &, httplib::Response &res) { res.set_redirect("/a", 302); });
    m_server->get("/c", [](const httplib::Request &, httplib::Response &res) { res.set_redirect("/a", 302); });

    HttpRequest request = getRequest(m_server->url(start));
    request.maxRedirects = maxRedirects;
    HttpClient client;
    const HttpResponse response = client.send(request);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.startsWith(u"Redirect loop"_s), qPrintable(response.error));
    QVERIFY2(response.error.contains(m_server->baseUrl()), qPrintable(response.error));
    QCOMPARE(m_server->requestCount(), expectedRequests);
}

void TestHttpClient::tooManyRedirects()
{
    m_server->get(R"(/chain/\d+)", [](const httplib::Request &req, httplib::Response &res) {
        const int n = std::stoi(req.path.substr(req.path.rfind('/') + 1));
        res.set_redirect("/chain/" + std::to_string(n + 1), 302);
    });
    HttpRequest request = getRequest(m_server->url(u"/chain/0"_s));
    request.maxRedirects = 3;
    HttpClient client;
    const HttpResponse response = client.send(request);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(u"Too many redirects (more than 3)"_s), qPrintable(response.error));
    QVERIFY2(response.error.contains(u"/chain/4"_s), qPrintable(response.error));
    QCOMPARE(response.redirects.size(), 3);
    QCOMPARE(m_server->requestCount(), 4);
}

void TestHttpClient::redirectWithoutLocationIsReturned()
{
    m_server->get("/odd", [](const httplib::Request &, httplib::Response &res) {
        res.status = 302;
        res.set_content("no location", "text/plain");
    });
    HttpClient client;
    const HttpResponse response = client.send(getRequest(m_server->url(u"/odd"_s)));
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.status, 302);
    QCOMPARE(response.body, QByteArray("no location"));
}

void TestHttpClient::connectionRefusedNamesHostAndPort()
{
    const quint16 port = TestServer::unusedPort();
    QVERIFY(port != 0);
    HttpClient client;
    const HttpResponse response =
        client.send(getRequest(u"http://127.0.0.1:%1/x"_s.arg(port)));
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 0);
    QVERIFY2(response.error.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(response.error));
    QVERIFY2(response.error.contains(u"refused"_s), qPrintable(response.error));
}

void TestHttpClient::totalTimeoutBeforeFirstByte()
{
    m_server->get("/slow", [this](const httplib::Request &, httplib::Response &res) {
        m_server->sleepFor(5000);
        res.set_content("{}", "application/json");
    });
    HttpRequest request = getRequest(m_server->url(u"/slow"_s));
    request.totalTimeoutMs = 300;
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = client.send(request);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 0);
    QVERIFY(!response.cancelled);
    QCOMPARE(response.error, u"No first byte from 127.0.0.1 after 0.3 s."_s);
}

void TestHttpClient::totalTimeoutOnReusedConnection()
{
    // The second request runs on the connection of the first one, which connected long ago:
    // still a first-byte timeout, not "no connection".
    m_server->serve("/fast", 200, "{}");
    m_server->get("/slow", [this](const httplib::Request &, httplib::Response &res) {
        m_server->sleepFor(5000);
        res.set_content("{}", "application/json");
    });
    HttpClient client;
    QVERIFY(client.send(getRequest(m_server->url(u"/fast"_s))).ok());
    HttpRequest request = getRequest(m_server->url(u"/slow"_s));
    request.totalTimeoutMs = 300;
    const HttpResponse response = client.send(request);
    QVERIFY(!response.ok());
    QCOMPARE(response.error, u"No first byte from 127.0.0.1 after 0.3 s."_s);
}

void TestHttpClient::timeoutDuringBody()
{
    m_server->get("/trickle", [this](const httplib::Request &, httplib::Response &res) {
        res.set_chunked_content_provider("application/octet-stream",
                                         [this](size_t, httplib::DataSink &sink) {
                                             if (!m_server->sleepFor(20))
                                                 return false;
                                             return sink.write("x", 1);
                                         });
    });
    HttpRequest request = getRequest(m_server->url(u"/trickle"_s));
    request.totalTimeoutMs = 400;
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = client.send(request);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 0);
    QCOMPARE(response.error, u"The response from 127.0.0.1 took longer than 0.4 s."_s);
}

void TestHttpClient::cancelStopsWaitingTransfer()
{
    std::atomic_bool cancel{false};
    m_server->get("/hang", [this, &cancel](const httplib::Request &, httplib::Response &res) {
        cancel = true; // the request arrived: now cancel it while the server thinks
        m_server->sleepFor(10'000);
        res.set_content("{}", "application/json");
    });
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = client.send(getRequest(m_server->url(u"/hang"_s)), &cancel);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(response.cancelled);
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 0);
    QCOMPARE(response.error, u"Cancelled."_s);
    QVERIFY2(elapsed < 1500, qPrintable(u"cancel took %1 ms"_s.arg(elapsed)));
}

void TestHttpClient::cancelStopsStreamingTransfer()
{
    std::atomic_bool cancel{false};
    m_server->get("/stream", [this, &cancel](const httplib::Request &, httplib::Response &res) {
        res.set_chunked_content_provider("application/octet-stream",
                                         [this, &cancel](size_t offset, httplib::DataSink &sink) {
                                             if (offset >= 10)
                                                 cancel = true;
                                             if (!m_server->sleepFor(10))
                                                 return false;
                                             return sink.write("0123456789", 10);
                                         });
    });
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = client.send(getRequest(m_server->url(u"/stream"_s)), &cancel);
    QVERIFY(response.cancelled);
    QCOMPARE(response.error, u"Cancelled."_s);
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpClient::cancelBeforeStart()
{
    m_server->serve("/x", 200, "{}");
    std::atomic_bool cancel{true};
    HttpClient client;
    const HttpResponse response = client.send(getRequest(m_server->url(u"/x"_s)), &cancel);
    QVERIFY(response.cancelled);
    QCOMPARE(response.error, u"Cancelled."_s);
    // The client still works afterwards.
    const HttpResponse again = client.send(getRequest(m_server->url(u"/x"_s)));
    QVERIFY2(again.ok(), qPrintable(again.error));
}

void TestHttpClient::unsupportedScheme_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("scheme");

    QTest::newRow("ftp") << u"ftp://127.0.0.1/file.json"_s << u"ftp"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"file"_s;
    QTest::newRow("no scheme") << u"127.0.0.1/x"_s << QString();
    QTest::newRow("gopher") << u"gopher://127.0.0.1/"_s << u"gopher"_s;
}

void TestHttpClient::unsupportedScheme()
{
    QFETCH(QString, url);
    QFETCH(QString, scheme);
    HttpClient client;
    const HttpResponse response = client.send(getRequest(url));
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 0);
    QVERIFY2(response.error.startsWith(u"Unsupported URL scheme \"%1\""_s.arg(scheme)), qPrintable(response.error));
    QVERIFY2(response.error.contains(u"use http or https"_s), qPrintable(response.error));
}

void TestHttpClient::timingsOrdered()
{
    m_server->get("/t", [this](const httplib::Request &, httplib::Response &res) {
        m_server->sleepFor(60);
        res.set_content(std::string(100'000, 'a'), "application/octet-stream");
    });
    HttpClient client;
    for (int i = 0; i < 2; ++i) { // a fresh and a reused connection
        const HttpResponse response = client.send(getRequest(m_server->url(u"/t"_s)));
        QVERIFY2(response.ok(), qPrintable(response.error));
        const HttpTimings &t = response.timings;
        QVERIFY(t.dnsMs >= 0);
        QVERIFY(t.connectMs >= t.dnsMs);
        QCOMPARE(t.tlsMs, 0.0); // plain http
        QVERIFY(t.firstByteMs >= t.connectMs);
        QVERIFY(t.totalMs >= t.firstByteMs);
        QVERIFY2(t.firstByteMs >= 50, qPrintable(QString::number(t.firstByteMs)));
        QVERIFY(t.totalMs < 5000);
    }
}

void TestHttpClient::sameOriginRules_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same") << "https://api.example.com/v1/a" << "https://api.example.com/v2?x=1" << true;
    QTest::newRow("default http port") << "http://h/a" << "http://h:80/b" << true;
    QTest::newRow("default https port") << "https://h/a" << "https://h:443/b" << true;
    QTest::newRow("host case") << "https://API.example.com" << "https://api.example.com" << true;
    QTest::newRow("other host") << "https://a.example.com" << "https://b.example.com" << false;
    QTest::newRow("other port") << "http://h:8080" << "http://h:8081" << false;
    QTest::newRow("https to http downgrade") << "https://h/a" << "http://h/a" << false;
}

void TestHttpClient::sameOriginRules()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(cw::sameOrigin(QUrl(a), QUrl(b)), same);
    QCOMPARE(cw::sameOrigin(QUrl(b), QUrl(a)), same);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
