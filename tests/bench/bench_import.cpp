// SPDX-License-Identifier: MIT
// Importing a ~13 MB OpenAPI document: time as a ratio to a plain nlohmann::json::parse of the
// same bytes (measured in the same run, so machine speed cancels out), and peak memory.
// The budget is < 1 s and < 300 MB. Run by hand: ./bench_import [--benchmark_filter=...]
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <QByteArray>

#include "models/core/import/importresult.h"

namespace {

// Thousands of paths and schemas with $refs between them, as large vendor specs have.
QByteArray syntheticSpec(int paths)
{
    std::string out = R"({"openapi": "3.0.3", "info": {"title": "Big", "version": "1"},)"
                      R"( "servers": [{"url": "https://big.example.com/v1"}],)"
                      R"( "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-API-Key"}},)"
                      R"( "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 100}}},)"
                      R"( "schemas": {)";
    for (int i = 0; i < paths; ++i) {
        const std::string n = std::to_string(i);
        const std::string next = std::to_string((i + 1) % paths);
        out += (i ? ", " : "") + std::string("\"Item") + n + R"(": {"type": "object", "description": "An item of kind )" + n
               + R"( with a long enough description to look like the real thing.", "properties": {"id": {"type": "integer", "format": "int64"},)"
                 R"( "name": {"type": "string"}, "created_at": {"type": "string", "format": "date-time"}, "price": {"type": "number"},)"
                 R"( "active": {"type": "boolean"}, "owner": {"type": "object", "properties": {"id": {"type": "integer"}, "email": {"type": "string"}}},)"
                 R"( "related": {"$ref": "#/components/schemas/Item)" + next + R"("}, "tags": {"type": "array", "items": {"type": "string"}}}},)"
               + "\"Page" + n + R"(": {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Item)" + n
               + R"("}}, "next_cursor": {"type": "string"}, "total": {"type": "integer"}}})";
    }
    out += R"(}}, "security": [{"key": []}], "paths": {)";
    for (int i = 0; i < paths; ++i) {
        const std::string n = std::to_string(i);
        out += (i ? ", " : "") + std::string("\"/things") + n + R"(": {"parameters": [{"$ref": "#/components/parameters/Limit"}],)"
               R"( "get": {"operationId": "listThings)" + n + R"(", "tags": ["group)" + std::to_string(i % 40) + R"("], "summary": "List things",)"
               R"( "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}, {"name": "status", "in": "query",)"
               R"( "schema": {"type": "string", "enum": ["a", "b", "c"], "default": "a"}}],)"
               R"( "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page)" + n
               + R"("}}}}, "404": {"description": "not found"}}},)"
               R"( "post": {"operationId": "createThing)" + n + R"(", "responses": {"201": {"description": "created"}}}},)"
               + "\"/things" + n + R"(/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],)"
               R"( "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item)" + n + R"("}}}}}}})";
    }
    out += "}}";
    return QByteArray::fromStdString(out);
}

const QByteArray &spec()
{
    static const QByteArray bytes = syntheticSpec(8400);
    return bytes;
}

double g_baselineSeconds = 0;

// CPU time of this thread: four engineers share two cores, so wall time would measure the load.
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
    return usage.ru_maxrss / 1024;  // kilobytes on Linux
}

void BM_BaselineJsonParse(benchmark::State &state)
{
    const QByteArray &bytes = spec();
    double total = 0;
    for (auto _ : state) {
        const double start = cpuSeconds();
        {
            // Freeing the document is part of the work, as it is inside the import.
            nlohmann::json json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
            benchmark::DoNotOptimize(json);
        }
        total += cpuSeconds() - start;
    }
    g_baselineSeconds = total / double(state.iterations());
    state.counters["MB"] = double(bytes.size()) / (1 << 20);
}

void BM_ImportOpenApi(benchmark::State &state)
{
    const QByteArray &bytes = spec();
    double total = 0;
    qsizetype streams = 0;
    for (auto _ : state) {
        const double start = cpuSeconds();
        {
            cw::ImportResult result = cw::importBytes(bytes, cw::ImportFormat::OpenApi, QStringLiteral("big.json"));
            streams = result.streams.size();
            benchmark::DoNotOptimize(result);
        }
        total += cpuSeconds() - start;
    }
    const double mean = total / double(state.iterations());
    state.counters["streams"] = double(streams);
    state.counters["ratio_vs_parse"] = g_baselineSeconds > 0 ? mean / g_baselineSeconds : 0;
    state.counters["peak_rss_MB"] = double(peakRssMb());
}

// Baseline first: the import's ratio needs it.
BENCHMARK(BM_BaselineJsonParse)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ImportOpenApi)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    // A fresh import before anything else has warmed the allocator or caches, with its own
    // peak RSS (the document's bytes included), then the warm, repeated measurements.
    const QByteArray &bytes = spec();
    const long rssBefore = peakRssMb();
    const double start = cpuSeconds();
    timespec wallStart{};
    clock_gettime(CLOCK_MONOTONIC, &wallStart);
    const cw::ImportResult fresh = cw::importBytes(bytes, cw::ImportFormat::OpenApi, QStringLiteral("big.json"));
    const double freshSeconds = cpuSeconds() - start;
    timespec wallEnd{};
    clock_gettime(CLOCK_MONOTONIC, &wallEnd);
    const double freshWall = double(wallEnd.tv_sec - wallStart.tv_sec) + double(wallEnd.tv_nsec - wallStart.tv_nsec) * 1e-9;
    std::printf("spec: %.1f MB, %lld streams, %lld problems\n", double(bytes.size()) / (1 << 20),
                static_cast<long long>(fresh.streams.size()), static_cast<long long>(fresh.problems.size()));
    std::printf("fresh import: %.0f ms CPU, %.0f ms wall (the wall time includes other processes' load), peak RSS %ld MB "
                "(before import: %ld MB)\n",
                freshSeconds * 1000, freshWall * 1000, peakRssMb(), rssBefore);

    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::printf("fresh import / warm baseline parse: %.2f\n", g_baselineSeconds > 0 ? freshSeconds / g_baselineSeconds : 0.0);
    return 0;
}
