// SPDX-License-Identifier: MIT
#include "widgets/codepane/codeeditor.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexerxml.h>

#include <QApplication>

#include "widgets/preferences/preferences.h"

namespace cw {

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    applyFont(Preferences::current().editorFont);
    connect(PreferencesNotifier::instance(), &PreferencesNotifier::changed, this, [this] {
        applyFont(Preferences::current().editorFont);
        applyColors();
    });
    setMarginLineNumbers(0, true);
    setMarginType(1, QsciScintilla::SymbolMargin);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setCaretLineVisible(true);
    applyColors();
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setAutoIndent(true);
    setWrapMode(QsciScintilla::WrapNone);
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateMarginWidth);
    updateMarginWidth();
}

void CodeEditor::setLanguage(Language language)
{
    QsciLexer *old = lexer();
    QsciLexer *next = nullptr;
    switch (language) {
    case Language::PlainText:
        break;
    case Language::Json:
        next = new QsciLexerJSON(this);
        break;
    case Language::Python:
        next = new QsciLexerPython(this);
        break;
    case Language::Xml:
        next = new QsciLexerXML(this);
        break;
    }
    if (next) {
        next->setDefaultFont(font());
        next->setFont(font());
    }
    setLexer(next);
    delete old;
    setMarginsFont(font());
    applyColors();
}

void CodeEditor::applyFont(const QFont &font)
{
    setFont(font);
    if (QsciLexer *current = lexer()) {
        current->setDefaultFont(font);
        current->setFont(font);
    }
    setMarginsFont(font);
    updateMarginWidth();
}

void CodeEditor::applyColors()
{
    // Scintilla paints with its own colours, not the palette: take them from the palette so
    // the editors follow the theme, and lighten the lexer's dark syntax colours on a dark one.
    const QPalette pal = QApplication::palette(this);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    setPaper(base);
    setColor(text);
    setMarginsBackgroundColor(pal.color(QPalette::Window));
    setMarginsForegroundColor(pal.color(QPalette::WindowText));
    setFoldMarginColors(pal.color(QPalette::Window), pal.color(QPalette::Window));
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(pal.color(QPalette::AlternateBase));
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    QsciLexer *current = lexer();
    if (!current)
        return;
    current->setDefaultPaper(base);
    current->setPaper(base, -1);
    current->setDefaultColor(dark ? text : current->defaultColor());
    for (int style = 0; style < 128; ++style) {
        if (current->description(style).isEmpty())
            continue;
        QColor color = current->defaultColor(style); // the lexer's own colour for a light page
        if (dark && color.lightness() < 150)
            color = color.hslHueF() < 0 || color.hslSaturationF() < 0.15 ? text
                                                                          : QColor::fromHslF(color.hslHueF(), 0.6f, 0.72f);
        current->setColor(color, style);
    }
}

void CodeEditor::replaceTextKeepingView(const QString &newText)
{
    if (newText == text())
        return;
    const int firstLine = firstVisibleLine();
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    setText(newText);
    setCursorPosition(std::min(line, lines() - 1), index);
    setFirstVisibleLine(std::min(firstLine, lines() - 1));
}

void CodeEditor::updateMarginWidth()
{
    setMarginWidth(0, QStringLiteral("0%1").arg(lines()));
}

} // namespace cw
