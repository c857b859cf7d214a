// SPDX-License-Identifier: MIT
#include "tests/support/httpbinserver.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

#include "models/core/http/httpclient.h"
#include "tests/support/testserver.h"

namespace cw::test {

namespace {

bool hasHttpbin(const QString &python)
{
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import httpbin")});
    return probe.waitForFinished(15000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

} // namespace

HttpbinServer::~HttpbinServer()
{
    stop();
}

QString HttpbinServer::baseUrl(const QString &host) const
{
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

QString HttpbinServer::url(const QString &path, const QString &host) const
{
    return baseUrl(host) + path;
}

bool HttpbinServer::start(int timeoutMs)
{
    // The Debian package installs httpbin for the system Python only, so that one comes
    // first; a virtualenv's python3 on PATH is the fallback.
    QStringList tried;
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() != QFileInfo(candidates.first()).canonicalFilePath())
        candidates.append(onPath);
    for (const QString &candidate : std::as_const(candidates)) {
        if (!QFileInfo(candidate).isExecutable()) {
            tried.append(candidate + QStringLiteral(" (not found)"));
            continue;
        }
        if (hasHttpbin(candidate)) {
            m_python = candidate;
            break;
        }
        tried.append(candidate + QStringLiteral(" (no httpbin module)"));
    }
    if (m_python.isEmpty()) {
        m_skipReason = QStringLiteral("httpbin is not available: tried %1; install python3-httpbin")
                           .arg(tried.isEmpty() ? QStringLiteral("no python3") : tried.join(u", "));
        return false;
    }

    m_port = TestServer::unusedPort();
    // app.run() rather than "-m httpbin.core": the module's own main exists only in some
    // versions, the WSGI app in all of them.
    const QString script = QStringLiteral("from httpbin import app; app.run(host='127.0.0.1', port=%1, threaded=True)")
                               .arg(m_port);
    // Werkzeug logs every request to stderr; the tests' own output is what matters.
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(m_python, {QStringLiteral("-c"), script});
    if (!m_process.waitForStarted(10000)) {
        m_skipReason = QStringLiteral("%1 with httpbin did not start: %2").arg(m_python, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    HttpClient client;
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_skipReason = QStringLiteral("httpbin under %1 exited at start (exit code %2)").arg(m_python).arg(m_process.exitCode());
            return false;
        }
        HttpRequest request;
        request.url = QUrl(url(QStringLiteral("/status/200")));
        request.connectTimeoutMs = 500;
        request.totalTimeoutMs = 2000;
        if (client.send(request).status == 200)
            return true;
        QThread::msleep(100);
    }
    m_skipReason = QStringLiteral("httpbin under %1 did not answer on port %2 within %3 ms").arg(m_python).arg(m_port).arg(timeoutMs);
    stop();
    return false;
}

void HttpbinServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace cw::test
