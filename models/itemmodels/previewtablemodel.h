// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include <QAbstractTableModel>

#include "models/core/schema/mappingplan.h"

namespace cw {

/// The rows one destination table would receive from the samples, as RecordMapper produces
/// them: the destination preview of the mapping editor. Cells are formatted only when shown,
/// so ten thousand rows cost nothing until scrolled to.
class PreviewTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewTableModel)

public:
    explicit PreviewTableModel(QObject *parent = nullptr);

    /// Shows table `tableIndex` of `plan` with its rows from `rows` (one entry per plan table).
    void setTable(const MappingPlan &plan, int tableIndex, std::shared_ptr<const std::vector<TableRows>> rows);
    QString tableName() const { return m_table.name; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The text a cell shows: strings as they are, null empty, objects and arrays as compact JSON.
    static QString displayText(const JsonValue &value);

private:
    PlanTable m_table;
    int m_tableIndex = -1;
    std::shared_ptr<const std::vector<TableRows>> m_rows;
};

/// Maps `records` with `plan`: the rows of every table, for the preview and `cwb preview`.
std::shared_ptr<const std::vector<TableRows>> previewRows(const MappingPlan &plan, const std::vector<JsonValue> &records);

} // namespace cw
