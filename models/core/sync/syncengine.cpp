// SPDX-License-Identifier: MIT
#include "models/core/sync/syncengine.h"

#include <mutex>
#include <optional>
#include <random>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimeZone>

#include "models/core/samples/samplestore.h"
#include "models/core/schema/inferredschema.h"
#include "models/core/schema/mappingplan.h"
#include "models/core/schema/schemainferrer.h"
#include "models/core/sync/pageprefetcher.h"
#include "models/core/sync/pagewalker.h"
#include "models/core/sync/ratelimiter.h"

namespace cw {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::SyncEngine)
};

std::optional<JsonValue::json_pointer> pointer(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    try {
        return JsonValue::json_pointer((text.startsWith(u'/') ? text : u'/' + text).toStdString());
    } catch (const JsonValue::exception &) {
        return std::nullopt;
    }
}

const JsonValue *valueAt(const JsonValue &value, const QString &path)
{
    const auto ptr = pointer(path);
    if (!ptr)
        return nullptr;
    try {
        return value.contains(*ptr) ? &value.at(*ptr) : nullptr;
    } catch (const JsonValue::exception &) {
        return nullptr;
    }
}

QString scalarText(const JsonValue *value)
{
    if (!value || value->is_null())
        return {};
    if (value->is_string())
        return QString::fromStdString(value->get<std::string>());
    return value->is_primitive() ? QString::fromStdString(value->dump()) : QString();
}

// The comparison PageWalker::maxCursor() uses: integers exactly, numbers by value, else text.
bool cursorGreater(const QString &value, const QString &than)
{
    if (than.isEmpty())
        return !value.isEmpty();
    bool a = false;
    bool b = false;
    const qlonglong x = value.toLongLong(&a);
    const qlonglong y = than.toLongLong(&b);
    if (a && b)
        return x > y;
    bool c = false;
    bool e = false;
    const double dx = value.toDouble(&c);
    const double dy = than.toDouble(&e);
    if (c && e)
        return dx > dy;
    return value > than;
}

// The request value for a stored cursor: the lookback window applied, in the request's format.
QString requestValue(const QString &cursor, const Incremental &inc)
{
    if (cursor.isEmpty())
        return {};
    const QString format = inc.format.isEmpty() ? QStringLiteral("rfc3339") : inc.format;
    bool numeric = false;
    const double number = cursor.toDouble(&numeric);
    QDateTime time;
    if (numeric) {
        // An epoch cursor; milliseconds when it is that large.
        time = QDateTime::fromMSecsSinceEpoch(qint64(number > 1e11 ? number : number * 1000.0), Qt::UTC);
    } else {
        time = QDateTime::fromString(cursor, Qt::ISODateWithMs);
        if (!time.isValid())
            time = QDateTime::fromString(cursor, Qt::ISODate);
    }
    if (format == u"raw" || !time.isValid())
        return cursor;
    time = time.addSecs(-qint64(inc.lookbackSeconds)).toUTC();
    if (format == u"date")
        return time.date().toString(Qt::ISODate);
    if (format == u"epoch_seconds")
        return QString::number(time.toSecsSinceEpoch());
    if (format == u"epoch_millis")
        return QString::number(time.toMSecsSinceEpoch());
    if (numeric || inc.lookbackSeconds > 0)
        return time.toString(time.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
    return cursor; // the API's own spelling, which it surely parses
}

} // namespace

QString toString(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("DEBUG");
    case LogLevel::Info:
        return QStringLiteral("INFO");
    case LogLevel::Warning:
        return QStringLiteral("WARNING");
    case LogLevel::Error:
        return QStringLiteral("ERROR");
    }
    return {};
}

QString SyncSummary::toText() const
{
    const OperationCounts &o = counters.operations;
    QString text = QStringLiteral("SYNC PROGRESS:\n"
                                  "Operation     | Calls\n"
                                  "------------- + ------------\n");
    const auto line = [&text](const char *name, qint64 value) {
        text += QStringLiteral("%1 | %2\n").arg(QLatin1String(name), -13).arg(value);
    };
    line("Upserts", o.upserts);
    line("Updates", o.updates);
    line("Deletes", o.deletes);
    line("Truncates", o.truncates);
    line("SchemaChanges", o.schemaChanges);
    line("Checkpoints", counters.checkpoints);
    text += succeeded ? QStringLiteral("Sync SUCCEEDED\n")
                      : QStringLiteral("Sync FAILED: %1\n").arg(reason.isEmpty() ? Tr::tr("unknown reason") : reason);
    return text;
}

