// SPDX-License-Identifier: MIT
#include "models/core/codegen/pythonengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

#include "models/core/codegen/connectorgenerator.h"
#include "models/core/codegen/pythonruntime.h"
#include "models/core/samples/samplestore.h"

namespace cw {

namespace {

QString text(const JsonValue &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// schema() column types: "LONG", or {"type": "DECIMAL", "precision": p, "scale": s}.
QList<WarehouseColumn> declaredColumns(const JsonValue &columns)
{
    QList<WarehouseColumn> list;
    if (!columns.is_object())
        return list;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        WarehouseColumn column;
        column.name = QString::fromStdString(it.key());
        if (it->is_string()) {
            column.type = fivetranTypeFromString(QString::fromStdString(it->get<std::string>()).toUpper())
                              .value_or(FivetranType::Unspecified);
        } else if (it->is_object()) {
            column.type = FivetranType::Decimal;
            column.precision = it->value("precision", 0);
            column.scale = it->value("scale", 0);
        }
        list.append(column);
    }
    return list;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

LogLevel logLevel(const QString &level)
{
    if (level == u"WARNING")
        return LogLevel::Warning;
    if (level == u"ERROR" || level == u"SEVERE" || level == u"CRITICAL")
        return LogLevel::Error;
    if (level == u"DEBUG" || level == u"FINE")
        return LogLevel::Debug;
    return LogLevel::Info;
}

} // namespace

// ---- PythonOperationApplier

PythonOperationApplier::PythonOperationApplier(Warehouse &warehouse)
    : m_warehouse(warehouse)
{
}

PythonOperationApplier::Result PythonOperationApplier::fail(const QString &message)
{
    m_warehouse.rollback();
    if (m_error.isEmpty())
        m_error = message;
    return Result::Failed;
}

PythonOperationApplier::Result PythonOperationApplier::apply(QByteArrayView line)
{
    if (line.trimmed().isEmpty())
        return Result::Continue;
    const JsonValue message = JsonValue::parse(line.data(), line.data() + line.size(), nullptr, false);
    if (message.is_discarded() || !message.is_object())
        return fail(QStringLiteral("The Python runtime sent a line that is not a JSON object: %1")
                        .arg(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 200)))));
    const std::string op = message.value("op", std::string());
    const QString table = text(message, "table");
    QString error;
    static const JsonValue kEmpty = JsonValue::object();
    const auto dataIt = message.find("data");
    const JsonValue &data = dataIt != message.end() ? *dataIt : kEmpty;
    if (op == "upsert") {
        if (!m_warehouse.upsert(table, data, &error))
            return fail(error);
        ++m_upserts;
    } else if (op == "update") {
        if (!m_warehouse.update(table, data, &error))
            return fail(error);
    } else if (op == "delete") {
        if (!m_warehouse.remove(table, data, &error))
            return fail(error);
    } else if (op == "truncate") {
        if (!m_warehouse.truncate(table, &error))
            return fail(error);
    } else if (op == "checkpoint") {
        CheckpointEntry entry;
        const auto state = message.find("state");
        if (!m_warehouse.commitCheckpoint(state != message.end() ? *state : kEmpty, {}, &entry, &error))
            return fail(error);
        if (onCheckpoint)
            onCheckpoint(entry);
    } else if (op == "schema") {
        for (const JsonValue &entry : message.value("tables", JsonValue::array())) {
            QStringList key;
            for (const JsonValue &column : entry.value("primary_key", JsonValue::array())) {
                if (column.is_string())
                    key.append(QString::fromStdString(column.get<std::string>()));
            }
            if (!m_warehouse.declareTable(text(entry, "table"), key, declaredColumns(entry.value("columns", JsonValue())), &error))
                return fail(error);
        }
    } else if (op == "log") {
        if (onLog)
            onLog(text(message, "level"), text(message, "message"));
    } else if (op == "error") {
        m_trace = text(message, "trace");
        return fail(text(message, "message"));
    } else if (op == "done") {
        return Result::Done;
    } else {
        return fail(QStringLiteral("The Python runtime sent an unknown operation \"%1\".").arg(QString::fromStdString(op)));
    }
    return Result::Continue;
}

