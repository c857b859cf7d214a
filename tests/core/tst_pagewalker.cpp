// SPDX-License-Identifier: MIT
#include "models/core/sync/pagewalker.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "models/core/support/jsondepth.h"
#include "models/core/sync/pageprefetcher.h"
#include "models/core/sync/walkjob.h"
#include "tests/support/testserver.h"

using namespace cw;
using namespace cw::test;
using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

// Characters that need care in a query string and in a URL shown to the user.
// (No "%XX": cpp-httplib 0.11 percent-decodes header values it receives.)
const QString kTrickySecret = u"k+y/=&% é?#Z"_s;

// Records with ids 1..count; "updated_at" grows with the id.
json makeRecords(int from, int to)
{
    json out = json::array();
    for (int id = from; id < to; ++id) {
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "2024-01-%02dT10:00:00Z", id % 28 + 1);
        out.push_back({{"id", id + 1}, {"name", "item " + std::to_string(id + 1)}, {"updated_at", stamp}});
    }
    return out;
}

int intParam(const httplib::Request &req, const char *name, int fallback)
{
    return req.has_param(name) ? std::stoi(req.get_param_value(name)) : fallback;
}

void sendJson(httplib::Response &res, const json &body, int status = 200)
{
    res.status = status;
    res.set_content(body.dump(), "application/json");
}

// An opaque cursor with characters that mean something in a query string.
std::string encodeCursor(int offset)
{
    return "c+" + std::to_string(offset) + "/x==";
}

std::optional<int> decodeCursor(const std::string &cursor)
{
    if (cursor.size() < 7 || cursor.rfind("c+", 0) != 0 || cursor.substr(cursor.size() - 4) != "/x==")
        return std::nullopt;
    try {
        return std::stoi(cursor.substr(2, cursor.size() - 6));
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

ConfigurationField field(const QString &key, bool secret = false)
{
    ConfigurationField f;
    f.key = key;
    f.label = key;
    f.secret = secret;
    return f;
}

// A project against the fixture: GET {{ config.base_url }}/v1/items, records under /data.
Project fakeProject(PaginationType type = PaginationType::None)
{
    Project project;
    project.name = u"Fake API"_s;
    project.connection.baseUrl = u"{{ config.base_url }}/v1/"_s;
    project.connection.headers = {{u"Accept"_s, u"application/json"_s}};
    project.configuration = {field(u"base_url"_s), field(u"api_key"_s, true), field(u"start_date"_s)};
    Stream stream;
    stream.name = u"items"_s;
    stream.request.path = u"items"_s;
    stream.recordsPath = u"/data"_s;
    stream.pagination.type = type;
    stream.pagination.pageSize = 10;
    project.streams = {stream};
    return project;
}

ConfigurationValues fakeValues(const TestServer &server)
{
    return {{u"base_url"_s, server.baseUrl()}, {u"api_key"_s, kTrickySecret}};
}

struct Walk {
    int pages = 0;
    qint64 records = 0;
    QString stopReason;
    bool failed = false;
    QString maxCursor;
    QList<int> ids;
    QList<PageFetch> fetches;
};

Walk walkAll(const Project &project, const ConfigurationValues &values, const QString &incrementalStart = {},
             const QHash<QString, QString> &pathValues = {})
{
    Walk walk;
    HttpClient client;
    PageWalker walker(project, project.streams.first(), values, incrementalStart, pathValues);
    // A guard for the test itself: a walker that never stops must not hang the suite.
    for (int i = 0; walker.hasNext() && i < 50; ++i) {
        PageFetch page = walker.fetchNext(client);
        for (const JsonValue &record : page.records) {
            if (record.is_object() && record.contains("id"))
                walk.ids.append(record.at("id").get<int>());
        }
        walk.fetches.append(std::move(page));
    }
    walk.pages = walker.pageCount();
    walk.records = walker.recordCount();
    walk.stopReason = walker.stopReason();
    walk.failed = walker.failed();
    walk.maxCursor = walker.maxCursor();
    if (walker.hasNext())
        walk.stopReason = u"TEST GUARD: still walking after 50 pages"_s;
    return walk;
}

QList<int> oneTo(int count)
{
    QList<int> ids;
    for (int i = 1; i <= count; ++i)
        ids.append(i);
    return ids;
}

// True when `text` shows the secret in any spelling: as is or percent-encoded in any way.
bool leaks(const QString &text, const QString &secret)
{
    const QString decoded = QUrl::fromPercentEncoding(text.toUtf8());
    return text.contains(secret) || decoded.contains(secret)
        || decoded.contains(QUrl::fromPercentEncoding(QUrl::toPercentEncoding(secret)));
}

} // namespace

/// Re-emits a WalkJob's signals in the test's thread, so that QSignalSpy (which is not
/// thread-safe) only ever runs there, and records their order.
class SignalRelay : public QObject
{
    Q_OBJECT

public:
    explicit SignalRelay(WalkJob *job)
    {
        connect(job, &WalkJob::streamStarted, this, &SignalRelay::streamStarted);
        connect(job, &WalkJob::pageFetched, this, &SignalRelay::pageFetched);
        connect(job, &WalkJob::streamFinished, this, &SignalRelay::streamFinished);
        connect(job, &WalkJob::finished, this, &SignalRelay::finished);
        connect(this, &SignalRelay::streamStarted, this, [this](const QString &s) { log.append(u"started:"_s + s); });
        connect(this, &SignalRelay::pageFetched, this,
                [this](const QString &s, const std::shared_ptr<const cw::PageFetch> &page) {
                    log.append(u"page:%1:%2"_s.arg(s).arg(page->index));
                });
        connect(this, &SignalRelay::streamFinished, this,
                [this](const QString &s, int pages, qint64 records, const QString &, bool failed) {
                    log.append(u"finished:%1:%2:%3:%4"_s.arg(s).arg(pages).arg(records).arg(int(failed)));
                });
        connect(this, &SignalRelay::finished, this,
                [this](bool ok, bool cancelled) { log.append(u"done:%1:%2"_s.arg(int(ok)).arg(int(cancelled))); });
    }

    QStringList log;

Q_SIGNALS:
    void streamStarted(const QString &stream);
    void pageFetched(const QString &stream, std::shared_ptr<const cw::PageFetch> page);
    void streamFinished(const QString &stream, int pages, qint64 records, const QString &stopReason, bool failed);
    void finished(bool ok, bool cancelled);
};

class TestPageWalker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void noPagination();
    void hostileNestingIsRefused();
    void nestingDepthScan();
    void offsetLimit_data();
    void offsetLimit();
    void pageNumberWithLinkHeader_data();
    void pageNumberWithLinkHeader();
    void pageNumberWithTotalPages_data();
    void pageNumberWithTotalPages();
    void cursorInBody_data();
    void cursorInBody();
    void cursorInHeader();
    void cursorFromLastRecord_data();
    void cursorFromLastRecord();
    void nextUrlInBody_data();
    void nextUrlInBody();
    void linkHeader_data();
    void linkHeader();
    void maxPages();
    void repeatGuard_data();
    void repeatGuard();
    void nextPageOnAnotherHostRefused_data();
    void nextPageOnAnotherHostRefused();
    void httpErrorStatus();
    void httpErrorLaterPageKeepsCounts();
    void invalidJson();
    void recordsPath_data();
    void recordsPath();
    void auth_data();
    void auth();
    void secretsRedacted_data();
    void secretsRedacted();
    void redactSecretsForms_data();
    void redactSecretsForms();
    void missingConfiguration();
    void invalidBaseUrl();
    void queryValuesReachServerIntact();
    void bracketParameterNamesNotDuplicated();
    void incrementalStart_data();
    void incrementalStart();
    void maxCursor_data();
    void maxCursor();
    void prefetcherPreparesAheadAndRecycles();

    void walkJobSignalsInOrder();
    void walkJobCancel();
    void walkJobUnknownStream();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestPageWalker::init()
{
    m_server = std::make_unique<TestServer>();
}

void TestPageWalker::cleanup()
{
    m_server.reset();
}

void TestPageWalker::noPagination()
{
    m_server->get("/v1/items", [](const httplib::Request &, httplib::Response &res) {
        sendJson(res, {{"data", makeRecords(0, 7)}});
    });
    const Walk walk = walkAll(fakeProject(), fakeValues(*m_server));
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.pages, 1);
    QCOMPARE(walk.ids, oneTo(7));
    QCOMPARE(walk.stopReason, u"single request (no pagination)"_s);
    QCOMPARE(m_server->lastRequest().header("Accept"), u"application/json"_s);
    QCOMPARE(m_server->lastRequest().path, u"/v1/items"_s);
}

