// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace cw {

class CodeEditor;

/// A find bar for a CodeEditor, shown with Ctrl+F in that editor and hidden with Esc:
/// incremental search, next and previous (Enter, Shift+Enter), match case, and a note when
/// nothing matches. For an editable editor Ctrl+H also shows a replace row: replace the
/// current match, or every match as one undo step.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(CodeEditor *editor, QWidget *parent = nullptr);
    void activate();
    bool findNext(bool forward = true);
    QLineEdit *field() const { return m_field; }
    QLineEdit *replaceField() const { return m_replaceField; }
    /// Shows the bar with its replace row (editable editors only).
    void activateReplace();
    /// Replaces the current match and moves to the next; false when there was none.
    bool replaceCurrent();
    /// Replaces every match; returns how many.
    int replaceAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool search(bool forward, bool fromStart);

    CodeEditor *m_editor;
    QLineEdit *m_field;
    QCheckBox *m_matchCase;
    QLabel *m_status;
    QWidget *m_replaceRow;
    QLineEdit *m_replaceField;
};

} // namespace cw
