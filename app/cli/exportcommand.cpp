// SPDX-License-Identifier: MIT
// cwb export: a deployable Fivetran Connector SDK project folder, linted before it is written.
#include <cstdio>

#include <nlohmann/json.hpp>

#include <QCommandLineParser>

#include "app/cli/cliconfig.h"
#include "app/cli/commands.h"
#include "models/core/codegen/projectexporter.h"

namespace cw::cli {

namespace {

nlohmann::json findingJson(const LintFinding &finding)
{
    nlohmann::json json = {{"severity", finding.isError() ? "error" : "warning"},
                           {"rule", finding.rule.toStdString()},
                           {"message", finding.message.toStdString()}};
    if (!finding.file.isEmpty())
        json["file"] = finding.file.toStdString();
    if (finding.line > 0)
        json["line"] = finding.line;
    return json;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .cwproj file."));
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("The folder to write; created if needed."));
    parser.addOption({QStringLiteral("include-secrets"),
                      QStringLiteral("Write secret configuration values into configuration.json (default: empty strings).")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("force")}, QStringLiteral("Write into a folder that is not empty.")});
    parser.addOption({QStringLiteral("connection"), QStringLiteral("The Fivetran connection name (default: from the project name)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result and the linter's findings as JSON.")});
    addConfigurationOptions(parser);
    if (!parse(parser, args, QStringLiteral("Exports a Fivetran Connector SDK project: connector.py, configuration.json, README, "
                                            "CI workflow, samples and a pytest test. The export linter runs first; its errors "
                                            "stop the export.")))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        std::fprintf(stderr, "cwb export: expected PROJECT DIR.\n");
        return 2;
    }
    const std::optional<Project> project = loadProject(positional[0]);
    if (!project)
        return 1;
    const std::optional<ConfigurationValues> values = configurationValues(*project, parser);
    if (!values)
        return 2;

    ExportOptions options;
    options.values = *values;
    options.includeSecrets = parser.isSet(QStringLiteral("include-secrets"));
    options.overwrite = parser.isSet(QStringLiteral("force"));
    options.projectFilePath = positional[0];
    options.connectionName = parser.value(QStringLiteral("connection"));
    const ExportResult result = exportProject(*project, positional[1], options);

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json findings = nlohmann::json::array();
        for (const LintFinding &finding : result.findings)
            findings.push_back(findingJson(finding));
        nlohmann::json files = nlohmann::json::array();
        for (const QString &file : result.files)
            files.push_back(file.toStdString());
        nlohmann::json warnings = nlohmann::json::array();
        for (const QString &warning : result.warnings)
            warnings.push_back(warning.toStdString());
        nlohmann::json summary = {{"ok", result.ok},
                                  {"dir", positional[1].toStdString()},
                                  {"connectionName", result.connectionName.toStdString()},
                                  {"files", files},
                                  {"findings", findings},
                                  {"warnings", warnings}};
        if (!result.ok)
            summary["error"] = result.error.toStdString();
        std::printf("%s\n", summary.dump(2).c_str());
        return result.ok ? 0 : 1;
    }
    for (const LintFinding &finding : result.findings)
        std::fprintf(stderr, "%s\n", qPrintable(finding.toString()));
    for (const QString &warning : result.warnings)
        std::fprintf(stderr, "warning: %s\n", qPrintable(warning));
    if (!result.ok) {
        std::fprintf(stderr, "cwb export: %s\n", qPrintable(result.error));
        return 1;
    }
    for (const QString &file : result.files)
        std::printf("%s\n", qPrintable(file));
    std::fprintf(stderr, "Exported %lld files to %s; deploy as connection \"%s\" (see README.md).\n",
                 qlonglong(result.files.size()), qPrintable(positional[1]), qPrintable(result.connectionName));
    return 0;
}

} // namespace cw::cli
