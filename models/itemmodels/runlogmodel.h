// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

#include "models/core/http/httpclient.h"

namespace cw {

/// One request of a run (or one wait before a retry), as shown in the run panel's timeline.
/// The URL and the kept response are already redacted.
struct RunLogEntry {
    qint64 elapsedMs = 0;  ///< since the run started
    QString stream;
    int page = 0;          ///< 1-based; 0 for a retry wait
    int attempt = 0;       ///< 1 for the first try
    int status = 0;        ///< HTTP status, 0 when the transfer failed or for a wait
    qint64 records = -1;   ///< -1 until the page is read
    qint64 bytes = 0;
    double milliseconds = 0;
    QString method;
    QString url;
    QString note;          ///< why pagination went on or stopped, the error, or the wait
    bool error = false;
    bool retryWait = false;
    HttpHeaders responseHeaders;
    QByteArray responseBody;  ///< kept for the latest requests only (RunLogModel::kKeptBodies)
};

/// The request timeline of the current run, appended as requests complete.
class RunLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogModel)

public:
    enum Column { TimeColumn, StreamColumn, PageColumn, StatusColumn, RecordsColumn, DurationColumn, UrlColumn,
                  NoteColumn, ColumnCount };
    /// Responses are kept for this many latest requests, so a million-page run stays small.
    static constexpr int kKeptBodies = 300;

    explicit RunLogModel(QObject *parent = nullptr);

    void append(const RunLogEntry &entry);
    void append(const QList<RunLogEntry> &entries);
    /// The page just read for `stream`: fills in the records and the pagination decision of
    /// that stream's latest request.
    void notePage(const QString &stream, int page, qint64 records, const QString &pagination);
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
