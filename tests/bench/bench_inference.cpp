// SPDX-License-Identifier: MIT
// Schema inference over a large body of nested records, as a ratio to a plain nlohmann SAX
// parse (null handler) of the same bytes in the same run (goal: inference at >= 0.5 of the
// SAX speed, i.e. a time ratio <= 2), with the inferrer's own heap at a quarter and at the
// whole size (it must not grow with the records); and the preview after a mapping edit:
// MappingPlan::build + RecordMapper over 10,000 sample records (goal: < 100 ms).
// Size: CW_BENCH_INFER_MB (default 100; the issue's target is 500).
// Run by hand: ./bench_inference [--benchmark_filter=...]
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <malloc.h>
#include <string>
#include <sys/resource.h>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "models/core/schema/mappingplan.h"
#include "models/core/schema/mappingwarnings.h"
#include "models/core/schema/schemainferrer.h"

namespace {

/// Orders like a shop API's: a nested customer, line items, tags, nulls, dates.
void appendRecord(std::string &out, long i)
{
    const std::string n = std::to_string(i);
    out += R"({"id":)" + n + R"(,"number":"A-)" + n + R"(","status":")" + (i % 3 ? "paid" : "open")
        + R"(","created_at":"2026-01-)" + std::to_string(10 + i % 18) + R"(T10:)" + std::to_string(10 + i % 50)
        + R"(:00Z","total":)" + std::to_string(i % 1000) + "." + std::to_string(10 + i % 90)
        + R"(,"customer":{"id":)" + std::to_string(i % 5000) + R"(,"name":"Customer )" + std::to_string(i % 5000)
        + R"(","email":"c)" + std::to_string(i % 5000) + R"(@example.com","address":{"city":"Paris","zip":"750)"
        + std::to_string(10 + i % 20) + R"(","geo":{"lat":48.85,"lon":2.35}}},"line_items":[)";
    for (long line = 0; line < 1 + i % 4; ++line) {
        out += (line ? "," : "") + std::string(R"({"sku":"SKU-)") + std::to_string((i + line) % 300) + R"(","qty":)"
            + std::to_string(1 + line) + R"(,"price":)" + std::to_string(5 + line) + R"(.5})";
    }
    out += R"(],"tags":["a","b"],"note":null,"paid":)" + std::string(i % 2 ? "true" : "false") + "}";
}

std::string makeBody(size_t bytes, long *records)
{
    std::string out;
    out.reserve(bytes + 4096);
    out += R"({"meta":{"page":1},"data":[)";
    long i = 0;
    while (out.size() < bytes) {
        if (i)
            out += ',';
        appendRecord(out, i++);
    }
    out += "]}";
    *records = i;
    return out;
}

size_t benchBytes()
{
    const char *mb = std::getenv("CW_BENCH_INFER_MB");
    const long value = mb ? std::atol(mb) : 100;
    return size_t(value > 0 ? value : 100) << 20;
}

const std::string &body()
{
    static long records = 0;
    static const std::string bytes = makeBody(benchBytes(), &records);
    return bytes;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

/// A SAX handler that does nothing: the cost of reading the JSON and no more.
struct NullSax {
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(nlohmann::json::number_integer_t) { return true; }
    bool number_unsigned(nlohmann::json::number_unsigned_t) { return true; }
    bool number_float(nlohmann::json::number_float_t, const std::string &) { return true; }
    bool string(std::string &) { return true; }
    bool binary(nlohmann::json::binary_t &) { return true; }
    bool start_object(std::size_t) { return true; }
    bool key(std::string &) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::json::exception &) { return false; }
};

double saxSeconds(std::string_view bytes)
{
    const double start = cpuSeconds();
    NullSax sax;
    const bool ok = nlohmann::json::sax_parse(bytes.begin(), bytes.end(), &sax);
    benchmark::DoNotOptimize(ok);
    return cpuSeconds() - start;
}

double inferSeconds(std::string_view bytes, size_t *heapBytes = nullptr)
{
    const size_t heapBefore = mallinfo2().uordblks;
    const double start = cpuSeconds();
    cw::SchemaInferrer inferrer;
    inferrer.addBody(bytes, QStringLiteral("/data"));
    const double seconds = cpuSeconds() - start;
    if (heapBytes)
        *heapBytes = mallinfo2().uordblks - heapBefore;  // while the inferrer is alive
    const cw::InferredSchema schema = inferrer.schema();
    benchmark::DoNotOptimize(schema);
    return seconds;
}

double g_saxSeconds = 0;

void BM_SaxNullHandler(benchmark::State &state)
{
    double total = 0;
    for (auto _ : state)
        total += saxSeconds(body());
    g_saxSeconds = total / double(state.iterations());
    state.counters["MB_per_s"] = double(body().size()) / (1 << 20) / g_saxSeconds;
}

void BM_InferBody(benchmark::State &state)
{
    double total = 0;
    for (auto _ : state)
        total += inferSeconds(body());
    const double mean = total / double(state.iterations());
    state.counters["MB_per_s"] = double(body().size()) / (1 << 20) / mean;
    state.counters["speed_vs_sax"] = g_saxSeconds > 0 ? g_saxSeconds / mean : 0;
    state.counters["peak_rss_MB"] = double(peakRssMb());
}

