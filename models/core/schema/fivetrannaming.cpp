// SPDX-License-Identifier: MIT
#include "models/core/schema/fivetrannaming.h"

#include <QChar>
#include <QList>
#include <QStringView>

namespace cw {

namespace {

bool isAsciiWord(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

bool isAsciiDigit(char32_t c) { return c >= u'0' && c <= u'9'; }
bool isAsciiLower(char32_t c) { return c >= u'a' && c <= u'z'; }
bool isAsciiUpper(char32_t c) { return c >= u'A' && c <= u'Z'; }

// unidecode's spellings of the basic letters, lowercase; index = code point - first letter.
constexpr const char *kCyrillic[32] = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "\"", "y", "'", "e", "iu", "ia"};
constexpr const char *kGreek[25] = {
    "a", "b", "g", "d", "e", "z", "e", "th", "i", "k", "l", "m", "n", "ks", "o", "p",
    "r", "s", "s", "t", "u", "ph", "kh", "ps", "o"};

// Appends `lower` capitalised when the source letter was upper case, as unidecode does
// ("Ж" → "Zh"), so that step 3 still sees the word boundary.
void appendLetter(QString &out, const char *lower, bool upper)
{
    QString text = QString::fromLatin1(lower);
    if (upper && !text.isEmpty())
        text[0] = text[0].toUpper();
    out += text;
}

// What unidecode would make of one code point that is left after the combining marks are
// gone; see the header for what is covered.
void transliterate(QString &out, char32_t c)
{
    if (c < 0x80) {
        out += QChar(char16_t(c));
        return;
    }
    switch (c) {
    case U'ß': out += u"ss"; return;
    case U'ẞ': out += u"SS"; return;
    case U'æ': out += u"ae"; return;
    case U'Æ': out += u"AE"; return;
    case U'œ': out += u"oe"; return;
    case U'Œ': out += u"OE"; return;
    case U'ø': out += u"o"; return;
    case U'Ø': out += u"O"; return;
    case U'ł': out += u"l"; return;
    case U'Ł': out += u"L"; return;
    case U'đ': out += u"d"; return;
    case U'Đ': out += u"D"; return;
    case U'þ': out += u"th"; return;
    case U'Þ': out += u"Th"; return;
    case U'ð': out += u"d"; return;
    case U'Ð': out += u"D"; return;
    case U'ı': out += u"i"; return;
    case U'ё': out += u"io"; return;
    case U'Ё': out += u"Io"; return;
    default: break;
    }
    if (c >= 0x0430 && c <= 0x044F)
        return appendLetter(out, kCyrillic[c - 0x0430], false);
    if (c >= 0x0410 && c <= 0x042F)
        return appendLetter(out, kCyrillic[c - 0x0410], true);
    if (c >= 0x03B1 && c <= 0x03C9)
        return appendLetter(out, kGreek[c - 0x03B1], false);
    if (c >= 0x0391 && c <= 0x03A9 && c != 0x03A2)
        return appendLetter(out, kGreek[c - 0x0391], true);
    if (QChar::isLetterOrNumber(c)) {
        // Surrounded by "_" so that neighbouring letters do not run into the hex digits.
        out += u"_u" + QString::number(uint(c), 16) + u'_';
        return;
    }
    out += u'_';
}

bool needsTransliteration(QStringView name)
{
    for (const QChar c : name) {
        if (!isAsciiWord(c.unicode()) && c != u'.' && c != u'-')
            return true;
    }
    return false;
}

QString toAscii(const QString &name)
{
    if (!needsTransliteration(name))
        return name;
    QString stripped;
    for (const char32_t c : name.normalized(QString::NormalizationForm_D).toUcs4()) {
        if (QChar::combiningClass(c) == 0)
            stripped += QString::fromUcs4(&c, 1);
    }
    QString out;
    for (const char32_t c : stripped.normalized(QString::NormalizationForm_C).toUcs4())
        transliterate(out, c);
    return out;
}

// Steps 2 to 4 on an ASCII name.
QString redshiftSafe(const QString &name)
{
    const QString ascii = toAscii(name);
    QString out;
    out.reserve(ascii.size() + 4);
    char32_t previous = 0;
    bool havePrevious = false;
    for (const QChar qc : ascii) {
        char32_t c = qc.unicode();
        if (!isAsciiWord(c))
            c = u'_';  // step 2; also covers a leading "$"
        if (c == u'_') {
            out += u'_';
        } else {
            // Step 3 compares with the previous character as it was after step 2.
            const bool startsWord = havePrevious
                && ((isAsciiLower(previous) && isAsciiUpper(c)) || isAsciiDigit(previous) != isAsciiDigit(c));
            if (startsWord)
                out += u'_';
            out += QChar(char16_t(isAsciiUpper(c) ? c - u'A' + u'a' : c));
        }
        previous = c;
        havePrevious = true;
    }
    // Collapse runs of "_".
    QString collapsed;
    collapsed.reserve(out.size());
    for (const QChar c : std::as_const(out)) {
        if (c == u'_' && collapsed.endsWith(u'_'))
            continue;
        collapsed += c;
    }
    // Step 4: after step 2 only an empty name can lack a leading word character.
    if (!collapsed.isEmpty() && !isAsciiWord(collapsed.front().unicode()))
        collapsed.prepend(u'_');
    return collapsed;
}

} // namespace

QString fivetranColumnName(const QString &name)
{
    return redshiftSafe(name);
}

QString fivetranTableName(const QString &name)
{
    QString safe = redshiftSafe(name);
    qsizetype underscores = 0;
    while (underscores < safe.size() && safe[underscores] == u'_')
        ++underscores;
    if (underscores > 0 && underscores < safe.size() && isAsciiLower(safe[underscores].unicode()))
        safe.remove(0, underscores);
    return safe;
}

bool isFivetranColumnName(const QString &name)
{
    return !name.isEmpty() && fivetranColumnName(name) == name;
}

} // namespace cw
