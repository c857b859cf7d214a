// SPDX-License-Identifier: MIT
#include "widgets/codepane/findbar.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/codepane/codeeditor.h"

namespace cw {

FindBar::FindBar(CodeEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_field(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
    , m_replaceField(new QLineEdit(m_replaceRow))
{
    m_field->setPlaceholderText(tr("Find"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find"));
    auto *previous = new QToolButton(this);
    previous->setText(QStringLiteral("▲"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(QStringLiteral("▼"));
    next->setToolTip(tr("Next match (Enter)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_field, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_status);
    findRow->addWidget(close);

    m_replaceField->setPlaceholderText(tr("Replace with"));
    m_replaceField->setAccessibleName(tr("Replace with"));
    m_replaceField->installEventFilter(this);
    auto *replace = new QToolButton(m_replaceRow);
    replace->setText(tr("Replace"));
    auto *replaceEvery = new QToolButton(m_replaceRow);
    replaceEvery->setText(tr("Replace All"));
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replaceField, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(replaceEvery);
    m_replaceRow->hide();
    connect(replace, &QToolButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QToolButton::clicked, this, &FindBar::replaceAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_field, &QLineEdit::textEdited, this, [this] { search(true, true); });
    m_field->installEventFilter(this);
    connect(previous, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_matchCase, &QCheckBox::toggled, this, [this] { search(true, true); });

    // The shortcut belongs to the editor, so several editors never fight over Ctrl+F.
    auto *find = new QAction(tr("Find"), editor);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &FindBar::activate);
    editor->addAction(find);
    auto *replaceAction = new QAction(tr("Replace"), editor);
    replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    replaceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(replaceAction, &QAction::triggered, this, &FindBar::activateReplace);
    editor->addAction(replaceAction);
    hide();
}

void FindBar::activateReplace()
{
    m_replaceRow->setVisible(!m_editor->isReadOnly());
    activate();
}

bool FindBar::replaceCurrent()
{
    if (m_editor->isReadOnly() || m_field->text().isEmpty())
        return false;
    // The selection is the current match only when it equals the search text.
    const bool onMatch = m_editor->hasSelectedText()
        && m_editor->selectedText().compare(m_field->text(), m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
    if (!onMatch)
        return findNext(true);
    m_editor->replaceSelectedText(m_replaceField->text());
    findNext(true);
    return true;
}

int FindBar::replaceAll()
{
    const QString text = m_field->text();
    if (m_editor->isReadOnly() || text.isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction(); // one Ctrl+Z undoes them all
    bool found = m_editor->findFirst(text, false, m_matchCase->isChecked(), false, false, true, 0, 0);
    while (found) {
        m_editor->replace(m_replaceField->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    m_status->setStyleSheet({});
    return count;
}

void FindBar::activate()
{
    show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_field->setText(m_editor->selectedText());
    m_field->setFocus();
    m_field->selectAll();
}

bool FindBar::findNext(bool forward)
{
    return search(forward, false);
}

bool FindBar::search(bool forward, bool fromStart)
{
    const QString text = m_field->text();
    if (text.isEmpty()) {
        m_status->clear();
        return false;
    }
    int line = -1;
    int index = -1;
    if (fromStart) {
        line = 0;
        index = 0;
    } else if (!forward && m_editor->hasSelectedText()) {
        // Searching backwards starts before the current match, not at its end.
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    const bool found = m_editor->findFirst(text, false, m_matchCase->isChecked(), false, true, forward, line, index);
    m_status->setText(found ? QString() : tr("No match"));
    m_status->setStyleSheet(found ? QString() : QStringLiteral("color: #c01c28;"));
    return found;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_replaceField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            replaceCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_editor->setFocus();
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_editor->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(!(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cw
