// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/// Small tools for writing Python source text: literals, identifiers and an indenting
/// line writer. The generator builds connector.py from these, so quoting lives in one place.
namespace cw::py {

/// A double-quoted Python string literal for `text`: backslashes, quotes and control
/// characters escaped, printable Unicode kept as is (connector.py is UTF-8).
QString literal(const QString &text);

/// A Python list literal of string literals: ["a", "b"].
QString listLiteral(const QStringList &items);

/// `text` as a lowercase snake_case Python identifier ("Order-Items" -> "order_items",
/// "2fa" -> "_2fa"); an empty result becomes "stream".
QString identifier(const QString &text);

/// Text that is safe inside a `#` comment: one line, printable characters only.
QString commentText(const QString &text);

/// Text that is safe inside a `"""` docstring: commentText() with backslashes and the
/// quotes that could end the docstring escaped.
QString docText(const QString &text);

/// `text` broken into lines of at most `width` characters at spaces (longer words stay whole).
QStringList wrap(const QString &text, int width);

/// The JSON pointer's tokens (RFC 6901, ~1 and ~0 decoded); "" gives none.
QStringList pointerTokens(const QString &pointer);

/// Python arguments naming the tokens: `"address", "city"`.
QString pathArguments(const QString &pointer);

/// Writes lines at an indentation of four spaces per level.
class Writer final
{
public:
    void line(const QString &text = {});
    /// Several lines at the current indentation; empty lines stay empty.
    void lines(const QStringList &texts);
    /// A block of source written flush left, re-indented to the current level.
    void block(const QString &text);
    void indent() { ++m_level; }
    void dedent() { --m_level; }
    /// One empty line, unless the text already ends with one (or is empty).
    void blank();
    /// Two empty lines before a top-level definition (PEP 8).
    void topLevelGap();
    QString text() const { return m_text; }

private:
    QString m_text;
    int m_level = 0;
};

} // namespace cw::py
