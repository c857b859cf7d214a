// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

/// Finding a Python that can run generated connectors, and the workbench's local stand-in
/// for the fivetran_connector_sdk package (resources/python, compiled into cw_core).
namespace cw {

struct PythonInterpreter {
    QString program;     ///< absolute path
    QString version;     ///< "3.11.2"
};

/// A python3 that can `import requests`, which every generated connector needs: the
/// CW_PYTHON environment variable if set, else /usr/bin/python3, else python3 on PATH.
/// nullopt with a sentence in `error` (what was tried, what to install) when there is none.
std::optional<PythonInterpreter> findPython(QString *error = nullptr);

/// True when `program` can import `module` (e.g. "pyflakes", "pytest").
bool pythonHasModule(const QString &program, const QString &module);

/// Writes the bundled fivetran_connector_sdk package into `directory`, which then belongs
/// on PYTHONPATH. Returns false with a sentence in `error` when a file cannot be written.
bool installPythonRuntime(const QString &directory, QString *error = nullptr);

/// The file names of the bundled package, relative to the directory installPythonRuntime()
/// fills ("fivetran_connector_sdk/__init__.py", ...).
QStringList pythonRuntimeFiles();

} // namespace cw
