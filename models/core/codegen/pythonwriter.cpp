// SPDX-License-Identifier: MIT
#include "models/core/codegen/pythonwriter.h"

namespace cw::py {

QString literal(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default:
            // Surrogates pass through in pairs; other non-printables (controls, U+2028)
            // are escaped so that an editor never shows them as line breaks.
            if (c.isSurrogate() || (c.isPrint() && c.category() != QChar::Separator_Line && c.category() != QChar::Separator_Paragraph))
                out += c;
            else if (c.unicode() < 0x100)
                out += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QChar(u'0'));
            else
                out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        }
    }
    out += u'"';
    return out;
}

QString listLiteral(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(literal(item));
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

QString identifier(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9'))
            out += lower;
        else if (!out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    if (out.isEmpty())
        return QStringLiteral("stream");
    if (out.front().isDigit())
        out.prepend(u'_');
    return out;
}

QString commentText(const QString &text)
{
    QString out = text.simplified();
    // Non-printable characters would not survive a round trip through an editor.
    for (QChar &c : out) {
        if ((!c.isPrint() && !c.isSurrogate()) || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            c = u' ';
    }
    return out;
}

QString docText(const QString &text)
{
    QString out = commentText(text);
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(QStringLiteral("\"\"\""), QStringLiteral("\\\"\\\"\\\""));
    if (out.endsWith(u'"') && !out.endsWith(QStringLiteral("\\\"")))
        out.insert(out.size() - 1, u'\\');
    return out;
}

QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
            lines.append(current);
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

QStringList pointerTokens(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList tokens = pointer.mid(pointer.startsWith(u'/') ? 1 : 0).split(u'/');
    for (QString &token : tokens)
        token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
    return tokens;
}

QString pathArguments(const QString &pointer)
{
    QStringList quoted;
    for (const QString &token : pointerTokens(pointer))
        quoted.append(literal(token));
    return quoted.join(QStringLiteral(", "));
}

void Writer::line(const QString &text)
{
    if (!text.isEmpty())
        m_text += QString(m_level * 4, u' ') + text;
    m_text += u'\n';
}

void Writer::lines(const QStringList &texts)
{
    for (const QString &text : texts)
        line(text);
}

void Writer::block(const QString &text)
{
    QStringList all = text.split(u'\n');
    // A raw string literal usually starts and ends with a line break.
    while (!all.isEmpty() && all.front().trimmed().isEmpty())
        all.removeFirst();
    while (!all.isEmpty() && all.back().trimmed().isEmpty())
        all.removeLast();
    lines(all);
}

void Writer::blank()
{
    if (!m_text.isEmpty() && !m_text.endsWith(QStringLiteral("\n\n")))
        m_text += u'\n';
}

void Writer::topLevelGap()
{
    if (m_text.isEmpty())
        return;
    while (!m_text.endsWith(QStringLiteral("\n\n\n")))
        m_text += u'\n';
}

} // namespace cw::py
