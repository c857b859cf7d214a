// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QLockFile;
class QTimer;

namespace cw {

class ProjectDocument;
struct Project;

/// Keeps a copy of unsaved changes on disk, so that a crash, a killed process or a power cut
/// loses at most a few seconds of work.
///
/// Each running window owns one autosave slot in `directory`: `<id>.cwproj` (the project as it
/// is now), `<id>.meta` (the file it belongs to, when it was written) and `<id>.lock`, a
/// QLockFile held for the window's lifetime. A slot whose lock is stale (its process is gone)
/// is a recovery candidate; a slot whose lock is held belongs to another running window and is
/// left alone. Saving, reverting to unmodified or closing cleanly removes the slot.
class Autosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosaver)

public:
    /// `delayMs` after the last edit the copy is written; edits in between restart the wait,
    /// but never beyond `maxDelayMs` since the first unsaved edit.
    Autosaver(ProjectDocument *document, const QString &directory, QObject *parent = nullptr,
              int delayMs = 2000, int maxDelayMs = 30000);
    ~Autosaver() override;

    /// The directory used by the application: <AppLocalDataLocation>/autosave.
    static QString defaultDirectory();

    struct Recovery {
        QString id;
        QString autosavePath;   ///< the .cwproj holding the unsaved state
        QString originalPath;   ///< the project file it belongs to; empty for an untitled project
        QString displayName;
        QDateTime savedAt;
    };
    /// Slots left behind by processes that ended without cleaning up, newest first.
    static QList<Recovery> findRecoveries(const QString &directory);
    /// Loads a recovery into `document` as one undoable edit over the original file (or over an
    /// empty project), so that the document is modified and Undo shows what the file had.
    /// Returns false with `error` set when the autosave cannot be read.
    static bool recover(const Recovery &recovery, ProjectDocument *document, QString *error);
    /// Deletes a recovery slot (after it was recovered or the user discarded it).
    static void discard(const Recovery &recovery);

    /// Writes the copy now if there are unsaved changes (tests, and before risky work).
    bool writeNow();
    QString autosavePath() const;

Q_SIGNALS:
    /// An autosave could not be written (disk full, directory not writable).
    void failed(const QString &message);

private:
    void scheduleWrite();
    void removeSlot();

    ProjectDocument *m_document;
    QString m_directory;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_timer;
    int m_delayMs;
    int m_maxDelayMs;
    QDateTime m_firstPendingEdit;
};

} // namespace cw
