// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QWidget>

#include "models/core/codegen/fivetrancli.h"
#include "models/core/sync/syncengine.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTemporaryDir;
class QTableView;
class QToolButton;

namespace cw {

class CheckpointModel;
class CodeEditor;
class FivetranDebugJob;
class PythonSyncJob;
class ProjectDocument;
class RunLogModel;
class SyncLogFilter;
class SyncLogModel;
class WarehouseQueryModel;

/// The run panel: syncs the project (every stream or a chosen few) into its local SQLite
/// warehouse on a worker thread, and shows what happens: live counters, every request with
/// why pagination went on or stopped (select one to see its response), every checkpoint with
/// its state and what changed, a filterable log, the warehouse tables with a SQL box, and a
/// summary like Fivetran's local tester. Stop, resume (from the last or any checkpoint), reset.
class RunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)

public:
    explicit RunPanel(ProjectDocument *document, QWidget *parent = nullptr);
    ~RunPanel() override;

    void setStream(int streamIndex);
    /// Syncs the stream selected in the explorer.
    void runSelected();
    /// Syncs the streams ticked in the stream menu (all by default).
    void runAll();
    void cancel();
    /// Makes checkpoint `sequence`'s state current and syncs from there.
    void resumeFromCheckpoint(qint64 sequence);
    /// Drops the warehouse's tables, state and checkpoints; asks first unless `confirmed`.
    bool resetWarehouse(bool confirmed = false);
    bool isRunning() const;
    /// Where this project's syncs land: beside the project file, or in the application's
    /// data folder for a project that has no file yet (the demo).
    QString warehousePath() const;
    /// Where `fivetran debug` runs: the project exported beside its warehouse.
    QString fivetranDebugFolder() const;

    RunLogModel *log() const { return m_requests; }
    CheckpointModel *checkpoints() const { return m_checkpoints; }
    SyncLogModel *logLines() const { return m_logLines; }
    WarehouseQueryModel *results() const { return m_results; }
    QTabWidget *tabs() const { return m_tabs; }
    QString summaryText() const;
    /// FivetranCli (the real `fivetran debug` on an export) is offered only where the
    /// command is installed.
    enum class Engine { Native, Python, FivetranCli };
    void setEngine(Engine engine);
    Engine engine() const;
    /// Where the Python engine gets connector.py: the code pane's text, edits included.
    void setConnectorSource(std::function<QString()> source) { m_connectorSource = std::move(source); }

Q_SIGNALS:
    void runFinished(bool ok);

private:
    void start(const QStringList &streams);
    void onProgress(const std::shared_ptr<const SyncJob::Batch> &batch);
    void onFinished(const SyncSummary &summary);
    void startFivetranDebug();
    void onFivetranOutput(const QStringList &lines);
    void onFivetranFinished(const FivetranDebugResult &result);
    void rebuildEngineChoice();
    void showCounters(const SyncCounters &counters, bool final = false);
    void showResponse(int row);
    void reloadWarehouse();
    void runSql();
    void exportState();
    void rebuildStreamMenu();
    QStringList chosenStreams() const;
    void updateButtons();

    ProjectDocument *m_document;
    int m_stream = -1;
    RunLogModel *m_requests;
    CheckpointModel *m_checkpoints;
    SyncLogModel *m_logLines;
    SyncLogFilter *m_logFilter;
    WarehouseQueryModel *m_results;

    QPushButton *m_run;
    QPushButton *m_stop;
    QPushButton *m_reset;
    QToolButton *m_streams;
    QMenu *m_streamMenu;
    QComboBox *m_engine;
    QLabel *m_counters;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    QWidget *m_logPage = nullptr;
    QTableView *m_requestView;
    CodeEditor *m_response;
    QTableView *m_checkpointView;
    QPushButton *m_resumeFrom;
    QComboBox *m_tables;
    QLineEdit *m_sql;
    QLabel *m_sqlError;
    QTableView *m_resultView;
    QPlainTextEdit *m_summary;
    std::unique_ptr<SyncJob> m_job;
    std::unique_ptr<PythonSyncJob> m_pythonJob;
    std::unique_ptr<FivetranDebugJob> m_fivetranJob;
    QElapsedTimer m_fivetranClock;
    std::unique_ptr<QTemporaryDir> m_pythonDir;
    std::function<QString()> m_connectorSource;
    bool m_lastRunIncomplete = false;
};

} // namespace cw
