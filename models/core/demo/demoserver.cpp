// SPDX-License-Identifier: MIT
#include "models/core/demo/demoserver.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <httplib.h>

#include <QByteArray>
#include <QStringList>

#include "models/core/demo/demodata.h"
#include "models/core/demo/demoopenapi.h"

#if defined(Q_OS_UNIX)
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace cw {

namespace {

using httplib::Request;
using httplib::Response;

// With the charset parameter cpp-httplib does not compress the body. Brotli at its default
// quality costs ~30 ms per 40 KB page, which would make the demo server the bottleneck of
// every walk by a client that accepts br (libcurl with CURLOPT_ACCEPT_ENCODING "").
constexpr const char *kJson = "application/json; charset=utf-8";
constexpr qint64 kMaxLimit = 1000;
constexpr qint64 kDefaultLimit = 100;
constexpr qint64 kMaxSlowMs = 60'000;
// Every keep-alive connection holds a worker thread while idle, so leave room for a few
// idle clients (the app, a test, a benchmark) besides the busy ones.
constexpr std::size_t kWorkerThreads = 32;

enum class FaultKind { None, Error500, Error502, Error503, Slow, Drop, Truncate };

struct FaultRule {
    FaultKind kind = FaultKind::None;
    double probability = 0;
    qint64 every = 0;   ///< > 0: fires on every Nth request instead of by probability
    qint64 param = -1;  ///< slow: delay in ms; 503: Retry-After seconds
};

struct Fault {
    FaultKind kind = FaultKind::None;
    qint64 param = -1;
};

std::optional<FaultKind> faultKindFromName(std::string_view name)
{
    if (name == "500") return FaultKind::Error500;
    if (name == "502") return FaultKind::Error502;
    if (name == "503") return FaultKind::Error503;
    if (name == "slow") return FaultKind::Slow;
    if (name == "drop") return FaultKind::Drop;
    if (name == "truncate") return FaultKind::Truncate;
    return std::nullopt;
}

bool parseFaultSpec(const QString &spec, std::vector<FaultRule> *rules, QString *error)
{
    auto fail = [&](const QString &item, const QString &why) {
        if (error)
            *error = QStringLiteral("invalid --faults entry \"%1\": %2").arg(item, why);
        return false;
    };
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        FaultRule rule;
        QStringList parts;
        QString kindName;
        bool ok = false;
        if (const qsizetype at = item.indexOf(QLatin1Char('@')); at >= 0) {
            kindName = item.left(at);
            parts = item.mid(at + 1).split(QLatin1Char(':'));
            rule.every = parts.first().toLongLong(&ok);
            if (!ok || rule.every < 1)
                return fail(item, QStringLiteral("N in kind@N must be an integer >= 1"));
        } else {
            parts = item.split(QLatin1Char(':'));
            kindName = parts.takeFirst();
            if (parts.isEmpty())
                return fail(item, QStringLiteral("expected kind:probability[:param] or kind@N[:param]"));
            rule.probability = parts.first().toDouble(&ok);
            if (!ok || rule.probability < 0 || rule.probability > 1)
                return fail(item, QStringLiteral("probability must be between 0 and 1"));
        }
        const auto kind = faultKindFromName(kindName.toStdString());
        if (!kind)
            return fail(item, QStringLiteral("unknown kind (use 500, 502, 503, slow, drop or truncate)"));
        rule.kind = *kind;
        if (parts.size() > 2)
            return fail(item, QStringLiteral("too many ':' fields"));
        if (parts.size() == 2) {
            if (rule.kind != FaultKind::Slow && rule.kind != FaultKind::Error503)
                return fail(item, QStringLiteral("only slow (delay ms) and 503 (Retry-After s) take a parameter"));
            rule.param = parts.at(1).toLongLong(&ok);
            if (!ok || rule.param < 0 || rule.param > kMaxSlowMs)
                return fail(item, QStringLiteral("parameter must be an integer between 0 and 60000"));
        }
        if (rules)
            rules->push_back(rule);
    }
    return true;
}

constexpr quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// A token bucket shared by all clients: capacity max(1, rate), refilled continuously.
class TokenBucket final
{
public:
    struct Decision {
        bool allowed;
        qint64 remaining;
        qint64 retryAfter;  ///< seconds until one token is back
        qint64 reset;       ///< seconds until the bucket is full
    };

    explicit TokenBucket(double rate)
        : m_rate(rate), m_capacity(std::max(1.0, rate)), m_tokens(m_capacity), m_last(Clock::now())
    {
    }

    Decision take()
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        m_tokens = std::min(m_capacity, m_tokens + std::chrono::duration<double>(now - m_last).count() * m_rate);
        m_last = now;
        const bool allowed = m_tokens >= 1;
        if (allowed)
            m_tokens -= 1;
        const auto reset = qint64(std::ceil((m_capacity - m_tokens) / m_rate));
        const qint64 retry = allowed ? 0 : std::max<qint64>(1, qint64(std::ceil((1 - m_tokens) / m_rate)));
        return {allowed, qint64(std::floor(m_tokens)), retry, reset};
    }

    double rate() const { return m_rate; }

private:
    using Clock = std::chrono::steady_clock;
    std::mutex m_mutex;
    double m_rate;
    double m_capacity;
    double m_tokens;
    Clock::time_point m_last;
};

