// SPDX-License-Identifier: MIT
// MappingPlan and RecordMapper: the default layout (flatten, JSON, child tables) and the
// user's overrides, compared with golden files in tests/data/mapping/ (plan and rows), and
// the resolution rules (names, collisions, keys, cursor, an empty schema).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "models/core/schema/fivetrannaming.h"
#include "models/core/schema/mappingplan.h"
#include "models/core/schema/schemainferrer.h"
#include "tests/support/fixtures.h"

namespace {

cw::JsonValue readJson(const QString &name)
{
    const QByteArray bytes = cw::testing::readFile(QFINDTESTDATA(QStringLiteral("../data/mapping/") + name));
    return cw::JsonValue::parse(bytes.constData(), bytes.constData() + bytes.size());
}

/// The plan and the rows of every table, as one JSON document for a golden comparison.
/// `take`: through RecordMapper::take(), which moves values out of (a copy of) the records.
cw::JsonValue planAndRows(const cw::Stream &stream, const cw::JsonValue &records, bool take = false)
{
    const cw::InferredSchema schema = cw::SchemaInferrer::infer(records);
    const cw::MappingPlan plan = cw::MappingPlan::build(stream, schema);
    const cw::RecordMapper mapper(plan);
    std::vector<cw::TableRows> out;
    cw::JsonValue consumed = records;
    for (cw::JsonValue &record : consumed) {
        if (take)
            mapper.take(record, out);
        else
            mapper.map(record, out);
    }
    cw::JsonValue result = cw::toJson(plan);
    cw::JsonValue rows = cw::JsonValue::object();
    for (qsizetype t = 0; t < plan.tables.size(); ++t) {
        cw::JsonValue tableRows = cw::JsonValue::array();
        if (size_t(t) < out.size()) {
            for (const auto &row : out[size_t(t)].rows)
                tableRows.push_back(cw::JsonValue(row));
        }
        rows[plan.tables[t].name.toStdString()] = std::move(tableRows);
    }
    result["rows"] = std::move(rows);
    return result;
}

cw::Stream ordersStream()
{
    cw::Stream stream;
    stream.name = QStringLiteral("orders");
    stream.table.primaryKey = {QStringLiteral("id")};
    stream.incremental.cursorField = QStringLiteral("createdAt");
    return stream;
}

} // namespace

class TestMappingPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<cw::Stream>("stream");
        cw::Stream defaults = ordersStream();
        QTest::newRow("defaults") << "orders.default.json" << defaults;

        cw::Stream flatten = ordersStream();
        flatten.table.flattenDepth = 2;  // customer.address flattened too
        flatten.table.nested = {{QStringLiteral("/lineItems"), cw::NestedMode::JsonColumn, {}}};
        QTest::newRow("flatten deeper, items as JSON") << "orders.flatten.json" << flatten;

        cw::Stream json = ordersStream();
        json.table.flattenDepth = 0;
        json.table.nested = {{QStringLiteral("/lineItems/*/discounts"), cw::NestedMode::JsonColumn, {}},
                             {QStringLiteral("/tags"), cw::NestedMode::ChildTable, QStringLiteral("OrderTags")}};
        QTest::newRow("objects as JSON, tags as a child table") << "orders.json-columns.json" << json;

        cw::Stream renamed = ordersStream();
        renamed.table.name = QStringLiteral("Sales Orders");
        renamed.table.columns = {
            {QStringLiteral("/number"), QStringLiteral("Order Number"), cw::FivetranType::String, 0, 0, true},
            {QStringLiteral("/total"), QStringLiteral("amount"), cw::FivetranType::Decimal, 12, 2, true},
            {QStringLiteral("/note"), QString(), cw::FivetranType::Unspecified, 0, 0, false},
            {QStringLiteral("/customer/name"), QStringLiteral("customer_id"), cw::FivetranType::String, 0, 0, true},
        };
        QTest::newRow("explicit columns, a collision") << "orders.explicit.json" << renamed;
    }

    void golden()
    {
        QFETCH(QString, golden);
        QFETCH(cw::Stream, stream);
        const cw::JsonValue actual = planAndRows(stream, readJson(QStringLiteral("orders.json")));
        const QString path = QFINDTESTDATA(QStringLiteral("../data/mapping/") + golden);
        if (qEnvironmentVariableIsSet("CW_UPDATE_GOLDEN")) {
            QFile file(QFileInfo(QFINDTESTDATA(QStringLiteral("../data/mapping/orders.json"))).dir().filePath(golden));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(actual.dump(2) + "\n"));
            QSKIP("golden file written");
        }
        QVERIFY2(!path.isEmpty(), qPrintable(golden + QStringLiteral(" is missing; run with CW_UPDATE_GOLDEN=1")));
        const cw::JsonValue expected = readJson(golden);
        QVERIFY2(actual == expected, actual.dump(2).c_str());
        // The sync engine's prefetcher moves values out of the records it maps: same rows.
        const cw::JsonValue taken = planAndRows(stream, readJson(QStringLiteral("orders.json")), true);
        QVERIFY2(taken == expected, taken.dump(2).c_str());
    }

    void emptySchemaUsesExplicitMappingsOnly()
    {
        cw::Stream stream = ordersStream();
        stream.table.columns = {{QStringLiteral("/id"), QStringLiteral("id"), cw::FivetranType::Long, 0, 0, true},
                                {QStringLiteral("/lineItems/*/sku"), QStringLiteral("sku"), cw::FivetranType::String, 0, 0, true}};
        stream.table.nested = {{QStringLiteral("/lineItems"), cw::NestedMode::ChildTable, {}}};
        const cw::MappingPlan plan = cw::MappingPlan::build(stream, cw::InferredSchema());
        QCOMPARE(plan.tables.size(), 2);
        QCOMPARE(plan.tables[0].name, QStringLiteral("orders"));
        QCOMPARE(plan.tables[0].primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(plan.cursorColumn, QStringLiteral("created_at"));  // added for the cursor, with a note
        QVERIFY(plan.notes.join(u'\n').contains(QStringLiteral("cursor field")));
        QCOMPARE(plan.tables[1].name, QStringLiteral("orders_line_items"));
        QCOMPARE(plan.tables[1].arrayPath, QStringLiteral("/lineItems"));
        QStringList names;
        for (const cw::PlanColumn &c : plan.tables[1].columns)
            names << c.name;
        QCOMPARE(names, (QStringList{QStringLiteral("orders_id"), QStringLiteral("index"), QStringLiteral("sku")}));
        QCOMPARE(plan.tables[1].primaryKey, (QStringList{QStringLiteral("orders_id"), QStringLiteral("index")}));

        const cw::RecordMapper mapper(plan);
        std::vector<cw::TableRows> out;
        mapper.map(cw::JsonValue::parse(R"({"id": 5, "lineItems": [{"sku": "a"}, {"sku": "b"}]})"), out);
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(out[1].rows.size(), size_t(2));
        QCOMPARE(cw::JsonValue(out[1].rows[1]).dump(), std::string(R"([5,1,"b"])"));
    }

    void collidingNamesGetASuffix()
    {
        const auto records = cw::JsonValue::parse(R"([{"userData": 1, "user_data": 2, "user-data": 3}])");
        cw::Stream stream;
        stream.name = QStringLiteral("users");
        const cw::MappingPlan plan = cw::MappingPlan::build(stream, cw::SchemaInferrer::infer(records));
        QStringList names;
        for (const cw::PlanColumn &c : plan.tables[0].columns)
            names << c.name;
        QCOMPARE(names, (QStringList{QStringLiteral("user_data"), QStringLiteral("user_data_2"), QStringLiteral("user_data_3")}));
        QCOMPARE(plan.notes.size(), 2);
        QVERIFY(plan.notes[0].contains(QStringLiteral("user_data_2")));
    }

    void grandchildKeys()
    {
        const auto records = readJson(QStringLiteral("orders.json"));
        const cw::MappingPlan plan = cw::MappingPlan::build(ordersStream(), cw::SchemaInferrer::infer(records));
        const int grandchild = plan.tableIndex(QStringLiteral("orders_line_items_discounts"));
        QVERIFY(grandchild > 0);
        QCOMPARE(plan.tables[grandchild].primaryKey,
                 (QStringList{QStringLiteral("orders_id"), QStringLiteral("orders_line_items_index"), QStringLiteral("index")}));
        QCOMPARE(plan.tables[plan.tables[grandchild].parent].name, QStringLiteral("orders_line_items"));
    }

    void nonObjectRecords()
    {
        const auto records = cw::JsonValue::parse(R"([1, 2, 3])");
        cw::Stream stream;
        stream.name = QStringLiteral("numbers");
        const cw::MappingPlan plan = cw::MappingPlan::build(stream, cw::SchemaInferrer::infer(records));
        QCOMPARE(plan.tables[0].columns.size(), 1);
        QCOMPARE(plan.tables[0].columns[0].name, QStringLiteral("value"));
        QCOMPARE(cw::toString(plan.tables[0].columns[0].type), cw::toString(cw::FivetranType::Long));
    }
};

QTEST_GUILESS_MAIN(TestMappingPlan)
#include "tst_mappingplan.moc"
