// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QObject>

#include "models/core/json/jsonindex.h"
#include "models/core/project/configtemplate.h"
#include "models/core/project/project.h"
#include "models/core/sync/pagewalker.h"

class QThread;

namespace cw {

/// One page as the response viewer shows it: the fetch, and the body indexed for the tree.
struct ViewedPage {
    std::shared_ptr<const PageFetch> fetch;
    QByteArray body;                          ///< the body bytes, also when the client spooled them to a file
    std::shared_ptr<const JsonIndex> index;   ///< null when the body is not JSON
    JsonIndexError indexError;                ///< why, when it is not
    double indexMilliseconds = 0;             ///< parsing and indexing after the transfer
    qint64 sampleId = 0;                      ///< the stored sample, 0 when none was stored
    QString sampleError;                      ///< why storing it failed
};

/// Fetches a stream's pages one at a time on demand ("Fetch", then "Next page"), keeping the
/// stream's pagination state between requests. Each request and the indexing of its body run
/// on a worker thread; results arrive as queued signals.
class PageSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageSession)

public:
    /// `samplesPath`: the workspace database where every fetched page is kept as a sample
    /// (secrets redacted); empty keeps nothing.
    PageSession(const Project &project, const Stream &stream, const ConfigurationValues &values,
                const QString &samplesPath = {}, QObject *parent = nullptr);
    ~PageSession() override;

    QString streamName() const { return m_streamName; }
    /// False once the stream's pagination says there are no more pages.
    bool hasNext() const;
    bool isBusy() const;
    /// Requests the next page (the first one on the first call).
    bool fetchNext();
    void cancel();

Q_SIGNALS:
    void pageReady(const cw::ViewedPage &page);

private:
    struct State;
    std::shared_ptr<State> m_state;
    QString m_streamName;
    QThread *m_thread = nullptr;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::ViewedPage)
