// SPDX-License-Identifier: MIT
// cwb validate, demo-project and walk: the project-level commands.
#include <cstdio>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QElapsedTimer>

#include "app/cli/cliconfig.h"
#include "app/cli/commands.h"
#include "models/core/demo/demoproject.h"
#include "models/core/http/httpclient.h"
#include "models/core/project/projectfile.h"
#include "models/core/sync/pagewalker.h"

namespace cw::cli {

namespace {

QStringList primaryKeyPaths(const Stream &stream)
{
    QStringList paths;
    for (const QString &column : stream.table.primaryKey) {
        QString path = u'/' + column;
        for (const ColumnMapping &mapping : stream.table.columns) {
            if (mapping.name == column)
                path = mapping.path;
        }
        paths.append(path);
    }
    if (paths.isEmpty())
        paths.append(QStringLiteral("/id"));
    return paths;
}

std::string keyOf(const JsonValue &record, const QStringList &paths)
{
    std::string key;
    for (const QString &path : paths) {
        const auto ptr = JsonValue::json_pointer(path.toStdString());
        key += record.contains(ptr) ? record.at(ptr).dump() : std::string("null");
        key += '\x1f';
    }
    return key;
}

} // namespace

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .cwproj file to check."));
    if (!parse(parser, args, QStringLiteral("Checks a project file and lists every problem with its JSON pointer.")))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        std::fprintf(stderr, "cwb validate: expected one project file.\n");
        return 2;
    }
    const ProjectFile::LoadResult result = ProjectFile::load(positional.first());
    printProblems(result.problems, positional.first());
    if (!result.project)
        return 1;
    std::printf("%s: valid (%lld streams, %lld configuration fields)\n", qPrintable(positional.first()),
                qlonglong(result.project->streams.size()), qlonglong(result.project->configuration.size()));
    return 0;
}

int runDemoProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Where to write the project."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("base-url"), QStringLiteral("The demo server's base URL."), QStringLiteral("url"),
                      QStringLiteral("http://127.0.0.1:8765")});
    if (!parse(parser, args, QStringLiteral("Writes the Acme Shop demo project, pointing at a running `cwb demo-server`.")))
        return 2;
    if (!parser.isSet(QStringLiteral("output"))) {
        std::fprintf(stderr, "cwb demo-project: -o FILE is required.\n");
        return 2;
    }
    QString error;
    const Project project = makeDemoProject(parser.value(QStringLiteral("base-url")));
    if (!ProjectFile::save(project, parser.value(QStringLiteral("output")), &error)) {
        std::fprintf(stderr, "cwb demo-project: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", qPrintable(parser.value(QStringLiteral("output"))));
    return 0;
}

int runWalk(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .cwproj file."));
    parser.addPositionalArgument(QStringLiteral("stream"), QStringLiteral("The stream to walk."));
    addConfigurationOptions(parser);
    parser.addOption({QStringLiteral("max-pages"), QStringLiteral("Stop after this many pages."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the summary as JSON.")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("Do not print a line per page.")});
    if (!parse(parser, args, QStringLiteral("Fetches every page of one stream, following its pagination, and counts the records.")))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        std::fprintf(stderr, "cwb walk: expected PROJECT STREAM.\n");
        return 2;
    }
    const std::optional<Project> project = loadProject(positional[0]);
    if (!project)
        return 1;
    const Stream *found = project->stream(positional[1]);
    if (!found) {
        std::fprintf(stderr, "cwb walk: the project has no stream \"%s\".\n", qPrintable(positional[1]));
        return 2;
    }
    Stream stream = *found;
    if (parser.isSet(QStringLiteral("max-pages")))
        stream.pagination.maxPages = parser.value(QStringLiteral("max-pages")).toInt();
    const std::optional<ConfigurationValues> values = configurationValues(*project, parser);
    if (!values)
        return 2;

    HttpClient client;
    PageWalker walker(*project, stream, *values);
    const QStringList keyPaths = primaryKeyPaths(stream);
    std::unordered_set<std::string> keys;
    const bool quiet = parser.isSet(QStringLiteral("quiet")) || parser.isSet(QStringLiteral("json"));
    QElapsedTimer timer;
    timer.start();
    while (walker.hasNext()) {
        const PageFetch page = walker.fetchNext(client);
        for (const JsonValue &record : page.records)
            keys.insert(keyOf(record, keyPaths));
        if (!quiet) {
            std::fprintf(stderr, "page %4d  %3d  %5lld records  %7.1f ms  %s %s\n", page.index + 1,
                         page.response.status, qlonglong(page.records.size()), page.response.timings.totalMs,
                         page.request.method.constData(), qPrintable(page.displayUrl));
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (parser.isSet(QStringLiteral("json"))) {
        const nlohmann::json summary = {
            {"stream", stream.name.toStdString()},
            {"pages", walker.pageCount()},
            {"records", walker.recordCount()},
            {"uniqueKeys", keys.size()},
            {"maxCursor", walker.maxCursor().toStdString()},
            {"stopReason", walker.stopReason().toStdString()},
            {"ok", !walker.failed()},
            {"seconds", seconds},
        };
        std::printf("%s\n", summary.dump(2).c_str());
    } else {
        std::printf("%s: %d pages, %lld records, %zu unique keys in %.2f s; %s: %s\n", qPrintable(stream.name),
                    walker.pageCount(), qlonglong(walker.recordCount()), keys.size(), seconds,
                    walker.failed() ? "failed" : "stopped", qPrintable(walker.stopReason()));
    }
    return walker.failed() ? 1 : 0;
}

} // namespace cw::cli