void TestPageWalker::hostileNestingIsRefused()
{
    // 100,000 levels: a DOM of it would overflow the stack wherever it is copied or destroyed.
    m_server->get("/v1/items", [](const httplib::Request &, httplib::Response &res) {
        std::string body = "{\"data\": [{\"id\": 1, \"deep\": ";
        body += std::string(100000, '[') + std::string(100000, ']') + "}]}";
        res.set_content(body, "application/json");
    });
    const Walk walk = walkAll(fakeProject(), fakeValues(*m_server));
    QVERIFY(walk.failed);
    QVERIFY2(walk.stopReason.contains(u"nests deeper than 512 levels (at byte 537)"_s), qPrintable(walk.stopReason));
}

void TestPageWalker::nestingDepthScan()
{
    QCOMPARE(jsonNestingExceeds("[[1]]", 2), -1LL);
    QCOMPARE(jsonNestingExceeds("[[[1]]]", 2), 2LL);
    // Brackets inside strings (escaped quotes included) do not count.
    QCOMPARE(jsonNestingExceeds(R"(["[[[", "\"[[[", {"a": "{{{"}])", 2), -1LL);
    QCOMPARE(jsonNestingExceeds(R"({"a": {"b": [0]}})", 2), 12LL);
    QCOMPARE(jsonNestingExceeds("", 1), -1LL);
    // A quote after an even run of backslashes ends the string; after an odd run it does not.
    QCOMPARE(jsonNestingExceeds(R"(["\\", [[1]]])", 2), 8LL);
    QCOMPARE(jsonNestingExceeds(R"(["\\\", [[1]]"])", 2), -1LL);
    QCOMPARE(jsonNestingExceeds(R"(["\", "[[["])", 1), 7LL);
    // An unterminated string hides whatever follows it.
    QCOMPARE(jsonNestingExceeds(R"(["abc [[[[)", 1), -1LL);
    QCOMPARE(jsonNestingExceeds(R"([{"a\"b": [[]]}])", 3), 11LL);
}

void TestPageWalker::offsetLimit_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("withTotal");
    QTest::addColumn<int>("expectedPages");
    QTest::addColumn<QString>("expectedReason");

    QTest::newRow("23 with total") << 23 << true << 3 << u"all 23 records read (total)"_s;
    QTest::newRow("20 with total") << 20 << true << 2 << u"all 20 records read (total)"_s;
    QTest::newRow("5 with total") << 5 << true << 1 << u"all 5 records read (total)"_s;
    QTest::newRow("23 without total") << 23 << false << 4 << u"empty page"_s;
    QTest::newRow("20 without total") << 20 << false << 3 << u"empty page"_s;
    QTest::newRow("none with total") << 0 << true << 1 << u"empty page"_s;
    QTest::newRow("none without total") << 0 << false << 1 << u"empty page"_s;
}

void TestPageWalker::offsetLimit()
{
    QFETCH(int, total);
    QFETCH(bool, withTotal);
    QFETCH(int, expectedPages);
    QFETCH(QString, expectedReason);

    m_server->get("/v1/items", [total, withTotal](const httplib::Request &req, httplib::Response &res) {
        const int offset = intParam(req, "offset", -1);
        const int limit = intParam(req, "limit", -1);
        if (offset < 0 || limit <= 0)
            return sendJson(res, {{"error", "offset and limit are required"}}, 400);
        json body{{"data", makeRecords(std::min(offset, total), std::min(offset + limit, total))}};
        if (withTotal)
            body["meta"] = {{"total", total}};
        sendJson(res, body);
    });
    Project project = fakeProject(PaginationType::OffsetLimit);
    Pagination &p = project.streams.first().pagination;
    p.offsetParam = u"offset"_s;
    p.limitParam = u"limit"_s;
    p.totalPath = u"/meta/total"_s;

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.stopReason, expectedReason);
    QCOMPARE(walk.pages, expectedPages);
    QCOMPARE(walk.records, qint64(total));
    QCOMPARE(walk.ids, oneTo(total));

    const auto requests = m_server->requests();
    QCOMPARE(int(requests.size()), expectedPages);
    for (int i = 0; i < expectedPages; ++i) {
        QCOMPARE(requests[std::size_t(i)].param("offset"), QString::number(std::min(i * 10, total)));
        QCOMPARE(requests[std::size_t(i)].param("limit"), u"10"_s);
    }
}

void TestPageWalker::pageNumberWithLinkHeader_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("expectedPages");
    QTest::addColumn<QString>("expectedReason");

    QTest::newRow("23 records") << 23 << 3 << u"no Link rel=next"_s;
    QTest::newRow("20 records, no empty page fetched") << 20 << 2 << u"no Link rel=next"_s;
    QTest::newRow("1 record") << 1 << 1 << u"no Link rel=next"_s;
    QTest::newRow("no records") << 0 << 1 << u"empty page"_s;
}

void TestPageWalker::pageNumberWithLinkHeader()
{
    QFETCH(int, total);
    QFETCH(int, expectedPages);
    QFETCH(QString, expectedReason);

    const std::string base = m_server->url(u"/v1/items"_s).toStdString();
    m_server->get("/v1/items", [total, base](const httplib::Request &req, httplib::Response &res) {
        const int page = intParam(req, "page", 1);
        const int perPage = intParam(req, "per_page", 30);
        const int pages = std::max(1, (total + perPage - 1) / perPage);
        auto link = [&](int n, const char *rel) {
            return "<" + base + "?page=" + std::to_string(n) + "&per_page=" + std::to_string(perPage)
                + ">; rel=\"" + rel + "\"";
        };
        std::string header;
        if (page > 1)
            header += link(page - 1, "prev") + ", ";
        if (page < pages)
            header += link(page + 1, "next") + ", ";
        header += link(pages, "last") + ", " + link(1, "first");
        res.set_header("Link", header);
        const int from = std::min((page - 1) * perPage, total);
        sendJson(res, {{"data", makeRecords(from, std::min(from + perPage, total))}});
    });
    Project project = fakeProject(PaginationType::PageNumber);
    Pagination &p = project.streams.first().pagination;
    p.pageParam = u"page"_s;
    p.limitParam = u"per_page"_s;

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.stopReason, expectedReason);
    QCOMPARE(walk.pages, expectedPages);
    QCOMPARE(walk.ids, oneTo(total));
    const auto requests = m_server->requests();
    for (int i = 0; i < expectedPages; ++i)
        QCOMPARE(requests[std::size_t(i)].param("page"), QString::number(i + 1));
}

void TestPageWalker::pageNumberWithTotalPages_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("firstPage");
    QTest::addColumn<int>("expectedPages");

    QTest::newRow("23 records, pages from 1") << 23 << 1 << 3;
    QTest::newRow("23 records, pages from 0") << 23 << 0 << 3;
    QTest::newRow("20 records, pages from 1") << 20 << 1 << 2;
    QTest::newRow("20 records, pages from 0") << 20 << 0 << 2;
    QTest::newRow("3 records") << 3 << 1 << 1;
}

void TestPageWalker::pageNumberWithTotalPages()
{
    QFETCH(int, total);
    QFETCH(int, firstPage);
    QFETCH(int, expectedPages);

    m_server->get("/v1/items", [total, firstPage](const httplib::Request &req, httplib::Response &res) {
        const int page = intParam(req, "p", -1) - firstPage;
        const int size = intParam(req, "size", 10);
        if (page < 0)
            return sendJson(res, {{"error", "bad page"}}, 400);
        const int from = std::min(page * size, total);
        sendJson(res, {{"data", makeRecords(from, std::min(from + size, total))},
                       {"pagination", {{"total_pages", (total + size - 1) / size}}}});
    });
    Project project = fakeProject(PaginationType::PageNumber);
    Pagination &p = project.streams.first().pagination;
    p.pageParam = u"p"_s;
    p.limitParam = u"size"_s;
    p.firstPage = firstPage;
    p.totalPagesPath = u"/pagination/total_pages"_s;

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.stopReason, u"last page (%1 pages in total)"_s.arg(expectedPages));
    QCOMPARE(walk.pages, expectedPages);
    QCOMPARE(walk.ids, oneTo(total));
    QCOMPARE(m_server->requests().front().param("p"), QString::number(firstPage));
}

void TestPageWalker::cursorInBody_data()
{
    QTest::addColumn<bool>("useHasMore");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("expectedPages");
    QTest::addColumn<QString>("expectedReason");

    QTest::newRow("has_more") << true << 23 << 3 << u"/has_more is false"_s;
    QTest::newRow("has_more, exact multiple") << true << 20 << 2 << u"/has_more is false"_s;
    QTest::newRow("cursor null at the end") << false << 23 << 3 << u"no next cursor"_s;
}

void TestPageWalker::cursorInBody()
{
    QFETCH(bool, useHasMore);
    QFETCH(int, total);
    QFETCH(int, expectedPages);
    QFETCH(QString, expectedReason);

    m_server->get("/v1/items", [total](const httplib::Request &req, httplib::Response &res) {
        int offset = 0;
        if (req.has_param("starting_after")) {
            const auto decoded = decodeCursor(req.get_param_value("starting_after"));
            if (!decoded)
                return sendJson(res, {{"error", "invalid cursor: " + req.get_param_value("starting_after")}}, 400);
            offset = *decoded;
        }
        const int limit = intParam(req, "limit", 10);
        const int end = std::min(offset + limit, total);
        const bool more = end < total;
        sendJson(res, {{"data", makeRecords(offset, end)},
                       {"has_more", more},
                       {"next_cursor", more ? json(encodeCursor(end)) : json(nullptr)}});
    });
    Project project = fakeProject(PaginationType::CursorToken);
    Pagination &p = project.streams.first().pagination;
    p.limitParam = u"limit"_s;
    p.cursorParam = u"starting_after"_s;
    p.cursorPath = u"/next_cursor"_s;
    if (useHasMore)
        p.hasMorePath = u"/has_more"_s;

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.stopReason, expectedReason);
    QCOMPARE(walk.pages, expectedPages);
    QCOMPARE(walk.ids, oneTo(total));
    // The cursor went back exactly as the server wrote it, '+' and '/' and '=' included.
    QCOMPARE(m_server->requests()[1].param("starting_after"), QString::fromStdString(encodeCursor(10)));
}

void TestPageWalker::cursorInHeader()
{
    const int total = 23;
    m_server->get("/v1/items", [total](const httplib::Request &req, httplib::Response &res) {
        const int offset = req.has_param("cursor") ? decodeCursor(req.get_param_value("cursor")).value_or(-1) : 0;
        if (offset < 0)
            return sendJson(res, {{"error", "invalid cursor"}}, 400);
        const int end = std::min(offset + 10, total);
        if (end < total)
            res.set_header("X-Next-Cursor", encodeCursor(end));
        sendJson(res, {{"data", makeRecords(offset, end)}});
    });
    Project project = fakeProject(PaginationType::CursorToken);
    Pagination &p = project.streams.first().pagination;
    p.cursorParam = u"cursor"_s;
    p.cursorHeader = u"x-next-cursor"_s; // header names compare case-insensitively
    p.cursorPath = u"/ignored"_s;

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.stopReason, u"no next cursor"_s);
    QCOMPARE(walk.pages, 3);
    QCOMPARE(walk.ids, oneTo(total));
}

void TestPageWalker::cursorFromLastRecord_data()
{
    QTest::addColumn<bool>("indexMode");
    QTest::newRow("records parsed") << false;
    // The viewer's index mode on bodies above the DOM limit: only the last record is materialized.
    QTest::newRow("index mode, no DOM") << true;
}

void TestPageWalker::cursorFromLastRecord()
{
    // Stripe style: has_more, and starting_after is the last record's id.
    QFETCH(bool, indexMode);
    const int total = 23;
    m_server->get("/v1/items", [total](const httplib::Request &req, httplib::Response &res) {
        const int after = intParam(req, "starting_after", 0);
        const int end = std::min(after + 10, total);
        sendJson(res, {{"object", "list"}, {"has_more", end < total}, {"data", makeRecords(after, end)}});
    });
    Project project = fakeProject(PaginationType::CursorToken);
    Pagination &p = project.streams.first().pagination;
    p.cursorParam = u"starting_after"_s;
    p.lastRecordCursorPath = u"/id"_s;
    p.hasMorePath = u"/has_more"_s;

    Walk walk;
    if (indexMode) {
        HttpClient client;
        PageWalker walker(project, project.streams.first(), fakeValues(*m_server));
        walker.setIndexBodies(true, 16);
        while (walker.hasNext() && walk.pages < 10) {
            const PageFetch page = walker.fetchNext(client);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            QVERIFY(page.bodyIndex);
            ++walk.pages;
        }
        walk.records = walker.recordCount();
        walk.stopReason = walker.stopReason();
        walk.failed = walker.failed();
    } else {
        walk = walkAll(project, fakeValues(*m_server));
        QCOMPARE(walk.ids, oneTo(total));
        QCOMPARE(walk.fetches.at(0).paginationNote, u"next cursor from the last record's /id"_s);
    }
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.stopReason, u"/has_more is false"_s);
    QCOMPARE(walk.pages, 3);
    QCOMPARE(walk.records, qint64(total));
    QCOMPARE(m_server->requests()[1].param("starting_after"), u"10"_s);
    QCOMPARE(m_server->requests()[2].param("starting_after"), u"20"_s);
}

void TestPageWalker::nextUrlInBody_data()
{
    QTest::addColumn<QString>("style");

    QTest::newRow("absolute") << u"absolute"_s;
    QTest::newRow("relative to the root") << u"root"_s;
    QTest::newRow("relative path") << u"path"_s;
    QTest::newRow("query only") << u"query"_s;
}

void TestPageWalker::nextUrlInBody()
{
    QFETCH(QString, style);

    const int total = 23;
    const std::string base = m_server->baseUrl().toStdString();
    m_server->get("/v1/items", [style, base, total](const httplib::Request &req, httplib::Response &res) {
        const int after = intParam(req, "after", 0);
        const int end = std::min(after + 10, total);
        json next = nullptr;
        if (end < total) {
            const std::string query = "?after=" + std::to_string(end) + "&limit=10";
            if (style == u"absolute")
                next = base + "/v1/items" + query;
            else if (style == u"root")
                next = "/v1/items" + query;
            else if (style == u"path")
                next = "items" + query; // relative to /v1/items: /v1/items
            else
                next = query;
        }
        sendJson(res, {{"data", makeRecords(after, end)}, {"links", {{"next", next}}}});
    });
    Project project = fakeProject(PaginationType::NextUrl);
    project.streams.first().pagination.nextUrlPath = u"/links/next"_s;

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.stopReason, u"no next URL"_s);
    QCOMPARE(walk.pages, 3);
    QCOMPARE(walk.ids, oneTo(total));
    for (const RecordedRequest &req : m_server->requests())
        QCOMPARE(req.path, u"/v1/items"_s);
    QCOMPARE(walk.fetches.last().displayUrl, m_server->url(u"/v1/items?after=20&limit=10"_s));
}

