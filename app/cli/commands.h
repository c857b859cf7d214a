// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/// Each cwb subcommand: `args[0]` is the command name, the rest its options.
/// Exit codes: 0 success, 1 the work failed (bad project, HTTP error), 2 bad usage.
namespace cw::cli {

int runDemoServer(const QStringList &args);
int runDemoProject(const QStringList &args);
int runValidate(const QStringList &args);
int runWalk(const QStringList &args);
int runExport(const QStringList &args);
int runInit(const QStringList &args);
int runImport(const QStringList &args);
int runFetch(const QStringList &args);
int runRun(const QStringList &args);
int runInfer(const QStringList &args);
int runPreview(const QStringList &args);

} // namespace cw::cli
