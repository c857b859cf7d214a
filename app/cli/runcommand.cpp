// SPDX-License-Identifier: MIT
// cwb run: a whole sync into the project's local warehouse, with a progress line on stderr
// and Fivetran's local-tester summary; exit status 0 only when the sync succeeded.
#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>

#include "app/cli/cliconfig.h"
#include "app/cli/commands.h"
#include "models/core/codegen/pythonengine.h"
#include "models/core/samples/samplestore.h"
#include "models/core/sync/syncengine.h"
#include "models/core/warehouse/warehouse.h"

namespace cw::cli {

namespace {

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true; // the engine stops after the page in flight; the warehouse keeps its last checkpoint
}

/// One progress line on stderr: rewritten in place on a terminal, a line per second otherwise.
class ProgressPrinter final : public SyncObserver
{
public:
    ProgressPrinter() : m_tty(::isatty(STDERR_FILENO) != 0) { m_clock.start(); }
    void syncProgress(const std::vector<SyncEvent> &events, const SyncCounters &c) override
    {
        for (const SyncEvent &e : events) {
            if (e.kind == SyncEvent::Kind::Retry) {
                endLine();
                std::fprintf(stderr, "cwb run: retry %s %s after %s; waiting %lld ms\n", qPrintable(e.method),
                             qPrintable(e.url), qPrintable(e.message), static_cast<long long>(e.waitMs));
            } else if (e.kind == SyncEvent::Kind::Log && e.level >= LogLevel::Warning) {
                endLine();
                std::fprintf(stderr, "cwb run: %s %s\n", qPrintable(toString(e.level)), qPrintable(e.message));
            }
        }
        if (!m_tty && m_clock.elapsed() - m_last < 1000)
            return;
        m_last = m_clock.elapsed();
        const double rate = c.elapsedSeconds > 0 ? double(c.records) / c.elapsedSeconds : 0;
        const QString total = c.streamTotal >= 0 ? QStringLiteral("/%1").arg(c.streamTotal) : QString();
        std::fprintf(stderr, "%s[%s] %lld%s records | requests %lld, retries %lld, pages %lld, checkpoints %lld, "
                             "%.1f MB, %.0f records/s%s",
                     m_tty ? "\r\033[K" : "", qPrintable(c.stream), static_cast<long long>(c.streamRecords),
                     qPrintable(total), static_cast<long long>(c.requests), static_cast<long long>(c.retries),
                     static_cast<long long>(c.pages), static_cast<long long>(c.checkpoints),
                     double(c.bytes) / 1e6, rate, m_tty ? "" : "\n");
        m_open = m_tty;
        std::fflush(stderr);
    }
    void endLine()
    {
        if (m_open)
            std::fprintf(stderr, "\n");
        m_open = false;
    }

private:
    bool m_tty;
    bool m_open = false;
    QElapsedTimer m_clock;
    qint64 m_last = -1000000;
};

bool intOption(const QCommandLineParser &parser, const QString &name, qint64 minimum, qint64 &out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum) {
        std::fprintf(stderr, "cwb run: --%s expects a whole number from %lld, got \"%s\".\n", qPrintable(name),
                     static_cast<long long>(minimum), qPrintable(parser.value(name)));
        return false;
    }
    out = value;
    return true;
}

} // namespace

