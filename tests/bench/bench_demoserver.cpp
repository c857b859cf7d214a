// SPDX-License-Identifier: MIT
// Demo server throughput: pages of 100 records per second over loopback to ONE client,
// with a kept-alive connection ("warm") and with a new connection per page ("fresh"),
// against generating the same pages in-process without HTTP (the ceiling), in one run so
// that the ratio is meaningful on a shared machine. Target: >= 5,000 warm pages/s.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <curl/curl.h>
#include <httplib.h>

#include "models/core/demo/demodata.h"
#include "models/core/demo/demoserver.h"

namespace {

constexpr qint64 kRecords = 1'000'000;
constexpr qint64 kPageSize = 100;
const std::vector<std::string> kResources{"customers", "products", "orders", "events"};

cw::DemoServer &server()
{
    static cw::DemoServer instance;
    if (!instance.isRunning()) {
        cw::DemoServer::Options options;
        options.records = kRecords;
        if (!instance.start(options))
            std::fprintf(stderr, "demo server did not start\n");
    }
    return instance;
}

/// The value of a JSON string member found by plain search: enough for the cursor and
/// next URL, which never need unescaping, and far cheaper than parsing the page.
std::string stringMember(const std::string &body, const std::string &key)
{
    const std::string marker = "\"" + key + "\":\"";
    const std::size_t start = body.rfind(marker);
    if (start == std::string::npos)
        return {};
    const std::size_t from = start + marker.size();
    return body.substr(from, body.find('"', from) - from);
}

/// Page paths for one resource in its own pagination style, wrapping around at the end.
class PagePaths
{
public:
    explicit PagePaths(std::string resource) : m_resource(std::move(resource)) {}

