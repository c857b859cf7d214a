// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QAbstractTableModel>

#include "models/core/warehouse/warehouse.h"

namespace cw {

/// A read-only query over the local warehouse, fetched lazily a page of rows at a time as
/// the view scrolls (canFetchMore/fetchMore), so that a table of a million rows opens at once.
/// It reads through its own Warehouse connection; WAL lets it see each committed checkpoint
/// while a sync writes.
class WarehouseQueryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarehouseQueryModel)

public:
    static constexpr int kPageRows = 500;

    explicit WarehouseQueryModel(QObject *parent = nullptr);
    ~WarehouseQueryModel() override;

    /// Opens the warehouse file (closing any previous one). Returns false with `error` set.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;
    Warehouse *warehouse() const { return m_warehouse.get(); }

    /// Shows every row of `table`.
    void showTable(const QString &table);
    /// Runs a read-only statement; returns false (and error()) when SQLite refuses it.
    bool setQuery(const QString &sql);
    QString query() const { return m_sql; }
    QString error() const { return m_error; }
    /// Runs the current query again from the top (after a checkpoint).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QueryResult page(qint64 offset) const;

    std::unique_ptr<Warehouse> m_warehouse;
    QString m_sql;
    QString m_error;
    QStringList m_columns;
    std::vector<std::vector<JsonValue>> m_rows;
    bool m_more = false;
};

} // namespace cw
