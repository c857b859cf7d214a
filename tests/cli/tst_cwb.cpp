// SPDX-License-Identifier: MIT
// cwb as scripts and acceptance checks call it: exit codes, output, and the demo API walked
// end to end in every pagination style through the real executable.
#include <csignal>

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/fixtures.h"

class TestCwb final : public QObject
{
    Q_OBJECT

private:
    using Result = cw::testing::ProcessResult;

    static Result cwb(const QStringList &args, int timeoutMs = 60000)
    {
        return cw::testing::runProcess(QStringLiteral(CWB_PATH), args, timeoutMs);
    }

    QProcess m_server;
    QString m_baseUrl;
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.start(QStringLiteral(CWB_PATH), {QStringLiteral("demo-server"), QStringLiteral("--records"),
                                                  QStringLiteral("1234"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        m_baseUrl = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(m_baseUrl.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(m_baseUrl));

        m_project = m_dir.filePath(QStringLiteral("demo.cwproj"));
        const Result made = cwb({QStringLiteral("demo-project"), QStringLiteral("-o"), m_project,
                                 QStringLiteral("--base-url"), m_baseUrl});
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        // SIGTERM must stop the server cleanly with exit status 0.
        ::kill(pid_t(m_server.processId()), SIGTERM);
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }

    void versionAndUsage()
    {
        const Result version = cwb({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("cwb "));
        QCOMPARE(cwb({}).exitCode, 2);
        const Result unknown = cwb({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command"));
        const Result help = cwb({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("demo-server"));
        QCOMPARE(cwb({QStringLiteral("demo-server"), QStringLiteral("--records"), QStringLiteral("many")}).exitCode, 2);
    }

    void validate()
    {
        const Result good = cwb({QStringLiteral("validate"), m_project});
        QVERIFY2(good.exitCode == 0, good.err.constData());
        QVERIFY(good.out.contains("valid"));

        const QString broken = m_dir.filePath(QStringLiteral("broken.cwproj"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"connector-workbench-project\", \"formatVersion\": 1, \"name\": \"x\","
                   " \"connection\": {\"baseUrl\": \"http://h\"}, \"streams\": [{\"name\": \"a\","
                   " \"request\": {\"path\": \"/a\"}, \"pagination\": {\"type\": \"pages\"}}]}");

        file.close();
        const Result bad = cwb({QStringLiteral("validate"), broken});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("/streams/0/pagination/type"), bad.err.constData());

        const Result missing = cwb({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("nope.cwproj"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
    }

    void walkEveryPaginationStyle_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::newRow("offset/limit with total") << QStringLiteral("customers");
        QTest::newRow("page number with Link header") << QStringLiteral("products");
        QTest::newRow("cursor token with has_more") << QStringLiteral("orders");
        QTest::newRow("relative next URL") << QStringLiteral("events");
    }

    void walkEveryPaginationStyle()
    {
        QFETCH(QString, stream);
        const Result walk = cwb({QStringLiteral("walk"), m_project, stream, QStringLiteral("--json"),
                                 QStringLiteral("--config"), QStringLiteral("api_token=demo-token")});
        QVERIFY2(walk.exitCode == 0, walk.err.constData());
        const auto summary = nlohmann::json::parse(walk.out.toStdString());
        QCOMPARE(summary.at("records").get<qint64>(), 1234);
        QCOMPARE(summary.at("uniqueKeys").get<qint64>(), 1234);
        QVERIFY(summary.at("ok").get<bool>());
        QVERIFY(summary.at("pages").get<int>() >= 2);
    }

    void walkWithoutCredentialsFails()
    {
        const Result walk = cwb({QStringLiteral("walk"), m_project, QStringLiteral("customers"),
                                 QStringLiteral("--config"), QStringLiteral("api_token=wrong-token")});
        QCOMPARE(walk.exitCode, 1);
        QVERIFY2(walk.out.contains("401") || walk.err.contains("401"), walk.out.constData());
        // The secret never appears in what cwb prints.
        QVERIFY(!walk.out.contains("wrong-token"));
        QVERIFY(!walk.err.contains("wrong-token"));
    }
};

QTEST_GUILESS_MAIN(TestCwb)
#include "tst_cwb.moc"
