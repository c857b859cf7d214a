// SPDX-License-Identifier: MIT
// Every item model of cw_models under QAbstractItemModelTester, plus the undoable edits
// they make through the ProjectDocument.
#include <memory>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "models/itemmodels/parametertablemodel.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/recordpicker.h"
#include "models/itemmodels/runlogmodel.h"
#include "models/itemmodels/streamtreemodel.h"

using namespace cw;

namespace {

Stream makeStream(const QString &name, const QString &group, const QString &path)
{
    Stream s;
    s.name = name;
    s.group = group;
    s.request.path = path;
    s.table.name = name;
    s.table.primaryKey = {QStringLiteral("id")};
    s.table.columns = {
        {QStringLiteral("/id"), QStringLiteral("id"), FivetranType::Long, 0, 0, true},
        {QStringLiteral("/name"), QStringLiteral("name"), FivetranType::String, 0, 0, true},
        {QStringLiteral("/amount"), QStringLiteral("amount"), FivetranType::Unspecified, 0, 0, true},
    };
    return s;
}

Project sampleProject()
{
    Project p;
    p.name = QStringLiteral("Sample");
    p.connection.baseUrl = QStringLiteral("http://127.0.0.1:1");
    p.streams = {makeStream(QStringLiteral("customers"), QStringLiteral("CRM"), QStringLiteral("/customers")),
                 makeStream(QStringLiteral("orders"), QStringLiteral("Sales"), QStringLiteral("/orders")),
                 makeStream(QStringLiteral("leads"), QStringLiteral("CRM"), QStringLiteral("/leads")),
                 makeStream(QStringLiteral("misc"), QString(), QStringLiteral("/misc"))};
    return p;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamTreeGroupsStreams()
    {
        ProjectDocument document;
        document.reset(sampleProject(), {});
        StreamTreeModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3); // CRM, Sales, and the default group
        const QModelIndex crm = model.index(0, 0);
        QCOMPARE(crm.data().toString(), QStringLiteral("CRM"));
        QCOMPARE(model.rowCount(crm), 2);
        QCOMPARE(model.index(1, 0, crm).data().toString(), QStringLiteral("leads"));
        QCOMPARE(model.index(1, 0, crm).data(StreamTreeModel::StreamIndexRole).toInt(), 2);
        QCOMPARE(model.index(0, 0, model.index(2, 0)).data().toString(), QStringLiteral("misc"));
        QCOMPARE(model.indexOfStream(1).data().toString(), QStringLiteral("orders"));
    }

    void streamTreeRenameDeleteUndo()
    {
        ProjectDocument document;
        document.reset(sampleProject(), {});
        StreamTreeModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy modified(&document, &ProjectDocument::modifiedChanged);

        const QModelIndex customers = model.indexOfStream(0);
        QVERIFY(model.setData(customers, QStringLiteral("clients")));
        QCOMPARE(document.project().streams[0].name, QStringLiteral("clients"));
        QCOMPARE(model.indexOfStream(0).data().toString(), QStringLiteral("clients"));
        QVERIFY(document.isModified());
        QCOMPARE(modified.count(), 1);

        // Renaming onto an existing name yields a unique name, never a duplicate.
        QVERIFY(model.setData(model.indexOfStream(0), QStringLiteral("orders")));
        QCOMPARE(document.project().streams[0].name, QStringLiteral("orders_2"));

        document.removeStream(1); // the Sales group disappears
        QCOMPARE(model.rowCount(), 2);
        document.duplicateStream(0);
        QCOMPARE(document.project().streams[1].name, QStringLiteral("orders_2_copy"));

        QUndoStack *stack = document.undoStack();
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(document.project(), sampleProject());
        QVERIFY(!document.isModified());
        QCOMPARE(model.rowCount(), 3);
        stack->redo();
        QCOMPARE(document.project().streams[0].name, QStringLiteral("clients"));
    }

