// SPDX-License-Identifier: MIT
#include "widgets/mapping/mappingmodedelegate.h"

#include <QComboBox>

#include "models/itemmodels/mappingtreemodel.h"

namespace cw {

QWidget *MappingModeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->addItems(index.data(MappingTreeModel::ModeChoicesRole).toStringList());
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<MappingModeDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void MappingModeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findText(index.data(Qt::EditRole).toString())));
}

void MappingModeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

} // namespace cw
