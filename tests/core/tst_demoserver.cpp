// SPDX-License-Identifier: MIT
#include <algorithm>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QTest>

#include "models/core/demo/demodata.h"
#include "models/core/demo/demoopenapi.h"
#include "models/core/demo/demoproject.h"
#include "models/core/demo/demoserver.h"

using Json = nlohmann::json;
using cw::DemoServer;

namespace {

struct Seen {
    qint64 id = 0;
    std::string updatedAt;
};

std::unique_ptr<DemoServer> startServer(DemoServer::Options options = {})
{
    auto server = std::make_unique<DemoServer>();
    QString error;
    if (!server->start(options, &error))
        qFatal("demo server did not start: %s", qPrintable(error));
    return server;
}

std::unique_ptr<DemoServer> startServer(qint64 records, quint64 seed = 42)
{
    DemoServer::Options options;
    options.records = records;
    options.seed = seed;
    return startServer(options);
}

std::unique_ptr<httplib::Client> clientFor(const DemoServer &server, bool authenticated = true)
{
    auto client = std::make_unique<httplib::Client>("127.0.0.1", server.port());
    client->set_keep_alive(true);
    client->set_read_timeout(10);
    if (authenticated)
        client->set_default_headers({{"Authorization", "Bearer demo-token"}});
    return client;
}

std::string encode(const std::string &value)
{
    return httplib::detail::encode_query_param(value);
}

std::string sinceParam(const std::string &since)
{
    return since.empty() ? std::string() : "&updated_since=" + encode(since);
}

/// rel="next" target of an RFC 8288 Link header, or empty.
std::string nextLink(const std::string &header)
{
    std::size_t pos = 0;
    while (pos < header.size()) {
        const std::size_t open = header.find('<', pos);
        const std::size_t close = header.find('>', open);
        if (open == std::string::npos || close == std::string::npos)
            break;
        const std::size_t end = std::min(header.find(',', close), header.size());
        if (header.substr(close, end - close).find("rel=\"next\"") != std::string::npos)
            return header.substr(open + 1, close - open - 1);
        pos = end;
    }
    return {};
}

Json getJson(httplib::Client &client, const std::string &path, int expectedStatus = 200)
{
    const auto res = client.Get(path);
    if (!res) {
        qWarning("GET %s failed: %s", path.c_str(), httplib::to_string(res.error()).c_str());
        return nullptr;
    }
    if (res->status != expectedStatus) {
        qWarning("GET %s: status %d, body %s", path.c_str(), res->status, res->body.c_str());
        return nullptr;
    }
    return Json::parse(res->body, nullptr, false);
}

void collect(const Json &records, std::vector<Seen> &seen)
{
    for (const Json &record : records)
        seen.push_back({record.at("id").get<qint64>(), record.at("updated_at").get<std::string>()});
}

/// Walks a listing to its end with the resource's own pagination style.
void walk(httplib::Client &client, const std::string &resource, int pageSize, std::vector<Seen> &seen,
          const std::string &since = {}, const std::string &baseUrl = {})
{
    seen.clear();
    const std::string limit = std::to_string(pageSize);
    std::string next;  // products, events: the next path; orders: the cursor
    if (resource == "products")
        next = "/products?per_page=" + limit + sinceParam(since);
    else if (resource == "events")
        next = "/events?limit=" + limit + sinceParam(since);
    for (int guard = 0; guard < 100'000; ++guard) {
        if (resource == "customers") {
            const Json page = getJson(client, "/customers?offset=" + std::to_string(seen.size()) + "&limit=" + limit
                                          + sinceParam(since));
            QVERIFY(page.is_object());
            QCOMPARE(page.at("limit").get<int>(), pageSize);
            collect(page.at("data"), seen);
            if (page.at("data").empty() || qint64(seen.size()) >= page.at("total").get<qint64>())
                return;
        } else if (resource == "products") {
            const auto res = client.Get(next);
            QVERIFY(res);
            QCOMPARE(res->status, 200);
            const Json page = Json::parse(res->body, nullptr, false);
            QVERIFY(page.is_array());
            collect(page, seen);
            QVERIFY(res->has_header("X-Total-Count"));
            const std::string link = nextLink(res->get_header_value("Link"));
            if (link.empty()) {
                QCOMPARE(qint64(seen.size()), std::stoll(res->get_header_value("X-Total-Count")));
                return;
            }
            // Absolute URL built from the request's Host.
            QVERIFY2(link.rfind(baseUrl + "/products?", 0) == 0, link.c_str());
            next = link.substr(baseUrl.size());
        } else if (resource == "orders") {
            const Json page = getJson(client, "/orders?limit=" + limit + sinceParam(since)
                                          + (next.empty() ? std::string() : "&cursor=" + encode(next)));
            QVERIFY(page.is_object());
            collect(page.at("orders"), seen);
            if (!page.at("has_more").get<bool>()) {
                QVERIFY(page.at("next_cursor").is_null());
                return;
            }
            next = page.at("next_cursor").get<std::string>();
        } else if (resource == "events") {
            const Json page = getJson(client, next);
            QVERIFY(page.is_object());
            collect(page.at("events"), seen);
            if (page.at("next").is_null())
                return;
            next = page.at("next").get<std::string>();
            QVERIFY2(next.rfind("/events?", 0) == 0, next.c_str());
        } else {
            QFAIL("unknown resource");
        }
    }
    QFAIL("pagination did not end");
}

void verifyOrdered(const std::vector<Seen> &seen)
{
    std::set<qint64> ids;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        QVERIFY2(ids.insert(seen[i].id).second, qPrintable(QStringLiteral("duplicate id %1").arg(seen[i].id)));
        if (i > 0) {
            const auto previous = std::tie(seen[i - 1].updatedAt, seen[i - 1].id);
            QVERIFY2(previous < std::tie(seen[i].updatedAt, seen[i].id),
                     qPrintable(QStringLiteral("out of order at %1").arg(i)));
        }
    }
}

std::string maxUpdatedAt(const std::vector<Seen> &seen)
{
    std::string max;
    for (const Seen &s : seen)
        max = std::max(max, s.updatedAt);
    return max;
}

