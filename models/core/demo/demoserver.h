// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QString>
#include <QtGlobal>

#include "models/core/demo/demodata.h"

namespace cw {

/// The built-in "Acme Shop" demo API: a real HTTP server (cpp-httplib) on 127.0.0.1 serving
/// deterministic synthetic customers, products, orders and events, each with its own
/// pagination style, plus auth, rate limiting, fault injection and simulated time.
/// docs/demo-api.md is the reference. The server runs on its own threads; start() returns
/// once it accepts connections. cpp-httplib stays out of this header on purpose.
class DemoServer final
{
public:
    struct Options {
        quint16 port = 0;          ///< 0: pick a free port
        qint64 records = 1000;     ///< records per resource at epoch 0, 100 to 10,000,000
        quint64 seed = 42;
        double rateLimit = 0;      ///< requests per second over all clients; 0: off
        QString faults;            ///< e.g. "500:0.1,slow:0.05:2000,drop@7"; see docs/demo-api.md
        QString bearerToken = QStringLiteral("demo-token");  ///< empty: bearer auth off
        QString apiKey = QStringLiteral("demo-key");         ///< empty: API key auth off
    };

    DemoServer();
    ~DemoServer();
    Q_DISABLE_COPY_MOVE(DemoServer)

    /// Checks option values without starting anything (the CLI's "bad option" test).
    static bool validateOptions(const Options &options, QString *error);

    /// Binds 127.0.0.1 and serves in background threads. False with *error on bad options
    /// or when the port is taken. Stops a running server first.
    bool start(const Options &options, QString *error = nullptr);
    bool isRunning() const;
    quint16 port() const;
    /// "http://127.0.0.1:PORT"; empty when not running.
    QString baseUrl() const;
    /// Closes the listening socket and open connections and waits for the server threads.
    void stop();

    /// Advances simulated time in-process, like POST /admin/advance; returns the changes
    /// made, summed over the resources.
    DemoAdvanceCounts advanceTime(int epochs = 1);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw
