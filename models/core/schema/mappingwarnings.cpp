// SPDX-License-Identifier: MIT
#include "models/core/schema/mappingwarnings.h"

#include <unordered_set>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::MappingWarnings)
};

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

/// The element path of every table ("" for the root, "/items/*" for its child), so that a
/// column's sourcePath can be matched with a path of the inferred schema.
QList<QString> tableBases(const MappingPlan &plan)
{
    QList<QString> bases;
    for (const PlanTable &t : plan.tables)
        bases.append(t.parent < 0 ? QString() : bases.value(t.parent) + t.arrayPath + QStringLiteral("/*"));
    return bases;
}

/// Kinds that no destination type holds together (integers and floats are one family).
int families(const PathInfo &p)
{
    const bool numbers = p.count(JsonKind::Integer) + p.count(JsonKind::Float) > 0;
    return int(numbers) + int(p.count(JsonKind::Boolean) > 0) + int(p.count(JsonKind::String) > 0)
        + int(p.count(JsonKind::Object) > 0) + int(p.count(JsonKind::Array) > 0);
}

/// A cursor value as something ordered: milliseconds for date-times, the number for
/// numbers, otherwise nothing (then strings are compared as text).
std::optional<double> cursorNumber(const JsonValue &v)
{
    if (v.is_number())
        return v.get<double>();
    if (v.is_string()) {
        const QDateTime t = QDateTime::fromString(QString::fromStdString(v.get<std::string>()), Qt::ISODateWithMs);
        if (t.isValid())
            return double(t.toMSecsSinceEpoch());
    }
    return std::nullopt;
}

} // namespace

QString toString(MappingWarning::Severity severity)
{
    return severity == MappingWarning::Severity::Info ? QStringLiteral("info") : QStringLiteral("warning");
}

QString toString(MappingWarning::Kind kind)
{
    switch (kind) {
    case MappingWarning::Kind::NoPrimaryKey: return QStringLiteral("noPrimaryKey");
    case MappingWarning::Kind::PrimaryKeyNull: return QStringLiteral("primaryKeyNull");
    case MappingWarning::Kind::PrimaryKeyDuplicate: return QStringLiteral("primaryKeyDuplicate");
    case MappingWarning::Kind::CursorNotMonotonic: return QStringLiteral("cursorNotMonotonic");
    case MappingWarning::Kind::ConflictingTypes: return QStringLiteral("conflictingTypes");
    case MappingWarning::Kind::AlwaysNull: return QStringLiteral("alwaysNull");
    case MappingWarning::Kind::Name: return QStringLiteral("name");
    case MappingWarning::Kind::Schema: return QStringLiteral("schema");
    }
    return {};
}

