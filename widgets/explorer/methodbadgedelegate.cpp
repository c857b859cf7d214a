// SPDX-License-Identifier: MIT
#include "widgets/explorer/methodbadgedelegate.h"

#include <QApplication>
#include <QPainter>

#include "models/itemmodels/streamtreemodel.h"

namespace cw {

QColor MethodBadgeDelegate::methodColor(const QString &method)
{
    if (method == u"GET")
        return QColor(0x1a, 0x7f, 0x37);
    if (method == u"POST")
        return QColor(0xb3, 0x6b, 0x00);
    if (method == u"PUT" || method == u"PATCH")
        return QColor(0x1f, 0x5f, 0xbf);
    if (method == u"DELETE")
        return QColor(0xc0, 0x1c, 0x28);
    return QColor(0x5e, 0x5c, 0x64);
}

void MethodBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(StreamTreeModel::IsGroupRole).toBool()) {
        QStyleOptionViewItem opt = option;
        opt.font.setBold(true);
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QString method = index.data(StreamTreeModel::MethodRole).toString();
    const QString path = index.data(StreamTreeModel::PathRole).toString();
    painter->save();
    QFont badgeFont = opt.font;
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.8);
    const QFontMetrics badgeMetrics(badgeFont);
    const int badgeWidth = badgeMetrics.horizontalAdvance(QStringLiteral("DELETE")) + 8;
    QRect rect = opt.rect.adjusted(2, 3, -2, -3);
    const QRect badge(rect.left(), rect.top(), badgeWidth, rect.height());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(methodColor(method));
    painter->drawRoundedRect(badge, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(badgeFont);
    painter->drawText(badge, Qt::AlignCenter, method);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    QRect textRect = rect.adjusted(badgeWidth + 6, 0, 0, 0);
    const QFontMetrics metrics(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, name);
    textRect.setLeft(textRect.left() + metrics.horizontalAdvance(name) + 8);
    QColor pathColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(pathColor);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(path, Qt::ElideMiddle, textRect.width()));
    painter->restore();
}

QSize MethodBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace cw
