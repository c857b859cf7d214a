// SPDX-License-Identifier: MIT
#include "widgets/responseviewer/responseviewer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/core/sync/walkjob.h"
#include "models/itemmodels/jsontreemodel.h"
#include "models/itemmodels/projectdocument.h"
#include "widgets/codepane/codeeditor.h"

namespace cw {

namespace {
// Pretty-printing and highlighting a body costs time proportional to its size; above this
// the raw tab shows the bytes as received.
constexpr qsizetype kPrettyPrintLimit = 4 * 1024 * 1024;
} // namespace

ResponseViewer::ResponseViewer(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_requestLine(new QLabel(this))
    , m_fetchButton(new QPushButton(tr("Fetch"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_model(new JsonTreeModel(this))
    , m_pointer(new QLabel(this))
    , m_raw(new CodeEditor(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_timings(new QLabel(this))
{
    m_requestLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestLine->setTextFormat(Qt::PlainText);
    m_fetchButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_fetchButton->setToolTip(tr("Fetch the first page of the selected stream (Ctrl+Enter)"));
    m_cancelButton->setEnabled(false);
    connect(m_fetchButton, &QPushButton::clicked, this, &ResponseViewer::fetch);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_requestLine, 1);
    top->addWidget(m_fetchButton);
    top->addWidget(m_cancelButton);

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Response tree"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString pointer = index.data(JsonTreeModel::PointerRole).toString();
        m_pointer->setText(pointer.isEmpty() ? QString() : tr("Path: %1").arg(pointer));
    });
    m_pointer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *treePage = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree);
    treeLayout->addWidget(m_pointer);

    m_raw->setLanguage(CodeEditor::Language::Json);
    m_raw->setReadOnly(true);
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_timings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timings->setMargin(8);

    m_tabs->addTab(treePage, tr("Tree"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_timings, tr("Timings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(document, &ProjectDocument::projectReset, this, [this] {
        m_model->clear();
        m_raw->clear();
        m_headers->setRowCount(0);
        m_timings->clear();
        m_status->clear();
        setStream(-1);
    });
    connect(document, &ProjectDocument::projectChanged, this, &ResponseViewer::updateRequestLine);
    connect(document, &ProjectDocument::configurationValuesChanged, this, &ResponseViewer::updateRequestLine);
    setStream(-1);
}

ResponseViewer::~ResponseViewer() = default;

void ResponseViewer::setStream(int streamIndex)
{
    m_stream = streamIndex;
    updateRequestLine();
}

void ResponseViewer::updateRequestLine()
{
    const QList<Stream> &streams = m_document->project().streams;
    if (m_stream < 0 || m_stream >= streams.size()) {
        m_requestLine->setText(streams.isEmpty() ? tr("This project has no streams yet.")
                                                 : tr("Select a stream in the endpoint explorer."));
        m_fetchButton->setEnabled(false);
        return;
    }
    const Stream &stream = streams.at(m_stream);
    const HttpRequest request = buildStreamRequest(m_document->project(), stream, m_document->configurationValues());
    m_requestLine->setText(stream.request.method + u' '
                           + redactSecrets(request.url.toDisplayString(), m_document->project(),
                                           m_document->configurationValues()));
    m_fetchButton->setEnabled(!isFetching());
}

bool ResponseViewer::isFetching() const
{
    return m_job && m_job->isRunning();
}

void ResponseViewer::fetch()
{
    const QList<Stream> &streams = m_document->project().streams;
    if (isFetching() || m_stream < 0 || m_stream >= streams.size())
        return;
    m_job = std::make_unique<WalkJob>(m_document->project(), QStringList{streams.at(m_stream).name},
                                      m_document->configurationValues(), 1);
    connect(m_job.get(), &WalkJob::pageFetched, this,
            [this](const QString &, const std::shared_ptr<const PageFetch> &page) { showPage(page); });
    connect(m_job.get(), &WalkJob::streamFinished, this,
            [this](const QString &, int pages, qint64, const QString &reason, bool failed) {
                if (pages == 0 && failed)
                    showMessage(reason, true);
            });
    connect(m_job.get(), &WalkJob::finished, this, [this](bool ok, bool cancelled) {
        m_fetchButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        if (cancelled)
            showMessage(tr("Cancelled."), true);
        Q_EMIT fetched(ok);
    });
    m_fetchButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    showMessage(tr("Fetching…"), false);
    m_job->start();
}

void ResponseViewer::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c01c28;") : QString());
}

void ResponseViewer::showPage(const std::shared_ptr<const PageFetch> &page)
{
    const HttpResponse &response = page->response;
    const QLocale locale;
    if (response.status == 0) {
        showMessage(page->error, true);
        return;
    }
    QString status = tr("HTTP %1 · %2 ms · %3 · %n record(s)", nullptr, int(page->records.size()))
                         .arg(response.status)
                         .arg(response.timings.totalMs, 0, 'f', 1)
                         .arg(locale.formattedDataSize(response.body.size()));
    if (!page->error.isEmpty())
        status += QStringLiteral(" · ") + page->error;
    showMessage(status, !page->error.isEmpty());

    // The worker thread already parsed the body; the GUI thread only presents it.
    const std::shared_ptr<const JsonValue> body = page->body;
    if (body)
        m_model->setDocument(body);
    else
        m_model->clear();
    m_tree->expandToDepth(0);
    m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn);

    if (body && response.body.size() <= kPrettyPrintLimit)
        m_raw->setText(QString::fromStdString(body->dump(2, ' ', false, JsonValue::error_handler_t::replace)));
    else
        m_raw->setText(QString::fromUtf8(response.body));

    m_headers->setRowCount(int(response.headers.size()));
    for (int i = 0; i < response.headers.size(); ++i) {
        m_headers->setItem(i, 0, new QTableWidgetItem(QString::fromLatin1(response.headers[i].first)));
        m_headers->setItem(i, 1, new QTableWidgetItem(QString::fromUtf8(response.headers[i].second)));
    }
    const HttpTimings &t = response.timings;
    m_timings->setText(tr("DNS lookup\t%1 ms\nConnected\t%2 ms\nTLS done\t%3 ms\nFirst byte\t%4 ms\nTotal\t\t%5 ms\n\nURL\t\t%6")
                           .arg(t.dnsMs, 0, 'f', 1)
                           .arg(t.connectMs, 0, 'f', 1)
                           .arg(t.tlsMs, 0, 'f', 1)
                           .arg(t.firstByteMs, 0, 'f', 1)
                           .arg(t.totalMs, 0, 'f', 1)
                           .arg(page->displayUrl));
}

} // namespace cw