std::set<qint64> idsOf(const std::vector<Seen> &seen)
{
    std::set<qint64> ids;
    for (const Seen &s : seen)
        ids.insert(s.id);
    return ids;
}

const std::vector<std::string> kResources{"customers", "products", "orders", "events"};

/// Outcome of one raw request: whether headers arrived, the declared and received length.
struct Raw {
    bool ok = false;
    bool gotHeaders = false;
    int status = 0;
    std::size_t declared = 0;
    std::size_t received = 0;
    std::string retryAfter;
};

Raw rawGet(httplib::Client &client, const std::string &path)
{
    Raw raw;
    const auto res = client.Get(
        path,
        [&](const httplib::Response &response) {
            raw.gotHeaders = true;
            raw.status = response.status;
            raw.declared = std::stoull(response.get_header_value("Content-Length", 0).empty()
                                           ? std::string("0")
                                           : response.get_header_value("Content-Length"));
            raw.retryAfter = response.get_header_value("Retry-After");
            return true;
        },
        [&](const char *, size_t length) {
            raw.received += length;
            return true;
        });
    raw.ok = bool(res);
    return raw;
}

/// Checks that every "$ref" in the document points at an existing node.
void verifyRefs(const Json &doc, const Json &node)
{
    if (node.is_object()) {
        if (const auto it = node.find("$ref"); it != node.end()) {
            const std::string ref = it->get<std::string>();
            QVERIFY2(ref.rfind("#/", 0) == 0, ref.c_str());
            QVERIFY2(doc.contains(Json::json_pointer(ref.substr(1))), ref.c_str());
        }
        for (const auto &item : node.items())
            verifyRefs(doc, item.value());
    } else if (node.is_array()) {
        for (const Json &item : node)
            verifyRefs(doc, item);
    }
}

/// The schema's property names match the record's keys, recursively through objects.
void verifySchema(const Json &doc, Json schema, const Json &value, const std::string &where)
{
    if (schema.contains("$ref"))
        schema = doc.at(Json::json_pointer(schema.at("$ref").get<std::string>().substr(1)));
    if (value.is_null()) {
        QVERIFY2(schema.value("nullable", false), (where + " is null but not nullable").c_str());
        return;
    }
    const std::string type = schema.value("type", "");
    if (value.is_object()) {
        QVERIFY2(type == "object", where.c_str());
        std::set<std::string> keys, properties;
        for (const auto &item : value.items())
            keys.insert(item.key());
        for (const auto &item : schema.at("properties").items())
            properties.insert(item.key());
        QVERIFY2(keys == properties, (where + ": keys differ from schema").c_str());
        for (const auto &item : value.items())
            verifySchema(doc, schema.at("properties").at(item.key()), item.value(), where + "/" + item.key());
    } else if (value.is_array()) {
        QVERIFY2(type == "array", where.c_str());
        for (const Json &item : value)
            verifySchema(doc, schema.at("items"), item, where + "[]");
    } else if (value.is_boolean()) {
        QVERIFY2(type == "boolean", where.c_str());
    } else if (value.is_number_integer()) {
        QVERIFY2(type == "integer" || type == "number", where.c_str());
    } else if (value.is_number()) {
        QVERIFY2(type == "number", where.c_str());
    } else if (value.is_string()) {
        QVERIFY2(type == "string", where.c_str());
        if (schema.contains("enum")) {
            const auto &values = schema.at("enum");
            QVERIFY2(std::find(values.begin(), values.end(), value) != values.end(), where.c_str());
        }
    }
}

} // namespace

class TstDemoServer final : public QObject
{
    Q_OBJECT

private slots:
    void paginationWalk_data();
    void paginationWalk();
    void authentication_data();
    void authentication();
    void publicEndpointsNeedNoAuth();
    void customCredentials();
    void rateLimit();
    void faultPerRequest_data();
    void faultPerRequest();
    void faultSpecEveryNth_data();
    void faultSpecEveryNth();
    void faultSpecProbabilityIsDeterministic();
    void faultSpecValidation_data();
    void faultSpecValidation();
    void updatedSince_data();
    void updatedSince();
    void advanceTime_data();
    void advanceTime();
    void adminEndpoints();
    void customerNotes();
    void badParameters_data();
    void badParameters();
    void openApi();
    void recordShapes();
    void bindsLoopbackOnly();
    void deterministicForSeed();
    void stopAndPortReuse();
    void timelinePositions();
    void rfc3339Parsing_data();
    void rfc3339Parsing();
    void jsonEscaping();
    void demoProject();
};

void TstDemoServer::paginationWalk_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<qint64>("records");
    QTest::addColumn<int>("pageSize");
    const std::vector<std::pair<qint64, int>> sizes{{1234, 100}, {100, 100}, {1000, 100}, {777, 50}, {1001, 1000}};
    for (const std::string &resource : kResources) {
        for (const auto &[records, pageSize] : sizes) {
            QTest::addRow("%s/%lld/%d", resource.c_str(), static_cast<long long>(records), pageSize)
                << QString::fromStdString(resource) << records << pageSize;
        }
    }
}

void TstDemoServer::paginationWalk()
{
    QFETCH(QString, resource);
    QFETCH(qint64, records);
    QFETCH(int, pageSize);
    const auto server = startServer(records);
    const auto client = clientFor(*server);
    std::vector<Seen> seen;
    walk(*client, resource.toStdString(), pageSize, seen, {}, server->baseUrl().toStdString());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(qint64(seen.size()), records);
    verifyOrdered(seen);
    const std::set<qint64> ids = idsOf(seen);
    QCOMPARE(*ids.begin(), qint64(1));
    QCOMPARE(*ids.rbegin(), records);
}

void TstDemoServer::authentication_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QString() << QString() << QString() << 401;
    QTest::newRow("bearer") << "Authorization" << "Bearer demo-token" << QString() << 200;
    QTest::newRow("bearer lowercase scheme") << "Authorization" << "bearer demo-token" << QString() << 200;
    QTest::newRow("bearer wrong") << "Authorization" << "Bearer nope" << QString() << 401;
    QTest::newRow("basic scheme") << "Authorization" << "Basic ZGVtbzpkZW1v" << QString() << 401;
    QTest::newRow("key header") << "X-API-Key" << "demo-key" << QString() << 200;
    QTest::newRow("key header wrong") << "X-API-Key" << "demo-token" << QString() << 401;
    QTest::newRow("key query") << QString() << QString() << "demo-key" << 200;
    QTest::newRow("key query wrong") << QString() << QString() << "nope" << 401;
}

