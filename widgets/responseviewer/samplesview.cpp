// SPDX-License-Identifier: MIT
#include "widgets/responseviewer/samplesview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/itemmodels/projectdocument.h"

namespace cw {

SamplesView::SamplesView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    m_note->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Fetched"), tr("Status"), tr("Records"), tr("Size"), tr("URL")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Stored samples"));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRow(row); });
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_table->currentRow()); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_ids.size() && m_store.remove(m_ids.at(row)))
            refresh();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(document, &ProjectDocument::filePathChanged, this, &SamplesView::refresh);
    connect(document, &ProjectDocument::projectReset, this, &SamplesView::refresh);
    connect(document, &ProjectDocument::samplesStored, this, &SamplesView::refresh);
    refresh();
}

QString SamplesView::databasePath() const
{
    return m_document->filePath().isEmpty() ? QString() : SampleStore::pathForProject(m_document->filePath());
}

int SamplesView::count() const
{
    return int(m_ids.size());
}

void SamplesView::setStream(int streamIndex)
{
    m_stream = streamIndex;
    refresh();
}

void SamplesView::refresh()
{
    m_table->setRowCount(0);
    m_ids.clear();
    const QString path = databasePath();
    const QList<Stream> &streams = m_document->project().streams;
    const bool haveStream = m_stream >= 0 && m_stream < streams.size();
    m_open->setEnabled(false);
    m_delete->setEnabled(false);
    if (path.isEmpty()) {
        m_store.close();
        m_note->setText(tr("Save the project to keep every fetched response as a sample beside it, for use without the network."));
        return;
    }
    if (m_store.path() != path) {
        m_store.close();
        QString error;
        if (!m_store.open(path, &error)) {
            m_note->setText(tr("The samples database %1 cannot be opened: %2").arg(path, error));
            return;
        }
    }
    if (!haveStream) {
        m_note->setText(tr("Select a stream to see its samples."));
        return;
    }
    const QList<Sample> samples = m_store.list(streams.at(m_stream).name);
    m_note->setText(tr("%n sample(s) of %1 in %2", nullptr, int(samples.size())).arg(streams.at(m_stream).name, path));
    const QLocale locale;
    m_table->setRowCount(int(samples.size()));
    for (int row = 0; row < samples.size(); ++row) {
        const Sample &s = samples.at(row);
        m_ids.append(s.id);
        m_table->setItem(row, 0, new QTableWidgetItem(locale.toString(s.fetchedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(s.status ? QString::number(s.status) : s.error));
        m_table->setItem(row, 2, new QTableWidgetItem(s.recordCount >= 0 ? QString::number(s.recordCount) : QStringLiteral("—")));
        m_table->setItem(row, 3, new QTableWidgetItem(locale.formattedDataSize(s.bodySize)));
        m_table->setItem(row, 4, new QTableWidgetItem(s.method + u' ' + s.url));
    }
    m_table->resizeColumnsToContents();
    m_open->setEnabled(!samples.isEmpty());
    m_delete->setEnabled(!samples.isEmpty());
    if (!samples.isEmpty())
        m_table->selectRow(0);
}

void SamplesView::openRow(int row)
{
    if (row < 0 || row >= m_ids.size())
        return;
    if (const std::optional<Sample> sample = m_store.load(m_ids.at(row)))
        Q_EMIT sampleOpened(*sample);
}

} // namespace cw
