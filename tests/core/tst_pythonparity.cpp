// SPDX-License-Identifier: MIT
// Parity of the two engines: for every pagination style (offset, page numbers, Link header,
// cursor token, the last record's id as the cursor, next URL, a child stream without pagination) and incremental mode (first
// sync from the configured start, resume from the stored cursor, lookback in RFC 3339, a
// date-only cursor parameter, a child stream's parent cursor, the deletions feeds) of the demo API, the native
// SyncEngine and the generated Python connector produce identical warehouse tables (apart
// from _fivetran_synced) and identical state, before and after simulated time moves on.
#include <algorithm>

#include <QTemporaryDir>
#include <QTest>

#include "models/core/codegen/pythonengine.h"
#include "models/core/codegen/pythonruntime.h"
#include "models/core/demo/demoproject.h"
#include "models/core/demo/demoserver.h"
#include "models/core/http/httpclient.h"
#include "models/core/samples/samplestore.h"
#include "models/core/sync/pagewalker.h"
#include "models/core/sync/syncengine.h"
#include "models/core/warehouse/warehouse.h"

using namespace cw;

namespace {

// The demo project with small pages, plus the styles and modes it does not use itself.
Project parityProject(const QString &baseUrl)
{
    Project project = makeDemoProject(baseUrl);
    for (Stream &s : project.streams)
        s.pagination.pageSize = 40;

    Stream byPage = *project.stream(QStringLiteral("products"));
    byPage.name = QStringLiteral("products_by_page");
    byPage.table.name = byPage.name;
    byPage.pagination.type = PaginationType::PageNumber;
    byPage.pagination.pageSize = 35;

    Stream lookback = *project.stream(QStringLiteral("orders"));
    lookback.name = QStringLiteral("orders_lookback");
    lookback.table.name = lookback.name;
    lookback.table.nested[0].tableName = QStringLiteral("orders_lookback_line_items");
    lookback.incremental.lookbackSeconds = 3600;

    Stream byDate = *project.stream(QStringLiteral("events"));
    byDate.name = QStringLiteral("events_by_date");
    byDate.table.name = byDate.name;
    byDate.incremental.format = QStringLiteral("date");

    // Stripe style: the next page starts after the last record's id.
    Stream byLastId = *project.stream(QStringLiteral("events"));
    byLastId.name = QStringLiteral("events_by_last_id");
    byLastId.table.name = byLastId.name;
    byLastId.pagination.type = PaginationType::CursorToken;
    byLastId.pagination.nextUrlPath.clear();
    byLastId.pagination.cursorParam = QStringLiteral("after");
    byLastId.pagination.lastRecordCursorPath = QStringLiteral("/id");
    project.streams << byPage << lookback << byDate << byLastId;
    return project;
}

ConfigurationValues values()
{
    return {{QStringLiteral("api_token"), QStringLiteral("demo-token")}};
}

// One recorded page per stream, so that both engines infer their columns from the same samples.
bool recordSamples(const Project &project, const QString &path)
{
    SampleStore store;
    if (!store.open(path))
        return false;
    HttpClient client;
    ConfigurationValues v = values();
    for (const Stream &stream : project.streams) {
        QHash<QString, QString> pathValues;
        if (!stream.parent.stream.isEmpty())
            pathValues.insert(stream.parent.pathParameter, QStringLiteral("1"));
        PageWalker walker(project, stream, v, {}, pathValues);
        const PageFetch page = walker.fetchNext(client);
        if (!page.error.isEmpty() || store.add(stream.name, page, project, v) == 0)
            return false;
    }
    return true;
}

// Every table with its columns (by name, _fivetran_synced left out) and rows in key order.
QString dumpTables(const Warehouse &warehouse)
{
    QStringList tables;
    for (const WarehouseTable &table : warehouse.tables()) {
        QStringList columns;
        for (const WarehouseColumn &column : table.columns)
            columns << column.name;
        columns << QStringLiteral("_fivetran_deleted");
        std::sort(columns.begin(), columns.end());
        QStringList quoted;
        for (const QString &column : columns)
            quoted << u'"' + column + u'"';
        const QStringList order = table.primaryKey.isEmpty() ? QStringList{QStringLiteral("_fivetran_id")} : table.primaryKey;
        const QueryResult result = warehouse.query(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                                                       .arg(quoted.join(QStringLiteral(", ")), table.name, order.join(QStringLiteral(", "))));
        tables << table.name + u'\n' + columns.join(u',') + u'\n' + QString::fromStdString(JsonValue(result.rows).dump())
                      + (result.error.isEmpty() ? QString() : u'\n' + result.error);
    }
    std::sort(tables.begin(), tables.end());
    return tables.join(u'\n');
}

qint64 rowCount(const Warehouse &warehouse, const QString &table)
{
    const std::optional<WarehouseTable> t = warehouse.table(table, true);
    return t ? t->rowCount : -1;
}

// The first line where two dumps differ, for a readable failure.
QString firstDifference(const QString &a, const QString &b)
{
    const QStringList x = a.split(u'\n');
    const QStringList y = b.split(u'\n');
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        if (x.value(i) != y.value(i))
            return QStringLiteral("line %1\n native: %2\n python: %3").arg(i + 1).arg(x.value(i).left(600), y.value(i).left(600));
    }
    return {};
}

} // namespace