std::string numberText(double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

void setJson(Response &res, std::string &&body, int status = 200)
{
    res.status = status;
    res.body = std::move(body);
    res.set_header("Content-Type", kJson);
}

void sendError(Response &res, int status, std::string_view message)
{
    std::string body = R"({"error":)";
    appendJsonString(body, message);
    body += R"(,"status":)";
    body += std::to_string(status);
    body += '}';
    setJson(res, std::move(body), status);
}

/// Reads an optional integer query parameter; on a bad value answers 400 naming it.
bool intParam(const Request &req, Response &res, const char *name, qint64 fallback, qint64 min, qint64 max,
              qint64 &value)
{
    value = fallback;
    if (!req.has_param(name))
        return true;
    const std::string text = req.get_param_value(name);
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || value < min || value > max) {
        sendError(res, 400, std::string("invalid value for parameter '") + name + "': expected an integer from "
                                + std::to_string(min) + " to " + std::to_string(max));
        return false;
    }
    return true;
}

bool timeParam(const Request &req, Response &res, const char *name, std::optional<qint64> &value)
{
    value.reset();
    if (!req.has_param(name))
        return true;
    value = parseRfc3339(req.get_param_value(name));
    if (!value) {
        sendError(res, 400, std::string("invalid value for parameter '") + name
                                + "': expected an RFC 3339 date-time such as 2024-01-01T00:00:00Z");
        return false;
    }
    return true;
}

/// Query string of every parameter except `skip`, each as "&key=value", for next links.
std::string otherParams(const Request &req, std::initializer_list<std::string_view> skip)
{
    std::string out;
    for (const auto &[key, value] : req.params) {
        if (std::find(skip.begin(), skip.end(), key) != skip.end())
            continue;
        out += '&';
        out += httplib::detail::encode_query_param(key);
        out += '=';
        out += httplib::detail::encode_query_param(value);
    }
    return out;
}

/// Opaque keyset token: a resource tag and the (updated_at, id) of the last record sent.
std::string encodeToken(DemoResource resource, const DemoKey &key)
{
    QByteArray raw(17, '\0');
    raw[0] = char('a' + int(resource));
    for (int i = 0; i < 8; ++i) {
        raw[1 + i] = char(quint64(key.updatedAt) >> (56 - 8 * i));
        raw[9 + i] = char(quint64(key.id) >> (56 - 8 * i));
    }
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
}

std::optional<DemoKey> decodeToken(DemoResource resource, const std::string &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        QByteArray::fromStdString(token), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 17 || decoded.decoded[0] != char('a' + int(resource)))
        return std::nullopt;
    quint64 time = 0, id = 0;
    for (int i = 0; i < 8; ++i) {
        time = (time << 8) | quint8(decoded.decoded[1 + i]);
        id = (id << 8) | quint8(decoded.decoded[9 + i]);
    }
    // Sane bounds keep the position arithmetic far from overflow.
    if (time > 100'000'000'000ull || id > 1'000'000'000'000ull)
        return std::nullopt;
    return DemoKey{qint64(time), qint64(id)};
}

