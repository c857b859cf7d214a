// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include "models/core/support/json.h"

#include <QAbstractItemModel>

namespace cw {

/// A read-only tree over a parsed JSON document: Key | Value | Type.
/// Child nodes are created only when a view asks for them, so opening a large document
/// costs nothing until it is expanded.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1 }; ///< the node's JSON pointer, e.g. "/data/0/id"

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(std::shared_ptr<const JsonValue> document);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        const JsonValue *value = nullptr;
        Node *parent = nullptr;
        int row = 0;
        std::string key;       ///< object key or array index as text
        bool isArrayItem = false;
        mutable std::vector<std::unique_ptr<Node>> children;
        mutable bool populated = false;
    };
    Node *nodeOf(const QModelIndex &index) const;
    void populate(const Node *node) const;
    static QString pointerOf(const Node *node);

    std::shared_ptr<const JsonValue> m_document;
    std::unique_ptr<Node> m_root;
};

} // namespace cw
