// SPDX-License-Identifier: MIT
#include "widgets/mapping/fivetrantypedelegate.h"

#include <QComboBox>

#include "models/core/project/project.h"

namespace cw {

QWidget *FivetranTypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (int t = int(FivetranType::Unspecified); t <= int(FivetranType::Json); ++t) {
        const QString name = toString(FivetranType(t));
        combo->addItem(name.isEmpty() ? tr("(left to Fivetran)") : name, name);
    }
    return combo;
}

void FivetranTypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void FivetranTypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace cw