void TstDemoServer::authentication()
{
    QFETCH(QString, header);
    QFETCH(QString, value);
    QFETCH(QString, query);
    QFETCH(int, status);
    const auto server = startServer(100);
    const auto client = clientFor(*server, false);
    httplib::Headers headers;
    if (!header.isEmpty())
        headers.emplace(header.toStdString(), value.toStdString());
    for (const std::string path : {"/customers", "/products", "/orders", "/events", "/customers/1/notes",
                                   "/deletions?resource=orders", "/admin/state"}) {
        const std::string target = query.isEmpty()
            ? path
            : path + (path.find('?') == std::string::npos ? "?" : "&") + "api_key=" + query.toStdString();
        const auto res = client->Get(target, headers);
        QVERIFY(res);
        QVERIFY2(res->status == status, target.c_str());
        if (status == 401) {
            QCOMPARE(QByteArray::fromStdString(res->get_header_value("WWW-Authenticate")), QByteArray("Bearer"));
            const Json body = Json::parse(res->body, nullptr, false);
            QVERIFY(body.is_object());
            QVERIFY(body.at("error").is_string());
            QCOMPARE(body.at("status").get<int>(), 401);
        }
    }
}

void TstDemoServer::publicEndpointsNeedNoAuth()
{
    const auto server = startServer(100);
    const auto client = clientFor(*server, false);
    for (const char *path : {"/health", "/openapi.json"}) {
        const auto res = client->Get(path);
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        QVERIFY(Json::parse(res->body, nullptr, false).is_object());
    }
    const auto missing = client->Get("/no/such/path");
    QVERIFY(missing);
    QCOMPARE(missing->status, 404);
    QCOMPARE(Json::parse(missing->body).at("status").get<int>(), 404);
}

void TstDemoServer::customCredentials()
{
    DemoServer::Options options;
    options.records = 100;
    options.bearerToken = QStringLiteral("s3cret");
    options.apiKey.clear();  // API keys off
    const auto server = startServer(options);
    const auto client = clientFor(*server, false);
    QCOMPARE(client->Get("/customers", {{"Authorization", "Bearer demo-token"}})->status, 401);
    QCOMPARE(client->Get("/customers", {{"Authorization", "Bearer s3cret"}})->status, 200);
    QCOMPARE(client->Get("/customers?api_key=demo-key")->status, 401);
    QCOMPARE(client->Get("/customers?api_key=")->status, 401);
}

void TstDemoServer::rateLimit()
{
    DemoServer::Options options;
    options.records = 100;
    options.rateLimit = 2;
    const auto server = startServer(options);
    const auto client = clientFor(*server);
    int ok = 0, limited = 0;
    for (int i = 0; i < 8; ++i) {
        const auto res = client->Get("/customers?limit=1");
        QVERIFY(res);
        QVERIFY(res->has_header("X-RateLimit-Limit"));
        QVERIFY(res->has_header("X-RateLimit-Remaining"));
        QVERIFY(res->has_header("X-RateLimit-Reset"));
        QCOMPARE(QByteArray::fromStdString(res->get_header_value("X-RateLimit-Limit")), QByteArray("2"));
        if (res->status == 200) {
            ++ok;
            continue;
        }
        QCOMPARE(res->status, 429);
        ++limited;
        const QByteArray retryAfter = QByteArray::fromStdString(res->get_header_value("Retry-After"));
        bool isInt = false;
        QVERIFY(retryAfter.toInt(&isInt) >= 1);
        QVERIFY(isInt);
        QCOMPARE(QByteArray::fromStdString(res->get_header_value("X-RateLimit-Remaining")), QByteArray("0"));
        QCOMPARE(Json::parse(res->body).at("status").get<int>(), 429);
    }
    QVERIFY2(ok >= 2 && ok <= 4, qPrintable(QString::number(ok)));
    QVERIFY(limited >= 4);
    // Health checks are not rate limited, and the bucket refills.
    QCOMPARE(client->Get("/health")->status, 200);
    // QTRY re-evaluates its expression, so remember the first success.
    bool refilled = false;
    QTRY_VERIFY_WITH_TIMEOUT(refilled || (refilled = client->Get("/customers?limit=1")->status == 200), 3000);
}

void TstDemoServer::faultPerRequest_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");  // 0: no complete response
    QTest::newRow("500") << "500" << 500;
    QTest::newRow("502") << "502" << 502;
    QTest::newRow("503") << "503" << 503;
    QTest::newRow("slow") << "slow" << 200;
    QTest::newRow("drop") << "drop" << 0;
    QTest::newRow("truncate") << "truncate" << 0;
}

void TstDemoServer::faultPerRequest()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    const auto server = startServer(200);
    const auto client = clientFor(*server);
    for (const std::string &resource : {std::string("customers"), std::string("products"), std::string("orders"),
                                        std::string("events"), std::string("customers/2/notes")}) {
        QElapsedTimer timer;
        timer.start();
        const Raw raw = rawGet(*client, "/" + resource + "?fault=" + fault.toStdString() + "&fault_delay_ms=300");
        if (fault == u"drop") {
            QVERIFY(!raw.ok);
            QVERIFY2(!raw.gotHeaders, "drop must close before any response");
        } else if (fault == u"truncate") {
            QVERIFY(!raw.ok);
            QVERIFY(raw.gotHeaders);
            QCOMPARE(raw.status, 200);
            QVERIFY2(raw.received < raw.declared, qPrintable(QStringLiteral("%1 of %2").arg(raw.received).arg(raw.declared)));
        } else {
            QVERIFY(raw.ok);
            QCOMPARE(raw.status, status);
            if (status == 503)
                QCOMPARE(QByteArray::fromStdString(raw.retryAfter), QByteArray("1"));
            if (fault == u"slow")
                QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
        }
        // The client recovers on the next request.
        QCOMPARE(client->Get("/" + resource)->status, 200);
    }
}