class TestPythonParity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enginesAgree();
    void cancelKeepsLastCheckpoint();
    void connectorErrorsFailTheRun();

private:
    QString m_python;
};

void TestPythonParity::initTestCase()
{
    QString error;
    const std::optional<PythonInterpreter> python = findPython(&error);
    if (!python)
        QSKIP(qPrintable(QStringLiteral("Python parity not tested: ") + error));
    m_python = python->program;
}

void TestPythonParity::enginesAgree()
{
    DemoServer server;
    DemoServer::Options options;
    options.records = 200;
    QVERIFY(server.start(options));
    const Project project = parityProject(server.baseUrl());
    QTemporaryDir dir;
    const QString samples = dir.filePath(QStringLiteral("samples.cwbdb"));
    QVERIFY(recordSamples(project, samples));

    Warehouse native;
    Warehouse python;
    QVERIFY(native.open(dir.filePath(QStringLiteral("native.db"))));
    QVERIFY(python.open(dir.filePath(QStringLiteral("python.db"))));
    SyncOptions syncOptions;
    syncOptions.samplesPath = samples;
    PythonRunOptions pythonOptions;
    pythonOptions.samplesPath = samples;
    pythonOptions.python = m_python;

    for (int round = 0; round < 3; ++round) {
        if (round > 0)
            server.advanceTime(1);  // updates, inserts and deletes, then an incremental sync
        const SyncSummary a = SyncEngine(project, values(), native, syncOptions).run();
        QVERIFY2(a.succeeded, qPrintable(a.reason));
        const SyncSummary b = PythonEngine(project, values(), python, pythonOptions).run();
        QVERIFY2(b.succeeded, qPrintable(b.reason));

        const QString nativeTables = dumpTables(native);
        const QString pythonTables = dumpTables(python);
        QVERIFY2(nativeTables == pythonTables, qPrintable(QStringLiteral("round %1: ").arg(round) + firstDifference(nativeTables, pythonTables)));
        QCOMPARE(QString::fromStdString(python.state().dump()), QString::fromStdString(native.state().dump()));
        QCOMPARE(b.counters.rowsPerTable, a.counters.rowsPerTable);
    }
    // The walk covered every stream and table, and state holds a cursor per incremental stream.
    for (const char *table : {"customers", "customer_notes", "products", "orders", "order_line_items", "events",
                              "products_by_page", "orders_lookback", "orders_lookback_line_items", "events_by_date",
                              "events_by_last_id"})
        QVERIFY2(rowCount(python, QLatin1String(table)) > 0, table);
    QCOMPARE(rowCount(python, QStringLiteral("customers")), 200 + 2 + 2);
    // The deletions feeds were read by both: rows marked deleted, their cursors in the state.
    for (const char *table : {"customers", "products", "orders", "events", "products_by_page", "events_by_last_id"}) {
        const QueryResult deleted = python.query(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE _fivetran_deleted = 1").arg(QLatin1String(table)));
        QVERIFY2(deleted.error.isEmpty() && deleted.rows.at(0).at(0).get<qint64>() > 0, table);
        QVERIFY2(python.state().at(table).contains("deletions_cursor"), table);
    }
    QCOMPARE(rowCount(python, QStringLiteral("events_by_last_id")), rowCount(python, QStringLiteral("events")));  // 2 inserts per epoch (N/100)
    for (const char *stream : {"customers", "customer_notes", "products", "orders", "events", "products_by_page",
                               "orders_lookback", "events_by_date", "events_by_last_id"})
        QVERIFY2(python.state().contains(stream), stream);
}

void TestPythonParity::cancelKeepsLastCheckpoint()
{
    DemoServer server;
    DemoServer::Options options;
    options.records = 200;
    options.faults = QStringLiteral("slow@1:300");  // every request takes 300 ms
    QVERIFY(server.start(options));
    Project project = parityProject(server.baseUrl());
    QTemporaryDir dir;
    Warehouse warehouse;
    QVERIFY(warehouse.open(dir.filePath(QStringLiteral("python.db"))));
    PythonRunOptions pythonOptions;
    pythonOptions.python = m_python;
    std::atomic_bool cancel{false};
    struct Watch final : SyncObserver {
        std::atomic_bool *cancel;
        void syncProgress(const std::vector<SyncEvent> &events, const SyncCounters &) override
        {
            for (const SyncEvent &e : events) {
                if (e.kind == SyncEvent::Kind::Checkpoint)
                    *cancel = true;  // stop after the first committed page
            }
        }
    } watch;
    watch.cancel = &cancel;
    pythonOptions.eventIntervalMs = 0;
    PythonEngine engine(project, values(), warehouse, pythonOptions);
    engine.setObserver(&watch);
    const SyncSummary summary = engine.run(&cancel);
    QVERIFY(summary.cancelled);
    QVERIFY(!summary.succeeded);
    QVERIFY(summary.counters.checkpoints >= 1);
    // Only whole pages: the rows are those of the committed checkpoints.
    const qint64 rows = rowCount(warehouse, QStringLiteral("customers"));
    QVERIFY2(rows > 0 && rows % 40 == 0, qPrintable(QString::number(rows)));
    QVERIFY(warehouse.state().contains("customers"));
}

void TestPythonParity::connectorErrorsFailTheRun()
{
    DemoServer server;
    DemoServer::Options options;
    options.records = 100;
    QVERIFY(server.start(options));
    const Project project = parityProject(server.baseUrl());
    QTemporaryDir dir;
    Warehouse warehouse;
    QVERIFY(warehouse.open(dir.filePath(QStringLiteral("python.db"))));
    PythonRunOptions pythonOptions;
    pythonOptions.python = m_python;
    // A wrong token: the API answers 401, the generated code raises, nothing is committed.
    const SyncSummary summary = PythonEngine(project, {{QStringLiteral("api_token"), QStringLiteral("wrong")}}, warehouse,
                                             pythonOptions).run();
    QVERIFY(!summary.succeeded);
    QVERIFY2(summary.reason.contains(QStringLiteral("HTTP 401")), qPrintable(summary.reason));
    QVERIFY(!summary.reason.contains(QStringLiteral("wrong")));
    QCOMPARE(rowCount(warehouse, QStringLiteral("customers")), -1);
}

QTEST_GUILESS_MAIN(TestPythonParity)
#include "tst_pythonparity.moc"
