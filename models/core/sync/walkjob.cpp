// SPDX-License-Identifier: MIT
#include "models/core/sync/walkjob.h"

#include <QCoreApplication>
#include <QThread>

namespace cw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::WalkJob)
};
} // namespace

WalkJob::WalkJob(Project project, QStringList streams, ConfigurationValues values, int maxPages, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_streams(std::move(streams))
    , m_values(std::move(values))
    , m_maxPages(maxPages)
{
    qRegisterMetaType<std::shared_ptr<const cw::PageFetch>>();
}

WalkJob::~WalkJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void WalkJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("WalkJob"));
    m_thread->start();
}

void WalkJob::cancel()
{
    m_cancel = true;
}

bool WalkJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WalkJob::run()
{
    HttpClient client;
    bool ok = true;
    for (const QString &name : std::as_const(m_streams)) {
        if (m_cancel)
            break;
        const Stream *found = m_project.stream(name);
        if (!found) {
            Q_EMIT streamFinished(name, 0, 0, Tr::tr("The project has no stream \"%1\".").arg(name), true);
            ok = false;
            continue;
        }
        Stream stream = *found;
        if (m_maxPages > 0)
            stream.pagination.maxPages = m_maxPages;
        Q_EMIT streamStarted(name);
        PageWalker walker(m_project, stream, m_values);
        if (!walker.hasNext()) {
            Q_EMIT streamFinished(name, 0, 0, walker.stopReason(), walker.failed());
            ok = ok && !walker.failed();
            continue;
        }
        while (walker.hasNext() && !m_cancel) {
            auto page = std::make_shared<PageFetch>(walker.fetchNext(client, &m_cancel));
            if (page->response.cancelled)
                break;
            Q_EMIT pageFetched(name, std::move(page));
        }
        const QString reason = m_cancel ? Tr::tr("cancelled") : walker.stopReason();
        Q_EMIT streamFinished(name, walker.pageCount(), walker.recordCount(), reason, walker.failed());
        ok = ok && !walker.failed();
    }
    Q_EMIT finished(ok && !m_cancel, m_cancel);
}

} // namespace cw
