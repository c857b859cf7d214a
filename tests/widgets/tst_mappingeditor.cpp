// SPDX-License-Identifier: MIT
// The mapping editor as a user drives it: samples analysed off the GUI thread, warnings,
// the destination preview following an edit, and schema drift accepted or rejected.
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "models/core/samples/samplestore.h"
#include "models/itemmodels/mappingtreemodel.h"
#include "models/itemmodels/projectdocument.h"
#include "widgets/mapping/mappingeditor.h"
#include "widgets/mapping/schemadriftview.h"

using namespace cw;

namespace {

Project shopProject()
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

Sample page(const QByteArray &body)
{
    Sample sample;
    sample.stream = QStringLiteral("orders");
    sample.status = 200;
    sample.url = QStringLiteral("https://api.example.com/orders");
    sample.body = body;
    return sample;
}

} // namespace

class TestMappingEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsReachThePreviewAndDriftIsDecided()
    {
        ProjectDocument document;
        document.reset(shopProject(), {});
        MappingEditor editor(&document);
        editor.resize(1000, 700);
        editor.show();
        QSignalSpy loaded(&editor, &MappingEditor::samplesLoaded);
        document.keepSample(page("{\"data\": [{\"id\": 1, \"total\": 10, \"tags\": [\"a\"]}, {\"id\": 2, \"total\": 11, \"tags\": []}]}"));
        editor.setStream(0);
        QTRY_VERIFY(loaded.count() >= 1);
        QTRY_VERIFY(!editor.isLoading());
        QCOMPARE(editor.model()->rowCount(), 3);

        // Without a key the warnings say so.
        bool noKeyWarned = false;
        for (int i = 0; i < editor.warnings()->count(); ++i)
            noKeyWarned |= editor.warnings()->item(i)->text().contains(QStringLiteral("key"), Qt::CaseInsensitive);
        QVERIFY(noKeyWarned);

        // Skipping a column removes it from the preview at once.
        auto *preview = qobject_cast<QTableView *>(editor.previewTabs()->widget(0));
        QVERIFY(preview);
        const int before = preview->model()->columnCount();
        QVERIFY(editor.model()->setData(editor.model()->indexForPath(QStringLiteral("/total"), MappingTreeModel::ModeColumn),
                                        MappingTreeModel::modeSkip()));
        QCOMPARE(preview->model()->columnCount(), before - 1);
        document.undoStack()->undo();
        QCOMPARE(preview->model()->columnCount(), before);

        // A new page brings a new field and turns total into a string: drift.
        loaded.clear();
        document.keepSample(page("{\"data\": [{\"id\": 3, \"total\": \"12.50\", \"tags\": [], \"coupon\": \"X1\"}]}"));
        QTRY_VERIFY(loaded.count() >= 1);
        QTRY_VERIFY(!editor.isLoading());
        SchemaDriftView *drift = editor.drift();
        QCOMPARE(drift->pendingCount(), 2);
        QTreeWidget *changes = drift->list();
        int added = -1;
        for (int row = 0; row < changes->topLevelItemCount(); ++row) {
            if (changes->topLevelItem(row)->text(1) == QStringLiteral("/coupon"))
                added = row;
        }
        QVERIFY(added >= 0);
        changes->topLevelItem(added)->setSelected(true);
        drift->reject();
        QCOMPARE(drift->pendingCount(), 1);
        // Rejecting an added field skips it.
        QList<ColumnMapping> columns = document.project().streams[0].table.columns;
        QVERIFY(std::any_of(columns.begin(), columns.end(),
                            [](const ColumnMapping &c) { return c.path == QStringLiteral("/coupon") && !c.include; }));
        drift->accept(true);
        QCOMPARE(drift->pendingCount(), 0);
        // Accepting the retype pins nothing: total follows the samples, now STRING.
        QCOMPARE(editor.model()->indexForPath(QStringLiteral("/total"), MappingTreeModel::TypeColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("STRING"));
        columns = document.project().streams[0].table.columns;
        QVERIFY(std::none_of(columns.begin(), columns.end(), [](const ColumnMapping &c) { return c.path == QStringLiteral("/total"); }));
    }
};

QTEST_MAIN(TestMappingEditor)
#include "tst_mappingeditor.moc"