    void parameterTableEditsAreUndoable()
    {
        Project project = sampleProject();
        Parameter status;
        status.name = QStringLiteral("status");
        status.value = QStringLiteral("open");
        status.enumValues = {QStringLiteral("open"), QStringLiteral("closed")};
        project.streams[0].request.parameters = {status};
        ProjectDocument document;
        document.reset(project, {});
        ParameterTableModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStreamIndex(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ParameterTableModel::ValueColumn).data(ParameterTableModel::AllowedValuesRole).toStringList(),
                 status.enumValues);
        QVERIFY(model.setData(model.index(0, ParameterTableModel::ValueColumn), QStringLiteral("closed")));
        QCOMPARE(document.project().streams[0].request.parameters[0].value, QStringLiteral("closed"));
        QVERIFY(!model.setData(model.index(0, ParameterTableModel::InColumn), QStringLiteral("body")));
        QVERIFY(model.setData(model.index(0, ParameterTableModel::InColumn), QStringLiteral("header")));
        QCOMPARE(model.addParameter(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(document.project().streams[0].request.parameters[1].name, QStringLiteral("param"));
        QCOMPARE(model.addParameter(), 2);
        QCOMPARE(document.project().streams[0].request.parameters[2].name, QStringLiteral("param2"));
        model.removeParameter(0);
        QCOMPARE(model.rowCount(), 2);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.project(), project);
        QCOMPARE(model.rowCount(), 1);
    }

    void addStreamMakesNamesUnique()
    {
        ProjectDocument document;
        document.reset(sampleProject(), {});
        Stream s;
        s.name = QStringLiteral("orders");
        QCOMPARE(document.addStream(s), 4);
        QCOMPARE(document.project().streams[4].name, QStringLiteral("orders_2"));
        QCOMPARE(document.project().streams[4].table.name, QStringLiteral("orders_2"));
        document.undoStack()->undo();
        QCOMPARE(document.project().streams.size(), 4);
    }

    void recordPickerUsesClickedNodes()
    {
        using namespace RecordPicker;
        QCOMPARE(recordRelativePath(QStringLiteral("/data"), QStringLiteral("/data/4/address/city")), QStringLiteral("/address/city"));
        QCOMPARE(recordRelativePath(QString(), QStringLiteral("/0/id")), QStringLiteral("/id"));
        QVERIFY(!recordRelativePath(QStringLiteral("/data"), QStringLiteral("/meta/total")));
        QVERIFY(!recordRelativePath(QStringLiteral("/data"), QStringLiteral("/data/4")));
        QVERIFY(!recordRelativePath(QStringLiteral("/data"), QStringLiteral("/database/0/id")));
        QCOMPARE(columnNameFor(QStringLiteral("/address/city")), QStringLiteral("address_city"));

        ProjectDocument document;
        document.reset(sampleProject(), {});
        QVERIFY(useAsRecords(document, 0, QStringLiteral("/data")));
        QCOMPARE(document.project().streams[0].recordsPath, QStringLiteral("/data"));
        QVERIFY(useAsPrimaryKey(document, 0, QStringLiteral("/data/3/name")));
        QCOMPARE(document.project().streams[0].table.primaryKey, QStringList{QStringLiteral("name")});
        QVERIFY(addToPrimaryKey(document, 0, QStringLiteral("/data/0/region/code")));
        QCOMPARE(document.project().streams[0].table.primaryKey,
                 (QStringList{QStringLiteral("name"), QStringLiteral("region_code")}));
        QCOMPARE(document.project().streams[0].table.columns.last().path, QStringLiteral("/region/code"));
        QVERIFY(useAsCursor(document, 0, QStringLiteral("/data/1/updated_at")));
        QCOMPARE(document.project().streams[0].incremental.cursorField, QStringLiteral("updated_at"));
        QVERIFY(useAsCursor(document, 0, QStringLiteral("/data/1/meta/modified")));
        QCOMPARE(document.project().streams[0].incremental.cursorField, QStringLiteral("/meta/modified"));
        QVERIFY(!useAsPrimaryKey(document, 0, QStringLiteral("/total")));
        QCOMPARE(document.undoStack()->count(), 5);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.project(), sampleProject());
    }

    void runLogAppendsAndClears()
    {
        RunLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunLogEntry entry;
        entry.stream = QStringLiteral("customers");
        entry.page = 1;
        entry.status = 200;
        entry.records = 100;
        entry.method = QStringLiteral("GET");
        entry.url = QStringLiteral("http://x/customers");
        model.append(entry);
        entry.status = 0;
        entry.error = true;
        entry.note = QStringLiteral("Cannot connect");
        model.append(entry);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RunLogModel::UrlColumn).data().toString(), QStringLiteral("GET http://x/customers"));
        QCOMPARE(model.index(1, RunLogModel::StatusColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(model.index(1, RunLogModel::NoteColumn).data(Qt::ForegroundRole).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
