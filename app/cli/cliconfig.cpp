// SPDX-License-Identifier: MIT
#include "app/cli/cliconfig.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QFile>
#include <QProcessEnvironment>

namespace cw::cli {

void addConfigurationOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("config"), QStringLiteral("A configuration value (repeatable)."), QStringLiteral("key=value")});
    parser.addOption({QStringLiteral("config-file"), QStringLiteral("A configuration.json of string values."), QStringLiteral("file")});
}

void printProblems(const QList<ProjectFile::Problem> &problems, const QString &path)
{
    for (const ProjectFile::Problem &problem : problems) {
        const bool error = problem.severity == ProjectFile::Problem::Severity::Error;
        std::fprintf(stderr, "%s: %s: %s%s\n", qPrintable(path), error ? "error" : "warning",
                     problem.pointer.isEmpty() ? "" : qPrintable(problem.pointer + QStringLiteral(": ")),
                     qPrintable(problem.message));
    }
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        std::fprintf(stderr, "cwb %s: %s\n", qPrintable(args.value(0)), qPrintable(parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        std::exit(0);
    }
    return true;
}

std::optional<Project> loadProject(const QString &path)
{
    const ProjectFile::LoadResult result = ProjectFile::load(path);
    printProblems(result.problems, path);
    return result.project;
}

std::optional<ConfigurationValues> configurationValues(const Project &project, const QCommandLineParser &parser)
{
    ConfigurationValues values;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const ConfigurationField &field : project.configuration) {
        if (!field.defaultValue.isEmpty())
            values.insert(field.key, field.defaultValue);
        const QString fromEnv = env.value(QStringLiteral("CWB_CONFIG_") + field.key.toUpper());
        if (!fromEnv.isEmpty())
            values.insert(field.key, fromEnv);
    }
    if (parser.isSet(QStringLiteral("config-file"))) {
        const QString path = parser.value(QStringLiteral("config-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cwb: cannot open configuration file %s: %s\n", qPrintable(path),
                         qPrintable(file.errorString()));
            return std::nullopt;
        }
        const QByteArray bytes = file.readAll();
        const nlohmann::json json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
        if (!json.is_object()) {
            std::fprintf(stderr, "cwb: %s is not a JSON object of string values.\n", qPrintable(path));
            return std::nullopt;
        }
        for (const auto &[key, value] : json.items()) {
            if (!value.is_string()) {
                std::fprintf(stderr, "cwb: %s: the value of \"%s\" is not a string (configuration values are strings).\n",
                             qPrintable(path), key.c_str());
                return std::nullopt;
            }
            values.insert(QString::fromStdString(key), QString::fromStdString(value.get<std::string>()));
        }
    }
    const QStringList pairs = parser.values(QStringLiteral("config"));
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            std::fprintf(stderr, "cwb: --config expects key=value, got \"%s\".\n", qPrintable(pair));
            return std::nullopt;
        }
        values.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return values;
}

} // namespace cw::cli
