// SPDX-License-Identifier: MIT
#include "models/core/codegen/fivetrandebugjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QThread>

#include "models/core/codegen/projectexporter.h"

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FivetranDebugJob)
};

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

FivetranDebugJob::FivetranDebugJob(Project project, ConfigurationValues values, FivetranDebugOptions options,
                                   QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_values(std::move(values))
    , m_options(std::move(options))
{
    qRegisterMetaType<cw::FivetranDebugResult>();
}

FivetranDebugJob::~FivetranDebugJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

FivetranDebugResult FivetranDebugJob::run(const Project &project, const ConfigurationValues &values,
                                          const FivetranDebugOptions &options,
                                          const std::function<void(const QString &)> &onLine,
                                          const std::atomic_bool *cancel)
{
    FivetranDebugResult result;
    if (!findFivetranCli()) {
        result.error = Tr::tr("The fivetran command is not installed (pip install fivetran-connector-sdk).");
        return result;
    }
    ExportOptions exportOptions;
    exportOptions.values = values;
    exportOptions.overwrite = true;
    exportOptions.projectFilePath = options.projectFilePath;
    const ExportResult exported = exportProject(project, options.folder, exportOptions);
    if (!exported.ok) {
        result.error = Tr::tr("The project could not be exported to %1: %2")
                           .arg(QDir::toNativeSeparators(options.folder), exported.error);
        return result;
    }
    if (!options.connectorSource.isEmpty()
        && !writeFile(QDir(options.folder).filePath(QStringLiteral("connector.py")), options.connectorSource.toUtf8(),
                      &result.error))
        return result;

    // The exported configuration.json has empty secrets; the tester needs the real values, so
    // they go to a private temporary file (0600, outside the folder) that is gone afterwards.
    exportOptions.includeSecrets = true;
    const ExportBundle bundle = prepareExport(project, exportOptions);
    QTemporaryFile configuration(QDir::temp().filePath(QStringLiteral("cwb-configuration-XXXXXX.json")));
    const QByteArray configurationBytes = bundle.files.value(QStringLiteral("configuration.json"));
    if (!configuration.open() || configuration.write(configurationBytes) != configurationBytes.size()
        || !configuration.flush()) {
        result.error = Tr::tr("Cannot write the configuration for fivetran debug: %1").arg(configuration.errorString());
        return result;
    }
    return runFivetranDebug(options.folder, configuration.fileName(), onLine, cancel);
}

void FivetranDebugJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        QStringList pending;
        QElapsedTimer sinceFlush;
        sinceFlush.start();
        auto flush = [&] {
            if (!pending.isEmpty())
                Q_EMIT output(std::exchange(pending, {}));
            sinceFlush.restart();
        };
        const FivetranDebugResult result = run(
            m_project, m_values, m_options,
            [&](const QString &line) {
                pending.append(line);
                if (sinceFlush.elapsed() >= 100)
                    flush();
            },
            &m_cancel);
        flush();
        Q_EMIT finished(result);
    });
    m_thread->setObjectName(QStringLiteral("FivetranDebugJob"));
    m_thread->start();
}

void FivetranDebugJob::cancel()
{
    m_cancel = true;
}

bool FivetranDebugJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace cw
