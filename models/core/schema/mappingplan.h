// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/project/project.h"
#include "models/core/support/json.h"

/// The resolved destination layout of one stream: what its TableMapping (the user's choices)
/// and the inferred schema of its samples (the defaults) amount to. It is the one mapping
/// implementation of the workbench: the destination preview, the native sync engine, the
/// code generator and the tests of the generated Python all read a MappingPlan, so that
/// they cannot disagree about a column.
namespace cw {

class InferredSchema;

struct PlanColumn {
    enum class Kind {
        Value,      ///< a scalar at sourcePath (a flattened object's leaf included)
        Json,       ///< the object or array at sourcePath, kept whole as a JSON column
        ParentKey,  ///< child tables: a primary-key column of the parent row (sourcePath names it)
        Index       ///< child tables: the element's 0-based index in its array
    };
    QString name;              ///< final destination column name (normalised, collisions suffixed)
    QString sourcePath;        ///< JSON pointer relative to the table's element; ParentKey: parent column name
    Kind kind = Kind::Value;
    FivetranType type = FivetranType::Unspecified; ///< declared type; Unspecified: left to Fivetran
    int precision = 0;         ///< Decimal only
    int scale = 0;             ///< Decimal only
    bool operator==(const PlanColumn &) const = default;
};

struct PlanTable {
    QString name;              ///< final destination table name
    int parent = -1;           ///< index of the parent table in MappingPlan::tables; -1 for the root
    QString arrayPath;         ///< child tables: JSON pointer of the array, relative to the parent's element
    QList<PlanColumn> columns; ///< in destination order
    QStringList primaryKey;    ///< column names; empty: the warehouse keys rows by _fivetran_id
    bool operator==(const PlanTable &) const = default;
};

struct MappingPlan {
    QList<PlanTable> tables;   ///< tables[0] is the stream's own table; children follow their parent
    QString cursorColumn;      ///< destination column of the incremental cursor, if any
    QStringList notes;         ///< renames and collision suffixes applied, for the warnings list

    /// Resolves `stream.table` against `schema` (may be empty: then only explicit columns).
    static MappingPlan build(const Stream &stream, const InferredSchema &schema);
    int tableIndex(const QString &name) const;
    bool operator==(const MappingPlan &) const = default;
};

/// One primary-key column of a stream's root table and where a deletions feed's record holds it.
struct DeletionKey {
    QString column;
    QString path;              ///< JSON pointer into the deleted record
    bool operator==(const DeletionKey &) const = default;
};
/// The keys a deletions feed deletes by: the root table's primary key, each read at the
/// feed's keyPaths entry in order or, without one, where the stream's records hold it.
/// Empty when the plan's root table has no primary key.
QList<DeletionKey> deletionKeys(const Stream &stream, const MappingPlan &plan);

/// "value", "json", "parentKey", "index".
QString toString(PlanColumn::Kind kind);
/// {"tables": [{"name", "parent", "arrayPath", "primaryKey", "columns": [{"name", "source",
/// "kind", "type"[, "precision", "scale"]}]}], "cursorColumn", "notes"} for cwb and tests.
JsonValue toJson(const MappingPlan &plan);

/// Rows of one table, values aligned with PlanTable::columns. A value is null when the record
/// lacks the path. Json columns hold the object or array itself; the warehouse decides the
/// storage form, so that the native engine and the Python runtime store identical bytes.
struct TableRows {
    std::vector<std::vector<JsonValue>> rows;
};

/// Applies a plan to records. Cheap to copy; thread-compatible (const use from many threads).
class RecordMapper final
{
public:
    explicit RecordMapper(MappingPlan plan);
    const MappingPlan &plan() const { return m_plan; }
    /// Appends the rows produced by `record` to `out` (resized to the number of tables).
    void map(const JsonValue &record, std::vector<TableRows> &out) const;
    /// The same rows as map(), but the values they take are moved out of `record` rather
    /// than copied; `record` is left in an unspecified state. For a page nobody reads after.
    void take(JsonValue &record, std::vector<TableRows> &out) const;

    struct Compiled;

private:
    MappingPlan m_plan;
    /// The plan's source paths as per-table tries of member names, built once, so that
    /// map() reads each record member once with one hash lookup and parses no pointer.
    std::shared_ptr<const Compiled> m_compiled;
};

} // namespace cw
