// SPDX-License-Identifier: MIT
#include "models/core/project/configtemplate.h"

#include <QRegularExpression>

namespace cw {

QList<TemplateToken> scanTemplate(const QString &text)
{
    static const QRegularExpression reference(QStringLiteral(R"(^\s*config\.([A-Za-z_][A-Za-z0-9_]*)\s*$)"));
    QList<TemplateToken> tokens;
    qsizetype from = 0;
    while (true) {
        qsizetype open = text.indexOf(u"{{", from);
        if (open < 0)
            break;
        // In "{{{ config.x }}}" the template is the inner pair; the outer braces are text.
        while (open + 2 < text.size() && text.at(open + 2) == u'{')
            ++open;
        const qsizetype close = text.indexOf(u"}}", open + 2);
        TemplateToken token;
        token.start = open;
        if (close < 0) {
            token.length = text.size() - open;
            token.closed = false;
            tokens.append(token);
            break;
        }
        token.length = close + 2 - open;
        const QRegularExpressionMatch match = reference.match(QStringView(text).mid(open + 2, close - open - 2));
        if (match.hasMatch())
            token.key = match.captured(1);
        tokens.append(token);
        from = close + 2;
    }
    return tokens;
}

QString renderTemplate(const QString &text, const ConfigurationValues &values, QStringList *missing)
{
    if (!text.contains(u"{{"))
        return text;
    QString out;
    qsizetype last = 0;
    for (const TemplateToken &token : scanTemplate(text)) {
        if (token.key.isEmpty())
            continue; // malformed: kept as written
        out += QStringView(text).mid(last, token.start - last);
        const auto value = values.constFind(token.key);
        if (value != values.cend())
            out += *value;
        else if (missing && !missing->contains(token.key))
            missing->append(token.key);
        last = token.start + token.length;
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList templateReferences(const QString &text)
{
    QStringList keys;
    for (const TemplateToken &token : scanTemplate(text)) {
        if (!token.key.isEmpty() && !keys.contains(token.key))
            keys.append(token.key);
    }
    return keys;
}

bool isPureTemplate(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QList<TemplateToken> tokens = scanTemplate(trimmed);
    return tokens.size() == 1 && !tokens.first().key.isEmpty() && tokens.first().start == 0
        && tokens.first().length == trimmed.size();
}

} // namespace cw
