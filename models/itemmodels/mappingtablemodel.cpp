// SPDX-License-Identifier: MIT
#include "models/itemmodels/mappingtablemodel.h"

#include "models/itemmodels/projectdocument.h"

namespace cw {

MappingTableModel::MappingTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::projectReset, this, [this] { setStreamIndex(-1); });
    connect(document, &ProjectDocument::projectChanged, this, &MappingTableModel::refresh);
}

int MappingTableModel::columnsInStream() const
{
    const QList<Stream> &streams = m_document->project().streams;
    if (m_streamIndex < 0 || m_streamIndex >= streams.size())
        return 0;
    return int(streams[m_streamIndex].table.columns.size());
}

void MappingTableModel::setStreamIndex(int streamIndex)
{
    beginResetModel();
    m_streamIndex = streamIndex;
    m_rows = columnsInStream();
    endResetModel();
}

void MappingTableModel::refresh()
{
    if (m_streamIndex >= m_document->project().streams.size()) {
        setStreamIndex(-1);
        return;
    }
    const int rows = columnsInStream();
    if (rows != m_rows) {
        setStreamIndex(m_streamIndex);
        return;
    }
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

int MappingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MappingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const TableMapping &table = m_document->project().streams.at(m_streamIndex).table;
    const ColumnMapping &column = table.columns.at(index.row());
    const bool isKey = table.primaryKey.contains(column.name);
    switch (index.column()) {
    case IncludeColumn:
        return role == Qt::CheckStateRole ? QVariant(column.include ? Qt::Checked : Qt::Unchecked) : QVariant();
    case PathColumn:
        return role == Qt::DisplayRole ? column.path : QVariant();
    case NameColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? column.name : QVariant();
    case TypeColumn:
        if (role == Qt::DisplayRole) {
            if (column.type == FivetranType::Unspecified)
                return tr("(left to Fivetran)");
            if (column.type == FivetranType::Decimal)
                return QStringLiteral("DECIMAL(%1,%2)").arg(column.precision).arg(column.scale);
            return toString(column.type);
        }
        return role == Qt::EditRole ? toString(column.type) : QVariant();
    case KeyColumn:
        return role == Qt::CheckStateRole ? QVariant(isKey ? Qt::Checked : Qt::Unchecked) : QVariant();
    default:
        return {};
    }
}

bool MappingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index))
        return false;
    Project after = m_document->project();
    TableMapping &table = after.streams[m_streamIndex].table;
    ColumnMapping &column = table.columns[index.row()];
    QString text;
    if (index.column() == IncludeColumn && role == Qt::CheckStateRole) {
        column.include = value.toInt() == Qt::Checked;
        text = column.include ? tr("Include column %1").arg(column.name) : tr("Exclude column %1").arg(column.name);
    } else if (index.column() == NameColumn && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == column.name)
            return false;
        for (const ColumnMapping &other : std::as_const(table.columns)) {
            if (other.name == name)
                return false; // names must stay unique within a table
        }
        const qsizetype keyAt = table.primaryKey.indexOf(column.name);
        if (keyAt >= 0)
            table.primaryKey[keyAt] = name;
        text = tr("Rename column %1 to %2").arg(column.name, name);
        column.name = name;
    } else if (index.column() == TypeColumn && role == Qt::EditRole) {
        const auto type = fivetranTypeFromString(value.toString().trimmed().toUpper());
        if (!type)
            return false;
        column.type = *type;
        if (column.type == FivetranType::Decimal && column.precision == 0) {
            column.precision = 38;
            column.scale = 10;
        }
        text = tr("Set type of %1 to %2").arg(column.name, value.toString());
    } else if (index.column() == KeyColumn && role == Qt::CheckStateRole) {
        if (value.toInt() == Qt::Checked && !table.primaryKey.contains(column.name))
            table.primaryKey.append(column.name);
        else
            table.primaryKey.removeAll(column.name);
        text = tr("Change primary key of %1").arg(table.name);
    } else {
        return false;
    }
    m_document->edit(after, text);
    return true;
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case IncludeColumn:
    case KeyColumn:
        return f | Qt::ItemIsUserCheckable;
    case NameColumn:
    case TypeColumn:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IncludeColumn:
        return tr("Sync");
    case PathColumn:
        return tr("Source path");
    case NameColumn:
        return tr("Column");
    case TypeColumn:
        return tr("Fivetran type");
    case KeyColumn:
        return tr("Key");
    default:
        return {};
    }
}

} // namespace cw