JsonValue SyncSummary::toJson() const
{
    JsonValue rows = JsonValue::object();
    for (auto it = counters.rowsPerTable.cbegin(); it != counters.rowsPerTable.cend(); ++it)
        rows[it.key().toStdString()] = it.value();
    const OperationCounts &o = counters.operations;
    return {{"status", succeeded ? "SUCCEEDED" : "FAILED"},
            {"reason", reason.toStdString()},
            {"cancelled", cancelled},
            {"upserts", o.upserts},
            {"updates", o.updates},
            {"deletes", o.deletes},
            {"truncates", o.truncates},
            {"schemaChanges", o.schemaChanges},
            {"checkpoints", counters.checkpoints},
            {"lastCheckpoint", lastCheckpoint},
            {"requests", counters.requests},
            {"retries", counters.retries},
            {"pages", counters.pages},
            {"records", counters.records},
            {"bytes", counters.bytes},
            {"rowsPerTable", rows},
            {"seconds", counters.elapsedSeconds}};
}

// ---- Engine

struct SyncEngine::Private {
    struct Writer {
        bool ready = false;
        std::optional<RecordMapper> mapper;
        std::vector<int> handles;
        std::vector<TableRows> rows;
    };
    struct Outcome {
        bool failed = false;
        QString reason;
    };

    Project project;
    ConfigurationValues values;
    Warehouse &warehouse;
    SyncOptions options;
    SyncObserver *observer = nullptr;
    const std::atomic_bool *cancel = nullptr;

    JsonValue state = JsonValue::object();
    SyncCounters counters;
    std::vector<SyncEvent> events;
    QElapsedTimer clock;
    qint64 lastFlushMs = 0;
    RateLimiter limiter;
    std::mt19937_64 random{std::random_device{}()};
    QString stream;             ///< for events
    QString giveUp;             ///< why the last request was not retried (again); the sender's thread
    /// Guards events and counters: with a PagePrefetcher the requests of the next page are
    /// sent (and counted) on its thread while this one writes the current page.
    std::recursive_mutex progressMutex;
    qint64 lastCheckpoint = 0;

    Private(Project p, ConfigurationValues v, Warehouse &w, SyncOptions o)
        : project(std::move(p)), values(std::move(v)), warehouse(w), options(std::move(o))
    {
        // Fields the caller gave no value for fall back to their defaults, as PageWalker does.
        for (const ConfigurationField &field : project.configuration) {
            if (!values.contains(field.key) && !field.defaultValue.isEmpty())
                values.insert(field.key, field.defaultValue);
        }
        limiter.setRate(options.requestsPerSecond);
    }

    bool cancelled() const { return cancel && cancel->load(); }

    void push(SyncEvent &&event)
    {
        const std::lock_guard lock(progressMutex);
        event.elapsedMs = clock.elapsed();
        if (event.stream.isEmpty())
            event.stream = stream;
        events.push_back(std::move(event));
        flush(false);
    }
    void flush(bool force)
    {
        const std::lock_guard lock(progressMutex);
        const qint64 now = clock.elapsed();
        if (!force && now - lastFlushMs < options.eventIntervalMs)
            return;
        lastFlushMs = now;
        counters.elapsedSeconds = double(now) / 1000.0;
        if (observer && (force || !events.empty()))
            observer->syncProgress(events, counters);
        events.clear();
    }
    void log(LogLevel level, const QString &message)
    {
        SyncEvent e;
        e.kind = SyncEvent::Kind::Log;
        e.level = level;
        e.message = message;
        push(std::move(e));
    }

