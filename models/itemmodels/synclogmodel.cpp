// SPDX-License-Identifier: MIT
#include "models/itemmodels/synclogmodel.h"

#include <QBrush>
#include <QColor>

namespace cw {

SyncLogModel::SyncLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SyncLogModel::append(const QList<Line> &lines)
{
    if (lines.isEmpty())
        return;
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(lines.size()) - 1);
    m_lines.append(lines);
    endInsertRows();
}

void SyncLogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == LevelRole)
        return int(line.level);
    if (role == Qt::ForegroundRole) {
        if (line.level == LogLevel::Error)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (line.level == LogLevel::Warning)
            return QBrush(QColor(0x9c, 0x6a, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return line.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return QStringLiteral("%1 s").arg(double(line.elapsedMs) / 1000.0, 0, 'f', 2);
    case LevelColumn: return toString(line.level);
    case StreamColumn: return line.stream;
    case MessageColumn: return line.message;
    default: return {};
    }
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("At");
    case LevelColumn: return tr("Level");
    case StreamColumn: return tr("Stream");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

void SyncLogFilter::setMinimumLevel(LogLevel level)
{
    m_level = level;
    invalidateRowsFilter();
}

void SyncLogFilter::setText(const QString &text)
{
    m_text = text;
    invalidateRowsFilter();
}

bool SyncLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *log = static_cast<const SyncLogModel *>(sourceModel());
    if (sourceParent.isValid() || !log)
        return false;
    const SyncLogModel::Line &line = log->line(sourceRow);
    if (int(line.level) < int(m_level))
        return false;
    return m_text.isEmpty() || line.message.contains(m_text, Qt::CaseInsensitive)
        || line.stream.contains(m_text, Qt::CaseInsensitive);
}

} // namespace cw
