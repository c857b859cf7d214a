// SPDX-License-Identifier: MIT
// The run panel against the demo API: a full sync into the warehouse with its checkpoint
// timeline and results, a stop that keeps everything up to the last checkpoint, a resume
// from an earlier checkpoint that duplicates nothing, and a reset.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include "models/core/codegen/connectorgenerator.h"
#include "models/core/codegen/pythonruntime.h"
#include "models/core/demo/demoproject.h"
#include "models/core/demo/demoserver.h"
#include "models/itemmodels/checkpointmodel.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/runlogmodel.h"
#include "models/itemmodels/synclogmodel.h"
#include "models/itemmodels/warehousequerymodel.h"
#include "widgets/runpanel/runpanel.h"

using namespace cw;

class TestRunPanel final : public QObject
{
    Q_OBJECT

private:
    DemoServer server;
    ProjectDocument document;
    QString token;

    qint64 count(RunPanel &panel, const QString &sql)
    {
        const QueryResult result = panel.results()->warehouse()->query(sql);
        if (!result.error.isEmpty() || result.rows.empty()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(result.error));
            return -1;
        }
        return result.rows[0][0].get<qint64>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        DemoServer::Options options;
        options.records = 1200;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        Project project = makeDemoProject(server.baseUrl());
        project.name = QStringLiteral("Run panel test");
        ConfigurationValues values;
        token = options.bearerToken;
        values.insert(QStringLiteral("api_token"), options.bearerToken);
        document.reset(project, {}, values);
    }

    void syncsResumesAndResets()
    {
        RunPanel panel(&document);
        panel.resize(1200, 500);
        panel.show();
        // Every model of the panel is checked while it fills, resets and pages.
        QAbstractItemModelTester requests(panel.log(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester checkpoints(panel.checkpoints(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel.resetWarehouse(true));
        QSignalSpy finished(&panel, &RunPanel::runFinished);

        panel.runAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(panel.summaryText()));
        QVERIFY(panel.summaryText().contains(QStringLiteral("SUCCEEDED")));
        QVERIFY(panel.log()->rowCount() > 5);
        QVERIFY(panel.checkpoints()->rowCount() > 5);
        QVERIFY(panel.results()->isOpen());
        QCOMPARE(count(panel, QStringLiteral("SELECT COUNT(*) FROM customers")), qint64(1200));
        // The results tab reads tables lazily, a page at a time, and refuses writes. (A model of
        // its own here: the panel's view fetches as it pleases.)
        WarehouseQueryModel results;
        QVERIFY(results.open(panel.warehousePath()));
        QVERIFY(results.setQuery(QStringLiteral("SELECT id FROM customers ORDER BY id;")));
        QCOMPARE(results.rowCount(), WarehouseQueryModel::kPageRows);
        QVERIFY(results.canFetchMore({}));
        while (results.canFetchMore({}))
            results.fetchMore({});
        QCOMPARE(results.rowCount(), 1200);
        QCOMPARE(results.index(1199, 0).data().toString(), QStringLiteral("1200"));
        QVERIFY(!results.setQuery(QStringLiteral("DELETE FROM customers")));
        QVERIFY(!results.error().isEmpty());
        // The model checker calls fetchMore() inside its own reset handling, which no lazy
        // model survives; it checks a result that fits one page.
        WarehouseQueryModel small;
        QAbstractItemModelTester smallTester(&small, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(small.open(panel.warehousePath()));
        QVERIFY(small.setQuery(QStringLiteral("SELECT id, name FROM customers WHERE id <= 20")));
        QCOMPARE(small.rowCount(), 20);
        QVERIFY(small.setQuery(QStringLiteral("SELECT * FROM orders ORDER BY id LIMIT 3")));
        QCOMPARE(small.rowCount(), 3);

        // Resume from the second checkpoint: the pages after it are fetched again and
        // upserted by key, so the tables end exactly as they were.
        const qint64 customers = count(panel, QStringLiteral("SELECT COUNT(*) FROM customers"));
        const qint64 second = panel.checkpoints()->entry(1).sequence;
        finished.clear();
        panel.resumeFromCheckpoint(second);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(count(panel, QStringLiteral("SELECT COUNT(*) FROM customers")), customers);

        // Stop mid-run: the run ends as stopped, and the button offers to resume.
        QVERIFY(panel.resetWarehouse(true));
        finished.clear();
        panel.runAll();
        QTRY_VERIFY_WITH_TIMEOUT(panel.log()->rowCount() > 0, 20000);
        panel.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!panel.isRunning());

        QVERIFY(panel.resetWarehouse(true));
        QCOMPARE(panel.checkpoints()->rowCount(), 0);
    }

    void runsTheCodePanesConnectorWithPython()
    {
        QString why;
        if (!findPython(&why))
            QSKIP(qPrintable(QStringLiteral("no python3 with requests: ") + why));
        RunPanel panel(&document);
        const QString code = generateConnector(document.project(), planProject(document.project(), nullptr)).code;
        panel.setConnectorSource([code] { return code; });
        panel.setEngine(RunPanel::Engine::Python);
        QVERIFY(panel.resetWarehouse(true));
        QSignalSpy finished(&panel, &RunPanel::runFinished);
        panel.runAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(panel.summaryText()));
        QCOMPARE(count(panel, QStringLiteral("SELECT COUNT(*) FROM customers")), qint64(1200));
        QVERIFY(panel.checkpoints()->rowCount() > 5);
    }

    void runsFivetranDebugWhereTheCliIsInstalled()
    {
        // A stand-in `fivetran` that checks what the real one would be given (run in the
        // exported folder, the Code pane's connector.py, the secret only in the --configuration
        // file, which only its owner can read), then prints what the local tester prints.
        QTemporaryDir bin;
        const QString script = bin.filePath(QStringLiteral("fivetran"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(
                       "#!/bin/sh\n"
                       "[ \"$1 $2\" = 'debug --configuration' ] || { echo \"SEVERE bad arguments: $*\"; exit 2; }\n"
                       "[ -f connector.py ] || { echo \"SEVERE no connector.py in $(pwd)\"; exit 3; }\n"
                       "grep -q 'edited in the code pane' connector.py || { echo 'SEVERE not the code pane text'; exit 4; }\n"
                       "grep -q '%1' \"$3\" || { echo 'SEVERE the configuration lacks the token'; exit 5; }\n"
                       "[ \"$(stat -c %a \"$3\")\" = 600 ] || { echo 'SEVERE configuration readable by others'; exit 6; }\n"
                       "grep -q '%1' configuration.json && { echo 'SEVERE the export holds the token'; exit 7; }\n"
                       "echo \"configuration: $3\"\n"
                       "echo \"07:26:04.873 INFO sdk debugging connector at: $(pwd)\"\n"
                       "echo '07:26:05.120 WARNING connector retrying after 429'\n"
                       "printf 'INFO debugger: SYNC PROGRESS:\\nOperation     | Calls\\n------------- + ------------\\n'\n"
                       "printf 'Upserts       | 1234\\nUpdates       | 0\\nDeletes       | 0\\nTruncates     | 0\\n'\n"
                       "printf 'SchemaChanges | 3\\nCheckpoints   | 13\\nINFO debugger: Sync SUCCEEDED\\n'\n")
                       .arg(token)
                       .toUtf8());
        file.close();
        QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        qputenv("CW_FIVETRAN", script.toUtf8());
        RunPanel panel(&document);
        qunsetenv("CW_FIVETRAN");
        QString code = generateConnector(document.project(), planProject(document.project(), nullptr)).code;
        code.prepend(QStringLiteral("# edited in the code pane\n"));
        panel.setConnectorSource([code] { return code; });
        panel.setEngine(RunPanel::Engine::FivetranCli);
        QCOMPARE(panel.engine(), RunPanel::Engine::FivetranCli);
        QSignalSpy finished(&panel, &RunPanel::runFinished);
        qputenv("CW_FIVETRAN", script.toUtf8());
        panel.runAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        qunsetenv("CW_FIVETRAN");
        QStringList log;
        bool warned = false;
        for (int row = 0; row < panel.logLines()->rowCount(); ++row) {
            const QString line = panel.logLines()->index(row, SyncLogModel::MessageColumn).data().toString();
            log << line;
            warned = warned || (line.contains(QStringLiteral("429")) && panel.logLines()->line(row).level == LogLevel::Warning);
        }
        QVERIFY2(finished.first().first().toBool(), qPrintable(panel.summaryText() + log.join(u'\n')));
        QVERIFY(panel.summaryText().contains(QStringLiteral("Sync SUCCEEDED")));
        QVERIFY(panel.summaryText().contains(QRegularExpression(QStringLiteral("Upserts:\\s+1,?234"))));
        QVERIFY(panel.summaryText().contains(QRegularExpression(QStringLiteral("Checkpoints:\\s+13"))));
        QVERIFY(warned);
        // The export stays for the user to inspect; the file with the secret is gone.
        QVERIFY(QFile::exists(QDir(panel.fivetranDebugFolder()).filePath(QStringLiteral("connector.py"))));
        const QString configuration = log.filter(QStringLiteral("configuration: ")).value(0).section(u' ', 1);
        QVERIFY(!configuration.isEmpty());
        QVERIFY(!QFile::exists(configuration));
    }
};

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"