    HttpResponse send(HttpClient &client, const HttpRequest &request, const std::atomic_bool *stop);
    void setupWalker(PageWalker &walker)
    {
        walker.setMoveRecordsOutOfBody(true);
        walker.setSender([this](HttpClient &client, const HttpRequest &request, const std::atomic_bool *stop) {
            return send(client, request, stop);
        });
    }
    QString pageError(const PageFetch &page) const { return pageError(page, giveUp); }
    static QString pageError(const PageFetch &page, const QString &giveUp)
    {
        return giveUp.isEmpty() ? page.error : Tr::tr("%1 (%2)").arg(page.error, giveUp);
    }
    /// `records`: whether the page's records count as the stream's (a deletions feed's do not).
    void pageEvent(const PageFetch &page, bool records = true);
    bool prepareWriter(const Stream &s, const JsonValue &records, Writer &writer, QString *error);
    bool write(Writer &writer, const JsonValue &records, QString *error);
    /// Rows already mapped (by the prefetcher) into the writer's tables.
    bool writeRows(Writer &writer, const std::vector<TableRows> &rows, QString *error);
    bool checkpoint(const QString &streamName, QString *error);
    QString storedCursor(const QString &streamName, const char *key) const
    {
        const auto it = state.find(streamName.toStdString());
        if (it == state.end() || !it->is_object())
            return {};
        return scalarText(it->contains(key) ? &it->at(key) : nullptr);
    }
    void advanceCursor(const QString &streamName, const char *key, const QString &cursor)
    {
        if (cursor.isEmpty() || !cursorGreater(cursor, storedCursor(streamName, key)))
            return;
        JsonValue &entry = state[streamName.toStdString()];
        if (!entry.is_object())
            entry = JsonValue::object();
        entry[key] = cursor.toStdString();
    }
    Outcome syncStream(HttpClient &client, const Stream &s);
    Outcome syncDeletions(HttpClient &client, const Stream &s, Writer &writer);
    Outcome syncChild(HttpClient &client, const Stream &s);
};

HttpResponse SyncEngine::Private::send(HttpClient &client, const HttpRequest &request, const std::atomic_bool *stop)
{
    giveUp.clear();
    qint64 waited = 0;
    for (int attempt = 1;; ++attempt) {
        if (!limiter.acquire(stop)) {
            HttpResponse response;
            response.cancelled = true;
            response.error = Tr::tr("Cancelled.");
            return response;
        }
        HttpResponse response = client.send(request, stop);
        {
            const std::lock_guard lock(progressMutex);
            ++counters.requests;
            counters.bytes += response.sizeDownloaded;
        }
        SyncEvent e;
        e.kind = SyncEvent::Kind::Request;
        e.method = QString::fromLatin1(request.method);
        e.url = redactSecrets(request.url.toDisplayString(), project, values);
        e.status = response.status;
        e.durationMs = response.timings.totalMs;
        e.bytes = response.sizeDownloaded;
        e.attempt = attempt;
        e.error = redactSecrets(response.error, project, values);
        if (options.keepResponses) {
            for (const auto &[name, value] : response.headers)
                e.responseHeaders.append({name, isCredentialHeader(name, project) ? QByteArray("***")
                                                                                   : redactSecretBytes(value, project, values)});
            e.responseBody = redactSecretBytes(response.readBody(), project, values);
        }
        push(std::move(e));
        if (response.cancelled)
            return response;
        const RetryVerdict verdict = classifyForRetry(response, attempt, waited, options.retry,
                                                      QDateTime::currentDateTimeUtc(), random);
        if (!verdict.retry) {
            giveUp = redactSecrets(verdict.reason, project, values);
            return response;
        }
        {
            const std::lock_guard lock(progressMutex);
            ++counters.retries;
        }
        SyncEvent r;
        r.kind = SyncEvent::Kind::Retry;
        r.method = QString::fromLatin1(request.method);
        r.url = redactSecrets(request.url.toDisplayString(), project, values);
        r.status = response.status;
        r.attempt = attempt;
        r.waitMs = verdict.waitMs;
        r.message = redactSecrets(verdict.reason, project, values);
        push(std::move(r));
        waited += verdict.waitMs;
        if (!sleepCancellable(verdict.waitMs, stop)) {
            response.cancelled = true;
            return response;
        }
    }
}

void SyncEngine::Private::pageEvent(const PageFetch &page, bool records)
{
    const std::lock_guard lock(progressMutex);
    ++counters.pages;
    if (records) {
        counters.records += page.recordCount;
        counters.streamRecords += page.recordCount;
    }
    SyncEvent e;
    e.kind = SyncEvent::Kind::Page;
    e.page = page.index;
    e.records = page.recordCount;
    e.pagination = page.paginationNote;
    e.method = QString::fromLatin1(page.request.method);
    e.url = page.displayUrl;
    e.status = page.response.status;
    e.error = page.error;
    push(std::move(e));
}

