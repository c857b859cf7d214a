// SPDX-License-Identifier: MIT
// The mapping editor's warnings: one data row per kind of warning, each with the smallest
// samples that should raise it, and a clean case that raises none.
#include <QTest>

#include "models/core/schema/mappingwarnings.h"
#include "models/core/schema/schemainferrer.h"

using Kind = cw::MappingWarning::Kind;

class TestMappingWarnings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warnings_data()
    {
        QTest::addColumn<QByteArray>("records");
        QTest::addColumn<QStringList>("primaryKey");
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<QString>("expected");  // kinds raised, comma separated, in order
        QTest::addColumn<QString>("column");    // column of the first warning
        const QStringList id{QStringLiteral("id")};
        QTest::newRow("clean") << QByteArray(R"([{"id":1,"t":"2026-01-01T00:00:00Z"},{"id":2,"t":"2026-01-02T00:00:00Z"}])")
                               << id << "t" << "" << "";
        QTest::newRow("no primary key") << QByteArray(R"([{"a":1}])") << QStringList() << "" << "noPrimaryKey" << "";
        QTest::newRow("key with nulls") << QByteArray(R"([{"id":1},{"id":null},{"x":1,"id":2}])") << id << ""
                                        << "primaryKeyNull" << "id";
        QTest::newRow("duplicate keys") << QByteArray(R"([{"id":1},{"id":2},{"id":1}])") << id << ""
                                        << "primaryKeyDuplicate" << "id";
        QTest::newRow("composite key unique")
            << QByteArray(R"([{"a":1,"b":1},{"a":1,"b":2}])") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << ""
            << "" << "";
        QTest::newRow("cursor up and down")
            << QByteArray(R"([{"id":1,"t":"2026-01-01T00:00:00Z"},{"id":2,"t":"2026-01-03T00:00:00Z"},{"id":3,"t":"2026-01-02T00:00:00Z"}])")
            << id << "t" << "cursorNotMonotonic" << "t";
        QTest::newRow("cursor descending is fine")
            << QByteArray(R"([{"id":1,"t":3},{"id":2,"t":2},{"id":3,"t":null},{"id":4,"t":1}])") << id << "t" << "" << "";
        QTest::newRow("conflicting types") << QByteArray(R"([{"id":1,"v":1},{"id":2,"v":"x"}])") << id << ""
                                           << "conflictingTypes" << "v";
        QTest::newRow("int and float agree") << QByteArray(R"([{"id":1,"v":1},{"id":2,"v":1.5}])") << id << "" << "" << "";
        QTest::newRow("always null") << QByteArray(R"([{"id":1,"v":null},{"id":2,"v":null}])") << id << ""
                                     << "alwaysNull" << "v";
        QTest::newRow("colliding names") << QByteArray(R"([{"id":1,"userData":1,"user_data":2}])") << id << ""
                                         << "name" << "";
        QTest::newRow("schema note") << QByteArray(R"([{"id":1,"big":123456789012345678901234567890}])") << id << ""
                                     << "schema" << "";
    }

    void warnings()
    {
        QFETCH(QByteArray, records);
        QFETCH(QStringList, primaryKey);
        QFETCH(QString, cursor);
        QFETCH(QString, expected);
        QFETCH(QString, column);
        cw::SchemaInferrer inferrer;
        QVERIFY(inferrer.addBody(records, QString()));
        const cw::InferredSchema schema = inferrer.schema();
        cw::Stream stream;
        stream.name = QStringLiteral("things");
        stream.table.primaryKey = primaryKey;
        stream.incremental.cursorField = cursor;
        const cw::MappingPlan plan = cw::MappingPlan::build(stream, schema);
        const cw::JsonValue parsed = cw::JsonValue::parse(records.toStdString());
        const std::vector<cw::JsonValue> samples(parsed.begin(), parsed.end());
        const QList<cw::MappingWarning> warnings = cw::mappingWarnings(stream, plan, schema, samples);
        QStringList kinds;
        for (const cw::MappingWarning &w : warnings) {
            kinds << cw::toString(w.kind);
            QVERIFY2(w.message.endsWith(u'.'), qPrintable(w.message));
        }
        QCOMPARE(kinds.join(u','), expected);
        if (!warnings.isEmpty())
            QCOMPARE(warnings.first().column, column);
    }

    void withoutSamplesOnlySchemaChecks()
    {
        const auto records = cw::JsonValue::parse(R"([{"id":1},{"id":1}])");
        const cw::InferredSchema schema = cw::SchemaInferrer::infer(records);
        cw::Stream stream;
        stream.name = QStringLiteral("things");
        stream.table.primaryKey = {QStringLiteral("id")};
        const cw::MappingPlan plan = cw::MappingPlan::build(stream, schema);
        QVERIFY(cw::mappingWarnings(stream, plan, schema).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMappingWarnings)
#include "tst_mappingwarnings.moc"
