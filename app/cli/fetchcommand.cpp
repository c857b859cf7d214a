// SPDX-License-Identifier: MIT
// cwb fetch: one page of a stream as the response viewer shows it, for scripts and bug reports.
#include <cstdio>

#include <nlohmann/json.hpp>

#include <QCommandLineParser>

#include "app/cli/cliconfig.h"
#include "app/cli/commands.h"
#include "models/core/http/httpclient.h"
#include "models/core/samples/samplestore.h"
#include "models/core/sync/pagewalker.h"

namespace cw::cli {

namespace {

nlohmann::json headersJson(const HttpHeaders &headers, const Project &project, const ConfigurationValues &values)
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto &[name, value] : headers) {
        array.push_back({{"name", name.toStdString()},
                         {"value", redactSecretBytes(value, project, values).toStdString()}});
    }
    return array;
}

void writeAll(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

} // namespace

int runFetch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .cwproj file."));
    parser.addPositionalArgument(QStringLiteral("stream"), QStringLiteral("The stream to fetch."));
    parser.addOption({QStringLiteral("page"), QStringLiteral("The page to show, from 1; earlier pages are fetched to get there."),
                      QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print status, headers, timings, record count and body as one JSON object.")});
    parser.addOption({QStringLiteral("save-sample"), QStringLiteral("Store the response in the project's sample database (<project>.cwbdb).")});
    addConfigurationOptions(parser);
    if (!parse(parser, args, QStringLiteral("Fetches one page of a stream, following its pagination, and prints the response.")))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        std::fprintf(stderr, "cwb fetch: expected PROJECT STREAM.\n");
        return 2;
    }
    bool numeric = false;
    const int pageNumber = parser.value(QStringLiteral("page")).toInt(&numeric);
    if (!numeric || pageNumber < 1) {
        std::fprintf(stderr, "cwb fetch: --page expects a number from 1, got \"%s\".\n",
                     qPrintable(parser.value(QStringLiteral("page"))));
        return 2;
    }
    const std::optional<Project> project = loadProject(positional[0]);
    if (!project)
        return 1;
    const Stream *found = project->stream(positional[1]);
    if (!found) {
        std::fprintf(stderr, "cwb fetch: the project has no stream \"%s\".\n", qPrintable(positional[1]));
        return 2;
    }
    const std::optional<ConfigurationValues> values = configurationValues(*project, parser);
    if (!values)
        return 2;

    Stream stream = *found;
    // Walk no further than the page asked for; a smaller page limit of the stream still applies.
    if (stream.pagination.maxPages <= 0 || stream.pagination.maxPages > pageNumber)
        stream.pagination.maxPages = pageNumber;
    HttpClient client;
    PageWalker walker(*project, stream, *values);
    std::optional<PageFetch> page;
    while (walker.hasNext()) {
        page = walker.fetchNext(client);
        if (!page->error.isEmpty() || page->index + 1 == pageNumber)
            break;
    }
    if (!page) {
        std::fprintf(stderr, "cwb fetch: %s\n", qPrintable(walker.stopReason()));
        return 1;
    }
    if (page->error.isEmpty() && page->index + 1 != pageNumber) {
        std::fprintf(stderr, "cwb fetch: the stream has only %d page(s) (%s).\n", page->index + 1,
                     qPrintable(walker.stopReason()));
        return 1;
    }
    const HttpResponse &response = page->response;
    if (response.tlsVerificationDisabled)
        std::fprintf(stderr, "cwb fetch: warning: TLS certificate verification is turned off for this project.\n");

    qint64 sampleId = 0;
    if (parser.isSet(QStringLiteral("save-sample"))) {
        SampleStore store;
        QString error;
        if (!store.open(SampleStore::pathForProject(positional[0]), &error)
            || (sampleId = store.add(stream.name, *page, *project, *values, &error)) == 0) {
            std::fprintf(stderr, "cwb fetch: %s\n", qPrintable(error));
            return 1;
        }
    }

    const QByteArray body = redactSecretBytes(response.readBody(), *project, *values);
    if (parser.isSet(QStringLiteral("json"))) {
        const HttpTimings &t = response.timings;
        nlohmann::json out = {
            {"page", page->index + 1},
            {"method", page->request.method.toStdString()},
            {"url", page->displayUrl.toStdString()},
            {"status", response.status},
            {"headers", headersJson(response.headers, *project, *values)},
            {"timings", {{"dnsMs", t.dnsMs}, {"connectMs", t.connectMs}, {"tlsMs", t.tlsMs},
                         {"firstByteMs", t.firstByteMs}, {"totalMs", t.totalMs}}},
            {"records", page->error.isEmpty() ? nlohmann::json(page->records.size()) : nlohmann::json()},
            {"bodySize", response.bodySize},
            {"sizeDownloaded", response.sizeDownloaded},
            {"tlsVerificationDisabled", response.tlsVerificationDisabled},
        };
        // A JSON body is embedded as JSON, anything else as text.
        nlohmann::json parsed = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        out["body"] = parsed.is_discarded() ? nlohmann::json(body.toStdString()) : std::move(parsed);
        if (!page->error.isEmpty())
            out["error"] = page->error.toStdString();
        if (sampleId)
            out["sampleId"] = sampleId;
        std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else {
        std::fprintf(stderr, "%s %s\n", page->request.method.constData(), qPrintable(page->displayUrl));
        std::printf("HTTP %d\n", response.status);
        for (const auto &[name, value] : response.headers)
            std::printf("%s: %s\n", name.constData(), redactSecretBytes(value, *project, *values).constData());
        std::printf("\n");
        writeAll(body);
        if (!body.endsWith('\n'))
            std::printf("\n");
        std::fprintf(stderr, "page %d: %lld records, %lld bytes (%lld on the wire), %.1f ms%s\n", page->index + 1,
                     qlonglong(page->records.size()), qlonglong(response.bodySize), qlonglong(response.sizeDownloaded),
                     response.timings.totalMs,
                     sampleId ? qPrintable(QStringLiteral("; saved as sample %1").arg(sampleId)) : "");
        if (!page->error.isEmpty())
            std::fprintf(stderr, "cwb fetch: %s\n", qPrintable(page->error));
    }
    return page->error.isEmpty() ? 0 : 1;
}

} // namespace cw::cli
