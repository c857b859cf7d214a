// SPDX-License-Identifier: MIT
// Pasted cURL commands: quoting, continuations, flags, and credentials kept out of the project.
#include <QTest>

#include "models/core/import/curlimporter.h"
#include "models/core/import/importresult.h"
#include "models/core/project/projectfile.h"
#include "tests/support/fixtures.h"

using namespace cw;
using namespace Qt::StringLiterals;

class TestCurlImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("parameters");  // name=value, comma separated
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("headers");     // connection headers, name=value
        QTest::addColumn<int>("warnings");

        QTest::newRow("plain") << u"curl https://api.example.com/v1/users?limit=10"_s << u"GET"_s << u"https://api.example.com"_s
                               << u"/v1/users"_s << u"limit=10"_s << QString() << u"none"_s << QString() << 0;
        QTest::newRow("bearer, continuation") << u"curl 'https://api.example.com:8443/items' \\\n  -H 'Authorization: Bearer abc.def' \\\n  -H \"Accept: application/json\""_s
                                              << u"GET"_s << u"https://api.example.com:8443"_s << u"/items"_s << QString() << QString()
                                              << u"bearer"_s << u"Accept=application/json"_s << 1;
        QTest::newRow("data implies POST") << u"curl -d 'a=1' -d b=2 https://x.test/search"_s << u"POST"_s << u"https://x.test"_s << u"/search"_s
                                           << QString() << u"a=1&b=2"_s << u"none"_s << QString() << 0;
        QTest::newRow("-G moves data to query") << u"curl -G https://x.test/s --data-urlencode 'q=a b' -d page=2"_s << u"GET"_s << u"https://x.test"_s
                                                << u"/s"_s << u"q=a b,page=2"_s << QString() << u"none"_s << QString() << 0;
        QTest::newRow("json") << u"curl --json '{\"a\":1}' https://x.test/q"_s << u"POST"_s << u"https://x.test"_s << u"/q"_s << QString()
                              << u"{\"a\":1}"_s << u"none"_s << u"Content-Type=application/json,Accept=application/json"_s << 0;
        QTest::newRow("-X and user") << u"curl -XPUT -u alice:s3cret https://x.test/r"_s << u"PUT"_s << u"https://x.test"_s << u"/r"_s
                                     << QString() << QString() << u"basic"_s << QString() << 1;
        QTest::newRow("ansi-c quoting") << u"curl $'https://x.test/a\\x2fb' -H $'X-Note: it\\'s'"_s << u"GET"_s << u"https://x.test"_s << u"/a/b"_s
                                        << QString() << QString() << u"none"_s << u"X-Note=it's"_s << 0;
        QTest::newRow("api key header, cluster, insecure") << u"curl -sSLk --compressed -H 'X-API-Key: k123' https://x.test/a"_s << u"GET"_s
                                                           << u"https://x.test"_s << u"/a"_s << QString() << QString() << u"apiKey"_s << QString() << 2;
        QTest::newRow("windows cmd") << u"curl ^\"https://x.test/w?x=1^\" ^\n  -H ^\"Accept: text/plain^\""_s << u"GET"_s << u"https://x.test"_s
                                     << u"/w"_s << u"x=1"_s << QString() << u"none"_s << u"Accept=text/plain"_s << 0;
        QTest::newRow("unknown flag, cookie, agent") << u"curl --frobnicate -b 'sid=1' -A agent/1 -e https://ref.test --url https://x.test/c"_s
                                                     << u"GET"_s << u"https://x.test"_s << u"/c"_s << QString() << QString() << u"none"_s
                                                     << u"Cookie={{ config.cookie }},User-Agent=agent/1,Referer=https://ref.test"_s << 2;
        QTest::newRow("key in query") << u"curl 'https://x.test/d?api_key=zzz&since=2020'"_s << u"GET"_s << u"https://x.test"_s << u"/d"_s
                                      << u"since=2020"_s << QString() << u"apiKey"_s << QString() << 1;
    }

    void commands()
    {
        QFETCH(QString, command);
        QFETCH(QString, method);
        QFETCH(QString, baseUrl);
        QFETCH(QString, path);
        QFETCH(QString, parameters);
        QFETCH(QString, body);
        QFETCH(QString, auth);
        QFETCH(QString, headers);
        QFETCH(int, warnings);

        QCOMPARE(toString(detectFormat(command.toUtf8(), {})), toString(ImportFormat::Curl));
        const ImportResult result = CurlImporter::read(command.toUtf8(), u"paste"_s);
        QVERIFY2(!result.hasErrors(), qPrintable(result.problems.value(0).message));
        QCOMPARE(result.streams.size(), 1);
        const Stream &stream = result.streams.first();
        QCOMPARE(stream.request.method, method);
        QCOMPARE(result.connection.baseUrl, baseUrl);
        QCOMPARE(stream.request.path, path);
        QStringList params;
        for (const Parameter &p : stream.request.parameters)
            params.append(p.name + u'=' + p.value);
        QCOMPARE(params.join(u','), parameters);
        QCOMPARE(stream.request.body, body);
        QCOMPARE(toString(result.connection.auth.type), auth);
        QStringList connectionHeaders;
        for (const Header &h : result.connection.headers)
            connectionHeaders.append(h.name + u'=' + h.value);
        QCOMPARE(connectionHeaders.join(u','), headers);
        QCOMPARE(result.problems.size(), warnings);

        // No literal credential ever reaches the project file.
        const Project project = projectFromImport(result);
        const QByteArray file = ProjectFile::serialize(project);
        for (const char *secret : {"abc.def", "s3cret", "k123", "sid=1", "zzz"})
            QVERIFY2(!file.contains(secret), secret);
        for (const ProjectFile::Problem &problem : ProjectFile::validate(project))
            QVERIFY2(!problem.isError(), qPrintable(problem.toString()));
    }

    void insecureIsKept()
    {
        const ImportResult result = CurlImporter::read("curl -k https://self-signed.test/x", {});
        QVERIFY(!result.connection.verifyTls);
        QCOMPARE(result.problems.size(), 1);
    }

    void broken_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("location");
        QTest::newRow("unclosed quote") << u"curl 'https://x.test"_s << u"line 1, column 6"_s;
        QTest::newRow("unclosed double quote on line 2") << u"curl https://x.test \\\n -H \"Accept: x"_s << u"line 2, column 5"_s;
        QTest::newRow("no url") << u"curl -H 'A: b'"_s << QString();
        QTest::newRow("missing value") << u"curl https://x.test -H"_s << u"line 1, column 21"_s;
        // fuzz_curl: "-X POl" made a stream with a method no project can hold.
        QTest::newRow("unknown method") << u"curl -X POl https://x.test/a"_s << QString();
        QTest::newRow("fuzz_curl crash-b886a041") << u"curcurl -X POl -X"_s << u"line 1, column 16"_s;
    }

    void broken()
    {
        QFETCH(QString, command);
        QFETCH(QString, location);
        const ImportResult result = CurlImporter::read(command.toUtf8(), {});
        QVERIFY(result.hasErrors());
        QCOMPARE(result.problems.first().location, location);
        QVERIFY(testing::projectErrors(result).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCurlImporter)
#include "tst_curlimporter.moc"
