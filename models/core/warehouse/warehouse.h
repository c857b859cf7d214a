// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "models/core/project/project.h"
#include "models/core/schema/mappingplan.h"
#include "models/core/support/json.h"

struct sqlite3;

/// The local warehouse: one SQLite database per project where syncs land, shaped like a
/// Fivetran destination. docs/warehouse.md describes the file, the type mapping and the
/// system tables; this header is the API the sync engine, the Python runtime and the run
/// panel share.
namespace cw {

/// How a Fivetran type is stored. Values are normalised on the way in (UTC_DATETIME to
/// `YYYY-MM-DDTHH:MM:SS[.f]Z`, DECIMAL to exactly `scale` fraction digits, JSON to compact
/// text), so that the native engine and a Python connector store identical bytes.
///
/// | Fivetran type                 | SQLite column | stored value                                   |
/// |-------------------------------|---------------|------------------------------------------------|
/// | BOOLEAN                       | INTEGER       | 0 or 1                                         |
/// | SHORT, INT, LONG              | INTEGER       | 64-bit integer                                 |
/// | FLOAT, DOUBLE                 | REAL          | IEEE double                                    |
/// | DECIMAL(p,s)                  | TEXT          | exact decimal text, `s` fraction digits        |
/// | NAIVE_DATE                    | TEXT          | `YYYY-MM-DD`                                   |
/// | NAIVE_DATETIME                | TEXT          | `YYYY-MM-DDTHH:MM:SS[.f]`                      |
/// | UTC_DATETIME                  | TEXT          | `YYYY-MM-DDTHH:MM:SS[.f]Z`, converted to UTC   |
/// | BINARY                        | BLOB          | bytes (base64 strings are decoded)             |
/// | STRING, XML                   | TEXT          | the string; other scalars as their JSON text   |
/// | JSON                          | TEXT          | compact JSON (nlohmann dump(), key order kept) |
/// | unspecified                   | (none)        | as the JSON value comes: integer, real, text, 0/1, compact JSON |
///
/// DECIMAL is TEXT rather than NUMERIC because NUMERIC affinity would turn "12.50" into the
/// double 12.5; text keeps the exact value and the scale.
QString sqliteType(FivetranType type);

/// A value as stored for `type` (what a SELECT returns), as JSON: for tests, previews and
/// the Python runtime's self-check. Null stays null.
JsonValue normalisedValue(const JsonValue &value, FivetranType type, int precision = 0, int scale = 0);

struct WarehouseColumn {
    QString name;
    FivetranType type = FivetranType::Unspecified; ///< declared, or inferred from the first non-null value
    int precision = 0;         ///< Decimal only
    int scale = 0;             ///< Decimal only
    bool primaryKey = false;
    bool operator==(const WarehouseColumn &) const = default;
};

struct WarehouseTable {
    QString name;
    QStringList primaryKey;    ///< empty: rows are keyed by _fivetran_id, a hash of the row
    QList<WarehouseColumn> columns; ///< user columns in table order; the system columns follow them
    qint64 rowCount = -1;      ///< rows, deleted ones included; -1 when not counted
};

/// Operations in Fivetran's local-tester terms (its "SYNC PROGRESS" table).
struct OperationCounts {
    qint64 upserts = 0;
    qint64 updates = 0;
    qint64 deletes = 0;
    qint64 truncates = 0;
    qint64 schemaChanges = 0; ///< tables created and columns added
    OperationCounts &operator+=(const OperationCounts &other);
    bool operator==(const OperationCounts &) const = default;
};

/// One entry of the checkpoint log.
struct CheckpointEntry {
    qint64 sequence = 0;       ///< increasing; never reused, also not after a restore
    QDateTime time;            ///< UTC
    QString stream;            ///< the stream that checkpointed; empty for a Python connector's checkpoint
    QString note;              ///< empty for a checkpoint; says what happened for a restore or --state
    JsonValue state = JsonValue::object(); ///< the whole state as of this checkpoint
    QMap<QString, qint64> rowsPerTable;    ///< rows written per table since the previous checkpoint
    OperationCounts operations;            ///< since the previous checkpoint
};

struct QueryResult {
    QStringList columns;
    /// Integers, reals, text (strings), null; blobs as base64 strings.
    std::vector<std::vector<JsonValue>> rows;
    bool truncated = false;    ///< more rows than the limit
    QString error;
};

/// One SQLite connection to a warehouse file; use it from one thread. The engine writes
/// through one Warehouse while the GUI reads through another on the same file: WAL lets
/// readers see the last committed checkpoint while a page is being written.
///
/// Writes (the plan path, the generic operations and schema changes) open a transaction
/// on the first write; commitCheckpoint() commits them together with the new state, so a
/// killed process leaves the warehouse exactly at its last checkpoint. rollback() (or
/// close() without a checkpoint) discards them.
class Warehouse final
{
public:
    Warehouse();
    ~Warehouse();
    Warehouse(const Warehouse &) = delete;
    Warehouse &operator=(const Warehouse &) = delete;

