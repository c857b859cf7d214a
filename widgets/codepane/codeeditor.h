// SPDX-License-Identifier: MIT
#pragma once

#include <Qsci/qsciscintilla.h>

namespace cw {

/// The workbench's QScintilla base: UTF-8, a monospace font, a line-number margin that
/// grows with the line count, folding and current-line highlight. Each editor owns its
/// own lexer (never a shared static one), so settings of one pane never leak into another.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT

public:
    enum class Language { PlainText, Json, Python, Xml };

    explicit CodeEditor(QWidget *parent = nullptr);
    void setLanguage(Language language);
    /// Replaces the text but keeps the first visible line and the cursor, so that live
    /// updates do not make the view jump.
    void replaceTextKeepingView(const QString &text);
    /// The font of the text, the lexer's styles and the margins (Preferences → Editor).
    void applyFont(const QFont &font);
    /// Paper, text, margin, caret and selection colours from the application palette (the
    /// theme); on a dark palette the lexer's syntax colours are lightened, hue kept.
    void applyColors();

private:
    void updateMarginWidth();
};

} // namespace cw