void TestPageWalker::linkHeader_data()
{
    QTest::addColumn<QString>("style");

    QTest::newRow("absolute") << u"absolute"_s;
    QTest::newRow("relative") << u"relative"_s;
    QTest::newRow("next in a second Link header line") << u"split"_s;
}

void TestPageWalker::linkHeader()
{
    QFETCH(QString, style);

    const int total = 23;
    const std::string base = m_server->baseUrl().toStdString();
    m_server->get("/v1/items", [style, base, total](const httplib::Request &req, httplib::Response &res) {
        const int since = intParam(req, "since", 0);
        const int end = std::min(since + 10, total);
        const std::string first = "<" + base + "/v1/items?since=0>; rel=\"first\"";
        if (end < total) {
            const std::string target = (style == u"relative" ? std::string() : base) + "/v1/items?since="
                + std::to_string(end);
            const std::string next = "<" + target + ">; rel=\"next\"";
            if (style == u"split") {
                res.headers.emplace("Link", first);
                res.headers.emplace("Link", next);
            } else {
                res.set_header("Link", next + ", " + first);
            }
        } else {
            res.set_header("Link", first);
        }
        sendJson(res, {{"data", makeRecords(since, end)}});
    });
    Project project = fakeProject(PaginationType::LinkHeader);
    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.stopReason, u"no Link rel=next"_s);
    QCOMPARE(walk.pages, 3);
    QCOMPARE(walk.ids, oneTo(total));
}

