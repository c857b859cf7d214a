// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>
#include <QtGlobal>

namespace cw::test {

/// httpbin (python3-httpbin) on 127.0.0.1 and a free port, in a child process from
/// start() to destruction. Tests that need it call start() and QSKIP with skipReason()
/// when it returns false, so machines without httpbin skip instead of failing.
class HttpbinServer final
{
public:
    HttpbinServer() = default;
    ~HttpbinServer();
    HttpbinServer(const HttpbinServer &) = delete;
    HttpbinServer &operator=(const HttpbinServer &) = delete;

    /// Finds a Python with httpbin (/usr/bin/python3 first, then python3 on PATH), starts it
    /// and waits until it answers, up to `timeoutMs`.
    bool start(int timeoutMs = 20000);
    void stop();

    /// Why start() failed, naming the interpreters tried.
    QString skipReason() const { return m_skipReason; }
    /// The interpreter in use.
    QString python() const { return m_python; }
    quint16 port() const { return m_port; }
    QString baseUrl(const QString &host = QStringLiteral("127.0.0.1")) const;
    QString url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;

private:
    QProcess m_process;
    QString m_python;
    QString m_skipReason;
    quint16 m_port = 0;
};

} // namespace cw::test
