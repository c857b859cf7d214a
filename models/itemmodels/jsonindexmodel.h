// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QAbstractItemModel>

#include "models/core/json/jsonindex.h"

namespace cw {

/// A read-only tree over a JsonIndex: Key | Value | Type | Children.
///
/// It holds no node objects: an item is (parent container, row), packed
/// into the QModelIndex, and everything shown is read from the body's bytes when the view
/// asks. A 100 MB response therefore costs the index only, and a row of a huge array is O(1)
/// once its container was expanded. The top-level rows are the children of the top-level
/// container (a top-level scalar is one row).
class JsonIndexModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonIndexModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ChildrenColumn, ColumnCount };
    enum Role {
        PointerRole = Qt::UserRole + 1, ///< the item's JSON pointer, e.g. "/data/0/id"
        KindRole,                       ///< int(JsonIndex::Kind)
    };

    explicit JsonIndexModel(QObject *parent = nullptr);
    ~JsonIndexModel() override;

    void setIndex(std::shared_ptr<const JsonIndex> index); ///< O(1): a model reset
    void clear();
    const std::shared_ptr<const JsonIndex> &jsonIndex() const { return m_index; }

    /// The member or item behind a valid index (any column).
    JsonIndex::Child item(const QModelIndex &index) const;
    /// The value as the server sent it ("copy value") and as a DOM (record extraction).
    QByteArray rawValue(const QModelIndex &index) const;
    JsonValue value(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The container whose children are the rows under \a parent, or kNoNode.
    JsonIndex::Node containerOf(const QModelIndex &parent) const;
    QString preview(JsonIndex::Node node) const;
    QString valueText(const JsonIndex::Child &child) const;

    std::shared_ptr<const JsonIndex> m_index;
};

} // namespace cw