void TstDemoServer::faultSpecEveryNth_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");  // per request: status, or "x" for a broken response
    QTest::newRow("500@3") << "500@3" << "200 200 500 200 200 500 200";
    QTest::newRow("502@1") << "502@1" << "502 502 502";
    QTest::newRow("503@2:4") << "503@2:4" << "200 503 200 503";
    QTest::newRow("drop@2") << "drop@2" << "200 x 200 x 200";
    QTest::newRow("truncate@3") << "truncate@3" << "200 200 x 200 200 x";
    QTest::newRow("two rules") << "500@2,502@3" << "200 500 502 500 200 500 200";
    QTest::newRow("probability 1") << "503:1" << "503 503 503";
    QTest::newRow("probability 0") << "500:0" << "200 200 200";
}

void TstDemoServer::faultSpecEveryNth()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    DemoServer::Options options;
    options.records = 100;
    options.faults = spec;
    const auto server = startServer(options);
    const auto client = clientFor(*server);
    QStringList got;
    for (qsizetype i = 0; i < expected.split(u' ').size(); ++i) {
        const Raw raw = rawGet(*client, "/customers?limit=5");
        got << (raw.ok ? QString::number(raw.status) : QStringLiteral("x"));
        if (raw.status == 503 && raw.ok)
            QCOMPARE(QByteArray::fromStdString(raw.retryAfter), spec.contains(u":4") ? QByteArray("4") : QByteArray("1"));
    }
    QCOMPARE(got.join(u' '), expected);
    // Requests outside the data endpoints do not count and never fail.
    QCOMPARE(client->Get("/health")->status, 200);
    QCOMPARE(client->Get("/admin/state")->status, 200);
}

void TstDemoServer::faultSpecProbabilityIsDeterministic()
{
    auto sequence = [](quint64 seed) {
        DemoServer::Options options;
        options.records = 100;
        options.seed = seed;
        options.faults = QStringLiteral("502:0.3,slow:0.2:1");
        const auto server = startServer(options);
        const auto client = clientFor(*server);
        QString statuses;
        for (int i = 0; i < 40; ++i)
            statuses += client->Get("/orders?limit=1")->status == 200 ? u'.' : u'F';
        return statuses;
    };
    const QString first = sequence(7);
    QCOMPARE(sequence(7), first);
    QVERIFY(first.contains(u'F'));
    QVERIFY(first.contains(u'.'));
    QVERIFY(sequence(8) != first);
}

void TstDemoServer::faultSpecValidation_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("full") << "500:0.1,502:0.05,503:0.1:3,slow:0.2:1500,drop:0.01,truncate:0.01" << true;
    QTest::newRow("every") << "drop@7, 500@3,slow@2:100" << true;
    QTest::newRow("unknown kind") << "boom:0.1" << false;
    QTest::newRow("probability > 1") << "500:1.5" << false;
    QTest::newRow("no probability") << "500" << false;
    QTest::newRow("every 0") << "500@0" << false;
    QTest::newRow("every text") << "500@x" << false;
    QTest::newRow("param on drop") << "drop:0.1:5" << false;
    QTest::newRow("negative delay") << "slow:0.1:-1" << false;
}