/// Shuts down the server side of accepted connections (all of them, or the one from
/// remotePort). cpp-httplib gives handlers no socket, so the descriptors are found by their
/// addresses; this is how "drop" closes without a byte and how stop() wakes idle keep-alive
/// connections. Elsewhere than Unix it does nothing and callers fall back.
bool shutdownConnections(quint16 localPort, int remotePort)
{
    bool found = false;
#if defined(Q_OS_UNIX)
    std::vector<int> fds;
#if defined(Q_OS_LINUX)
    if (DIR *dir = opendir("/proc/self/fd")) {
        while (const dirent *entry = readdir(dir)) {
            if (entry->d_name[0] != '.')
                fds.push_back(std::atoi(entry->d_name));
        }
        closedir(dir);
    }
#else
    for (int fd = 0; fd < 4096; ++fd)
        fds.push_back(fd);
#endif
    for (int fd : fds) {
        sockaddr_in local{}, peer{};
        socklen_t localLength = sizeof local, peerLength = sizeof peer;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0 || local.sin_family != AF_INET
            || ntohs(local.sin_port) != localPort)
            continue;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0)
            continue;  // the listening socket
        if (remotePort >= 0 && ntohs(peer.sin_port) != remotePort)
            continue;
        ::shutdown(fd, SHUT_RDWR);
        found = true;
    }
#else
    Q_UNUSED(localPort);
    Q_UNUSED(remotePort);
#endif
    return found;
}

} // namespace

struct DemoServer::Private {
    using Handler = void (Private::*)(const Request &, Response &);

    Options options;
    std::string bearerToken;
    std::string apiKey;
    std::vector<FaultRule> faultRules;
    std::unique_ptr<DemoData> data;
    mutable std::shared_mutex dataMutex;
    std::unique_ptr<TokenBucket> bucket;
    std::atomic<quint64> requestCount{0};
    std::unique_ptr<httplib::Server> server;
    std::thread thread;
    quint16 port = 0;
    std::string openApi;
    std::mutex stopMutex;
    std::condition_variable stopCondition;
    bool stopping = false;

    void addRoutes();
    httplib::Server::Handler guarded(Handler handler, bool dataEndpoint);
    bool authorize(const Request &req, Response &res) const;
    bool admit(Response &res);
    std::optional<Fault> pickFault(const Request &req, Response &res);
    void waitMs(qint64 ms);
    void appendRange(std::string &out, DemoResource resource, qint64 from, qint64 to) const;

    void customers(const Request &req, Response &res);
    void products(const Request &req, Response &res);
    void orders(const Request &req, Response &res);
    void events(const Request &req, Response &res);
    void notes(const Request &req, Response &res);
    void deletions(const Request &req, Response &res);
    void advance(const Request &req, Response &res);
    void state(const Request &req, Response &res);
};

