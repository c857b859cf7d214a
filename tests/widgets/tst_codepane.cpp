// SPDX-License-Identifier: MIT
// The code pane: generated code follows mapping edits with changed lines marked, the user's
// edits are never overwritten silently, and syntax errors are found by py_compile.
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/core/codegen/pythonruntime.h"
#include "models/core/demo/demoproject.h"
#include "models/itemmodels/projectdocument.h"
#include "widgets/codepane/codeeditor.h"
#include "widgets/codepane/codepane.h"
#include "widgets/codepane/findbar.h"
#include "widgets/dialogs/exportdialog.h"

using namespace cw;

class TestCodePane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsEditsAndKeepsTheUsers()
    {
        ProjectDocument document;
        document.reset(makeDemoProject(QStringLiteral("http://127.0.0.1:9")), {});
        CodePane pane(&document);
        pane.resize(800, 600);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.editor()->text().contains(QStringLiteral("connector = Connector(")), 15000);
        QVERIFY(!pane.isEdited());

        // A mapping edit regenerates the code and marks the lines it changed.
        Project renamed = document.project();
        renamed.streams[0].table.name = QStringLiteral("clients");
        document.edit(renamed, QStringLiteral("Rename table"));
        QTRY_VERIFY_WITH_TIMEOUT(pane.editor()->text().contains(QStringLiteral("\"clients\"")), 15000);
        QVERIFY(!pane.changedLines().isEmpty());

        // Typing makes the code the user's: a later edit does not replace it.
        pane.editor()->insertAt(QStringLiteral("# reviewed by me\n"), 0, 0);
        QVERIFY(pane.isEdited());
        renamed.streams[0].table.name = QStringLiteral("accounts");
        document.edit(renamed, QStringLiteral("Rename table again"));
        QTRY_VERIFY_WITH_TIMEOUT(pane.generatedCode().contains(QStringLiteral("\"accounts\"")), 15000);
        QVERIFY(pane.editor()->text().startsWith(QStringLiteral("# reviewed by me")));
        QVERIFY(!pane.editor()->text().contains(QStringLiteral("\"accounts\"")));
        pane.discardEdits();
        QVERIFY(!pane.isEdited());
        QCOMPARE(pane.editor()->text(), pane.generatedCode());
    }

    void syntaxErrorsAreMarked()
    {
        QString why;
        if (!findPython(&why))
            QSKIP(qPrintable(QStringLiteral("no python3 with requests: ") + why));
        ProjectDocument document;
        document.reset(makeDemoProject(QStringLiteral("http://127.0.0.1:9")), {});
        CodePane pane(&document);
        QTRY_VERIFY_WITH_TIMEOUT(pane.editor()->text().contains(QStringLiteral("def update(")), 15000);
        QSignalSpy checked(&pane, &CodePane::syntaxChecked);
        // At the end of the file: the top is the module's docstring, where anything goes.
        const int line = pane.editor()->lines();
        pane.editor()->append(QStringLiteral("def broken(:\n"));
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1 && !pane.syntaxError().isEmpty(), 15000);
        QVERIFY2(pane.syntaxError().startsWith(QStringLiteral("line %1").arg(line)), qPrintable(pane.syntaxError()));
    }

    void findAndReplace()
    {
        CodeEditor editor;
        editor.setText(QStringLiteral("total = a + b\nprint(a)\n"));
        FindBar bar(&editor);
        bar.activateReplace();
        bar.field()->setText(QStringLiteral("= a"));
        bar.replaceField()->setText(QStringLiteral("= amount"));
        QVERIFY(bar.replaceCurrent()); // first call finds the match
        QVERIFY(bar.replaceCurrent()); // second replaces it
        QCOMPARE(editor.text(), QStringLiteral("total = amount + b\nprint(a)\n"));
        bar.field()->setText(QStringLiteral("b"));
        bar.replaceField()->setText(QStringLiteral("bonus"));
        QCOMPARE(bar.replaceAll(), 1);
        bar.field()->setText(QStringLiteral("print"));
        bar.replaceField()->setText(QStringLiteral("log"));
        QCOMPARE(bar.replaceAll(), 1);
        QCOMPARE(editor.text(), QStringLiteral("total = amount + bonus\nlog(a)\n"));
        editor.undo(); // Replace All is one step
        QCOMPARE(editor.text(), QStringLiteral("total = amount + bonus\nprint(a)\n"));
        // A read-only editor offers no replacing.
        editor.setReadOnly(true);
        QCOMPARE(bar.replaceAll(), 0);
    }

    void exportDialogLintsThenWrites()
    {
        ProjectDocument document;
        ConfigurationValues values;
        values.insert(QStringLiteral("api_token"), QStringLiteral("very-secret-token"));
        document.reset(makeDemoProject(QStringLiteral("http://127.0.0.1:9")), {}, values);
        QTemporaryDir dir;
        ExportDialog dialog(&document);
        dialog.folderEdit()->setText(dir.filePath(QStringLiteral("acme")));
        QCOMPARE(dialog.lint(), 0);
        QVERIFY(dialog.findings()->count() > 0);
        QVERIFY(dialog.exportNow());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("acme/connector.py"))));
        QFile configuration(dir.filePath(QStringLiteral("acme/configuration.json")));
        QVERIFY(configuration.open(QIODevice::ReadOnly));
        // Secrets stay out unless the user opts in.
        QVERIFY(!configuration.readAll().contains("very-secret-token"));
    }
};

QTEST_MAIN(TestCodePane)
#include "tst_codepane.moc"
