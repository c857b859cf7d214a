// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/codegen/exportlinter.h"
#include "models/core/project/configtemplate.h"
#include "models/core/project/project.h"

/// Export of a deployable Fivetran Connector SDK project folder (File → Export Connector
/// Project…, `cwb export`): connector.py, configuration.json, requirements.txt, README.md,
/// .gitignore, a CI deploy workflow, the workbench project, the recorded samples and a
/// pytest test of the record-to-row code. docs/export.md lists every file.
namespace cw {

struct ExportOptions {
    /// Values for configuration.json; fields without one get their default (or "").
    ConfigurationValues values;
    /// Write secret values into configuration.json; otherwise they are "" (fill them in
    /// the Fivetran dashboard, or from the CI secret store).
    bool includeSecrets = false;
    /// Write into a folder that already has files (replacing the exported ones).
    bool overwrite = false;
    /// The .cwproj the project came from: its samples (<file>.cwbdb) are exported and drive
    /// the mapping plans. Empty: no samples, plans from the explicit columns only.
    QString projectFilePath;
    /// The Fivetran connection name for the README and the workflow; empty: derived.
    QString connectionName;
    /// Sample records exported per stream (the pytest test maps each of them).
    int maxSampleRecords = 200;
};

struct ExportResult {
    bool ok = false;
    QString error;                 ///< why the export stopped (lint errors, an unwritable file)
    QList<LintFinding> findings;   ///< everything the linter found, warnings included
    QStringList files;             ///< files written, relative to the folder, sorted
    QStringList warnings;          ///< the generator's warnings
    QString connectionName;
};

/// Every file of the export in memory, linted, without writing anything: what the export
/// dialog previews. `warnings` receives the generator's warnings.
ExportBundle prepareExport(const Project &project, const ExportOptions &options, QStringList *warnings = nullptr);

/// Prepares, lints and, when the linter finds no error, writes the folder. Writes stay
/// inside `folder`: names are sanitised, symbolic links are refused, and every file is
/// written atomically. A folder with other files needs `options.overwrite`.
ExportResult exportProject(const Project &project, const QString &folder, const ExportOptions &options);

} // namespace cw