bool DemoServer::Private::authorize(const Request &req, Response &res) const
{
    if (bearerToken.empty() && apiKey.empty())
        return true;
    bool presented = false;
    const std::string authorization = req.get_header_value("Authorization");
    if (!authorization.empty()) {
        presented = true;
        constexpr std::string_view scheme = "bearer ";
        const bool isBearer = authorization.size() > scheme.size()
            && std::equal(scheme.begin(), scheme.end(), authorization.begin(),
                          [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
        if (isBearer && !bearerToken.empty() && authorization.substr(scheme.size()) == bearerToken)
            return true;
    }
    if (req.has_header("X-API-Key")) {
        presented = true;
        if (!apiKey.empty() && req.get_header_value("X-API-Key") == apiKey)
            return true;
    }
    if (req.has_param("api_key")) {
        presented = true;
        if (!apiKey.empty() && req.get_param_value("api_key") == apiKey)
            return true;
    }
    sendError(res, 401, presented ? "invalid credentials"
                                  : "missing credentials: send Authorization: Bearer <token>, X-API-Key: <key> "
                                    "or ?api_key=<key>");
    res.set_header("WWW-Authenticate", "Bearer");
    return false;
}

bool DemoServer::Private::admit(Response &res)
{
    if (!bucket)
        return true;
    const TokenBucket::Decision decision = bucket->take();
    res.set_header("X-RateLimit-Limit", numberText(bucket->rate()));
    res.set_header("X-RateLimit-Remaining", std::to_string(decision.remaining));
    res.set_header("X-RateLimit-Reset", std::to_string(decision.reset));
    if (decision.allowed)
        return true;
    sendError(res, 429, "rate limit exceeded");
    res.set_header("Retry-After", std::to_string(decision.retryAfter));
    return false;
}

std::optional<Fault> DemoServer::Private::pickFault(const Request &req, Response &res)
{
    const quint64 sequence = ++requestCount;
    if (req.has_param("fault")) {
        const auto kind = faultKindFromName(req.get_param_value("fault"));
        if (!kind) {
            sendError(res, 400, "invalid value for parameter 'fault': expected 500, 502, 503, slow, drop or truncate");
            return std::nullopt;
        }
        qint64 delay = 0;
        if (!intParam(req, res, "fault_delay_ms", 1000, 0, kMaxSlowMs, delay))
            return std::nullopt;
        return Fault{*kind, *kind == FaultKind::Slow ? delay : -1};
    }
    for (std::size_t i = 0; i < faultRules.size(); ++i) {
        const FaultRule &rule = faultRules[i];
        bool fires = false;
        if (rule.every > 0) {
            fires = sequence % quint64(rule.every) == 0;
        } else {
            const quint64 h = splitmix(splitmix(options.seed ^ 0xFA017ull) ^ splitmix(sequence * 31 + i));
            fires = double(h >> 11) * 0x1.0p-53 < rule.probability;
        }
        if (fires)
            return Fault{rule.kind, rule.param};
    }
    return Fault{};
}

void DemoServer::Private::waitMs(qint64 ms)
{
    std::unique_lock lock(stopMutex);
    stopCondition.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping; });
}

httplib::Server::Handler DemoServer::Private::guarded(Handler handler, bool dataEndpoint)
{
    return [this, handler, dataEndpoint](const Request &req, Response &res) {
        if (!authorize(req, res))
            return;
        if (!dataEndpoint) {
            (this->*handler)(req, res);
            return;
        }
        if (!admit(res))
            return;
        const std::optional<Fault> fault = pickFault(req, res);
        if (!fault)
            return;
        switch (fault->kind) {
        case FaultKind::Error500:
            sendError(res, 500, "injected fault: internal server error");
            return;
        case FaultKind::Error502:
            sendError(res, 502, "injected fault: bad gateway");
            return;
        case FaultKind::Error503:
            sendError(res, 503, "injected fault: service unavailable");
            res.set_header("Retry-After", std::to_string(fault->param >= 0 ? fault->param : 1));
            return;
        case FaultKind::Slow:
            waitMs(fault->param >= 0 ? fault->param : 1000);
            break;
        case FaultKind::Drop:
            if (!shutdownConnections(port, req.remote_port)) {
                // Fallback: headers promising a body that never comes.
                res.set_content_provider(1, kJson, [](size_t, size_t, httplib::DataSink &) { return false; });
            }
            return;
        case FaultKind::Truncate:
        case FaultKind::None:
            break;
        }
        (this->*handler)(req, res);
        if (fault->kind == FaultKind::Truncate && res.status == 200 && !res.body.empty()) {
            // Announce the full length, send half, then fail the write so httplib closes.
            auto body = std::make_shared<std::string>(std::move(res.body));
            res.body.clear();
            res.headers.erase("Content-Type");
            const std::size_t sent = body->size() / 2;
            res.set_content_provider(body->size(), kJson,
                                     [body, sent](size_t offset, size_t, httplib::DataSink &sink) {
                                         if (offset >= sent)
                                             return false;
                                         sink.write(body->data() + offset, sent - offset);
                                         return true;
                                     });
        }
    };
}

