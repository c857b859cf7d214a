// SPDX-License-Identifier: MIT
#include "models/core/codegen/pythonruntime.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace cw {

namespace {

// The package is compiled in as a Qt resource (models/core/CMakeLists.txt), so cwb and the
// GUI carry it wherever they are installed.
const QString kResourceRoot = QStringLiteral(":/python");

bool canImport(const QString &program, const QString &module, QString *version = nullptr)
{
    QProcess process;
    process.start(program, {QStringLiteral("-c"),
                            QStringLiteral("import sys, %1; print('%d.%d.%d' % sys.version_info[:3])").arg(module)});
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return false;
    if (version)
        *version = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

} // namespace

std::optional<PythonInterpreter> findPython(QString *error)
{
    QStringList candidates;
    const QString overridden = qEnvironmentVariable("CW_PYTHON");
    if (!overridden.isEmpty())
        candidates << overridden;
    candidates << QStringLiteral("/usr/bin/python3");
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    candidates.removeDuplicates();
    QStringList tried;
    for (const QString &candidate : std::as_const(candidates)) {
        if (!QFileInfo(candidate).isExecutable())
            continue;
        PythonInterpreter python;
        if (canImport(candidate, QStringLiteral("requests"), &python.version)) {
            python.program = QFileInfo(candidate).absoluteFilePath();
            return python;
        }
        tried << candidate;
    }
    if (error) {
        *error = tried.isEmpty()
            ? QStringLiteral("No python3 was found (tried CW_PYTHON, /usr/bin/python3 and PATH); install Python 3.10 or later "
                             "with the requests package (Debian: apt install python3-requests).")
            : QStringLiteral("No python3 with the requests package was found (tried %1); install it "
                             "(Debian: apt install python3-requests, or pip install requests).")
                  .arg(tried.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

bool pythonHasModule(const QString &program, const QString &module)
{
    return canImport(program, module);
}

QStringList pythonRuntimeFiles()
{
    QStringList files;
    QDirIterator it(kResourceRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(kResourceRoot.size() + 1);
    files.sort();
    return files;
}

bool installPythonRuntime(const QString &directory, QString *error)
{
    const QStringList files = pythonRuntimeFiles();
    if (files.isEmpty()) {
        if (error)
            *error = QStringLiteral("The Python runtime is missing from this build (no :/python resources).");
        return false;
    }
    for (const QString &relative : files) {
        const QString target = QDir(directory).filePath(relative);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            if (error)
                *error = QStringLiteral("Cannot create %1.").arg(QFileInfo(target).absolutePath());
            return false;
        }
        QFile source(kResourceRoot + u'/' + relative);
        QSaveFile out(target);
        if (!source.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(source.readAll()) < 0
            || !out.commit()) {
            if (error)
                *error = QStringLiteral("Cannot write %1: %2").arg(target, out.errorString());
            return false;
        }
    }
    return true;
}

} // namespace cw
