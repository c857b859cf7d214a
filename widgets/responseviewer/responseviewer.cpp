// SPDX-License-Identifier: MIT
#include "widgets/responseviewer/responseviewer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/core/sync/pagesession.h"
#include "models/itemmodels/projectdocument.h"
#include "widgets/responseviewer/detectionview.h"
#include "widgets/responseviewer/jsonbodytree.h"
#include "widgets/responseviewer/rawbodyview.h"
#include "models/core/samples/samplestore.h"
#include "widgets/responseviewer/samplesview.h"

namespace cw {

ResponseViewer::ResponseViewer(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_requestLine(new QLabel(this))
    , m_fetchButton(new QPushButton(tr("Fetch"), this))
    , m_nextButton(new QPushButton(tr("Next Page"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_tlsWarning(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new JsonBodyTree(document, this))
    , m_raw(new RawBodyView(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_timings(new QLabel(this))
    , m_detection(new DetectionView(document, this))
    , m_samples(new SamplesView(document, this))
{
    m_requestLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestLine->setTextFormat(Qt::PlainText);
    // A long URL must not dictate the pane's minimum width; the tooltip has it whole.
    m_requestLine->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_fetchButton->setToolTip(tr("Fetch the first page of the selected stream (Ctrl+Enter)"));
    m_nextButton->setToolTip(tr("Fetch the next page with the stream's pagination (Ctrl+Shift+Enter)"));
    m_nextButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    connect(m_fetchButton, &QPushButton::clicked, this, &ResponseViewer::fetch);
    connect(m_nextButton, &QPushButton::clicked, this, &ResponseViewer::fetchNextPage);
    connect(m_cancelButton, &QPushButton::clicked, this, &ResponseViewer::cancel);

    auto *top = new QHBoxLayout;
    top->addWidget(m_requestLine, 1);
    top->addWidget(m_fetchButton);
    top->addWidget(m_nextButton);
    top->addWidget(m_cancelButton);

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_tlsWarning->setText(tr("⚠ TLS certificate verification was off for this request."));
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #c01c28; font-weight: bold;"));
    m_tlsWarning->hide();
    // A busy indicator while a page is fetched and indexed; the window keeps repainting.
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setAccessibleName(tr("Response headers"));
    m_timings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_timings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timings->setMargin(8);
    m_timings->setAccessibleName(tr("Timings"));

    m_tabs->setAccessibleName(tr("Response views"));
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_timings, tr("Timings"));
    m_tabs->addTab(m_detection, tr("Detected"));
    m_tabs->addTab(m_samples, tr("Samples"));
    connect(m_samples, &SamplesView::sampleOpened, this, &ResponseViewer::showSample);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_tlsWarning);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);

    connect(document, &ProjectDocument::projectReset, this, [this] {
        cancel();
        m_session.reset();
        m_tree->clear();
        m_raw->clear();
        m_headers->setRowCount(0);
        m_timings->clear();
        m_status->clear();
        m_detection->setResponse(nullptr, {}, {});
        setStream(-1);
    });
    connect(document, &ProjectDocument::projectChanged, this, &ResponseViewer::updateRequestLine);
    connect(document, &ProjectDocument::configurationValuesChanged, this, &ResponseViewer::updateRequestLine);
    setStream(-1);
}

ResponseViewer::~ResponseViewer() = default;

void ResponseViewer::setStream(int streamIndex)
{
    if (streamIndex != m_stream && !isFetching())
        m_session.reset(); // "Next page" belongs to the stream that was fetched
    m_stream = streamIndex;
    m_tree->setStream(streamIndex);
    m_detection->setStream(streamIndex);
    m_samples->setStream(streamIndex);
    updateRequestLine();
}

void ResponseViewer::updateRequestLine()
{
    const QList<Stream> &streams = m_document->project().streams;
    if (m_stream < 0 || m_stream >= streams.size()) {
        m_requestLine->setText(streams.isEmpty() ? tr("This project has no streams yet.")
                                                 : tr("Select a stream in the endpoint explorer."));
    } else {
        const Stream &stream = streams.at(m_stream);
        const HttpRequest request = buildStreamRequest(m_document->project(), stream, m_document->configurationValues());
        m_requestLine->setText(stream.request.method + u' '
                               + redactSecrets(request.url.toDisplayString(), m_document->project(),
                                               m_document->configurationValues()));
        m_requestLine->setToolTip(m_requestLine->text());
    }
    updateButtons();
}

void ResponseViewer::updateButtons()
{
    const bool busy = isFetching();
    const bool haveStream = m_stream >= 0 && m_stream < m_document->project().streams.size();
    m_fetchButton->setEnabled(!busy && haveStream);
    m_nextButton->setEnabled(!busy && m_session && m_session->hasNext());
    m_cancelButton->setEnabled(busy);
}

bool ResponseViewer::isFetching() const
{
    return m_session && m_session->isBusy();
}

QString ResponseViewer::statusText() const
{
    return m_status->text();
}

void ResponseViewer::cancel()
{
    if (m_session)
        m_session->cancel();
}

void ResponseViewer::fetch()
{
    const QList<Stream> &streams = m_document->project().streams;
    if (isFetching() || m_stream < 0 || m_stream >= streams.size())
        return;
    m_session = std::make_unique<PageSession>(m_document->project(), streams.at(m_stream),
                                              m_document->configurationValues(), m_samples->databasePath());
    connect(m_session.get(), &PageSession::pageReady, this, &ResponseViewer::showPage);
    m_pageShown = 0;
    fetchNextPage();
}

void ResponseViewer::fetchNextPage()
{
    if (!m_session || !m_session->fetchNext())
        return;
    showMessage(m_pageShown == 0 ? tr("Fetching…") : tr("Fetching page %1…").arg(m_pageShown + 1), false);
    m_progress->show();
    updateButtons();
}

void ResponseViewer::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c01c28;") : QString());
}

void ResponseViewer::showBody(const QByteArray &body, const HttpHeaders &headers, std::shared_ptr<const JsonIndex> index,
                              const JsonIndexError &indexError)
{
    QByteArray contentType;
    for (const auto &[name, value] : headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = value;
    }
    if (index)
        m_tree->setIndex(index);
    else
        m_tree->clear();
    m_raw->setBody(body, contentType, index != nullptr, indexError.line, indexError.column, indexError.message);
    if (!index && !body.isEmpty())
        m_tabs->setCurrentWidget(m_raw);
    m_headers->setRowCount(int(headers.size()));
    for (int i = 0; i < headers.size(); ++i) {
        m_headers->setItem(i, 0, new QTableWidgetItem(QString::fromLatin1(headers[i].first)));
        m_headers->setItem(i, 1, new QTableWidgetItem(QString::fromUtf8(headers[i].second)));
    }
    m_headers->resizeColumnToContents(0);
}

void ResponseViewer::showSample(const Sample &sample)
{
    // Samples are at most a few megabytes, so indexing here is quick.
    JsonIndexError error;
    std::shared_ptr<const JsonIndex> index = sample.body.trimmed().isEmpty() ? nullptr : JsonIndex::build(sample.body, {}, &error);
    showBody(sample.body, sample.headers, index, error);
    auto body = index ? std::make_shared<const JsonValue>(index->materialize(index->rootValue().value)) : nullptr;
    m_detection->setResponse(body, sample.headers, QUrl(sample.url));
    QString status = tr("Sample from %1 · HTTP %2 · %3 · offline")
                         .arg(QLocale().toString(sample.fetchedAt.toLocalTime(), QLocale::ShortFormat))
                         .arg(sample.status)
                         .arg(QLocale().formattedDataSize(sample.bodySize));
    if (!sample.bodyNote.isEmpty())
        status += QStringLiteral(" · ") + sample.bodyNote;
    showMessage(status, false);
    m_timings->setText(tr("Stored sample of %1 %2").arg(sample.method, sample.url));
    m_tabs->setCurrentWidget(index ? static_cast<QWidget *>(m_tree) : m_raw);
}

void ResponseViewer::showPage(const ViewedPage &page)
{
    m_progress->hide();
    const PageFetch &fetch = *page.fetch;
    const HttpResponse &response = fetch.response;
    m_pageShown = fetch.index + 1;
    m_tlsWarning->setVisible(response.tlsVerificationDisabled);
    updateButtons();
    if (response.status == 0) {
        showMessage(fetch.error.isEmpty() ? response.error : fetch.error, true);
        Q_EMIT fetched(false);
        return;
    }
    const QLocale locale;
    QString status = tr("Page %1 · HTTP %2 · %3 ms · %4")
                         .arg(m_pageShown)
                         .arg(response.status)
                         .arg(response.timings.totalMs, 0, 'f', 1)
                         .arg(locale.formattedDataSize(response.bodySize > 0 ? response.bodySize : response.body.size()));
    if (page.index)
        status += tr(" · %1 records").arg(fetch.recordCount);
    if (!fetch.error.isEmpty())
        status += QStringLiteral(" · ") + fetch.error;
    else if (m_session && !m_session->hasNext())
        status += tr(" · last page");
    showMessage(status, !fetch.error.isEmpty());

    showBody(page.body, response.headers, page.index, page.indexError);
    if (page.sampleId > 0) {
        m_samples->refresh();
        m_document->noteSamplesWritten();
    } else if (m_samples->databasePath().isEmpty() && page.fetch && m_stream >= 0
               && m_stream < m_document->project().streams.size()) {
        // No file yet (a new or demo project): keep the page in memory, so that the mapping
        // can be inferred from it now and it is stored when the project is first saved.
        m_document->keepSample(makeSample(m_document->project().streams.at(m_stream).name, *page.fetch,
                                          m_document->project(), m_document->configurationValues(),
                                          SampleStore().maxBodyBytes()));
    } else if (!page.sampleError.isEmpty()) {
        m_status->setText(m_status->text() + tr(" · sample not kept: %1").arg(page.sampleError));
    }
    const HttpTimings &t = response.timings;
    QString timings = tr("DNS lookup\t%1 ms\nConnected\t%2 ms\nTLS done\t%3 ms\nFirst byte\t%4 ms\nTotal\t\t%5 ms\n"
                         "Processing\t%6 ms\n\nDownloaded\t%7\nURL\t\t%8")
                          .arg(t.dnsMs, 0, 'f', 1)
                          .arg(t.connectMs, 0, 'f', 1)
                          .arg(t.tlsMs, 0, 'f', 1)
                          .arg(t.firstByteMs, 0, 'f', 1)
                          .arg(t.totalMs, 0, 'f', 1)
                          .arg(page.indexMilliseconds, 0, 'f', 1)
                          .arg(locale.formattedDataSize(response.sizeDownloaded))
                          .arg(fetch.displayUrl);
    for (const QUrl &hop : response.redirects)
        timings += tr("\nRedirected to\t%1").arg(redactSecrets(hop.toDisplayString(), m_document->project(),
                                                                m_document->configurationValues()));
    m_timings->setText(timings);
    m_detection->setResponse(fetch.body, response.headers, fetch.request.url);
    Q_EMIT fetched(fetch.error.isEmpty());
}

} // namespace cw
