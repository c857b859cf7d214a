// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QObject>
#include <QStringList>

#include "models/core/project/configtemplate.h"
#include "models/core/project/project.h"
#include "models/core/sync/pagewalker.h"

class QThread;

namespace cw {

/// Walks one or more streams page by page on a worker thread, so that a window stays
/// responsive. Signals are emitted from the worker thread; connect with a context object
/// in the receiver's thread and they arrive queued. Cancel is honoured between and during
/// requests.
class WalkJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkJob)

public:
    WalkJob(Project project, QStringList streams, ConfigurationValues values, int maxPages = 0,
            QObject *parent = nullptr);
    ~WalkJob() override;

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void streamStarted(const QString &stream);
    /// Every page, successful or not. The page is shared, not copied, between threads.
    void pageFetched(const QString &stream, std::shared_ptr<const cw::PageFetch> page);
    void streamFinished(const QString &stream, int pages, qint64 records, const QString &stopReason, bool failed);
    void finished(bool ok, bool cancelled);

private:
    struct Outcome {
        int pages = 0;
        qint64 records = 0;
        bool failed = false;
        QString reason;
    };
    void run();
    Outcome walkPages(HttpClient &client, const QString &name, const Stream &stream,
                      const QHash<QString, QString> &pathValues);
    Outcome walkChild(HttpClient &client, const QString &name, const Stream &stream);

    Project m_project;
    QStringList m_streams;
    ConfigurationValues m_values;
    int m_maxPages;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace cw

Q_DECLARE_METATYPE(std::shared_ptr<const cw::PageFetch>)