bool SyncEngine::Private::prepareWriter(const Stream &s, const JsonValue &records, Writer &writer, QString *error)
{
    if (writer.ready)
        return true;
    SchemaInferrer inferrer;
    if (!options.samplesPath.isEmpty()) {
        SampleStore samples;
        if (samples.open(options.samplesPath)) {
            for (const Sample &listed : samples.list(s.name, 20)) {
                const std::optional<Sample> sample = samples.load(listed.id);
                if (sample && sample->status >= 200 && sample->status < 300 && !sample->bodyTruncated)
                    inferrer.addBody(sample->body, s.recordsPath);
            }
        }
    }
    const bool fromSamples = inferrer.recordCount() > 0;
    if (!fromSamples) {
        // No samples: the first page with records stands in for them. It is kept in the
        // warehouse (committed with that page), so that a resumed or later sync, whose first
        // page is another, infers the same columns instead of adding or missing some.
        const QString key = u"inference-records."_s + s.name;
        const QByteArray kept = warehouse.meta(key);
        JsonValue stored = kept.isEmpty() ? JsonValue() : JsonValue::parse(kept.toStdString(), nullptr, false);
        if (stored.is_array()) {
            inferrer.addRecords(stored);
        } else {
            if (records.empty())
                return true;
            inferrer.addRecords(records);
            if (!warehouse.setMeta(key, QByteArray::fromStdString(Warehouse::compactJson(records)), error))
                return false;
        }
    }
    const MappingPlan plan = MappingPlan::build(s, inferrer.schema());
    if (plan.tables.isEmpty())
        return true;
    writer.mapper.emplace(plan);
    writer.handles.clear();
    for (const PlanTable &table : plan.tables) {
        const int handle = warehouse.prepareTable(table, error);
        if (handle < 0)
            return false;
        writer.handles.push_back(handle);
    }
    writer.rows.assign(std::size_t(plan.tables.size()), {});
    writer.ready = true;
    log(LogLevel::Info, Tr::tr("%1: %2 table(s) (%3), columns from %4")
                            .arg(s.name)
                            .arg(plan.tables.size())
                            .arg([&plan] {
                                QStringList names;
                                for (const PlanTable &t : plan.tables)
                                    names << t.name;
                                return names.join(u", ");
                            }())
                            .arg(fromSamples ? Tr::tr("%1 sampled record(s)").arg(inferrer.recordCount())
                                             : Tr::tr("the first page")));
    for (const QString &note : plan.notes)
        log(LogLevel::Debug, Tr::tr("%1: %2").arg(s.name, note));
    return true;
}

bool SyncEngine::Private::write(Writer &writer, const JsonValue &records, QString *error)
{
    if (!writer.ready || records.empty())
        return true;
    for (TableRows &table : writer.rows)
        table.rows.clear();
    for (const JsonValue &record : records)
        writer.mapper->map(record, writer.rows);
    return writeRows(writer, writer.rows, error);
}

bool SyncEngine::Private::writeRows(Writer &writer, const std::vector<TableRows> &rows, QString *error)
{
    for (std::size_t i = 0; i < writer.handles.size() && i < rows.size(); ++i) {
        if (!warehouse.upsertRows(writer.handles[i], rows[i], error))
            return false;
    }
    return true;
}

bool SyncEngine::Private::checkpoint(const QString &streamName, QString *error)
{
    CheckpointEntry entry;
    if (!warehouse.commitCheckpoint(state, streamName, &entry, error))
        return false;
    const std::lock_guard lock(progressMutex);
    ++counters.checkpoints;
    counters.operations += entry.operations;
    for (auto it = entry.rowsPerTable.cbegin(); it != entry.rowsPerTable.cend(); ++it)
        counters.rowsPerTable[it.key()] += it.value();
    lastCheckpoint = entry.sequence;
    SyncEvent e;
    e.kind = SyncEvent::Kind::Checkpoint;
    e.checkpoint = std::move(entry);
    push(std::move(e));
    return true;
}

