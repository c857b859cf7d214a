// SPDX-License-Identifier: MIT
// Accessibility: every control of the main window on the demo project has a name a screen
// reader can say, Alt+1…5 bring each pane to the keyboard, and Tab walks the forms in the
// order they read.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QTabBar>
#include <QStandardPaths>
#include <QTest>

#include "widgets/dialogs/exportdialog.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/preferences/preferencesdialog.h"

using namespace cw;

namespace {

QString accessibleNameOf(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

/// The controls a keyboard user lands on, without the parts of compound controls.
QList<QWidget *> keyboardControls(QWidget *root)
{
    QList<QWidget *> controls;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(root) || qobject_cast<QScrollBar *>(w))
            continue;
        QWidget *parent = w->parentWidget();
        if (parent && (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)))
            continue; // the line edit inside an editable combo box or spin box
        controls << w;
    }
    return controls;
}

QStringList focusOrder(QWidget *root, const QList<QWidget *> &watched)
{
    // Tab from the first watched control and note the watched ones in the order reached.
    QStringList order;
    QWidget *w = watched.first();
    for (int i = 0; i < 200 && order.size() < watched.size(); ++i) {
        if (watched.contains(w) && !order.contains(w->accessibleName()))
            order << w->accessibleName();
        w = w->nextInFocusChain();
        if (w == watched.first() || !root->isAncestorOf(w))
            break;
    }
    return order;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyControlHasAName()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDemoProject());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        for (QWidget *control : keyboardControls(&window)) {
            if (auto *tabs = qobject_cast<QTabBar *>(control)) {
                // A screen reader names the tabs, not the bar.
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->tabText(i).trimmed().isEmpty() && tabs->accessibleTabName(i).isEmpty())
                        unnamed << QStringLiteral("tab %1 of a tab bar in %2").arg(i).arg(QString::fromLatin1(tabs->parentWidget()->metaObject()->className()));
                }
                continue;
            }
            if (accessibleNameOf(control).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 \"%2\" in %3")
                               .arg(QString::fromLatin1(control->metaObject()->className()), control->objectName(),
                                    control->parentWidget() ? QString::fromLatin1(control->parentWidget()->metaObject()->className())
                                                            : QString());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void altDigitsFocusEachPane()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDemoProject());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QCOMPARE(docks.size(), 5);
        const QStringList panes{QStringLiteral("Endpoints"), QStringLiteral("Response"), QStringLiteral("Mapping"),
                                QStringLiteral("Code"), QStringLiteral("Run")};
        // Hide one pane first: Alt+3 must bring it back.
        for (QDockWidget *dock : docks) {
            if (dock->windowTitle() == panes.at(2))
                dock->hide();
        }
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus, qPrintable(QStringLiteral("Alt+%1 focused nothing").arg(i + 1)));
            QDockWidget *dock = nullptr;
            for (QWidget *w = focus; w && !dock; w = w->parentWidget())
                dock = qobject_cast<QDockWidget *>(w);
            QVERIFY2(dock, qPrintable(QStringLiteral("Alt+%1 focused a widget outside the panes").arg(i + 1)));
            QVERIFY(dock->isVisible());
            QCOMPARE(dock->windowTitle(), panes.at(i));
        }
    }

    void tabWalksThePreferencesInReadingOrder()
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QList<QWidget *> named;
        for (QWidget *w : keyboardControls(&dialog)) {
            if (!w->accessibleName().isEmpty() && w->isEnabled())
                named << w;
        }
        std::stable_sort(named.begin(), named.end(), [&](QWidget *a, QWidget *b) {
            return a->mapTo(&dialog, QPoint()).y() < b->mapTo(&dialog, QPoint()).y();
        });
        QStringList visual;
        for (QWidget *w : named)
            visual << w->accessibleName();
        QVERIFY(visual.size() >= 8);
        QCOMPARE(focusOrder(&dialog, named), visual);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