void TstDemoServer::faultSpecValidation()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    DemoServer::Options options;
    options.faults = spec;
    QString error;
    QCOMPARE(DemoServer::validateOptions(options, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    DemoServer server;
    QCOMPARE(server.start(options), valid);
}

void TstDemoServer::updatedSince_data()
{
    QTest::addColumn<QString>("resource");
    for (const std::string &resource : kResources)
        QTest::newRow(resource.c_str()) << QString::fromStdString(resource);
}

void TstDemoServer::updatedSince()
{
    QFETCH(QString, resource);
    const std::string name = resource.toStdString();
    const auto server = startServer(1234);
    const auto client = clientFor(*server);
    const std::string base = server->baseUrl().toStdString();
    std::vector<Seen> all;
    walk(*client, name, 100, all, {}, base);
    QCOMPARE(all.size(), std::size_t(1234));
    const std::string since = all[500].updatedAt;
    const auto expected = std::size_t(std::count_if(all.begin(), all.end(), [&](const Seen &s) { return s.updatedAt >= since; }));
    QVERIFY(expected < all.size() && expected > 0);

    // The same instant written with an offset, and with the '+' left unencoded (a space).
    const qint64 instant = *cw::parseRfc3339(since);
    const std::string withOffset = cw::formatRfc3339(instant + 7200).substr(0, 19) + "+02:00";
    for (const std::string &variant : {since, withOffset}) {
        std::vector<Seen> filtered;
        walk(*client, name, 100, filtered, variant, base);
        QCOMPARE(filtered.size(), expected);
        verifyOrdered(filtered);
        for (const Seen &s : filtered)
            QVERIFY(s.updatedAt >= since);
    }
    // Sent raw, the '+' arrives as a space; the server still reads it as an offset. All
    // resources share the epoch-0 timestamps, so the customers count applies to each.
    const auto raw = clientFor(*server);
    raw->set_url_encode(false);
    const auto spaced = raw->Get("/customers?limit=1&updated_since=" + withOffset);
    QVERIFY(spaced && spaced->status == 200);
    QCOMPARE(Json::parse(spaced->body).at("total").get<std::size_t>(), expected);

    // Dates and far-future times.
    const Json future = getJson(*client, "/customers?updated_since=2999-01-01T00:00:00Z");
    QCOMPARE(future.at("total").get<int>(), 0);
    QCOMPARE(future.at("data").size(), std::size_t(0));
    const Json dated = getJson(*client, "/customers?updated_since=2023-12-31");
    QCOMPARE(dated.at("total").get<int>(), 1234);
}

void TstDemoServer::advanceTime_data()
{
    updatedSince_data();
}

void TstDemoServer::advanceTime()
{
    QFETCH(QString, resource);
    const std::string name = resource.toStdString();
    constexpr qint64 records = 1234;
    const auto server = startServer(records);
    const auto client = clientFor(*server);
    const std::string base = server->baseUrl().toStdString();
    std::vector<Seen> before;
    walk(*client, name, 100, before, {}, base);
    std::string cursor = maxUpdatedAt(before);
    std::set<qint64> known = idsOf(before);
    qint64 previousMaxId = records;

    // Round 1 advances in-process, round 2 over HTTP.
    for (int round = 1; round <= 2; ++round) {
        qint64 expectedChanged = 0, expectedDeleted = 0;
        if (round == 2) {
            const auto res = client->Post("/admin/advance");
            QVERIFY(res && res->status == 200);
            const Json counts = Json::parse(res->body).at("resources").at(name);
            expectedChanged = counts.at("updated").get<qint64>() + counts.at("created").get<qint64>();
            expectedDeleted = counts.at("deleted").get<qint64>();
        } else {
            server->advanceTime(1);
        }
        const Json state = getJson(*client, "/admin/state");
        QCOMPARE(state.at("epoch").get<int>(), round);
        const Json counts = state.at("resources").at(name);
        if (round == 1) {
            expectedChanged = counts.at("changed").get<qint64>();
            expectedDeleted = counts.at("deleted").get<qint64>();
        }

        // updated_since is inclusive: records sharing the cursor's timestamp come again.
        std::vector<Seen> changes, fresh;
        walk(*client, name, 100, changes, cursor, base);
        verifyOrdered(changes);
        for (const Seen &s : changes) {
            QVERIFY(s.updatedAt >= cursor);
            if (s.updatedAt == cursor)
                QVERIFY(known.contains(s.id));
            else
                fresh.push_back(s);
        }
        QCOMPARE(qint64(fresh.size()), expectedChanged);
        const auto created = std::count_if(fresh.begin(), fresh.end(), [&](const Seen &s) { return s.id > previousMaxId; });
        QVERIFY(created > 0);                          // new records
        QVERIFY(created < qint64(fresh.size()));       // and updated ones

        // The deletions feed lists what vanished; none of it is listed any more.
        const Json recent = getJson(*client, "/deletions?resource=" + name + "&limit=1000&since=" + encode(cursor));
        QVERIFY(recent.is_object());
        QVERIFY(recent.at("total").get<qint64>() >= expectedDeleted);
        QVERIFY(expectedDeleted > 0);
        for (const Json &d : recent.at("data")) {
            QCOMPARE(d.at("resource").get<std::string>(), name);
            QVERIFY(d.at("deleted_at").get<std::string>() >= cursor);
        }
        const Json allDeletions = getJson(*client, "/deletions?resource=" + name + "&limit=1000");
        QCOMPARE(allDeletions.at("total").get<qint64>(), counts.at("deleted").get<qint64>());
        std::set<qint64> deleted;
        for (const Json &d : allDeletions.at("data"))
            deleted.insert(d.at("id").get<qint64>());

        std::vector<Seen> after;
        walk(*client, name, 100, after, {}, base);
        verifyOrdered(after);
        QCOMPARE(qint64(after.size()), counts.at("live").get<qint64>());
        QCOMPARE(qint64(after.size()), counts.at("max_id").get<qint64>() - qint64(deleted.size()));
        const std::set<qint64> afterIds = idsOf(after);
        const std::set<qint64> freshIds = idsOf(fresh);
        for (qint64 id : deleted) {
            QVERIFY(!afterIds.contains(id));
            QVERIFY(!freshIds.contains(id));
        }
        // What changed comes last, after everything older.
        QVERIFY(std::equal(fresh.rbegin(), fresh.rend(), after.rbegin(),
                           [](const Seen &a, const Seen &b) { return a.id == b.id; }));
        cursor = maxUpdatedAt(fresh);
        known = afterIds;
        previousMaxId = counts.at("max_id").get<qint64>();
    }
}

void TstDemoServer::adminEndpoints()
{
    const auto server = startServer(1000);
    const auto client = clientFor(*server);
    const auto anonymous = clientFor(*server, false);
    QCOMPARE(anonymous->Post("/admin/advance")->status, 401);
    QCOMPARE(client->Post("/admin/advance?epochs=0")->status, 400);
    const auto res = client->Post("/admin/advance?epochs=2");
    QVERIFY(res);
    QCOMPARE(res->status, 200);
    const Json advance = Json::parse(res->body);
    QCOMPARE(advance.at("epoch").get<int>(), 2);
    QCOMPARE(advance.at("epochs").get<int>(), 2);
    QVERIFY(advance.at("updated").get<int>() > 0);
    QVERIFY(advance.at("created").get<int>() > 0);
    QVERIFY(advance.at("deleted").get<int>() > 0);
    const Json customers = advance.at("resources").at("customers");
    const Json state = getJson(*client, "/admin/state");
    QCOMPARE(state.at("epoch").get<int>(), 2);
    QCOMPARE(state.at("records").get<int>(), 1000);
    QCOMPARE(state.at("seed").get<int>(), 42);
    const Json live = state.at("resources").at("customers");
    QCOMPARE(live.at("live").get<int>(), 1000 + customers.at("created").get<int>() - customers.at("deleted").get<int>());
    QCOMPARE(live.at("max_id").get<int>(), 1000 + customers.at("created").get<int>());
    QCOMPARE(getJson(*client, "/customers?limit=1").at("total").get<int>(), live.at("live").get<int>());
    // A body, even unannounced, does not upset the POST.
    QCOMPARE(client->Post("/admin/advance", "ignored", "text/plain")->status, 200);
}

void TstDemoServer::customerNotes()
{
    const auto server = startServer(300);
    const auto client = clientFor(*server);
    std::set<std::size_t> sizes;
    std::set<qint64> noteIds;
    for (int id = 1; id <= 60; ++id) {
        const Json body = getJson(*client, "/customers/" + std::to_string(id) + "/notes");
        QVERIFY(body.is_object());
        const Json &notes = body.at("notes");
        QVERIFY(notes.size() <= 3);
        sizes.insert(notes.size());
        for (const Json &note : notes) {
            QCOMPARE(note.at("customer_id").get<int>(), id);
            QVERIFY(noteIds.insert(note.at("id").get<qint64>()).second);
        }
    }
    QCOMPARE(sizes.size(), std::size_t(4));  // 0, 1, 2 and 3 notes all occur
    QCOMPARE(client->Get("/customers/0/notes")->status, 400);
    QCOMPARE(client->Get("/customers/301/notes")->status, 404);
    QCOMPARE(Json::parse(client->Get("/customers/99999/notes")->body).at("status").get<int>(), 404);

    server->advanceTime(1);
    const Json deletions = getJson(*client, "/deletions?resource=customers");
    QVERIFY(!deletions.at("data").empty());
    const qint64 gone = deletions.at("data").at(0).at("id").get<qint64>();
    QCOMPARE(client->Get("/customers/" + std::to_string(gone) + "/notes")->status, 404);
    QCOMPARE(client->Get("/customers/301/notes")->status, 200);  // created by the advance
}

void TstDemoServer::badParameters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("limit 0") << "/customers?limit=0" << "limit";
    QTest::newRow("limit 1001") << "/customers?limit=1001" << "limit";
    QTest::newRow("limit text") << "/orders?limit=ten" << "limit";
    QTest::newRow("offset negative") << "/customers?offset=-1" << "offset";
    QTest::newRow("page 0") << "/products?page=0" << "page";
    QTest::newRow("per_page too big") << "/products?per_page=5000" << "per_page";
    QTest::newRow("cursor garbage") << "/orders?cursor=bogus" << "cursor";
    QTest::newRow("cursor of events") << "/orders?cursor=ZAAAAABlkgCAAAAAAAAAAAE" << "cursor";
    QTest::newRow("after garbage") << "/events?after=bogus!" << "after";
    QTest::newRow("after unknown id") << "/events?after=999999" << "after";
    QTest::newRow("updated_since") << "/customers?updated_since=yesterday" << "updated_since";
    QTest::newRow("updated_since month 13") << "/products?updated_since=2024-13-01T00:00:00Z" << "updated_since";
    QTest::newRow("resource missing") << "/deletions" << "resource";
    QTest::newRow("resource unknown") << "/deletions?resource=users" << "resource";
    QTest::newRow("since") << "/deletions?resource=orders&since=soon" << "since";
    QTest::newRow("notes id") << "/customers/abc/notes" << "id";
    QTest::newRow("fault") << "/customers?fault=explode" << "fault";
    QTest::newRow("fault_delay_ms") << "/customers?fault=slow&fault_delay_ms=-5" << "fault_delay_ms";
    QTest::newRow("epochs") << "/admin/advance?epochs=5000" << "epochs";
}

