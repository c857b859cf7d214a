// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/core/warehouse/warehouse.h"

namespace cw {

/// The checkpoint timeline of a warehouse: every committed checkpoint (and every restore)
/// with its rows, operations, state, and how the state differs from the previous entry.
class CheckpointModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointModel)

public:
    enum Column { SequenceColumn, TimeColumn, StreamColumn, RowsColumn, OperationsColumn, ChangeColumn, StateColumn,
                  ColumnCount };
    enum Role { SequenceRole = Qt::UserRole + 1 };

    explicit CheckpointModel(QObject *parent = nullptr);

    void setEntries(const QList<CheckpointEntry> &entries);
    void append(const QList<CheckpointEntry> &entries);
    const CheckpointEntry &entry(int row) const { return m_entries.at(row); }
    qint64 lastSequence() const { return m_entries.isEmpty() ? 0 : m_entries.last().sequence; }

    /// "orders.cursor: 2024-01-01 → 2024-01-05" lines for what changed between two states.
    static QStringList stateChanges(const JsonValue &before, const JsonValue &after);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CheckpointEntry> m_entries;
    QList<QStringList> m_changes;  ///< per entry, against the one before it
};

} // namespace cw
