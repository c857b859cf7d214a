// SPDX-License-Identifier: MIT
// HAR 1.2 recordings: deduplicated streams, one base URL, samples, no copied credentials, speed.
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "models/core/import/harimporter.h"
#include "models/core/import/importresult.h"
#include "models/core/project/projectfile.h"
#include "tests/support/fixtures.h"

using namespace cw;
using namespace cw::testing;
using namespace Qt::StringLiterals;


class TestHarImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recording()
    {
        const QString path = QFINDTESTDATA("../data/import/recording.har");
        const QByteArray bytes = readFile(path);
        QCOMPARE(toString(detectFormat(bytes, path)), toString(ImportFormat::Har));
        const ImportResult result = HarImporter::read(bytes, path);
        QCOMPARE(result.connection.baseUrl, u"https://api.shop.test"_s);
        QCOMPARE(result.streams.size(), 3);

        const Stream &products = result.streams[0];
        QCOMPARE(products.name, u"products"_s);
        QCOMPARE(products.request.path, u"/v1/products"_s);
        QCOMPARE(products.recordsPath, u"/data"_s);
        QCOMPARE(toString(products.pagination.type), toString(PaginationType::PageNumber));
        QCOMPARE(products.pagination.limitParam, u"per_page"_s);
        QCOMPARE(products.pagination.totalPath, u"/total"_s);
        QCOMPARE(products.request.parameters.first().value, u"1"_s);  // the first request's values

        const Stream &one = result.streams[1];
        QCOMPARE(one.request.path, u"/v1/products/{product_id}"_s);
        QCOMPARE(one.request.parameters.first().value, u"17"_s);
        QCOMPARE(result.samples[1].body, QByteArray("{\"id\": 17}"));  // base64 undone

        QCOMPARE(result.streams[2].request.path, u"/v1/orders/{order_id}/items"_s);
        QCOMPARE(result.streams[2].recordsPath, QString());
        QCOMPARE(result.samples.size(), 3);
        QCOMPARE(result.samples.first().status, 200);

        QCOMPARE(toString(result.connection.auth.type), toString(AuthType::Bearer));
        const QByteArray file = ProjectFile::serialize(projectFromImport(result));
        QVERIFY(!file.contains("secret-token-123"));
        QVERIFY(!file.contains("abc"));  // the recorded cookie value
        QVERIFY(file.contains("{{ config.cookie }}"));

        int notes = 0, origins = 0;
        for (const ImportProblem &p : result.problems) {
            notes += p.info ? 1 : 0;
            origins += p.message.contains(u"cdn.shop.test"_s) || p.message.contains(u"analytics.test"_s) ? 1 : 0;
        }
        QCOMPARE(notes, 2);    // one POST, one image
        QCOMPARE(origins, 2);  // other hosts are reported, not imported
        QVERIFY2(projectErrors(result).isEmpty(), qPrintable(projectErrors(result).join(u'\n')));
    }

    void broken()
    {
        const QString path = QFINDTESTDATA("../data/import/broken.har");
        const ImportResult result = HarImporter::read(readFile(path), path);
        QVERIFY(result.hasErrors());
        QCOMPARE(result.problems.first().location, u"line 3, column 3"_s);
        QVERIFY(HarImporter::read("{\"log\": {}}", {}).hasErrors());
    }

    void badEntryKeepsTheRest()
    {
        const QByteArray bytes = "{\"log\": {\"entries\": [{\"request\": 5}, {\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/x\"}},"
                                 " {\"request\": {\"method\": \"GET\", \"url\": \"relative\"}}]}}";
        const ImportResult result = HarImporter::read(bytes, {});
        QCOMPARE(result.streams.size(), 1);
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems[0].location, u"/log/entries/0"_s);
        QCOMPARE(result.problems[1].location, u"/log/entries/2/request/url"_s);
    }

    void hundredThousandEntries()
    {
        // 100,000 entries over 500 distinct paths; must stay well within interactive time.
        QByteArray bytes = "{\"log\": {\"version\": \"1.2\", \"entries\": [";
        for (int i = 0; i < 100'000; ++i) {
            if (i > 0)
                bytes += ',';
            bytes += "{\"request\": {\"method\": \"GET\", \"url\": \"https://big.test/r" + QByteArray::number(i % 500) + "/" + QByteArray::number(i)
                     + "?page=" + QByteArray::number(i % 7) + "\", \"headers\": [{\"name\": \"Accept\", \"value\": \"application/json\"}], \"queryString\": []},"
                       " \"response\": {\"status\": 200, \"headers\": [], \"content\": {\"mimeType\": \"application/json\", \"text\": \"[{\\\"id\\\": 1}]\"}}}";
        }
        bytes += "]}}";
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = HarImporter::read(bytes, {});
        const qint64 ms = timer.elapsed();
        qInfo("100,000 entries (%lld MB) imported in %lld ms", static_cast<long long>(bytes.size() >> 20), static_cast<long long>(ms));
        QCOMPARE(result.streams.size(), 500);
        QVERIFY2(ms < 10'000, qPrintable(QString::number(ms)));
    }

    void sharedFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<int>("streams");
        QTest::newRow("github") << u"har/pollyjs-github-getUser.har"_s << u"https://api.github.com"_s << 1;
        QTest::newRow("jsonplaceholder") << u"har/pollyjs-jsonplaceholder.har"_s << u"https://jsonplaceholder.typicode.com"_s << 2;
        QTest::newRow("puppeteer list") << u"har/pollyjs-puppeteer-jsonplaceholder-list.har"_s << u"https://jsonplaceholder.typicode.com"_s << 2;
    }

    void sharedFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, baseUrl);
        QFETCH(int, streams);
        const QString path = sharedFixture(file);
        if (path.isEmpty())
            QSKIP(qPrintable(u"The shared fixture "_s + file + u" is absent (set CW_SHARED_DIR to the folder holding fixtures/)."_s));
        const ImportResult result = importBytes(readFile(path), ImportFormat::Auto, path);
        QCOMPARE(result.connection.baseUrl, baseUrl);
        QCOMPARE(result.streams.size(), streams);
        QCOMPARE(result.samples.size(), streams);
        QVERIFY(!result.hasErrors());
        QVERIFY2(projectErrors(result).isEmpty(), qPrintable(projectErrors(result).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestHarImporter)
#include "tst_harimporter.moc"
