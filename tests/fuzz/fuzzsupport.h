// SPDX-License-Identifier: MIT
#pragma once

// Shared by the libFuzzer targets: each one defines LLVMFuzzerTestOneInput and uses these to
// turn the fuzzer's bytes into inputs and to check the properties every parser promises.

#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QString>

#include "models/core/import/importresult.h"
#include "models/core/project/projectfile.h"

namespace cw::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Fails the run (libFuzzer saves the input as a crash) with a message.
[[noreturn]] inline void fail(const QString &message)
{
    std::fprintf(stderr, "fuzz property violated: %s\n", qPrintable(message));
    std::abort();
}

/// Every importer promises that projectFromImport() gives a project ProjectFile::validate()
/// accepts, and that the project survives a save and a load unchanged.
inline void checkImport(const ImportResult &result)
{
    const Project project = projectFromImport(result);
    for (const ProjectFile::Problem &problem : ProjectFile::validate(project)) {
        if (problem.isError())
            fail(QStringLiteral("imported project does not validate: ") + problem.toString());
    }
    const ProjectFile::LoadResult reloaded = ProjectFile::parse(ProjectFile::serialize(project));
    if (!reloaded.ok()) {
        QString all;
        for (const ProjectFile::Problem &problem : reloaded.problems)
            all += problem.toString() + u"; ";
        fail(QStringLiteral("imported project does not load again: ") + all);
    }
}

} // namespace cw::fuzz