void TestPageWalker::maxPages()
{
    m_server->get("/v1/items", [](const httplib::Request &req, httplib::Response &res) {
        const int offset = req.has_param("cursor") ? decodeCursor(req.get_param_value("cursor")).value_or(0) : 0;
        sendJson(res, {{"data", makeRecords(offset, offset + 10)}, {"next", encodeCursor(offset + 10)}});
    });
    Project project = fakeProject(PaginationType::CursorToken);
    Pagination &p = project.streams.first().pagination;
    p.cursorParam = u"cursor"_s;
    p.cursorPath = u"/next"_s;
    p.maxPages = 3;

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY(!walk.failed);
    QCOMPARE(walk.stopReason, u"page limit of 3 reached"_s);
    QCOMPARE(walk.pages, 3);
    QCOMPARE(walk.records, 30);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestPageWalker::repeatGuard_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("cursor never changes") << int(PaginationType::CursorToken) << 2;
    QTest::newRow("next URL is the current URL") << int(PaginationType::NextUrl) << 1;
    QTest::newRow("Link rel=next points back to the first page") << int(PaginationType::LinkHeader) << 2;
}

void TestPageWalker::repeatGuard()
{
    QFETCH(int, type);
    QFETCH(int, expectedRequests);

    const std::string base = m_server->baseUrl().toStdString();
    m_server->get("/v1/items", [base](const httplib::Request &req, httplib::Response &res) {
        // A broken API: the same records and the same "next" forever.
        if (req.has_param("page2"))
            res.set_header("Link", "<" + base + "/v1/items?limit=10>; rel=\"next\"");
        else
            res.set_header("Link", "<" + base + "/v1/items?limit=10&page2=1>; rel=\"next\"");
        sendJson(res, {{"data", makeRecords(0, 10)}, {"cursor", "same-cursor"}, {"next", "/v1/items?limit=10"}});
    });
    Project project = fakeProject(PaginationType(type));
    Pagination &p = project.streams.first().pagination;
    p.limitParam = u"limit"_s;
    p.cursorParam = u"cursor"_s;
    p.cursorPath = u"/cursor"_s;
    p.nextUrlPath = u"/next"_s;

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY2(walk.failed, qPrintable(walk.stopReason));
    QVERIFY2(walk.stopReason.contains(u"repeats"_s), qPrintable(walk.stopReason));
    QCOMPARE(m_server->requestCount(), expectedRequests);
    QCOMPARE(walk.pages, expectedRequests);
    // The page that revealed the repetition was read completely and is not an error page.
    QVERIFY(walk.fetches.last().error.isEmpty());
    QCOMPARE(walk.records, 10 * expectedRequests);
}

void TestPageWalker::nextPageOnAnotherHostRefused_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("next URL") << int(PaginationType::NextUrl);
    QTest::newRow("Link header") << int(PaginationType::LinkHeader);
}

void TestPageWalker::nextPageOnAnotherHostRefused()
{
    QFETCH(int, type);

    // Same server, other host name: the walker cannot know that, and must not send the key.
    const std::string elsewhere = m_server->url(u"/v1/items?page=2"_s, u"localhost"_s).toStdString();
    m_server->get("/v1/items", [elsewhere](const httplib::Request &, httplib::Response &res) {
        res.set_header("Link", "<" + elsewhere + ">; rel=\"next\"");
        sendJson(res, {{"data", makeRecords(0, 10)}, {"next", elsewhere}});
    });
    Project project = fakeProject(PaginationType(type));
    project.streams.first().pagination.nextUrlPath = u"/next"_s;
    Auth &auth = project.connection.auth;
    auth.type = AuthType::ApiKey;
    auth.apiKeyName = u"X-API-Key"_s;
    auth.apiKeyValue = u"{{ config.api_key }}"_s;

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY(walk.failed);
    QVERIFY2(walk.stopReason.contains(u"another origin (http://localhost:"_s), qPrintable(walk.stopReason));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(walk.pages, 1);
    QCOMPARE(walk.records, 10);
}

