// SPDX-License-Identifier: MIT
// The response detector: every pagination style of the demo API, fetched for real, and
// hand-made bodies in the shapes of well-known APIs, plus the cases with nothing to find.
#include "models/core/demo/demoserver.h"
#include "models/core/detect/responsedetector.h"

#include <QTest>

using namespace cw;
using namespace Qt::StringLiterals;

namespace {

// The non-default settings of a pagination, "key=value;..." in a fixed order.
QString describe(const Pagination &p)
{
    const Pagination d;
    QStringList out{u"type="_s + toString(p.type)};
    const auto add = [&](const char *key, const QString &value, const QString &fallback) {
        if (value != fallback)
            out << QLatin1String(key) + u'=' + value;
    };
    add("pageSize", QString::number(p.pageSize), QString::number(d.pageSize));
    add("limit", p.limitParam, {});
    add("offset", p.offsetParam, {});
    add("page", p.pageParam, {});
    add("firstPage", QString::number(p.firstPage), QString::number(d.firstPage));
    add("cursorParam", p.cursorParam, {});
    add("cursorPath", p.cursorPath, {});
    add("lastRecord", p.lastRecordCursorPath, {});
    add("hasMore", p.hasMorePath, {});
    add("total", p.totalPath, {});
    add("totalPages", p.totalPagesPath, {});
    add("nextUrl", p.nextUrlPath, {});
    return out.join(u';');
}

} // namespace

class TestResponseDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoApi_data();
    void demoApi();
    void handMade_data();
    void handMade();
    void primaryKey_data();
    void primaryKey();
    void cursor_data();
    void cursor();
    void proposeStreamAppliesEverything();
};

void TestResponseDetector::demoApi_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("records");
    QTest::addColumn<QString>("pagination");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("customers: offset + total") << u"customers"_s << u"/data"_s
        << u"type=offset;limit=limit;offset=offset;total=/total"_s << u"\"/total\" (1234) is the total number of records."_s;
    QTest::newRow("products: page + Link") << u"products"_s << QString()
        << u"type=linkHeader;limit=per_page;page=page"_s << u"Link header has rel=\"next\""_s;
    QTest::newRow("orders: cursor + has_more") << u"orders"_s << u"/orders"_s
        << u"type=cursor;cursorParam=cursor;cursorPath=/next_cursor;hasMore=/has_more"_s << u"\"/has_more\" (true)"_s;
    QTest::newRow("events: relative next URL") << u"events"_s << u"/events"_s
        << u"type=nextUrl;limit=limit;nextUrl=/next"_s << u"(relative: /events?"_s;
}

void TestResponseDetector::demoApi()
{
    QFETCH(QString, resource);
    QFETCH(QString, records);
    QFETCH(QString, pagination);
    QFETCH(QString, evidence);
    DemoServer server;
    DemoServer::Options options;
    options.records = 1234;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    HttpClient client;
    HttpRequest request;
    request.url = QUrl(server.baseUrl() + u'/' + resource);
    request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer demo-token")));
    const HttpResponse response = client.send(request);
    QCOMPARE(response.status, 200);
    const JsonValue body = JsonValue::parse(response.body.toStdString());

    const ResponseDetection detection = detectResponse(body, response.headers, request.url);
    QVERIFY(detection.records.found);
    QCOMPARE(detection.records.path, records);
    QCOMPARE(detection.records.count, 100);
    QCOMPARE(describe(detection.pagination.pagination), pagination);
    QVERIFY2(detection.pagination.evidence.contains(evidence), qPrintable(detection.pagination.evidence));
    QVERIFY(detection.pagination.confidence >= 0.85);
    QCOMPARE(detection.primaryKey.fields, QStringList{u"id"_s});
    QCOMPARE(detection.cursor.field, u"updated_at"_s);
    QCOMPARE(detection.cursor.format, u"rfc3339"_s);
    QVERIFY2(detection.cursor.evidence.contains(u"in ascending order"), qPrintable(detection.cursor.evidence));
}

