// SPDX-License-Identifier: MIT
#include "widgets/runpanel/runpanel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/core/codegen/fivetrandebugjob.h"
#include "models/core/codegen/pythonengine.h"
#include "models/core/samples/samplestore.h"
#include "models/itemmodels/checkpointmodel.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/runlogmodel.h"
#include "models/itemmodels/synclogmodel.h"
#include "models/itemmodels/warehousequerymodel.h"
#include "widgets/codepane/codeeditor.h"

namespace cw {

namespace {

QTableView *makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

RunPanel::RunPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_requests(new RunLogModel(this))
    , m_checkpoints(new CheckpointModel(this))
    , m_logLines(new SyncLogModel(this))
    , m_logFilter(new SyncLogFilter(this))
    , m_results(new WarehouseQueryModel(this))
    , m_run(new QPushButton(tr("Run Sync"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_reset(new QPushButton(tr("Reset…"), this))
    , m_streams(new QToolButton(this))
    , m_streamMenu(new QMenu(this))
    , m_engine(new QComboBox(this))
    , m_counters(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_requestView(makeTable(this, tr("Requests of the run")))
    , m_response(new CodeEditor(this))
    , m_checkpointView(makeTable(this, tr("Checkpoints")))
    , m_resumeFrom(new QPushButton(tr("Resume from This Checkpoint"), this))
    , m_tables(new QComboBox(this))
    , m_sql(new QLineEdit(this))
    , m_sqlError(new QLabel(this))
    , m_resultView(makeTable(this, tr("Warehouse rows")))
    , m_summary(new QPlainTextEdit(this))
{
    m_run->setToolTip(tr("Sync the ticked streams into the local warehouse, continuing from its state (F5)"));
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    m_stop->setToolTip(tr("Stop after the page in flight; everything up to the last checkpoint is kept"));
    m_reset->setToolTip(tr("Drop the warehouse's tables, state and checkpoints, like 'fivetran reset'"));
    m_streams->setPopupMode(QToolButton::InstantPopup);
    m_streams->setMenu(m_streamMenu);
    m_streams->setAccessibleName(tr("Streams to sync"));
    rebuildEngineChoice();
    m_engine->setAccessibleName(tr("Sync engine"));
    connect(m_engine, &QComboBox::currentIndexChanged, this, &RunPanel::updateButtons);
    auto *exportState = new QPushButton(tr("Export state.json…"), this);
    exportState->setToolTip(tr("Write the current state as a file that 'fivetran debug --state' accepts"));
    connect(m_run, &QPushButton::clicked, this, &RunPanel::runAll);
    connect(m_stop, &QPushButton::clicked, this, &RunPanel::cancel);
    connect(m_reset, &QPushButton::clicked, this, [this] { resetWarehouse(); });
    connect(exportState, &QPushButton::clicked, this, &RunPanel::exportState);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_streams);
    buttons->addWidget(m_engine);
    buttons->addWidget(m_counters, 1);
    buttons->addWidget(m_progress);
    buttons->addWidget(exportState);
    buttons->addWidget(m_reset);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Requests: the timeline above, the selected request's response below.
    m_requestView->setModel(m_requests);
    m_requestView->horizontalHeader()->setSectionResizeMode(RunLogModel::UrlColumn, QHeaderView::Stretch);
    m_response->setReadOnly(true);
    m_response->setLanguage(CodeEditor::Language::Json);
    m_response->setAccessibleName(tr("Response of the selected request"));
    auto *requestSplit = new QSplitter(Qt::Horizontal, this);
    requestSplit->addWidget(m_requestView);
    requestSplit->addWidget(m_response);
    requestSplit->setStretchFactor(0, 3);
    requestSplit->setStretchFactor(1, 2);
    connect(m_requestView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showResponse(current.row()); });

    // Checkpoints.
    m_checkpointView->setModel(m_checkpoints);
    m_checkpointView->horizontalHeader()->setSectionResizeMode(CheckpointModel::ChangeColumn, QHeaderView::Stretch);
    m_resumeFrom->setEnabled(false);
    m_resumeFrom->setToolTip(tr("Make this checkpoint's state current and sync from it: later pages are fetched "
                                "again and upserted by key, so nothing is duplicated"));
    auto *checkpointPage = new QWidget(this);
    auto *checkpointLayout = new QVBoxLayout(checkpointPage);
    checkpointLayout->setContentsMargins(0, 0, 0, 0);
    checkpointLayout->addWidget(m_checkpointView, 1);
    auto *checkpointButtons = new QHBoxLayout;
    checkpointButtons->addStretch(1);
    checkpointButtons->addWidget(m_resumeFrom);
    checkpointLayout->addLayout(checkpointButtons);
    connect(m_checkpointView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateButtons(); });
    connect(m_resumeFrom, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_checkpointView->currentIndex();
        if (current.isValid())
            resumeFromCheckpoint(m_checkpoints->entry(current.row()).sequence);
    });

    // Log with a level and a text filter.
    m_logFilter->setSourceModel(m_logLines);
    auto *logView = makeTable(this, tr("Run log"));
    logView->setModel(m_logFilter);
    logView->horizontalHeader()->setSectionResizeMode(SyncLogModel::MessageColumn, QHeaderView::Stretch);
    auto *level = new QComboBox(this);
    level->addItem(tr("Debug and above"), int(LogLevel::Debug));
    level->addItem(tr("Info and above"), int(LogLevel::Info));
    level->addItem(tr("Warnings and errors"), int(LogLevel::Warning));
    level->addItem(tr("Errors only"), int(LogLevel::Error));
    level->setCurrentIndex(1);
    level->setAccessibleName(tr("Log level"));
    m_logFilter->setMinimumLevel(LogLevel::Info);
    auto *logText = new QLineEdit(this);
    logText->setPlaceholderText(tr("Filter the log"));
    logText->setAccessibleName(tr("Filter the log"));
    logText->setClearButtonEnabled(true);
    connect(level, &QComboBox::currentIndexChanged, this,
            [this, level] { m_logFilter->setMinimumLevel(LogLevel(level->currentData().toInt())); });
    connect(logText, &QLineEdit::textChanged, m_logFilter, &SyncLogFilter::setText);
    auto *logPage = new QWidget(this);
    m_logPage = logPage;
    auto *logLayout = new QVBoxLayout(logPage);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *logBar = new QHBoxLayout;
    logBar->addWidget(level);
    logBar->addWidget(logText, 1);
    logLayout->addLayout(logBar);
    logLayout->addWidget(logView, 1);

    // Results: any warehouse table, or a SQL query, read lazily.
    m_resultView->setModel(m_results);
    m_resultView->verticalHeader()->show();
    m_resultView->horizontalHeader()->setDefaultSectionSize(130);
    m_tables->setAccessibleName(tr("Warehouse table"));
    m_tables->setMinimumContentsLength(18);
    m_sql->setPlaceholderText(tr("SELECT … FROM … (read-only; Enter runs it)"));
    m_sql->setAccessibleName(tr("SQL query"));
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sqlError->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_sqlError->setWordWrap(true);
    m_sqlError->hide();
    auto *runSql = new QPushButton(tr("Run SQL"), this);
    connect(runSql, &QPushButton::clicked, this, &RunPanel::runSql);
    connect(m_sql, &QLineEdit::returnPressed, this, &RunPanel::runSql);
    connect(m_tables, &QComboBox::activated, this, [this] {
        const QString table = m_tables->currentData().toString();
        if (table.isEmpty())
            return;
        m_results->showTable(table);
        m_sql->setText(m_results->query());
        m_sqlError->hide();
    });
    auto *resultsPage = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    auto *resultsBar = new QHBoxLayout;
    resultsBar->addWidget(m_tables);
    resultsBar->addWidget(m_sql, 1);
    resultsBar->addWidget(runSql);
    resultsLayout->addLayout(resultsBar);
    resultsLayout->addWidget(m_sqlError);
    resultsLayout->addWidget(m_resultView, 1);

    m_summary->setReadOnly(true);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setAccessibleName(tr("Sync summary"));
    m_summary->setPlaceholderText(tr("The summary of the last sync appears here when it ends."));

    m_tabs->setAccessibleName(tr("Run details"));
    m_tabs->addTab(requestSplit, tr("Requests"));
    m_tabs->addTab(checkpointPage, tr("Checkpoints"));
    m_tabs->addTab(logPage, tr("Log"));
    m_tabs->addTab(resultsPage, tr("Results"));
    m_tabs->addTab(m_summary, tr("Summary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    connect(document, &ProjectDocument::projectReset, this, [this] {
        cancel();
        // Waits for the worker: the old project's run must not land in the new one.
        m_job.reset();
        m_pythonJob.reset();
        m_fivetranJob.reset();
        m_requests->clear();
        m_logLines->clear();
        m_summary->clear();
        m_counters->clear();
        m_progress->hide();
        m_lastRunIncomplete = false;
        rebuildEngineChoice();
        rebuildStreamMenu();
        reloadWarehouse();
    });
    connect(document, &ProjectDocument::projectChanged, this, &RunPanel::rebuildStreamMenu);
    connect(document, &ProjectDocument::filePathChanged, this, &RunPanel::reloadWarehouse);
    rebuildStreamMenu();
    reloadWarehouse();
    updateButtons();
}

RunPanel::~RunPanel() = default;

QString RunPanel::warehousePath() const
{
    if (!m_document->filePath().isEmpty())
        return Warehouse::pathForProject(m_document->filePath());
    QString name = m_document->displayName().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                            .filePath(QStringLiteral("unsaved-projects"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name + QStringLiteral(".warehouse.db"));
}

QString RunPanel::fivetranDebugFolder() const
{
    const QFileInfo warehouse(warehousePath());
    QString base = warehouse.fileName();
    const QLatin1StringView suffix(".warehouse.db");
    if (base.endsWith(suffix))
        base.chop(suffix.size());
    return warehouse.dir().filePath(base + QStringLiteral(".fivetran-debug"));
}

void RunPanel::rebuildEngineChoice()
{
    const Engine current = m_engine->count() ? engine() : Engine::Native;
    const QSignalBlocker blocker(m_engine);
    m_engine->clear();
    m_engine->addItem(tr("Native engine"), int(Engine::Native));
    m_engine->addItem(tr("connector.py (Python)"), int(Engine::Python));
    QString tip = tr("Native: the workbench's own engine. connector.py: the code in the Code pane, edits included, "
                     "run with python3 under the workbench's local Connector SDK runtime, into the same warehouse.");
    if (const std::optional<QString> cli = findFivetranCli()) {
        m_engine->addItem(tr("fivetran debug (Fivetran CLI)"), int(Engine::FivetranCli));
        tip += u' '
               + tr("fivetran debug: the project exported to %1 and run by the installed Fivetran CLI (%2) into its "
                    "own DuckDB warehouse; its log and operation counts appear here.")
                     .arg(QDir::toNativeSeparators(fivetranDebugFolder()), QDir::toNativeSeparators(*cli));
    } else {
        tip += u' ' + tr("With the Fivetran CLI installed (pip install fivetran-connector-sdk), fivetran debug is offered too.");
    }
    m_engine->setToolTip(tip);
    const int again = m_engine->findData(int(current));
    m_engine->setCurrentIndex(again >= 0 ? again : 0);
}

void RunPanel::setStream(int streamIndex)
{
    m_stream = streamIndex;
    updateButtons();
}

bool RunPanel::isRunning() const
{
    return (m_job && m_job->isRunning()) || (m_pythonJob && m_pythonJob->isRunning())
           || (m_fivetranJob && m_fivetranJob->isRunning());
}

void RunPanel::setEngine(Engine engine)
{
    const int index = m_engine->findData(int(engine));
    if (index >= 0)
        m_engine->setCurrentIndex(index);
}

RunPanel::Engine RunPanel::engine() const
{
    return Engine(m_engine->currentData().toInt());
}

QString RunPanel::summaryText() const
{
    return m_summary->toPlainText();
}

void RunPanel::rebuildStreamMenu()
{
    QStringList unticked;
    for (QAction *action : m_streamMenu->actions()) {
        if (action->isCheckable() && !action->isChecked())
            unticked.append(action->text());
    }
    m_streamMenu->clear();
    for (const Stream &stream : m_document->project().streams) {
        QAction *action = m_streamMenu->addAction(stream.name);
        action->setCheckable(true);
        action->setChecked(!unticked.contains(stream.name));
        connect(action, &QAction::toggled, this, &RunPanel::updateButtons);
    }
    if (!m_document->project().streams.isEmpty()) {
        m_streamMenu->addSeparator();
        m_streamMenu->addAction(tr("Tick All"), this, [this] {
            for (QAction *action : m_streamMenu->actions())
                action->setChecked(action->isCheckable() || action->isChecked());
        });
    }
    updateButtons();
}

QStringList RunPanel::chosenStreams() const
{
    QStringList names;
    for (QAction *action : m_streamMenu->actions()) {
        if (action->isCheckable() && action->isChecked())
            names.append(action->text());
    }
    return names;
}

void RunPanel::updateButtons()
{
    const bool running = isRunning();
    const QStringList chosen = chosenStreams();
    const int all = int(m_document->project().streams.size());
    m_streams->setText(chosen.size() == all ? tr("All streams") : tr("%n stream(s)", nullptr, int(chosen.size())));
    // A connector.py syncs every stream it has; choosing some is the native engine's. Resuming
    // from a checkpoint acts on the workbench's warehouse, which fivetran debug does not write.
    m_streams->setEnabled(!running && engine() == Engine::Native);
    m_engine->setEnabled(!running);
    m_run->setEnabled(!running && !chosen.isEmpty());
    m_run->setText(m_lastRunIncomplete ? tr("Resume") : tr("Run Sync"));
    m_stop->setEnabled(running);
    m_reset->setEnabled(!running);
    m_resumeFrom->setEnabled(!running && engine() != Engine::FivetranCli && m_checkpointView->currentIndex().isValid());
}

void RunPanel::runSelected()
{
    const QList<Stream> &streams = m_document->project().streams;
    if (m_stream >= 0 && m_stream < streams.size())
        start({streams.at(m_stream).name});
}

void RunPanel::runAll()
{
    start(chosenStreams());
}

void RunPanel::cancel()
{
    if (m_job)
        m_job->cancel();
    if (m_pythonJob)
        m_pythonJob->cancel();
    if (m_fivetranJob)
        m_fivetranJob->cancel();
}

void RunPanel::start(const QStringList &streams)
{
    if (isRunning() || streams.isEmpty())
        return;
    m_job.reset();
    m_pythonJob.reset();
    m_fivetranJob.reset();
    m_requests->clear();
    m_logLines->clear();
    m_summary->clear();
    m_response->setText(QString());
    if (engine() == Engine::FivetranCli) {
        startFivetranDebug();
        return;
    }
    SyncOptions options;
    options.streams = streams;
    options.keepResponses = true;
    if (!m_document->filePath().isEmpty())
        options.samplesPath = SampleStore::pathForProject(m_document->filePath());
    m_counters->setStyleSheet({});
    m_counters->setText(tr("Starting…"));
    if (engine() == Engine::Python) {
        // The code the user sees (and may have edited) is the code that runs.
        m_pythonDir = std::make_unique<QTemporaryDir>();
        QFile code(m_pythonDir->filePath(QStringLiteral("connector.py")));
        const QString source = m_connectorSource ? m_connectorSource() : QString();
        if (source.isEmpty() || !code.open(QIODevice::WriteOnly) || code.write(source.toUtf8()) < 0) {
            m_counters->setStyleSheet(QStringLiteral("color: #c01c28;"));
            m_counters->setText(source.isEmpty() ? tr("There is no connector.py yet: wait for the Code pane to generate it.")
                                                 : tr("Cannot write connector.py to %1.").arg(m_pythonDir->path()));
            return;
        }
        code.close();
        PythonRunOptions python;
        python.connectorDir = m_pythonDir->path();
        python.samplesPath = options.samplesPath;
        m_pythonJob = std::make_unique<PythonSyncJob>(m_document->project(), m_document->configurationValues(),
                                                      warehousePath(), python);
        connect(m_pythonJob.get(), &PythonSyncJob::progress, this, &RunPanel::onProgress);
        connect(m_pythonJob.get(), &PythonSyncJob::finished, this, &RunPanel::onFinished);
        m_pythonJob->start();
    } else {
        m_job = std::make_unique<SyncJob>(m_document->project(), m_document->configurationValues(), warehousePath(), options);
        connect(m_job.get(), &SyncJob::progress, this, &RunPanel::onProgress);
        connect(m_job.get(), &SyncJob::finished, this, &RunPanel::onFinished);
        m_job->start();
    }
    updateButtons();
}

void RunPanel::startFivetranDebug()
{
    FivetranDebugOptions options;
    options.folder = fivetranDebugFolder();
    options.projectFilePath = m_document->filePath();
    // What the user sees in the Code pane, edits included, is what the tester runs.
    if (m_connectorSource)
        options.connectorSource = m_connectorSource();
    m_counters->setStyleSheet({});
    m_counters->setText(tr("Exporting to %1 and running fivetran debug…").arg(QDir::toNativeSeparators(options.folder)));
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    m_progress->show();
    m_fivetranClock.start();
    m_fivetranJob = std::make_unique<FivetranDebugJob>(m_document->project(), m_document->configurationValues(), options);
    connect(m_fivetranJob.get(), &FivetranDebugJob::output, this, &RunPanel::onFivetranOutput);
    connect(m_fivetranJob.get(), &FivetranDebugJob::finished, this, &RunPanel::onFivetranFinished);
    m_tabs->setCurrentWidget(m_logPage);
    m_fivetranJob->start();
    updateButtons();
}

void RunPanel::onFivetranOutput(const QStringList &lines)
{
    // The tester prints "HH:MM:SS.mmm LEVEL ..." (SDK reference 1.5): the level word decides
    // the line's level, so the log filter works on it as on the workbench's own runs.
    static const QRegularExpression levelWord(QStringLiteral("\\b(SEVERE|ERROR|CRITICAL|WARNING|WARN|FINE|DEBUG)\\b"));
    QList<SyncLogModel::Line> out;
    out.reserve(lines.size());
    const qint64 elapsed = m_fivetranClock.elapsed();
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        LogLevel level = LogLevel::Info;
        const QString word = levelWord.match(line.left(48)).captured(1);
        if (word == u"SEVERE" || word == u"ERROR" || word == u"CRITICAL")
            level = LogLevel::Error;
        else if (word == u"WARNING" || word == u"WARN")
            level = LogLevel::Warning;
        else if (word == u"FINE" || word == u"DEBUG")
            level = LogLevel::Debug;
        out.append({elapsed, level, QStringLiteral("fivetran debug"), line});
    }
    m_logLines->append(out);
}

void RunPanel::onFivetranFinished(const FivetranDebugResult &result)
{
    m_progress->hide();
    const QLocale locale;
    QStringList text;
    text << tr("fivetran debug in %1").arg(QDir::toNativeSeparators(fivetranDebugFolder())) << QString();
    // In the order the tester prints its table, not alphabetically.
    static const QStringList order{QStringLiteral("Upserts"),   QStringLiteral("Updates"),       QStringLiteral("Deletes"),
                                   QStringLiteral("Truncates"), QStringLiteral("SchemaChanges"), QStringLiteral("Checkpoints")};
    QStringList operations = order;
    for (const QString &name : result.operations.keys()) {
        if (!operations.contains(name))
            operations.append(name);
    }
    operations.removeIf([&](const QString &name) { return !result.operations.contains(name); });
    if (!operations.isEmpty()) {
        text << tr("Operation counts reported by the tester:");
        for (const QString &name : operations)
            text << QStringLiteral("  %1 %2").arg(name + u':', -14).arg(locale.toString(result.operations.value(name)));
        text << QString();
    }
    QString outcome;
    if (result.cancelled)
        outcome = tr("Stopped.");
    else if (result.succeeded)
        outcome = tr("Sync SUCCEEDED");
    else
        outcome = tr("Sync FAILED: %1").arg(result.error.isEmpty() ? tr("see the log") : result.error);
    text << outcome;
    if (result.started)
        text << QString()
             << tr("The tester's own warehouse and state are in %1 (DuckDB), not in the Results tab.")
                    .arg(QDir::toNativeSeparators(QDir(fivetranDebugFolder()).filePath(QStringLiteral("files"))));
    m_summary->setPlainText(text.join(u'\n'));
    QStringList counts;
    for (const QString &name : operations) {
        if (result.operations.value(name) > 0)
            counts << QStringLiteral("%1 %2").arg(locale.toString(result.operations.value(name)), name.toLower());
    }
    m_counters->setStyleSheet(result.succeeded ? QString() : QStringLiteral("color: #c01c28;"));
    counts.prepend(outcome);
    m_counters->setText(counts.join(QStringLiteral(" · ")));
    if (!result.succeeded)
        m_tabs->setCurrentWidget(m_summary);
    updateButtons();
    Q_EMIT runFinished(result.succeeded);
}

void RunPanel::onProgress(const std::shared_ptr<const SyncJob::Batch> &batch)
{
    QList<RunLogEntry> requests;
    QList<SyncLogModel::Line> lines;
    QList<CheckpointEntry> checkpoints;
    auto flushRequests = [&] {
        m_requests->append(requests);
        requests.clear();
    };
    for (const SyncEvent &event : batch->events) {
        switch (event.kind) {
        case SyncEvent::Kind::Request: {
            RunLogEntry entry;
            entry.elapsedMs = event.elapsedMs;
            entry.stream = event.stream;
            entry.attempt = event.attempt;
            entry.status = event.status;
            entry.bytes = event.bytes;
            entry.milliseconds = event.durationMs;
            entry.method = event.method;
            entry.url = event.url;
            entry.note = event.error;
            entry.error = !event.error.isEmpty() || event.status >= 400;
            entry.responseHeaders = event.responseHeaders;
            entry.responseBody = event.responseBody;
            requests.append(entry);
            break;
        }
        case SyncEvent::Kind::Retry: {
            RunLogEntry entry;
            entry.elapsedMs = event.elapsedMs;
            entry.stream = event.stream;
            entry.retryWait = true;
            entry.attempt = event.attempt;
            entry.milliseconds = double(event.waitMs);
            entry.note = event.message;
            requests.append(entry);
            lines.append({event.elapsedMs, LogLevel::Warning, event.stream, event.message});
            break;
        }
        case SyncEvent::Kind::Page:
            // The page belongs to the request just appended: the model must have it first.
            flushRequests();
            m_requests->notePage(event.stream, event.page + 1, event.records, event.pagination);
            break;
        case SyncEvent::Kind::Checkpoint:
            checkpoints.append(event.checkpoint);
            break;
        case SyncEvent::Kind::Log:
            lines.append({event.elapsedMs, event.level, event.stream, event.message});
            break;
        case SyncEvent::Kind::StreamStarted:
            lines.append({event.elapsedMs, LogLevel::Info, event.stream, tr("Stream %1 started").arg(event.stream)});
            break;
        case SyncEvent::Kind::StreamFinished:
            lines.append({event.elapsedMs, event.failed ? LogLevel::Error : LogLevel::Info, event.stream,
                          event.failed ? tr("Stream %1 failed: %2").arg(event.stream, event.message)
                                       : tr("Stream %1 finished: %2").arg(event.stream, event.message)});
            break;
        }
    }
    flushRequests();
    m_logLines->append(lines);
    // Checkpoints are read back from the warehouse in order, so the timeline always matches
    // what is committed (also entries written by a restore).
    if (!checkpoints.isEmpty() && m_results->warehouse())
        m_checkpoints->append(m_results->warehouse()->checkpoints(m_checkpoints->lastSequence()));
    else if (!checkpoints.isEmpty())
        m_checkpoints->append(checkpoints);
    const bool follow = m_requestView->currentIndex().row() < 0;
    if (follow)
        m_requestView->scrollToBottom();
    showCounters(batch->counters);
}

void RunPanel::showCounters(const SyncCounters &c, bool final)
{
    const QLocale locale;
    qint64 rows = 0;
    QStringList perTable;
    for (auto it = c.rowsPerTable.cbegin(); it != c.rowsPerTable.cend(); ++it) {
        rows += it.value();
        perTable.append(QStringLiteral("%1: %2").arg(it.key(), locale.toString(it.value())));
    }
    const double rate = c.elapsedSeconds > 0 ? double(c.records) / c.elapsedSeconds : 0;
    QString text = tr("%1 requests · %2 retries · %3 pages · %4 rows · %5 records/s · %6 · %7 s")
                       .arg(locale.toString(c.requests), locale.toString(c.retries), locale.toString(c.pages),
                            locale.toString(rows), locale.toString(qint64(rate)), locale.formattedDataSize(c.bytes))
                       .arg(c.elapsedSeconds, 0, 'f', 1);
    if (!final && !c.stream.isEmpty())
        text.prepend(tr("%1 · ").arg(c.stream));
    m_counters->setText(text);
    m_counters->setToolTip(perTable.join(u'\n'));
    if (!final && c.streamTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, c.streamRecords * 1000 / c.streamTotal)));
        m_progress->setFormat(tr("%1 of %2").arg(locale.toString(c.streamRecords), locale.toString(c.streamTotal)));
        m_progress->show();
    } else {
        m_progress->hide();
    }
}

