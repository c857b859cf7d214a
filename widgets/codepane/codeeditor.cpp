// SPDX-License-Identifier: MIT
#include "widgets/codepane/codeeditor.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexerxml.h>

#include "widgets/preferences/preferences.h"

namespace cw {

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    applyFont(Preferences::current().editorFont);
    connect(PreferencesNotifier::instance(), &PreferencesNotifier::changed, this,
            [this] { applyFont(Preferences::current().editorFont); });
    setMarginLineNumbers(0, true);
    setMarginType(1, QsciScintilla::SymbolMargin);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(palette().color(QPalette::AlternateBase));
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