void DemoServer::Private::addRoutes()
{
    httplib::Server &s = *server;
    // Hot paths first: httplib tries the patterns in registration order.
    s.Get("/customers", guarded(&Private::customers, true));
    s.Get("/products", guarded(&Private::products, true));
    s.Get("/orders", guarded(&Private::orders, true));
    s.Get("/events", guarded(&Private::events, true));
    s.Get(R"(/customers/([^/]+)/notes)", guarded(&Private::notes, true));
    s.Get("/deletions", guarded(&Private::deletions, true));
    // With a content reader httplib does not demand a Content-Length (waiting out its read
    // timeout otherwise) for the usual body-less POST; a body, if any, is drained unused.
    s.Post("/admin/advance", httplib::Server::HandlerWithContentReader(
                                 [handler = guarded(&Private::advance, false)](
                                     const Request &req, Response &res, const httplib::ContentReader &reader) {
                                     if (req.has_header("Content-Length") || req.has_header("Transfer-Encoding"))
                                         reader([](const char *, size_t) { return true; });
                                     handler(req, res);
                                 }));
    s.Get("/admin/state", guarded(&Private::state, false));
    s.Get("/health", [](const Request &, Response &res) {
        setJson(res, R"({"status":"ok","name":"Acme Shop demo API"})");
    });
    s.Get("/openapi.json", [this](const Request &, Response &res) { setJson(res, std::string(openApi)); });
    // Called for every status >= 400, including ours: only fill in bodies httplib left empty.
    s.set_error_handler(httplib::Server::HandlerWithResponse([](const Request &, Response &res) {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        sendError(res, res.status, res.status == 404 ? "not found" : "request failed");
        return httplib::Server::HandlerResponse::Handled;
    }));
    s.set_exception_handler([](const Request &, Response &res, std::exception_ptr) {
        sendError(res, 500, "internal error");
    });
}

void DemoServer::Private::appendRange(std::string &out, DemoResource resource, qint64 from, qint64 to) const
{
    for (qint64 pos = from; pos < to; ++pos) {
        if (pos > from)
            out += ',';
        data->appendRecord(out, resource, data->recordAt(resource, pos));
    }
}

void DemoServer::Private::customers(const Request &req, Response &res)
{
    qint64 offset = 0, limit = 0;
    std::optional<qint64> since;
    if (!intParam(req, res, "offset", 0, 0, INT64_MAX, offset)
        || !intParam(req, res, "limit", kDefaultLimit, 1, kMaxLimit, limit)
        || !timeParam(req, res, "updated_since", since))
        return;
    std::string body;
    body.reserve(std::size_t(limit) * 640 + 96);
    std::shared_lock lock(dataMutex);
    const DemoData::Range range = data->listing(DemoResource::Customers, since);
    const qint64 from = range.begin + std::min(offset, range.size());
    body += R"({"data":[)";
    appendRange(body, DemoResource::Customers, from, std::min(from + limit, range.end));
    body += R"(],"offset":)" + std::to_string(offset) + R"(,"limit":)" + std::to_string(limit)
        + R"(,"total":)" + std::to_string(range.size()) + '}';
    setJson(res, std::move(body));
}

void DemoServer::Private::products(const Request &req, Response &res)
{
    qint64 page = 0, perPage = 0;
    std::optional<qint64> since;
    if (!intParam(req, res, "page", 1, 1, 1'000'000'000'000, page)
        || !intParam(req, res, "per_page", kDefaultLimit, 1, kMaxLimit, perPage)
        || !timeParam(req, res, "updated_since", since))
        return;
    std::string body;
    body.reserve(std::size_t(perPage) * 480 + 8);
    std::shared_lock lock(dataMutex);
    const DemoData::Range range = data->listing(DemoResource::Products, since);
    const qint64 total = range.size();
    const qint64 lastPage = std::max<qint64>(1, (total + perPage - 1) / perPage);
    const qint64 from = range.begin + std::min((page - 1) * perPage, total);
    body += '[';
    appendRange(body, DemoResource::Products, from, std::min(from + perPage, range.end));
    body += ']';
    lock.unlock();

    std::string host = req.get_header_value("Host");
    if (host.empty())
        host = "127.0.0.1:" + std::to_string(port);
    const std::string rest = otherParams(req, {"page", "per_page"});
    auto link = [&](qint64 target, const char *rel) {
        return "<http://" + host + "/products?page=" + std::to_string(target) + "&per_page=" + std::to_string(perPage)
            + rest + ">; rel=\"" + rel + '"';
    };
    std::string links = link(1, "first");
    if (page > 1)
        links += ", " + link(std::min(page - 1, lastPage), "prev");
    if (page < lastPage)
        links += ", " + link(page + 1, "next");
    links += ", " + link(lastPage, "last");
    res.set_header("Link", links);
    res.set_header("X-Total-Count", std::to_string(total));
    setJson(res, std::move(body));
}

