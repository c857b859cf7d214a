// SPDX-License-Identifier: MIT
#include "widgets/mapping/mappingeditor.h"

#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/core/samples/samplestore.h"
#include "models/core/schema/mappingwarnings.h"
#include "models/itemmodels/mappingtreemodel.h"
#include "models/itemmodels/previewtablemodel.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/streamsamples.h"
#include "widgets/mapping/fivetrantypedelegate.h"
#include "widgets/mapping/mappingmodedelegate.h"
#include "widgets/mapping/schemadriftview.h"
#include "widgets/mapping/typehistogramdelegate.h"

namespace cw {

namespace {
// The preview shows at most this many records' rows: enough to judge a mapping, and the
// mapping of them stays well under the 100 ms an edit may take to reach the preview.
constexpr int kPreviewRecords = 10'000;
} // namespace

MappingEditor::MappingEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new MappingTreeModel(document, this))
    , m_tableName(new QLineEdit(this))
    , m_depth(new QSpinBox(this))
    , m_info(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_bottom(new QTabWidget(this))
    , m_previewTabs(new QTabWidget(this))
    , m_warnings(new QListWidget(this))
    , m_drift(new SchemaDriftView(document, this))
{
    m_tableName->setAccessibleName(tr("Destination table name"));
    m_tableName->setPlaceholderText(tr("table name"));
    m_depth->setRange(0, 10);
    m_depth->setAccessibleName(tr("Flatten nested objects to depth"));
    m_depth->setToolTip(tr("Nested objects are flattened into columns named parent_child down to this depth; "
                           "deeper ones are kept as JSON columns. Change single fields in the tree."));
    auto *reload = new QToolButton(this);
    reload->setText(tr("Re-analyse"));
    reload->setToolTip(tr("Read every sample of this stream again and infer its fields"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    auto *tableLabel = new QLabel(tr("&Table"), this);
    tableLabel->setBuddy(m_tableName);
    header->addWidget(tableLabel);
    header->addWidget(m_tableName, 2);
    auto *depthLabel = new QLabel(tr("Flatten &depth"), this);
    depthLabel->setBuddy(m_depth);
    header->addWidget(depthLabel);
    header->addWidget(m_depth);
    header->addWidget(reload);

    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Source fields and their mapping"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setItemDelegateForColumn(MappingTreeModel::ObservedColumn, new TypeHistogramDelegate(m_tree));
    m_tree->setItemDelegateForColumn(MappingTreeModel::ModeColumn, new MappingModeDelegate(m_tree));
    m_tree->setItemDelegateForColumn(MappingTreeModel::TypeColumn, new FivetranTypeDelegate(m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(MappingTreeModel::ExampleColumn, QHeaderView::Stretch);

    m_previewTabs->setDocumentMode(true);
    m_previewTabs->setAccessibleName(tr("Destination preview"));
    m_warnings->setAccessibleName(tr("Mapping warnings"));
    m_warnings->setWordWrap(true);
    m_bottom->setAccessibleName(tr("Preview, warnings and drift"));
    m_bottom->addTab(m_previewTabs, tr("Destination preview"));
    m_bottom->addTab(m_warnings, tr("Warnings"));
    m_bottom->addTab(m_drift, tr("Schema drift"));
    connect(m_drift, &SchemaDriftView::pendingCountChanged, this, [this](int count) {
        m_bottom->setTabText(m_bottom->indexOf(m_drift), count > 0 ? tr("Schema drift (%1)").arg(count) : tr("Schema drift"));
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_info);
    layout->addWidget(splitter, 1);

    connect(reload, &QToolButton::clicked, this, &MappingEditor::reloadSamples);
    connect(m_warnings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QModelIndex index = m_model->indexForPath(item->data(Qt::UserRole).toString());
        if (!index.isValid())
            return;
        m_tree->scrollTo(index);
        m_tree->setCurrentIndex(index);
        m_tree->setFocus();
    });
    connect(m_tableName, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QList<Stream> &streams = m_document->project().streams;
        if (m_stream < 0 || m_stream >= streams.size() || text.trimmed().isEmpty())
            return;
        Stream stream = streams[m_stream];
        stream.table.name = text.trimmed();
        m_document->setStream(m_stream, stream, tr("Rename table to %1").arg(stream.table.name),
                              QStringLiteral("table-name:%1").arg(m_stream));
    });
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        const QList<Stream> &streams = m_document->project().streams;
        if (m_stream < 0 || m_stream >= streams.size() || streams[m_stream].table.flattenDepth == depth)
            return;
        Stream stream = streams[m_stream];
        stream.table.flattenDepth = depth;
        m_document->setStream(m_stream, stream, tr("Flatten to depth %1").arg(depth),
                              QStringLiteral("flatten-depth:%1").arg(m_stream));
    });
    connect(m_model, &MappingTreeModel::planChanged, this, [this] {
        updatePreview();
        updateWarnings();
        updateHeader();
    });
    connect(m_document, &ProjectDocument::samplesChanged, this, &MappingEditor::reloadSamples);
    connect(m_document, &ProjectDocument::projectChanged, this, [this] {
        // A new records path or stream name means other records: analyse again.
        const QList<Stream> &streams = m_document->project().streams;
        if (m_stream >= 0 && m_stream < streams.size()
            && streams[m_stream].name + u'\n' + streams[m_stream].recordsPath != m_loadedKey)
            reloadSamples();
    });
    setStream(-1);
}

MappingEditor::~MappingEditor()
{
    // Loads are short (samples are capped at a few megabytes each); let them finish rather
    // than leave a thread posting to a destroyed editor.
    ++m_generation;
    for (QThread *thread : std::as_const(m_loaders)) {
        thread->wait();
        delete thread;
    }
}

void MappingEditor::setStream(int streamIndex)
{
    m_stream = streamIndex;
    m_drift->setChanges(streamIndex, {});
    m_model->setStream(streamIndex);
    m_loadedKey.clear();
    reloadSamples();
    updateHeader();
}

void MappingEditor::reloadSamples()
{
    const QList<Stream> &streams = m_document->project().streams;
    const int generation = ++m_generation;
    if (m_stream < 0 || m_stream >= streams.size()) {
        updateHeader();
        return;
    }
    const Stream stream = streams[m_stream];
    m_loadedKey = stream.name + u'\n' + stream.recordsPath;
    const QString database = m_document->filePath().isEmpty() ? QString() : SampleStore::pathForProject(m_document->filePath());
    const QList<Sample> pending = m_document->pendingSamplesOf(stream.name);
    ++m_loading;
    updateHeader();
    QPointer<MappingEditor> self(this);
    QThread *thread = QThread::create([self, generation, stream, database, pending] {
        auto samples = std::make_shared<const StreamSamples>(StreamSamples::load(stream, database, pending, kPreviewRecords));
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, generation, samples] {
            if (!self)
                return;
            --self->m_loading;
            if (generation == self->m_generation) {
                // Same stream, same records path, new samples: what changed is drift for the
                // user to decide on. A stream seen for the first time has nothing to drift from.
                const std::shared_ptr<const StreamSamples> previous = self->m_model->samples();
                if (previous && previous->stream == samples->stream && previous->sampleCount > 0
                    && samples->sampleCount > previous->sampleCount) {
                    const QList<SchemaChange> changes = diffSchemas(previous->schema, samples->schema);
                    if (!changes.isEmpty()) {
                        self->m_drift->setChanges(self->m_stream, changes);
                        self->m_bottom->setCurrentWidget(self->m_drift);
                    }
                }
                self->m_model->setSamples(samples);
                self->m_tree->expandToDepth(0);
                for (int c = MappingTreeModel::FieldColumn; c < MappingTreeModel::ColumnCount; ++c) {
                    if (c != MappingTreeModel::ExampleColumn)
                        self->m_tree->resizeColumnToContents(c);
                }
                Q_EMIT self->samplesLoaded();
            }
            self->updateHeader();
        }, Qt::QueuedConnection);
    });
    m_loaders.append(thread);
    // Deleted here or in the destructor, never by deleteLater(): a deferred delete still
    // queued when the application quits is dropped, and the thread leaked (LeakSanitizer).
    connect(thread, &QThread::finished, this, [this, thread] {
        m_loaders.removeOne(thread);
        thread->wait();
        delete thread;
    });
    thread->start();
}

