// SPDX-License-Identifier: MIT
#include "models/itemmodels/runlogmodel.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cw {

RunLogModel::RunLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunLogModel::append(const RunLogEntry &entry)
{
    append(QList<RunLogEntry>{entry});
}

void RunLogModel::append(const QList<RunLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
    // Drop the responses of older requests: their rows stay, their bodies go.
    // Entries before first - kKeptBodies were cleared by earlier calls.
    const qsizetype keepFrom = m_entries.size() - kKeptBodies;
    for (qsizetype i = std::max<qsizetype>(0, first - kKeptBodies); i < keepFrom; ++i) {
        m_entries[i].responseBody.clear();
        m_entries[i].responseHeaders.clear();
    }
}

void RunLogModel::notePage(const QString &stream, int page, qint64 records, const QString &pagination)
{
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        RunLogEntry &e = m_entries[row];
        if (e.stream != stream || e.retryWait)
            continue;
        e.page = page;
        e.records = records;
        if (!pagination.isEmpty() && !e.error)
            e.note = pagination;
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        return;
    }
}

void RunLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int RunLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const RunLogEntry &e = m_entries.at(index.row());
    if (role == Qt::ForegroundRole) {
        if (e.error)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (e.retryWait)
            return QBrush(QColor(0x9c, 0x6a, 0x00));
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == PageColumn || index.column() == StatusColumn
                                          || index.column() == RecordsColumn || index.column() == DurationColumn
                                          || index.column() == TimeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == UrlColumn || index.column() == NoteColumn))
        return index.column() == UrlColumn ? e.url : e.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QStringLiteral("%1 s").arg(double(e.elapsedMs) / 1000.0, 0, 'f', 2);
    case StreamColumn:
        return e.stream;
    case PageColumn:
        return e.page > 0 ? QVariant(e.page) : QVariant();
    case StatusColumn:
        if (e.retryWait)
            return tr("wait");
        return e.status == 0 ? QStringLiteral("—") : QString::number(e.status);
    case RecordsColumn:
        return e.records >= 0 ? QVariant(e.records) : QVariant();
    case DurationColumn:
        return QStringLiteral("%1 ms").arg(e.milliseconds, 0, 'f', 1);
    case UrlColumn:
        return e.retryWait ? QString() : QString(e.method + u' ' + e.url);
    case NoteColumn:
        return e.attempt > 1 && !e.retryWait ? tr("attempt %1 · %2").arg(e.attempt).arg(e.note) : e.note;
    default:
        return {};
    }
}

QVariant RunLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("At");
    case StreamColumn: return tr("Stream");
    case PageColumn: return tr("Page");
    case StatusColumn: return tr("Status");
    case RecordsColumn: return tr("Records");
    case DurationColumn: return tr("Duration");
    case UrlColumn: return tr("Request");
    case NoteColumn: return tr("Pagination / note");
    default: return {};
    }
}

} // namespace cw