void DemoServer::Private::orders(const Request &req, Response &res)
{
    qint64 limit = 0;
    std::optional<qint64> since;
    if (!intParam(req, res, "limit", kDefaultLimit, 1, kMaxLimit, limit) || !timeParam(req, res, "updated_since", since))
        return;
    std::optional<DemoKey> after;
    if (req.has_param("cursor") && !req.get_param_value("cursor").empty()) {
        after = decodeToken(DemoResource::Orders, req.get_param_value("cursor"));
        if (!after)
            return sendError(res, 400, "invalid value for parameter 'cursor': not a cursor issued by this API");
    }
    std::string body;
    body.reserve(std::size_t(limit) * 1400 + 96);
    std::shared_lock lock(dataMutex);
    const DemoData::Range range = data->listing(DemoResource::Orders, since);
    const qint64 from = after ? std::max(range.begin, data->positionAfter(DemoResource::Orders, *after)) : range.begin;
    const qint64 to = std::min(from + limit, range.end);
    body += R"({"orders":[)";
    appendRange(body, DemoResource::Orders, from, to);
    body += R"(],"has_more":)";
    if (to < range.end) {
        const DemoRecordRef last = data->recordAt(DemoResource::Orders, to - 1);
        body += R"(true,"next_cursor":")" + encodeToken(DemoResource::Orders, {last.updatedAt, last.id}) + "\"}";
    } else {
        body += R"(false,"next_cursor":null})";
    }
    setJson(res, std::move(body));
}

void DemoServer::Private::events(const Request &req, Response &res)
{
    qint64 limit = 0;
    std::optional<qint64> since;
    if (!intParam(req, res, "limit", kDefaultLimit, 1, kMaxLimit, limit) || !timeParam(req, res, "updated_since", since))
        return;
    const std::string afterText = req.get_param_value("after");
    std::string body;
    body.reserve(std::size_t(limit) * 640 + 256);
    std::shared_lock lock(dataMutex);
    std::optional<DemoKey> after;
    if (!afterText.empty()) {
        qint64 id = 0;
        const auto parsed = std::from_chars(afterText.data(), afterText.data() + afterText.size(), id);
        if (parsed.ec == std::errc() && parsed.ptr == afterText.data() + afterText.size()) {
            after = data->lastKey(DemoResource::Events, id);
            if (!after)
                return sendError(res, 400, "invalid value for parameter 'after': unknown event id");
        } else {
            after = decodeToken(DemoResource::Events, afterText);
            if (!after)
                return sendError(res, 400, "invalid value for parameter 'after': expected an event id or a token from 'next'");
        }
    }
    const DemoData::Range range = data->listing(DemoResource::Events, since);
    const qint64 from = after ? std::max(range.begin, data->positionAfter(DemoResource::Events, *after)) : range.begin;
    const qint64 to = std::min(from + limit, range.end);
    body += R"({"events":[)";
    appendRange(body, DemoResource::Events, from, to);
    body += R"(],"next":)";
    if (to < range.end) {
        const DemoRecordRef last = data->recordAt(DemoResource::Events, to - 1);
        std::string next = "/events?after=" + encodeToken(DemoResource::Events, {last.updatedAt, last.id})
            + "&limit=" + std::to_string(limit) + otherParams(req, {"after", "limit"});
        appendJsonString(body, next);
        body += '}';
    } else {
        body += "null}";
    }
    setJson(res, std::move(body));
}

