// SPDX-License-Identifier: MIT
// cwb fetch against `cwb demo-server`: the Nth page in text and JSON, configuration from
// options and a file, exit codes, and --save-sample writing a redacted sample.
#include <csignal>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/fixtures.h"

class TestCwbFetch final : public QObject
{
    Q_OBJECT

private:
    using Result = cw::testing::ProcessResult;

    static Result cwb(const QStringList &args, int timeoutMs = 60000)
    {
        return cw::testing::runProcess(QStringLiteral(CWB_PATH), args, timeoutMs);
    }

    QStringList fetch(const QStringList &more) const
    {
        return QStringList{QStringLiteral("fetch"), m_project} + more;
    }

    QProcess m_server;
    QString m_baseUrl;
    QTemporaryDir m_dir;
    QString m_project;
    const QString m_token = QStringLiteral("api_token=demo-token");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.start(QStringLiteral(CWB_PATH), {QStringLiteral("demo-server"), QStringLiteral("--records"),
                                                  QStringLiteral("250"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        m_baseUrl = QString::fromUtf8(m_server.readLine()).trimmed();
        m_project = m_dir.filePath(QStringLiteral("demo.cwproj"));
        const Result made = cwb({QStringLiteral("demo-project"), QStringLiteral("-o"), m_project,
                                 QStringLiteral("--base-url"), m_baseUrl});
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_server.processId()), SIGTERM);
        QVERIFY(m_server.waitForFinished(10000));
    }

    void firstPageAsText()
    {
        const Result r = cwb(fetch({QStringLiteral("customers"), QStringLiteral("--config"), m_token}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("HTTP 200\n"), r.out.left(200).constData());
        QVERIFY(r.out.contains("Content-Type: application/json"));
        const qsizetype blank = r.out.indexOf("\n\n");
        QVERIFY(blank > 0);
        const auto body = nlohmann::json::parse(r.out.mid(blank + 2).toStdString());
        QCOMPARE(body.at("offset").get<int>(), 0);
        QVERIFY(r.err.contains(QByteArray("GET " + m_baseUrl.toUtf8() + "/customers")));
    }

    void nthPageAsJson()
    {
        const Result r = cwb(fetch({QStringLiteral("customers"), QStringLiteral("--page"), QStringLiteral("3"),
                                    QStringLiteral("--json"), QStringLiteral("--config"), m_token}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto out = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(out.at("status").get<int>(), 200);
        QCOMPARE(out.at("page").get<int>(), 3);
        QCOMPARE(out.at("records").get<int>(), 50); // 250 records, 100 a page
        QCOMPARE(out.at("body").at("offset").get<int>(), 200);
        QVERIFY(out.at("headers").is_array());
        QVERIFY(out.at("timings").contains("totalMs"));
        QVERIFY(!out.at("tlsVerificationDisabled").get<bool>());
    }

    void configFromFile()
    {
        const QString config = m_dir.filePath(QStringLiteral("configuration.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"api_token": "demo-token"})");
        file.close();
        const Result r = cwb(fetch({QStringLiteral("orders"), QStringLiteral("--config-file"), config, QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(nlohmann::json::parse(r.out.toStdString()).at("status").get<int>(), 200);
    }

    void failuresAndUsage()
    {
        const Result beyond = cwb(fetch({QStringLiteral("customers"), QStringLiteral("--page"), QStringLiteral("9"),
                                         QStringLiteral("--config"), m_token}));
        QCOMPARE(beyond.exitCode, 1);
        QVERIFY2(beyond.err.contains("only 3 page"), beyond.err.constData());

        const Result denied = cwb(fetch({QStringLiteral("customers"), QStringLiteral("--json"), QStringLiteral("--config"),
                                         QStringLiteral("api_token=wrong-token")}));
        QCOMPARE(denied.exitCode, 1);
        QCOMPARE(nlohmann::json::parse(denied.out.toStdString()).at("status").get<int>(), 401);
        QVERIFY(!denied.out.contains("wrong-token"));
        QVERIFY(!denied.err.contains("wrong-token"));

        QCOMPARE(cwb(fetch({QStringLiteral("nope"), QStringLiteral("--config"), m_token})).exitCode, 2);
        QCOMPARE(cwb(fetch({QStringLiteral("customers"), QStringLiteral("--page"), QStringLiteral("0")})).exitCode, 2);
        QCOMPARE(cwb({QStringLiteral("fetch"), m_project}).exitCode, 2);
        const Result help = cwb({QStringLiteral("fetch"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--save-sample"));
    }

    void saveSample()
    {
        const Result r = cwb(fetch({QStringLiteral("customers"), QStringLiteral("--page"), QStringLiteral("2"),
                                    QStringLiteral("--json"), QStringLiteral("--save-sample"), QStringLiteral("--config"), m_token}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(nlohmann::json::parse(r.out.toStdString()).at("sampleId").get<qint64>() > 0);
        const QString db = m_project + QStringLiteral(".cwbdb");
        QVERIFY(QFile::exists(db));
        for (const QString &path : QStringList{db, db + QStringLiteral("-wal")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains("demo-token"), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestCwbFetch)
#include "tst_cwb_fetch.moc"
