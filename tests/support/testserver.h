// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace cw::test {

/// One request as the server received it, copied out of cpp-httplib so that tests can
/// inspect it after the response was sent.
struct RecordedRequest {
    QString method;
    QString path;                  ///< decoded path, without the query
    QString target;                ///< the request target exactly as sent (path and raw query)
    QString host;                  ///< the Host header
    int remotePort = 0;            ///< the client's port: equal ports mean a reused connection
    httplib::Headers headers;      ///< names compare case-insensitively
    httplib::Params params;        ///< decoded query parameters ('+' decoded as space, as servers do)
    QByteArray body;

    bool hasHeader(const std::string &name) const { return headers.find(name) != headers.end(); }
    /// The first header of that name, or a null string.
    QString header(const std::string &name) const;
    bool hasParam(const std::string &name) const { return params.find(name) != params.end(); }
    /// The first query parameter of that name, decoded, or a null string.
    QString param(const std::string &name) const;
};

/// A loopback HTTP server for tests: cpp-httplib bound to 127.0.0.1 on a free port and
/// listening on its own thread from construction to destruction.
///
/// Routes can be added at any time, also while the server runs: they live in the fixture's
/// own table behind a mutex, and a route's pattern is a std::regex that must match the
/// whole path. Later routes win over earlier ones with the same pattern. Requests without
/// a route get 404 "no route". Every request is recorded before its handler runs.
///
/// The server answers on 127.0.0.1 and, through the same socket, on "localhost", which
/// lets tests use two host names for one server (cross-host redirects).
class TestServer final
{
public:
    using Handler = std::function<void(const httplib::Request &, httplib::Response &)>;

    TestServer();
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    /// Adds a route. `method` is "GET", "POST", ... or "*" for any method; GET routes also
    /// answer HEAD.
    void route(const std::string &method, const std::string &pattern, Handler handler);
    void get(const std::string &pattern, Handler handler) { route("GET", pattern, std::move(handler)); }
    void post(const std::string &pattern, Handler handler) { route("POST", pattern, std::move(handler)); }
    void any(const std::string &pattern, Handler handler) { route("*", pattern, std::move(handler)); }

    /// A GET route answering with a fixed status, content type and body.
    void serve(const std::string &pattern, int status, const std::string &body,
               const std::string &contentType = "application/json");

    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:<port>", or with another host name such as "localhost".
    QString baseUrl(const QString &host = QStringLiteral("127.0.0.1")) const;
    /// baseUrl() + path; path starts with '/'.
    QString url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;

    /// All requests received so far, in arrival order.
    std::vector<RecordedRequest> requests() const;
    RecordedRequest lastRequest() const;
    int requestCount() const;
    void clearRequests();

    /// Sleeps inside a handler for up to `ms`, returning early (false) when the server stops.
    /// Slow handlers must use this rather than std::this_thread::sleep_for, so that the
    /// fixture can shut down without waiting for them.
    bool sleepFor(int ms);
    bool stopping() const { return m_stopping.load(); }

    /// Stops listening and joins the thread; the destructor does this too.
    void stop();

    /// A port on 127.0.0.1 that nothing listens on (bound, then closed again).
    static quint16 unusedPort();

private:
    struct Route {
        std::string method;
        std::regex pattern;
        Handler handler;
    };
    void dispatch(const httplib::Request &req, httplib::Response &res);

    httplib::Server m_server;
    std::thread m_thread;
    quint16 m_port = 0;

    mutable std::mutex m_mutex;
    std::vector<Route> m_routes;
    std::vector<RecordedRequest> m_requests;

    std::mutex m_stopMutex;
    std::condition_variable m_stopCondition;
    std::atomic_bool m_stopping{false};
};

} // namespace cw::test
