// SPDX-License-Identifier: MIT
// Renders the documentation screenshots from the real application: the main window on the
// demo project after a fetch and a walk of every stream. Run through docs/screenshots/update.sh
// (under Xvfb) so that the pictures in the README always show the current build.
//   cw_screenshots <dir>                  every screenshot, English
//   cw_screenshots <dir> --language de    only the main window, as main-window-de.png
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>
#include <QTimer>

#include "widgets/mainwindow/mainwindow.h"
#include "models/itemmodels/checkpointmodel.h"
#include "models/itemmodels/mappingtreemodel.h"
#include "models/itemmodels/projectdocument.h"
#include "widgets/explorer/endpointexplorer.h"
#include "widgets/codepane/codeeditor.h"
#include "widgets/codepane/codepane.h"
#include "widgets/dialogs/connectiondialog.h"
#include "widgets/dialogs/deletionsdialog.h"
#include "widgets/dialogs/exportdialog.h"
#include "widgets/dialogs/streamsettingsdialog.h"
#include "widgets/dialogs/shortcutsdialog.h"
#include "widgets/preferences/preferencesdialog.h"
#include "widgets/preferences/translationinstaller.h"
#include "widgets/mapping/mappingeditor.h"
#include "widgets/responseviewer/jsonbodytree.h"
#include "widgets/responseviewer/responseviewer.h"
#include "widgets/runpanel/runpanel.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/connector-workbench.svg")));
    const QStringList args = QCoreApplication::arguments();
    const QString outputDir = args.size() > 1 ? args.at(1) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outputDir);
    const qsizetype languageAt = args.indexOf(QStringLiteral("--language"));
    const QString language = languageAt > 0 ? args.value(languageAt + 1) : QString();
    cw::installTranslations(language.isEmpty() ? QStringLiteral("en") : language);

    cw::MainWindow window;
    window.resize(1600, 960);
    window.show();
    QCoreApplication::processEvents(); // the default dock sizes follow the window's real size
    if (!window.openDemoProject())
        return 1;

    QEventLoop loop;
    QObject::connect(window.responseViewer(), &cw::ResponseViewer::fetched, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (window.responseViewer()->isFetching())
        loop.exec();

    window.runPanel()->runAll();
    // Wait for the walk to end (at most a minute), painting all the while.
    for (int i = 0; i < 600 && window.runPanel()->isRunning(); ++i) {
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QTimer::singleShot(300, &loop, &QEventLoop::quit); // let the views repaint
    loop.exec();

    // The run panel during a sync from scratch, on its checkpoint timeline.
    window.runPanel()->resetWarehouse(true);
    window.runPanel()->tabs()->setCurrentIndex(1);
    window.runPanel()->runAll();
    for (int i = 0; i < 1000 && window.runPanel()->isRunning() && window.runPanel()->checkpoints()->rowCount() < 12; ++i) {
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!window.runPanel()->grab().save(outputDir + QStringLiteral("/run-panel.png")))
        return 1;
    for (int i = 0; i < 600 && window.runPanel()->isRunning(); ++i) {
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    window.runPanel()->tabs()->setCurrentIndex(0);
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();

    const QString suffix = language.isEmpty() ? QString() : u'-' + language;
    const QString path = outputDir + QStringLiteral("/main-window%1.png").arg(suffix);
    if (!window.grab().save(path))
        return 1;
    if (!language.isEmpty())
        return 0;

    // The dialogs the tutorial shows: preferences, keyboard shortcuts, the export and the
    // explorer's Edit… dialogs (on the demo's cursor-paginated orders).
    {
        // Shown, given time to lay out and paint, then saved.
        const auto shoot = [&](QWidget &dialog, const char *name, int settleMs) {
            dialog.show();
            QTimer::singleShot(settleMs, &loop, &QEventLoop::quit);
            loop.exec();
            return dialog.grab().save(outputDir + u'/' + QLatin1StringView(name) + QStringLiteral(".png"));
        };
        cw::PreferencesDialog preferences(&window);
        cw::ShortcutsDialog shortcuts(&window, &window);
        shortcuts.resize(620, 720);
        cw::ExportDialog exporter(window.document(), &window);
        const QList<cw::Stream> &streams = window.document()->project().streams;
        int orders = 0;
        while (orders < streams.size() - 1 && streams.at(orders).name != u"orders")
            ++orders;
        cw::StreamSettingsDialog settings(window.document(), orders, &window);
        cw::ConnectionDialog connection(window.document(), &window);
        cw::DeletionsDialog deletions(window.document(), orders, &window);
        if (!shoot(preferences, "preferences", 200) || !shoot(shortcuts, "keyboard-shortcuts", 200)
            || !shoot(exporter, "export-dialog", 300) || !shoot(settings, "pagination-dialog", 200)
            || !shoot(connection, "connection-dialog", 200) || !shoot(deletions, "deletions-dialog", 200))
            return 1;
    }

    // The explorer and the viewer on their own, the viewer with a JSONPath query applied.
    if (!window.explorer()->grab().save(outputDir + QStringLiteral("/explorer.png")))
        return 1;
    cw::JsonBodyTree *tree = window.responseViewer()->tree();
    tree->queryField()->setText(QStringLiteral("$.data[?@.tier == 'enterprise'].name"));
    tree->runQuery();
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    if (!window.responseViewer()->grab().save(outputDir + QStringLiteral("/response-viewer.png")))
        return 1;

    // The mapping editor on the demo API's orders (nested customer, line items, shipping
    // address), in a window of its own so that tree and preview have room.
    int orders = -1;
    for (int i = 0; i < window.document()->project().streams.size(); ++i) {
        if (window.document()->project().streams[i].name == QStringLiteral("orders"))
            orders = i;
    }
    if (orders < 0)
        return 1;
    window.explorer()->selectStream(orders);
    window.responseViewer()->fetch();
    for (int i = 0; i < 150 && window.responseViewer()->isFetching(); ++i) {
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    cw::MappingEditor editor(window.document());
    editor.setWindowTitle(QStringLiteral("Mapping — orders"));
    editor.resize(1400, 860);
    editor.show();
    editor.setStream(orders);
    for (int i = 0; i < 100 && (editor.isLoading() || editor.model()->rowCount() == 0); ++i) {
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    editor.view()->expandAll();
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    if (!editor.grab().save(outputDir + QStringLiteral("/mapping-editor.png")))
        return 1;
    editor.hide();

    // The code pane beside the mapping editor: the connector.py the mapping makes.
    QSplitter pair;
    pair.setWindowTitle(QStringLiteral("Mapping and code — orders"));
    auto *mapping = new cw::MappingEditor(window.document(), &pair);
    auto *code = new cw::CodePane(window.document(), &pair);
    pair.addWidget(mapping);
    pair.addWidget(code);
    pair.resize(1600, 900);
    pair.setSizes({760, 840});
    pair.show();
    mapping->setStream(orders);
    for (int i = 0; i < 150 && (mapping->isLoading() || code->isGenerating() || code->editor()->text().isEmpty()); ++i) {
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    mapping->view()->expandToDepth(1);
    // Show the orders stream's record-to-row function.
    const int line = code->editor()->text().left(code->editor()->text().indexOf(QStringLiteral("def orders_rows"))).count(u'\n');
    code->editor()->setFirstVisibleLine(std::max(0, line - 2));
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    if (!pair.grab().save(outputDir + QStringLiteral("/code-pane.png")))
        return 1;
    return 0;
}
