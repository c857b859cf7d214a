// SPDX-License-Identifier: MIT
#include "models/itemmodels/runlogmodel.h"

#include <QBrush>
#include <QColor>

namespace cw {

RunLogModel::RunLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunLogModel::append(const RunLogEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
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
    if (role == Qt::ForegroundRole && e.error)
        return QBrush(QColor(0xc0, 0x1c, 0x28));
    if (role == Qt::TextAlignmentRole && (index.column() == PageColumn || index.column() == StatusColumn
                                          || index.column() == RecordsColumn || index.column() == TimeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == UrlColumn || index.column() == NoteColumn))
        return index.column() == UrlColumn ? e.url : e.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StreamColumn:
        return e.stream;
    case PageColumn:
        return e.page;
    case StatusColumn:
        return e.status == 0 ? QStringLiteral("—") : QString::number(e.status);
    case RecordsColumn:
        return e.records;
    case TimeColumn:
        return QStringLiteral("%1 ms").arg(e.milliseconds, 0, 'f', 1);
    case UrlColumn:
        return QString(e.method + u' ' + e.url);
    case NoteColumn:
        return e.note;
    default:
        return {};
    }
}

QVariant RunLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StreamColumn:
        return tr("Stream");
    case PageColumn:
        return tr("Page");
    case StatusColumn:
        return tr("Status");
    case RecordsColumn:
        return tr("Records");
    case TimeColumn:
        return tr("Time");
    case UrlColumn:
        return tr("Request");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace cw