int runRun(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .cwproj file."));
    parser.addOption({QStringLiteral("streams"), QStringLiteral("Comma-separated streams to sync (default: all)."),
                      QStringLiteral("a,b")});
    parser.addOption({QStringLiteral("reset"), QStringLiteral("Empty the warehouse (tables, state, checkpoints) first.")});
    parser.addOption({QStringLiteral("state"),
                      QStringLiteral("Start from this state.json (as `fivetran debug --state` takes it) instead of "
                                     "the warehouse's."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("warehouse"),
                      QStringLiteral("The warehouse database (default: <project>.warehouse.db beside the project)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the summary as JSON.")});
    parser.addOption({QStringLiteral("engine"),
                      QStringLiteral("native (default): this program syncs; python: the generated connector does."),
                      QStringLiteral("name"), QStringLiteral("native")});
    parser.addOption({QStringLiteral("resume-from"),
                      QStringLiteral("Restore the state of checkpoint N of the warehouse, then sync."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("export-state"),
                      QStringLiteral("After the run, write the state as a state.json for `fivetran debug --state`."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("max-attempts"), QStringLiteral("Sends per request, retries included (default 5)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("backoff-ms"), QStringLiteral("First retry wait in ms, doubled each time (default 500)."),
                      QStringLiteral("ms")});
    parser.addOption({QStringLiteral("retry-after-cap-ms"),
                      QStringLiteral("Shorten waits the server asks for (Retry-After) to this (default: honour them)."),
                      QStringLiteral("ms")});
    parser.addOption({QStringLiteral("rate-limit"), QStringLiteral("At most this many requests per second (default: no limit)."),
                      QStringLiteral("r")});
    addConfigurationOptions(parser);
    if (!parse(parser, args, QStringLiteral("Syncs a project's streams into its local warehouse, one checkpoint per page, "
                                            "resuming from the last checkpoint.")))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        std::fprintf(stderr, "cwb run: expected one PROJECT.\n");
        return 2;
    }
    const QString engineName = parser.value(QStringLiteral("engine"));
    if (engineName == u"python" && parser.isSet(QStringLiteral("streams"))) {
        std::fprintf(stderr, "cwb run: --engine python runs the whole connector; --streams is for the native engine.\n");
        return 2;
    }
    if (engineName != u"native" && engineName != u"python") {
        std::fprintf(stderr, "cwb run: unknown engine \"%s\" (native or python).\n", qPrintable(engineName));
        return 2;
    }
    SyncOptions options;
    qint64 maxAttempts = options.retry.maxAttempts;
    qint64 backoff = options.retry.initialBackoffMs;
    qint64 resumeFrom = 0;
    if (!intOption(parser, QStringLiteral("max-attempts"), 1, maxAttempts)
        || !intOption(parser, QStringLiteral("backoff-ms"), 0, backoff)
        || !intOption(parser, QStringLiteral("retry-after-cap-ms"), 1, options.retry.retryAfterCapMs)
        || !intOption(parser, QStringLiteral("resume-from"), 1, resumeFrom))
        return 2;
    options.retry.maxAttempts = int(maxAttempts);
    options.retry.initialBackoffMs = int(backoff);
    if (parser.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        options.requestsPerSecond = parser.value(QStringLiteral("rate-limit")).toDouble(&ok);
        if (!ok || options.requestsPerSecond <= 0) {
            std::fprintf(stderr, "cwb run: --rate-limit expects a positive number.\n");
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("streams")))
        options.streams = parser.value(QStringLiteral("streams")).split(u',', Qt::SkipEmptyParts);

    const std::optional<Project> project = loadProject(positional[0]);
    if (!project)
        return 1;
    for (const QString &name : std::as_const(options.streams)) {
        if (!project->stream(name.trimmed())) {
            std::fprintf(stderr, "cwb run: the project has no stream \"%s\".\n", qPrintable(name));
            return 2;
        }
    }
    for (QString &name : options.streams)
        name = name.trimmed();
    const std::optional<ConfigurationValues> values = configurationValues(*project, parser);
    if (!values)
        return 2;

    JsonValue startState;
    if (parser.isSet(QStringLiteral("state"))) {
        QFile file(parser.value(QStringLiteral("state")));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cwb run: cannot read %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
            return 2;
        }
        const QByteArray bytes = file.readAll();
        startState = JsonValue::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
        if (!startState.is_object()) {
            std::fprintf(stderr, "cwb run: %s is not a JSON object.\n", qPrintable(file.fileName()));
            return 2;
        }
    }

    const QString warehousePath = parser.isSet(QStringLiteral("warehouse")) ? parser.value(QStringLiteral("warehouse"))
                                                                             : Warehouse::pathForProject(positional[0]);
    Warehouse warehouse;
    QString error;
    if (!warehouse.open(warehousePath, &error)) {
        std::fprintf(stderr, "cwb run: %s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(QStringLiteral("reset")) && !warehouse.reset(&error)) {
        std::fprintf(stderr, "cwb run: %s\n", qPrintable(error));
        return 1;
    }
    if (resumeFrom > 0 && !warehouse.restoreCheckpoint(resumeFrom, nullptr, &error)) {
        std::fprintf(stderr, "cwb run: %s\n", qPrintable(error));
        return 1;
    }
    if (!startState.is_null()
        && !warehouse.setState(startState, QStringLiteral("--state %1").arg(parser.value(QStringLiteral("state"))),
                               nullptr, &error)) {
        std::fprintf(stderr, "cwb run: %s\n", qPrintable(error));
        return 1;
    }
    options.samplesPath = SampleStore::pathForProject(positional[0]);
    if (!QFile::exists(options.samplesPath))
        options.samplesPath.clear();

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    std::fprintf(stderr, "cwb run: %s into %s\n", qPrintable(project->name), qPrintable(warehousePath));
    ProgressPrinter printer;
    SyncSummary summary;
    if (engineName == u"python") {
        // The generated connector.py under the workbench's local SDK runtime, into the same warehouse.
        PythonRunOptions pythonOptions;
        pythonOptions.samplesPath = options.samplesPath;
        PythonEngine engine(*project, *values, warehouse, pythonOptions);
        engine.setObserver(&printer);
        summary = engine.run(&g_interrupted);
    } else {
        SyncEngine engine(*project, *values, warehouse, options);
        engine.setObserver(&printer);
        summary = engine.run(&g_interrupted);
    }
    printer.endLine();

    if (parser.isSet(QStringLiteral("export-state"))
        && !warehouse.exportState(parser.value(QStringLiteral("export-state")), &error))
        std::fprintf(stderr, "cwb run: %s\n", qPrintable(error));
    if (parser.isSet(QStringLiteral("json"))) {
        JsonValue out = summary.toJson();
        out["warehouse"] = warehousePath.toStdString();
        out["state"] = warehouse.state();
        std::printf("%s\n", out.dump(2, ' ', false, JsonValue::error_handler_t::replace).c_str());
    } else {
        std::printf("%s", qPrintable(summary.toText()));
    }
    return summary.succeeded ? 0 : 1;
}

} // namespace cw::cli
