// SPDX-License-Identifier: MIT
// Full sync of the demo API's customers (N records, pages of 1,000, a checkpoint per page)
// through SyncEngine, against the raw limit measured in the same run: a minimal loop that
// fetches the same pages with the same HttpClient, parses them with nlohmann::json and
// inserts them with one prepared statement, committing each page with its state.
//
//   bench_sync [N]            N records (default 1,000,000; env CW_BENCH_RECORDS too)
//
// Each side runs twice into a fresh database: "fresh" first, then "warm" (server, page cache
// and allocator warmed by the earlier runs). Peak memory is the process's VmHWM, reset
// between runs through /proc/self/clear_refs.
#include <cstdio>
#include <cstdlib>

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include "models/core/demo/demoproject.h"
#include "models/core/demo/demoserver.h"
#include "models/core/http/httpclient.h"
#include "models/core/support/allocator.h"
#include "models/core/sync/pagewalker.h"
#include "models/core/sync/syncengine.h"
#include "models/core/warehouse/warehouse.h"

using namespace cw;

namespace {

struct Result {
    qint64 rows = 0;
    double seconds = 0;
    qint64 peakKb = 0;
    double rate() const { return seconds > 0 ? double(rows) / seconds : 0; }
};

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

Project benchProject(const QString &baseUrl)
{
    Project project = makeDemoProject(baseUrl);
    for (Stream &s : project.streams)
        s.pagination.pageSize = 1000;
    return project;
}

const ConfigurationValues kValues = {{QStringLiteral("api_token"), QStringLiteral("demo-token")}};

Result runEngine(const QString &baseUrl, const QString &file)
{
    resetPeak();
    Warehouse warehouse;
    if (!warehouse.open(file))
        qFatal("cannot open %s", qPrintable(file));
    SyncOptions options;
    options.streams = {QStringLiteral("customers")};
    SyncEngine engine(benchProject(baseUrl), kValues, warehouse, options);
    QElapsedTimer timer;
    timer.start();
    const SyncSummary summary = engine.run();
    Result r;
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.rows = summary.counters.rowsPerTable.value(QStringLiteral("customers"));
    r.peakKb = peakRssKb();
    if (!summary.succeeded)
        qFatal("engine failed: %s", qPrintable(summary.reason));
    return r;
}

// The raw limit: no mapping plan, no events, no retries; the same requests, parse and inserts.
Result runRaw(const QString &baseUrl, const QString &file)
{
    resetPeak();
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(file).constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT, created_at TEXT, "
                     "updated_at TEXT, balance TEXT, tier TEXT, address_street TEXT, address_city TEXT, "
                     "address_postal_code TEXT, address_country_code TEXT, address_country_name TEXT, tags TEXT, "
                     "signup_date TEXT, last_login INTEGER, _fivetran_synced TEXT, _fivetran_deleted INTEGER);"
                     "CREATE TABLE state (id INTEGER PRIMARY KEY, state TEXT);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT OR REPLACE INTO customers VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'2024-01-01T00:00:00Z',0)",
                       -1, &insert, nullptr);
    sqlite3_stmt *state = nullptr;
    sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO state VALUES (1, ?)", -1, &state, nullptr);

