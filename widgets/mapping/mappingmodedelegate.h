// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace cw {

/// Edits a path's mapping mode (flatten, JSON, child table, column, skip) with a combo box of
/// the modes that path can take (MappingTreeModel::ModeChoicesRole); the choice applies as
/// soon as it is picked, so one keystroke or click is one undoable step.
class MappingModeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace cw
