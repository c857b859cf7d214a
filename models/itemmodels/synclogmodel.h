// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

#include "models/core/sync/syncengine.h"

namespace cw {

/// The log lines of a run (engine messages, retries, stream starts and ends) with levels.
class SyncLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogModel)

public:
    enum Column { TimeColumn, LevelColumn, StreamColumn, MessageColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1 };
    struct Line {
        qint64 elapsedMs = 0;
        LogLevel level = LogLevel::Info;
        QString stream;
        QString message;
    };

    explicit SyncLogModel(QObject *parent = nullptr);
    void append(const QList<Line> &lines);
    void clear();
    const Line &line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Line> m_lines;
};

/// Shows log lines at or above a level that contain a text (case-insensitive).
class SyncLogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogFilter)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimumLevel(LogLevel level);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogLevel m_level = LogLevel::Debug;
    QString m_text;
};

} // namespace cw
