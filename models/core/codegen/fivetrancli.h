// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <optional>

#include <QMap>
#include <QString>

/// Running the real Fivetran CLI's local test (`fivetran debug`) in an exported folder,
/// when the `fivetran` command is installed: what the run panel offers beside the workbench's
/// own engines.
namespace cw {

/// The `fivetran` executable on PATH (or in CW_FIVETRAN), if any.
std::optional<QString> findFivetranCli();

struct FivetranDebugResult {
    bool started = false;          ///< false: `fivetran` could not be run (see error)
    bool succeeded = false;        ///< exit code 0 and a "Sync SUCCEEDED" line, or no status line
    bool cancelled = false;
    int exitCode = -1;
    /// The tester's "SYNC PROGRESS" table: Upserts, Updates, Deletes, Truncates,
    /// SchemaChanges, Checkpoints (those it printed).
    QMap<QString, qint64> operations;
    QString status;                ///< "SUCCEEDED", "FAILED" or empty when none was printed
    QString log;                   ///< stdout and stderr, interleaved as they came
    QString error;
};

/// Reads the operation counts and the status line from `fivetran debug` output. Lenient:
/// the tester's wording changes between releases (see the SDK reference, section 6).
void parseFivetranDebugLog(const QString &log, FivetranDebugResult &result);

/// Runs `fivetran debug --configuration <configurationFile>` in `folder`, calling `onLine`
/// with each output line as it comes; `cancel` stops it. Blocks until it ends.
FivetranDebugResult runFivetranDebug(const QString &folder, const QString &configurationFile,
                                     const std::function<void(const QString &line)> &onLine = {},
                                     const std::atomic_bool *cancel = nullptr, int timeoutSeconds = 3600);

} // namespace cw
