// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace cw {

/// One request of a run, as shown in the run panel. The URL is already redacted.
struct RunLogEntry {
    QString stream;
    int page = 0;          ///< 1-based
    int status = 0;        ///< HTTP status, 0 when the transfer failed
    qint64 records = 0;
    double milliseconds = 0;
    QString method;
    QString url;
    QString note;          ///< error, or why the stream stopped
    bool error = false;
};

/// The requests of the current run, appended as they complete.
class RunLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogModel)

public:
    enum Column { StreamColumn, PageColumn, StatusColumn, RecordsColumn, TimeColumn, UrlColumn, NoteColumn, ColumnCount };

    explicit RunLogModel(QObject *parent = nullptr);

    void append(const RunLogEntry &entry);
    void clear();
    const RunLogEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RunLogEntry> m_entries;
};

} // namespace cw
