// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/project/configtemplate.h"
#include "models/core/project/project.h"
#include "models/core/project/projectfile.h"

class QCommandLineParser;

/// What the project-level cwb commands share: option parsing, loading a project with its
/// problems printed, and configuration values from defaults, environment, file and options.
namespace cw::cli {

void printProblems(const QList<ProjectFile::Problem> &problems, const QString &path);

/// Parses the common options; returns false after printing a message when usage is wrong.
/// --help prints the help text and exits with 0.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description);

/// Loads a project, printing its problems to stderr; nullopt when it cannot be used.
std::optional<Project> loadProject(const QString &path);

/// Adds --config key=value (repeatable) and --config-file FILE to a parser.
void addConfigurationOptions(QCommandLineParser &parser);

/// Configuration values, later sources overriding earlier ones: field defaults, then
/// CWB_CONFIG_<KEY> environment variables (for CI secrets), then --config-file, then --config.
/// nullopt after printing a message when a source is unusable.
std::optional<ConfigurationValues> configurationValues(const Project &project, const QCommandLineParser &parser);

} // namespace cw::cli