// ---- PythonEngine

struct PythonEngine::Private {
    Project project;
    ConfigurationValues values;
    Warehouse &warehouse;
    PythonRunOptions options;
    SyncObserver *observer = nullptr;
    QElapsedTimer clock;
    qint64 lastFlushMs = -1;
    std::vector<SyncEvent> events;
    SyncCounters counters;
    QString stream;

    Private(Project p, ConfigurationValues v, Warehouse &w, PythonRunOptions o)
        : project(std::move(p))
        , values(std::move(v))
        , warehouse(w)
        , options(std::move(o))
    {
    }

    void push(SyncEvent event)
    {
        event.elapsedMs = clock.elapsed();
        if (event.stream.isEmpty())
            event.stream = stream;
        events.push_back(std::move(event));
        flush(false);
    }
    void flush(bool force)
    {
        counters.elapsedSeconds = double(clock.nsecsElapsed()) / 1e9;
        if (!observer || (!force && clock.elapsed() - lastFlushMs < options.eventIntervalMs))
            return;
        lastFlushMs = clock.elapsed();
        observer->syncProgress(events, counters);
        events.clear();
    }
    void log(LogLevel level, const QString &message)
    {
        // The generated code logs "<stream>: reading ..." and "<stream>: N records synced"
        // at its milestones; they mark where each stream starts and ends for the run panel.
        const QString name = message.section(u':', 0, 0);
        if (project.stream(name) && message.mid(name.size()).startsWith(QStringLiteral(": reading"))) {
            stream = name;
            counters.stream = name;
            counters.streamRecords = 0;
            SyncEvent started;
            started.kind = SyncEvent::Kind::StreamStarted;
            push(std::move(started));
        }
        SyncEvent e;
        e.kind = SyncEvent::Kind::Log;
        e.level = level;
        e.message = message;
        push(std::move(e));
        if (name == stream && message.endsWith(QStringLiteral(" records synced"))) {
            SyncEvent finished;
            finished.kind = SyncEvent::Kind::StreamFinished;
            finished.message = message.mid(name.size() + 2);
            push(std::move(finished));
        }
    }
    SyncSummary finish(SyncSummary summary)
    {
        warehouse.rollback();
        summary.lastCheckpoint = warehouse.lastCheckpointSequence();
        if (!summary.succeeded && !summary.reason.isEmpty())
            log(summary.cancelled ? LogLevel::Warning : LogLevel::Error, summary.reason);
        flush(true);
        summary.counters = counters;
        return summary;
    }
};

PythonEngine::PythonEngine(Project project, ConfigurationValues values, Warehouse &warehouse, PythonRunOptions options)
    : d(std::make_unique<Private>(std::move(project), std::move(values), warehouse, std::move(options)))
{
}

PythonEngine::~PythonEngine() = default;

void PythonEngine::setObserver(SyncObserver *observer)
{
    d->observer = observer;
}

