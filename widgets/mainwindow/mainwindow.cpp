// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QDir>
#include <QDockWidget>
#include <QLocale>
#include <QPushButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

#include "models/core/demo/demoproject.h"
#include "models/core/demo/demoserver.h"
#include "models/core/http/httpclient.h"
#include "models/core/import/importresult.h"
#include "models/core/project/projectfile.h"
#include "models/core/support/version.h"
#include "models/itemmodels/autosaver.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/secretstore.h"
#include "widgets/codepane/codeeditor.h"
#include "widgets/codepane/codepane.h"
#include "widgets/dialogs/configurationdialog.h"
#include "widgets/dialogs/exportdialog.h"
#include "widgets/dialogs/importreportdialog.h"
#include "widgets/dialogs/shortcutsdialog.h"
#include "widgets/preferences/preferences.h"
#include "widgets/preferences/preferencesdialog.h"
#include "widgets/explorer/endpointeditor.h"
#include "widgets/explorer/endpointexplorer.h"
#include "widgets/mapping/mappingeditor.h"
#include "widgets/responseviewer/responseviewer.h"
#include "widgets/runpanel/runpanel.h"

namespace cw {

namespace {
constexpr int kMaxRecentFiles = 10;
// Bumped whenever the set of docks changes, so that an old saved layout is not applied.
constexpr int kLayoutVersion = 1;
QString projectFilter()
{
    return MainWindow::tr("Connector Workbench projects (*.cwproj);;JSON files (*.json);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
    , m_explorer(new EndpointExplorer(m_document, this))
    , m_responseViewer(new ResponseViewer(m_document, this))
    , m_mappingEditor(new MappingEditor(m_document, this))
    , m_codePane(new CodePane(m_document, this))
    , m_runPanel(new RunPanel(m_document, this))
    , m_autosaver(new Autosaver(m_document, Autosaver::defaultDirectory(), this))
    , m_secrets(new SecretStore(SecretStore::defaultFileDirectory(), QStringLiteral("Connector Workbench"), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    setDockOptions(dockOptions() | QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);

    addPane(m_explorer, tr("Endpoints"), QStringLiteral("explorerDock"));
    addPane(m_responseViewer, tr("Response"), QStringLiteral("responseDock"));
    addPane(m_mappingEditor, tr("Mapping"), QStringLiteral("mappingDock"));
    addPane(m_codePane, tr("Code"), QStringLiteral("codeDock"));
    addPane(m_runPanel, tr("Run"), QStringLiteral("runDock"));
    // Narrower than this, the explorer's form and the mapping table stop being usable.
    m_explorer->setMinimumWidth(250);
    m_mappingEditor->setMinimumWidth(260);
    arrangeDefaultLayout();
    m_defaultState = saveState(kLayoutVersion);
    buildMenus();

    connect(m_explorer, &EndpointExplorer::currentStreamChanged, this, &MainWindow::selectStream);
    connect(m_explorer, &EndpointExplorer::fetchRequested, this, [this](int stream) {
        selectStream(stream);
        m_responseViewer->fetch();
    });
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::projectReset, this, &MainWindow::updateTitle);
    // Connected after the panes' own handlers, so that the explorer's restored selection
    // reaches every pane once they have all forgotten the previous project.
    connect(m_document, &ProjectDocument::projectReset, this, [this] { selectStream(m_explorer->currentStream()); });
    connect(m_document, &ProjectDocument::projectChanged, this, &MainWindow::updateTitle);
    m_runPanel->setConnectorSource([this] { return m_codePane->editor()->text(); });
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_secrets, &SecretStore::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_responseViewer, &ResponseViewer::fetched, this, [this](bool ok) {
        statusBar()->showMessage(ok ? tr("Fetched.") : tr("The fetch failed; see the response pane."), 5000);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const bool restored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1500, 920);
    if (!restored)
        QTimer::singleShot(0, this, &MainWindow::applyDefaultSizes);
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addPane(QWidget *pane, const QString &title, const QString &objectName)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(pane);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    pane->setAccessibleName(title);
    m_docks.append(dock);
    return dock;
}

void MainWindow::arrangeDefaultLayout()
{
    // Explorer on the left, response and mapping side by side in the middle, code on the
    // right, the run panel across the bottom: the order a user works in, left to right.
    QDockWidget *explorer = m_docks[0];
    QDockWidget *response = m_docks[1];
    QDockWidget *mapping = m_docks[2];
    QDockWidget *code = m_docks[3];
    QDockWidget *run = m_docks[4];
    for (QDockWidget *dock : std::as_const(m_docks)) {
        dock->setFloating(false);
        dock->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, explorer);
    addDockWidget(Qt::RightDockWidgetArea, response);
    splitDockWidget(explorer, response, Qt::Horizontal);
    splitDockWidget(response, mapping, Qt::Horizontal);
    splitDockWidget(mapping, code, Qt::Horizontal);
    addDockWidget(Qt::BottomDockWidgetArea, run);
    applyDefaultSizes();
}

void MainWindow::applyDefaultSizes()
{
    // Proportions of the window, so the arrangement suits any screen; applied again once the
    // window has its real size.
    const int w = std::max(width(), 1200);
    const int h = std::max(height(), 800);
    resizeDocks({m_docks[0], m_docks[1], m_docks[2], m_docks[3]}, {w * 22 / 100, w * 32 / 100, w * 24 / 100, w * 22 / 100},
                Qt::Horizontal);
    resizeDocks({m_docks[1], m_docks[4]}, {h * 66 / 100, h * 34 / 100}, Qt::Vertical);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo Project"), this, &MainWindow::openDemoProject);
    file->addSeparator();
    file->addAction(tr("&Import File (OpenAPI, Postman, HAR)…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                    &MainWindow::importFileWithDialog);
    file->addAction(tr("Import c&URL Command…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                    &MainWindow::importCurlWithDialog);
    file->addAction(tr("Import from UR&L…"), this, &MainWindow::importUrlWithDialog);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    // QKeySequence::SaveAs is empty on some platforms; Ctrl+Shift+S everywhere.
    file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Export Connector Project…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        ExportDialog dialog(m_document, this);
        dialog.exec();
    });
    file->addAction(tr("&Configuration…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this, &MainWindow::showConfiguration);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                                           &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    // Alt+1…5 bring a pane to the keyboard: shown (even when hidden or tabbed behind
    // another), raised and focused; the toggles above only show or hide.
    int key = Qt::Key_1;
    for (QDockWidget *dock : std::as_const(m_docks)) {
        m_viewMenu->addAction(tr("Go to %1").arg(dock->windowTitle()), QKeySequence(Qt::ALT | Qt::Key(key++)), this,
                              [this, dock] { focusPane(dock); });
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Reset Layout"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0), this, [this] {
        restoreState(m_defaultState, kLayoutVersion);
        applyDefaultSizes();
    });

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(tr("&Fetch Selected Stream"), QKeySequence(Qt::CTRL | Qt::Key_Return), m_responseViewer,
                   &ResponseViewer::fetch);
    run->addAction(tr("&Sync Ticked Streams"), m_runPanel, &RunPanel::runAll);
    run->addAction(tr("Sync &Selected Stream"), QKeySequence(Qt::SHIFT | Qt::Key_F5), m_runPanel, &RunPanel::runSelected);
    run->addAction(tr("S&top"), QKeySequence(Qt::Key_Escape), m_runPanel, &RunPanel::cancel);
    run->addSeparator();
    // The demo API's simulated time: what a day of updates, new records and deletions looks
    // like to an incremental sync and its deletions feeds.
    m_advanceDemo = run->addAction(tr("&Advance Demo API by a Day"), this, &MainWindow::advanceDemoTime);
    m_advanceDemo->setEnabled(false);
    m_advanceDemo->setToolTip(tr("The demo API updates, adds and deletes records as if a day had passed"));
    run->addAction(tr("&Reset Warehouse…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), m_runPanel, [this] { m_runPanel->resetWarehouse(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), this, &MainWindow::showShortcuts);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Connector Workbench"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::selectStream(int streamIndex)
{
    if (m_explorer->currentStream() != streamIndex)
        m_explorer->selectStream(streamIndex);
    m_explorer->editor()->setStream(streamIndex);
    m_responseViewer->setStream(streamIndex);
    m_mappingEditor->setStream(streamIndex);
    m_runPanel->setStream(streamIndex);
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt puts the unsaved-changes marker.
    QString title = m_document->displayName() + QStringLiteral("[*]");
    if (!m_document->filePath().isEmpty())
        title += QStringLiteral(" (%1)").arg(QFileInfo(m_document->filePath()).fileName());
    setWindowTitle(title + QStringLiteral(" — ") + tr("Connector Workbench"));
    setWindowModified(m_document->isModified());
}

bool MainWindow::offerRecovery()
{
    const QList<Autosaver::Recovery> recoveries = Autosaver::findRecoveries(Autosaver::defaultDirectory());
    for (const Autosaver::Recovery &recovery : recoveries) {
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                        tr("Connector Workbench did not close properly. Unsaved changes to \"%1\" were kept "
                           "from %2.")
                            .arg(recovery.displayName.isEmpty() ? tr("Untitled") : recovery.displayName,
                                 QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(recovery.originalPath.isEmpty()
                                   ? tr("The project had never been saved.")
                                   : tr("The project file is %1; it is not changed until you save.")
                                         .arg(QDir::toNativeSeparators(recovery.originalPath)));
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard Changes"), QMessageBox::DestructiveRole);
        box.addButton(tr("Ask &Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == discard) {
            Autosaver::discard(recovery);
        } else if (box.clickedButton() == recover) {
            QString error;
            if (!Autosaver::recover(recovery, m_document, &error)) {
                QMessageBox::warning(this, tr("Recover Unsaved Changes"), error);
                continue; // keep the copy: the user may still rescue it by hand
            }
            // The document now holds the work (and autosaves it in this window's own slot).
            Autosaver::discard(recovery);
            statusBar()->showMessage(tr("Recovered unsaved changes to %1.").arg(m_document->displayName()), 10000);
            return true;
        }
    }
    return false;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    Project project;
    project.name = tr("Untitled");
    project.connection.verifyTls = Preferences::load().verifyTlsByDefault;
    m_document->reset(project, {});
}

bool MainWindow::openFile(const QString &path)
{
    const ProjectFile::LoadResult result = ProjectFile::load(path);
    if (!result.project) {
        QStringList lines;
        for (const ProjectFile::Problem &problem : result.problems) {
            const QString where = problem.pointer.isEmpty() ? QString() : problem.pointer + QStringLiteral(": ");
            lines.append(QStringLiteral("• ") + where + problem.message);
        }
        QMessageBox box(QMessageBox::Critical, tr("Cannot open project"),
                        tr("%1 could not be opened. The current project stays open.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.setInformativeText(lines.mid(0, 5).join(u'\n'));
        box.exec();
        return false;
    }
    m_document->reset(*result.project, QFileInfo(path).absoluteFilePath());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    // The secrets of the project come from the keychain (or the user's 0600 file), never the file.
    const QString opened = m_document->filePath();
    m_secrets->load(opened, m_document->project(), [this, opened](const ConfigurationValues &secrets) {
        if (m_document->filePath() != opened)
            return; // another project was opened meanwhile
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            if (m_document->configurationValues().value(it.key()).isEmpty())
                m_document->setConfigurationValue(it.key(), it.value());
        }
    });
    int warnings = 0;
    for (const ProjectFile::Problem &problem : result.problems)
        warnings += problem.severity == ProjectFile::Problem::Severity::Warning ? 1 : 0;
    statusBar()->showMessage(warnings ? tr("Opened %1 with %n warning(s).", nullptr, warnings).arg(path)
                                      : tr("Opened %1.").arg(path),
                             8000);
    return true;
}

void MainWindow::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), {}, projectFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::advanceDemoTime()
{
    if (!m_demoServer)
        return;
    const DemoAdvanceCounts changed = m_demoServer->advanceTime(1);
    statusBar()->showMessage(tr("Demo API: a day passed with %1 records updated, %2 added and %3 deleted; sync again to "
                                "read them.")
                                 .arg(changed.updated)
                                 .arg(changed.created)
                                 .arg(changed.deleted));
}

bool MainWindow::openDemoProject()
{
    if (!maybeSave())
        return false;
    if (!m_demoServer) {
        auto server = std::make_unique<DemoServer>();
        DemoServer::Options options;
        options.records = 2500;
        QString error;
        if (!server->start(options, &error)) {
            QMessageBox::critical(this, tr("Demo API"), tr("The demo API could not start: %1").arg(error));
            return false;
        }
        m_demoServer = std::move(server);
        m_advanceDemo->setEnabled(true);
    }
    ConfigurationValues values;
    values.insert(QStringLiteral("api_token"), DemoServer::Options().bearerToken);
    m_document->reset(makeDemoProject(m_demoServer->baseUrl()), {}, values);
    statusBar()->showMessage(tr("Demo API running at %1").arg(m_demoServer->baseUrl()));
    // The demo server is local and instant, so show a real response right away.
    m_responseViewer->fetch();
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->saveAs(m_document->filePath(), &error)) {
        QMessageBox::critical(this, tr("Save failed"), tr("The project was not saved: %1\nThe previous file is unchanged.").arg(error));
        return false;
    }
    m_secrets->store(m_document->filePath(), m_document->project(), m_document->configurationValues());
    statusBar()->showMessage(tr("Saved %1.").arg(m_document->filePath()), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = m_document->displayName().toLower().replace(u' ', u'-') + QStringLiteral(".cwproj");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggested, projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cwproj");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::critical(this, tr("Save failed"), tr("The project was not saved: %1").arg(error));
        return false;
    }
    addRecentFile(path);
    m_secrets->store(m_document->filePath(), m_document->project(), m_document->configurationValues());
    statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
    return true;
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), files.mid(0, kMaxRecentFiles));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            updateRecentMenu();
        });
    }
}

void MainWindow::showConfiguration()
{
    ConfigurationDialog dialog(m_document, m_secrets, this);
    dialog.exec();
}

void MainWindow::focusPane(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    QWidget *pane = dock->widget();
    // The pane's first control that takes the keyboard, in the order the pane built them.
    QWidget *target = nullptr;
    const QList<QWidget *> children = pane->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(dock) && w->isEnabled() && !w->focusProxy()) {
            target = w;
            break;
        }
    }
    (target ? target : pane)->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Connector Workbench"),
                       tr("<h3>Connector Workbench %1</h3>"
                          "<p>Turn a REST API into an incremental Fivetran Connector SDK connector: "
                          "explore endpoints, map the schema, run syncs locally and export the project.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(CW_VERSION_STRING), QString::fromLatin1(qVersion())));
}

void MainWindow::importFileWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import API Description"), {},
        tr("API descriptions (*.json *.yaml *.yml *.har *.txt *.sh);;OpenAPI / Swagger (*.json *.yaml *.yml);;"
           "Postman collections (*.json);;HAR recordings (*.har);;cURL commands (*.txt *.sh);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::critical(this, tr("Import"), tr("Cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    importBytes(file.readAll(), QFileInfo(path).fileName());
}

void MainWindow::importCurlWithDialog()
{
    bool ok = false;
    const QString command = QInputDialog::getMultiLineText(
        this, tr("Import cURL Command"), tr("Paste a curl command (quotes and line continuations are fine):"), {}, &ok);
    if (ok && !command.trimmed().isEmpty())
        importBytes(command.toUtf8(), tr("cURL command"));
}

void MainWindow::importBytes(const QByteArray &bytes, const QString &source)
{
    runImport([bytes, source] { return cw::importBytes(bytes, ImportFormat::Auto, source); }, source);
}

void MainWindow::importUrlWithDialog()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Import from URL"),
                                               tr("URL of an OpenAPI / Swagger document, Postman collection or HAR file:"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok && !text.trimmed().isEmpty())
        importUrl(QUrl::fromUserInput(text.trimmed()));
}

void MainWindow::importUrl(const QUrl &url)
{
    const QString source = url.toDisplayString();
    runImport(
        [url, source] {
            HttpClient client;
            HttpRequest request;
            request.url = url;
            request.headers = {{"Accept", "application/json, application/yaml, text/yaml, */*"}};
            const HttpResponse response = client.send(request);
            ImportResult result;
            if (!response.ok() || response.status < 200 || response.status > 299) {
                result.problems.append({source,
                                        response.ok() ? tr("The server answered HTTP %1.").arg(response.status) : response.error,
                                        true, false});
                return result;
            }
            return cw::importBytes(response.spooled() ? response.readBody() : response.body, ImportFormat::Auto,
                                   url.fileName().isEmpty() ? source : url.fileName());
        },
        source);
}

void MainWindow::runImport(std::function<ImportResult()> work, const QString &source)
{
    // Fetching and reading a large spec take a moment; the window keeps painting meanwhile.
    auto result = std::make_shared<ImportResult>();
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    auto *progress = new QProgressDialog(tr("Importing %1…").arg(source), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(thread, &QThread::finished, this, [this, thread, progress, result, source] {
        progress->deleteLater();
        thread->deleteLater();
        applyImport(*result, source);
    });
    thread->start();
}

void MainWindow::applyImport(const ImportResult &result, const QString &source)
{
    ImportReportDialog dialog(result, source, !m_document->project().streams.isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Project imported = projectFromImport(result);
    if (dialog.choice() == ImportReportDialog::NewProject) {
        if (!maybeSave())
            return;
        m_document->reset(imported, {});
    } else {
        m_document->addImported(imported, source);
    }
    // Names may have been made unique twice (valid names, then against the open project);
    // both keep the order, so the imported streams are the last ones, in order.
    QHash<QString, QString> renamed;
    const QList<Stream> &streams = m_document->project().streams;
    const qsizetype first = streams.size() - imported.streams.size();
    for (qsizetype i = 0; i < result.streams.size() && i < imported.streams.size() && first >= 0; ++i)
        renamed.insert(result.streams[i].name, streams[first + i].name);
    // Recorded responses (HAR) become samples, usable without the network.
    QList<Sample> samples;
    for (const ImportSample &recorded : result.samples) {
        Sample sample;
        sample.stream = renamed.value(recorded.streamName, recorded.streamName);
        sample.fetchedAt = QDateTime::currentDateTimeUtc();
        sample.method = recorded.method;
        sample.url = recorded.url;
        sample.status = recorded.status;
        sample.headers = recorded.headers;
        sample.body = recorded.body;
        sample.bodySize = recorded.body.size();
        sample.bodyNote = tr("recorded in %1").arg(source);
        samples.append(sample);
    }
    m_document->addSamples(samples);
    QString message = tr("Imported %1 endpoint(s) from %2.").arg(result.streams.size()).arg(source);
    if (!samples.isEmpty() && m_document->filePath().isEmpty())
        message += tr(" Save the project to keep its %n recorded response(s) as samples.", nullptr, int(samples.size()));
    statusBar()->showMessage(message, 10000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (!url.isLocalFile()) {
                if (url.scheme() == u"http" || url.scheme() == u"https") {
                    importUrl(url);
                    break;
                }
                continue;
            }
            const QString path = url.toLocalFile();
            if (path.endsWith(QStringLiteral(".cwproj"))) {
                if (maybeSave())
                    openFile(path);
            } else {
                QFile file(path);
                if (file.open(QIODevice::ReadOnly))
                    importBytes(file.readAll(), QFileInfo(path).fileName());
            }
            break; // one file at a time: each import asks a question
        }
    } else if (mime->hasText()) {
        importBytes(mime->text().toUtf8(), tr("dropped text"));
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_runPanel->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    event->accept();
}

} // namespace cw
