// SPDX-License-Identifier: MIT
#include "models/itemmodels/previewtablemodel.h"

#include <QFont>

namespace cw {

PreviewTableModel::PreviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PreviewTableModel::setTable(const MappingPlan &plan, int tableIndex, std::shared_ptr<const std::vector<TableRows>> rows)
{
    beginResetModel();
    m_tableIndex = tableIndex;
    m_table = tableIndex >= 0 && tableIndex < plan.tables.size() ? plan.tables[tableIndex] : PlanTable{};
    m_rows = std::move(rows);
    endResetModel();
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_rows || m_tableIndex < 0 || size_t(m_tableIndex) >= m_rows->size())
        return 0;
    return int((*m_rows)[size_t(m_tableIndex)].rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QString PreviewTableModel::displayText(const JsonValue &value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return QString::fromStdString(value.get_ref<const std::string &>());
    return QString::fromStdString(value.dump(-1, ' ', false, JsonValue::error_handler_t::replace));
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const JsonValue &value = (*m_rows)[size_t(m_tableIndex)].rows[size_t(index.row())][size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = displayText(value);
        // A cell shows one line; the tooltip has the whole value.
        if (text.size() > 200)
            text = text.left(200) + QChar(0x2026);
        return text.replace(u'\n', u' ');
    }
    case Qt::ToolTipRole:
        return value.is_null() ? tr("null") : displayText(value).left(4000);
    case Qt::TextAlignmentRole:
        return value.is_number() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::EditRole:
        return displayText(value);
    default:
        return {};
    }
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_table.columns.size())
        return {};
    const PlanColumn &column = m_table.columns[section];
    if (role == Qt::DisplayRole)
        return column.name;
    if (role == Qt::FontRole && m_table.primaryKey.contains(column.name)) {
        QFont font;
        font.setBold(true); // key columns stand out, as in a database browser
        return font;
    }
    if (role == Qt::ToolTipRole) {
        QString type = column.type == FivetranType::Unspecified ? tr("left to Fivetran") : toString(column.type);
        QString text = tr("%1 · %2").arg(column.name, type);
        if (m_table.primaryKey.contains(column.name))
            text += tr(" · primary key");
        if (!column.sourcePath.isEmpty())
            text += tr("\nfrom %1").arg(column.sourcePath);
        return text;
    }
    return {};
}

std::shared_ptr<const std::vector<TableRows>> previewRows(const MappingPlan &plan, const std::vector<JsonValue> &records)
{
    auto rows = std::make_shared<std::vector<TableRows>>(size_t(plan.tables.size()));
    const RecordMapper mapper(plan);
    for (const JsonValue &record : records)
        mapper.map(record, *rows);
    return rows;
}

} // namespace cw
