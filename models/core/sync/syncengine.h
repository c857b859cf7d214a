// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include "models/core/http/httpclient.h"
#include "models/core/project/configtemplate.h"
#include "models/core/project/project.h"
#include "models/core/support/json.h"
#include "models/core/sync/retrypolicy.h"
#include "models/core/warehouse/warehouse.h"

class QThread;

/// The native sync engine: runs a project's streams to completion into a Warehouse, one
/// checkpoint per page, with retries, rate limiting, incremental state, child streams and
/// deletions feeds. The run panel and `cwb run` drive it; docs/warehouse.md describes the
/// state it keeps.
namespace cw {

struct SyncOptions {
    QStringList streams;             ///< empty: every stream of the project, in project order
    RetryPolicy retry;
    double requestsPerSecond = 0;    ///< 0: no limit
    int eventIntervalMs = 100;       ///< the observer hears at most this often (and at the end)
    /// Keep each response's (redacted) body and headers in its Request event, for a viewer.
    bool keepResponses = false;
    /// SampleStore file (`<project>.cwbdb`) whose samples give each stream's inferred schema;
    /// a stream without samples is inferred from its first page.
    QString samplesPath;
};

enum class LogLevel { Debug, Info, Warning, Error };
QString toString(LogLevel level);

/// One thing that happened. Which fields are set depends on the kind.
struct SyncEvent {
    enum class Kind {
        StreamStarted,
        Request,        ///< one HTTP send: method, url, status, durationMs, bytes, attempt, error
        Retry,          ///< a wait before sending again: attempt (the one that failed), waitMs, message
        Page,           ///< a page read: page, records, pagination (why the walk goes on or stopped)
        Checkpoint,     ///< checkpoint: the committed entry (state, rows per table, operations)
        Log,            ///< level, message
        StreamFinished  ///< failed, message (the stop reason)
    };
    Kind kind = Kind::Log;
    qint64 elapsedMs = 0;            ///< since the run started
    QString stream;
    QString method;
    QString url;                     ///< secrets replaced by ***
    int status = 0;                  ///< 0: no response (network error)
    double durationMs = 0;
    qint64 bytes = 0;                ///< body bytes on the wire
    int attempt = 0;
    qint64 waitMs = 0;
    QString error;
    int page = 0;                    ///< 0-based within the stream (per parent for child streams)
    qint64 records = 0;
    QString pagination;
    HttpHeaders responseHeaders;     ///< with SyncOptions::keepResponses, redacted
    QByteArray responseBody;         ///< with SyncOptions::keepResponses, redacted
    CheckpointEntry checkpoint;
    LogLevel level = LogLevel::Info;
    QString message;
    bool failed = false;
};

struct SyncCounters {
    qint64 requests = 0;
    qint64 retries = 0;
    qint64 pages = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 checkpoints = 0;
    OperationCounts operations;      ///< committed
    QMap<QString, qint64> rowsPerTable; ///< rows committed per table in this run
    QString stream;                  ///< the stream being synced
    qint64 streamRecords = 0;        ///< records of that stream so far
    qint64 streamTotal = -1;         ///< its total when the API says (total in the body, X-Total-Count); -1 unknown
    double elapsedSeconds = 0;
};

struct SyncSummary {
    bool succeeded = false;
    bool cancelled = false;
    QString reason;                  ///< why it failed or was cancelled
    SyncCounters counters;
    qint64 lastCheckpoint = 0;       ///< sequence of the last committed checkpoint, 0: none
    /// Fivetran's local tester table (Upserts, Updates, Deletes, Truncates, SchemaChanges,
    /// Checkpoints) and "Sync SUCCEEDED" or "Sync FAILED: reason".
    QString toText() const;
    JsonValue toJson() const;
};

/// Receives progress on the engine's thread. Implementations hand it to their own thread
/// (SyncJob does, as a queued signal) and must not block.
class SyncObserver
{
public:
    virtual ~SyncObserver() = default;
    /// The events since the last call and the counters now.
    virtual void syncProgress(const std::vector<SyncEvent> &events, const SyncCounters &counters) = 0;
};

class SyncEngine final
{
public:
    /// `warehouse` must be open and stay so while run() runs; the engine resumes from its state.
    SyncEngine(Project project, ConfigurationValues values, Warehouse &warehouse, SyncOptions options = {});
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    void setObserver(SyncObserver *observer);
    /// Runs the streams to the end, a failure or `cancel`. Pages are committed one checkpoint
    /// each; a page in flight when it stops is rolled back, never half written.
    SyncSummary run(const std::atomic_bool *cancel = nullptr);

    /// The state key of a stream's incremental cursor and of its deletions feed's cursor.
    static constexpr const char *kCursorKey = "cursor";
    static constexpr const char *kDeletionsCursorKey = "deletions_cursor";

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Runs a SyncEngine on a worker thread for the GUI. progress() and finished() are emitted
/// from the worker; connect with a receiver context and they arrive queued, batched by
/// SyncOptions::eventIntervalMs so that a million-row run costs the GUI a few signals a second.
class SyncJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)

public:
    struct Batch {
        std::vector<SyncEvent> events;
        SyncCounters counters;
    };

    /// Opens its own Warehouse connection on `warehousePath` in the worker thread.
    SyncJob(Project project, ConfigurationValues values, QString warehousePath, SyncOptions options = {},
            QObject *parent = nullptr);
    ~SyncJob() override;

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(std::shared_ptr<const cw::SyncJob::Batch> batch);
    void finished(const cw::SyncSummary &summary);

private:
    void run();

    Project m_project;
    ConfigurationValues m_values;
    QString m_warehousePath;
    SyncOptions m_options;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace cw

Q_DECLARE_METATYPE(std::shared_ptr<const cw::SyncJob::Batch>)
Q_DECLARE_METATYPE(cw::SyncSummary)