/// 10,000 sample records and their schema, as the editor holds them.
struct Samples {
    std::vector<cw::JsonValue> records;
    cw::InferredSchema schema;
    cw::Stream stream;
};

const Samples &samples()
{
    static const Samples s = [] {
        Samples out;
        long count = 0;
        std::string bytes = R"({"data":[)";
        for (long i = 0; i < 10000; ++i) {
            if (i)
                bytes += ',';
            appendRecord(bytes, i);
        }
        bytes += "]}";
        const cw::JsonValue parsed = cw::JsonValue::parse(bytes);
        out.records.assign(parsed.at("data").begin(), parsed.at("data").end());
        cw::SchemaInferrer inferrer;
        inferrer.addBody(bytes, QStringLiteral("/data"));
        out.schema = inferrer.schema();
        out.stream.name = QStringLiteral("orders");
        out.stream.table.primaryKey = {QStringLiteral("id")};
        out.stream.incremental.cursorField = QStringLiteral("created_at");
        count = long(out.records.size());
        benchmark::DoNotOptimize(count);
        return out;
    }();
    return s;
}

/// One edit: the plan is rebuilt from the edited TableMapping, then every sample is mapped.
double previewMs(const cw::Stream &stream, bool withWarnings, size_t *rows = nullptr)
{
    const Samples &s = samples();
    const double start = cpuSeconds();
    const cw::MappingPlan plan = cw::MappingPlan::build(stream, s.schema);
    const cw::RecordMapper mapper(plan);
    std::vector<cw::TableRows> out;
    for (const cw::JsonValue &record : s.records)
        mapper.map(record, out);
    if (withWarnings) {
        const QList<cw::MappingWarning> warnings = cw::mappingWarnings(stream, plan, s.schema, s.records);
        benchmark::DoNotOptimize(warnings);
    }
    const double ms = (cpuSeconds() - start) * 1000;
    if (rows) {
        *rows = 0;
        for (const cw::TableRows &t : out)
            *rows += t.rows.size();
    }
    return ms;
}

cw::Stream editedStream(long iteration)
{
    cw::Stream stream = samples().stream;
    // Alternate between two edits the user makes: line items as JSON, and back.
    if (iteration % 2)
        stream.table.nested = {{QStringLiteral("/line_items"), cw::NestedMode::JsonColumn, {}}};
    stream.table.flattenDepth = 1 + int(iteration % 2);
    return stream;
}

void BM_MappingEditPreview(benchmark::State &state)
{
    long i = 0;
    double total = 0;
    size_t rows = 0;
    for (auto _ : state)
        total += previewMs(editedStream(i++), false, &rows);
    state.counters["ms"] = total / double(state.iterations());
    state.counters["rows"] = double(rows);
}

void BM_MappingEditPreviewWithWarnings(benchmark::State &state)
{
    long i = 0;
    double total = 0;
    for (auto _ : state)
        total += previewMs(editedStream(i++), true);
    state.counters["ms"] = total / double(state.iterations());
}

BENCHMARK(BM_SaxNullHandler)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_InferBody)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_MappingEditPreview)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_MappingEditPreviewWithWarnings)->Unit(benchmark::kMillisecond)->MinTime(1.0);

} // namespace

int main(int argc, char **argv)
{
    // Fresh: the first pass of each over bytes no one has read since they were generated.
    const std::string &bytes = body();
    const long rssAfterGenerate = peakRssMb();
    const double sax = saxSeconds(bytes);
    size_t heapWhole = 0;
    const double infer = inferSeconds(bytes, &heapWhole);
    // The inferrer's heap at a quarter of the body must equal the whole body's.
    size_t quarterEnd = bytes.size() / 4;
    quarterEnd = bytes.find(R"(,{"id":)", quarterEnd);
    std::string quarter = bytes.substr(0, quarterEnd) + "]}";
    size_t heapQuarter = 0;
    inferSeconds(quarter, &heapQuarter);
    quarter = std::string();
    std::printf("body: %.1f MB of nested records (CW_BENCH_INFER_MB sets the size)\n", double(bytes.size()) / (1 << 20));
    std::printf("fresh: SAX null handler %.0f MB/s, inference %.0f MB/s: inference runs at %.2f of SAX speed\n",
                double(bytes.size()) / (1 << 20) / sax, double(bytes.size()) / (1 << 20) / infer, sax / infer);
    std::printf("inferrer heap: %.1f KB after a quarter of the records, %.1f KB after all of them; "
                "peak RSS %ld MB (%ld MB after generating the body)\n",
                double(heapQuarter) / 1024, double(heapWhole) / 1024, peakRssMb(), rssAfterGenerate);
    size_t rows = 0;
    const double freshPreview = previewMs(editedStream(1), false, &rows);
    std::printf("fresh: mapping edit -> preview of 10,000 records (%zu rows): %.1f ms CPU\n", rows, freshPreview);

    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
