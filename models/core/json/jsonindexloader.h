// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include <QByteArray>
#include <QObject>

#include "models/core/json/jsonindex.h"

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace cw {

/// Builds a JsonIndex on a thread of its own and reports back on the thread the loader lives in
/// (the GUI thread), where every signal costs O(1): the index is handed over whole, never
/// copied or walked there.
///
/// Starting again, cancelling or destroying the loader cancels the running build; results of
/// a superseded build are dropped, so a slow old response never replaces a newer one.
class JsonIndexLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonIndexLoader)

public:
    explicit JsonIndexLoader(QObject *parent = nullptr);
    ~JsonIndexLoader() override; ///< cancels and waits (the build checks the flag every few MB)

    /// Indexes \a body (shared, not copied) and emits progress() and then finished() or failed().
    void start(const QByteArray &body, const JsonIndexBuildOptions &options = {});
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(std::shared_ptr<const cw::JsonIndex> index);
    /// The body is not JSON (error.line/column/offset say where), or error.cancelled.
    void failed(const cw::JsonIndexError &error);

private:
    std::vector<QThread *> m_threads;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace cw