    std::string next(const std::string &previousBody)
    {
        const qint64 page = m_page++ % (kRecords / kPageSize);
        if (m_resource == "customers")
            return "/customers?offset=" + std::to_string(page * kPageSize) + "&limit=100";
        if (m_resource == "products")
            return "/products?page=" + std::to_string(page + 1) + "&per_page=100";
        if (m_resource == "orders") {
            const std::string cursor = stringMember(previousBody, "next_cursor");
            return cursor.empty() ? "/orders?limit=100" : "/orders?limit=100&cursor=" + cursor;
        }
        const std::string next = stringMember(previousBody, "next");
        return next.empty() ? "/events?limit=100" : next;
    }

private:
    std::string m_resource;
    qint64 m_page = 0;
};

void finish(benchmark::State &state, qint64 bytes)
{
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations() * kPageSize);
    state.counters["pages/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

/// The baseline: the same listing lookups and serialisation the server does per page.
void inProcess(benchmark::State &state, cw::DemoResource resource)
{
    const cw::DemoData data(kRecords, 42);
    const auto range = data.listing(resource);
    qint64 page = 0, bytes = 0;
    std::string body;
    for (auto _ : state) {
        body.clear();
        body.reserve(std::size_t(kPageSize) * 1400);
        const qint64 from = range.begin + (page++ % (range.size() / kPageSize)) * kPageSize;
        body += "{\"data\":[";
        for (qint64 pos = from; pos < from + kPageSize; ++pos) {
            if (pos > from)
                body += ',';
            data.appendRecord(body, resource, data.recordAt(resource, pos));
        }
        body += "]}";
        bytes += qint64(body.size());
        benchmark::DoNotOptimize(body.data());
    }
    finish(state, bytes);
}

void configure(httplib::Client &client, bool keepAlive)
{
    client.set_keep_alive(keepAlive);
    client.set_tcp_nodelay(true);
    client.set_decompress(false);  // measure the server, not gzip
    client.set_default_headers({{"Authorization", "Bearer demo-token"}});
}

void overHttp(benchmark::State &state, const std::string &resource, bool keepAlive)
{
    cw::DemoServer &demo = server();
    PagePaths paths(resource);
    httplib::Client warm("127.0.0.1", demo.port());
    configure(warm, keepAlive);
    std::string body;
    qint64 bytes = 0;
    for (auto _ : state) {
        const std::string path = paths.next(body);
        httplib::Result res = [&] {
            if (keepAlive)
                return warm.Get(path);
            httplib::Client fresh("127.0.0.1", demo.port());
            configure(fresh, false);
            return fresh.Get(path);
        }();
        if (!res || res->status != 200 || res->has_header("Content-Encoding")) {
            state.SkipWithError("request failed");
            return;
        }
        body = std::move(res->body);
        bytes += qint64(body.size());
    }
    finish(state, bytes);
}

std::size_t appendToString(char *data, std::size_t size, std::size_t count, void *target)
{
    static_cast<std::string *>(target)->append(data, size * count);
    return size * count;
}

/// The same with one reused libcurl easy handle, the way the app's transport talks.
void overCurl(benchmark::State &state, const std::string &resource)
{
    cw::DemoServer &demo = server();
    PagePaths paths(resource);
    CURL *curl = curl_easy_init();
    curl_slist *headers = curl_slist_append(nullptr, "Authorization: Bearer demo-token");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, 256L * 1024);
    std::string body;
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendToString);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    const std::string base = "http://127.0.0.1:" + std::to_string(demo.port());
    std::string previous;
    qint64 bytes = 0;
    for (auto _ : state) {
        const std::string url = base + paths.next(previous);
        body.clear();
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        long status = 0;
        if (curl_easy_perform(curl) != CURLE_OK
            || curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK || status != 200) {
            state.SkipWithError("request failed");
            break;
        }
        bytes += qint64(body.size());
        previous.swap(body);
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    finish(state, bytes);
}

/// Console output plus the pages/s of every run, for the ratio summary at the end.
class RatioReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (!run.error_occurred && run.counters.contains("pages/s"))
                m_pagesPerSecond[run.benchmark_name()] = run.counters.at("pages/s").value;
        }
    }

    void printSummary() const
    {
        std::printf("\n%-10s %13s %13s %13s %13s %10s\n", "resource", "in-process/s", "httplib warm",
                    "httplib fresh", "curl warm", "warm/base");
        for (const std::string &resource : kResources) {
            const double base = value("inprocess/" + resource);
            const double warm = value("http_warm/" + resource);
            const double fresh = value("http_fresh/" + resource);
            const double curl = value("curl_warm/" + resource);
            std::printf("%-10s %13.0f %13.0f %13.0f %13.0f %9.1f%%\n", resource.c_str(), base, warm, fresh, curl,
                        base > 0 ? 100.0 * std::max(warm, curl) / base : 0.0);
        }
        std::printf("(pages of %lld records, %lld records per resource; target >= 5000 warm pages/s)\n",
                    static_cast<long long>(kPageSize), static_cast<long long>(kRecords));
    }

private:
    /// The run's pages/s; with --benchmark_repetitions the median, the load of a shared
    /// machine being what it is.
    double value(const std::string &prefix) const
    {
        double first = 0;
        for (const auto &[name, pages] : m_pagesPerSecond) {
            if (name.rfind(prefix, 0) != 0)
                continue;
            if (name.ends_with("_median"))
                return pages;
            if (first == 0 && !name.ends_with("_mean") && !name.ends_with("_stddev") && !name.ends_with("_cv"))
                first = pages;
        }
        return first;
    }

    std::map<std::string, double> m_pagesPerSecond;
};

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    for (std::size_t i = 0; i < kResources.size(); ++i) {
        const std::string &name = kResources[i];
        const auto resource = cw::DemoResource(i);
        benchmark::RegisterBenchmark(("inprocess/" + name).c_str(), inProcess, resource)->UseRealTime();
        benchmark::RegisterBenchmark(("http_warm/" + name).c_str(), overHttp, name, true)->UseRealTime();
        benchmark::RegisterBenchmark(("http_fresh/" + name).c_str(), overHttp, name, false)->UseRealTime();
        benchmark::RegisterBenchmark(("curl_warm/" + name).c_str(), overCurl, name)->UseRealTime();
    }
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printSummary();
    server().stop();
    benchmark::Shutdown();
    return 0;
}
