// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include "models/core/import/importresult.h"
#include "models/core/project/projectfile.h"

/// Small helpers the tests share: reading fixtures, finding ../shared/fixtures, running cwb.
namespace cw::testing {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A file under ../shared/fixtures, or an empty string when that folder is absent (tests then
/// QSKIP with a visible message). ctest sets CW_SHARED_DIR; run by hand, the sibling checkout
/// next to the repository is used.
inline QString sharedFixture(const QString &relative)
{
    const QString dir = qEnvironmentVariable("CW_SHARED_DIR");
    const QString path = dir.isEmpty() ? QFINDTESTDATA(QStringLiteral("../../../shared/fixtures/") + relative)
                                       : dir + QStringLiteral("/fixtures/") + relative;
    return !path.isEmpty() && QFile::exists(path) ? path : QString();
}

/// The errors ProjectFile::validate() finds in the project an import makes.
inline QStringList projectErrors(const ImportResult &result)
{
    QStringList out;
    for (const ProjectFile::Problem &p : ProjectFile::validate(projectFromImport(result))) {
        if (p.isError())
            out.append(p.toString());
    }
    return out;
}

struct ProcessResult {
    int exitCode = -1;  ///< -1 when the process crashed or timed out
    QByteArray out;
    QByteArray err;
};

/// Runs a program to completion and collects its exit code and output.
inline ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs = 60000,
                                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace cw::testing