    const Project project = benchProject(baseUrl);
    const Stream &stream = *project.stream(QStringLiteral("customers"));
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    Result r;
    const auto bindText = [&](int index, const nlohmann::json &v) {
        if (v.is_string()) {
            const std::string &s = v.get_ref<const std::string &>();
            sqlite3_bind_text(insert, index, s.data(), int(s.size()), SQLITE_STATIC);
        } else if (v.is_null()) {
            sqlite3_bind_null(insert, index);
        } else {
            const std::string s = v.dump();
            sqlite3_bind_text(insert, index, s.data(), int(s.size()), SQLITE_TRANSIENT);
        }
    };
    for (qint64 offset = 0;; offset += 1000) {
        ConfigurationValues values = kValues;
        values.insert(QStringLiteral("base_url"), baseUrl);
        HttpRequest request = buildStreamRequest(project, stream, values);
        request.url.setQuery(QStringLiteral("offset=%1&limit=1000&updated_since=2024-01-01T00%3A00%3A00Z").arg(offset));
        const HttpResponse response = client.send(request);
        if (response.status != 200)
            qFatal("raw loop: HTTP %d %s", response.status, qPrintable(response.error));
        const nlohmann::json body = nlohmann::json::parse(response.body.constData(),
                                                          response.body.constData() + response.body.size());
        const nlohmann::json &data = body.at("data");
        if (data.empty())
            break;
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        std::string cursor;
        for (const nlohmann::json &c : data) {
            sqlite3_bind_int64(insert, 1, c.at("id").get<qint64>());
            bindText(2, c.at("name"));
            bindText(3, c.at("email"));
            bindText(4, c.at("created_at"));
            bindText(5, c.at("updated_at"));
            bindText(6, c.at("balance"));
            bindText(7, c.at("tier"));
            const nlohmann::json &a = c.at("address");
            bindText(8, a.at("street"));
            bindText(9, a.at("city"));
            bindText(10, a.at("postal_code"));
            bindText(11, a.at("country").at("code"));
            bindText(12, a.at("country").at("name"));
            bindText(13, c.at("tags"));
            bindText(14, c.at("signup_date"));
            bindText(15, c.at("last_login"));
            sqlite3_step(insert);
            sqlite3_reset(insert);
            cursor = c.at("updated_at").get<std::string>();
            ++r.rows;
        }
        const std::string stateText = nlohmann::json({{"customers", {{"cursor", cursor}}}}).dump();
        sqlite3_bind_text(state, 1, stateText.data(), int(stateText.size()), SQLITE_STATIC);
        sqlite3_step(state);
        sqlite3_reset(state);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        if (offset + qint64(data.size()) >= body.at("total").get<qint64>())
            break;
    }
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.peakKb = peakRssKb();
    sqlite3_finalize(insert);
    sqlite3_finalize(state);
    sqlite3_close(db);
    return r;
}

void report(const char *name, const Result &r)
{
    std::printf("  %-14s %9lld rows in %7.2f s = %9.0f rows/s, peak RSS %7.1f MB\n", name,
                static_cast<long long>(r.rows), r.seconds, r.rate(), double(r.peakKb) / 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 records = 1'000'000;
    if (const QByteArray env = qgetenv("CW_BENCH_RECORDS"); !env.isEmpty())
        records = env.toLongLong();
    if (argc > 1)
        records = std::atoll(argv[1]);
    DemoServer server;
    DemoServer::Options options;
    options.records = records;
    QString error;
    if (!server.start(options, &error))
        qFatal("%s", qPrintable(error));
    QTemporaryDir dir;
    std::printf("bench_sync: %lld demo customers, pages of 1,000, one checkpoint per page, malloc from %s\n",
                static_cast<long long>(records), cw::mallocProvider().c_str());
    for (const char *round : {"fresh", "warm"}) {
        const Result raw = runRaw(server.baseUrl(), dir.filePath(QStringLiteral("raw-%1.db").arg(QLatin1String(round))));
        const Result engine = runEngine(server.baseUrl(),
                                        dir.filePath(QStringLiteral("engine-%1.db").arg(QLatin1String(round))));
        std::printf("%s:\n", round);
        report("raw loop", raw);
        report("SyncEngine", engine);
        std::printf("  engine / raw: %.0f %% of the raw rate (goal >= 70 %%), peak memory %.2fx\n",
                    100.0 * engine.rate() / raw.rate(), double(engine.peakKb) / double(raw.peakKb));
        if (engine.rows != records || raw.rows != records)
            std::printf("  warning: expected %lld rows\n", static_cast<long long>(records));
    }
    return 0;
}
