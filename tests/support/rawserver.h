// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <thread>

#include <QString>
#include <QtGlobal>

namespace cw::test {

/// A loopback TCP server that hands each connection's socket to a function, for the
/// misbehaving servers an HTTP library will not play: headers sent a byte at a time,
/// responses cut short or never finished. Bound to 127.0.0.1 on a free port; one
/// connection at a time, on the server's own thread.
class RawServer final
{
public:
    /// Reads the request itself if it wants to; `stopping` turns true when the test ends, and
    /// a handler that loops must return soon after. The socket is closed when it returns.
    using Handler = std::function<void(int socket, const std::atomic_bool &stopping)>;

    explicit RawServer(Handler handler);
    ~RawServer();
    RawServer(const RawServer &) = delete;
    RawServer &operator=(const RawServer &) = delete;

    quint16 port() const { return m_port; }
    QString url(const QString &path) const;

    /// Reads until the end of the request headers (or 64 KB, or an error).
    static void readRequestHead(int socket);
    /// Writes all of `data`; false when the peer went away.
    static bool writeAll(int socket, const char *data, size_t size);

private:
    Handler m_handler;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stopping{false};
    std::thread m_thread;
};

} // namespace cw::test
