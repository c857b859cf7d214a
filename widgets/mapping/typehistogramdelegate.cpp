// SPDX-License-Identifier: MIT
#include "widgets/mapping/typehistogramdelegate.h"

#include <QApplication>
#include <QPainter>

#include "models/core/schema/inferredschema.h"
#include "models/itemmodels/mappingtreemodel.h"

namespace cw {

QColor TypeHistogramDelegate::kindColor(int kind)
{
    // Null grey; then boolean, integer, float, string, object, array in distinguishable hues.
    static const QColor colors[kJsonKindCount] = {QColor(0x9a, 0x99, 0x96), QColor(0xc0, 0x61, 0xcb), QColor(0x1c, 0x71, 0xd8),
                                                  QColor(0x26, 0xa2, 0x69), QColor(0xe5, 0xa5, 0x0a), QColor(0xe6, 0x61, 0x00),
                                                  QColor(0xa5, 0x1d, 0x2d)};
    return colors[std::clamp(kind, 0, kJsonKindCount - 1)];
}

void TypeHistogramDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList counts = index.data(MappingTreeModel::KindCountsRole).toList();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    qint64 total = 0;
    int dominant = -1;
    for (int k = 0; k < counts.size(); ++k) {
        total += counts[k].toLongLong();
        if (k > 0 && (dominant < 0 || counts[k].toLongLong() > counts[dominant].toLongLong()))
            dominant = k;
    }
    if (total <= 0)
        return;
    if (dominant >= 0 && counts[dominant].toLongLong() == 0)
        dominant = 0;
    const QRect area = option.rect.adjusted(4, 0, -4, 0);
    const int barWidth = std::min(48, area.width() / 3);
    const int barHeight = std::max(6, option.fontMetrics.height() / 2);
    QRect bar(area.left(), area.center().y() - barHeight / 2, barWidth, barHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    int x = bar.left();
    for (int k = 0; k < counts.size(); ++k) {
        const qint64 count = counts[k].toLongLong();
        if (count <= 0)
            continue;
        const int w = std::max(2, int(double(count) / double(total) * barWidth + 0.5));
        painter->fillRect(QRect(x, bar.top(), std::min(w, bar.right() + 1 - x), bar.height()), kindColor(k));
        x += w;
        if (x > bar.right())
            break;
    }
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    const bool mixed = std::count_if(counts.begin() + 1, counts.end(), [](const QVariant &v) { return v.toLongLong() > 0; }) > 1;
    QString label = toString(JsonKind(dominant));
    if (mixed)
        label += QStringLiteral(" +");
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(barWidth + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(label, Qt::ElideRight, area.width() - barWidth - 6));
    painter->restore();
}

QSize TypeHistogramDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(48 + 6 + option.fontMetrics.horizontalAdvance(QStringLiteral("integer +")) + 8);
    return size;
}

} // namespace cw