void MappingEditor::updateHeader()
{
    const QList<Stream> &streams = m_document->project().streams;
    const bool haveStream = m_stream >= 0 && m_stream < streams.size();
    m_tableName->setEnabled(haveStream);
    m_depth->setEnabled(haveStream);
    if (!haveStream) {
        m_tableName->clear();
        m_info->setText(tr("Select a stream to map its fields to destination tables."));
        return;
    }
    const Stream &stream = streams[m_stream];
    if (!m_tableName->hasFocus() && m_tableName->text() != stream.table.name)
        m_tableName->setText(stream.table.name);
    const QSignalBlocker blocker(m_depth);
    m_depth->setValue(stream.table.flattenDepth);

    const std::shared_ptr<const StreamSamples> samples = m_model->samples();
    QString text;
    if (m_loading > 0 && !samples) {
        text = tr("Analysing the samples…");
    } else if (!samples || samples->sampleCount == 0) {
        text = tr("No samples of <b>%1</b> yet. Fetch it (Ctrl+Enter) and every response becomes a sample "
                  "that its fields are inferred from.")
                   .arg(stream.name.toHtmlEscaped());
    } else {
        const MappingPlan &plan = m_model->plan();
        text = tr("Inferred from %n record(s)", nullptr, int(std::min<qint64>(samples->recordCount, INT_MAX)))
             + tr(" in %n sample(s)", nullptr, samples->sampleCount);
        text += tr(" · %n destination table(s)", nullptr, int(plan.tables.size()));
        if (!plan.tables.isEmpty()) {
            const QStringList &key = plan.tables.first().primaryKey;
            text += tr(" · key <b>%1</b>").arg(key.isEmpty() ? tr("none") : key.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        text += plan.cursorColumn.isEmpty() ? tr(" · full refresh")
                                            : tr(" · incremental on <b>%1</b>").arg(plan.cursorColumn.toHtmlEscaped());
        if (m_loading > 0)
            text += tr(" · re-analysing…");
    }
    m_info->setText(text);
}

void MappingEditor::updatePreview()
{
    const MappingPlan &plan = m_model->plan();
    const std::shared_ptr<const StreamSamples> samples = m_model->samples();
    static const std::vector<JsonValue> kNoRecords;
    const auto rows = previewRows(plan, samples ? samples->records : kNoRecords);
    const QString current = m_previewTabs->tabText(m_previewTabs->currentIndex());
    // Reuse views and models: only the number of tables changes the tab set.
    while (m_previewModels.size() > plan.tables.size()) {
        QWidget *page = m_previewTabs->widget(int(m_previewModels.size()) - 1);
        m_previewTabs->removeTab(int(m_previewModels.size()) - 1);
        delete page;
        m_previewModels.removeLast();
    }
    while (m_previewModels.size() < plan.tables.size()) {
        auto *view = new QTableView(m_previewTabs);
        auto *model = new PreviewTableModel(view);
        view->setModel(model);
        view->setAccessibleName(tr("Destination preview"));
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setDefaultSectionSize(120);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_previewModels.append(model);
        m_previewTabs->addTab(view, QString());
    }
    for (int t = 0; t < plan.tables.size(); ++t) {
        m_previewModels[t]->setTable(plan, t, rows);
        const int count = m_previewModels[t]->rowCount();
        const PlanTable &table = plan.tables[t];
        m_previewTabs->setTabText(t, QStringLiteral("%1 (%2)").arg(table.name).arg(count));
        m_previewTabs->setTabToolTip(t, table.parent < 0 ? tr("The stream's table")
                                                         : tr("Child table of %1, one row per element of %2")
                                                               .arg(plan.tables[table.parent].name, table.arrayPath));
        if (m_previewTabs->tabText(t) == current)
            m_previewTabs->setCurrentIndex(t);
    }
}

void MappingEditor::updateWarnings()
{
    m_warnings->clear();
    const QList<Stream> &streams = m_document->project().streams;
    if (m_stream < 0 || m_stream >= streams.size()) {
        m_bottom->setTabText(m_bottom->indexOf(m_warnings), tr("Warnings"));
        return;
    }
    const std::shared_ptr<const StreamSamples> samples = m_model->samples();
    static const InferredSchema kNoSchema;
    static const std::vector<JsonValue> kNoRecords;
    const QList<MappingWarning> warnings = mappingWarnings(streams[m_stream], m_model->plan(),
                                                           samples ? samples->schema : kNoSchema,
                                                           samples ? samples->records : kNoRecords);
    int serious = 0;
    for (const MappingWarning &warning : warnings) {
        auto *item = new QListWidgetItem(m_warnings);
        const bool isWarning = warning.severity == MappingWarning::Severity::Warning;
        serious += isWarning ? 1 : 0;
        item->setIcon(style()->standardIcon(isWarning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation));
        QString where = warning.column.isEmpty() ? warning.table : warning.table + u'.' + warning.column;
        item->setText(where.isEmpty() ? warning.message : QStringLiteral("%1 — %2").arg(where, warning.message));
        item->setData(Qt::UserRole, warning.path);
        item->setToolTip(warning.path.isEmpty() ? warning.message : tr("%1\nSource: %2").arg(warning.message, warning.path));
    }
    if (samples) {
        for (const QString &problem : samples->problems) {
            auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical), problem, m_warnings);
            item->setToolTip(problem);
            ++serious;
        }
    }
    m_bottom->setTabText(m_bottom->indexOf(m_warnings),
                         warnings.isEmpty() && serious == 0 ? tr("Warnings")
                                                            : tr("Warnings (%1)").arg(m_warnings->count()));
}

} // namespace cw
