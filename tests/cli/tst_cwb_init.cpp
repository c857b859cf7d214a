// SPDX-License-Identifier: MIT
// cwb init against the demo API: the written project walks every resource to the end, and
// the bearer token never reaches the project file or the output.
#include <csignal>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/fixtures.h"

class TestCwbInit final : public QObject
{
    Q_OBJECT

private:
    using Result = cw::testing::ProcessResult;

    static Result cwb(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return cw::testing::runProcess(QStringLiteral(CWB_PATH), args, 60000, env);
    }

    QProcess m_server;
    QString m_baseUrl;
    QTemporaryDir m_dir;
    static constexpr int kRecords = 1234;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.start(QStringLiteral(CWB_PATH), {QStringLiteral("demo-server"), QStringLiteral("--records"),
                                                  QString::number(kRecords), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        m_baseUrl = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(m_baseUrl.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(m_baseUrl));
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_server.processId()), SIGTERM);
        QVERIFY(m_server.waitForFinished(10000));
    }

    void initAndWalk_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("pagination");
        QTest::addColumn<QString>("recordsPath");
        QTest::newRow("offset + total") << QStringLiteral("customers") << QStringLiteral("offset") << QStringLiteral("/data");
        QTest::newRow("page + Link header") << QStringLiteral("products") << QStringLiteral("linkHeader") << QString();
        QTest::newRow("cursor + has_more") << QStringLiteral("orders") << QStringLiteral("cursor") << QStringLiteral("/orders");
        QTest::newRow("relative next URL") << QStringLiteral("events") << QStringLiteral("nextUrl") << QStringLiteral("/events");
    }

    void initAndWalk()
    {
        QFETCH(QString, resource);
        QFETCH(QString, pagination);
        QFETCH(QString, recordsPath);
        const QString project = m_dir.filePath(resource + QStringLiteral(".cwproj"));

        // Human-readable output: evidence and how to pass the secret, never the secret.
        const Result text = cwb({QStringLiteral("init"), QStringLiteral("--url"), m_baseUrl + u'/' + resource,
                                 QStringLiteral("--header"), QStringLiteral("Authorization: Bearer demo-token"),
                                 QStringLiteral("-o"), project});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("--config api_token="), text.out.constData());
        QVERIFY(text.out.contains("CWB_CONFIG_API_TOKEN"));
        QVERIFY(!text.out.contains("demo-token") && !text.err.contains("demo-token"));

        const Result init = cwb({QStringLiteral("init"), QStringLiteral("--url"), m_baseUrl + u'/' + resource,
                                 QStringLiteral("--header"), QStringLiteral("Authorization: Bearer demo-token"),
                                 QStringLiteral("-o"), project, QStringLiteral("--json")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY(!init.out.contains("demo-token"));
        const auto summary = nlohmann::json::parse(init.out.toStdString());
        QCOMPARE(QString::fromStdString(summary.at("stream").get<std::string>()), resource);
        QCOMPARE(QString::fromStdString(summary.at("pagination").at("type").get<std::string>()), pagination);
        QCOMPARE(QString::fromStdString(summary.at("records").at("path").get<std::string>()), recordsPath);
        QVERIFY(summary.at("primaryKey").at("fields") == nlohmann::json::array({"id"}));
        QCOMPARE(summary.at("cursor").at("field").get<std::string>(), std::string("updated_at"));
        QCOMPARE(summary.at("secrets").at(0).at("key").get<std::string>(), std::string("api_token"));
        QVERIFY2(summary.at("problems").empty(), summary.at("problems").dump().c_str());

        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains("demo-token"));
        QVERIFY(saved.contains("{{ config.api_token }}"));

        const QByteArray validate = cwb({QStringLiteral("validate"), project}).out;
        QVERIFY2(validate.contains("valid"), validate.constData());

        const Result walk = cwb({QStringLiteral("walk"), project, resource, QStringLiteral("--json"),
                                 QStringLiteral("--config"), QStringLiteral("api_token=demo-token")});
        QVERIFY2(walk.exitCode == 0, walk.err.constData());
        const auto walked = nlohmann::json::parse(walk.out.toStdString());
        QCOMPARE(walked.at("records").get<qint64>(), kRecords);
        QCOMPARE(walked.at("uniqueKeys").get<qint64>(), kRecords);
        QVERIFY(walked.at("pages").get<int>() >= 2);
    }

    void secretFromEnvironment()
    {
        const QString project = m_dir.filePath(QStringLiteral("env.cwproj"));
        const Result init = cwb({QStringLiteral("init"), QStringLiteral("--url"), m_baseUrl + QStringLiteral("/customers"),
                                 QStringLiteral("--header"), QStringLiteral("X-API-Key: demo-key"), QStringLiteral("-o"), project});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY(!init.out.contains("demo-key"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CWB_CONFIG_API_KEY"), QStringLiteral("demo-key"));
        const Result walk = cwb({QStringLiteral("walk"), project, QStringLiteral("customers"), QStringLiteral("--json")}, env);
        QVERIFY2(walk.exitCode == 0, walk.err.constData());
        QCOMPARE(nlohmann::json::parse(walk.out.toStdString()).at("records").get<qint64>(), kRecords);
    }

    void badUsage()
    {
        QCOMPARE(cwb({QStringLiteral("init")}).exitCode, 2);
        QCOMPARE(cwb({QStringLiteral("init"), QStringLiteral("--url"), QStringLiteral("ftp://x/y"), QStringLiteral("-o"),
                      m_dir.filePath(QStringLiteral("x.cwproj"))}).exitCode, 2);
        const Result unauthorized = cwb({QStringLiteral("init"), QStringLiteral("--url"), m_baseUrl + QStringLiteral("/orders"),
                                         QStringLiteral("-o"), m_dir.filePath(QStringLiteral("y.cwproj"))});
        QCOMPARE(unauthorized.exitCode, 1);
        QVERIFY(unauthorized.err.contains("401"));
    }
};

QTEST_GUILESS_MAIN(TestCwbInit)
#include "tst_cwb_init.moc"
