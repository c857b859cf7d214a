// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace cw {

/// Offers a combo box where the model lists allowed values (ParameterTableModel's
/// AllowedValuesRole): the parameter location always, an enum from a spec for values.
/// Values stay free text: an enum in a spec is a hint, and templates must remain possible.
class ParameterDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace cw
