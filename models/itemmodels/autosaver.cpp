// SPDX-License-Identifier: MIT
#include "models/itemmodels/autosaver.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include "models/core/project/projectfile.h"
#include "models/itemmodels/projectdocument.h"

namespace cw {

namespace {

QString slotPath(const QString &directory, const QString &id, const char *suffix)
{
    return QDir(directory).filePath(id + QLatin1Char('.') + QLatin1String(suffix));
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

Autosaver::Autosaver(ProjectDocument *document, const QString &directory, QObject *parent, int delayMs, int maxDelayMs)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_timer(new QTimer(this))
    , m_delayMs(delayMs)
    , m_maxDelayMs(maxDelayMs)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::writeNow);
    connect(m_document, &ProjectDocument::projectChanged, this, &Autosaver::scheduleWrite);
    connect(m_document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        // The document reports the change before the undo stack leaves its clean state, so
        // the first edit after a save arrives here rather than through projectChanged.
        if (modified)
            scheduleWrite();
        else
            removeSlot();
    });
    connect(m_document, &ProjectDocument::projectReset, this, &Autosaver::removeSlot);
}

Autosaver::~Autosaver()
{
    // Destroyed with the window: a clean exit, whatever the user chose to do with unsaved
    // changes, so nothing is left to recover.
    removeSlot();
}

QString Autosaver::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("autosave"));
}

QString Autosaver::autosavePath() const
{
    return slotPath(m_directory, m_id, "cwproj");
}

void Autosaver::scheduleWrite()
{
    if (!m_document->isModified())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_firstPendingEdit.isValid())
        m_firstPendingEdit = now;
    // Typing in a field edits the project many times a second; wait for a pause, but do not
    // let a never-ending stream of edits postpone the copy forever.
    const qint64 sinceFirst = m_firstPendingEdit.msecsTo(now);
    m_timer->start(int(std::clamp<qint64>(std::min<qint64>(m_delayMs, m_maxDelayMs - sinceFirst), 0, m_delayMs)));
}

bool Autosaver::writeNow()
{
    m_timer->stop();
    m_firstPendingEdit = {};
    if (!m_document->isModified())
        return false;
    QString error;
    if (!QDir().mkpath(m_directory)) {
        Q_EMIT failed(tr("Cannot create the autosave folder %1.").arg(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(slotPath(m_directory, m_id, "lock"));
        m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
        if (!m_lock->tryLock(0)) {
            Q_EMIT failed(tr("Cannot lock the autosave slot in %1.").arg(QDir::toNativeSeparators(m_directory)));
            m_lock.reset();
            return false;
        }
    }
    const QJsonObject meta{
        {QStringLiteral("originalPath"), m_document->filePath()},
        {QStringLiteral("displayName"), m_document->displayName()},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    // Project first, meta last: a meta file only ever points at a complete project copy.
    if (!writeAtomically(autosavePath(), ProjectFile::serialize(m_document->project()), &error)
        || !writeAtomically(slotPath(m_directory, m_id, "meta"), QJsonDocument(meta).toJson(), &error)) {
        Q_EMIT failed(tr("Cannot write the autosave copy to %1: %2").arg(QDir::toNativeSeparators(m_directory), error));
        return false;
    }
    return true;
}

void Autosaver::removeSlot()
{
    m_timer->stop();
    m_firstPendingEdit = {};
    QFile::remove(slotPath(m_directory, m_id, "meta"));
    QFile::remove(autosavePath());
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

QList<Autosaver::Recovery> Autosaver::findRecoveries(const QString &directory)
{
    QList<Recovery> found;
    const QFileInfoList metas = QDir(directory).entryInfoList({QStringLiteral("*.meta")}, QDir::Files);
    for (const QFileInfo &metaInfo : metas) {
        const QString id = metaInfo.completeBaseName();
        QLockFile lock(slotPath(directory, id, "lock"));
        lock.setStaleLockTime(0);
        // Held by a live process: another window's work in progress, not ours to take.
        if (!lock.tryLock(0) && lock.error() == QLockFile::LockFailedError)
            continue;
        lock.unlock();
        QFile metaFile(metaInfo.filePath());
        if (!metaFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        Recovery recovery;
        recovery.id = id;
        recovery.autosavePath = slotPath(directory, id, "cwproj");
        recovery.originalPath = meta.value(QStringLiteral("originalPath")).toString();
        recovery.displayName = meta.value(QStringLiteral("displayName")).toString();
        recovery.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        if (QFileInfo::exists(recovery.autosavePath))
            found.append(recovery);
    }
    std::sort(found.begin(), found.end(), [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return found;
}

bool Autosaver::recover(const Recovery &recovery, ProjectDocument *document, QString *error)
{
    const ProjectFile::LoadResult autosaved = ProjectFile::load(recovery.autosavePath);
    if (!autosaved.project) {
        QStringList reasons;
        for (const ProjectFile::Problem &problem : autosaved.problems)
            reasons.append(problem.toString());
        *error = tr("The autosaved copy %1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(recovery.autosavePath), reasons.join(QLatin1Char(' ')));
        return false;
    }
    // Start from the file as it is on disk, so that the recovered changes are one Undo away
    // from it and the document shows as modified until the user saves.
    Project base;
    QString basePath;
    if (!recovery.originalPath.isEmpty()) {
        const ProjectFile::LoadResult original = ProjectFile::load(recovery.originalPath);
        if (original.project) {
            base = *original.project;
            basePath = recovery.originalPath;
        }
    }
    document->reset(base, basePath);
    document->edit(*autosaved.project, tr("Recover Unsaved Changes"));
    return true;
}

void Autosaver::discard(const Recovery &recovery)
{
    const QString directory = QFileInfo(recovery.autosavePath).absolutePath();
    QFile::remove(slotPath(directory, recovery.id, "meta"));
    QFile::remove(recovery.autosavePath);
    QFile::remove(slotPath(directory, recovery.id, "lock"));
}

} // namespace cw
