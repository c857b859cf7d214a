// SPDX-License-Identifier: MIT
#include "models/core/codegen/fivetrancli.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cw {

std::optional<QString> findFivetranCli()
{
    const QString overridden = qEnvironmentVariable("CW_FIVETRAN");
    if (!overridden.isEmpty() && QFileInfo(overridden).isExecutable())
        return overridden;
    const QString found = QStandardPaths::findExecutable(QStringLiteral("fivetran"));
    if (found.isEmpty())
        return std::nullopt;
    return found;
}

void parseFivetranDebugLog(const QString &log, FivetranDebugResult &result)
{
    static const QRegularExpression row(
        QStringLiteral("^\\s*(Upserts|Updates|Deletes|Truncates|SchemaChanges|Checkpoints)\\s*\\|\\s*(\\d+)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression status(QStringLiteral("sync (succeeded|failed)"), QRegularExpression::CaseInsensitiveOption);
    auto rows = row.globalMatch(log);
    while (rows.hasNext()) {
        const QRegularExpressionMatch match = rows.next();
        // A later table (the final one) replaces an earlier one.
        result.operations.insert(match.captured(1), match.captured(2).toLongLong());
    }
    auto statuses = status.globalMatch(log);
    while (statuses.hasNext())
        result.status = statuses.next().captured(1).toUpper();
}

FivetranDebugResult runFivetranDebug(const QString &folder, const QString &configurationFile,
                                     const std::function<void(const QString &)> &onLine, const std::atomic_bool *cancel,
                                     int timeoutSeconds)
{
    FivetranDebugResult result;
    const std::optional<QString> program = findFivetranCli();
    if (!program) {
        result.error = QStringLiteral("The fivetran command is not installed (pip install fivetran-connector-sdk).");
        return result;
    }
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = {QStringLiteral("debug")};
    if (!configurationFile.isEmpty())
        args << QStringLiteral("--configuration") << configurationFile;
    process.start(*program, args);
    if (!process.waitForStarted(30000)) {
        result.error = QStringLiteral("Cannot start %1: %2").arg(*program, process.errorString());
        return result;
    }
    result.started = true;
    QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    QByteArray pending;
    auto drain = [&](bool all) {
        pending += process.readAll();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0 || (all && !pending.isEmpty())) {
            const qsizetype end = newline >= 0 ? newline : pending.size();
            const QString line = QString::fromUtf8(pending.left(end)).remove(u'\r');
            pending.remove(0, newline >= 0 ? end + 1 : end);
            result.log += line + u'\n';
            if (onLine)
                onLine(line);
        }
    };
    while (process.state() != QProcess::NotRunning) {
        if ((cancel && cancel->load()) || deadline.hasExpired()) {
            result.cancelled = cancel && cancel->load();
            if (!result.cancelled)
                result.error = QStringLiteral("fivetran debug did not finish within %1 s.").arg(timeoutSeconds);
            process.kill();
            process.waitForFinished();
            break;
        }
        process.waitForReadyRead(200);
        drain(false);
    }
    drain(true);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    parseFivetranDebugLog(result.log, result);
    result.succeeded = !result.cancelled && result.exitCode == 0 && result.status != u"FAILED";
    if (!result.succeeded && result.error.isEmpty() && !result.cancelled)
        result.error = QStringLiteral("fivetran debug failed (exit code %1).").arg(result.exitCode);
    return result;
}

} // namespace cw
