// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>

#include <QObject>
#include <QStringList>

#include "models/core/codegen/fivetrancli.h"
#include "models/core/project/project.h"
#include "models/core/project/configtemplate.h"

class QThread;

namespace cw {

struct FivetranDebugOptions {
    /// Where the project is exported and `fivetran debug` runs. It is kept after the run (the
    /// tester leaves its DuckDB warehouse in files/), and it never holds secrets: the values
    /// reach the tester through a configuration file of their own, deleted when it ends.
    QString folder;
    /// The .cwproj the project came from (its samples drive the mapping plans), or empty.
    QString projectFilePath;
    /// The connector.py to run instead of the generated one (the Code pane's text, edits
    /// included); empty: the generated code.
    QString connectorSource;
};

/// Exports the project and runs the real Fivetran CLI's local tester on it, on a worker
/// thread, for the run panel: output lines arrive in batches, then the parsed result.
class FivetranDebugJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FivetranDebugJob)

public:
    FivetranDebugJob(Project project, ConfigurationValues values, FivetranDebugOptions options, QObject *parent = nullptr);
    ~FivetranDebugJob() override;

    void start();
    void cancel();
    bool isRunning() const;

    /// Exports into options.folder and runs `fivetran debug` there; blocks. What start()
    /// runs on the worker thread, callable directly from tests and the CLI.
    static FivetranDebugResult run(const Project &project, const ConfigurationValues &values,
                                   const FivetranDebugOptions &options,
                                   const std::function<void(const QString &line)> &onLine = {},
                                   const std::atomic_bool *cancel = nullptr);

Q_SIGNALS:
    /// Output lines in order, batched so that a chatty tester cannot flood the event loop.
    void output(const QStringList &lines);
    void finished(const cw::FivetranDebugResult &result);

private:
    Project m_project;
    ConfigurationValues m_values;
    FivetranDebugOptions m_options;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::FivetranDebugResult)
