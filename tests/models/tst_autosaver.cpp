// SPDX-License-Identifier: MIT
// Autosave and crash recovery: unsaved edits reach the disk after a pause, saving removes
// them, a slot left by a dead process is offered for recovery, and one held by a live
// window is not.
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "models/core/project/projectfile.h"
#include "models/itemmodels/autosaver.h"
#include "models/itemmodels/projectdocument.h"

using namespace cw;

namespace {

Project sampleProject(const QString &name)
{
    Project project;
    project.name = name;
    project.connection.baseUrl = QStringLiteral("https://api.example.com");
    Stream stream;
    stream.name = QStringLiteral("customers");
    stream.request.path = QStringLiteral("/customers");
    project.streams.append(stream);
    return project;
}

/// The PID of a process that has certainly ended, to fake a crashed window's lock.
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("/bin/true"));
    process.waitForStarted();
    const qint64 pid = process.processId(); // known only while it runs
    process.waitForFinished();
    return pid;
}

/// Leaves a slot behind as a crashed window would: project copy, meta, and a lock whose
/// owner is gone.
void plantCrashedSlot(const QString &dir, const QString &id, const Project &project, const QString &originalPath,
                      qint64 pid)
{
    QFile cwproj(dir + QLatin1Char('/') + id + QStringLiteral(".cwproj"));
    QVERIFY(cwproj.open(QIODevice::WriteOnly));
    cwproj.write(ProjectFile::serialize(project));
    cwproj.close();
    QFile meta(dir + QLatin1Char('/') + id + QStringLiteral(".meta"));
    QVERIFY(meta.open(QIODevice::WriteOnly));
    meta.write(QStringLiteral("{\"originalPath\": \"%1\", \"displayName\": \"%2\", \"savedAt\": \"2026-11-24T10:00:00.000Z\"}")
                   .arg(originalPath, project.name)
                   .toUtf8());
    meta.close();
    QFile lock(dir + QLatin1Char('/') + id + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\nconnector-workbench\n" + QSysInfo::machineHostName().toUtf8() + "\n");
}

} // namespace

class TestAutosaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAfterAPauseAndRemovesOnSave()
    {
        QTemporaryDir dir;
        ProjectDocument document;
        document.reset(sampleProject(QStringLiteral("Acme")), {});
        Autosaver autosaver(&document, dir.path(), nullptr, 20, 200);

        Project edited = document.project();
        edited.name = QStringLiteral("Acme edited");
        document.edit(edited, QStringLiteral("Rename"));
        QTRY_VERIFY(QFile::exists(autosaver.autosavePath()));
        const ProjectFile::LoadResult copy = ProjectFile::load(autosaver.autosavePath());
        QVERIFY(copy.project);
        QCOMPARE(copy.project->name, QStringLiteral("Acme edited"));

        const QString saved = dir.filePath(QStringLiteral("acme.cwproj"));
        QString error;
        QVERIFY2(document.saveAs(saved, &error), qPrintable(error));
        QVERIFY(!QFile::exists(autosaver.autosavePath()));
    }

    void undoBackToSavedStateRemovesTheCopy()
    {
        QTemporaryDir dir;
        ProjectDocument document;
        document.reset(sampleProject(QStringLiteral("Acme")), {});
        Autosaver autosaver(&document, dir.path(), nullptr, 10, 100);
        Project edited = document.project();
        edited.description = QStringLiteral("changed");
        document.edit(edited, QStringLiteral("Describe"));
        QVERIFY(autosaver.writeNow());
        QVERIFY(QFile::exists(autosaver.autosavePath()));
        document.undoStack()->undo();
        QVERIFY(!document.isModified());
        QVERIFY(!QFile::exists(autosaver.autosavePath()));
    }

    void liveWindowsSlotIsNotOffered()
    {
        QTemporaryDir dir;
        ProjectDocument document;
        document.reset(sampleProject(QStringLiteral("Acme")), {});
        Autosaver autosaver(&document, dir.path());
        Project edited = document.project();
        edited.name = QStringLiteral("still open");
        document.edit(edited, QStringLiteral("Rename"));
        QVERIFY(autosaver.writeNow());
        QVERIFY(Autosaver::findRecoveries(dir.path()).isEmpty());
    }

    void crashedSlotIsRecoveredAsAnUndoableEdit()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("shop.cwproj"));
        QVERIFY(ProjectFile::save(sampleProject(QStringLiteral("Shop on disk")), original));
        Project unsaved = sampleProject(QStringLiteral("Shop with unsaved work"));
        unsaved.streams.first().name = QStringLiteral("clients");
        plantCrashedSlot(dir.path(), QStringLiteral("crashed-1"), unsaved, original, deadPid());

        const QList<Autosaver::Recovery> recoveries = Autosaver::findRecoveries(dir.path());
        QCOMPARE(recoveries.size(), 1);
        QCOMPARE(recoveries.first().originalPath, original);
        QCOMPARE(recoveries.first().displayName, QStringLiteral("Shop with unsaved work"));

        ProjectDocument document;
        QString error;
        QVERIFY2(Autosaver::recover(recoveries.first(), &document, &error), qPrintable(error));
        QCOMPARE(document.filePath(), original);
        QVERIFY(document.isModified());
        QCOMPARE(document.project().streams.first().name, QStringLiteral("clients"));
        document.undoStack()->undo();
        QCOMPARE(document.project().name, QStringLiteral("Shop on disk"));

        Autosaver::discard(recoveries.first());
        QVERIFY(Autosaver::findRecoveries(dir.path()).isEmpty());
    }

    void unreadableCopyIsReportedNotLoaded()
    {
        QTemporaryDir dir;
        plantCrashedSlot(dir.path(), QStringLiteral("broken"), sampleProject(QStringLiteral("x")), {}, deadPid());
        QFile cwproj(dir.filePath(QStringLiteral("broken.cwproj")));
        QVERIFY(cwproj.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cwproj.write("{ \"format\": ");
        cwproj.close();
        const QList<Autosaver::Recovery> recoveries = Autosaver::findRecoveries(dir.path());
        QCOMPARE(recoveries.size(), 1);
        ProjectDocument document;
        document.reset(sampleProject(QStringLiteral("kept")), {});
        QString error;
        QVERIFY(!Autosaver::recover(recoveries.first(), &document, &error));
        QVERIFY2(error.contains(QStringLiteral("broken.cwproj")), qPrintable(error));
        QCOMPARE(document.project().name, QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