void TestResponseDetector::handMade_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("records");
    QTest::addColumn<QString>("pagination");
    QTest::addColumn<QString>("evidence");

    QTest::newRow("GitHub: bare array + Link")
        << QByteArray(R"([{"id": 1, "number": 10, "title": "a"}, {"id": 2, "number": 9, "title": "b"}])")
        << QByteArray(R"(<https://api.github.com/repositories/1/issues?per_page=30&page=2>; rel="next", <https://api.github.com/repositories/1/issues?per_page=30&page=5>; rel="last")")
        << u"https://api.github.com/repos/o/r/issues?per_page=30"_s << true << QString()
        << u"type=linkHeader;pageSize=30;limit=per_page;page=page"_s << u"Link header has rel=\"next\""_s;
    QTest::newRow("Stripe: has_more, no token")
        << QByteArray(R"({"object": "list", "url": "/v1/customers", "has_more": true, "data": [{"id": "cus_1", "object": "customer"}, {"id": "cus_2", "object": "customer"}]})")
        << QByteArray() << u"https://api.stripe.com/v1/customers?limit=2"_s << true << u"/data"_s
        << u"type=cursor;pageSize=2;limit=limit;cursorParam=starting_after;lastRecord=/id;hasMore=/has_more"_s << u"last record's id"_s;
    QTest::newRow("Slack: response_metadata.next_cursor")
        << QByteArray(R"({"ok": true, "members": [{"id": "U1", "name": "a"}, {"id": "U2", "name": "b"}], "response_metadata": {"next_cursor": "dXNlcjpVMEc5V0ZYTlo="}})")
        << QByteArray() << u"https://slack.com/api/users.list?limit=2"_s << true << u"/members"_s
        << u"type=cursor;pageSize=2;limit=limit;cursorParam=cursor;cursorPath=/response_metadata/next_cursor"_s << u"cursor token"_s;
    QTest::newRow("Google: nextPageToken")
        << QByteArray(R"({"kind": "drive#fileList", "nextPageToken": "~!!~AI9FV7Q", "files": [{"id": "f1", "name": "x"}]})")
        << QByteArray() << u"https://www.googleapis.com/drive/v3/files"_s << true << u"/files"_s
        << u"type=cursor;cursorParam=pageToken;cursorPath=/nextPageToken"_s << u"\"/nextPageToken\""_s;
    QTest::newRow("OData: @odata.nextLink")
        << QByteArray(R"({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", "value": [{"id": "a", "displayName": "A"}], "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$top=1&$skiptoken=X"})")
        << QByteArray() << u"https://graph.microsoft.com/v1.0/users?$top=1"_s << true << u"/value"_s
        << u"type=nextUrl;pageSize=1;limit=$top;nextUrl=/@odata.nextLink"_s << u"holds the next page's URL"_s;
    QTest::newRow("HAL: _links.next.href")
        << QByteArray(R"({"_links": {"self": {"href": "/orders?page=1"}, "next": {"href": "/orders?page=2"}}, "_embedded": {"orders": [{"id": 1}, {"id": 2}]}, "total": 10})")
        << QByteArray() << u"https://shop.example/orders"_s << true << u"/_embedded/orders"_s
        << u"type=nextUrl;nextUrl=/_links/next/href"_s << u"\"/_links/next/href\""_s;
    QTest::newRow("JSON:API: links.next")
        << QByteArray(R"({"data": [{"type": "articles", "id": "1", "attributes": {"title": "x"}}], "links": {"self": "https://x.test/articles?page[number]=1", "next": "https://x.test/articles?page[number]=2&page[size]=1"}})")
        << QByteArray() << u"https://x.test/articles"_s << true << u"/data"_s
        << u"type=nextUrl;nextUrl=/links/next"_s << u"\"/links/next\""_s;
    QTest::newRow("page numbers with total_pages")
        << QByteArray(R"({"page": 1, "per_page": 2, "total": 6, "total_pages": 3, "results": [{"id": 1}, {"id": 2}]})")
        << QByteArray() << u"https://x.test/things"_s << true << u"/results"_s
        << u"type=page;pageSize=2;limit=per_page;page=page;totalPages=/total_pages"_s << u"is the number of pages"_s;
    QTest::newRow("offset from the request, count in body")
        << QByteArray(R"({"count": 50, "items": [{"id": 1}, {"id": 2}]})")
        << QByteArray() << u"https://x.test/things?offset=0&limit=2"_s << true << u"/items"_s
        << u"type=offset;pageSize=2;limit=limit;offset=offset;total=/count"_s << u"The request sends offset=0."_s;
    QTest::newRow("prefers the resource's name")
        << QByteArray(R"({"tags": [{"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 2, "c": 3}], "widgets": [{"id": 1}, {"id": 2}]})")
        << QByteArray() << u"https://x.test/v2/widgets"_s << true << u"/widgets"_s << u"type=none"_s << u"No pagination found"_s;
    QTest::newRow("largest array wins") << QByteArray(R"({"meta": {"warnings": [{"m": "x"}]}, "payload": [{"id": 1, "x": 2}, {"id": 2, "x": 3}]})")
        << QByteArray() << u"https://x.test/a"_s << true << u"/payload"_s << u"type=none"_s << u"No pagination found"_s;
    QTest::newRow("bare array, no pagination") << QByteArray(R"([{"id": 1}])") << QByteArray() << u"https://x.test/a"_s
        << true << QString() << u"type=none"_s << u"No pagination found"_s;

    // Nothing to find.
    QTest::newRow("no array") << QByteArray(R"({"status": "ok", "name": "x"})") << QByteArray() << u"https://x.test/health"_s
        << false << QString() << u"type=none"_s << u"No pagination found"_s;
    QTest::newRow("empty bare array") << QByteArray("[]") << QByteArray() << u"https://x.test/a"_s << false << QString()
        << u"type=none"_s << u"No pagination found"_s;
    QTest::newRow("empty data array") << QByteArray(R"({"data": [], "next_cursor": null})") << QByteArray() << u"https://x.test/a"_s
        << false << u"/data"_s << u"type=cursor;cursorParam=cursor;cursorPath=/next_cursor"_s << u"null on this page"_s;
    QTest::newRow("mixed types") << QByteArray(R"({"data": [1, "a", {"id": 1}]})") << QByteArray() << u"https://x.test/a"_s
        << false << QString() << u"type=none"_s << u"No pagination found"_s;
    QTest::newRow("array of scalars") << QByteArray("[1, 2, 3]") << QByteArray() << u"https://x.test/a"_s << false << QString()
        << u"type=none"_s << u"No pagination found"_s;
    QTest::newRow("scalar body") << QByteArray("42") << QByteArray() << u"https://x.test/a"_s << false << QString()
        << u"type=none"_s << u"No pagination found"_s;
}

