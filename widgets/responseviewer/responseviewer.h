// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWidget>

#include "models/core/http/httpclient.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cw {

class DetectionView;
class JsonBodyTree;
class JsonIndex;
class PageSession;
struct JsonIndexError;
class ProjectDocument;
class RawBodyView;
class SamplesView;
struct Sample;
struct ViewedPage;

/// The response viewer: fetches the selected stream's first page, then the next ones with the
/// stream's pagination, on a worker thread, and shows status, timings, headers, the body as a
/// lazily indexed JSON tree and as raw text, and what auto-detection proposes.
class ResponseViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseViewer)

public:
    explicit ResponseViewer(ProjectDocument *document, QWidget *parent = nullptr);
    ~ResponseViewer() override;

    void setStream(int streamIndex);
    /// Fetches the first page of the selected stream.
    void fetch();
    /// Fetches the page after the one shown, following the stream's pagination.
    void fetchNextPage();
    void cancel();
    bool isFetching() const;

    JsonBodyTree *tree() const { return m_tree; }
    RawBodyView *raw() const { return m_raw; }
    DetectionView *detection() const { return m_detection; }
    SamplesView *samples() const { return m_samples; }
    /// Shows a stored sample, without the network.
    void showSample(const Sample &sample);
    QString statusText() const;

Q_SIGNALS:
    void fetched(bool ok);

private:
    void showPage(const ViewedPage &page);
    void showBody(const QByteArray &body, const HttpHeaders &headers, std::shared_ptr<const JsonIndex> index,
                  const JsonIndexError &indexError);
    void showMessage(const QString &text, bool error);
    void updateRequestLine();
    void updateButtons();

    ProjectDocument *m_document;
    int m_stream = -1;
    QLabel *m_requestLine;
    QPushButton *m_fetchButton;
    QPushButton *m_nextButton;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QLabel *m_tlsWarning;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    JsonBodyTree *m_tree;
    RawBodyView *m_raw;
    QTableWidget *m_headers;
    QLabel *m_timings;
    DetectionView *m_detection;
    SamplesView *m_samples;
    std::unique_ptr<PageSession> m_session;
    int m_pageShown = 0;
};

} // namespace cw
