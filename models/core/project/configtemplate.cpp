// SPDX-License-Identifier: MIT
#include "models/core/project/configtemplate.h"

#include <QRegularExpression>

namespace cw {

namespace {

const QRegularExpression &templatePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*config\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\})"));
    return pattern;
}

} // namespace

QString renderTemplate(const QString &text, const ConfigurationValues &values, QStringList *missing)
{
    if (!text.contains(u"{{"))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = templatePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        const auto value = values.constFind(key);
        if (value != values.cend()) {
            out += *value;
        } else if (missing && !missing->contains(key)) {
            missing->append(key);
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList templateReferences(const QString &text)
{
    QStringList keys;
    auto it = templatePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

bool isPureTemplate(const QString &text)
{
    const QRegularExpressionMatch m = templatePattern().match(text.trimmed());
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == text.trimmed().size();
}

} // namespace cw
