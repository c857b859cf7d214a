// SPDX-License-Identifier: MIT
// Opening a ~100 MB JSON response in the viewer (issue 3): JsonIndex + JsonIndexModel against
// a plain nlohmann::json::parse of the same bytes, in one run so that the ratios mean something
// on a shared machine.
//
// Targets: open (index + model ready, top level expanded, first 100 rows' data fetched) in at
// most half the time of the parse; peak memory at most 3x the body; the GUI thread never
// stalls more than 50 ms while JsonIndexLoader works.
//
// Each measurement runs in a child process forked after the body is generated: most of a DOM's
// cost is first-touched memory, so a process that already touched (and freed) memory would
// flatter whoever runs second, and each needs its own peak RSS.
//
// Usage: bench_jsonviewer [megabytes=100] [repetitions=3]
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <nlohmann/json.hpp>

#include "models/core/json/jsonindexloader.h"
#include "models/itemmodels/jsonindexmodel.h"

namespace {

using Clock = std::chrono::steady_clock;

/// A kB field of /proc/self/status ("VmRSS", "VmHWM").
long statusKb(const char *field)
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long value = -1;
    const std::size_t n = std::strlen(field);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, field, n) == 0 && line[n] == ':') {
            value = std::strtol(line + n + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(f);
    return value;
}

/// Resets VmHWM to the current RSS, so that a child's peak is its own (Linux >= 4.0).
void resetPeak()
{
    if (FILE *f = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", f);
        std::fclose(f);
    }
}

/// Deterministic "API" records: ids, names with non-ASCII text, timestamps, nested address,
/// an array of orders, tags, and a free-text field with escapes; about 700 bytes each.
QByteArray generateBody(qint64 targetBytes)
{
    QByteArray out;
    out.reserve(targetBytes + (1 << 20)); // no growth by copying: its peak would pollute the children
    std::uint64_t seed = 0x9E3779B97F4A7C15ull;
    const auto next = [&] {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        return seed;
    };
    static const char *const kCities[] = {"Zürich", "São Paulo", "Kraków", "東京", "New York", "Reykjavík"};
    static const char *const kTags[] = {"vip", "eu", "churn-risk", "beta", "wholesale", "new"};
    char buf[64];
    const auto num = [&](std::uint64_t v) {
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out.append(buf, r.ptr - buf);
    };
    out += "[\n";
    for (std::uint64_t id = 1; out.size() < targetBytes; ++id) {
        if (id > 1)
            out += ",\n";
        out += "{\"id\":";
        num(id);
        out += ",\"uuid\":\"";
        num(next() % 100000000000ull);
        out += "-4f1c-9a2b-";
        num(next() % 1000000000ull);
        out += "\",\"name\":\"Customer ";
        num(id);
        out += " Zoë\",\"email\":\"customer";
        num(id);
        out += "@example.com\",\"active\":";
        out += (next() % 3) ? "true" : "false";
        out += ",\"balance\":";
        num(next() % 100000);
        out += '.';
        num(10 + next() % 90);
        out += ",\"created_at\":\"2024-0";
        num(1 + next() % 9);
        out += "-1";
        num(next() % 10);
        out += "T12:34:56Z\",\"deleted_at\":null,\"tags\":[\"";
        out += kTags[next() % 6];
        out += "\",\"";
        out += kTags[next() % 6];
        out += "\"],\"address\":{\"street\":\"";
        num(1 + next() % 999);
        out += " Main Street\",\"city\":\"";
        out += kCities[next() % 6];
        out += "\",\"zip\":\"";
        num(10000 + next() % 89999);
        out += "\",\"geo\":{\"lat\":";
        num(next() % 90);
        out += ".123456,\"lng\":-";
        num(next() % 180);
        out += ".654321}},\"orders\":[";
        const int orders = int(next() % 4);
        for (int o = 0; o < orders; ++o) {
            if (o)
                out += ',';
            out += "{\"order_id\":";
            num(id * 10 + std::uint64_t(o));
            out += ",\"total\":";
            num(next() % 1000);
            out += ".5,\"currency\":\"EUR\",\"items\":";
            num(1 + next() % 9);
            out += ",\"status\":\"shipped\"}";
        }
        out += "],\"notes\":\"Called on Monday; said \\\"please call back\\\".\\nPrefers e-mail \\u2709 over phone. "
               "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\"}";
    }
    out += "\n]\n";
    return out;
}

struct Result {
    double seconds = 0;
    long peakDeltaKb = 0; ///< VmHWM after the work minus VmRSS before it (the body is already resident)
    long peakTotalKb = 0; ///< VmHWM after the work, body included
    long check = 0;       ///< something computed from the result, so that nothing is optimized away
};

/// Runs \a work in a forked child and returns its Result through a pipe.
template <typename Work>
Result inChild(Work work)
{
    int fds[2];
    if (pipe(fds) != 0)
        std::abort();
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        resetPeak();
        const long before = statusKb("VmRSS");
        const auto t0 = Clock::now();
        const long check = work();
        const auto t1 = Clock::now();
        Result r;
        r.seconds = std::chrono::duration<double>(t1 - t0).count();
        r.peakTotalKb = statusKb("VmHWM");
        r.peakDeltaKb = r.peakTotalKb - before;
        r.check = check;
        if (write(fds[1], &r, sizeof r) != sizeof r)
            _exit(1);
        _exit(0); // no destructors: freeing a DOM is not part of opening it
    }
    close(fds[1]);
    Result r;
    if (read(fds[0], &r, sizeof r) != sizeof r)
        std::fprintf(stderr, "child failed\n");
    close(fds[0]);
    waitpid(pid, nullptr, 0);
    return r;
}

