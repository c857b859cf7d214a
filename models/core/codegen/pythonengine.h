// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QString>

#include "models/core/project/configtemplate.h"
#include "models/core/project/project.h"
#include "models/core/schema/mappingplan.h"
#include "models/core/support/json.h"
#include "models/core/sync/syncengine.h"
#include "models/core/warehouse/warehouse.h"

class QThread;

/// The Python engine: runs a connector.py (generated from the project, or an exported
/// folder's) with python3 and the workbench's local fivetran_connector_sdk runtime, and
/// writes its operations into the same Warehouse, layout and state as the native
/// SyncEngine. It reports through the same SyncObserver, SyncEvent and SyncSummary types,
/// so the run panel and `cwb run` treat both engines alike. docs/python-runtime.md
/// describes the runtime and its protocol.
namespace cw {

struct PythonRunOptions {
    /// connector.py is generated from the project and `plans` (empty: planProject() over
    /// `samplesPath`, as the native engine infers them), unless `connectorDir` is set.
    QList<MappingPlan> plans;
    QString samplesPath;
    /// Run this folder's connector.py instead of generating one.
    QString connectorDir;
    /// The interpreter; empty: findPython().
    QString python;
    int eventIntervalMs = 100;       ///< the observer hears at most this often (and at the end)
};

/// Applies the runtime's JSON lines to a warehouse: the part of the engine that does not
/// care where the lines come from.
class PythonOperationApplier final
{
public:
    explicit PythonOperationApplier(Warehouse &warehouse);

    enum class Result { Continue, Done, Failed };
    /// One line of the protocol. Failed: the run is over and error() says why.
    Result apply(QByteArrayView line);
    QString error() const { return m_error; }
    QString trace() const { return m_trace; }
    qint64 upserts() const { return m_upserts; }

    std::function<void(const QString &level, const QString &message)> onLog;
    std::function<void(const CheckpointEntry &entry)> onCheckpoint;

private:
    Result fail(const QString &message);
    Warehouse &m_warehouse;
    QString m_error;
    QString m_trace;
    qint64 m_upserts = 0;
};

class PythonEngine final
{
public:
    /// `warehouse` must be open while run() runs; the connector starts from its state.
    PythonEngine(Project project, ConfigurationValues values, Warehouse &warehouse, PythonRunOptions options = {});
    ~PythonEngine();
    PythonEngine(const PythonEngine &) = delete;
    PythonEngine &operator=(const PythonEngine &) = delete;

    void setObserver(SyncObserver *observer);
    /// Runs the connector to its end, a failure or `cancel` (the process is killed and
    /// what it sent after its last checkpoint is rolled back).
    SyncSummary run(const std::atomic_bool *cancel = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// PythonEngine on a worker thread for the GUI, with SyncJob's signals.
class PythonSyncJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PythonSyncJob)

public:
    PythonSyncJob(Project project, ConfigurationValues values, QString warehousePath, PythonRunOptions options = {},
                  QObject *parent = nullptr);
    ~PythonSyncJob() override;

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(std::shared_ptr<const cw::SyncJob::Batch> batch);
    void finished(const cw::SyncSummary &summary);

private:
    Project m_project;
    ConfigurationValues m_values;
    QString m_warehousePath;
    PythonRunOptions m_options;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace cw
