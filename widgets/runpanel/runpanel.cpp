// SPDX-License-Identifier: MIT
#include "widgets/runpanel/runpanel.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/core/sync/walkjob.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/runlogmodel.h"

namespace cw {

RunPanel::RunPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_log(new RunLogModel(this))
    , m_runSelected(new QPushButton(tr("Walk Selected Stream"), this))
    , m_runAll(new QPushButton(tr("Walk All Streams"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_runSelected->setToolTip(tr("Request every page of the selected stream, following its pagination (F5)"));
    m_runSelected->setShortcut(QKeySequence(Qt::Key_F5));
    m_runAll->setToolTip(tr("Request every page of every stream (Shift+F5)"));
    m_runAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_runSelected, &QPushButton::clicked, this, &RunPanel::runSelected);
    connect(m_runAll, &QPushButton::clicked, this, &RunPanel::runAll);
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runSelected);
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);

    m_view->setModel(m_log);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(RunLogModel::UrlColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Requests of the run"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    connect(document, &ProjectDocument::projectReset, this, [this] {
        cancel();
        m_log->clear();
        m_progress->clear();
    });
    updateButtons();
}

RunPanel::~RunPanel() = default;

void RunPanel::setStream(int streamIndex)
{
    m_stream = streamIndex;
    updateButtons();
}

bool RunPanel::isRunning() const
{
    return m_job && m_job->isRunning();
}

void RunPanel::updateButtons()
{
    const bool running = isRunning();
    const int streams = int(m_document->project().streams.size());
    m_runSelected->setEnabled(!running && m_stream >= 0 && m_stream < streams);
    m_runAll->setEnabled(!running && streams > 0);
    m_cancel->setEnabled(running);
}

void RunPanel::runSelected()
{
    const QList<Stream> &streams = m_document->project().streams;
    if (m_stream >= 0 && m_stream < streams.size())
        start({streams.at(m_stream).name});
}

void RunPanel::runAll()
{
    QStringList names;
    for (const Stream &stream : m_document->project().streams)
        names.append(stream.name);
    start(names);
}

void RunPanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

void RunPanel::start(const QStringList &streams)
{
    if (isRunning() || streams.isEmpty())
        return;
    m_log->clear();
    m_records = 0;
    m_pages = 0;
    m_job = std::make_unique<WalkJob>(m_document->project(), streams, m_document->configurationValues());
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(m_job.get(), &WalkJob::pageFetched, this,
            [this, timer](const QString &stream, const std::shared_ptr<const PageFetch> &page) {
                RunLogEntry entry;
                entry.stream = stream;
                entry.page = page->index + 1;
                entry.status = page->response.status;
                entry.records = qint64(page->records.size());
                entry.milliseconds = page->response.timings.totalMs;
                entry.method = QString::fromLatin1(page->request.method);
                entry.url = page->displayUrl;
                entry.note = page->error;
                entry.error = !page->error.isEmpty();
                m_log->append(entry);
                m_records += entry.records;
                ++m_pages;
                m_progress->setText(tr("%1: %2 pages, %3 records, %4 s")
                                        .arg(stream)
                                        .arg(m_pages)
                                        .arg(m_records)
                                        .arg(double(timer->elapsed()) / 1000.0, 0, 'f', 1));
                m_view->scrollToBottom();
            });
    connect(m_job.get(), &WalkJob::streamFinished, this,
            [this](const QString &stream, int pages, qint64 records, const QString &reason, bool failed) {
                RunLogEntry entry;
                entry.stream = stream;
                entry.page = pages;
                entry.records = records;
                entry.note = failed ? reason : tr("finished: %1").arg(reason);
                entry.error = failed;
                // A failed page is already in the log with its error; a stream that failed
                // before its first request (missing configuration) gets its own row.
                if (!failed || pages == 0)
                    m_log->append(entry);
            });
    connect(m_job.get(), &WalkJob::finished, this, [this, timer](bool ok, bool cancelled) {
        const QString outcome = cancelled ? tr("Cancelled") : ok ? tr("Finished") : tr("Failed");
        m_progress->setText(tr("%1: %2 pages, %3 records in %4 s")
                                .arg(outcome)
                                .arg(m_pages)
                                .arg(m_records)
                                .arg(double(timer->elapsed()) / 1000.0, 0, 'f', 1));
        m_progress->setStyleSheet(ok ? QString() : QStringLiteral("color: #c01c28;"));
        updateButtons();
        Q_EMIT runFinished(ok);
    });
    m_progress->setStyleSheet({});
    m_progress->setText(tr("Starting…"));
    m_job->start();
    updateButtons();
}

} // namespace cw