void DemoServer::Private::notes(const Request &req, Response &res)
{
    const std::string text = req.matches[1].str();
    qint64 id = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), id);
    if (parsed.ec != std::errc() || parsed.ptr != text.data() + text.size() || id < 1)
        return sendError(res, 400, "invalid value for parameter 'id': expected a positive integer");
    std::shared_lock lock(dataMutex);
    const std::optional<DemoRecordRef> customer = data->liveRecord(DemoResource::Customers, id);
    if (!customer)
        return sendError(res, 404, "customer " + std::to_string(id) + " not found");
    std::string body = R"({"notes":)";
    data->appendNotes(body, *customer);
    body += '}';
    setJson(res, std::move(body));
}

void DemoServer::Private::deletions(const Request &req, Response &res)
{
    const auto resource = demoResourceFromName(req.get_param_value("resource"));
    if (!resource)
        return sendError(res, 400, "invalid value for parameter 'resource': expected customers, products, orders or events");
    qint64 offset = 0, limit = 0;
    std::optional<qint64> since;
    if (!timeParam(req, res, "since", since) || !intParam(req, res, "offset", 0, 0, INT64_MAX, offset)
        || !intParam(req, res, "limit", kDefaultLimit, 1, kMaxLimit, limit))
        return;
    std::string body = R"({"data":[)";
    std::shared_lock lock(dataMutex);
    const DemoData::Range range = data->deletions(*resource, since);
    const qint64 from = range.begin + std::min(offset, range.size());
    for (qint64 i = from; i < std::min(from + limit, range.end); ++i) {
        const DemoDeletion deletion = data->deletionAt(*resource, i);
        body += i > from ? R"(,{"resource":")" : R"({"resource":")";
        body += demoResourceName(*resource);
        body += R"(","id":)" + std::to_string(deletion.id) + R"(,"deleted_at":")";
        appendRfc3339(body, deletion.deletedAt);
        body += "\"}";
    }
    body += R"(],"offset":)" + std::to_string(offset) + R"(,"limit":)" + std::to_string(limit)
        + R"(,"total":)" + std::to_string(range.size()) + '}';
    setJson(res, std::move(body));
}

void DemoServer::Private::advance(const Request &req, Response &res)
{
    qint64 epochs = 0;
    if (!intParam(req, res, "epochs", 1, 1, 1000, epochs))
        return;
    std::unique_lock lock(dataMutex);
    const auto counts = data->advance(int(epochs));
    DemoAdvanceCounts total;
    std::string perResource;
    for (DemoResource resource : kDemoResources) {
        const DemoAdvanceCounts &c = counts[std::size_t(resource)];
        total.updated += c.updated;
        total.created += c.created;
        total.deleted += c.deleted;
        perResource += perResource.empty() ? "\"" : ",\"";
        perResource += std::string(demoResourceName(resource)) + R"(":{"updated":)" + std::to_string(c.updated)
            + R"(,"created":)" + std::to_string(c.created) + R"(,"deleted":)" + std::to_string(c.deleted) + '}';
    }
    std::string body = R"({"epoch":)" + std::to_string(data->epoch()) + R"(,"epochs":)" + std::to_string(epochs)
        + R"(,"now":")" + formatRfc3339(data->now()) + R"(","updated":)" + std::to_string(total.updated)
        + R"(,"created":)" + std::to_string(total.created) + R"(,"deleted":)" + std::to_string(total.deleted)
        + R"(,"resources":{)" + perResource + "}}";
    setJson(res, std::move(body));
}

void DemoServer::Private::state(const Request &, Response &res)
{
    std::shared_lock lock(dataMutex);
    std::string body = R"({"epoch":)" + std::to_string(data->epoch()) + R"(,"now":")" + formatRfc3339(data->now())
        + R"(","seed":)" + std::to_string(data->seed()) + R"(,"records":)" + std::to_string(data->initialCount())
        + R"(,"requests":)" + std::to_string(requestCount.load()) + R"(,"resources":{)";
    for (DemoResource resource : kDemoResources) {
        body += resource == DemoResource::Customers ? "\"" : ",\"";
        body += std::string(demoResourceName(resource)) + R"(":{"live":)" + std::to_string(data->liveCount(resource))
            + R"(,"max_id":)" + std::to_string(data->maxId(resource)) + R"(,"changed":)"
            + std::to_string(data->changedCount(resource)) + R"(,"deleted":)"
            + std::to_string(data->deletedCount(resource)) + '}';
    }
    body += "}}";
    setJson(res, std::move(body));
}

