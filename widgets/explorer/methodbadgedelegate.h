// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace cw {

/// Draws a stream row as a coloured HTTP-method badge, the name, and the path in grey,
/// the way API clients people know (Postman, Insomnia) show requests.
class MethodBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor methodColor(const QString &method);
};

} // namespace cw
