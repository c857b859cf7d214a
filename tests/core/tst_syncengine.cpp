// SPDX-License-Identifier: MIT
// The sync engine against the demo API and broken loopback servers: every stream to the
// end, incremental runs, faults retried to the exact rows, give-ups that commit no partial
// page, repeating pagination stopped within a bounded number of requests, retry timing rules.
#include <algorithm>
#include <limits>

#include <QTemporaryDir>
#include <QTest>

#include "models/core/demo/demoproject.h"
#include "models/core/demo/demoserver.h"
#include "models/core/http/httpclient.h"
#include "models/core/sync/ratelimiter.h"
#include "models/core/sync/syncengine.h"
#include "models/core/warehouse/warehouse.h"
#include "tests/support/testserver.h"

using namespace cw;
using namespace Qt::StringLiterals;

namespace {

Project demoProject(const QString &baseUrl, int pageSize = 40)
{
    Project project = makeDemoProject(baseUrl);
    for (Stream &s : project.streams)
        s.pagination.pageSize = pageSize;
    return project;
}

ConfigurationValues demoValues()
{
    return {{u"api_token"_s, u"demo-token"_s}};
}

DemoServer::Options demo(qint64 records, double rateLimit = 0, const QString &faults = {})
{
    DemoServer::Options options;
    options.records = records;
    options.rateLimit = rateLimit;
    options.faults = faults;
    return options;
}

SyncOptions fastOptions()
{
    SyncOptions options;
    options.retry.initialBackoffMs = 1;
    options.retry.maxBackoffMs = 10;
    options.retry.retryAfterCapMs = 10;
    options.retry.maxAttempts = 8;
    return options;
}

// Every table's rows without _fivetran_synced, ordered by key: what two syncs must agree on.
QString dumpTables(const Warehouse &w)
{
    QString out;
    for (const WarehouseTable &t : w.tables()) {
        QStringList names;
        for (const WarehouseColumn &c : t.columns)
            names << u'"' + c.name + u'"';
        names << u"_fivetran_deleted"_s;
        QStringList order = t.primaryKey;
        if (order.isEmpty()) {
            names << u"_fivetran_id"_s;
            order << u"_fivetran_id"_s;
        }
        const QueryResult r = w.query(u"SELECT "_s + names.join(u", ") + u" FROM \""_s + t.name + u"\" ORDER BY "_s
                                      + order.join(u", "));
        out += t.name + u'\n' + QString::fromStdString(JsonValue(r.rows).dump()) + u'\n';
    }
    return out;
}

qint64 rows(const Warehouse &w, const QString &table)
{
    const std::optional<WarehouseTable> t = w.table(table, true);
    return t ? t->rowCount : -1;
}

struct Recorder final : SyncObserver {
    std::vector<SyncEvent> events;
    int batches = 0;
    qint64 streamTotal = -1;  // the largest total the progress reported
    void syncProgress(const std::vector<SyncEvent> &batch, const SyncCounters &counters) override
    {
        ++batches;
        streamTotal = std::max(streamTotal, counters.streamTotal);
        events.insert(events.end(), batch.begin(), batch.end());
    }
    int count(SyncEvent::Kind kind) const
    {
        return int(std::count_if(events.begin(), events.end(), [kind](const SyncEvent &e) { return e.kind == kind; }));
    }
};

/// One stream "items" at `/items` of a loopback test server, records under "items", keyed by id.
Project itemsProject(const QString &name, const QString &baseUrl)
{
    Project project;
    project.name = name;
    project.connection.baseUrl = baseUrl;
    Stream s;
    s.name = u"items"_s;
    s.request.path = u"/items"_s;
    s.recordsPath = u"/items"_s;
    s.table.name = u"items"_s;
    s.table.primaryKey = {u"id"_s};
    project.streams = {s};
    return project;
}

} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newFile() { return m_dir.filePath(u"w%1.db"_s.arg(++m_files)); }

    // A clean sync of the demo API with 200 records per resource, the reference for others.
    QString m_reference;

    SyncSummary sync(const Project &project, const QString &file, SyncOptions options, Recorder *recorder = nullptr)
    {
        Warehouse w;
        QString error;
        if (!w.open(file, &error))
            qFatal("%s", qPrintable(error));
        SyncEngine engine(project, demoValues(), w, std::move(options));
        engine.setObserver(recorder);
        return engine.run();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoServer server;
        QVERIFY(server.start(demo(200)));
        const QString file = newFile();
        Recorder recorder;
        const SyncSummary summary = sync(demoProject(server.baseUrl()), file, fastOptions(), &recorder);
        QVERIFY2(summary.succeeded, qPrintable(summary.toText()));
        Warehouse w;
        QVERIFY(w.open(file));
        m_reference = dumpTables(w);
        for (const char *table : {"customers", "products", "orders", "events"})
            QCOMPARE(rows(w, QLatin1String(table)), 200);
        QVERIFY(rows(w, u"order_line_items"_s) > 200);
        QVERIFY(rows(w, u"customer_notes"_s) > 100);
        // One checkpoint per page: 5 pages for each of the four listings, 5 parent pages for notes,
        // and one (empty) page of each listing's deletions feed.
        QCOMPARE(summary.counters.checkpoints, 29);
        QCOMPARE(qint64(w.checkpoints().size()), summary.counters.checkpoints);
        QCOMPARE(summary.counters.retries, 0);
        QCOMPARE(recorder.count(SyncEvent::Kind::Checkpoint), 29);
        QCOMPARE(recorder.count(SyncEvent::Kind::StreamFinished), 5);
        QVERIFY(recorder.batches < int(recorder.events.size())); // batched, not one call per event
        // The state holds each incremental stream's largest updated_at.
        const JsonValue state = w.state();
        for (const char *stream : {"customers", "products", "orders", "events", "customer_notes"})
            QVERIFY2(state.at(stream).at("cursor").get<std::string>().starts_with("2024-01-01T"), stream);
        QVERIFY(summary.toText().contains(u"Sync SUCCEEDED"));
        QVERIFY(summary.toText().contains(u"Checkpoints   | 29"));
        QCOMPARE(summary.counters.operations.deletes, 0);
    }

    void incrementalRunFetchesOnlyChanges()
    {
        DemoServer server;
        QVERIFY(server.start(demo(200)));
        const Project project = demoProject(server.baseUrl());
        const QString file = newFile();
        SyncOptions options = fastOptions();
        options.streams = {u"customers"_s};
        QVERIFY(sync(project, file, options).succeeded);
        server.advanceTime(1);
        const SyncSummary second = sync(project, file, options);
        QVERIFY2(second.succeeded, qPrintable(second.reason));
        // About N/50 updated + N/100 new, plus the records sharing the old cursor's timestamp.
        QVERIFY2(second.counters.operations.upserts >= 6 && second.counters.operations.upserts < 30,
                 qPrintable(QString::number(second.counters.operations.upserts)));
        Warehouse w;
        QVERIFY(w.open(file));
        QVERIFY(rows(w, u"customers"_s) > 200);
        QVERIFY(w.state().at("customers").at("cursor").get<std::string>().starts_with("2024-01-02"));
    }

    void deletionsFeedMarksRowsDeleted()
    {
        DemoServer server;
        QVERIFY(server.start(demo(200)));
        const Project project = demoProject(server.baseUrl());
        const QString file = newFile();
        SyncOptions options = fastOptions();
        options.streams = {u"customers"_s};
        QVERIFY(sync(project, file, options).succeeded);
        // One epoch: the deleted records are among the 200 the first sync wrote.
        server.advanceTime(1);
        // What the feed lists, asked directly.
        HttpClient client;
        HttpRequest ask;
        ask.url = QUrl(server.baseUrl() + u"/deletions?resource=customers&limit=1000"_s);
        ask.headers.append({QByteArray("Authorization"), QByteArray("Bearer demo-token")});
        const JsonValue listed = JsonValue::parse(client.send(ask).readBody().toStdString());
        QVERIFY(listed.at("total").get<qint64>() > 0);
        QStringList ids;
        std::string latest;
        for (const JsonValue &d : listed.at("data")) {
            ids << QString::number(d.at("id").get<qint64>());
            latest = std::max(latest, d.at("deleted_at").get<std::string>());
        }

        Recorder recorder;
        const SyncSummary second = sync(project, file, options, &recorder);
        QVERIFY2(second.succeeded, qPrintable(second.reason));
        QCOMPARE(second.counters.operations.deletes, qint64(ids.size()));
        QVERIFY2(second.reason.isEmpty(), qPrintable(second.reason));
        Warehouse w;
        QVERIFY(w.open(file));
        // Soft deletes: the rows stay, marked, and only those the feed listed.
        const QueryResult deleted = w.query(u"SELECT id FROM customers WHERE _fivetran_deleted = 1 ORDER BY id"_s);
        QStringList marked;
        for (const auto &row : deleted.rows)
            marked << QString::fromStdString(row.at(0).dump());
        ids.sort();
        marked.sort();
        QCOMPARE(marked, ids);
        QCOMPARE(QString::fromStdString(w.state().at("customers").at("deletions_cursor").get<std::string>()),
                 QString::fromStdString(latest));
        // The feed's pages are requests and checkpoints of their own, not records of the stream.
        bool sawFeed = false;
        for (const SyncEvent &e : recorder.events)
            sawFeed |= e.kind == SyncEvent::Kind::Page && e.url.contains(u"/deletions?"_s) && e.url.contains(u"since="_s);
        QVERIFY(sawFeed);
        QCOMPARE(second.counters.records, second.counters.operations.upserts);

        // A feed that fails fails the stream and commits nothing of its page; the stream's own
        // pages stay committed.
        Project broken = project;
        broken.streams[0].deletions.path = u"/no-such-feed"_s;
        const qint64 before = w.lastCheckpointSequence();
        w.close();
        const SyncSummary third = sync(broken, file, options);
        QVERIFY(!third.succeeded);
        QVERIFY2(third.reason.contains(u"deletions feed"_s) && third.reason.contains(u"404"_s), qPrintable(third.reason));
        QVERIFY(w.open(file));
        QVERIFY(w.lastCheckpointSequence() > before);  // the customers pages
        QCOMPARE(w.query(u"SELECT count(*) FROM customers WHERE _fivetran_deleted = 1"_s).rows.at(0).at(0).get<qint64>(),
                 qint64(ids.size()));
    }

    void deletionsFeedSkipsRecordsWithoutTheKey()
    {
        // A feed whose records carry the key elsewhere: nothing matches, each is counted and skipped.
        DemoServer server;
        QVERIFY(server.start(demo(100)));
        Project project = demoProject(server.baseUrl());
        project.streams[0].deletions.keyPaths = {u"/customer_id"_s};
        const QString file = newFile();
        SyncOptions options = fastOptions();
        options.streams = {u"customers"_s};
        QVERIFY(sync(project, file, options).succeeded);
        server.advanceTime(3);
        Recorder recorder;
        const SyncSummary summary = sync(project, file, options, &recorder);
        QVERIFY2(summary.succeeded, qPrintable(summary.reason));
        QCOMPARE(summary.counters.operations.deletes, 0);
        bool warned = false;
        for (const SyncEvent &e : recorder.events)
            warned |= e.kind == SyncEvent::Kind::Log && e.level == LogLevel::Warning && e.message.contains(u"/customer_id"_s);
        QVERIFY(warned);
    }

    void faultsAreRetriedToTheExactRows()
    {
        DemoServer server;
        // 5 % 5xx, 503 bursts with Retry-After, dropped connections, truncated bodies, and a rate
        // limit that answers 429 whenever the engine is faster than 100 requests a second.
        QVERIFY(server.start(demo(200, 100, u"500:0.05,503@11:1,drop@13,truncate@17,502:0.02"_s)));
        const QString file = newFile();
        Recorder recorder;
        const SyncSummary summary = sync(demoProject(server.baseUrl()), file, fastOptions(), &recorder);
        QVERIFY2(summary.succeeded, qPrintable(summary.toText()));
        QVERIFY2(summary.counters.retries > 20, qPrintable(QString::number(summary.counters.retries)));
        Warehouse w;
        QVERIFY(w.open(file));
        QCOMPARE(dumpTables(w), m_reference);
        // Every kind of fault was met and survived.
        bool saw429 = false, saw5xx = false, sawNetwork = false;
        for (const SyncEvent &e : recorder.events) {
            if (e.kind != SyncEvent::Kind::Retry)
                continue;
            saw429 |= e.status == 429;
            saw5xx |= e.status >= 500;
            sawNetwork |= e.status == 0;
        }
        QVERIFY(saw429);
        QVERIFY(saw5xx);
        QVERIFY(sawNetwork);
    }

    void givingUpCommitsNoPartialPage()
    {
        DemoServer server;
        QVERIFY(server.start(demo(200, 0, u"500@4"_s)));
        const QString file = newFile();
        SyncOptions options = fastOptions();
        options.retry.maxAttempts = 1;
        options.streams = {u"orders"_s};
        const SyncSummary summary = sync(demoProject(server.baseUrl()), file, options);
        QVERIFY(!summary.succeeded);
        QVERIFY2(summary.reason.contains(u"HTTP 500") && summary.reason.contains(u"injected fault"),
                 qPrintable(summary.reason));
        QVERIFY2(summary.reason.contains(u"attempts are used up"), qPrintable(summary.reason));
        Warehouse w;
        QVERIFY(w.open(file));
        // Three pages of 40 arrived before the fourth request failed: whole pages only, each with its state.
        qint64 committed = 0;
        for (const CheckpointEntry &c : w.checkpoints())
            committed += c.rowsPerTable.value(u"orders"_s);
        QCOMPARE(rows(w, u"orders"_s), committed);
        QCOMPARE(committed, 120);
        QCOMPARE(summary.counters.checkpoints, w.checkpoints().size());
        // A second run resumes from that state and ends with the reference rows for orders.
        server.stop();
        QVERIFY(server.start(demo(200)));
        options.retry.maxAttempts = 5;
        QVERIFY(sync(demoProject(server.baseUrl()), file, options).succeeded);
        QVERIFY(m_reference.contains(dumpTables(w).section(u'\n', 0, 3)));
    }

    void clientErrorsFailAtOnceWithTheBody()
    {
        DemoServer server;
        QVERIFY(server.start(demo(200)));
        Project project = demoProject(server.baseUrl());
        project.streams[0].pagination.pageSize = 5000; // the demo allows 1 to 1000: 400
        SyncOptions options = fastOptions();
        options.streams = {u"customers"_s};
        const SyncSummary summary = sync(project, newFile(), options);
        QVERIFY(!summary.succeeded);
        QCOMPARE(summary.counters.requests, 1);
        QVERIFY2(summary.reason.contains(u"HTTP 400") && summary.reason.contains(u"'limit'"), qPrintable(summary.reason));
    }

    void repeatingPaginationStopsWithinBoundedRequests_data()
    {
        QTest::addColumn<bool>("selfLink");
        QTest::newRow("next link points to itself") << true;
        QTest::newRow("server repeats its last page past the end") << false;
    }
    void repeatingPaginationStopsWithinBoundedRequests()
    {
        QFETCH(bool, selfLink);
        cw::test::TestServer server;
        server.get("/items", [selfLink](const httplib::Request &req, httplib::Response &res) {
            const int page = req.has_param("page") ? std::stoi(req.get_param_value("page")) : 1;
            const int shown = std::min(page, 3); // pages past 3 repeat page 3
            JsonValue items = JsonValue::array();
            for (int i = 0; i < 10; ++i)
                items.push_back({{"id", shown * 100 + i}, {"name", "n"}});
            JsonValue body = {{"items", items}};
            if (selfLink)
                body["next"] = "/items"; // the same URL as the first request
            res.set_content(body.dump(), "application/json");
        });
        Project project = itemsProject(u"broken"_s, server.baseUrl());
        Stream &s = project.streams.first();
        if (selfLink) {
            s.pagination.type = PaginationType::NextUrl;
            s.pagination.nextUrlPath = u"/next"_s;
        } else {
            s.pagination.type = PaginationType::PageNumber;
            s.pagination.pageParam = u"page"_s;
        }
        const QString file = newFile();
        Warehouse w;
        QVERIFY(w.open(file));
        SyncEngine engine(project, {}, w, fastOptions());
        const SyncSummary summary = engine.run();
        QVERIFY(!summary.succeeded);
        QVERIFY2(summary.reason.contains(u"pagination repeats"), qPrintable(summary.reason));
        QCOMPARE(server.requestCount(), selfLink ? 1 : 4);
        QCOMPARE(rows(w, u"items"_s), selfLink ? 10 : 30);
    }

    void progressTotalIsThePaginationCount_data()
    {
        QTest::addColumn<QByteArray>("total");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("integer") << QByteArray("25") << qint64(25) << 25;
        QTest::newRow("a fraction rounds as pagination rounds it") << QByteArray("24.6") << qint64(25) << 25;
        QTest::newRow("beyond 2^63 saturates") << QByteArray("1e30") << std::numeric_limits<qint64>::max() << 25;
        // Pagination stops after the first page (its offset is past the total); the bar shows none.
        QTest::newRow("negative is no total") << QByteArray("-3") << qint64(-1) << 10;
        QTest::newRow("a string is no total") << QByteArray("\"25\"") << qint64(-1) << 25;
    }
    void progressTotalIsThePaginationCount()
    {
        QFETCH(QByteArray, total);
        QFETCH(qint64, expected);
        QFETCH(int, expectedRows);
        cw::test::TestServer server;
        server.get("/items", [total](const httplib::Request &req, httplib::Response &res) {
            const int offset = req.has_param("offset") ? std::stoi(req.get_param_value("offset")) : 0;
            std::string items;
            for (int i = offset; i < std::min(offset + 10, 25); ++i)
                items += (items.empty() ? "" : ",") + std::string(R"({"id":)") + std::to_string(i) + "}";
            res.set_content(R"({"items":[)" + items + R"(],"total":)" + total.toStdString() + "}", "application/json");
        });
        Project project = itemsProject(u"totals"_s, server.baseUrl());
        Stream &s = project.streams.first();
        s.pagination.type = PaginationType::OffsetLimit;
        s.pagination.offsetParam = u"offset"_s;
        s.pagination.limitParam = u"limit"_s;
        s.pagination.pageSize = 10;
        s.pagination.totalPath = u"/total"_s;
        Warehouse w;
        QVERIFY(w.open(newFile()));
        SyncEngine engine(project, {}, w, fastOptions());
        Recorder recorder;
        engine.setObserver(&recorder);
        const SyncSummary summary = engine.run();
        QVERIFY2(summary.succeeded, qPrintable(summary.reason));
        QCOMPARE(rows(w, u"items"_s), qint64(expectedRows));
        QCOMPARE(recorder.streamTotal, expected);
    }

    void cancellationStopsBetweenPages()
    {
        DemoServer server;
        QVERIFY(server.start(demo(2000)));
        const QString file = newFile();
        Warehouse w;
        QVERIFY(w.open(file));
        SyncOptions options = fastOptions();
        options.streams = {u"events"_s};
        std::atomic_bool cancel{false};
        struct Canceller final : SyncObserver {
            std::atomic_bool *flag;
            void syncProgress(const std::vector<SyncEvent> &events, const SyncCounters &) override
            {
                for (const SyncEvent &e : events) {
                    if (e.kind == SyncEvent::Kind::Checkpoint && e.checkpoint.sequence >= 3)
                        *flag = true;
                }
            }
        } canceller;
        canceller.flag = &cancel;
        options.eventIntervalMs = 0;
        SyncEngine engine(demoProject(server.baseUrl()), demoValues(), w, options);
        engine.setObserver(&canceller);
        const SyncSummary summary = engine.run(&cancel);
        QVERIFY(summary.cancelled);
        QVERIFY(!summary.succeeded);
        QCOMPARE(w.lastCheckpointSequence(), 3);
        QCOMPARE(rows(w, u"events"_s), 120);
    }

    void resumeFromAnEarlierCheckpoint()
    {
        DemoServer server;
        QVERIFY(server.start(demo(200)));
        const Project project = demoProject(server.baseUrl());
        const QString file = newFile();
        SyncOptions options = fastOptions();
        options.streams = {u"products"_s};
        QVERIFY(sync(project, file, options).succeeded);
        {
            Warehouse w;
            QVERIFY(w.open(file));
            QVERIFY(w.restoreCheckpoint(2));
            QCOMPARE(w.state().at("products").at("cursor").dump(), w.checkpoint(2)->state.at("products").at("cursor").dump());
        }
        const SyncSummary again = sync(project, file, options);
        QVERIFY(again.succeeded);
        // Pages 3 to 5 come again (and the ties at the cursor): upserted, not duplicated.
        QVERIFY2(again.counters.operations.upserts >= 120, qPrintable(QString::number(again.counters.operations.upserts)));
        Warehouse w;
        QVERIFY(w.open(file));
        QCOMPARE(rows(w, u"products"_s), 200);
    }

    void retryTimingRules()
    {
        const QDateTime now = QDateTime::fromString(u"2024-05-01T12:00:00Z"_s, Qt::ISODate);
        HttpResponse r;
        r.status = 429;
        r.headers = {{"Retry-After", "3"}};
        QCOMPARE(*serverRequestedWaitMs(r, now), 3000);
        r.headers = {{"Retry-After", "Wed, 01 May 2024 12:00:10 GMT"}};
        QCOMPARE(*serverRequestedWaitMs(r, now), 10000);
        r.headers = {{"X-RateLimit-Reset", QByteArray::number(now.toSecsSinceEpoch() + 7)}};
        QCOMPARE(*serverRequestedWaitMs(r, now), 7000);
        r.headers = {{"X-RateLimit-Reset", "2"}};
        QCOMPARE(*serverRequestedWaitMs(r, now), 2000);
        r.headers = {};
        QVERIFY(!serverRequestedWaitMs(r, now));

        RetryPolicy policy;
        policy.initialBackoffMs = 100;
        policy.maxBackoffMs = 1000;
        policy.maxAttempts = 4;
        std::mt19937_64 random(1);
        r.status = 503;
        RetryVerdict v = classifyForRetry(r, 1, 0, policy, now, random);
        QVERIFY(v.retry);
        QVERIFY(v.waitMs >= 50 && v.waitMs <= 100);
        v = classifyForRetry(r, 3, 0, policy, now, random);
        QVERIFY(v.waitMs >= 200 && v.waitMs <= 400);
        QVERIFY(!classifyForRetry(r, 4, 0, policy, now, random).retry);
        r.headers = {{"Retry-After", "100000"}};
        v = classifyForRetry(r, 1, 0, policy, now, random);
        QVERIFY(!v.retry);
        QVERIFY2(v.reason.contains(u"longer than"), qPrintable(v.reason));
        r.status = 404;
        QVERIFY(!classifyForRetry(r, 1, 0, policy, now, random).retry);
        r.status = 403;
        r.headers = {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "1"}};
        v = classifyForRetry(r, 1, 0, policy, now, random);
        QVERIFY(v.retry && v.serverAsked && v.waitMs == 1000);
        r.status = 0;
        r.error = u"Connection reset"_s;
        QVERIFY(classifyForRetry(r, 1, 0, policy, now, random).retry);
        QVERIFY(!classifyForRetry(r, 1, policy.maxTotalWaitMs, policy, now, random).retry);

        RateLimiter limiter(200);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 11; ++i)
            limiter.acquire();
        QVERIFY2(timer.elapsed() >= 45, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
