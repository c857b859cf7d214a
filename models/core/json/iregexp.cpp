// SPDX-License-Identifier: MIT
#include "models/core/json/iregexp.h"

namespace cw {

// Translates an RFC 9485 I-Regexp into PCRE2 syntax, or returns an empty optional when the
// pattern is not an I-Regexp (then match() and search() are false, as §2.4.6 says).
std::optional<QString> iregexpToPcre(const QString &pattern)
{
    QString out;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\') {
            if (++i >= pattern.size())
                return std::nullopt;
            const QChar e = pattern.at(i);
            if (e == u'p' || e == u'P') {
                // \p{Lu}: the category must be braced.
                const qsizetype close = pattern.indexOf(u'}', i);
                if (i + 1 >= pattern.size() || pattern.at(i + 1) != u'{' || close < 0)
                    return std::nullopt;
                out += u'\\' + pattern.mid(i, close - i + 1);
                i = close;
                continue;
            }
            static const QString singleEscapes = QStringLiteral("()*+-.?[\\]^{|}");
            if (singleEscapes.contains(e))
                out += u'\\' + QString(e);
            else if (e == u'n')
                out += QStringLiteral("\\n");
            else if (e == u'r')
                out += QStringLiteral("\\r");
            else if (e == u't')
                out += QStringLiteral("\\t");
            else
                return std::nullopt;  // \d, \w, back references: not I-Regexp
            continue;
        }
        if (inClass) {
            if (c == u']')
                inClass = false;
            if (c == u'[')
                out += QStringLiteral("\\[");  // PCRE would read "[:" as a POSIX class
            else
                out += c;
            continue;
        }
        if (c == u'[') {
            inClass = true;
            out += c;
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'^') {
                out += u'^';
                ++i;
            }
            continue;
        }
        if (c == u'.')
            out += QStringLiteral("[^\\n\\r]");  // I-Regexp's dot excludes only line ends
        else if (c == u'^' || c == u'$')
            out += u'\\' + QString(c);           // ordinary characters in I-Regexp
        else if (c == u'(' && i + 1 < pattern.size() && pattern.at(i + 1) == u'?')
            return std::nullopt;                 // no group extensions
        else
            out += c;
    }
    if (inClass)
        return std::nullopt;
    return out;
}

} // namespace cw
