// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace cw::cli {

/// `cwb demo-server [--port N] [--records N] [--seed N] [--rate-limit R] [--faults SPEC]
/// [--token T] [--api-key K]`: serves the Acme Shop demo API on 127.0.0.1 until SIGINT or
/// SIGTERM. Prints the base URL as the first stdout line (scripts read it), a summary on
/// stderr. `args[0]` is "demo-server". Exit codes: 0 stopped cleanly, 1 could not listen,
/// 2 bad options.
int runDemoServer(const QStringList &args);

} // namespace cw::cli