SyncSummary PythonEngine::run(const std::atomic_bool *cancel)
{
    d->clock.start();
    d->counters = {};
    SyncSummary summary;
    auto failed = [this, &summary](const QString &reason) {
        summary.reason = reason;
        return d->finish(summary);
    };
    if (!d->warehouse.isOpen())
        return failed(QStringLiteral("The warehouse is not open."));
    d->warehouse.rollback();

    QString error;
    QString python = d->options.python;
    if (python.isEmpty()) {
        const std::optional<PythonInterpreter> found = findPython(&error);
        if (!found)
            return failed(error);
        python = found->program;
    }

    // A private folder: configuration.json holds secrets for the length of the run.
    QTemporaryDir work;
    if (!work.isValid())
        return failed(QStringLiteral("Cannot create a temporary folder: %1").arg(work.errorString()));
    QFile::setPermissions(work.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString runtime = work.filePath(QStringLiteral("runtime"));
    if (!installPythonRuntime(runtime, &error))
        return failed(error);
    QString connectorDir = d->options.connectorDir;
    if (connectorDir.isEmpty()) {
        connectorDir = work.filePath(QStringLiteral("connector"));
        QDir().mkpath(connectorDir);
        QList<MappingPlan> plans = d->options.plans;
        if (plans.isEmpty()) {
            SampleStore samples;
            if (!d->options.samplesPath.isEmpty() && QFileInfo::exists(d->options.samplesPath))
                samples.open(d->options.samplesPath);
            plans = planProject(d->project, samples.isOpen() ? &samples : nullptr);
        }
        if (!writeFile(connectorDir + QStringLiteral("/connector.py"), generateConnector(d->project, plans).code.toUtf8(), &error))
            return failed(error);
    }
    JsonValue configuration = JsonValue::object();
    for (const ConfigurationField &field : std::as_const(d->project.configuration)) {
        if (!field.defaultValue.isEmpty())
            configuration[field.key.toStdString()] = field.defaultValue.toStdString();
    }
    for (auto it = d->values.cbegin(); it != d->values.cend(); ++it)
        configuration[it.key().toStdString()] = it.value().toStdString();
    JsonValue state = d->warehouse.state();
    if (!state.is_object())
        state = JsonValue::object();
    d->log(LogLevel::Info, QStringLiteral("previous state: %1").arg(QString::fromStdString(Warehouse::compactJson(state))));
    const QString configurationFile = work.filePath(QStringLiteral("configuration.json"));
    const QString stateFile = work.filePath(QStringLiteral("state.json"));
    if (!writeFile(configurationFile, QByteArray::fromStdString(configuration.dump()), &error)
        || !writeFile(stateFile, QByteArray::fromStdString(state.dump()), &error))
        return failed(error);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString path = environment.value(QStringLiteral("PYTHONPATH"));
    environment.insert(QStringLiteral("PYTHONPATH"), path.isEmpty() ? runtime : runtime + QDir::listSeparator() + path);
    environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    // What `fivetran debug` sets, so that connectors reading them behave as in a local test.
    environment.insert(QStringLiteral("FIVETRAN_DEPLOYMENT_MODEL"), QStringLiteral("local_debug"));
    environment.insert(QStringLiteral("FIVETRAN_CONNECTION_ID"), QStringLiteral("test_connection_id"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(connectorDir);
    process.start(python, {QStringLiteral("-m"), QStringLiteral("fivetran_connector_sdk.workbench"), QStringLiteral("--project"),
                           connectorDir, QStringLiteral("--configuration"), configurationFile, QStringLiteral("--state"), stateFile});
    if (!process.waitForStarted(30000))
        return failed(QStringLiteral("Cannot start %1: %2").arg(python, process.errorString()));

    PythonOperationApplier applier(d->warehouse);
    applier.onLog = [this](const QString &level, const QString &message) { d->log(logLevel(level), message); };
    applier.onCheckpoint = [this, &applier](const CheckpointEntry &entry) {
        ++d->counters.checkpoints;
        d->counters.operations += entry.operations;
        for (auto it = entry.rowsPerTable.cbegin(); it != entry.rowsPerTable.cend(); ++it)
            d->counters.rowsPerTable[it.key()] += it.value();
        d->counters.records = applier.upserts();
        SyncEvent e;
        e.kind = SyncEvent::Kind::Checkpoint;
        e.checkpoint = entry;
        d->push(std::move(e));
    };
    QByteArray pending;
    QByteArray stderrPending;
    QStringList stderrTail;
    auto drainStderr = [&](bool all) {
        stderrPending += process.readAllStandardError();
        for (;;) {
            qsizetype newline = stderrPending.indexOf('\n');
            if (newline < 0 && !(all && !stderrPending.isEmpty()))
                break;
            const qsizetype end = newline >= 0 ? newline : stderrPending.size();
            const QString line = QString::fromUtf8(stderrPending.left(end)).trimmed();
            stderrPending.remove(0, newline >= 0 ? end + 1 : end);
            if (line.isEmpty())
                continue;
            stderrTail.append(line);
            if (stderrTail.size() > 20)
                stderrTail.removeFirst();
            d->log(LogLevel::Info, line);
        }
    };

    PythonOperationApplier::Result result = PythonOperationApplier::Result::Continue;
    bool running = true;
    while (result == PythonOperationApplier::Result::Continue && running) {
        if (cancel && cancel->load()) {
            process.kill();
            process.waitForFinished();
            summary.cancelled = true;
            return failed(QStringLiteral("cancelled"));
        }
        if (process.state() == QProcess::NotRunning)
            running = false;  // one more read below takes what it wrote last
        else if (process.bytesAvailable() == 0)
            process.waitForReadyRead(100);
        pending += process.readAllStandardOutput();
        drainStderr(false);
        qsizetype start = 0;
        for (qsizetype newline; result == PythonOperationApplier::Result::Continue
             && (newline = pending.indexOf('\n', start)) >= 0;
             start = newline + 1)
            result = applier.apply(QByteArrayView(pending.constData() + start, newline - start));
        pending.remove(0, start);
    }
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(10000))
        process.kill();
    process.waitForFinished();
    drainStderr(true);

    if (result == PythonOperationApplier::Result::Failed) {
        QString reason = applier.error();
        if (!applier.trace().isEmpty())
            d->log(LogLevel::Debug, applier.trace());
        return failed(reason);
    }
    if (result == PythonOperationApplier::Result::Continue)
        return failed(QStringLiteral("Python exited (code %1) before the sync finished: %2")
                          .arg(process.exitCode())
                          .arg(stderrTail.isEmpty() ? QStringLiteral("no message") : stderrTail.join(u'\n')));
    d->counters.records = applier.upserts();
    summary.succeeded = true;
    // Operations after the last checkpoint are not committed, as in Fivetran; the generated
    // code always ends with a checkpoint.
    return d->finish(summary);
}

// ---- PythonSyncJob

namespace {

class QueuedPythonObserver final : public SyncObserver
{
public:
    explicit QueuedPythonObserver(PythonSyncJob *job) : m_job(job) {}
    void syncProgress(const std::vector<SyncEvent> &events, const SyncCounters &counters) override
    {
        auto batch = std::make_shared<SyncJob::Batch>();
        batch->events = events;
        batch->counters = counters;
        Q_EMIT m_job->progress(std::move(batch));
    }

private:
    PythonSyncJob *m_job;
};

} // namespace

PythonSyncJob::PythonSyncJob(Project project, ConfigurationValues values, QString warehousePath, PythonRunOptions options,
                             QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_values(std::move(values))
    , m_warehousePath(std::move(warehousePath))
    , m_options(std::move(options))
{
    qRegisterMetaType<std::shared_ptr<const cw::SyncJob::Batch>>();
    qRegisterMetaType<cw::SyncSummary>();
}

PythonSyncJob::~PythonSyncJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void PythonSyncJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        Warehouse warehouse;
        QString error;
        if (!warehouse.open(m_warehousePath, &error)) {
            SyncSummary summary;
            summary.reason = error;
            Q_EMIT finished(summary);
            return;
        }
        PythonEngine engine(m_project, m_values, warehouse, m_options);
        QueuedPythonObserver observer(this);
        engine.setObserver(&observer);
        const SyncSummary summary = engine.run(&m_cancel);
        Q_EMIT finished(summary);
    });
    m_thread->setObjectName(QStringLiteral("PythonSyncJob"));
    m_thread->start();
}

void PythonSyncJob::cancel()
{
    m_cancel = true;
}

bool PythonSyncJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace cw
