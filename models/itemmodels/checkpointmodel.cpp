// SPDX-License-Identifier: MIT
#include "models/itemmodels/checkpointmodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace cw {

namespace {

QString text(const JsonValue &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get_ref<const std::string &>());
    return QString::fromStdString(value.dump(-1, ' ', false, JsonValue::error_handler_t::replace));
}

void diff(const JsonValue &before, const JsonValue &after, const QString &prefix, QStringList &out)
{
    if (before.is_object() && after.is_object()) {
        for (auto it = after.begin(); it != after.end(); ++it) {
            const QString key = prefix.isEmpty() ? QString::fromStdString(it.key())
                                                 : prefix + u'.' + QString::fromStdString(it.key());
            const auto old = before.find(it.key());
            diff(old == before.end() ? JsonValue() : *old, it.value(), key, out);
        }
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (!after.contains(it.key()))
                out.append(QStringLiteral("%1: %2 → (removed)").arg(prefix.isEmpty() ? QString::fromStdString(it.key())
                                                                                     : prefix + u'.' + QString::fromStdString(it.key()),
                                                                  text(it.value())));
        }
        return;
    }
    if (before == after)
        return;
    out.append(before.is_null() ? QStringLiteral("%1: %2").arg(prefix, text(after))
                                : QStringLiteral("%1: %2 → %3").arg(prefix, text(before), text(after)));
}

} // namespace

CheckpointModel::CheckpointModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QStringList CheckpointModel::stateChanges(const JsonValue &before, const JsonValue &after)
{
    QStringList out;
    diff(before, after, {}, out);
    return out;
}

void CheckpointModel::setEntries(const QList<CheckpointEntry> &entries)
{
    beginResetModel();
    m_entries.clear();
    m_changes.clear();
    endResetModel();
    append(entries);
}

void CheckpointModel::append(const QList<CheckpointEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    for (const CheckpointEntry &entry : entries) {
        static const JsonValue kEmpty = JsonValue::object();
        m_changes.append(stateChanges(m_entries.isEmpty() ? kEmpty : m_entries.last().state, entry.state));
        m_entries.append(entry);
    }
    endInsertRows();
}

int CheckpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CheckpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckpointModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const CheckpointEntry &e = m_entries.at(index.row());
    if (role == SequenceRole)
        return e.sequence;
    if (role == Qt::ForegroundRole && !e.note.isEmpty())
        return QBrush(QPalette().color(QPalette::Link)); // restores and --state stand out
    if (role == Qt::TextAlignmentRole && (index.column() == SequenceColumn || index.column() == RowsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == StateColumn)
            return QString::fromStdString(e.state.dump(2, ' ', false, JsonValue::error_handler_t::replace));
        if (index.column() == ChangeColumn)
            return m_changes.at(index.row()).join(u'\n');
        if (index.column() == RowsColumn) {
            QStringList lines;
            for (auto it = e.rowsPerTable.cbegin(); it != e.rowsPerTable.cend(); ++it)
                lines.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
            return lines.join(u'\n');
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SequenceColumn:
        return e.sequence;
    case TimeColumn:
        return QLocale().toString(e.time.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case StreamColumn:
        return e.note.isEmpty() ? e.stream : e.note;
    case RowsColumn: {
        qint64 rows = 0;
        for (qint64 n : e.rowsPerTable)
            rows += n;
        return rows;
    }
    case OperationsColumn: {
        const OperationCounts &o = e.operations;
        QStringList parts;
        if (o.upserts)
            parts.append(tr("%1 upserts").arg(o.upserts));
        if (o.updates)
            parts.append(tr("%1 updates").arg(o.updates));
        if (o.deletes)
            parts.append(tr("%1 deletes").arg(o.deletes));
        if (o.truncates)
            parts.append(tr("%1 truncates").arg(o.truncates));
        if (o.schemaChanges)
            parts.append(tr("%1 schema changes").arg(o.schemaChanges));
        return parts.join(QStringLiteral(", "));
    }
    case ChangeColumn: {
        const QStringList &changes = m_changes.at(index.row());
        return changes.isEmpty() ? tr("(state unchanged)") : changes.join(QStringLiteral("; "));
    }
    case StateColumn:
        return QString::fromStdString(e.state.dump(-1, ' ', false, JsonValue::error_handler_t::replace));
    default:
        return {};
    }
}

QVariant CheckpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SequenceColumn: return tr("#");
    case TimeColumn: return tr("Time");
    case StreamColumn: return tr("Stream");
    case RowsColumn: return tr("Rows");
    case OperationsColumn: return tr("Operations");
    case ChangeColumn: return tr("State change");
    case StateColumn: return tr("State");
    default: return {};
    }
}

} // namespace cw
