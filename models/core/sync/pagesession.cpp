// SPDX-License-Identifier: MIT
#include "models/core/sync/pagesession.h"

#include "models/core/samples/samplestore.h"

#include <mutex>

#include <QElapsedTimer>
#include <QThread>

namespace cw {

// Shared with the worker so that a session destroyed mid-request never leaves the worker
// with dangling state.
struct PageSession::State {
    std::mutex mutex;   ///< one request at a time
    PageWalker walker;
    HttpClient client;
    std::atomic_bool cancel{false};
    std::atomic_bool hasNext{true};
    Project project;
    QString stream;
    ConfigurationValues values;
    QString samplesPath;

    State(const Project &p, const Stream &s, const ConfigurationValues &v, const QString &samples)
        : walker(p, s, v)
        , project(p)
        , stream(s.name)
        , values(v)
        , samplesPath(samples)
    {
        walker.setIndexBodies(true);
    }
};

PageSession::PageSession(const Project &project, const Stream &stream, const ConfigurationValues &values,
                         const QString &samplesPath, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>(project, stream, values, samplesPath))
    , m_streamName(stream.name)
{
    qRegisterMetaType<cw::ViewedPage>();
}

PageSession::~PageSession()
{
    if (m_thread) {
        m_state->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool PageSession::hasNext() const
{
    return m_state->hasNext;
}

bool PageSession::isBusy() const
{
    return m_thread && m_thread->isRunning();
}

void PageSession::cancel()
{
    m_state->cancel = true;
}

bool PageSession::fetchNext()
{
    if (isBusy() || !m_state->hasNext)
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_state->cancel = false;
    std::shared_ptr<State> state = m_state;
    m_thread = QThread::create([this, state] {
        std::lock_guard lock(state->mutex);
        ViewedPage page;
        QElapsedTimer timer;
        timer.start();
        auto fetch = std::make_shared<PageFetch>(state->walker.fetchNext(state->client, &state->cancel));
        state->hasNext = state->walker.hasNext();
        page.body = fetch->response.spooled() ? fetch->response.readBody() : fetch->response.body;
        page.index = fetch->bodyIndex;
        page.indexError = fetch->indexError;
        page.indexMilliseconds = double(timer.nsecsElapsed()) / 1e6 - fetch->response.timings.totalMs;
        if (!state->samplesPath.isEmpty() && !fetch->response.cancelled) {
            // One connection per use: SQLite connections must not be shared across threads.
            SampleStore store;
            if (store.open(state->samplesPath, &page.sampleError))
                page.sampleId = store.add(state->stream, *fetch, state->project, state->values, &page.sampleError);
        }
        page.fetch = std::move(fetch);
        Q_EMIT pageReady(page);
    });
    m_thread->setObjectName(QStringLiteral("PageSession"));
    m_thread->start();
    return true;
}

} // namespace cw
