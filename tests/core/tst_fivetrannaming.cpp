// SPDX-License-Identifier: MIT
// Fivetran's name normalisation: every example of the reference (§2.4), plus the
// transliteration this port adds where the SDK would call unidecode.
#include <QTest>

#include "models/core/schema/fivetrannaming.h"

class TestFivetranNaming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnNames_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        // ../shared/reference/fivetran-connector-sdk.md §2.4, "Results".
        QTest::newRow("createdAt") << "createdAt" << "created_at";
        QTest::newRow("camelCaseID") << "camelCaseID" << "camel_case_id";
        QTest::newRow("HTTPStatus") << "HTTPStatus" << "httpstatus";
        QTest::newRow("address2") << "address2" << "address_2";
        QTest::newRow("v2Api") << "v2Api" << "v_2_api";
        QTest::newRow("Order ID") << "Order ID" << "order_id";
        QTest::newRow("$ref") << "$ref" << "_ref";
        QTest::newRow("a__b") << "a__b" << "a_b";
        QTest::newRow("2fa_enabled") << "2fa_enabled" << "2_fa_enabled";
        // §2.4: userData, user-data and user.data all become user_data.
        QTest::newRow("userData") << "userData" << "user_data";
        QTest::newRow("user-data") << "user-data" << "user_data";
        QTest::newRow("user.data") << "user.data" << "user_data";
        // Already normalised names stay as they are.
        QTest::newRow("snake") << "line_items" << "line_items";
        QTest::newRow("trailing underscore kept") << "name_" << "name_";
        // Step 1: NFD and dropped combining marks.
        QTest::newRow("accents") << "Café Crème" << "cafe_creme";
        QTest::newRow("umlaut") << "Größe" << "grosse";
        QTest::newRow("cyrillic") << "Имя" << "imia";
        QTest::newRow("greek") << "Φόρος" << "phoros";
        QTest::newRow("cjk as code points") << "名前" << "_u_540_d_u_524_d_";
        QTest::newRow("symbols") << "price (€)" << "price_";
        QTest::newRow("empty") << "" << "";
    }

    void columnNames()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(cw::fivetranColumnName(source), expected);
        // Normalising twice changes nothing: the preview can normalise names it shows.
        QCOMPARE(cw::fivetranColumnName(expected), expected);
    }

    void tableNames_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("$ref") << "$ref" << "ref";          // reference §2.4: "(table: ref)"
        QTest::newRow("__private") << "__private" << "private";
        QTest::newRow("digit after underscore") << "_2fa" << "_2_fa";
        QTest::newRow("Order Items") << "Order Items" << "order_items";
        QTest::newRow("lineItems") << "lineItems" << "line_items";
        QTest::newRow("createdAt") << "createdAt" << "created_at";
    }

    void tableNames()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(cw::fivetranTableName(source), expected);
    }

    void isNormalised()
    {
        QVERIFY(cw::isFivetranColumnName(QStringLiteral("created_at")));
        QVERIFY(!cw::isFivetranColumnName(QStringLiteral("createdAt")));
        QVERIFY(!cw::isFivetranColumnName(QString()));
    }
};

QTEST_GUILESS_MAIN(TestFivetranNaming)
#include "tst_fivetrannaming.moc"
