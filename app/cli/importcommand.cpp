// SPDX-License-Identifier: MIT
// cwb import: turns OpenAPI, a cURL command, a Postman collection or a HAR file into streams.
#include <cstdio>

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QFile>
#include <QUrl>

#include "app/cli/commands.h"
#include "models/core/http/httpclient.h"
#include "models/core/import/importresult.h"
#include "models/core/project/projectfile.h"

namespace cw::cli {

namespace {

std::string utf8(const QString &text) { return text.toStdString(); }

QString paginationSummary(const Pagination &p)
{
    switch (p.type) {
    case PaginationType::None: return QStringLiteral("-");
    case PaginationType::OffsetLimit: return QStringLiteral("offset(%1,%2)").arg(p.offsetParam, p.limitParam);
    case PaginationType::PageNumber: return QStringLiteral("page(%1)").arg(p.pageParam);
    case PaginationType::CursorToken: return QStringLiteral("cursor(%1<-%2)").arg(p.cursorParam, p.cursorPath.isEmpty() ? QStringLiteral("?") : p.cursorPath);
    case PaginationType::NextUrl: return QStringLiteral("next-url(%1)").arg(p.nextUrlPath);
    case PaginationType::LinkHeader: return QStringLiteral("link-header");
    }
    return {};
}

const char *level(const ImportProblem &problem) { return problem.error ? "error" : problem.info ? "note" : "warning"; }

// Reads a file, or fetches a URL with the project's HTTP client (no credentials are sent).
bool readInput(const QString &input, QByteArray &bytes, QString &error)
{
    if (input.startsWith(QStringLiteral("http://")) || input.startsWith(QStringLiteral("https://"))) {
        HttpRequest request;
        request.url = QUrl(input);
        request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json, application/yaml;q=0.9, */*;q=0.5")));
        HttpClient client;
        const HttpResponse response = client.send(request);
        if (!response.ok()) {
            error = response.error;
            return false;
        }
        if (response.status < 200 || response.status >= 300) {
            error = QStringLiteral("%1 answered HTTP %2.").arg(input).arg(response.status);
            return false;
        }
        bytes = response.body;
        return true;
    }
    if (input == QStringLiteral("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            error = in.errorString();
            return false;
        }
        bytes = in.readAll();
        return true;
    }
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot open %1: %2").arg(input, file.errorString());
        return false;
    }
    bytes = file.readAll();
    return true;
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the endpoints an OpenAPI/Swagger document, cURL command, Postman collection or HAR file describes, and optionally write them as a project."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"), QStringLiteral("A file, an http(s) URL, or - for standard input."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("openapi, curl, postman or har (default: detected)."), QStringLiteral("format")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the endpoints and problems as JSON.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write a project file."), QStringLiteral("project")});
    if (!parser.parse(args)) {
        std::fprintf(stderr, "cwb import: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();  // args[0], "import", is the program name to the parser
    if (inputs.size() != 1) {
        std::fprintf(stderr, "cwb import: expected one FILE or URL.\n");
        return 2;
    }
    ImportFormat format = ImportFormat::Auto;
    if (parser.isSet(QStringLiteral("format"))) {
        const std::optional<ImportFormat> named = importFormatFromString(parser.value(QStringLiteral("format")));
        if (!named) {
            std::fprintf(stderr, "cwb import: unknown format \"%s\"; use openapi, curl, postman or har.\n", qPrintable(parser.value(QStringLiteral("format"))));
            return 2;
        }
        format = *named;
    }
    QByteArray bytes;
    QString readError;
    if (!readInput(inputs.first(), bytes, readError)) {
        std::fprintf(stderr, "cwb import: %s\n", qPrintable(readError));
        return 1;
    }
    const QString source = inputs.first().section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
    const ImportResult result = importBytes(bytes, format, source);
    const Project project = projectFromImport(result);

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::ordered_json out;
        out["title"] = utf8(project.name);
        out["baseUrl"] = utf8(project.connection.baseUrl);
        out["auth"] = utf8(toString(project.connection.auth.type));
        out["endpoints"] = nlohmann::ordered_json::array();
        for (const Stream &stream : project.streams) {
            out["endpoints"].push_back({{"method", utf8(stream.request.method)}, {"path", utf8(stream.request.path)},
                                        {"stream", utf8(stream.name)}, {"group", utf8(stream.group)},
                                        {"pagination", utf8(toString(stream.pagination.type))}, {"recordsPath", utf8(stream.recordsPath)},
                                        {"columns", stream.table.columns.size()}});
        }
        out["configuration"] = nlohmann::ordered_json::array();
        for (const ConfigurationField &field : project.configuration)
            out["configuration"].push_back({{"key", utf8(field.key)}, {"secret", field.secret}});
        out["problems"] = nlohmann::ordered_json::array();
        for (const ImportProblem &problem : result.problems)
            out["problems"].push_back({{"level", level(problem)}, {"location", utf8(problem.location)}, {"message", utf8(problem.message)}});
        out["samples"] = result.samples.size();
        std::printf("%s\n", out.dump(2).c_str());
    } else {
        std::printf("%s — %s\n", qPrintable(project.name), qPrintable(project.connection.baseUrl));
        std::printf("%-7s %-40s %-32s %-20s %-24s %s\n", "METHOD", "PATH", "STREAM", "GROUP", "PAGINATION", "RECORDS");
        for (const Stream &stream : project.streams) {
            std::printf("%-7s %-40s %-32s %-20s %-24s %s\n", qPrintable(stream.request.method), qPrintable(stream.request.path),
                        qPrintable(stream.name), qPrintable(stream.group.isEmpty() ? QStringLiteral("-") : stream.group),
                        qPrintable(paginationSummary(stream.pagination)),
                        qPrintable(stream.recordsPath.isEmpty() ? QStringLiteral("(body)") : stream.recordsPath));
        }
        std::printf("%lld endpoint(s)\n", static_cast<long long>(project.streams.size()));
        for (const ImportProblem &problem : result.problems) {
            std::fprintf(stderr, "%s: %s: %s%s\n", qPrintable(source), level(problem),
                         problem.location.isEmpty() ? "" : qPrintable(problem.location + QStringLiteral(": ")), qPrintable(problem.message));
        }
    }
    if (result.streams.isEmpty()) {
        std::fprintf(stderr, "cwb import: nothing could be imported.\n");
        return 1;
    }
    if (parser.isSet(QStringLiteral("output"))) {
        for (const ProjectFile::Problem &problem : ProjectFile::validate(project)) {
            if (problem.isError())
                std::fprintf(stderr, "cwb import: project: %s\n", qPrintable(problem.toString()));
        }
        QString error;
        if (!ProjectFile::save(project, parser.value(QStringLiteral("output")), &error)) {
            std::fprintf(stderr, "cwb import: %s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

} // namespace cw::cli
