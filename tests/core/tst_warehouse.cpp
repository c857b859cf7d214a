// SPDX-License-Identifier: MIT
// The local warehouse: plan-aligned and generic writes store identical bytes, system columns,
// schema evolution, checkpoints that commit rows and state together, restore, export, reset.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "models/core/warehouse/warehouse.h"
#include "models/core/warehouse/warehousevalues.h"

using namespace cw;
using namespace Qt::StringLiterals;

namespace {

PlanColumn column(const char *name, FivetranType type, int precision = 0, int scale = 0)
{
    PlanColumn c;
    c.name = QLatin1String(name);
    c.sourcePath = u'/' + c.name;
    c.type = type;
    c.precision = precision;
    c.scale = scale;
    return c;
}

PlanTable customersTable()
{
    PlanTable table;
    table.name = QStringLiteral("customers");
    table.primaryKey = {QStringLiteral("id")};
    table.columns = {column("id", FivetranType::Long), column("name", FivetranType::String),
                     column("balance", FivetranType::Decimal, 14, 2), column("updated_at", FivetranType::UtcDateTime),
                     column("tags", FivetranType::Json), column("active", FivetranType::Boolean),
                     column("score", FivetranType::Unspecified)};
    return table;
}

TableRows rows(std::initializer_list<std::vector<JsonValue>> list)
{
    TableRows out;
    for (const auto &row : list)
        out.rows.push_back(row);
    return out;
}

// Every row of a table without _fivetran_synced, ordered by the given columns.
std::vector<std::vector<JsonValue>> contents(const Warehouse &w, const QString &table, const QString &order)
{
    const std::optional<WarehouseTable> t = w.table(table);
    if (!t)
        return {};
    QStringList names;
    for (const WarehouseColumn &c : t->columns)
        names << QStringLiteral("\"") + c.name + QStringLiteral("\"");
    names << QStringLiteral("_fivetran_deleted");
    if (t->primaryKey.isEmpty())
        names << QStringLiteral("_fivetran_id");
    const QueryResult r = w.query(u"SELECT "_s + names.join(u", ") + u" FROM \""_s + table + u"\" ORDER BY "_s + order);
    return r.rows;
}

} // namespace

