// SPDX-License-Identifier: MIT
// The native engine against the generated Python connector on the same demo job: one
// stream of 100,000 customers (offset pagination, 1,000 per page) from the demo server on
// loopback into a fresh warehouse each, side by side in one run. Prints rows per second of
// each and their ratio (goal: native at least 5x). Run by hand:
//   bench_codegen_parity [--records N] [--stream customers|orders|events|products] [--runs K]
//                        [--only native|python]   (one engine alone, e.g. under a profiler)
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include "models/core/codegen/pythonengine.h"
#include "models/core/codegen/pythonruntime.h"
#include "models/core/demo/demoproject.h"
#include "models/core/demo/demoserver.h"
#include "models/core/http/httpclient.h"
#include "models/core/samples/samplestore.h"
#include "models/core/support/allocator.h"
#include "models/core/sync/pagewalker.h"
#include "models/core/sync/syncengine.h"
#include "models/core/warehouse/warehouse.h"

using namespace cw;

namespace {

struct Measure {
    double seconds = 0;
    qint64 rows = 0;
    bool ok = false;
    QString reason;
};

template<typename Engine, typename Options>
Measure measure(const Project &project, const ConfigurationValues &values, const QString &path, const Options &options)
{
    Warehouse warehouse;
    Measure m;
    if (!warehouse.open(path, &m.reason))
        return m;
    const SyncSummary summary = Engine(project, values, warehouse, options).run();
    m.ok = summary.succeeded;
    m.reason = summary.reason;
    m.seconds = summary.counters.elapsedSeconds;
    for (const qint64 rows : summary.counters.rowsPerTable)
        m.rows += rows;
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"), QStringLiteral("Records in the demo server."), QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("stream"), QStringLiteral("Demo stream to sync."), QStringLiteral("name"), QStringLiteral("customers")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each engine; the best is reported."), QStringLiteral("k"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run one engine alone: native or python."), QStringLiteral("engine")});
    parser.process(app);
    const QString only = parser.value(QStringLiteral("only"));
    if (!only.isEmpty() && only != QLatin1String("native") && only != QLatin1String("python")) {
        std::fprintf(stderr, "bench_codegen_parity: --only takes native or python, not \"%s\".\n", qPrintable(only));
        return 2;
    }

    QString error;
    const std::optional<PythonInterpreter> python = findPython(&error);
    if (!python) {
        std::fprintf(stderr, "bench_codegen_parity: %s\n", qPrintable(error));
        return 1;
    }
    DemoServer server;
    DemoServer::Options serverOptions;
    serverOptions.records = parser.value(QStringLiteral("records")).toLongLong();
    if (!server.start(serverOptions, &error)) {
        std::fprintf(stderr, "bench_codegen_parity: %s\n", qPrintable(error));
        return 1;
    }
    Project project = makeDemoProject(server.baseUrl());
    const QString streamName = parser.value(QStringLiteral("stream"));
    const Stream *chosen = project.stream(streamName);
    if (!chosen || !chosen->parent.stream.isEmpty()) {
        std::fprintf(stderr, "bench_codegen_parity: no top-level demo stream \"%s\".\n", qPrintable(streamName));
        return 2;
    }
    Stream stream = *chosen;
    stream.pagination.pageSize = 1000;
    project.streams = {stream};
    const ConfigurationValues values = {{QStringLiteral("api_token"), QStringLiteral("demo-token")}};

    // Both engines infer their columns from the same recorded page.
    QTemporaryDir dir;
    const QString samples = dir.filePath(QStringLiteral("bench.cwbdb"));
    {
        SampleStore store;
        HttpClient client;
        PageWalker walker(project, stream, values);
        if (!store.open(samples) || store.add(stream.name, walker.fetchNext(client), project, values) == 0) {
            std::fprintf(stderr, "bench_codegen_parity: cannot record a sample page.\n");
            return 1;
        }
    }
    SyncOptions nativeOptions;
    nativeOptions.samplesPath = samples;
    PythonRunOptions pythonOptions;
    pythonOptions.samplesPath = samples;
    pythonOptions.python = python->program;

    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    Measure native;
    Measure generated;
    for (int run = 0; run < runs; ++run) {
        // Alternating, so that neither engine always meets a warm or a cold server.
        Measure a;
        Measure b;
        a.ok = b.ok = true;
        if (only != QLatin1String("python"))
            a = measure<SyncEngine>(project, values, dir.filePath(QStringLiteral("native%1.db").arg(run)), nativeOptions);
        if (only != QLatin1String("native"))
            b = measure<PythonEngine>(project, values, dir.filePath(QStringLiteral("python%1.db").arg(run)), pythonOptions);
        if (!a.ok || !b.ok) {
            std::fprintf(stderr, "bench_codegen_parity: a sync failed: native: %s; python: %s\n", qPrintable(a.reason),
                         qPrintable(b.reason));
            return 1;
        }
        if (run == 0 || a.seconds < native.seconds)
            native = a;
        if (run == 0 || b.seconds < generated.seconds)
            generated = b;
    }
    const double nativeRate = native.seconds > 0 ? double(native.rows) / native.seconds : 0;
    const double pythonRate = generated.seconds > 0 ? double(generated.rows) / generated.seconds : 0;
    std::printf("demo stream %s, %lld records, pages of 1000, Python %s (%s), malloc from %s\n", qPrintable(streamName),
                serverOptions.records, qPrintable(python->program), qPrintable(python->version), mallocProvider().c_str());
    std::printf("%-28s %10s %10s %14s\n", "engine", "rows", "seconds", "rows/s");
    if (only != QLatin1String("python"))
        std::printf("%-28s %10lld %10.2f %14.0f\n", "native (SyncEngine)", native.rows, native.seconds, nativeRate);
    if (only != QLatin1String("native"))
        std::printf("%-28s %10lld %10.2f %14.0f\n", "generated Python connector", generated.rows, generated.seconds, pythonRate);
    if (only.isEmpty())
        std::printf("native / python rows per second: %.2fx (goal: at least 5x)\n", nativeRate / pythonRate);
    return 0;
}