QList<MappingWarning> mappingWarnings(const Stream &stream, const MappingPlan &plan, const InferredSchema &schema,
                                      const std::vector<JsonValue> &records)
{
    Q_UNUSED(stream);
    QList<MappingWarning> out;
    if (plan.tables.isEmpty())
        return out;
    const PlanTable &root = plan.tables.front();
    using Kind = MappingWarning::Kind;
    using Severity = MappingWarning::Severity;

    if (root.primaryKey.isEmpty()) {
        out.append({Severity::Warning, Kind::NoPrimaryKey, root.name, {}, {},
                    Tr::tr("Table %1 has no primary key: Fivetran keys its rows by _fivetran_id, a hash of all "
                           "values, so an updated record arrives as a new row.")
                        .arg(quoted(root.name))});
    }

    if (!records.empty()) {
        const RecordMapper mapper(plan);
        std::vector<TableRows> rows;
        for (const JsonValue &record : records)
            mapper.map(record, rows);
        const std::vector<std::vector<JsonValue>> &rootRows = rows.front().rows;

        QList<int> keyColumns;
        for (const QString &key : root.primaryKey) {
            for (qsizetype c = 0; c < root.columns.size(); ++c) {
                if (root.columns[c].name == key)
                    keyColumns.append(int(c));
            }
        }
        if (!keyColumns.isEmpty()) {
            QHash<int, qint64> nulls;
            qint64 duplicates = 0;
            std::string firstDuplicate;
            std::unordered_set<std::string> seen;
            for (const auto &row : rootRows) {
                JsonValue key = JsonValue::array();
                for (const int c : std::as_const(keyColumns)) {
                    if (row[size_t(c)].is_null())
                        ++nulls[c];
                    key.push_back(row[size_t(c)]);
                }
                std::string text = key.dump(-1, ' ', false, JsonValue::error_handler_t::replace);
                if (!seen.insert(text).second && duplicates++ == 0)
                    firstDuplicate = std::move(text);
            }
            for (const int c : std::as_const(keyColumns)) {
                if (const qint64 n = nulls.value(c); n > 0) {
                    const PlanColumn &column = root.columns[c];
                    out.append({Severity::Warning, Kind::PrimaryKeyNull, root.name, column.name, column.sourcePath,
                                Tr::tr("Primary key column %1 is null in %2 of %3 sample records.")
                                    .arg(quoted(column.name))
                                    .arg(n)
                                    .arg(rootRows.size())});
                }
            }
            if (duplicates > 0) {
                out.append({Severity::Warning, Kind::PrimaryKeyDuplicate, root.name, root.primaryKey.join(u", "), {},
                            Tr::tr("%1 sample records repeat a primary key (first %2); they would overwrite each "
                                   "other in the destination.")
                                .arg(duplicates)
                                .arg(QString::fromStdString(firstDuplicate))});
            }
        }

        int cursor = -1;
        for (qsizetype c = 0; c < root.columns.size() && !plan.cursorColumn.isEmpty(); ++c) {
            if (root.columns[c].name == plan.cursorColumn)
                cursor = int(c);
        }
        if (cursor >= 0) {
            bool up = false;
            bool down = false;
            qsizetype firstTurn = -1;
            const JsonValue *previous = nullptr;
            qsizetype index = 0;
            for (const auto &row : rootRows) {
                const JsonValue &v = row[size_t(cursor)];
                ++index;
                if (v.is_null())
                    continue;
                if (previous) {
                    const std::optional<double> a = cursorNumber(*previous);
                    const std::optional<double> b = cursorNumber(v);
                    int order = 0;
                    if (a && b)
                        order = *a < *b ? 1 : (*a > *b ? -1 : 0);
                    else if (previous->is_string() && v.is_string())
                        order = *previous < v ? 1 : (v < *previous ? -1 : 0);
                    up = up || order > 0;
                    down = down || order < 0;
                    if (up && down && firstTurn < 0)
                        firstTurn = index;
                }
                previous = &v;
            }
            if (firstTurn > 0) {
                const PlanColumn &column = root.columns[cursor];
                out.append({Severity::Warning, Kind::CursorNotMonotonic, root.name, column.name, column.sourcePath,
                            Tr::tr("The cursor %1 goes both up and down in the samples (first turn at record %2); "
                                   "an incremental sync that stops mid-way may skip records. Sort by the cursor "
                                   "if the API can.")
                                .arg(quoted(column.name))
                                .arg(firstTurn)});
            }
        }
    }

    const QList<QString> bases = tableBases(plan);
    QHash<QString, QPair<int, int>> columnOfPath;
    for (qsizetype t = 0; t < plan.tables.size(); ++t) {
        for (qsizetype c = 0; c < plan.tables[t].columns.size(); ++c) {
            const PlanColumn &column = plan.tables[t].columns[c];
            if (column.kind == PlanColumn::Kind::Value || column.kind == PlanColumn::Kind::Json)
                columnOfPath.insert(bases[t] + column.sourcePath, {int(t), int(c)});
        }
    }
    for (const PathInfo &p : schema.paths()) {
        if (families(p) < 2)
            continue;
        const auto where = columnOfPath.value(p.path, {-1, -1});
        const QString table = where.first >= 0 ? plan.tables[where.first].name : QString();
        const QString column = where.first >= 0 ? plan.tables[where.first].columns[where.second].name : QString();
        out.append({Severity::Warning, Kind::ConflictingTypes, table, column, p.path,
                    Tr::tr("%1 holds values of different types (%2); it is proposed as %3.")
                        .arg(p.path.isEmpty() ? Tr::tr("The record") : p.path, p.kindSummary(),
                             toString(p.suggestedType))});
    }
    for (qsizetype t = 0; t < plan.tables.size(); ++t) {
        for (const PlanColumn &column : plan.tables[t].columns) {
            if (column.kind != PlanColumn::Kind::Value || column.type != FivetranType::Unspecified)
                continue;
            const PathInfo *p = schema.find(bases[t] + column.sourcePath);
            if (!p || p->occurrences == 0 || p->nonNullCount() > 0)
                continue;
            out.append({Severity::Warning, Kind::AlwaysNull, plan.tables[t].name, column.name, p->path,
                        Tr::tr("Column %1 is null in every sample; Fivetran creates it only when its type is declared.")
                            .arg(quoted(column.name))});
        }
    }
    for (const QString &note : plan.notes)
        out.append({Severity::Info, Kind::Name, {}, {}, {}, note});
    for (const QString &note : schema.notes())
        out.append({Severity::Info, Kind::Schema, {}, {}, {}, note});
    return out;
}

} // namespace cw
