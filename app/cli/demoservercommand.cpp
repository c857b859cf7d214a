// SPDX-License-Identifier: MIT
#include "app/cli/demoservercommand.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include <QCommandLineParser>

#include "models/core/demo/demoserver.h"

#if defined(Q_OS_UNIX)
#include <pthread.h>
#include <signal.h>
#endif

namespace cw::cli {

namespace {

/// QCommandLineParser names the executable in its usage line; name the subcommand too.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text.replace(0, text.indexOf(u'\n'), QStringLiteral("Usage: cwb demo-server [options]"));
    return text;
}

int usageError(const QString &message, const QCommandLineParser &parser)
{
    std::fprintf(stderr, "cwb demo-server: %s\n\n%s", qPrintable(message), qPrintable(helpText(parser)));
    return 2;
}

#if !defined(Q_OS_UNIX)
std::atomic_bool g_stopRequested{false};
extern "C" void requestStop(int)
{
    g_stopRequested = true;
}
#endif

/// Blocks until SIGINT or SIGTERM. On Unix the signals are blocked in every thread (the
/// mask is inherited by the server threads started afterwards) and taken with sigwait, so
/// nothing runs in signal-handler context.
class StopSignals final
{
public:
    StopSignals()
    {
#if defined(Q_OS_UNIX)
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGINT);
        sigaddset(&m_set, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &m_set, &m_previous);
#else
        std::signal(SIGINT, requestStop);
        std::signal(SIGTERM, requestStop);
#endif
    }
    ~StopSignals()
    {
#if defined(Q_OS_UNIX)
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
#else
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
#endif
    }
    Q_DISABLE_COPY_MOVE(StopSignals)

    int wait()
    {
#if defined(Q_OS_UNIX)
        int caught = 0;
        while (sigwait(&m_set, &caught) != 0) {
        }
        return caught;
#else
        while (!g_stopRequested)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        return SIGINT;
#endif
    }

private:
#if defined(Q_OS_UNIX)
    sigset_t m_set;
    sigset_t m_previous;
#endif
};

} // namespace

int runDemoServer(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the Acme Shop demo API on 127.0.0.1 until interrupted. The first line on stdout is the base URL."));
    parser.addHelpOption();
    const DemoServer::Options defaults;
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption recordsOption(QStringLiteral("records"),
                                           QStringLiteral("Records per resource, 100 to 10000000."),
                                           QStringLiteral("N"), QString::number(defaults.records));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic data."),
                                        QStringLiteral("N"), QString::number(defaults.seed));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
                                        QStringLiteral("Requests per second over all clients; 0 is off."),
                                        QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
                                          QStringLiteral("Injected faults, e.g. 500:0.1,slow:0.05:2000,drop@7."),
                                          QStringLiteral("SPEC"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("Bearer token clients must send."),
                                         QStringLiteral("T"), defaults.bearerToken);
    const QCommandLineOption keyOption(QStringLiteral("api-key"),
                                       QStringLiteral("API key for X-API-Key or ?api_key=."),
                                       QStringLiteral("K"), defaults.apiKey);
    parser.addOptions({portOption, recordsOption, seedOption, rateOption, faultsOption, tokenOption, keyOption});

    if (!parser.parse(args))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(helpText(parser)), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), parser);

    DemoServer::Options options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("--port must be an integer from 0 to 65535"), parser);
    options.port = quint16(port);
    options.records = parser.value(recordsOption).toLongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--records must be an integer"), parser);
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed must be a non-negative integer"), parser);
    options.rateLimit = parser.value(rateOption).toDouble(&ok);
    if (!ok)
        return usageError(QStringLiteral("--rate-limit must be a number"), parser);
    options.faults = parser.value(faultsOption);
    options.bearerToken = parser.value(tokenOption);
    options.apiKey = parser.value(keyOption);
    QString error;
    if (!DemoServer::validateOptions(options, &error))
        return usageError(error, parser);

    // Before start(), so the server threads inherit the blocked signal mask.
    StopSignals stopSignals;
    DemoServer server;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "cwb demo-server: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray url = server.baseUrl().toUtf8();
    std::printf("%s\n", url.constData());
    std::fflush(stdout);

    auto orOff = [](const QString &value) { return value.isEmpty() ? QStringLiteral("(off)") : value; };
    std::fprintf(stderr,
                 "Acme Shop demo API on %s\n"
                 "  records per resource: %lld, seed: %llu\n"
                 "  auth: Authorization: Bearer %s | X-API-Key: %s | ?api_key=%s\n"
                 "  rate limit: %s, faults: %s\n"
                 "  OpenAPI: %s/openapi.json\n"
                 "Press Ctrl+C to stop.\n",
                 url.constData(), static_cast<long long>(options.records),
                 static_cast<unsigned long long>(options.seed), qPrintable(orOff(options.bearerToken)),
                 qPrintable(orOff(options.apiKey)), qPrintable(orOff(options.apiKey)),
                 options.rateLimit > 0 ? qPrintable(QStringLiteral("%1 req/s").arg(options.rateLimit)) : "off",
                 options.faults.isEmpty() ? "none" : qPrintable(options.faults), url.constData());
    std::fflush(stderr);

    const int caught = stopSignals.wait();
    server.stop();
    std::fprintf(stderr, "Stopped (%s).\n", caught == SIGTERM ? "SIGTERM" : "SIGINT");
    return 0;
}

} // namespace cw::cli