void TstDemoServer::badParameters()
{
    QFETCH(QString, path);
    QFETCH(QString, parameter);
    const auto server = startServer(100);
    const auto client = clientFor(*server);
    const auto res = path.startsWith(u"/admin") ? client->Post(path.toStdString()) : client->Get(path.toStdString());
    QVERIFY(res);
    QCOMPARE(res->status, 400);
    const Json body = Json::parse(res->body, nullptr, false);
    QCOMPARE(body.at("status").get<int>(), 400);
    const QString message = QString::fromStdString(body.at("error").get<std::string>());
    QVERIFY2(message.contains(u'\'' + parameter + u'\''), qPrintable(message));
}

void TstDemoServer::openApi()
{
    const auto server = startServer(150);
    const auto client = clientFor(*server);
    const Json doc = getJson(*clientFor(*server, false), "/openapi.json");
    QVERIFY(doc.is_object());
    QVERIFY(doc.at("openapi").get<std::string>().rfind("3.0.", 0) == 0);
    QCOMPARE(QString::fromStdString(doc.at("servers").at(0).at("url").get<std::string>()), server->baseUrl());
    for (const char *path : {"/health", "/openapi.json", "/customers", "/customers/{id}/notes", "/products",
                             "/orders", "/events", "/deletions", "/admin/advance", "/admin/state"})
        QVERIFY2(doc.at("paths").contains(path), path);
    QCOMPARE(doc.at("paths").size(), std::size_t(10));
    const Json &schemes = doc.at("components").at("securitySchemes");
    QCOMPARE(schemes.at("bearerAuth").at("scheme").get<std::string>(), std::string("bearer"));
    QCOMPARE(schemes.at("apiKeyHeader").at("name").get<std::string>(), std::string("X-API-Key"));
    QCOMPARE(schemes.at("apiKeyQuery").at("in").get<std::string>(), std::string("query"));
    QVERIFY(doc.at("components").at("responses").contains("TooManyRequests"));
    verifyRefs(doc, doc);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(doc == Json::parse(cw::demoOpenApiJson(server->baseUrl())));

    // What is served matches the described schemas, key for key.
    server->advanceTime(1);
    const Json &paths = doc.at("paths");
    auto schemaOf = [&](const char *path, const char *method = "get") {
        return paths.at(path).at(method).at("responses").at("200").at("content").at("application/json").at("schema");
    };
    const std::vector<std::pair<const char *, std::string>> samples{
        {"/customers", "/customers?limit=150"}, {"/products", "/products?per_page=150"},
        {"/orders", "/orders?limit=150"}, {"/events", "/events?limit=150"},
        {"/deletions", "/deletions?resource=events"}, {"/admin/state", "/admin/state"}};
    for (const auto &[path, request] : samples)
        verifySchema(doc, schemaOf(path), getJson(*client, request), request);
    for (int id = 1; id <= 10; ++id)
        verifySchema(doc, schemaOf("/customers/{id}/notes"), getJson(*client, "/customers/" + std::to_string(id) + "/notes"), "notes");
    verifySchema(doc, schemaOf("/health"), getJson(*client, "/health"), "health");
    verifySchema(doc, schemaOf("/admin/advance", "post"), Json::parse(client->Post("/admin/advance")->body), "advance");
    verifySchema(doc, doc.at("components").at("schemas").at("Error"), getJson(*client, "/customers?limit=0", 400), "error");
}

void TstDemoServer::recordShapes()
{
    const auto server = startServer(500);
    const auto client = clientFor(*server);
    // Never compressed, even when asked: brotli would cost more than generating the page.
    const auto plain = client->Get("/customers?limit=100", {{"Accept-Encoding", "gzip, deflate, br"}});
    QVERIFY(plain && plain->status == 200);
    QVERIFY(!plain->has_header("Content-Encoding"));
    QCOMPARE(QByteArray::fromStdString(plain->get_header_value("Content-Type")),
             QByteArray("application/json; charset=utf-8"));
    const Json customers = getJson(*client, "/customers?limit=500").at("data");
    int nullEmail = 0, intBalance = 0, decimalBalance = 0, offsetDates = 0, nullLogin = 0, nonAscii = 0;
    for (const Json &c : customers) {
        nullEmail += c.at("email").is_null();
        intBalance += c.at("balance").is_number_integer();
        decimalBalance += c.at("balance").is_number_float();
        const std::string created = c.at("created_at").get<std::string>();
        offsetDates += created.back() != 'Z';
        nullLogin += c.at("last_login").is_null();
        QCOMPARE(c.at("signup_date").get<std::string>().size(), std::size_t(10));
        QCOMPARE(c.at("updated_at").get<std::string>().size(), std::size_t(20));
        const std::string name = c.at("name").get<std::string>();
        nonAscii += std::any_of(name.begin(), name.end(), [](char ch) { return static_cast<unsigned char>(ch) > 0x7F; });
        QVERIFY(c.at("address").at("country").at("code").is_string());
    }
    QVERIFY(nullEmail > 0 && nullEmail < 500);
    QVERIFY(intBalance > 0 && decimalBalance > 0);
    QVERIFY(offsetDates > 0);
    QVERIFY(nullLogin > 0 && nullLogin < 500);
    QVERIFY(nonAscii > 0);

    const Json orders = getJson(*client, "/orders?limit=50").at("orders");
    for (const Json &o : orders) {
        QVERIFY(o.at("metadata").at("channel").at("campaign").at("utm").at("tracking").at("flags").is_object());
        QVERIFY(!o.at("line_items").empty());
        QVERIFY(o.at("placed_at").is_number_integer());
    }
    int controlChars = 0;
    const Json events = getJson(*client, "/events?limit=200").at("events");
    for (const Json &e : events) {
        QVERIFY(e.at("occurred_at").get<qint64>() > 1'000'000'000'000);
        const std::string message = e.at("payload").at("message").get<std::string>();
        controlChars += std::any_of(message.begin(), message.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x20; });
    }
    QVERIFY(controlChars > 0);
    const Json products = getJson(*client, "/products?per_page=200");
    QVERIFY(std::any_of(products.begin(), products.end(), [](const Json &p) { return p.at("dimensions").is_null(); }));
    QVERIFY(std::any_of(products.begin(), products.end(), [](const Json &p) { return p.at("price").is_number_float(); }));
}

void TstDemoServer::bindsLoopbackOnly()
{
    const auto server = startServer(100);
    QVERIFY(server->baseUrl().startsWith(u"http://127.0.0.1:"));
    QCOMPARE(server->baseUrl(), QStringLiteral("http://127.0.0.1:%1").arg(server->port()));
    QCOMPARE(clientFor(*server)->Get("/health")->status, 200);
    // 127.0.0.2 is loopback too: a server bound to 0.0.0.0 would answer there.
    httplib::Client other("127.0.0.2", server->port());
    other.set_connection_timeout(2);
    QVERIFY(!other.Get("/health"));
}

void TstDemoServer::deterministicForSeed()
{
    const auto a = startServer(2000, 7);
    const auto b = startServer(2000, 7);
    const auto c = startServer(2000, 8);
    const std::vector<std::string> paths{"/customers?offset=900&limit=50", "/products?page=3&per_page=40",
                                         "/orders?limit=30", "/events?limit=30", "/customers/5/notes",
                                         "/customers/17/notes"};
    auto bodies = [&](const DemoServer &server) {
        std::vector<std::string> out;
        const auto client = clientFor(server);
        for (const std::string &path : paths)
            out.push_back(client->Get(path)->body);
        for (const std::string &resource : kResources)
            out.push_back(client->Get("/deletions?resource=" + resource + "&limit=1000")->body);
        return out;
    };
    QVERIFY(bodies(*a) == bodies(*b));
    QVERIFY(bodies(*a) != bodies(*c));
    a->advanceTime(3);
    b->advanceTime(3);
    QVERIFY(bodies(*a) == bodies(*b));
    std::vector<Seen> walkA, walkB;
    walk(*clientFor(*a), "orders", 250, walkA);
    walk(*clientFor(*b), "orders", 250, walkB);
    QCOMPARE(walkA.size(), walkB.size());
    QVERIFY(std::equal(walkA.begin(), walkA.end(), walkB.begin(),
                       [](const Seen &x, const Seen &y) { return x.id == y.id && x.updatedAt == y.updatedAt; }));
}

void TstDemoServer::stopAndPortReuse()
{
    auto server = startServer(100);
    const quint16 port = server->port();
    QVERIFY(port != 0);
    {
        // A second server cannot take the same port.
        DemoServer::Options options;
        options.port = port;
        DemoServer second;
        QString error;
        QVERIFY(!second.start(options, &error));
        QVERIFY(error.contains(QString::number(port)));
    }
    // An idle keep-alive connection must not hold stop() up.
    const auto client = clientFor(*server);
    QCOMPARE(client->Get("/customers")->status, 200);
    QElapsedTimer timer;
    timer.start();
    server->stop();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!server->isRunning());
    QCOMPARE(server->port(), quint16(0));
    QVERIFY(server->baseUrl().isEmpty());
    // The port is free again for a fixed-port start.
    DemoServer::Options options;
    options.port = port;
    QVERIFY(server->start(options));
    QCOMPARE(server->port(), port);
    QCOMPARE(clientFor(*server)->Get("/health")->status, 200);
}

