// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include "models/core/project/project.h"
#include "models/core/schema/mappingplan.h"

/// The export linter: every rule of the Fivetran Connector SDK reference
/// (../shared/reference/fivetran-connector-sdk.md) that an exported folder can break,
/// checked before anything is written. Errors stop the export; warnings are shown.
namespace cw {

struct LintFinding {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString rule;      ///< stable id, e.g. "configuration-string-values", for filters and tests
    QString file;      ///< path inside the export ("connector.py"); empty for the project as a whole
    int line = 0;      ///< 1-based; 0 when the finding is not about a line
    QString message;   ///< one sentence

    bool isError() const { return severity == Severity::Error; }
    /// "error: connector.py:12: no exit() calls: ... [no-exit]"
    QString toString() const;
    bool operator==(const LintFinding &) const = default;
};

/// What the linter looks at: the files about to be written (path relative to the export
/// folder -> bytes), the project, its plans and the connection name of the deploy command.
struct ExportBundle {
    Project project;
    QList<MappingPlan> plans;      ///< one per stream, as given to generateConnector()
    QMap<QString, QByteArray> files;
    QString connectionName;
};

/// The SDK's connection-name rule: ^[_a-z][_a-z0-9]*$.
bool isValidConnectionName(const QString &name);
/// A valid connection name derived from the project's name ("Acme Shop (demo)" -> "acme_shop_demo").
QString connectionNameFor(const Project &project);

/// Checks the bundle; findings in a fixed order (errors and warnings interleaved by rule).
QList<LintFinding> lintExport(const ExportBundle &bundle);

/// Lines of Python source (1-based) that call exit(), quit(), sys.exit() or os._exit()
/// outside strings and comments: what the Fivetran CLI's exit() scan warns about.
QList<int> exitCallLines(const QString &pythonSource);

} // namespace cw