void TestResponseDetector::handMade()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, link);
    QFETCH(QString, url);
    QFETCH(bool, found);
    QFETCH(QString, records);
    QFETCH(QString, pagination);
    QFETCH(QString, evidence);
    HttpHeaders headers{{"Content-Type", "application/json"}};
    if (!link.isEmpty())
        headers.append(qMakePair(QByteArray("Link"), link));
    const ResponseDetection detection = detectResponse(JsonValue::parse(body.toStdString()), headers, QUrl(url));
    QCOMPARE(detection.records.found, found);
    QCOMPARE(detection.records.path, records);
    QVERIFY(!detection.records.evidence.isEmpty());
    QCOMPARE(describe(detection.pagination.pagination), pagination);
    QVERIFY2(detection.pagination.evidence.contains(evidence), qPrintable(detection.pagination.evidence));
}

void TestResponseDetector::primaryKey_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("id") << QByteArray(R"([{"name": "a", "id": 1}, {"name": "b", "id": 2}])") << u"things"_s << QStringList{u"id"_s};
    QTest::newRow("resource_id") << QByteArray(R"([{"user_id": 1, "team_id": 1}, {"user_id": 2, "team_id": 1}])") << u"users"_s
                                 << QStringList{u"user_id"_s};
    QTest::newRow("uuid") << QByteArray(R"([{"uuid": "a"}, {"uuid": "b"}])") << u"x"_s << QStringList{u"uuid"_s};
    QTest::newRow("id with a null loses") << QByteArray(R"([{"id": 1, "key": "a"}, {"id": null, "key": "b"}])") << u"x"_s
                                          << QStringList{u"key"_s};
    QTest::newRow("composite") << QByteArray(R"([{"org_id": 1, "user_id": 1}, {"org_id": 1, "user_id": 2}, {"org_id": 2, "user_id": 1}])")
                               << u"memberships"_s << QStringList{u"org_id"_s, u"user_id"_s};
    QTest::newRow("nothing id-like") << QByteArray(R"([{"name": "a"}, {"name": "b"}])") << u"x"_s << QStringList();
    QTest::newRow("duplicates") << QByteArray(R"([{"id": 1}, {"id": 1}])") << u"x"_s << QStringList();
}