void TestPageWalker::httpErrorStatus()
{
    m_server->get("/v1/items", [](const httplib::Request &, httplib::Response &res) {
        sendJson(res, {{"error", "tenant not found"}, {"code", "E_TENANT"}}, 404);
    });
    const Walk walk = walkAll(fakeProject(PaginationType::OffsetLimit), fakeValues(*m_server));
    QVERIFY(walk.failed);
    QCOMPARE(walk.pages, 1);
    QCOMPARE(walk.records, 0);
    const PageFetch &page = walk.fetches.first();
    QCOMPARE(page.response.status, 404);
    QCOMPARE(page.error, walk.stopReason);
    QVERIFY2(walk.stopReason.startsWith(u"HTTP 404 from GET "_s + m_server->url(u"/v1/items"_s)),
             qPrintable(walk.stopReason));
    QVERIFY2(walk.stopReason.contains(uR"("error":"tenant not found")"_s), qPrintable(walk.stopReason));
}

void TestPageWalker::httpErrorLaterPageKeepsCounts()
{
    const std::string longBody = "<html><body>" + std::string(1000, 'x') + "</body></html>";
    m_server->get("/v1/items", [longBody](const httplib::Request &req, httplib::Response &res) {
        if (intParam(req, "offset", 0) >= 20) {
            res.status = 503;
            res.set_content(longBody, "text/html");
            return;
        }
        sendJson(res, {{"data", makeRecords(intParam(req, "offset", 0), intParam(req, "offset", 0) + 10)}});
    });
    Project project = fakeProject(PaginationType::OffsetLimit);
    project.streams.first().pagination.offsetParam = u"offset"_s;
    project.streams.first().pagination.limitParam = u"limit"_s;
    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY(walk.failed);
    QCOMPARE(walk.pages, 3);
    QCOMPARE(walk.records, 20);
    QVERIFY2(walk.stopReason.startsWith(u"HTTP 503 from GET "_s), qPrintable(walk.stopReason));
    QVERIFY2(walk.stopReason.contains(u"<html><body>xxx"_s), qPrintable(walk.stopReason));
    QVERIFY2(walk.stopReason.endsWith(u"…"_s), qPrintable(walk.stopReason));
    QVERIFY(walk.stopReason.size() < 600);
}

void TestPageWalker::invalidJson()
{
    m_server->get("/v1/tenants/.+/items", [](const httplib::Request &, httplib::Response &res) {
        res.set_content(R"({"data": [1, 2,, 3]})", "application/json");
    });
    Project project = fakeProject();
    Stream &stream = project.streams.first();
    // A path parameter with a '/' shows up percent-encoded ("%2F") in the URL.
    stream.request.path = u"tenants/{tenant}/items"_s;
    Parameter tenant;
    tenant.name = u"tenant"_s;
    tenant.in = u"path"_s;
    tenant.value = u"eu/west"_s;
    stream.request.parameters = {tenant};

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY(walk.failed);
    const QString displayUrl = walk.fetches.first().displayUrl;
    QCOMPARE(displayUrl, m_server->url(u"/v1/tenants/eu%2Fwest/items"_s));
    QCOMPARE(m_server->lastRequest().path, u"/v1/tenants/eu/west/items"_s); // httplib decodes the path
    QVERIFY2(walk.stopReason.startsWith(u"The response from %1 is not valid JSON (at byte 16): "_s.arg(displayUrl)),
             qPrintable(walk.stopReason));
    QVERIFY2(walk.stopReason.contains(u"unexpected ','"_s), qPrintable(walk.stopReason));
    QVERIFY(walk.fetches.first().body == nullptr);
}

void TestPageWalker::recordsPath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("recordsPath");
    QTest::addColumn<QString>("expectedError"); // empty: no error
    QTest::addColumn<int>("expectedRecords");

    QTest::newRow("nested array") << QByteArray(R"({"result": {"items": [{"id": 1}, {"id": 2}]}})")
                                  << u"/result/items"_s << QString() << 2;
    QTest::newRow("body is the array") << QByteArray(R"([{"id": 1}, {"id": 2}, {"id": 3}])") << QString()
                                       << QString() << 3;
    QTest::newRow("null counts as empty") << QByteArray(R"({"data": null})") << u"/data"_s << QString() << 0;
    QTest::newRow("path missing") << QByteArray(R"({"items": []})") << u"/data"_s
                                  << u"The response has nothing at the records path \"/data\"."_s << 0;
    QTest::newRow("object, not an array") << QByteArray(R"({"data": {"id": 1}})") << u"/data"_s
                                          << u"The value at the records path \"/data\" is a object, not an array."_s
                                          << 0;
    QTest::newRow("string, not an array") << QByteArray(R"({"data": "none"})") << u"/data"_s
                                          << u"The value at the records path \"/data\" is a string, not an array."_s
                                          << 0;
    QTest::newRow("body is an object") << QByteArray(R"({"id": 1})") << QString()
                                       << u"The value at the records path \"(body)\" is a object, not an array."_s
                                       << 0;
    QTest::newRow("invalid pointer") << QByteArray(R"({"data": []})") << u"data"_s
                                     << u"The records path \"data\" is not a valid JSON pointer."_s << 0;
}

void TestPageWalker::recordsPath()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, recordsPath);
    QFETCH(QString, expectedError);
    QFETCH(int, expectedRecords);

    m_server->serve("/v1/items", 200, body.toStdString());
    Project project = fakeProject();
    project.streams.first().recordsPath = recordsPath;
    const Walk walk = walkAll(project, fakeValues(*m_server));
    QCOMPARE(walk.failed, !expectedError.isEmpty());
    if (!expectedError.isEmpty())
        QCOMPARE(walk.stopReason, expectedError);
    QCOMPARE(walk.records, qint64(expectedRecords));
    // The helper agrees with the walker.
    JsonValue records;
    QString error;
    QCOMPARE(extractRecords(JsonValue::parse(body.toStdString()), recordsPath, records, &error), expectedError.isEmpty());
    QCOMPARE(error, expectedError);
}

void TestPageWalker::auth_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("headerName");
    QTest::addColumn<QString>("expected");

    const QString basic = QString::fromLatin1(QByteArray("jane.doe@example.com:" + kTrickySecret.toUtf8()).toBase64());
    QTest::newRow("bearer") << int(AuthType::Bearer) << QString() << u"Authorization"_s << u"Bearer "_s + kTrickySecret;
    QTest::newRow("basic") << int(AuthType::Basic) << QString() << u"Authorization"_s << u"Basic "_s + basic;
    QTest::newRow("api key header") << int(AuthType::ApiKey) << u"header"_s << u"X-API-Key"_s << kTrickySecret;
    QTest::newRow("api key query") << int(AuthType::ApiKey) << u"query"_s << u"api_key"_s << kTrickySecret;
    QTest::newRow("oauth token") << int(AuthType::OAuth2ClientCredentials) << QString() << u"Authorization"_s
                                 << u"Bearer at-123"_s;
}

