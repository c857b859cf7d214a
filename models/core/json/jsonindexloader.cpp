// SPDX-License-Identifier: MIT
#include "models/core/json/jsonindexloader.h"

#include <algorithm>

#include <QThread>

namespace cw {

JsonIndexLoader::JsonIndexLoader(QObject *parent)
    : QObject(parent)
{
}

JsonIndexLoader::~JsonIndexLoader()
{
    cancel();
    // The workers post to this object; waiting here, before ~QObject drops the posted events,
    // means none of them can post to a destroyed object.
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void JsonIndexLoader::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_running) {
        m_running = false;
        ++m_generation; // results already posted by the cancelled build are dropped
        JsonIndexError error;
        error.cancelled = true;
        error.message = error.reason = tr("Cancelled.");
        Q_EMIT failed(error);
    }
}

void JsonIndexLoader::start(const QByteArray &body, const JsonIndexBuildOptions &options)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    const quint64 generation = ++m_generation;
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    QThread *thread = QThread::create([this, body, options, flag, generation] {
        JsonIndexBuildOptions run = options;
        run.cancel = flag.get();
        const qint64 total = body.size();
        run.progress = [this, total, generation, user = options.progress](qint64 done) {
            if (user)
                user(done);
            QMetaObject::invokeMethod(
                this, [this, done, total, generation] {
                    if (generation == m_generation)
                        Q_EMIT progress(done, total);
                },
                Qt::QueuedConnection);
        };
        JsonIndexError error;
        std::shared_ptr<const JsonIndex> index = JsonIndex::build(body, run, &error);
        QMetaObject::invokeMethod(
            this, [this, index = std::move(index), error, generation] {
                if (generation != m_generation)
                    return;
                m_running = false;
                if (index)
                    Q_EMIT finished(index);
                else
                    Q_EMIT failed(error);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("JsonIndexLoader"));
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), thread), m_threads.end());
        thread->deleteLater();
    });
    m_threads.push_back(thread);
    thread->start();
}

} // namespace cw
