// SPDX-License-Identifier: MIT
// The mapping editor's tree model: paths from the samples, destination from the plan, and
// every edit an undoable change of the stream's TableMapping.
#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

#include "models/core/samples/samplestore.h"
#include "models/itemmodels/mappingtreemodel.h"
#include "models/itemmodels/previewtablemodel.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/streamsamples.h"

using namespace cw;

namespace {

Project ordersProject()
{
    Project project;
    project.name = QStringLiteral("Shop");
    project.connection.baseUrl = QStringLiteral("https://api.example.com");
    Stream stream;
    stream.name = QStringLiteral("orders");
    stream.request.path = QStringLiteral("/orders");
    stream.recordsPath = QStringLiteral("/data");
    stream.table.name = QStringLiteral("orders");
    project.streams.append(stream);
    return project;
}

Sample ordersSample()
{
    Sample sample;
    sample.stream = QStringLiteral("orders");
    sample.status = 200;
    sample.url = QStringLiteral("https://api.example.com/orders");
    sample.body = R"({"data": [
        {"id": 1, "customer": {"id": 7, "name": "Ana", "address": {"city": "Porto"}},
         "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}], "total": 10, "updatedAt": "2024-01-01T00:00:00Z"},
        {"id": 2, "customer": {"id": 8, "name": "Bo", "address": {"city": "Oslo"}},
         "items": [], "total": 12.5, "updatedAt": "2024-01-02T00:00:00Z"}
    ]})";
    return sample;
}

} // namespace

class TestMappingTreeModel final : public QObject
{
    Q_OBJECT

private:
    ProjectDocument document;
    MappingTreeModel *model = nullptr;

    QModelIndex at(const QString &path, int column)
    {
        const QModelIndex index = model->indexForPath(path, column);
        if (!index.isValid())
            qWarning("no row for %s", qPrintable(path));
        return index;
    }

private Q_SLOTS:
    void init()
    {
        document.reset(ordersProject(), {});
        model = new MappingTreeModel(&document, this);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        model->setStream(0);
        model->setSamples(std::make_shared<const StreamSamples>(
            StreamSamples::load(document.project().streams[0], {}, {ordersSample()})));
    }

    void cleanup()
    {
        delete model;
        model = nullptr;
    }

    void treeFollowsTheSamplesAndThePlan()
    {
        QCOMPARE(model->rowCount(), 5); // id, customer, items, total, updatedAt
        QCOMPARE(at(QStringLiteral("/customer/name"), MappingTreeModel::NameColumn).data().toString(),
                 QStringLiteral("customer_name"));
        QCOMPARE(at(QStringLiteral("/customer"), MappingTreeModel::ModeColumn).data().toString(), MappingTreeModel::modeFlatten());
        // Integers and floats unify to DOUBLE; the camelCase name is normalised.
        QCOMPARE(at(QStringLiteral("/total"), MappingTreeModel::TypeColumn).data(Qt::EditRole).toString(), QStringLiteral("DOUBLE"));
        QCOMPARE(at(QStringLiteral("/updatedAt"), MappingTreeModel::NameColumn).data().toString(), QStringLiteral("updated_at"));
        // An array of objects is a child table by default, its members columns of it.
        QCOMPARE(at(QStringLiteral("/items"), MappingTreeModel::ModeColumn).data().toString(), MappingTreeModel::modeChildTable());
        QCOMPARE(at(QStringLiteral("/items/*/sku"), MappingTreeModel::ModeColumn).data().toString(), MappingTreeModel::modeColumn());
        QCOMPARE(at(QStringLiteral("/items/*/sku"), MappingTreeModel::TableRole).data(MappingTreeModel::TableRole).toString(),
                 model->plan().tables.value(1).name);
        const QVariantList counts = at(QStringLiteral("/total"), MappingTreeModel::ObservedColumn).data(MappingTreeModel::KindCountsRole).toList();
        QCOMPARE(counts.value(int(JsonKind::Integer)).toInt(), 1);
        QCOMPARE(counts.value(int(JsonKind::Float)).toInt(), 1);
    }

