// SPDX-License-Identifier: MIT
// Postman collections v2.0/v2.1: folders, variables, URL forms, inherited auth, v1 refused.
#include <QFile>
#include <QTest>

#include "models/core/import/importresult.h"
#include "models/core/import/postmanimporter.h"
#include "models/core/project/projectfile.h"
#include "tests/support/fixtures.h"

using namespace cw;
using namespace cw::testing;
using namespace Qt::StringLiterals;


class TestPostmanImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collection()
    {
        const QString path = QFINDTESTDATA("../data/import/collection.json");
        const QByteArray bytes = readFile(path);
        QCOMPARE(toString(detectFormat(bytes, path)), toString(ImportFormat::Postman));
        const ImportResult result = PostmanImporter::read(bytes, path);
        QCOMPARE(result.title, u"Acme API"_s);
        QCOMPARE(result.connection.baseUrl, u"{{ config.base_url }}"_s);
        QCOMPARE(result.streams.size(), 3);

        const Stream &list = result.streams[0];
        QCOMPARE(list.name, u"list_customers"_s);
        QCOMPARE(list.group, u"Customers"_s);
        QCOMPARE(list.request.path, u"/customers"_s);
        QCOMPARE(list.request.parameters.size(), 3);  // Accept header, limit, offset; disabled ones skipped
        QCOMPARE(list.request.parameters[0].in, u"query"_s);
        QCOMPARE(list.request.parameters[0].value, u"{{ config.page_size }}"_s);
        QCOMPARE(list.request.parameters[2].in, u"header"_s);
        QCOMPARE(toString(list.pagination.type), toString(PaginationType::OffsetLimit));

        const Stream &orders = result.streams[1];
        QCOMPARE(orders.group, u"Customers / Orders"_s);
        QCOMPARE(orders.request.path, u"/customers/{customerId}/orders"_s);
        QCOMPARE(orders.request.parameters.first().in, u"path"_s);
        QCOMPARE(orders.request.parameters.first().value, u"42"_s);

        const Stream &status = result.streams[2];
        QCOMPARE(status.request.parameters.first().value, u"{{ config.region }}"_s);  // an environment variable

        QCOMPARE(toString(result.connection.auth.type), toString(AuthType::Bearer));
        QCOMPARE(result.connection.auth.token, u"{{ config.access_token }}"_s);
        const ConfigurationField *token = nullptr;
        for (const ConfigurationField &field : result.configuration)
            token = field.key == u"access_token" ? &field : token;
        QVERIFY(token && token->secret && token->defaultValue.isEmpty());

        bool skippedPost = false, otherHost = false, badItem = false, otherAuth = false;
        for (const ImportProblem &p : result.problems) {
            skippedPost = skippedPost || (p.info && p.location.startsWith(u"item 1.3 (Customers / Create customer)"_s));
            otherHost = otherHost || (!p.error && p.location.startsWith(u"item 3 "_s));
            badItem = badItem || (p.error && p.location.startsWith(u"item 4"_s));
            otherAuth = otherAuth || (p.location.startsWith(u"item 2 "_s) && p.message.contains(u"authentication"_s));
        }
        QVERIFY(skippedPost);
        QVERIFY(otherHost);
        QVERIFY(badItem);
        QVERIFY(otherAuth);

        const QByteArray file = ProjectFile::serialize(projectFromImport(result));
        QVERIFY(!file.contains("sk_live_should_never_be_copied"));
        QVERIFY2(projectErrors(result).isEmpty(), qPrintable(projectErrors(result).join(u'\n')));
    }

    void v20AuthObject()
    {
        const QByteArray v20 = "{\"info\": {\"name\": \"v2.0\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.0.0/collection.json\"},\n"
"            \"auth\": {\"type\": \"basic\", \"basic\": {\"username\": \"bob\", \"password\": \"hunter2\"}},\n"
"            \"item\": [{\"name\": \"Me\", \"request\": \"https://h.test/me?per_page=5&page=1\"}]}";
        const ImportResult result = PostmanImporter::read(v20, {});
        QCOMPARE(result.streams.size(), 1);
        QCOMPARE(toString(result.connection.auth.type), toString(AuthType::Basic));
        QCOMPARE(toString(result.streams.first().pagination.type), toString(PaginationType::PageNumber));
        QVERIFY(!ProjectFile::serialize(projectFromImport(result)).contains("hunter2"));
        QVERIFY(projectErrors(result).isEmpty());
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("location");
        QTest::newRow("syntax") << QByteArray("{\"info\": {\"name\": \"x\"},\n \"item\": [}\n") << u"line 2, column 11"_s;
        QTest::newRow("v1") << QByteArray("{\"id\": \"1\", \"name\": \"old\", \"order\": [], \"requests\": []}") << QString();
        QTest::newRow("no items") << QByteArray("{\"info\": {\"name\": \"x\"}}") << u"/item"_s;
    }

    void broken()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, location);
        const ImportResult result = PostmanImporter::read(bytes, {});
        QVERIFY(result.hasErrors());
        QCOMPARE(result.problems.first().location, location);
    }

    void sharedFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("streams");
        QTest::addColumn<bool>("error");
        QTest::newRow("newman sample v2.0") << u"postman/newman-sample-collection.json"_s << 1 << false;
        QTest::newRow("newman v1") << u"postman/newman-v1-collection.json"_s << 0 << true;
        QTest::newRow("stripe v2.1") << u"postman/stripe-api.postman_collection.json"_s << 212 << false;
    }

    void sharedFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, streams);
        QFETCH(bool, error);
        const QString path = sharedFixture(file);
        if (path.isEmpty())
            QSKIP(qPrintable(u"The shared fixture "_s + file + u" is absent (set CW_SHARED_DIR to the folder holding fixtures/)."_s));
        const ImportResult result = importBytes(readFile(path), ImportFormat::Auto, path);
        QCOMPARE(result.streams.size(), streams);
        QCOMPARE(result.hasErrors(), error);
        if (error) {
            QVERIFY(result.problems.first().message.contains(u"v1"_s));
            return;
        }
        QVERIFY2(projectErrors(result).isEmpty(), qPrintable(projectErrors(result).join(u'\n')));
        if (file.contains(u"stripe"_s)) {
            QCOMPARE(result.connection.baseUrl, u"{{ config.base_url }}"_s);
            QCOMPARE(toString(result.connection.auth.type), toString(AuthType::Bearer));
            QVERIFY(!ProjectFile::serialize(projectFromImport(result)).contains("<Bearer Token>"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPostmanImporter)
#include "tst_postmanimporter.moc"
