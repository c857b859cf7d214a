// SPDX-License-Identifier: MIT
// Preferences: stored and loaded with QSettings, applied to every request's network
// defaults, the editors' font (live) and the palette; the shortcut list is read from the
// window's actions; the German catalog is embedded and translates the window.
#include <QApplication>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <Qsci/qscilexer.h>
#include <Qsci/qscilexerpython.h>

#include "models/core/http/httpclient.h"
#include "models/core/http/httpdefaults.h"
#include "widgets/codepane/codeeditor.h"
#include "widgets/dialogs/shortcutsdialog.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/preferences/preferences.h"
#include "widgets/preferences/preferencesdialog.h"
#include "widgets/preferences/theme.h"
#include "widgets/preferences/translationinstaller.h"

using namespace cw;

class TestPreferences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ConnectorWorkbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    }

    void storedAndLoaded()
    {
        QCOMPARE(Preferences::load(), Preferences::defaults());
        Preferences p = Preferences::defaults();
        p.connectTimeoutSeconds = 3;
        p.totalTimeoutSeconds = 42;
        p.proxy = QStringLiteral("http://proxy.invalid:3128");
        p.verifyTlsByDefault = false;
        p.maxResponseMegabytes = 5;
        p.editorFont.setPointSize(15);
        p.theme = Preferences::Theme::Dark;
        p.language = QStringLiteral("de");
        p.save();
        const Preferences loaded = Preferences::load();
        QCOMPARE(loaded.connectTimeoutSeconds, 3);
        QCOMPARE(loaded.totalTimeoutSeconds, 42);
        QCOMPARE(loaded.proxy, p.proxy);
        QCOMPARE(loaded.verifyTlsByDefault, false);
        QCOMPARE(loaded.maxResponseMegabytes, 5);
        QCOMPARE(loaded.editorFont.pointSize(), 15);
        QCOMPARE(loaded.theme, Preferences::Theme::Dark);
        QCOMPARE(loaded.language, QStringLiteral("de"));
        // Nonsense in the file is clamped, not used.
        QSettings().setValue(QStringLiteral("preferences/totalTimeout"), -5);
        QCOMPARE(Preferences::load().totalTimeoutSeconds, 1);
        QSettings().remove(QStringLiteral("preferences"));
        QCOMPARE(Preferences::load(), Preferences::defaults());
    }

    void networkDefaultsReachEveryRequest()
    {
        Preferences p = Preferences::defaults();
        p.connectTimeoutSeconds = 2;
        p.totalTimeoutSeconds = 7;
        p.proxy = QStringLiteral("none");
        p.maxResponseMegabytes = 3;
        p.apply();
        const HttpRequest built = withHttpDefaults(HttpRequest{});
        QCOMPARE(built.connectTimeoutMs, 2000);
        QCOMPARE(built.totalTimeoutMs, 7000);
        QCOMPARE(built.proxy, QStringLiteral("none"));
        QCOMPARE(built.maxBodySize, 3LL * 1024 * 1024);
        // A caller's own value wins over the preference.
        HttpRequest own;
        own.totalTimeoutMs = 1234;
        own.maxBodySize = 1024;
        QCOMPARE(withHttpDefaults(own).totalTimeoutMs, 1234);
        QCOMPARE(withHttpDefaults(own).maxBodySize, 1024);

        // The client really uses them: a proxy that does not answer fails the request.
        p.proxy = QStringLiteral("http://127.0.0.1:9");
        p.connectTimeoutSeconds = 2;
        p.apply();
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://example.invalid/"));
        HttpClient client;
        const HttpResponse response = client.send(request);
        QCOMPARE(response.status, 0);
        // Through the proxy the client connects (refused) instead of resolving the host.
        QVERIFY2(!response.error.contains(QStringLiteral("resolve")), qPrintable(response.error));
        p.proxy = QStringLiteral("none");
        p.apply();
        const HttpResponse direct = client.send(request);
        QVERIFY2(direct.error.contains(QStringLiteral("resolve")), qPrintable(direct.error));
        Preferences::defaults().apply();
        QCOMPARE(httpDefaults(), HttpDefaults{});
    }

    void editorFontFollowsLive()
    {
        CodeEditor editor;
        editor.setLanguage(CodeEditor::Language::Python);
        Preferences p = Preferences::defaults();
        p.editorFont.setPointSize(19);
        p.apply();
        QVERIFY(editor.lexer());
        QCOMPARE(editor.lexer()->defaultFont().pointSize(), 19);
        QCOMPARE(editor.lexer()->font(0).pointSize(), 19);
        // A new editor starts with the current font.
        auto styleSize = [](CodeEditor &e) {
            return int(e.SendScintilla(QsciScintillaBase::SCI_STYLEGETSIZE, QsciScintillaBase::STYLE_DEFAULT));
        };
        CodeEditor later; // plain text, no lexer
        QCOMPARE(styleSize(later), 19);
        Preferences::defaults().apply();
        QCOMPARE(editor.lexer()->font(0).pointSize(), Preferences::defaults().editorFont.pointSize());
        QCOMPARE(styleSize(later), Preferences::defaults().editorFont.pointSize());
    }

    void themeSwitchesThePalette()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        Preferences p = Preferences::defaults();
        p.theme = Preferences::Theme::Dark;
        p.apply();
        QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QWidget widget;
        QCOMPARE(widget.palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
        // The editors paint with Scintilla's colours: they follow the theme too.
        CodeEditor editor;
        editor.setLanguage(CodeEditor::Language::Python);
        QCOMPARE(editor.lexer()->paper(QsciLexerPython::Keyword), darkPalette().color(QPalette::Base));
        QVERIFY(editor.lexer()->color(QsciLexerPython::Keyword).lightness() >= 150);
        QVERIFY(editor.lexer()->color(QsciLexerPython::Comment).lightness() >= 150);
        p.theme = Preferences::Theme::Light;
        p.apply();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 160);
        p.theme = Preferences::Theme::System;
        p.apply();
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(editor.lexer()->paper(QsciLexerPython::Keyword), QApplication::palette().color(QPalette::Base));
        QCOMPARE(editor.lexer()->color(QsciLexerPython::Keyword), editor.lexer()->defaultColor(QsciLexerPython::Keyword));
    }

    void dialogRoundTripsAndApplies()
    {
        PreferencesDialog dialog;
        Preferences p = Preferences::defaults();
        p.connectTimeoutSeconds = 4;
        p.proxy = QStringLiteral("http://proxy.invalid:8080");
        p.editorFont.setPointSize(13);
        p.theme = Preferences::Theme::Light;
        p.language = QStringLiteral("de");
        dialog.setPreferences(p);
        QCOMPARE(dialog.preferences().connectTimeoutSeconds, 4);
        QCOMPARE(dialog.preferences().proxy, p.proxy);
        QCOMPARE(dialog.preferences().editorFont.pointSize(), 13);
        QCOMPARE(dialog.preferences().theme, Preferences::Theme::Light);
        QCOMPARE(dialog.preferences().language, QStringLiteral("de"));
        p.proxy = QStringLiteral("none");
        dialog.setPreferences(p);
        QCOMPARE(dialog.preferences().proxy, QStringLiteral("none"));

        // Apply stores and applies at once.
        const auto buttons = dialog.findChildren<QPushButton *>();
        QPushButton *apply = nullptr;
        for (QPushButton *button : buttons) {
            if (button->text().remove(u'&') == QStringLiteral("Apply"))
                apply = button;
        }
        QVERIFY(apply);
        apply->click();
        QCOMPARE(Preferences::load().connectTimeoutSeconds, 4);
        QCOMPARE(httpDefaults().connectTimeoutMs, 4000);
        QCOMPARE(Preferences::current().editorFont.pointSize(), 13);
        // Every control has a name for screen readers.
        for (QWidget *child : dialog.findChildren<QWidget *>()) {
            if (child->focusPolicy() & Qt::TabFocus && !qobject_cast<QPushButton *>(child) && child->isVisibleTo(&dialog)
                && child->parentWidget() && !child->parentWidget()->inherits("QComboBox") && !child->inherits("QLineEdit"))
                QVERIFY2(!child->accessibleName().isEmpty() || child->inherits("QCheckBox"), child->metaObject()->className());
        }
        QSettings().remove(QStringLiteral("preferences"));
        Preferences::defaults().apply();
    }

    void shortcutListComesFromTheActions()
    {
        MainWindow window;
        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&window);
        auto keysOf = [&](const QString &action) {
            for (const ShortcutsDialog::Entry &entry : entries) {
                if (entry.action == action)
                    return entry.keys;
            }
            return QString();
        };
        QCOMPARE(keysOf(QStringLiteral("Preferences")), QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(QStringLiteral("Keyboard Shortcuts")), QStringLiteral("F1"));
        QCOMPARE(keysOf(QStringLiteral("Save")), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(QStringLiteral("Fetch Selected Stream")), QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(QStringLiteral("Run Sync")), QStringLiteral("F5"));
        QCOMPARE(keysOf(QStringLiteral("Next Page")), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return).toString(QKeySequence::NativeText));
        // A new action with a shortcut shows up without touching the dialog.
        QAction *extra = window.menuBar()->actions().constLast()->menu()->addAction(QStringLiteral("Extra"));
        extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
        QCOMPARE(ShortcutsDialog::collect(&window).size(), entries.size() + 1);
        // Window-wide shortcuts never clash (a clash makes Qt fire neither).
        QSet<QString> windowWide;
        for (const ShortcutsDialog::Entry &entry : entries) {
            if (!entry.where.endsWith(QStringLiteral(" pane")) || entry.where == QStringLiteral("File") || entry.where == QStringLiteral("Edit")
                || entry.where == QStringLiteral("View") || entry.where == QStringLiteral("Run") || entry.where == QStringLiteral("Help")) {
                for (const QString &keys : entry.keys.split(QStringLiteral(", "))) {
                    QVERIFY2(!windowWide.contains(keys), qPrintable(keys + QStringLiteral(" is used twice")));
                    windowWide.insert(keys);
                }
            }
        }
        ShortcutsDialog dialog(&window);
        dialog.show();
    }

    // Last: it installs the German catalog for the rest of the process.
    void germanCatalogTranslatesTheWindow()
    {
        QCOMPARE(Preferences::availableLanguages(), (QStringList{QStringLiteral("de"), QStringLiteral("en")}));
        QCOMPARE(installTranslations(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("cw::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("cw::JsonPath", "unterminated string"), QStringLiteral("nicht abgeschlossene Zeichenkette"));
        QCOMPARE(QCoreApplication::translate("cw::ExportDialog", "%n error(s) must be fixed before the export.", nullptr, 2),
                 QStringLiteral("2 Fehler müssen vor dem Export behoben werden."));
        MainWindow window;
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                     QStringLiteral("A&usführen"), QStringLiteral("&Hilfe")}));
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
