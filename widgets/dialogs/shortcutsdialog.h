// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace cw {

/// Help → Keyboard Shortcuts: every action of a window that has a shortcut, read from the
/// window's QActions (menus first, then the panes' own actions), so the list cannot go
/// stale. A filter finds an action by name or keys.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    /// (where, action, keys) rows in display order, for tests.
    struct Entry {
        QString where;
        QString action;
        QString keys;
    };
    static QList<Entry> collect(QWidget *window);

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace cw
