// SPDX-License-Identifier: MIT
// Schema drift: added, removed and retyped paths between two inferences.
#include <QTest>

#include "models/core/schema/schemadrift.h"
#include "models/core/schema/schemainferrer.h"

class TestSchemaDrift final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QStringList>("changes");  // "kind path before->after"
        QTest::newRow("same") << QByteArray(R"([{"a":1}])") << QByteArray(R"([{"a":2}])") << QStringList();
        QTest::newRow("added") << QByteArray(R"([{"a":1}])") << QByteArray(R"([{"a":1,"b":"x"}])")
                               << QStringList{QStringLiteral("added /b ->STRING")};
        QTest::newRow("removed") << QByteArray(R"([{"a":1,"b":{"c":1}}])") << QByteArray(R"([{"a":1}])")
                                 << QStringList{QStringLiteral("removed /b JSON->"), QStringLiteral("removed /b/c LONG->")};
        QTest::newRow("int to float") << QByteArray(R"([{"a":1}])") << QByteArray(R"([{"a":1.5}])")
                                      << QStringList{QStringLiteral("typeChanged /a LONG->DOUBLE")};
        QTest::newRow("null to value") << QByteArray(R"([{"a":null}])") << QByteArray(R"([{"a":"2026-01-01"}])")
                                       << QStringList{QStringLiteral("typeChanged /a ->NAIVE_DATE")};
        QTest::newRow("nulls are no change") << QByteArray(R"([{"a":1}])") << QByteArray(R"([{"a":1},{"a":null}])")
                                             << QStringList();
        QTest::newRow("element added") << QByteArray(R"([{"t":[]}])") << QByteArray(R"([{"t":["x"]}])")
                                       << QStringList{QStringLiteral("added /t/* ->STRING")};
    }

    void diff()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QStringList, changes);
        const auto schemaOf = [](const QByteArray &bytes) {
            return cw::SchemaInferrer::infer(cw::JsonValue::parse(bytes.toStdString()));
        };
        QStringList actual;
        for (const cw::SchemaChange &c : cw::diffSchemas(schemaOf(before), schemaOf(after))) {
            actual << cw::toString(c.kind) + u' ' + c.path + u' ' + cw::toString(c.before) + QStringLiteral("->")
                    + cw::toString(c.after);
            QVERIFY(!c.message.isEmpty());
        }
        QCOMPARE(actual, changes);
    }
};

QTEST_GUILESS_MAIN(TestSchemaDrift)
#include "tst_schemadrift.moc"
