// SPDX-License-Identifier: MIT
// cwb run --engine python against `cwb demo-server`: the generated connector syncs the demo
// project into its own warehouse with the same rows per table and the same state as the
// native engine, and a failing connector gives exit code 1 with its error.
#include <csignal>

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/fixtures.h"

class TestCwbRunPython final : public QObject
{
    Q_OBJECT

private:
    using Result = cw::testing::ProcessResult;

    static Result cwb(const QStringList &args)
    {
        return cw::testing::runProcess(QStringLiteral(CWB_PATH), args, 180000);
    }

    QStringList run(const QString &warehouse, const QString &engine, const QString &token = QStringLiteral("demo-token")) const
    {
        return {QStringLiteral("run"), m_project, QStringLiteral("--warehouse"), warehouse, QStringLiteral("--engine"), engine,
                QStringLiteral("--config"), QStringLiteral("api_token=") + token, QStringLiteral("--json")};
    }

    QProcess m_server;
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        if (cw::testing::runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"),
                                                                 QStringLiteral("${CW_PYTHON:-python3} -c 'import requests'")})
                .exitCode != 0)
            QSKIP("No python3 with requests (Debian: python3-requests); cwb run --engine python not tested.");
        QVERIFY(m_dir.isValid());
        m_server.start(QStringLiteral(CWB_PATH), {QStringLiteral("demo-server"), QStringLiteral("--records"), QStringLiteral("150")});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        const QString baseUrl = QString::fromUtf8(m_server.readLine()).trimmed();
        m_project = m_dir.filePath(QStringLiteral("demo.cwproj"));
        const Result made = cwb({QStringLiteral("demo-project"), QStringLiteral("-o"), m_project, QStringLiteral("--base-url"), baseUrl});
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_server.processId()), SIGTERM);
        QVERIFY(m_server.waitForFinished(10000));
    }

    void sameResultAsNative()
    {
        const Result python = cwb(run(m_dir.filePath(QStringLiteral("python.db")), QStringLiteral("python")));
        QVERIFY2(python.exitCode == 0, python.err.constData());
        const Result native = cwb(run(m_dir.filePath(QStringLiteral("native.db")), QStringLiteral("native")));
        QVERIFY2(native.exitCode == 0, native.err.constData());
        const nlohmann::json a = nlohmann::json::parse(python.out.toStdString());
        const nlohmann::json b = nlohmann::json::parse(native.out.toStdString());
        QCOMPARE(QString::fromStdString(a.at("state").dump()), QString::fromStdString(b.at("state").dump()));
        QVERIFY(a.at("state").contains("customers"));
        QCOMPARE(a.at("upserts").get<qint64>(), b.at("upserts").get<qint64>());
    }

    void connectorFailure()
    {
        const Result failed = cwb(run(m_dir.filePath(QStringLiteral("failed.db")), QStringLiteral("python"), QStringLiteral("nope")));
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains("HTTP 401"), failed.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCwbRunPython)
#include "tst_cwb_run_python.moc"
