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
/// nothing matches.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(CodeEditor *editor, QWidget *parent = nullptr);
    void activate();
    bool findNext(bool forward = true);
    QLineEdit *field() const { return m_field; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool search(bool forward, bool fromStart);

    CodeEditor *m_editor;
    QLineEdit *m_field;
    QCheckBox *m_matchCase;
    QLabel *m_status;
};

} // namespace cw
