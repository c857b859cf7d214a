// SPDX-License-Identifier: MIT
#include "models/itemmodels/warehousequerymodel.h"

#include <QBrush>
#include <QPalette>

namespace cw {

WarehouseQueryModel::WarehouseQueryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

WarehouseQueryModel::~WarehouseQueryModel() = default;

bool WarehouseQueryModel::open(const QString &path, QString *error)
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_more = false;
    m_warehouse = std::make_unique<Warehouse>();
    const bool ok = m_warehouse->open(path, error);
    if (!ok)
        m_warehouse.reset();
    endResetModel();
    return ok;
}

void WarehouseQueryModel::close()
{
    beginResetModel();
    m_warehouse.reset();
    m_rows.clear();
    m_columns.clear();
    m_sql.clear();
    m_more = false;
    endResetModel();
}

bool WarehouseQueryModel::isOpen() const
{
    return m_warehouse && m_warehouse->isOpen();
}

void WarehouseQueryModel::showTable(const QString &table)
{
    QString quoted = table;
    quoted.replace(u'"', QStringLiteral("\"\""));
    setQuery(QStringLiteral("SELECT * FROM \"%1\"").arg(quoted));
}

QueryResult WarehouseQueryModel::page(qint64 offset) const
{
    // Paging by wrapping the statement keeps any user query lazy without parsing it.
    const QString sql = QStringLiteral("SELECT * FROM (%1) LIMIT %2 OFFSET %3").arg(m_sql).arg(kPageRows + 1).arg(offset);
    QueryResult result = m_warehouse->query(sql);
    if (!result.error.isEmpty() && offset == 0) {
        // Statements that cannot be a subquery (PRAGMA, a trailing semicolon) run as they are.
        result = m_warehouse->query(m_sql, 10'000);
    }
    return result;
}

bool WarehouseQueryModel::setQuery(const QString &sql)
{
    QString statement = sql.trimmed();
    while (statement.endsWith(u';'))
        statement.chop(1);
    beginResetModel();
    m_sql = statement;
    m_rows.clear();
    m_columns.clear();
    m_more = false;
    m_error.clear();
    if (!isOpen()) {
        m_error = tr("No warehouse yet: run a sync first.");
    } else if (!statement.isEmpty()) {
        QueryResult result = page(0);
        if (!result.error.isEmpty()) {
            m_error = result.error;
        } else {
            m_columns = result.columns;
            m_more = result.rows.size() > size_t(kPageRows);
            if (m_more)
                result.rows.resize(kPageRows);
            m_rows = std::move(result.rows);
        }
    }
    endResetModel();
    return m_error.isEmpty();
}

void WarehouseQueryModel::refresh()
{
    if (!m_sql.isEmpty())
        setQuery(m_sql);
}

int WarehouseQueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WarehouseQueryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool WarehouseQueryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void WarehouseQueryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || !isOpen())
        return;
    QueryResult result = page(qint64(m_rows.size()));
    if (!result.error.isEmpty() || result.rows.empty()) {
        m_more = false;
        return;
    }
    const bool more = result.rows.size() > size_t(kPageRows);
    if (more)
        result.rows.resize(kPageRows);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(result.rows.size()) - 1);
    for (auto &row : result.rows)
        m_rows.push_back(std::move(row));
    m_more = more;
    endInsertRows();
}

QVariant WarehouseQueryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const JsonValue &value = m_rows[size_t(index.row())][size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole: {
        if (value.is_null())
            return role == Qt::DisplayRole ? QStringLiteral("NULL") : QString();
        if (value.is_string()) {
            const QString text = QString::fromStdString(value.get_ref<const std::string &>());
            return role == Qt::DisplayRole && text.size() > 200 ? text.left(200) + QChar(0x2026) : text;
        }
        return QString::fromStdString(value.dump());
    }
    case Qt::ForegroundRole:
        // NULL is shown as a word, greyed, as database browsers do, so it differs from "".
        return value.is_null() ? QVariant(QBrush(QPalette().color(QPalette::Disabled, QPalette::Text))) : QVariant();
    case Qt::TextAlignmentRole:
        return value.is_number() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant WarehouseQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_columns.value(section);
}

} // namespace cw