void RunPanel::onFinished(const SyncSummary &summary)
{
    showCounters(summary.counters, true);
    m_summary->setPlainText(summary.toText());
    m_lastRunIncomplete = !summary.succeeded && summary.lastCheckpoint > 0;
    if (!summary.succeeded) {
        m_counters->setStyleSheet(QStringLiteral("color: #c01c28;"));
        m_counters->setText((summary.cancelled ? tr("Stopped: %1") : tr("Failed: %1")).arg(summary.reason)
                            + QStringLiteral(" · ") + m_counters->text());
        m_tabs->setCurrentWidget(m_summary);
    }
    reloadWarehouse();
    updateButtons();
    Q_EMIT runFinished(summary.succeeded);
}

void RunPanel::showResponse(int row)
{
    if (row < 0 || row >= m_requests->rowCount()) {
        m_response->setText(QString());
        return;
    }
    const RunLogEntry &entry = m_requests->entry(row);
    if (entry.retryWait) {
        m_response->setText(entry.note);
        return;
    }
    QString text;
    for (const auto &[name, value] : entry.responseHeaders)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    if (entry.responseBody.isEmpty() && entry.responseHeaders.isEmpty()) {
        text = entry.status == 0 ? entry.note
                                 : tr("Only the latest %1 responses are kept during a run.").arg(RunLogModel::kKeptBodies);
    } else {
        text += u'\n';
        const QByteArray &body = entry.responseBody;
        // Pretty-printed when it is JSON of a readable size; as received otherwise.
        const JsonValue json = body.size() < 4 * 1024 * 1024
            ? JsonValue::parse(body.constData(), body.constData() + body.size(), nullptr, false)
            : JsonValue(JsonValue::value_t::discarded);
        text += json.is_discarded() ? QString::fromUtf8(body)
                                    : QString::fromStdString(json.dump(2, ' ', false, JsonValue::error_handler_t::replace));
    }
    m_response->setText(text);
}

