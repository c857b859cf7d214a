// SPDX-License-Identifier: MIT
// cwb run against `cwb demo-server`: a sync SIGKILLed at 20 random moments and resumed each
// time ends with the same rows as an uninterrupted one; exit codes, --state, --export-state,
// --reset, --streams, --json and the Python engine's placeholder.
#include <csignal>
#include <random>

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "models/core/warehouse/warehouse.h"
#include "tests/support/fixtures.h"

using namespace Qt::StringLiterals;

namespace {

// Every table's rows without _fivetran_synced, ordered by key.
QString dumpTables(const QString &path)
{
    cw::Warehouse w;
    if (!w.open(path))
        return u"cannot open "_s + path;
    QString out;
    for (const cw::WarehouseTable &t : w.tables()) {
        QStringList names;
        for (const cw::WarehouseColumn &c : t.columns)
            names << QStringLiteral("\"%1\"").arg(c.name);
        names << u"_fivetran_deleted"_s;
        QStringList order = t.primaryKey;
        if (order.isEmpty()) {
            names << u"_fivetran_id"_s;
            order << u"_fivetran_id"_s;
        }
        const cw::QueryResult r = w.query(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                                              .arg(names.join(u", "), t.name, order.join(u", ")));
        out += t.name + u'\n' + QString::fromStdString(cw::JsonValue(r.rows).dump()) + u'\n';
    }
    return out;
}

} // namespace

class TestCwbRun final : public QObject
{
    Q_OBJECT

private:
    using Result = cw::testing::ProcessResult;

    static Result cwb(const QStringList &args, int timeoutMs = 120000)
    {
        return cw::testing::runProcess(QStringLiteral(CWB_PATH), args, timeoutMs);
    }
    QStringList run(const QString &warehouse, const QStringList &more = {}) const
    {
        return QStringList{u"run"_s, m_project, u"--warehouse"_s, warehouse, u"--config"_s, u"api_token=demo-token"_s}
            + more;
    }