/// What the viewer does once the index is there: reset the model, show the top level, and
/// paint the first 100 rows.
long showInModel(cw::JsonIndexModel &model, std::shared_ptr<const cw::JsonIndex> index)
{
    model.setIndex(std::move(index));
    long check = model.rowCount();
    for (int row = 0; row < std::min(100, model.rowCount()); ++row) {
        for (int column = 0; column < cw::JsonIndexModel::ColumnCount; ++column)
            check += model.index(row, column).data().toString().size();
        check += model.hasChildren(model.index(row, 0));
    }
    return check;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

/// (d): a 1 ms timer on the GUI thread while the loader works; the longest gap between ticks
/// is the longest the GUI could not react.
void measureGuiStalls(int argc, char **argv, const QByteArray &body)
{
    QCoreApplication app(argc, argv);
    cw::JsonIndexLoader loader;
    cw::JsonIndexModel model;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    qint64 ticks = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
        ++ticks;
    });
    qint64 progressSignals = 0;
    QObject::connect(&loader, &cw::JsonIndexLoader::progress, [&] { ++progressSignals; });
    double loadSeconds = 0;
    qint64 showNs = 0;
    QObject::connect(&loader, &cw::JsonIndexLoader::finished, [&](const std::shared_ptr<const cw::JsonIndex> &index) {
        QElapsedTimer show;
        show.start();
        showInModel(model, index);
        showNs = show.nsecsElapsed();
        loadSeconds = double(clock.nsecsElapsed()) / 1e9;
        // A few more ticks, so that a stall caused by showing the result is measured too.
        QTimer::singleShot(50, &app, &QCoreApplication::quit);
    });
    QObject::connect(&loader, &cw::JsonIndexLoader::failed, [&](const cw::JsonIndexError &error) {
        std::printf("load failed: %s\n", qPrintable(error.message));
        app.quit();
    });
    QTimer::singleShot(0, &app, [&] {
        clock.start();
        last = 0;
        ticker.start();
        loader.start(body);
    });
    app.exec();
    std::printf("(d) GUI thread while JsonIndexLoader loads: longest gap between 1 ms ticks %.1f ms "
                "(%lld ticks, %lld progress signals, load+show %.2f s, model reset + 100 rows %.2f ms) -> %s\n",
                double(longest) / 1e6, ticks, progressSignals, loadSeconds, double(showNs) / 1e6,
                longest <= 50'000'000 ? "meets <= 50 ms" : "MISSES 50 ms");
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 megabytes = argc > 1 ? std::atoll(argv[1]) : 100;
    const int repetitions = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const QByteArray body = generateBody(megabytes << 20);
    const double bodyKb = double(body.size()) / 1024.0;
    {
        cw::JsonIndexError error;
        const auto index = cw::JsonIndex::build(body, {}, &error);
        if (!index) {
            std::printf("generated body is invalid: %s\n", qPrintable(error.message));
            return 1;
        }
        std::printf("body: %.1f MB, %lld top-level records, %lld containers; index memory %.1f MB (%.2fx body)\n",
                    double(body.size()) / 1e6, index->childCount(index->root()), index->nodeCount(),
                    double(index->memoryUsage()) / 1e6, double(index->memoryUsage()) / double(body.size()));
    }
    // Run the sanity build's memory out of the parent's heap before forking.
    std::vector<double> parseTimes, openTimes;
    Result parse, open;
    for (int i = 0; i < repetitions; ++i) {
        parse = inChild([&] {
            const nlohmann::json dom = nlohmann::json::parse(body.constData(), body.constData() + body.size());
            return long(dom.size());
        });
        parseTimes.push_back(parse.seconds);
        open = inChild([&] {
            cw::JsonIndexError error;
            std::shared_ptr<const cw::JsonIndex> index = cw::JsonIndex::build(body, {}, &error);
            if (!index)
                return -1L;
            cw::JsonIndexModel model;
            return showInModel(model, std::move(index));
        });
        openTimes.push_back(open.seconds);
        std::printf("  run %d: parse %.3f s (peak +%.0f MB), open %.3f s (peak +%.0f MB)\n", i + 1, parse.seconds,
                    double(parse.peakDeltaKb) / 1024, open.seconds, double(open.peakDeltaKb) / 1024);
    }
    const double a = median(parseTimes);
    const double b = median(openTimes);
    std::printf("\nfresh-process medians of %d runs, body %.1f MB\n", repetitions, double(body.size()) / 1e6);
    std::printf("(a) nlohmann::json::parse:                 %.3f s, peak +%.2fx body (%.2fx incl. body)\n", a,
                double(parse.peakDeltaKb) / bodyKb, double(parse.peakTotalKb) / bodyKb);
    std::printf("(b) JsonIndex + model, 100 rows shown:      %.3f s, peak +%.2fx body (%.2fx incl. body)\n", b,
                double(open.peakDeltaKb) / bodyKb, double(open.peakTotalKb) / bodyKb);
    std::printf("(c) ratio b/a = %.3f (target <= 0.5) -> %s; open peak incl. body %.2fx (target <= 3x) -> %s\n", b / a,
                b / a <= 0.5 ? "meets" : "MISSES", double(open.peakTotalKb) / bodyKb,
                double(open.peakTotalKb) / bodyKb <= 3.0 ? "meets" : "MISSES");
    measureGuiStalls(argc, argv, body);
    return 0;
}