    static constexpr int kSchemaVersion = 1;
    /// "<dir>/shop.cwproj" -> "<dir>/shop.warehouse.db" (any other name gets ".warehouse.db" appended).
    static QString pathForProject(const QString &projectFile);

    /// Opens or creates the database (WAL, synchronous=NORMAL). A database written by a
    /// newer version is refused.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    /// Discards uncommitted writes and closes.
    void close();
    QString path() const;
    QString lastError() const;

    // ---- Writing: the plan-aligned path (native engine)

    /// Creates the table or adds the columns it lacks (schema evolution: columns are only
    /// ever added). Fails when the table exists with another primary key, as Fivetran's
    /// tester does ("reset" the warehouse then). Returns a handle for upsertRows(), or -1.
    int prepareTable(const PlanTable &table, QString *error = nullptr);
    /// Upserts rows whose values are aligned with the PlanTable's columns (TableRows from
    /// RecordMapper): a whole-row replace by primary key, or by _fivetran_id without one.
    bool upsertRows(int handle, const TableRows &rows, QString *error = nullptr);

    // ---- Writing: generic operations (the Python runtime; also deletions feeds)

    /// Declares a table like a connector's schema(): its primary key and the types of some
    /// columns. Undeclared columns are created when a non-null value first arrives.
    bool declareTable(const QString &table, const QStringList &primaryKey, const QList<WarehouseColumn> &columns,
                      QString *error = nullptr);
    /// op.upsert: `row` is an object of column -> value. Unknown tables and columns are
    /// created on the fly (types inferred from the values); columns the row lacks are NULL.
    bool upsert(const QString &table, const JsonValue &row, QString *error = nullptr);
    /// op.update: sets the given columns of the existing row with these primary-key values.
    bool update(const QString &table, const JsonValue &modified, QString *error = nullptr);
    /// op.delete: sets _fivetran_deleted on the row with these primary-key values.
    bool remove(const QString &table, const JsonValue &keys, QString *error = nullptr);
    /// op.truncate: soft-deletes every row written before this call.
    bool truncate(const QString &table, QString *error = nullptr);

    /// Commits everything written since the last checkpoint together with `state` and a
    /// checkpoint log entry, in one transaction. `committed` receives the entry.
    bool commitCheckpoint(const JsonValue &state, const QString &stream = {}, CheckpointEntry *committed = nullptr,
                          QString *error = nullptr);
    /// Discards everything written since the last checkpoint.
    void rollback();
    /// What was written since the last checkpoint.
    OperationCounts pendingOperations() const;
    bool hasPendingWrites() const;

    /// A small value of the warehouse's own (the engine keeps the records it inferred a
    /// stream's columns from, so that a resumed sync maps them the same way). setMeta() is
    /// part of the current transaction, committed by the next checkpoint.
    QByteArray meta(const QString &key) const;
    bool setMeta(const QString &key, const QByteArray &value, QString *error = nullptr);

    // ---- State

    /// The state of the last checkpoint; {} for a new warehouse.
    JsonValue state() const;
    /// Replaces the state (cwb run --state FILE) and logs it as an entry with `note`.
    bool setState(const JsonValue &state, const QString &note, CheckpointEntry *committed = nullptr,
                  QString *error = nullptr);
    /// Makes checkpoint `sequence`'s state the current one and logs that as a new entry.
    /// Rows written after that checkpoint stay: a sync from the restored state fetches
    /// their records again and upserts them by key (see docs/warehouse.md, "Resuming").
    bool restoreCheckpoint(qint64 sequence, CheckpointEntry *committed = nullptr, QString *error = nullptr);
    /// Writes the state as a `state.json` that `fivetran debug --state` accepts.
    bool exportState(const QString &path, QString *error = nullptr) const;
    /// Drops every table, the state and the checkpoint log (like `fivetran reset`).
    bool reset(QString *error = nullptr);

    // ---- Reading (the run panel, tests)

    QList<WarehouseTable> tables(bool countRows = false) const;
    std::optional<WarehouseTable> table(const QString &name, bool countRows = false) const;
    /// Log entries with a sequence greater than `afterSequence`, oldest first; `limit` 0: all.
    QList<CheckpointEntry> checkpoints(qint64 afterSequence = 0, int limit = 0) const;
    std::optional<CheckpointEntry> checkpoint(qint64 sequence) const;
    qint64 lastCheckpointSequence() const;
    /// Runs one read-only statement (anything that would write is refused). `limit` 0: all rows.
    QueryResult query(const QString &sql, int limit = 0) const;

    /// The compact JSON text stored for a JSON value (nlohmann dump(), UTF-8 unescaped).
    static std::string compactJson(const JsonValue &value);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw
