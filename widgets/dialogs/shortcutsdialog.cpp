// SPDX-License-Identifier: MIT
#include "widgets/dialogs/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw {

namespace {

QString plainText(QString text)
{
    text.remove(QStringLiteral("…"));
    text.remove(QStringLiteral("..."));
    // "&&" is a literal ampersand; a single & marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void collectMenu(const QMenu *menu, const QString &where, QList<ShortcutsDialog::Entry> *entries, QSet<const QAction *> *seen)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), where + QStringLiteral(" → ") + plainText(action->menu()->title()), entries, seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen->contains(action))
            continue;
        seen->insert(action);
        entries->append({where, plainText(action->text()), keysOf(action)});
    }
}

QString paneOf(const QObject *owner, QWidget *window)
{
    // The dock (pane) or dialog the action's widget lives in, named by its title.
    for (QObject *object = owner->parent(); object && object != window; object = object->parent()) {
        if (auto *widget = qobject_cast<QWidget *>(object); widget && !widget->windowTitle().isEmpty() && widget->parentWidget()
            && (widget->isWindow() || widget->inherits("QDockWidget")))
            return ShortcutsDialog::tr("%1 pane").arg(plainText(widget->windowTitle()));
    }
    return QString();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(620, 560);
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by action or keys"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_tree = new QTreeWidget;
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : collect(window)) {
        if (!group || group->text(0) != entry.where) {
            group = new QTreeWidgetItem(m_tree, {entry.where});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {entry.action, entry.keys});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    m_filter->setFocus();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : mainWindow->menuBar()->actions()) {
            if (top->menu())
                collectMenu(top->menu(), plainText(top->menu()->title()), &entries, &seen);
        }
    }
    // The panes' own actions (Fetch, Find, Run …), grouped by the pane they belong to.
    QList<Entry> paneEntries;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        seen.insert(action);
        QString where = paneOf(action, window);
        if (where.isEmpty())
            where = tr("Window");
        paneEntries.append({where, plainText(action->text()), keysOf(action)});
    }
    // Buttons with a shortcut of their own (Run Sync: F5, Next Page: Ctrl+Shift+Enter).
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        // A mnemonic (&Save gives Alt+S) is shown underlined already; only real shortcuts.
        if (button->shortcut().isEmpty() || button->shortcut() == QKeySequence::mnemonic(button->text()))
            continue;
        QString where = paneOf(button, window);
        if (where.isEmpty())
            where = tr("Window");
        const QString text = button->text().isEmpty() ? button->toolTip() : button->text();
        paneEntries.append({where, plainText(text), button->shortcut().toString(QKeySequence::NativeText)});
    }
    std::stable_sort(paneEntries.begin(), paneEntries.end(), [](const Entry &a, const Entry &b) { return a.where < b.where; });
    entries += paneEntries;
    return entries;
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                || item->text(1).contains(text, Qt::CaseInsensitive) || group->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
    }
}

} // namespace cw
