// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

/// One link of an RFC 8288 `Link` header.
struct WebLink {
    QString target;          ///< the URI between < and >, unresolved
    QStringList relations;   ///< rel values, lowercased ("next", "last", ...)
};

/// Parses a Link header value such as `<https://x/?page=2>; rel="next", <...>; rel="last"`.
/// Commas and semicolons inside <...> and quoted strings are handled; malformed links are
/// skipped rather than guessed at.
QList<WebLink> parseLinkHeader(const QByteArray &value);

/// The target of the first link with that relation, or an empty string.
QString linkWithRelation(const QList<WebLink> &links, const QString &relation);

} // namespace cw