DemoServer::DemoServer()
    : d(std::make_unique<Private>())
{
}

DemoServer::~DemoServer()
{
    stop();
}

bool DemoServer::validateOptions(const Options &options, QString *error)
{
    if (options.records < DemoData::kMinRecords || options.records > DemoData::kMaxRecords) {
        if (error)
            *error = QStringLiteral("records must be between %1 and %2").arg(DemoData::kMinRecords).arg(DemoData::kMaxRecords);
        return false;
    }
    if (!(options.rateLimit >= 0) || !std::isfinite(options.rateLimit)) {
        if (error)
            *error = QStringLiteral("rate limit must be a number >= 0 (requests per second; 0 turns it off)");
        return false;
    }
    return parseFaultSpec(options.faults, nullptr, error);
}

bool DemoServer::start(const Options &options, QString *error)
{
    if (!validateOptions(options, error))
        return false;
    stop();
    d->options = options;
    d->bearerToken = options.bearerToken.toStdString();
    d->apiKey = options.apiKey.toStdString();
    d->faultRules.clear();
    parseFaultSpec(options.faults, &d->faultRules, nullptr);
    d->data = std::make_unique<DemoData>(options.records, options.seed);
    d->bucket = options.rateLimit > 0 ? std::make_unique<TokenBucket>(options.rateLimit) : nullptr;
    d->requestCount = 0;
    d->stopping = false;

    d->server = std::make_unique<httplib::Server>();
    httplib::Server &s = *d->server;
    s.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
    s.set_tcp_nodelay(true);
    // httplib closes a keep-alive connection after 5 requests or 5 idle seconds by default,
    // which would make every client reconnect constantly.
    s.set_keep_alive_max_count(100'000'000);
    s.set_keep_alive_timeout(30);
    s.set_payload_max_length(1 << 20);
    // httplib's default options add SO_REUSEPORT, which would let a second server share a
    // fixed --port silently; keep only SO_REUSEADDR (for quick restarts).
    s.set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const char *>(&yes), sizeof yes);
    });
    d->addRoutes();

    const int bound = options.port == 0 ? s.bind_to_any_port("127.0.0.1")
                                        : (s.bind_to_port("127.0.0.1", options.port) ? int(options.port) : -1);
    if (bound <= 0) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (port in use?)").arg(options.port);
        d->server.reset();
        return false;
    }
    d->port = quint16(bound);
    d->openApi = demoOpenApiJson(baseUrl());
    d->thread = std::thread([server = d->server.get()] { server->listen_after_bind(); });
    // stop() is a no-op until the accept loop runs, so do not return before it does.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!s.is_running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (!s.is_running()) {
        if (error)
            *error = QStringLiteral("the server thread did not start");
        stop();
        return false;
    }
    return true;
}

bool DemoServer::isRunning() const
{
    return d->server && d->server->is_running();
}

quint16 DemoServer::port() const
{
    return d->server ? d->port : 0;
}

QString DemoServer::baseUrl() const
{
    return d->server ? QStringLiteral("http://127.0.0.1:%1").arg(d->port) : QString();
}

void DemoServer::stop()
{
    if (!d->server)
        return;
    {
        std::lock_guard lock(d->stopMutex);
        d->stopping = true;
    }
    d->stopCondition.notify_all();
    d->server->stop();
    // Idle keep-alive connections would otherwise hold their worker threads (and this
    // join) for up to the keep-alive timeout.
    shutdownConnections(d->port, -1);
    if (d->thread.joinable())
        d->thread.join();
    d->server.reset();
    d->port = 0;
}

DemoAdvanceCounts DemoServer::advanceTime(int epochs)
{
    DemoAdvanceCounts total;
    if (!d->data || epochs < 1)
        return total;
    std::unique_lock lock(d->dataMutex);
    for (const DemoAdvanceCounts &c : d->data->advance(epochs)) {
        total.updated += c.updated;
        total.created += c.created;
        total.deleted += c.deleted;
    }
    return total;
}

} // namespace cw