SyncEngine::Private::Outcome SyncEngine::Private::syncStream(HttpClient &client, const Stream &s)
{
    const QString start = requestValue(storedCursor(s.name, kCursorKey), s.incremental);
    if (!start.isEmpty())
        log(LogLevel::Info, Tr::tr("%1: resuming from %2 = %3").arg(s.name, s.incremental.cursorField, start));
    PageWalker walker(project, s, values, start);
    setupWalker(walker);
    Writer writer;
    QString error;
    {
        // The next page is fetched and parsed while this one is written.
        PagePrefetcher prefetcher(walker, client, cancel, [this, &s](const PageFetch &page) {
            pageEvent(page);
            const std::lock_guard lock(progressMutex);
            if (page.body) {
                if (const JsonValue *total = valueAt(*page.body, s.pagination.totalPath)) {
                    // The same count pagination stops at (rounded, saturated beyond 2^63).
                    if (const std::optional<qint64> count = wholeNumber(*total); count && *count >= 0)
                        counters.streamTotal = *count;
                }
            }
            if (const QByteArray total = page.response.header("X-Total-Count"); !total.isEmpty())
                counters.streamTotal = total.toLongLong();
            return giveUp;
        });
        bool mapsAhead = false;
        while (!cancelled()) {
            std::optional<PagePrefetcher::Item> item = prefetcher.next();
            if (!item)
                break;
            const PageFetch &page = item->page;
            if (!page.error.isEmpty())
                return {true, pageError(page, item->giveUp)};
            const bool written = item->prepared ? writeRows(writer, item->rows, &error)
                                                : prepareWriter(s, page.records, writer, &error)
                    && write(writer, page.records, &error);
            if (!written) {
                warehouse.rollback();
                return {true, error};
            }
            if (writer.ready && !mapsAhead) {
                // From now on the prefetcher's thread maps each page into rows, moving the
                // values out of its records, and frees what is left of them; this thread
                // only writes.
                mapsAhead = true;
                prefetcher.setPrepare([mapper = *writer.mapper](PagePrefetcher::Item &ahead) {
                    ahead.rows.assign(mapper.plan().tables.size(), {});
                    for (JsonValue &record : ahead.page.records)
                        mapper.take(record, ahead.rows);
                    ahead.page.records = JsonValue::array();
                });
            }
            advanceCursor(s.name, kCursorKey, item->maxCursor);
            if (!checkpoint(s.name, &error)) {
                warehouse.rollback();
                return {true, error};
            }
            prefetcher.recycle(std::move(*item));
        }
    }
    if (cancelled())
        return {true, Tr::tr("cancelled")};
    if (walker.failed() || !s.deletions.isEnabled())
        return {walker.failed(), walker.stopReason()};
    const Outcome deletions = syncDeletions(client, s, writer);
    return {deletions.failed, deletions.failed ? deletions.reason : Tr::tr("%1; %2").arg(walker.stopReason(), deletions.reason)};
}

// Read after the stream's pages, so that a record created and deleted since the last sync
// ends deleted. Each page of the feed is one checkpoint, its cursor kept as deletions_cursor.
SyncEngine::Private::Outcome SyncEngine::Private::syncDeletions(HttpClient &client, const Stream &s, Writer &writer)
{
    QString error;
    // The plan the stream's rows were written with; from the samples or the kept first page
    // when this run wrote none.
    if (!prepareWriter(s, JsonValue::array(), writer, &error)) {
        warehouse.rollback();
        return {true, error};
    }
    const MappingPlan plan = writer.ready ? writer.mapper->plan() : MappingPlan::build(s, InferredSchema());
    const QList<DeletionKey> keys = deletionKeys(s, plan);
    if (keys.isEmpty())
        return {true, Tr::tr("the deletions feed needs the table's primary key, and %1 has none").arg(plan.tables.value(0).name)};
    const QString table = plan.tables[0].name;
    const Stream feed = deletionsFeedStream(s);
    const QString start = requestValue(storedCursor(s.name, kDeletionsCursorKey), feed.incremental);
    log(LogLevel::Info, start.isEmpty() ? Tr::tr("%1: reading the deletions feed %2").arg(s.name, feed.request.path)
                                        : Tr::tr("%1: reading the deletions feed %2 from %3 = %4")
                                              .arg(s.name, feed.request.path, feed.incremental.cursorField, start));
    PageWalker walker(project, feed, values, start);
    setupWalker(walker);
    qint64 deleted = 0;
    qint64 keyless = 0;
    while (walker.hasNext() && !cancelled()) {
        const PageFetch page = walker.fetchNext(client, cancel);
        if (page.response.cancelled)
            break;
        pageEvent(page, false);
        if (!page.error.isEmpty())
            return {true, Tr::tr("reading the deletions feed failed: %1").arg(pageError(page))};
        for (const JsonValue &record : page.records) {
            JsonValue key = JsonValue::object();
            for (const DeletionKey &k : keys) {
                const JsonValue *value = valueAt(record, k.path);
                if (!value || value->is_null()) {
                    key = JsonValue();
                    break;
                }
                key[k.column.toStdString()] = *value;
            }
            if (key.is_null()) {
                ++keyless;
                continue;
            }
            if (!warehouse.remove(table, key, &error)) {
                warehouse.rollback();
                return {true, error};
            }
            ++deleted;
        }
        advanceCursor(s.name, kDeletionsCursorKey, walker.maxCursor());
        if (!checkpoint(s.name, &error)) {
            warehouse.rollback();
            return {true, error};
        }
    }
    if (cancelled())
        return {true, Tr::tr("cancelled")};
    if (keyless > 0) {
        QStringList paths;
        for (const DeletionKey &k : keys)
            paths << k.path;
        log(LogLevel::Warning, Tr::tr("%1: %2 deleted record(s) lacked the key at %3 and were skipped")
                                   .arg(s.name).arg(keyless).arg(paths.join(u", ")));
    }
    if (walker.failed())
        return {true, Tr::tr("the deletions feed stopped: %1").arg(walker.stopReason())};
    return {false, Tr::tr("%1 deletion(s) read from %2 (%3)").arg(deleted).arg(feed.request.path, walker.stopReason())};
}

