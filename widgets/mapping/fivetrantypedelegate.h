// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace cw {

/// Edits a Fivetran type with a combo box of the types the SDK accepts.
class FivetranTypeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace cw