    void modeEditsAreUndoable()
    {
        const Project before = document.project();
        QVERIFY(model->setData(at(QStringLiteral("/customer"), MappingTreeModel::ModeColumn), MappingTreeModel::modeJson()));
        QCOMPARE(at(QStringLiteral("/customer"), MappingTreeModel::NameColumn).data().toString(), QStringLiteral("customer"));
        QCOMPARE(at(QStringLiteral("/customer/name"), MappingTreeModel::ModeColumn).data().toString(),
                 MappingTreeModel::tr("(inside JSON or skipped)"));
        // Inside a JSON column nothing is editable.
        QVERIFY(!(model->flags(at(QStringLiteral("/customer/name"), MappingTreeModel::ModeColumn)) & Qt::ItemIsEditable));

        QVERIFY(model->setData(at(QStringLiteral("/items"), MappingTreeModel::ModeColumn), MappingTreeModel::modeJson()));
        QCOMPARE(model->plan().tables.size(), 1);
        QVERIFY(model->setData(at(QStringLiteral("/total"), MappingTreeModel::ModeColumn), MappingTreeModel::modeSkip()));
        QCOMPARE(model->plan().tables[0].columns.size(), 4); // id, customer, items, updated_at
        // A mode a path cannot take is refused.
        QVERIFY(!model->setData(at(QStringLiteral("/id"), MappingTreeModel::ModeColumn), MappingTreeModel::modeChildTable()));

        QCOMPARE(document.undoStack()->count(), 3);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.project(), before);
        QCOMPARE(model->plan().tables.size(), 2);
    }

    void renamesMergeAndRetypesDeclare()
    {
        const QModelIndex name = at(QStringLiteral("/customer/name"), MappingTreeModel::NameColumn);
        QVERIFY(model->setData(name, QStringLiteral("buyer")));
        QVERIFY(model->setData(name, QStringLiteral("buyer_name")));
        QCOMPARE(document.undoStack()->count(), 1); // typing a name is one step
        QCOMPARE(name.data().toString(), QStringLiteral("buyer_name"));

        QVERIFY(model->setData(at(QStringLiteral("/total"), MappingTreeModel::TypeColumn), QStringLiteral("DECIMAL")));
        QCOMPARE(at(QStringLiteral("/total"), MappingTreeModel::TypeColumn).data().toString(), QStringLiteral("DECIMAL(3,1)"));
        QVERIFY(!model->setData(at(QStringLiteral("/total"), MappingTreeModel::TypeColumn), QStringLiteral("MONEY")));
        // A child table can be renamed too.
        QVERIFY(model->setData(at(QStringLiteral("/items"), MappingTreeModel::NameColumn), QStringLiteral("order_items")));
        QCOMPARE(model->plan().tables[1].name, QStringLiteral("order_items"));
    }

    void keyAndCursorAreTicked()
    {
        const QModelIndex key = at(QStringLiteral("/id"), MappingTreeModel::KeyColumn);
        QVERIFY(model->flags(key) & Qt::ItemIsUserCheckable);
        QVERIFY(model->setData(key, int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(model->plan().tables[0].primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(key.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // The child table is keyed by the parent's key and the element index.
        QCOMPARE(model->plan().tables[1].primaryKey.size(), 2);

        QVERIFY(model->setData(at(QStringLiteral("/updatedAt"), MappingTreeModel::CursorColumn), int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(document.project().streams[0].incremental.cursorField, QStringLiteral("updatedAt"));
        QCOMPARE(model->plan().cursorColumn, QStringLiteral("updated_at"));
        // Renaming a key column keeps it in the key.
        QVERIFY(model->setData(at(QStringLiteral("/id"), MappingTreeModel::NameColumn), QStringLiteral("order_id")));
        QCOMPARE(model->plan().tables[0].primaryKey, QStringList{QStringLiteral("order_id")});
        // Child-table columns take no part in the stream's key.
        QVERIFY(!(model->flags(at(QStringLiteral("/items/*/sku"), MappingTreeModel::KeyColumn)) & Qt::ItemIsUserCheckable));
    }

    void hostileSampleIsAnalysedNotPreviewed()
    {
        // 100,000 levels: inference copes, a DOM would overflow the stack, so the sample's
        // fields are inferred and its rows are left out of the preview with a note.
        Sample deep = ordersSample();
        deep.body = "{\"data\": [{\"id\": 9, \"deep\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}]}";
        const StreamSamples samples = StreamSamples::load(document.project().streams[0], {}, {deep});
        QCOMPARE(samples.sampleCount, 1);
        QVERIFY(samples.records.empty());
        QVERIFY(samples.schema.find(QStringLiteral("/id")));
        QCOMPARE(samples.problems.size(), 1);
        QVERIFY2(samples.problems.first().contains(QStringLiteral("deeper than 512 levels")), qPrintable(samples.problems.first()));
    }

    void previewShowsEveryTablesRows()
    {
        QVERIFY(model->setData(at(QStringLiteral("/id"), MappingTreeModel::KeyColumn), int(Qt::Checked), Qt::CheckStateRole));
        const auto rows = previewRows(model->plan(), model->samples()->records);
        PreviewTableModel orders;
        QAbstractItemModelTester tester(&orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        orders.setTable(model->plan(), 0, rows);
        QCOMPARE(orders.rowCount(), 2);
        PreviewTableModel items;
        items.setTable(model->plan(), 1, rows);
        QCOMPARE(items.rowCount(), 2); // two elements in the first order, none in the second
        int sku = -1;
        for (int c = 0; c < items.columnCount(); ++c) {
            if (items.headerData(c, Qt::Horizontal).toString() == QStringLiteral("sku"))
                sku = c;
        }
        QVERIFY(sku >= 0);
        QCOMPARE(items.index(1, sku).data().toString(), QStringLiteral("B"));
    }
};

QTEST_GUILESS_MAIN(TestMappingTreeModel)
#include "tst_mappingtreemodel.moc"