SyncEngine::Private::Outcome SyncEngine::Private::syncChild(HttpClient &client, const Stream &s)
{
    const Stream *found = project.stream(s.parent.stream);
    if (!found)
        return {true, Tr::tr("The parent stream \"%1\" does not exist.").arg(s.parent.stream)};
    Stream parent = *found;
    // The child's cursor is the parent cursor up to which every parent's children were read.
    const QString start = requestValue(storedCursor(s.name, kCursorKey), parent.incremental);
    PageWalker parentWalker(project, parent, values, start);
    setupWalker(parentWalker);
    Writer writer;
    QString error;
    qint64 parents = 0;
    while (parentWalker.hasNext() && !cancelled()) {
        const PageFetch parentPage = parentWalker.fetchNext(client, cancel);
        if (parentPage.response.cancelled)
            break;
        if (!parentPage.error.isEmpty())
            return {true, Tr::tr("Reading the parent stream %1 failed: %2").arg(parent.name, pageError(parentPage))};
        for (const JsonValue &record : parentPage.records) {
            if (cancelled())
                break;
            const QString value = scalarText(valueAt(record, s.parent.parentField));
            if (value.isEmpty())
                continue;
            ++parents;
            PageWalker walker(project, s, values, {}, {{s.parent.pathParameter, value}});
            setupWalker(walker);
            bool skipped = false;
            while (walker.hasNext() && !cancelled()) {
                const PageFetch page = walker.fetchNext(client, cancel);
                if (page.response.cancelled)
                    break;
                pageEvent(page);
                if (page.response.status == 404) {
                    skipped = true;
                    // The parent was deleted between its listing and this request.
                    log(LogLevel::Warning, Tr::tr("%1: %2 answered 404; skipped").arg(s.name, page.displayUrl));
                    break;
                }
                if (!page.error.isEmpty()) {
                    warehouse.rollback();
                    return {true, pageError(page)};
                }
                if (!prepareWriter(s, page.records, writer, &error) || !write(writer, page.records, &error)) {
                    warehouse.rollback();
                    return {true, error};
                }
            }
            if (walker.failed() && !skipped && !cancelled()) {
                // A child walk that ended badly after a good page (e.g. a repeating next link).
                warehouse.rollback();
                return {true, walker.stopReason()};
            }
        }
        if (cancelled())
            break;
        advanceCursor(s.name, kCursorKey, parentWalker.maxCursor());
        if (!checkpoint(s.name, &error)) {
            warehouse.rollback();
            return {true, error};
        }
    }
    if (cancelled()) {
        warehouse.rollback();
        return {true, Tr::tr("cancelled")};
    }
    if (parentWalker.failed())
        return {true, Tr::tr("Reading the parent stream %1 failed: %2").arg(parent.name, parentWalker.stopReason())};
    return {false, Tr::tr("read for %1 %2 record(s)").arg(parents).arg(parent.name)};
}

