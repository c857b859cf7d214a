// SPDX-License-Identifier: MIT
// cwb: the workbench's engine without a window, for scripts, CI and benchmarks.
// Each subcommand lives in its own file; this one only dispatches.
#include <cstdio>

#include <QCoreApplication>
#include <QStringList>

#include "app/cli/commands.h"
#include "models/core/support/version.h"

namespace {

struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

const Command kCommands[] = {
    {"demo-server", "serve the built-in Acme Shop demo API on 127.0.0.1", &cw::cli::runDemoServer},
    {"demo-project", "write the demo project file for a running demo server", &cw::cli::runDemoProject},
    {"validate", "check a project file and list every problem", &cw::cli::runValidate},
    {"walk", "fetch every page of a stream and count its records", &cw::cli::runWalk},
    {"export", "export a deployable Fivetran Connector SDK project (linted first)", &cw::cli::runExport},
    {"init", "fetch a URL, detect records and pagination, write a project", &cw::cli::runInit},
    {"import", "list the endpoints of an OpenAPI, cURL, Postman or HAR file; -o writes a project", &cw::cli::runImport},
    {"fetch", "fetch one page of a stream and print the response", &cw::cli::runFetch},
    {"run", "sync streams into the local warehouse with checkpoints; resumable", &cw::cli::runRun},
    {"infer", "infer the schema of a JSON file and print it with the default mapping", &cw::cli::runInfer},
    {"preview", "map a stream's stored samples and print the destination rows", &cw::cli::runPreview},
};

void printUsage(FILE *out)
{
    std::fprintf(out, "Usage: cwb <command> [options]\n\nCommands:\n");
    for (const Command &command : kCommands)
        std::fprintf(out, "  %-14s %s\n", command.name, command.summary);
    std::fprintf(out, "\nRun 'cwb <command> --help' for a command's options.\n"
                      "Options: --version, --help\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cwb"));
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectorWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CW_VERSION_STRING));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        printUsage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"--version" || args.first() == u"-v") {
        std::printf("cwb %s\n", CW_VERSION_STRING);
        return 0;
    }
    for (const Command &command : kCommands) {
        if (args.first() == QLatin1String(command.name))
            return command.run(args);
    }
    std::fprintf(stderr, "cwb: unknown command \"%s\".\n\n", qPrintable(args.first()));
    printUsage(stderr);
    return 2;
}
