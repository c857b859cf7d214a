// SPDX-License-Identifier: MIT
// The main window offscreen: the demo project opens with all five panes showing its data,
// fetch and walk work against the in-process demo API, edits are undoable, and unsaved
// changes are guarded.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QDir>
#include <QProcess>
#include <QSysInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>

#include "models/core/demo/demoproject.h"
#include "models/core/project/projectfile.h"
#include "models/itemmodels/autosaver.h"
#include "models/itemmodels/jsonindexmodel.h"
#include "widgets/responseviewer/detectionview.h"
#include "widgets/responseviewer/jsonbodytree.h"
#include "widgets/responseviewer/rawbodyview.h"
#include "widgets/responseviewer/samplesview.h"
#include "models/itemmodels/mappingtreemodel.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/runlogmodel.h"
#include "widgets/codepane/codeeditor.h"
#include "widgets/codepane/codepane.h"
#include "widgets/dialogs/importreportdialog.h"
#include "widgets/explorer/endpointexplorer.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mapping/mappingeditor.h"
#include "widgets/responseviewer/responseviewer.h"
#include "widgets/runpanel/runpanel.h"

using namespace cw;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the user's real settings (recent files, layout) out of the test.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void demoProjectShowsInEveryPane()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemoProject());

        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QCOMPARE(docks.size(), 5);
        for (QDockWidget *dock : docks)
            QVERIFY2(dock->isVisible(), qPrintable(dock->windowTitle()));

        const Project &project = window.document()->project();
        QVERIFY(project.streams.size() >= 4);
        QVERIFY(window.windowTitle().contains(project.name));
        QVERIFY(!window.isWindowModified());

        // The explorer lists every stream.
        QAbstractItemModel *tree = window.explorer()->view()->model();
        int listed = 0;
        for (int g = 0; g < tree->rowCount(); ++g)
            listed += tree->rowCount(tree->index(g, 0));
        QCOMPARE(listed, int(project.streams.size()));

        // Selecting a stream feeds the mapping editor and the response viewer.
        window.explorer()->selectStream(0);
        QCOMPARE(window.explorer()->currentStream(), 0);

        // The code pane shows the project file as it would be saved.
        const QString code = window.codePane()->projectView()->text();
        QCOMPARE(code, QString::fromUtf8(ProjectFile::serialize(project)));
        // ... and the generated connector.py.
        QTRY_VERIFY_WITH_TIMEOUT(window.codePane()->editor()->text().contains(QStringLiteral("def update(configuration")), 15000);

        // Fetch: the first page arrives without blocking the GUI thread.
        window.responseViewer()->fetch();
        QTRY_VERIFY_WITH_TIMEOUT(!window.responseViewer()->isFetching(), 15000);
        QTRY_VERIFY(window.responseViewer()->tree()->model()->rowCount() > 0);
        // The fetched page is a sample (in memory: the demo project has no file yet); the
        // mapping editor infers the stream's fields from it and previews its rows.
        QTRY_VERIFY_WITH_TIMEOUT(window.mappingEditor()->model()->rowCount() > 5, 10000);
        QTRY_VERIFY(window.mappingEditor()->previewTabs()->count() >= 1);
        auto *preview = qobject_cast<QTableView *>(window.mappingEditor()->previewTabs()->widget(0));
        QVERIFY(preview);
        QVERIFY(preview->model()->rowCount() > 0);

        // Walk: every page of the selected stream, listed in the run panel.
        // Sync: every page of the selected stream into the warehouse, from an empty one.
        QVERIFY(window.runPanel()->resetWarehouse(true));
        QSignalSpy finished(window.runPanel(), &RunPanel::runFinished);
        window.runPanel()->runSelected();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), true);
        RunLogModel *log = window.runPanel()->log();
        QVERIFY(log->rowCount() > 1);
        qint64 records = 0;
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->entry(row).status == 200)
                records += log->entry(row).records;
        }
        QCOMPARE(records, qint64(2500));

        // A day passes in the demo API (Run menu); the next sync reads the changes, its
        // deletions feed included, and the summary counts the deletes.
        QAction *advance = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().remove(u'&') == QStringLiteral("Advance Demo API by a Day"))
                advance = action;
        }
        QVERIFY(advance && advance->isEnabled());
        advance->trigger();
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("deleted")));
        window.runPanel()->runSelected();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(finished.last().first().toBool(), true);
        QTRY_VERIFY(window.runPanel()->summaryText().contains(QStringLiteral("Deletes       | ")));
        QVERIFY2(!window.runPanel()->summaryText().contains(QStringLiteral("Deletes       | 0\n")), qPrintable(window.runPanel()->summaryText()));
    }

    void responseViewerPagesQueriesAndDetects()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemoProject());
        ResponseViewer *viewer = window.responseViewer();
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isFetching() && viewer->statusText().contains(QStringLiteral("HTTP 200")), 15000);
        QVERIFY2(viewer->statusText().startsWith(QStringLiteral("Page 1")), qPrintable(viewer->statusText()));
        QVERIFY(viewer->statusText().contains(QStringLiteral("100 records")));

        viewer->fetchNextPage();
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isFetching() && viewer->statusText().startsWith(QStringLiteral("Page 2")), 15000);

        // The second page of customers holds ids 101..200.
        JsonBodyTree *tree = viewer->tree();
        tree->queryField()->setText(QStringLiteral("$.data[?@.id == 150].name"));
        QCOMPARE(tree->runQuery(), 1);
        QCOMPARE(tree->view()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(tree->view()->currentIndex().data(JsonIndexModel::PointerRole).toString(), QStringLiteral("/data/49/name"));
        tree->queryField()->setText(QStringLiteral("$.data[?@.id =="));
        QCOMPARE(tree->runQuery(), -1);

        // Detection explains the structure of the page it saw.
        QCOMPARE(viewer->detection()->detection().records.path, QStringLiteral("/data"));
        QVERIFY(viewer->detection()->detection().pagination.pagination.type == PaginationType::OffsetLimit);

        // Invalid JSON is named with its line and column and underlined.
        viewer->raw()->setBody("{\n  \"a\": 1,\n  \"b\": ,\n}", "application/json", false, 3, 8,
                               QStringLiteral("unexpected ',' at line 3, column 8"));
        QVERIFY(viewer->raw()->note().contains(QStringLiteral("line 3, column 8")));
        QCOMPARE(RawBodyView::sniff("<?xml version=\"1.0\"?><a/>", "text/xml"), RawBodyView::Kind::Xml);
        QCOMPARE(RawBodyView::sniff("id,name\n1,x\n", "text/csv"), RawBodyView::Kind::Csv);
        QCOMPARE(RawBodyView::sniff(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10), "image/png"), RawBodyView::Kind::Binary);
        QCOMPARE(RawBodyView::sniff("hello", "text/plain"), RawBodyView::Kind::Text);
    }

    void importsCurlIntoTheProject()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemoProject());
        const qsizetype before = window.document()->project().streams.size();
        QTimer poll;
        answerImport(poll, QStringLiteral("Add to Current Project"));
        window.importBytes("curl -H 'Authorization: Bearer s3cr3t-value' \\\n  'https://api.example.com/v2/invoices?status=open'",
                           QStringLiteral("test"));
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->project().streams.size(), before + 1, 10000);
        const Stream &added = window.document()->project().streams.last();
        QCOMPARE(added.request.path, QStringLiteral("/v2/invoices"));
        // The token became a secret configuration field; the project never holds it.
        QVERIFY(!ProjectFile::serialize(window.document()->project()).contains("s3cr3t-value"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->project().streams.size(), before);
    }

    void fetchedPagesBecomeSamples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.cwproj"));
        MainWindow window;
        window.show();
        QVERIFY(window.openDemoProject());
        ResponseViewer *viewer = window.responseViewer();
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isFetching(), 15000);
        QCOMPARE(viewer->samples()->count(), 0); // unsaved: nowhere to keep samples
        QString error;
        QVERIFY2(window.document()->saveAs(path, &error), qPrintable(error));
        viewer->fetch();
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isFetching() && viewer->statusText().contains(QStringLiteral("HTTP 200")), 15000);
        QTRY_COMPARE(viewer->samples()->count(), 1);
        viewer->fetchNextPage();
        QTRY_COMPARE_WITH_TIMEOUT(viewer->samples()->count(), 2, 15000);

        viewer->samples()->openRow(1); // the older one: page 1
        QVERIFY2(viewer->statusText().contains(QStringLiteral("offline")), qPrintable(viewer->statusText()));
        QVERIFY(viewer->tree()->model()->rowCount() > 0);

        // The bearer token appears nowhere in the workspace database.
        for (const QString &file : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("demo-token"), qPrintable(file));
        }
    }

    void harImportKeepsRecordedResponsesAsSamples()
    {
        const QString har = QFINDTESTDATA("../data/import/recording.har");
        QVERIFY2(!har.isEmpty(), "tests/data/import/recording.har is missing");
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openDemoProject());
        QString error;
        QVERIFY2(window.document()->saveAs(dir.filePath(QStringLiteral("shop.cwproj")), &error), qPrintable(error));
        const qsizetype before = window.document()->project().streams.size();
        QTimer poll;
        answerImport(poll, QStringLiteral("Add to Current Project"));
        window.importBytes(file.readAll(), QStringLiteral("recording.har"));
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->project().streams.size() > before, 10000);
        window.explorer()->selectStream(int(before));
        QTRY_VERIFY(window.responseViewer()->samples()->count() >= 1);
        window.responseViewer()->samples()->openRow(0);
        QVERIFY2(window.responseViewer()->statusText().contains(QStringLiteral("offline")),
                 qPrintable(window.responseViewer()->statusText()));
    }

    void importsTheDemoOpenApiFromItsUrl()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemoProject());
        const QString baseUrl = window.document()->configurationValues().value(QStringLiteral("base_url"));
        QVERIFY(!baseUrl.isEmpty());
        QTimer poll;
        answerImport(poll, QStringLiteral("Open as New Project"));
        window.importUrl(QUrl(baseUrl + QStringLiteral("/openapi.json")));
        // The demo API's own description: one stream per GET operation, read into a new project.
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->project().stream(QStringLiteral("list_customers")), 10000);
        const Project &project = window.document()->project();
        QCOMPARE(project.streams.size(), 9);
        QCOMPARE(project.stream(QStringLiteral("list_customers"))->recordsPath, QStringLiteral("/data"));
        QVERIFY(project.stream(QStringLiteral("list_customers"))->pagination.type == PaginationType::OffsetLimit);
        QVERIFY(!window.isWindowModified()); // a new, untouched project
    }

    void editsAreUndoableAndMarkTheTitle()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemoProject());
        const QString firstName = window.document()->project().streams[0].name;
        window.document()->renameStream(0, QStringLiteral("clients"));
        QCOMPARE(window.document()->project().streams[0].name, QStringLiteral("clients"));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.codePane()->projectView()->text().contains(QStringLiteral("\"clients\"")));
        // The generated code follows after a short pause.
        QTRY_VERIFY_WITH_TIMEOUT(window.codePane()->editor()->text().contains(QStringLiteral("clients")), 15000);
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->project().streams[0].name, firstName);
        QVERIFY(!window.isWindowModified());
        window.document()->undoStack()->redo();
        QVERIFY(window.isWindowModified());

        // Closing with unsaved changes asks; Cancel keeps the window open.
        QTimer::singleShot(0, this, [] { answerModal(QMessageBox::Cancel); });
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QTimer::singleShot(0, this, [] { answerModal(QMessageBox::Discard); });
        QVERIFY(window.close());
    }

    void savesAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.cwproj"));
        MainWindow window;
        QVERIFY(window.openDemoProject());
        QString error;
        QVERIFY2(window.document()->saveAs(path, &error), qPrintable(error));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.cwproj")));
        MainWindow second;
        QVERIFY(second.openFile(path));
        QCOMPARE(second.document()->project(), window.document()->project());
        // The bearer token is a secret: it lives in memory only, never in the file.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("demo-token"));
    }

    void recoversTheWorkOfAWindowThatWasKilled()
    {
        // What a killed window leaves behind: its autosave copy, meta and a lock whose owner
        // process is gone.
        const QString dir = Autosaver::defaultDirectory();
        QVERIFY(QDir().mkpath(dir));
        Project unsaved = makeDemoProject(QStringLiteral("http://127.0.0.1:1"));
        unsaved.name = QStringLiteral("Work in progress");
        QVERIFY(ProjectFile::save(unsaved, dir + QStringLiteral("/killed.cwproj")));
        QFile meta(dir + QStringLiteral("/killed.meta"));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write("{\"originalPath\": \"\", \"displayName\": \"Work in progress\", \"savedAt\": \"2026-11-24T10:00:00.000Z\"}");
        meta.close();
        QProcess ended;
        ended.start(QStringLiteral("/bin/true"));
        QVERIFY(ended.waitForStarted());
        const qint64 endedPid = ended.processId(); // known only while it runs
        QVERIFY(ended.waitForFinished());
        QFile lock(dir + QStringLiteral("/killed.lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(endedPid) + "\nconnector-workbench\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();

        MainWindow window;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &poll, [&poll] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QStringLiteral("&Recover"))
                    button->click();
            }
        });
        poll.start(20);
        QVERIFY(window.offerRecovery());
        QCOMPARE(window.document()->project().name, QStringLiteral("Work in progress"));
        QVERIFY(window.document()->isModified());
        QVERIFY(Autosaver::findRecoveries(dir).isEmpty());
        QTimer::singleShot(0, this, [] { answerModal(QMessageBox::Discard); });
        QVERIFY(window.close());
    }

private:
    // Clicks `buttonText` in the import report dialog once it opens (after the worker thread).
    static void answerImport(QTimer &poll, const QString &buttonText)
    {
        QObject::connect(&poll, &QTimer::timeout, &poll, [&poll, buttonText] {
            auto *dialog = qobject_cast<ImportReportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == buttonText)
                    button->click();
            }
        });
        poll.start(20);
    }

    static void answerModal(QMessageBox::StandardButton button)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