void RunPanel::reloadWarehouse()
{
    const QString path = warehousePath();
    const QString shownTable = m_tables->currentData().toString();
    if (!QFileInfo::exists(path)) {
        m_results->close();
        m_checkpoints->setEntries({});
        m_tables->clear();
        m_tables->addItem(tr("(no warehouse yet)"));
        return;
    }
    QString error;
    if (!m_results->isOpen() || m_results->warehouse()->path() != path) {
        if (!m_results->open(path, &error)) {
            m_sqlError->setText(error);
            m_sqlError->show();
            return;
        }
    }
    m_checkpoints->setEntries(m_results->warehouse()->checkpoints());
    m_tables->clear();
    const QList<WarehouseTable> tables = m_results->warehouse()->tables(true);
    for (const WarehouseTable &table : tables)
        m_tables->addItem(tr("%1 (%2 rows)").arg(table.name, QLocale().toString(table.rowCount)), table.name);
    if (tables.isEmpty()) {
        m_tables->addItem(tr("(no tables yet)"));
        return;
    }
    const int again = m_tables->findData(shownTable);
    m_tables->setCurrentIndex(std::max(0, again));
    if (m_results->query().isEmpty() || again < 0) {
        m_results->showTable(m_tables->currentData().toString());
        m_sql->setText(m_results->query());
    } else {
        m_results->refresh();
    }
}