void TstDemoServer::timelinePositions()
{
    cw::DemoData data(300, 3);
    for (int epoch = 0; epoch <= 6; ++epoch) {
        for (cw::DemoResource resource : cw::kDemoResources) {
            const auto range = data.listing(resource);
            QCOMPARE(range.size(), data.liveCount(resource));
            std::set<qint64> ids;
            for (qint64 pos = range.begin; pos < range.end; ++pos) {
                const cw::DemoRecordRef ref = data.recordAt(resource, pos);
                QVERIFY(ids.insert(ref.id).second);
                QCOMPARE(data.positionAfter(resource, {ref.updatedAt, ref.id}), pos + 1);
                const auto live = data.liveRecord(resource, ref.id);
                QVERIFY(live);
                QCOMPARE(live->updatedAt, ref.updatedAt);
                QVERIFY(ref.createdAt <= ref.updatedAt);
                QVERIFY(ref.updatedAt < data.now());
                const auto since = data.listing(resource, ref.updatedAt);
                QVERIFY(since.begin <= pos);
                if (since.begin < pos)
                    QCOMPARE(data.recordAt(resource, pos - 1).updatedAt, ref.updatedAt);
            }
            const auto deletions = data.deletions(resource);
            for (qint64 i = deletions.begin; i < deletions.end; ++i) {
                const qint64 id = data.deletionAt(resource, i).id;
                QVERIFY(!ids.contains(id));
                QVERIFY(!data.liveRecord(resource, id));
                QVERIFY(data.lastKey(resource, id));
            }
            QCOMPARE(qint64(ids.size()) + deletions.size(), data.maxId(resource));
        }
        data.advance();
    }
}

void TstDemoServer::rfc3339Parsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");  // -1: invalid
    QTest::newRow("utc") << "2024-01-01T00:00:00Z" << qint64(1704067200);
    QTest::newRow("lowercase") << "2024-01-01t00:00:00z" << qint64(1704067200);
    QTest::newRow("offset") << "2024-01-01T02:00:00+02:00" << qint64(1704067200);
    QTest::newRow("negative offset") << "2023-12-31T19:00:00-05:00" << qint64(1704067200);
    QTest::newRow("space for plus") << "2024-01-01T02:00:00 02:00" << qint64(1704067200);
    QTest::newRow("fraction rounds up") << "2024-01-01T00:00:00.001Z" << qint64(1704067201);
    QTest::newRow("zero fraction") << "2024-01-01T00:00:00.000Z" << qint64(1704067200);
    QTest::newRow("date") << "2024-02-29" << qint64(1709164800);
    QTest::newRow("no zone") << "2024-01-01T00:00:00" << qint64(-1);
    QTest::newRow("not leap") << "2023-02-29" << qint64(-1);
    QTest::newRow("hour 24") << "2024-01-01T24:00:00Z" << qint64(-1);
    QTest::newRow("trailing") << "2024-01-01T00:00:00Zx" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TstDemoServer::rfc3339Parsing()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto parsed = cw::parseRfc3339(text.toStdString());
    QCOMPARE(parsed.value_or(-1), expected);
    if (parsed && text.endsWith(u'Z') && !text.contains(u'.'))
        QCOMPARE(QString::fromStdString(cw::formatRfc3339(*parsed)), text);
}

void TstDemoServer::jsonEscaping()
{
    std::string out;
    cw::appendJsonString(out, "a\"b\\c\n\t\x01\x1f é 😀");
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("\"a\\\"b\\\\c\\n\\t\\u0001\\u001f é 😀\""));
    QCOMPARE(Json::parse(out).get<std::string>(), std::string("a\"b\\c\n\t\x01\x1f é 😀"));
}

void TstDemoServer::demoProject()
{
    const QString url = QStringLiteral("http://127.0.0.1:4242");
    const cw::Project project = cw::makeDemoProject(url);
    QVERIFY(!project.name.isEmpty());
    const cw::ConfigurationField *baseUrl = project.configurationField(QStringLiteral("base_url"));
    QVERIFY(baseUrl);
    QCOMPARE(baseUrl->defaultValue, url);
    const cw::ConfigurationField *token = project.configurationField(QStringLiteral("api_token"));
    QVERIFY(token && token->secret && token->defaultValue.isEmpty());
    QCOMPARE(project.configurationField(QStringLiteral("start_date"))->defaultValue, QStringLiteral("2024-01-01T00:00:00Z"));
    QCOMPARE(project.connection.baseUrl, QStringLiteral("{{ config.base_url }}"));
    QVERIFY(project.connection.auth.type == cw::AuthType::Bearer);
    QCOMPARE(project.connection.auth.token, QStringLiteral("{{ config.api_token }}"));

    const std::vector<std::pair<QString, cw::PaginationType>> expected{
        {QStringLiteral("customers"), cw::PaginationType::OffsetLimit},
        {QStringLiteral("customer_notes"), cw::PaginationType::None},
        {QStringLiteral("products"), cw::PaginationType::LinkHeader},
        {QStringLiteral("orders"), cw::PaginationType::CursorToken},
        {QStringLiteral("events"), cw::PaginationType::NextUrl}};
    QCOMPARE(project.streams.size(), qsizetype(expected.size()));
    for (const auto &[name, pagination] : expected) {
        const cw::Stream *stream = project.stream(name);
        QVERIFY2(stream, qPrintable(name));
        QCOMPARE(cw::toString(stream->pagination.type), cw::toString(pagination));
        QVERIFY(!stream->group.isEmpty());
        QCOMPARE(stream->table.primaryKey, QStringList{QStringLiteral("id")});
        QVERIFY(!stream->table.columns.isEmpty());
        if (name != u"customer_notes") {
            QCOMPARE(stream->incremental.cursorField, QStringLiteral("updated_at"));
            QCOMPARE(stream->incremental.requestParam, QStringLiteral("updated_since"));
            QCOMPARE(stream->incremental.startConfigKey, QStringLiteral("start_date"));
        }
    }
    const cw::Stream *notes = project.stream(QStringLiteral("customer_notes"));
    QCOMPARE(notes->parent.stream, QStringLiteral("customers"));
    QCOMPARE(notes->parent.parentField, QStringLiteral("/id"));
    QCOMPARE(notes->parent.pathParameter, QStringLiteral("customer_id"));
    QVERIFY(notes->request.path.contains(u"{customer_id}"));
}

QTEST_GUILESS_MAIN(TstDemoServer)
#include "tst_demoserver.moc"