class TestWarehouse final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pathBesideProject()
    {
        QCOMPARE(Warehouse::pathForProject(QStringLiteral("/p/shop.cwproj")), QStringLiteral("/p/shop.warehouse.db"));
        QCOMPARE(Warehouse::pathForProject(QStringLiteral("/p/shop.json")), QStringLiteral("/p/shop.json.warehouse.db"));
    }

    void normalisesValues_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("expected");
        const int dec = int(FivetranType::Decimal);
        const int utc = int(FivetranType::UtcDateTime);
        QTest::newRow("decimal pad") << "12.5" << dec << 2 << "\"12.50\"";
        QTest::newRow("decimal integer") << "12" << dec << 2 << "\"12.00\"";
        QTest::newRow("decimal round") << "0.125" << dec << 2 << "\"0.13\"";
        QTest::newRow("decimal carry") << "-9.999" << dec << 2 << "\"-10.00\"";
        QTest::newRow("decimal exponent") << "1e-05" << dec << 6 << "\"0.000010\"";
        QTest::newRow("decimal string") << "\"7.1\"" << dec << 2 << "\"7.10\"";
        QTest::newRow("utc as is") << "\"2024-01-01T00:00:11Z\"" << utc << 0 << "\"2024-01-01T00:00:11Z\"";
        QTest::newRow("utc offset") << "\"2024-01-01T02:30:00.120+02:00\"" << utc << 0 << "\"2024-01-01T00:30:00.12Z\"";
        QTest::newRow("utc west") << "\"2023-12-31T19:00:00-05:00\"" << utc << 0 << "\"2024-01-01T00:00:00Z\"";
        QTest::newRow("utc date") << "\"2024-02-29\"" << utc << 0 << "\"2024-02-29T00:00:00Z\"";
        QTest::newRow("utc epoch s") << "1704067200" << utc << 0 << "\"2024-01-01T00:00:00Z\"";
        QTest::newRow("utc epoch ms") << "1704067200250" << utc << 0 << "\"2024-01-01T00:00:00.25Z\"";
        QTest::newRow("utc not a date") << "\"soon\"" << utc << 0 << "\"soon\"";
        QTest::newRow("utc last second") << "\"1999-12-31T23:59:59+00:00\"" << utc << 0 << "\"1999-12-31T23:59:59Z\"";
        QTest::newRow("utc year 1") << "\"0001-01-01T00:00:00Z\"" << utc << 0 << "\"0001-01-01T00:00:00Z\"";
        QTest::newRow("utc into year 10000") << "\"9999-12-31T23:30:00-01:00\"" << utc << 0 << "\"10000-01-01T00:30:00Z\"";
        QTest::newRow("utc epoch 0") << "0" << utc << 0 << "\"1970-01-01T00:00:00Z\"";
        QTest::newRow("json string") << "\"a\"" << int(FivetranType::Json) << 0 << "\"\\\"a\\\"\"";
        QTest::newRow("json object") << "{\"b\": 1, \"a\": [1, 2]}" << int(FivetranType::Json) << 0
                                     << "\"{\\\"b\\\":1,\\\"a\\\":[1,2]}\"";
        QTest::newRow("bool string") << "\"TRUE\"" << int(FivetranType::Boolean) << 0 << "1";
        QTest::newRow("long from float") << "3.0" << int(FivetranType::Long) << 0 << "3";
        QTest::newRow("string from number") << "3.5" << int(FivetranType::String) << 0 << "\"3.5\"";
        QTest::newRow("date from datetime") << "\"2024-03-01T10:00:00Z\"" << int(FivetranType::NaiveDate) << 0
                                            << "\"2024-03-01\"";
    }
    void normalisesValues()
    {
        QFETCH(QString, input);
        QFETCH(int, type);
        QFETCH(int, scale);
        QFETCH(QString, expected);
        const JsonValue value = JsonValue::parse(input.toStdString());
        QCOMPARE(QString::fromStdString(normalisedValue(value, FivetranType(type), 0, scale).dump()), expected);
    }

    void planAndGenericPathsStoreIdenticalBytes()
    {
        Warehouse plan;
        Warehouse generic;
        QString error;
        QVERIFY2(plan.open(file("plan.db"), &error), qPrintable(error));
        QVERIFY2(generic.open(file("generic.db"), &error), qPrintable(error));
        const int handle = plan.prepareTable(customersTable(), &error);
        QVERIFY2(handle >= 0, qPrintable(error));
        const JsonValue tags = JsonValue::parse("[\"vip\", \"ünïcode ✓\", {\"k\": \"a\\\"b\"}]");
        QVERIFY2(plan.upsertRows(handle,
                                 rows({{1, "Ann", 12.5, "2024-01-01T01:00:00+01:00", tags, true, 7},
                                       {2, "Bob", nullptr, "2024-01-02T00:00:00Z", nullptr, false, 7.5}}),
                                 &error),
                 qPrintable(error));
        QVERIFY2(plan.commitCheckpoint({{"customers", {{"cursor", "2024-01-02T00:00:00Z"}}}}, QStringLiteral("customers"),
                                       nullptr, &error),
                 qPrintable(error));

        // The Python runtime's path: schema() declares the typed columns, upserts bring the rest.
        QList<WarehouseColumn> declared;
        for (const PlanColumn &c : customersTable().columns) {
            if (c.type != FivetranType::Unspecified)
                declared.append({c.name, c.type, c.precision, c.scale, c.name == u"id"});
        }
        QVERIFY2(generic.declareTable(QStringLiteral("customers"), {QStringLiteral("id")}, declared, &error),
                 qPrintable(error));
        QVERIFY2(generic.upsert(QStringLiteral("customers"),
                                {{"id", 1}, {"name", "Ann"}, {"balance", "12.5"}, {"updated_at", "2024-01-01T00:00:00Z"},
                                 {"tags", tags}, {"active", true}, {"score", 7}},
                                &error),
                 qPrintable(error));
        QVERIFY2(generic.upsert(QStringLiteral("customers"),
                                {{"id", 2}, {"name", "Bob"}, {"updated_at", "2024-01-02T00:00:00Z"}, {"active", false},
                                 {"score", 7.5}},
                                &error),
                 qPrintable(error));
        QVERIFY(generic.commitCheckpoint({{"customers", {{"cursor", "2024-01-02T00:00:00Z"}}}}, {}, nullptr, &error));

        const auto a = contents(plan, QStringLiteral("customers"), QStringLiteral("id"));
        const auto b = contents(generic, QStringLiteral("customers"), QStringLiteral("id"));
        QCOMPARE(a.size(), size_t(2));
        QCOMPARE(JsonValue(a).dump(), JsonValue(b).dump());
        QCOMPARE(a[0][4].get<std::string>(), Warehouse::compactJson(tags));
        QCOMPARE(a[0][2].get<std::string>(), std::string("12.50"));
        // The undeclared column took the type of its first value.
        QVERIFY(plan.table(QStringLiteral("customers"))->columns.last().type == FivetranType::Long);
        const QueryResult declaredTypes = plan.query(QStringLiteral("SELECT type FROM pragma_table_info('customers') "
                                                                    "WHERE name IN ('balance', 'active') ORDER BY name"));
        QCOMPARE(JsonValue(declaredTypes.rows).dump(), std::string(R"([["INTEGER"],["TEXT"]])"));
    }

    void keylessTablesUseRowHash()
    {
        Warehouse w;
        QString error;
        QVERIFY(w.open(file("keyless.db"), &error));
        // Unknown table, created on the fly without a key: equal rows collapse into one.
        QVERIFY2(w.upsert(QStringLiteral("events"), {{"kind", "click"}, {"n", 1}}, &error), qPrintable(error));
        QVERIFY(w.upsert(QStringLiteral("events"), {{"n", 1}, {"kind", "click"}, {"extra", nullptr}}, &error));
        QVERIFY(w.upsert(QStringLiteral("events"), {{"kind", "view"}, {"n", 2}}, &error));
        QVERIFY(w.commitCheckpoint(JsonValue::object(), {}, nullptr, &error));
        const std::optional<WarehouseTable> t = w.table(QStringLiteral("events"), true);
        QVERIFY(t);
        QCOMPARE(t->rowCount, 2);
        QVERIFY(t->primaryKey.isEmpty());
        QCOMPARE(t->columns.size(), 2); // "extra" was only ever null: no column, as in Fivetran
        const QueryResult ids = w.query(QStringLiteral("SELECT _fivetran_id FROM events ORDER BY n"));
        QCOMPARE(ids.rows.size(), size_t(2));
        QCOMPARE(ids.rows[0][0].get<std::string>().size(), size_t(32));
        // Deleting by _fivetran_id marks the row.
        QVERIFY(w.remove(QStringLiteral("events"), {{"_fivetran_id", ids.rows[0][0]}}, &error));
        QVERIFY(w.commitCheckpoint(JsonValue::object(), {}, nullptr, &error));
        QCOMPARE(w.query(QStringLiteral("SELECT sum(_fivetran_deleted) FROM events")).rows[0][0].get<int>(), 1);
    }

    void updatesDeletesTruncatesAndSchemaEvolution()
    {
        Warehouse w;
        QString error;
        QVERIFY(w.open(file("ops.db"), &error));
        const int handle = w.prepareTable(customersTable(), &error);
        QVERIFY(handle >= 0);
        QVERIFY(w.upsertRows(handle, rows({{1, "Ann", 1, nullptr, nullptr, true, nullptr},
                                           {2, "Bob", 2, nullptr, nullptr, true, nullptr}}),
                             &error));
        QVERIFY(w.update(QStringLiteral("customers"), {{"id", 1}, {"name", "Anne"}, {"nickname", "A"}}, &error));
        QVERIFY(w.remove(QStringLiteral("customers"), {{"id", 2}}, &error));
        QVERIFY(w.remove(QStringLiteral("customers"), {{"id", 99}}, &error)); // unknown rows are no error
        CheckpointEntry entry;
        QVERIFY2(w.commitCheckpoint({{"k", 1}}, QStringLiteral("customers"), &entry, &error), qPrintable(error));
        QCOMPARE(entry.operations.upserts, 2);
        QCOMPARE(entry.operations.updates, 1);
        QCOMPARE(entry.operations.deletes, 2);
        QCOMPARE(entry.operations.schemaChanges, 2); // the table, then the new column "nickname"
        QCOMPARE(entry.rowsPerTable.value(QStringLiteral("customers")), 4);
        QCOMPARE(JsonValue(contents(w, QStringLiteral("customers"), QStringLiteral("id"))).dump(),
                 std::string(R"([[1,"Anne","1.00",null,null,1,null,"A",0],[2,"Bob","2.00",null,null,1,null,null,1]])"));

        // A plan with a new column adds it; the upsert revives the deleted row and nulls "nickname".
        PlanTable wider = customersTable();
        wider.columns.append(column("email", FivetranType::String));
        const int handle2 = w.prepareTable(wider, &error);
        QVERIFY2(handle2 >= 0, qPrintable(error));
        QVERIFY(w.upsertRows(handle2, rows({{2, "Bob", 2, nullptr, nullptr, true, nullptr, "b@x"}}), &error));
        QVERIFY(w.truncate(QStringLiteral("customers"), &error));
        QVERIFY(w.upsertRows(handle2, rows({{1, "Ann", 1, nullptr, nullptr, true, nullptr, nullptr}}), &error));
        QVERIFY(w.commitCheckpoint({{"k", 2}}, {}, &entry, &error));
        QCOMPARE(entry.operations.truncates, 1);
        QCOMPARE(JsonValue(contents(w, QStringLiteral("customers"), QStringLiteral("id"))).dump(),
                 std::string(R"([[1,"Ann","1.00",null,null,1,null,null,null,0],[2,"Bob","2.00",null,null,1,null,null,"b@x",1]])"));

        // A changed primary key is refused, as Fivetran's tester refuses it.
        PlanTable rekeyed = customersTable();
        rekeyed.primaryKey = {QStringLiteral("name")};
        QCOMPARE(w.prepareTable(rekeyed, &error), -1);
        QVERIFY2(error.contains(u"primary key"), qPrintable(error));
    }

    void uncommittedWritesVanish()
    {
        QString error;
        {
            Warehouse w;
            QVERIFY(w.open(file("atomic.db"), &error));
            const int handle = w.prepareTable(customersTable(), &error);
            QVERIFY(w.upsertRows(handle, rows({{1, "Ann", 1, nullptr, nullptr, true, nullptr}}), &error));
            QVERIFY(w.commitCheckpoint({{"page", 1}}, QStringLiteral("customers"), nullptr, &error));
            QVERIFY(w.upsertRows(handle, rows({{2, "Bob", 1, nullptr, nullptr, true, nullptr}}), &error));
            QVERIFY(w.hasPendingWrites());
            // A reader on another connection sees the last checkpoint only.
            Warehouse reader;
            QVERIFY(reader.open(file("atomic.db"), &error));
            QCOMPARE(reader.table(QStringLiteral("customers"), true)->rowCount, 1);
            QCOMPARE(reader.state().dump(), std::string(R"({"page":1})"));
        } // closed without a checkpoint, like a killed process
        Warehouse w;
        QVERIFY(w.open(file("atomic.db"), &error));
        QCOMPARE(w.table(QStringLiteral("customers"), true)->rowCount, 1);
        QCOMPARE(w.checkpoints().size(), 1);
        // A rollback also forgets a table created in the transaction; the handle recreates it.
        const int handle = w.prepareTable(customersTable(), &error);
        PlanTable other = customersTable();
        other.name = QStringLiteral("others");
        const int otherHandle = w.prepareTable(other, &error);
        QVERIFY(otherHandle >= 0);
        w.rollback();
        QVERIFY(!w.table(QStringLiteral("others")));
        QVERIFY(w.upsertRows(otherHandle, rows({{5, "E", 1, nullptr, nullptr, true, nullptr}}), &error));
        QVERIFY(w.upsertRows(handle, rows({{6, "F", 1, nullptr, nullptr, true, nullptr}}), &error));
        QVERIFY2(w.commitCheckpoint({{"page", 2}}, {}, nullptr, &error), qPrintable(error));
        QCOMPARE(w.table(QStringLiteral("others"), true)->rowCount, 1);
        QCOMPARE(w.table(QStringLiteral("customers"), true)->rowCount, 2);
    }

    void stateRestoreExportReset()
    {
        Warehouse w;
        QString error;
        QVERIFY(w.open(file("state.db"), &error));
        QCOMPARE(w.state().dump(), std::string("{}"));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(w.commitCheckpoint({{"customers", {{"cursor", i}}}}, QStringLiteral("customers"), nullptr, &error));
        QCOMPARE(w.lastCheckpointSequence(), 3);
        CheckpointEntry restored;
        QVERIFY2(w.restoreCheckpoint(2, &restored, &error), qPrintable(error));
        QCOMPARE(restored.sequence, 4);
        QVERIFY(restored.note.contains(u"2"));
        QCOMPARE(w.state().dump(), std::string(R"({"customers":{"cursor":2}})"));
        QVERIFY(!w.restoreCheckpoint(42, nullptr, &error));
        QCOMPARE(w.checkpoints(2).size(), 2);
        QCOMPARE(w.checkpoints(0, 1).first().state.dump(), std::string(R"({"customers":{"cursor":1}})"));

        const QString stateFile = file("state.json");
        QVERIFY(w.exportState(stateFile, &error));
        QFile f(stateFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(JsonValue::parse(f.readAll().toStdString()).dump(), w.state().dump());

        QVERIFY(w.setState({{"orders", {{"cursor", "x"}}}}, QStringLiteral("--state state.json"), nullptr, &error));
        QCOMPARE(w.state().dump(), std::string(R"({"orders":{"cursor":"x"}})"));
        QVERIFY(!w.setState(JsonValue::array(), {}, nullptr, &error));

        QVERIFY(w.upsert(QStringLiteral("t"), {{"a", 1}}, &error));
        QVERIFY(w.commitCheckpoint(w.state(), {}, nullptr, &error));
        QVERIFY2(w.reset(&error), qPrintable(error));
        QVERIFY(w.tables().isEmpty());
        QVERIFY(w.checkpoints().isEmpty());
        QCOMPARE(w.state().dump(), std::string("{}"));
        QVERIFY(w.upsert(QStringLiteral("t"), {{"a", 1}}, &error));
        QVERIFY(w.commitCheckpoint(w.state(), {}, nullptr, &error));
        QCOMPARE(w.lastCheckpointSequence(), 1);
    }

    void queriesOnlyRead()
    {
        Warehouse w;
        QString error;
        QVERIFY(w.open(file("query.db"), &error));
        QVERIFY(w.upsert(QStringLiteral("t"), {{"a", 1}, {"b", "x"}}, &error));
        QVERIFY(w.commitCheckpoint(JsonValue::object(), {}, nullptr, &error));
        QueryResult r = w.query(QStringLiteral("SELECT a, b FROM t"));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.columns, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!w.query(QStringLiteral("DELETE FROM t")).error.isEmpty());
        QVERIFY(!w.query(QStringLiteral("SELECT 1; DELETE FROM t")).error.isEmpty());
        QVERIFY(!w.query(QStringLiteral("SELEC")).error.isEmpty());
        r = w.query(QStringLiteral("SELECT value FROM generate_series(1, 10)"), 3);
        if (r.error.isEmpty()) { // generate_series is an optional extension
            QCOMPARE(r.rows.size(), size_t(3));
            QVERIFY(r.truncated);
        }
        QVERIFY(!w.upsert(QStringLiteral("_cw_state"), {{"a", 1}}, &error));
    }
};

QTEST_GUILESS_MAIN(TestWarehouse)
#include "tst_warehouse.moc"
