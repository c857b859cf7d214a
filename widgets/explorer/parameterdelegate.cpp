// SPDX-License-Identifier: MIT
#include "widgets/explorer/parameterdelegate.h"

#include <QComboBox>

#include "models/itemmodels/parametertablemodel.h"

namespace cw {

QWidget *ParameterDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList allowed = index.data(ParameterTableModel::AllowedValuesRole).toStringList();
    if (allowed.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->addItems(allowed);
    combo->setEditable(index.column() == ParameterTableModel::ValueColumn);
    return combo;
}

void ParameterDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ParameterDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace cw
