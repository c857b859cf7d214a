// SPDX-License-Identifier: MIT
// cwb export: the demo project exported as a Fivetran project (text and --json output),
// exit codes for a used folder, --force, --include-secrets and bad usage.
#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/fixtures.h"

class TestCwbExport final : public QObject
{
    Q_OBJECT

private:
    using Result = cw::testing::ProcessResult;

    static Result cwb(const QStringList &args)
    {
        return cw::testing::runProcess(QStringLiteral(CWB_PATH), args, 60000);
    }

    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("demo.cwproj"));
        const Result made = cwb({QStringLiteral("demo-project"), QStringLiteral("-o"), m_project});
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }

    void exportsAFolder()
    {
        const QString out = m_dir.filePath(QStringLiteral("export"));
        const Result result = cwb({QStringLiteral("export"), m_project, out});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        for (const char *file : {"connector.py", "configuration.json", "requirements.txt", "README.md", ".gitignore",
                                 ".github/workflows/deploy.yml", "workbench/demo.cwproj"}) {
            QVERIFY2(result.out.contains(QByteArray(QByteArray(file) + '\n')), file);
            QVERIFY2(QFile::exists(out + u'/' + QLatin1String(file)), file);
        }
        QVERIFY(result.err.contains("acme_shop_demo"));

        // The folder is in use now: refused without --force, replaced with it.
        const Result again = cwb({QStringLiteral("export"), m_project, out});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("not empty"));
        const Result forced = cwb({QStringLiteral("export"), m_project, out, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
    }

    void jsonAndSecrets()
    {
        const QString out = m_dir.filePath(QStringLiteral("json"));
        const Result result = cwb({QStringLiteral("export"), m_project, out, QStringLiteral("--json"), QStringLiteral("--include-secrets"),
                                   QStringLiteral("--config"), QStringLiteral("api_token=tok-123"), QStringLiteral("--connection"),
                                   QStringLiteral("shop_prod")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const nlohmann::json summary = nlohmann::json::parse(result.out.toStdString());
        QVERIFY(summary["ok"].get<bool>());
        QCOMPARE(summary["connectionName"].get<std::string>(), std::string("shop_prod"));
        QVERIFY(summary["files"].size() >= 7);
        for (const auto &finding : summary["findings"])
            QVERIFY2(finding["severity"] != "error", finding.dump().c_str());
        QVERIFY(cw::testing::readFile(out + QStringLiteral("/configuration.json")).contains("tok-123"));
        QVERIFY(cw::testing::readFile(out + QStringLiteral("/README.md")).contains("--connection shop_prod"));
    }

    void refusesBadConnectionName()
    {
        const QString out = m_dir.filePath(QStringLiteral("bad"));
        const Result result = cwb({QStringLiteral("export"), m_project, out, QStringLiteral("--connection"), QStringLiteral("Shop-Prod")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("[connection-name]"));
        QVERIFY(!QFile::exists(out));
    }

    void usage()
    {
        QCOMPARE(cwb({QStringLiteral("export"), m_project}).exitCode, 2);
        QCOMPARE(cwb({QStringLiteral("export"), m_dir.filePath(QStringLiteral("missing.cwproj")), m_dir.filePath(QStringLiteral("x"))}).exitCode, 1);
        const Result help = cwb({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--include-secrets"));
    }
};

QTEST_GUILESS_MAIN(TestCwbExport)
#include "tst_cwb_export.moc"
