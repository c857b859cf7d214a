// SPDX-License-Identifier: MIT
// WalkJob against the in-process demo API: every stream of the demo project walks to the end
// on the worker thread, and a child stream makes one request per parent record.
#include <QTest>

#include "models/core/demo/demoproject.h"
#include "models/core/demo/demoserver.h"
#include "models/core/sync/walkjob.h"

using namespace cw;

class TestWalkJobDemo final : public QObject
{
    Q_OBJECT

    struct Run {
        QHash<QString, int> pages;
        QHash<QString, qint64> records;
        QHash<QString, QString> reasons;
        QHash<QString, bool> failed;
        int finished = 0;
        bool ok = false;
    };

    // Signals come from the worker thread; a context object in this thread makes them queued.
    void runJob(WalkJob &job, Run &run)
    {
        connect(&job, &WalkJob::streamFinished, this,
                [&run](const QString &stream, int pages, qint64 records, const QString &reason, bool failed) {
                    run.pages[stream] = pages;
                    run.records[stream] = records;
                    run.reasons[stream] = reason;
                    run.failed[stream] = failed;
                });
        connect(&job, &WalkJob::finished, this, [&run](bool ok, bool) {
            run.ok = ok;
            ++run.finished;
        });
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(run.finished, 1, 60000);
    }

    DemoServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        DemoServer::Options options;
        options.records = 120;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    void everyDemoStreamWalksToTheEnd()
    {
        const Project project = makeDemoProject(m_server.baseUrl());
        QStringList names;
        for (const Stream &stream : project.streams)
            names.append(stream.name);
        WalkJob job(project, names, {{QStringLiteral("api_token"), QStringLiteral("demo-token")}});
        Run run;
        runJob(job, run);
        QVERIFY(run.ok);
        for (const QString &name : names) {
            QVERIFY2(!run.failed.value(name), qPrintable(name + u": " + run.reasons.value(name)));
            if (project.stream(name)->parent.stream.isEmpty())
                QCOMPARE(run.records.value(name), qint64(120));
        }
        // One request per customer, each a single page.
        QCOMPARE(run.pages.value(QStringLiteral("customer_notes")), 120);
        QVERIFY(run.reasons.value(QStringLiteral("customer_notes")).contains(QStringLiteral("120")));
    }

    void childStreamHonoursThePageLimit()
    {
        const Project project = makeDemoProject(m_server.baseUrl());
        WalkJob job(project, {QStringLiteral("customer_notes")},
                    {{QStringLiteral("api_token"), QStringLiteral("demo-token")}}, 1);
        Run run;
        runJob(job, run);
        QVERIFY(run.ok);
        QCOMPARE(run.pages.value(QStringLiteral("customer_notes")), 1);
    }

    void missingSecretFailsBeforeAnyRequest()
    {
        const Project project = makeDemoProject(m_server.baseUrl());
        WalkJob job(project, {QStringLiteral("customers")}, {});
        Run run;
        runJob(job, run);
        QVERIFY(!run.ok);
        QVERIFY(run.failed.value(QStringLiteral("customers")));
        QVERIFY2(run.reasons.value(QStringLiteral("customers")).contains(QStringLiteral("api_token")),
                 qPrintable(run.reasons.value(QStringLiteral("customers"))));
        QCOMPARE(run.pages.value(QStringLiteral("customers")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWalkJobDemo)
#include "tst_walkjob_demo.moc"