void TestResponseDetector::primaryKey()
{
    QFETCH(QByteArray, records);
    QFETCH(QString, resource);
    QFETCH(QStringList, expected);
    const PrimaryKeyProposal proposal = detectPrimaryKey(JsonValue::parse(records.toStdString()), resource);
    QCOMPARE(proposal.fields, expected);
    QVERIFY(!proposal.evidence.isEmpty());
}

void TestResponseDetector::cursor_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("param");
    QTest::newRow("updated_at rfc3339 + since param")
        << QByteArray(R"([{"id": 1, "created_at": "2024-05-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z"},
                          {"id": 2, "created_at": "2023-01-01T00:00:00Z", "updated_at": "2024-01-02T00:00:00Z"}])")
        << u"https://x.test/a?updated_since=2024-01-01T00:00:00Z"_s << u"updated_at"_s << u"rfc3339"_s << u"updated_since"_s;
    QTest::newRow("epoch millis, ordered, odd name")
        << QByteArray(R"([{"id": 1, "ts_x": 1700000000000}, {"id": 2, "ts_x": 1700000000500}, {"id": 3, "ts_x": 1700000001000}])")
        << u"https://x.test/a"_s << u"ts_x"_s << u"epoch_millis"_s << QString();
    QTest::newRow("epoch seconds lastModified")
        << QByteArray(R"([{"id": 1, "lastModified": 1700000000}, {"id": 2, "lastModified": 1600000000}])")
        << u"https://x.test/a?modified_after=1"_s << u"lastModified"_s << u"epoch_seconds"_s << u"modified_after"_s;
    QTest::newRow("dates") << QByteArray(R"([{"id": 1, "modified": "2024-01-01"}, {"id": 2, "modified": "2024-01-03"}])")
        << u"https://x.test/a"_s << u"modified"_s << u"date"_s << QString();
    QTest::newRow("none") << QByteArray(R"([{"id": 1, "name": "a"}])") << u"https://x.test/a"_s << QString() << QString() << QString();
}

void TestResponseDetector::cursor()
{
    QFETCH(QByteArray, records);
    QFETCH(QString, url);
    QFETCH(QString, field);
    QFETCH(QString, format);
    QFETCH(QString, param);
    const CursorProposal proposal = detectIncrementalCursor(JsonValue::parse(records.toStdString()), QUrl(url));
    QCOMPARE(proposal.field, field);
    QCOMPARE(proposal.format, format);
    QCOMPARE(proposal.requestParam, param);
    QVERIFY(!proposal.evidence.isEmpty());
}

void TestResponseDetector::proposeStreamAppliesEverything()
{
    const JsonValue body = JsonValue::parse(R"({"data": [{"id": 1, "updated_at": "2024-01-01T00:00:00Z", "price": 1.5,
        "active": true, "address": {"city": "x"}, "tags": ["a"]}, {"id": 2, "updated_at": "2024-01-02T00:00:00Z", "price": 2,
        "active": false, "address": {"city": "y"}, "tags": []}], "offset": 0, "limit": 2, "total": 9})");
    Stream stream;
    stream.name = u"things"_s;
    stream = proposeStream(body, {}, QUrl(u"https://x.test/things"_s), stream);
    QCOMPARE(stream.recordsPath, u"/data"_s);
    QVERIFY(stream.pagination.type == PaginationType::OffsetLimit);
    QCOMPARE(stream.pagination.pageSize, 2);
    QCOMPARE(stream.incremental.cursorField, u"updated_at"_s);
    QCOMPARE(stream.table.name, u"things"_s);
    QCOMPARE(stream.table.primaryKey, QStringList{u"id"_s});
    QStringList columns;
    for (const ColumnMapping &column : stream.table.columns)
        columns << column.name + u':' + toString(column.type);
    QCOMPARE(columns, (QStringList{u"id:LONG"_s, u"updated_at:UTC_DATETIME"_s, u"price:DOUBLE"_s, u"active:BOOLEAN"_s,
                                   u"address_city:STRING"_s, u"tags:JSON"_s}));
}

QTEST_GUILESS_MAIN(TestResponseDetector)
#include "tst_responsedetector.moc"