void TestPageWalker::auth()
{
    QFETCH(int, type);
    QFETCH(QString, in);
    QFETCH(QString, headerName);
    QFETCH(QString, expected);

    // Link header pagination: the server's links do not repeat the credentials.
    const int total = 25;
    m_server->get("/v1/items", [total](const httplib::Request &req, httplib::Response &res) {
        const int since = intParam(req, "since", 0);
        const int end = std::min(since + 10, total);
        if (end < total)
            res.set_header("Link", "</v1/items?since=" + std::to_string(end) + ">; rel=\"next\"");
        sendJson(res, {{"data", makeRecords(since, end)}});
    });
    Project project = fakeProject(PaginationType::LinkHeader);
    Auth &auth = project.connection.auth;
    auth.type = AuthType(type);
    auth.apiKeyName = headerName;
    auth.apiKeyIn = in;
    auth.apiKeyValue = u"{{ config.api_key }}"_s;
    auth.token = u"{{ config.api_key }}"_s;
    auth.username = u"jane.doe@example.com"_s;
    auth.password = u"{{ config.api_key }}"_s;
    // OAuth: the walker fetches the token from the project's token endpoint first.
    OAuth2TokenCache::shared().clear();
    auth.tokenUrl = m_server->url(u"/token"_s);
    auth.clientId = u"client"_s;
    auth.clientSecret = u"{{ config.api_key }}"_s;
    m_server->post("/token", [](const httplib::Request &, httplib::Response &res) {
        res.set_content(R"({"access_token":"at-123","token_type":"Bearer","expires_in":3600})", "application/json");
    });
    const ConfigurationValues values = fakeValues(*m_server);

    const Walk walk = walkAll(project, values);
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.pages, 3);
    auto requests = m_server->requests();
    std::erase_if(requests, [](const RecordedRequest &r) { return r.path == u"/token"; });
    QCOMPARE(int(requests.size()), 3);
    for (const RecordedRequest &req : requests) {
        const QString sent = in == u"query" ? req.param(headerName.toStdString()) : req.header(headerName.toStdString());
        QCOMPARE(sent, expected);
        QCOMPARE(req.header("Accept"), u"application/json"_s);
    }
    if (in == u"query") // not also as a header
        QVERIFY(!requests.front().hasHeader("api_key"));
    else
        QVERIFY(!requests.front().hasParam(headerName.toStdString()));
}

void TestPageWalker::secretsRedacted_data()
{
    QTest::addColumn<QString>("secret");

    QTest::newRow("plain") << u"plainSecret123"_s;
    QTest::newRow("url-special characters") << kTrickySecret;
    QTest::newRow("spaces and plus") << u"a b+c d"_s;
    QTest::newRow("unicode") << u"pässwörd☃"_s;
}

void TestPageWalker::secretsRedacted()
{
    QFETCH(QString, secret);

    // The server echoes the key back in an error, as some APIs do.
    m_server->get("/v1/items", [](const httplib::Request &req, httplib::Response &res) {
        sendJson(res, {{"error", "invalid key: " + req.get_param_value("key")}, {"url", req.target}}, 401);
    });
    Project project = fakeProject();
    Auth &auth = project.connection.auth;
    auth.type = AuthType::ApiKey;
    auth.apiKeyIn = u"query"_s;
    auth.apiKeyName = u"key"_s;
    auth.apiKeyValue = u"{{ config.api_key }}"_s;
    ConfigurationValues values = fakeValues(*m_server);
    values.insert(u"api_key"_s, secret);

    const Walk walk = walkAll(project, values);
    QVERIFY(walk.failed);
    QCOMPARE(m_server->lastRequest().param("key"), secret); // the server did get the real key
    const PageFetch &page = walk.fetches.first();
    QCOMPARE(page.displayUrl, m_server->url(u"/v1/items?key=***"_s));
    QVERIFY2(!leaks(page.displayUrl, secret), qPrintable(page.displayUrl));
    QVERIFY2(!leaks(page.error, secret), qPrintable(page.error));
    QVERIFY2(!leaks(walk.stopReason, secret), qPrintable(walk.stopReason));
    QVERIFY2(walk.stopReason.contains(u"invalid key: ***"_s), qPrintable(walk.stopReason));
}

void TestPageWalker::redactSecretsForms_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("raw") << u"s3cr3t"_s << u"key s3cr3t and s3cr3t"_s << u"key *** and ***"_s;
    QTest::newRow("percent-encoded") << u"a b/c"_s << u"x?k=a%20b%2Fc"_s << u"x?k=***"_s;
    QTest::newRow("as a URL shows it") << u"a+b&c d"_s << u"http://h/?k=a%2Bb%26c d"_s << u"http://h/?k=***"_s;
    QTest::newRow("not there") << u"s3cr3t"_s << u"nothing to hide"_s << u"nothing to hide"_s;
    QTest::newRow("non-secret value stays") << u"s3cr3t"_s << u"tenant acme"_s << u"tenant acme"_s;
}

void TestPageWalker::redactSecretsForms()
{
    QFETCH(QString, secret);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    Project project = fakeProject();
    project.configuration.append(field(u"tenant"_s));
    const ConfigurationValues values{{u"api_key"_s, secret}, {u"tenant"_s, u"acme"_s}};
    QCOMPARE(redactSecrets(text, project, values), expected);
    // An empty secret value redacts nothing.
    QCOMPARE(redactSecrets(text, project, {{u"api_key"_s, QString()}}), text);
}

