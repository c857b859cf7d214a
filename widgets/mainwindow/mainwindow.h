// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QUrl;

namespace cw {

class Autosaver;
class CodePane;
class DemoServer;
class EndpointExplorer;
struct ImportResult;
class MappingEditor;
class ProjectDocument;
class ResponseViewer;
class RunPanel;
class SecretStore;

/// The composition root: creates the document and the five panes, wires them together,
/// and owns menus, window state and the file lifecycle. Pane logic lives in the panes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }
    EndpointExplorer *explorer() const { return m_explorer; }
    ResponseViewer *responseViewer() const { return m_responseViewer; }
    MappingEditor *mappingEditor() const { return m_mappingEditor; }
    CodePane *codePane() const { return m_codePane; }
    RunPanel *runPanel() const { return m_runPanel; }
    SecretStore *secretStore() const { return m_secrets; }

    /// Opens a project file; on failure shows every problem and keeps the current project.
    bool openFile(const QString &path);
    /// Starts the built-in demo API (once) and opens the ready demo project.
    bool openDemoProject();
    /// Moves the demo API's simulated time on by a day (Run menu), for incremental syncs to read.
    void advanceDemoTime();
    void newProject();
    /// Offers to recover the unsaved work of windows that ended without closing (crash, kill).
    /// Returns true when a project was recovered into this window.
    bool offerRecovery();
    bool save();
    bool saveAs();

    /// Imports an OpenAPI/Swagger document, Postman collection, HAR file or cURL command on a
    /// worker thread, then shows what was found and lets the user add or open it.
    void importBytes(const QByteArray &bytes, const QString &source);
    void importFileWithDialog();
    void importCurlWithDialog();
    /// Fetches an API description (OpenAPI, Postman, HAR) from a URL and imports it.
    void importUrl(const QUrl &url);
    void importUrlWithDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    QDockWidget *addPane(QWidget *pane, const QString &title, const QString &objectName);
    void arrangeDefaultLayout();
    void applyDefaultSizes();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    bool maybeSave();
    void openWithDialog();
    void showConfiguration();
    /// Shows, raises and focuses a pane (View → Go to …, Alt+1…5).
    void focusPane(QDockWidget *dock);
    void showPreferences();
    void showShortcuts();
    void showAbout();
    void selectStream(int streamIndex);
    void applyImport(const ImportResult &result, const QString &source);
    void runImport(std::function<ImportResult()> work, const QString &source);

    ProjectDocument *m_document;
    EndpointExplorer *m_explorer;
    ResponseViewer *m_responseViewer;
    MappingEditor *m_mappingEditor;
    CodePane *m_codePane;
    RunPanel *m_runPanel;
    Autosaver *m_autosaver;
    SecretStore *m_secrets;
    QList<QDockWidget *> m_docks;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QByteArray m_defaultState;
    std::unique_ptr<DemoServer> m_demoServer;
    QAction *m_advanceDemo = nullptr;
};

} // namespace cw
