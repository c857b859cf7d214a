// SPDX-License-Identifier: MIT
// cwb import through the real executable: listing, --json, -o, exit codes.
#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/fixtures.h"

using namespace Qt::StringLiterals;

class TestCwbImport final : public QObject
{
    Q_OBJECT

private:
    using Result = cw::testing::ProcessResult;

    static Result cwb(const QStringList &args)
    {
        return cw::testing::runProcess(QStringLiteral(CWB_PATH), args);
    }

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString data = QFINDTESTDATA("../data/import/recursive.yaml").section(u'/', 0, -2);
        QTest::newRow("openapi") << QStringList{u"import"_s, data + u"/recursive.yaml"_s} << 0;
        QTest::newRow("forced format") << QStringList{u"import"_s, data + u"/collection.json"_s, u"--format"_s, u"postman"_s} << 0;
        QTest::newRow("har") << QStringList{u"import"_s, data + u"/recording.har"_s} << 0;
        QTest::newRow("broken") << QStringList{u"import"_s, data + u"/broken.json"_s} << 1;
        QTest::newRow("missing file") << QStringList{u"import"_s, data + u"/nope.json"_s} << 1;
        QTest::newRow("no input") << QStringList{u"import"_s} << 2;
        QTest::newRow("bad format") << QStringList{u"import"_s, data + u"/recursive.yaml"_s, u"--format"_s, u"wsdl"_s} << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Result result = cwb(args);
        QVERIFY2(result.exitCode == exitCode, result.err.constData());
    }

    void listing()
    {
        const Result result = cwb({u"import"_s, QFINDTESTDATA("../data/import/recursive.yaml")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("GET     /nodes"));
        QVERIFY(result.out.contains("list_nodes"));
        QVERIFY(result.out.contains("cursor(cursor<-/next_cursor)"));
        QVERIFY(result.err.contains("note: /paths/~1nodes/post"));
    }

    void jsonAndProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"shop.cwproj"_s);
        const Result result = cwb({u"import"_s, QFINDTESTDATA("../data/import/swagger2.yaml"), u"--json"_s, u"-o"_s, project});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const nlohmann::json json = nlohmann::json::parse(result.out.constData(), nullptr, false);
        QVERIFY(json.is_object());
        QCOMPARE(int(json["endpoints"].size()), 3);
        QVERIFY(json["endpoints"][0]["pagination"] == "offset");
        QVERIFY(json["endpoints"][0]["recordsPath"] == "/results");
        QVERIFY(json["auth"] == "apiKey");
        const Result validate = cwb({u"validate"_s, project});
        QVERIFY2(validate.exitCode == 0, validate.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCwbImport)
#include "tst_cwb_import.moc"