void TestPageWalker::missingConfiguration()
{
    m_server->serve("/v1/items", 200, R"({"data": []})");
    Project project = fakeProject();
    project.connection.headers.append({u"X-Tenant"_s, u"{{ config.tenant }}"_s});
    Auth &auth = project.connection.auth;
    auth.type = AuthType::Bearer;
    auth.token = u"{{ config.api_key }}"_s;
    const ConfigurationValues values{{u"base_url"_s, m_server->baseUrl()}};

    HttpClient client;
    PageWalker walker(project, project.streams.first(), values);
    QVERIFY(!walker.hasNext());
    QVERIFY(walker.failed());
    QCOMPARE(walker.stopReason(), u"Configuration values are missing: tenant, api_key."_s);
    const PageFetch page = walker.fetchNext(client);
    QCOMPARE(page.error, walker.stopReason());
    QCOMPARE(page.response.status, 0);
    QCOMPARE(walker.pageCount(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestPageWalker::invalidBaseUrl()
{
    Project project = fakeProject();
    const ConfigurationValues values{{u"base_url"_s, u"not a url"_s}};
    PageWalker walker(project, project.streams.first(), values);
    QVERIFY(!walker.hasNext());
    QVERIFY(walker.failed());
    QVERIFY2(walker.stopReason().contains(u"check the base URL"_s), qPrintable(walker.stopReason()));
}

void TestPageWalker::queryValuesReachServerIntact()
{
    // Values are values, not pre-encoded query text: '+', '%', '&' and '=' arrive as written.
    m_server->serve("/v1/items", 200, R"({"data": []})");
    Project project = fakeProject(PaginationType::OffsetLimit);
    Stream &stream = project.streams.first();
    stream.pagination.offsetParam = u"offset"_s;
    stream.pagination.limitParam = u"limit"_s;
    Parameter filter;
    filter.name = u"filter"_s;
    filter.value = u"status=open&tag=c++ 100%25"_s;
    Parameter empty;
    empty.name = u"optional"_s;
    Parameter required;
    required.name = u"required_empty"_s;
    required.required = true;
    Parameter header;
    header.name = u"X-Trace"_s;
    header.in = u"header"_s;
    header.value = u"t-1"_s;
    stream.request.parameters = {filter, empty, required, header};

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    const RecordedRequest req = m_server->lastRequest();
    QCOMPARE(req.param("filter"), u"status=open&tag=c++ 100%25"_s);
    QVERIFY(!req.hasParam("optional"));
    QVERIFY(req.hasParam("required_empty"));
    QCOMPARE(req.param("required_empty"), QString());
    QCOMPARE(req.header("X-Trace"), u"t-1"_s);
    QCOMPARE(req.param("offset"), u"0"_s);
    QCOMPARE(req.param("limit"), u"10"_s);
}

void TestPageWalker::bracketParameterNamesNotDuplicated()
{
    // JSON:API style names, and next links that spell them unencoded and repeat the key.
    const int total = 23;
    m_server->get("/v1/items", [total](const httplib::Request &req, httplib::Response &res) {
        const int number = intParam(req, "page[number]", 1);
        const int size = intParam(req, "page[size]", 5);
        const int from = std::min((number - 1) * size, total);
        json body{{"data", makeRecords(from, std::min(from + size, total))}};
        if (from + size < total) {
            body["links"] = {{"next", "/v1/items?page[number]=" + std::to_string(number + 1) + "&page[size]="
                                          + std::to_string(size) + "&api_key=" + req.get_param_value("api_key")}};
        }
        sendJson(res, body);
    });
    for (const PaginationType type : {PaginationType::PageNumber, PaginationType::NextUrl}) {
        m_server->clearRequests();
        Project project = fakeProject(type);
        Pagination &p = project.streams.first().pagination;
        p.pageParam = u"page[number]"_s;
        p.limitParam = u"page[size]"_s;
        p.nextUrlPath = u"/links/next"_s;
        Auth &auth = project.connection.auth;
        auth.type = AuthType::ApiKey;
        auth.apiKeyIn = u"query"_s;
        auth.apiKeyName = u"api_key"_s;
        auth.apiKeyValue = u"plainkey"_s;

        const Walk walk = walkAll(project, fakeValues(*m_server));
        QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
        QCOMPARE(walk.ids, oneTo(total));
        for (const RecordedRequest &req : m_server->requests()) {
            QVERIFY(req.params.count("page[number]") <= 1); // NextUrl's first page has none
            QCOMPARE(req.params.count("page[size]"), std::size_t(1));
            QCOMPARE(req.params.count("api_key"), std::size_t(1));
            QCOMPARE(req.param("page[size]"), u"10"_s);
        }
    }
}

void TestPageWalker::incrementalStart_data()
{
    QTest::addColumn<QString>("configStart");
    QTest::addColumn<QString>("incrementalStart");
    QTest::addColumn<QString>("expected"); // null: parameter absent

    QTest::newRow("from the start configuration key")
        << u"2024-01-01T00:00:00+00:00"_s << QString() << u"2024-01-01T00:00:00+00:00"_s;
    QTest::newRow("saved state wins over the configuration")
        << u"2024-01-01T00:00:00+00:00"_s << u"2024-03-05T12:00:00Z"_s << u"2024-03-05T12:00:00Z"_s;
    QTest::newRow("saved state without configuration") << QString() << u"1709640000"_s << u"1709640000"_s;
    QTest::newRow("neither: parameter left out") << QString() << QString() << QString();
}

void TestPageWalker::incrementalStart()
{
    QFETCH(QString, configStart);
    QFETCH(QString, incrementalStart);
    QFETCH(QString, expected);

    m_server->serve("/v1/items", 200, R"({"data": [{"id": 1, "updated_at": "2024-06-01T00:00:00Z"}]})");
    Project project = fakeProject();
    Incremental &inc = project.streams.first().incremental;
    inc.cursorField = u"updated_at"_s;
    inc.requestParam = u"updated_since"_s;
    inc.startConfigKey = u"start_date"_s;
    ConfigurationValues values = fakeValues(*m_server);
    if (!configStart.isEmpty())
        values.insert(u"start_date"_s, configStart);

    const Walk walk = walkAll(project, values, incrementalStart);
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    const RecordedRequest req = m_server->lastRequest();
    QCOMPARE(req.hasParam("updated_since"), !expected.isNull());
    QCOMPARE(req.param("updated_since"), expected);
    QCOMPARE(walk.maxCursor, u"2024-06-01T00:00:00Z"_s);
}

void TestPageWalker::maxCursor_data()
{
    QTest::addColumn<QByteArray>("pages"); // a JSON array of pages, each an array of records
    QTest::addColumn<QString>("cursorField");
    QTest::addColumn<QString>("expected");

    QTest::newRow("RFC 3339 strings across pages")
        << QByteArray(R"([[{"t": "2024-01-02T00:00:00Z"}, {"t": "2024-03-01T08:00:00Z"}],
                         [{"t": "2024-02-29T23:59:59Z"}], [{"t": "2023-12-31T00:00:00Z"}]])")
        << u"t"_s << u"2024-03-01T08:00:00Z"_s;
    QTest::newRow("numbers compare by value") << QByteArray(R"([[{"t": 9}, {"t": 10}], [{"t": 100}, {"t": 11}]])")
                                              << u"t"_s << u"100"_s;
    QTest::newRow("numbers, largest first") << QByteArray(R"([[{"t": 100}], [{"t": 99}, {"t": 9}]])") << u"t"_s
                                            << u"100"_s;
    QTest::newRow("epoch milliseconds") << QByteArray(R"([[{"t": 1709640000123}, {"t": 1709640000999}], [{"t": 999999999999}]])")
                                        << u"t"_s << u"1709640000999"_s;
    QTest::newRow("numbers in strings") << QByteArray(R"([[{"t": "9"}, {"t": "10"}]])") << u"t"_s << u"10"_s;
    QTest::newRow("decimals") << QByteArray(R"([[{"t": 1.5}, {"t": 1.25}, {"t": -3}]])") << u"t"_s << u"1.5"_s;
    QTest::newRow("64-bit ids beyond double precision")
        << QByteArray(R"([[{"t": 1234567890123456789}, {"t": 1234567890123456800}, {"t": 1234567890123456790}]])")
        << u"t"_s << u"1234567890123456800"_s;
    QTest::newRow("missing and null values skipped")
        << QByteArray(R"([[{"t": null}, {"x": 1}, {"t": "2024-01-01"}], [{"t": ""}]])") << u"t"_s << u"2024-01-01"_s;
    QTest::newRow("nested field with a leading slash")
        << QByteArray(R"([[{"meta": {"updated": "b"}}, {"meta": {"updated": "c"}}, {"meta": {"updated": "a"}}]])")
        << u"/meta/updated"_s << u"c"_s;
    QTest::newRow("no values") << QByteArray(R"([[{"id": 1}], [{"id": 2}]])") << u"t"_s << QString();
    QTest::newRow("an array index in the path")
        << QByteArray(R"([[{"v": [{"t": "a"}]}, {"v": [{"t": "c"}, {"t": "z"}]}, {"v": []}, {"v": {"0": {"t": "y"}}}]])")
        << u"/v/0/t"_s << u"y"_s;
    QTest::newRow("an escaped member name")
        << QByteArray(R"([[{"a/b": {"t": 1}}, {"a/b": {"t": 3}}, {"a": {"b": {"t": 9}}}]])") << u"/a~1b/t"_s << u"3"_s;
    QTest::newRow("a number after a timestamp")
        << QByteArray(R"([[{"t": "2024-01-01T00:00:00Z"}, {"t": 5}]])") << u"t"_s << u"5"_s;
    QTest::newRow("an invalid pointer reads nothing") << QByteArray(R"([[{"t": 1}]])") << u"/t~2"_s << QString();
}

void TestPageWalker::maxCursor()
{
    QFETCH(QByteArray, pages);
    QFETCH(QString, cursorField);
    QFETCH(QString, expected);

    const json all = json::parse(pages.toStdString());
    m_server->get("/v1/items", [all](const httplib::Request &req, httplib::Response &res) {
        const std::size_t page = std::size_t(intParam(req, "page", 1) - 1);
        sendJson(res, {{"data", page < all.size() ? all[page] : json::array()}});
    });
    Project project = fakeProject(PaginationType::PageNumber);
    project.streams.first().pagination.pageParam = u"page"_s;
    project.streams.first().incremental.cursorField = cursorField;

    const Walk walk = walkAll(project, fakeValues(*m_server));
    QVERIFY2(!walk.failed, qPrintable(walk.stopReason));
    QCOMPARE(walk.pages, int(all.size()) + 1);
    QCOMPARE(walk.maxCursor, expected);
}

void TestPageWalker::prefetcherPreparesAheadAndRecycles()
{
    m_server->get("/v1/items", [](const httplib::Request &req, httplib::Response &res) {
        const int offset = intParam(req, "offset", 0);
        sendJson(res, {{"data", makeRecords(offset, std::min(offset + 10, 60))}, {"total", 60}});
    });
    Project project = fakeProject(PaginationType::OffsetLimit);
    Stream &items = project.streams.first();
    items.pagination.offsetParam = u"offset"_s;
    items.pagination.limitParam = u"limit"_s;
    items.pagination.pageSize = 10;
    items.pagination.totalPath = u"/total"_s;
    items.incremental.cursorField = u"updated_at"_s;
    PageWalker walker(project, items, fakeValues(*m_server));
    HttpClient client;
    PagePrefetcher prefetcher(walker, client, nullptr);

    std::optional<PagePrefetcher::Item> first = prefetcher.next();
    QVERIFY(first);
    QVERIFY(!first->prepared);
    QCOMPARE(first->page.records.size(), std::size_t(10));
    // From here the prefetcher's thread turns records into rows (here: their ids) and drops them.
    const std::thread::id self = std::this_thread::get_id();
    std::atomic_int elsewhere{0};
    prefetcher.setPrepare([&](PagePrefetcher::Item &item) {
        if (std::this_thread::get_id() != self)
            ++elsewhere;
        item.rows.assign(1, {});
        for (const JsonValue &record : item.page.records)
            item.rows[0].rows.push_back({record.at("id")});
        item.page.records = JsonValue::array();
    });
    prefetcher.recycle(std::move(*first));

    QList<int> ids = oneTo(10);
    int pages = 1;
    int prepared = 0;
    while (std::optional<PagePrefetcher::Item> item = prefetcher.next()) {
        QCOMPARE(item->page.index, pages);  // in order
        ++pages;
        if (item->prepared) {
            ++prepared;
            QVERIFY(item->page.records.empty());
            for (const auto &row : item->rows[0].rows)
                ids.append(row[0].get<int>());
        } else {
            for (const JsonValue &record : item->page.records)  // queued before setPrepare()
                ids.append(record.at("id").get<int>());
        }
        QVERIFY(!item->maxCursor.isEmpty());
        prefetcher.recycle(std::move(*item));
    }
    QCOMPARE(pages, 6);
    QVERIFY2(prepared >= 4, qPrintable(QString::number(prepared)));  // at most one page was queued ahead
    QCOMPARE(elsewhere.load(), prepared);
    QCOMPARE(ids, oneTo(60));
    QVERIFY(!walker.failed());
    QCOMPARE(walker.maxCursor(), u"2024-01-28T10:00:00Z"_s);
}

void TestPageWalker::walkJobSignalsInOrder()
{
    m_server->get("/v1/items", [](const httplib::Request &req, httplib::Response &res) {
        const int offset = intParam(req, "offset", 0);
        sendJson(res, {{"data", makeRecords(offset, std::min(offset + 10, 25))}, {"total", 25}});
    });
    m_server->serve("/v1/other", 200, R"({"data": [{"id": 1}]})");
    Project project = fakeProject(PaginationType::OffsetLimit);
    Stream &items = project.streams.first();
    items.pagination.offsetParam = u"offset"_s;
    items.pagination.limitParam = u"limit"_s;
    items.pagination.totalPath = u"/total"_s;
    Stream other = fakeProject().streams.first();
    other.name = u"other"_s;
    other.request.path = u"other"_s;
    project.streams.append(other);

    WalkJob job(project, {u"items"_s, u"other"_s}, fakeValues(*m_server));
    SignalRelay relay(&job);
    QSignalSpy started(&relay, &SignalRelay::streamStarted);
    QSignalSpy fetched(&relay, &SignalRelay::pageFetched);
    QSignalSpy streamFinished(&relay, &SignalRelay::streamFinished);
    QSignalSpy finished(&relay, &SignalRelay::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QTRY_VERIFY(!job.isRunning());

    QCOMPARE(started.count(), 2);
    QCOMPARE(fetched.count(), 4);
    QCOMPARE(streamFinished.count(), 2);
    QCOMPARE(finished.first().at(0).toBool(), true);  // ok
    QCOMPARE(finished.first().at(1).toBool(), false); // not cancelled
    QCOMPARE(streamFinished.first().at(3).toString(), u"all 25 records read (total)"_s);
    const auto lastPage = fetched.at(2).at(1).value<std::shared_ptr<const PageFetch>>();
    QVERIFY(lastPage);
    QCOMPARE(int(lastPage->records.size()), 5);
    QCOMPARE(relay.log, (QStringList{u"started:items"_s, u"page:items:0"_s, u"page:items:1"_s, u"page:items:2"_s,
                                     u"finished:items:3:25:0"_s, u"started:other"_s, u"page:other:0"_s,
                                     u"finished:other:1:1:0"_s, u"done:1:0"_s}));
}

void TestPageWalker::walkJobCancel()
{
    m_server->get("/v1/items", [this](const httplib::Request &req, httplib::Response &res) {
        const int offset = intParam(req, "offset", 0);
        if (offset > 0)
            m_server->sleepFor(20'000); // the second page hangs
        sendJson(res, {{"data", makeRecords(offset, offset + 10)}});
    });
    Project project = fakeProject(PaginationType::OffsetLimit);
    project.streams.first().pagination.offsetParam = u"offset"_s;
    project.streams.first().pagination.limitParam = u"limit"_s;

    WalkJob job(project, {u"items"_s}, fakeValues(*m_server));
    SignalRelay relay(&job);
    QSignalSpy fetched(&relay, &SignalRelay::pageFetched);
    QSignalSpy streamFinished(&relay, &SignalRelay::streamFinished);
    QSignalSpy finished(&relay, &SignalRelay::finished);
    job.start();
    QTRY_COMPARE(fetched.count(), 1);
    QTRY_COMPARE(m_server->requestCount(), 2); // the hanging request is under way
    QElapsedTimer timer;
    timer.start();
    job.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(streamFinished.count(), 1);
    QCOMPARE(streamFinished.first().at(3).toString(), u"cancelled"_s);
    QCOMPARE(fetched.count(), 1); // the cancelled page is not reported as a page
    QCOMPARE(relay.log.last(), u"done:0:1"_s);
}

void TestPageWalker::walkJobUnknownStream()
{
    WalkJob job(fakeProject(), {u"nope"_s}, fakeValues(*m_server));
    SignalRelay relay(&job);
    QSignalSpy finished(&relay, &SignalRelay::finished);
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(relay.log, (QStringList{u"finished:nope:0:0:1"_s, u"done:0:0"_s}));
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestPageWalker)
#include "tst_pagewalker.moc"