    QProcess m_server;
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.start(QStringLiteral(CWB_PATH), {u"demo-server"_s, u"--records"_s, u"2000"_s});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        const QString baseUrl = QString::fromUtf8(m_server.readLine()).trimmed();
        m_project = m_dir.filePath(u"demo.cwproj"_s);
        const Result made = cwb({u"demo-project"_s, u"-o"_s, m_project, u"--base-url"_s, baseUrl});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        // Small pages: many checkpoints, so that kills land between and inside them.
        nlohmann::json project = nlohmann::json::parse(cw::testing::readFile(m_project).toStdString());
        for (auto &stream : project.at("streams")) {
            if (stream.contains("pagination"))
                stream["pagination"]["pageSize"] = 20;
        }
        QFile file(m_project);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::fromStdString(project.dump(2)));
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_server.processId()), SIGTERM);
        QVERIFY(m_server.waitForFinished(10000));
    }

    void killedTwentyTimesEndsWithTheSameRows()
    {
        const QString reference = m_dir.filePath(u"reference.db"_s);
        QElapsedTimer timer;
        timer.start();
        const Result full = cwb(run(reference));
        const qint64 fullMs = timer.elapsed();
        qInfo("uninterrupted run: %lld ms", static_cast<long long>(fullMs));
        QVERIFY2(full.exitCode == 0, full.err.constData());
        QVERIFY(full.out.contains("Sync SUCCEEDED"));
        const QString expected = dumpTables(reference);
        QVERIFY(expected.contains(u"customer_notes"));

        const QString killed = m_dir.filePath(u"killed.db"_s);
        std::mt19937 random(20240501);
        // The moments fall after the process has started (measured: a run that stops at its
        // option check) and within the first thirtieth of the remaining work, so that every run
        // is killed while it syncs: twenty kills add up to less than one whole sync even when
        // the machine is quicker than it was for the measured run (a run that finished would
        // leave only quick incremental runs, which no kill can catch).
        qint64 startupMs = 0;
        for (int i = 0; i < 3; ++i) {
            timer.restart();
            cwb(run(m_dir.filePath(u"unused.db"_s), {u"--streams"_s, u"nope"_s}));
            startupMs += timer.elapsed() / 3;
        }
        const qint64 workMs = std::max<qint64>(fullMs - startupMs, 60);
        std::uniform_int_distribution<qint64> moment(startupMs, startupMs + workMs / 30);
        qInfo("process start: %lld ms; kills between %lld and %lld ms", static_cast<long long>(startupMs),
              static_cast<long long>(startupMs), static_cast<long long>(startupMs + workMs / 30));
        int killedRuns = 0;
        for (int attempt = 0; attempt < 80 && killedRuns < 20; ++attempt) {
            QProcess process;
            process.start(QStringLiteral(CWB_PATH), run(killed));
            QVERIFY(process.waitForStarted());
            if (!process.waitForFinished(int(moment(random)))) {
                ::kill(pid_t(process.processId()), SIGKILL);
                QVERIFY(process.waitForFinished(10000));
                ++killedRuns;
            }
        }
        QCOMPARE(killedRuns, 20);
        {
            cw::Warehouse w;
            QVERIFY(w.open(killed));
            QVERIFY2(w.lastCheckpointSequence() > 0, "the killed runs committed nothing");
        }
        const Result last = cwb(run(killed));
        QVERIFY2(last.exitCode == 0, last.err.constData());
        const QString actual = dumpTables(killed);
        if (actual != expected) {
            // Name the first table that differs, with a little context, instead of two huge strings.
            const QStringList a = actual.split(u'\n');
            const QStringList b = expected.split(u'\n');
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
                if (a[i] == b[i])
                    continue;
                qsizetype at = 0;
                while (at < std::min(a[i].size(), b[i].size()) && a[i][at] == b[i][at])
                    ++at;
                QFAIL(qPrintable(QStringLiteral("table %1 differs at %2:\nkilled:    %3\nreference: %4")
                                     .arg(i > 0 ? a[i - 1] : QString())
                                     .arg(at)
                                     .arg(a[i].mid(std::max<qsizetype>(0, at - 150), 300),
                                          b[i].mid(std::max<qsizetype>(0, at - 150), 300))));
            }
            QFAIL("the killed warehouse has other tables than the reference");
        }
        cw::Warehouse w;
        QVERIFY(w.open(killed));
        QVERIFY(w.checkpoints().size() > 30);
    }

    void failureExitsWithOneAndStateRoundTrips()
    {
        // Against a port nobody listens on: network errors, retried, then a clear failure.
        nlohmann::json project = nlohmann::json::parse(cw::testing::readFile(m_project).toStdString());
        for (auto &field : project.at("configuration")) {
            if (field.at("key") == "base_url")
                field["default"] = "http://127.0.0.1:1";
        }
        const QString broken = m_dir.filePath(u"broken.cwproj"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(project.dump()));
        file.close();
        const Result failed = cwb({u"run"_s, broken, u"--config"_s, u"api_token=demo-token"_s, u"--max-attempts"_s,
                                   u"2"_s, u"--backoff-ms"_s, u"1"_s, u"--json"_s});
        QCOMPARE(failed.exitCode, 1);
        const auto summary = nlohmann::json::parse(failed.out.toStdString());
        QCOMPARE(summary.at("status").get<std::string>(), std::string("FAILED"));
        QVERIFY2(QString::fromStdString(summary.at("reason").get<std::string>()).contains(u"attempts are used up"),
                 failed.out.constData());
        QCOMPARE(summary.at("retries").get<int>(), 1);
        QVERIFY(QFile::exists(m_dir.filePath(u"broken.warehouse.db"_s)));

        // --export-state writes what --state reads; --streams limits the run; --reset empties first.
        const QString db = m_dir.filePath(u"state.db"_s);
        const QString stateFile = m_dir.filePath(u"state.json"_s);
        Result r = cwb(run(db, {u"--streams"_s, u"products"_s, u"--export-state"_s, stateFile}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto state = nlohmann::json::parse(cw::testing::readFile(stateFile).toStdString());
        QVERIFY(state.at("products").at("cursor").is_string());
        QVERIFY(!state.contains("customers"));
        r = cwb(run(db, {u"--reset"_s, u"--state"_s, stateFile, u"--streams"_s, u"products"_s, u"--json"_s}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // From the exported cursor only the records sharing its timestamp come again.
        QVERIFY2(nlohmann::json::parse(r.out.toStdString()).at("upserts").get<int>() <= 3, r.out.constData());

        // The python engine runs the whole generated connector (tst_cwb_run_python): no --streams.
        QCOMPARE(cwb(run(db, {u"--engine"_s, u"python"_s, u"--streams"_s, u"products"_s})).exitCode, 2);
        QVERIFY(cwb(run(db, {u"--engine"_s, u"python"_s, u"--streams"_s, u"products"_s})).err.contains("--streams"));
        QCOMPARE(cwb(run(db, {u"--streams"_s, u"nope"_s})).exitCode, 2);
        QCOMPARE(cwb(run(db, {u"--resume-from"_s, u"999"_s})).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCwbRun)
#include "tst_cwb_run.moc"