SyncEngine::SyncEngine(Project project, ConfigurationValues values, Warehouse &warehouse, SyncOptions options)
    : d(std::make_unique<Private>(std::move(project), std::move(values), warehouse, std::move(options)))
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setObserver(SyncObserver *observer)
{
    d->observer = observer;
}

SyncSummary SyncEngine::run(const std::atomic_bool *cancel)
{
    d->cancel = cancel;
    d->clock.start();
    d->counters = {};
    SyncSummary summary;
    if (!d->warehouse.isOpen()) {
        summary.reason = Tr::tr("The warehouse is not open.");
        return summary;
    }
    d->warehouse.rollback();
    d->state = d->warehouse.state();
    if (!d->state.is_object())
        d->state = JsonValue::object();

    QStringList names = d->options.streams;
    if (names.isEmpty()) {
        for (const Stream &s : std::as_const(d->project.streams))
            names << s.name;
    }
    for (const QString &name : std::as_const(names)) {
        if (!d->project.stream(name)) {
            summary.reason = Tr::tr("The project has no stream \"%1\".").arg(name);
            d->log(LogLevel::Error, summary.reason);
            d->flush(true);
            summary.counters = d->counters;
            return summary;
        }
    }
    d->log(LogLevel::Info, Tr::tr("previous state: %1").arg(QString::fromStdString(Warehouse::compactJson(d->state))));

    HttpClient client;
    bool ok = true;
    for (const QString &name : std::as_const(names)) {
        if (d->cancelled())
            break;
        const Stream &s = *d->project.stream(name);
        d->stream = name;
        d->counters.stream = name;
        d->counters.streamRecords = 0;
        d->counters.streamTotal = -1;
        SyncEvent started;
        started.kind = SyncEvent::Kind::StreamStarted;
        d->push(std::move(started));
        const Private::Outcome outcome = s.parent.stream.isEmpty() ? d->syncStream(client, s) : d->syncChild(client, s);
        SyncEvent finished;
        finished.kind = SyncEvent::Kind::StreamFinished;
        finished.failed = outcome.failed;
        finished.message = outcome.reason;
        d->push(std::move(finished));
        d->log(outcome.failed ? LogLevel::Error : LogLevel::Info, Tr::tr("%1: %2").arg(name, outcome.reason));
        if (outcome.failed) {
            ok = false;
            summary.reason = d->cancelled() ? Tr::tr("cancelled") : Tr::tr("stream %1: %2").arg(name, outcome.reason);
            break; // a failed stream fails the sync, as in Fivetran; what was committed stays
        }
    }
    d->warehouse.rollback();
    summary.cancelled = d->cancelled();
    if (summary.cancelled && summary.reason.isEmpty())
        summary.reason = Tr::tr("cancelled");
    summary.succeeded = ok && !summary.cancelled;
    summary.lastCheckpoint = d->lastCheckpoint;
    d->flush(true);
    summary.counters = d->counters;
    return summary;
}

// ---- SyncJob

namespace {

class QueuedObserver final : public SyncObserver
{
public:
    explicit QueuedObserver(SyncJob *job) : m_job(job) {}
    void syncProgress(const std::vector<SyncEvent> &events, const SyncCounters &counters) override
    {
        auto batch = std::make_shared<SyncJob::Batch>();
        batch->events = events;
        batch->counters = counters;
        Q_EMIT m_job->progress(std::move(batch));
    }

private:
    SyncJob *m_job;
};

} // namespace

SyncJob::SyncJob(Project project, ConfigurationValues values, QString warehousePath, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_values(std::move(values))
    , m_warehousePath(std::move(warehousePath))
    , m_options(std::move(options))
{
    qRegisterMetaType<std::shared_ptr<const cw::SyncJob::Batch>>();
    qRegisterMetaType<cw::SyncSummary>();
}

SyncJob::~SyncJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void SyncJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("SyncJob"));
    m_thread->start();
}

void SyncJob::cancel()
{
    m_cancel = true;
}

bool SyncJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SyncJob::run()
{
    Warehouse warehouse;
    QString error;
    if (!warehouse.open(m_warehousePath, &error)) {
        SyncSummary summary;
        summary.reason = error;
        Q_EMIT finished(summary);
        return;
    }
    SyncEngine engine(m_project, m_values, warehouse, m_options);
    QueuedObserver observer(this);
    engine.setObserver(&observer);
    const SyncSummary summary = engine.run(&m_cancel);
    Q_EMIT finished(summary);
}

} // namespace cw
