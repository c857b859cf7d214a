// SPDX-License-Identifier: MIT
#include "models/core/http/linkheader.h"

namespace cw {

namespace {

void skipSpace(const QByteArray &s, qsizetype &i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
}

// Reads a token or a quoted string (with backslash escapes) starting at i.
QByteArray readValue(const QByteArray &s, qsizetype &i)
{
    QByteArray out;
    if (i < s.size() && s[i] == '"') {
        for (++i; i < s.size() && s[i] != '"'; ++i) {
            if (s[i] == '\\' && i + 1 < s.size())
                ++i;
            out.append(s[i]);
        }
        if (i < s.size())
            ++i; // closing quote
        return out;
    }
    while (i < s.size() && s[i] != ';' && s[i] != ',')
        out.append(s[i++]);
    return out.trimmed();
}

} // namespace

QList<WebLink> parseLinkHeader(const QByteArray &value)
{
    QList<WebLink> links;
    qsizetype i = 0;
    while (i < value.size()) {
        skipSpace(value, i);
        if (i < value.size() && value[i] == ',') {
            ++i;
            continue;
        }
        if (i >= value.size() || value[i] != '<') {
            // Not a link: skip to the next top-level comma.
            while (i < value.size() && value[i] != ',')
                ++i;
            continue;
        }
        const qsizetype close = value.indexOf('>', i + 1);
        if (close < 0)
            break;
        WebLink link;
        link.target = QString::fromUtf8(value.mid(i + 1, close - i - 1).trimmed());
        i = close + 1;
        // Parameters until the next top-level comma.
        while (i < value.size()) {
            skipSpace(value, i);
            if (i >= value.size() || value[i] == ',')
                break;
            if (value[i] != ';') {
                readValue(value, i); // junk; ignore it
                continue;
            }
            ++i;
            skipSpace(value, i);
            QByteArray name;
            while (i < value.size() && value[i] != '=' && value[i] != ';' && value[i] != ',')
                name.append(value[i++]);
            name = name.trimmed().toLower();
            QByteArray paramValue;
            if (i < value.size() && value[i] == '=') {
                ++i;
                skipSpace(value, i);
                paramValue = readValue(value, i);
            }
            if (name == "rel" && link.relations.isEmpty()) {
                // RFC 8288 §3.3: rel may hold several space-separated relation types;
                // only the first rel parameter counts.
                const QList<QByteArray> rels = paramValue.simplified().split(' ');
                for (const QByteArray &rel : rels) {
                    if (!rel.isEmpty())
                        link.relations.append(QString::fromUtf8(rel).toLower());
                }
            }
        }
        links.append(link);
    }
    return links;
}

QString linkWithRelation(const QList<WebLink> &links, const QString &relation)
{
    for (const WebLink &link : links) {
        if (link.relations.contains(relation))
            return link.target;
    }
    return {};
}

} // namespace cw