void RunPanel::runSql()
{
    if (!m_results->isOpen())
        reloadWarehouse();
    if (m_results->setQuery(m_sql->text())) {
        m_sqlError->hide();
    } else {
        m_sqlError->setText(m_results->error());
        m_sqlError->show();
    }
}

void RunPanel::exportState()
{
    if (!m_results->isOpen()) {
        QMessageBox::information(this, tr("Export State"), tr("There is no state yet: run a sync first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export State"), QStringLiteral("state.json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_results->warehouse()->exportState(path, &error))
        QMessageBox::warning(this, tr("Export State"), error);
}

void RunPanel::resumeFromCheckpoint(qint64 sequence)
{
    if (isRunning() || !m_results->isOpen())
        return;
    QString error;
    if (!m_results->warehouse()->restoreCheckpoint(sequence, nullptr, &error)) {
        QMessageBox::warning(this, tr("Resume from Checkpoint"), error);
        return;
    }
    m_checkpoints->append(m_results->warehouse()->checkpoints(m_checkpoints->lastSequence()));
    start(chosenStreams());
}

bool RunPanel::resetWarehouse(bool confirmed)
{
    if (isRunning())
        return false;
    if (!confirmed
        && QMessageBox::question(this, tr("Reset Warehouse"),
                                 tr("Drop every table, the state and the checkpoint log of %1? The next sync starts "
                                    "from the beginning.")
                                     .arg(QDir::toNativeSeparators(warehousePath())),
                                 QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Reset)
        return false;
    if (!m_results->isOpen() && QFileInfo::exists(warehousePath()))
        reloadWarehouse();
    if (m_results->isOpen()) {
        QString error;
        if (!m_results->warehouse()->reset(&error)) {
            QMessageBox::warning(this, tr("Reset Warehouse"), error);
            return false;
        }
    }
    m_lastRunIncomplete = false;
    m_requests->clear();
    m_logLines->clear();
    m_summary->clear();
    m_counters->setStyleSheet({});
    m_counters->setText(tr("Warehouse reset."));
    reloadWarehouse();
    updateButtons();
    return true;
}

} // namespace cw
