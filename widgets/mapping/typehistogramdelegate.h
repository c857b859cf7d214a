// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace cw {

/// Draws the JSON types observed at a path as a small stacked bar, one colour per type, with
/// the dominant type's name beside it: mixed types and nulls are visible at a glance.
class TypeHistogramDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The colour of JsonKind `kind` (0 null … 6 array), shared with the legend in tooltips.
    static QColor kindColor(int kind);
};

} // namespace cw
