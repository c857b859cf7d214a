// SPDX-License-Identifier: MIT
#include "tests/support/testserver.h"

#include <chrono>
#include <stdexcept>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cw::test {

QString RecordedRequest::header(const std::string &name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? QString() : QString::fromStdString(it->second);
}

QString RecordedRequest::param(const std::string &name) const
{
    const auto it = params.find(name);
    return it == params.end() ? QString() : QString::fromStdString(it->second);
}

TestServer::TestServer()
{
    m_server.set_tcp_nodelay(true);
    const httplib::Server::Handler handler = [this](const httplib::Request &req, httplib::Response &res) {
        dispatch(req, res);
    };
    m_server.Get(".*", handler);
    m_server.Post(".*", handler);
    m_server.Put(".*", handler);
    m_server.Patch(".*", handler);
    m_server.Delete(".*", handler);
    m_server.Options(".*", handler);

    const int port = m_server.bind_to_any_port("127.0.0.1");
    if (port <= 0)
        throw std::runtime_error("TestServer: cannot bind to 127.0.0.1");
    m_port = quint16(port);
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    // stop() only works once the accept loop runs, so wait for it. The socket already
    // listens, so clients could connect earlier; this is only about shutting down.
    while (!m_server.is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

TestServer::~TestServer()
{
    stop();
}

void TestServer::stop()
{
    {
        std::lock_guard lock(m_stopMutex);
        m_stopping = true;
    }
    m_stopCondition.notify_all();
    if (m_thread.joinable()) {
        m_server.stop();
        m_thread.join();
    }
}

void TestServer::route(const std::string &method, const std::string &pattern, Handler handler)
{
    std::lock_guard lock(m_mutex);
    m_routes.push_back({method, std::regex(pattern), std::move(handler)});
}

void TestServer::serve(const std::string &pattern, int status, const std::string &body,
                       const std::string &contentType)
{
    get(pattern, [status, body, contentType](const httplib::Request &, httplib::Response &res) {
        res.status = status;
        res.set_content(body, contentType.c_str());
    });
}

QString TestServer::baseUrl(const QString &host) const
{
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

QString TestServer::url(const QString &path, const QString &host) const
{
    return baseUrl(host) + path;
}

std::vector<RecordedRequest> TestServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

RecordedRequest TestServer::lastRequest() const
{
    std::lock_guard lock(m_mutex);
    return m_requests.empty() ? RecordedRequest() : m_requests.back();
}

int TestServer::requestCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_requests.size());
}

void TestServer::clearRequests()
{
    std::lock_guard lock(m_mutex);
    m_requests.clear();
}

bool TestServer::sleepFor(int ms)
{
    std::unique_lock lock(m_stopMutex);
    return !m_stopCondition.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping.load(); });
}

void TestServer::dispatch(const httplib::Request &req, httplib::Response &res)
{
    RecordedRequest recorded;
    recorded.method = QString::fromStdString(req.method);
    recorded.path = QString::fromStdString(req.path);
    recorded.target = QString::fromStdString(req.target);
    recorded.host = QString::fromStdString(req.get_header_value("Host"));
    recorded.remotePort = req.remote_port;
    recorded.headers = req.headers;
    recorded.params = req.params;
    recorded.body = QByteArray::fromStdString(req.body);

    Handler handler;
    {
        std::lock_guard lock(m_mutex);
        m_requests.push_back(std::move(recorded));
        for (auto it = m_routes.rbegin(); it != m_routes.rend(); ++it) {
            const bool methodMatches = it->method == "*" || it->method == req.method
                || (req.method == "HEAD" && it->method == "GET");
            if (methodMatches && std::regex_match(req.path, it->pattern)) {
                handler = it->handler;
                break;
            }
        }
    }
    if (!handler) {
        res.status = 404;
        res.set_content("no route for " + req.method + " " + req.path, "text/plain");
        return;
    }
    handler(req, res);
}

quint16 TestServer::unusedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    quint16 port = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

} // namespace cw::test
