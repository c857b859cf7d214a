// SPDX-License-Identifier: MIT
// cwb infer on files (records pointer, dotted path, detection, errors) and cwb preview on
// samples that cwb fetch stored from the demo API.
#include <csignal>

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/fixtures.h"

class TestCwbInfer final : public QObject
{
    Q_OBJECT

private:
    using Result = cw::testing::ProcessResult;

    static Result cwb(const QStringList &args, int timeoutMs = 60000)
    {
        return cw::testing::runProcess(QStringLiteral(CWB_PATH), args, timeoutMs);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    QProcess m_server;
    QTemporaryDir m_dir;
    QString m_project;
    QString m_wrapped;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_wrapped = write(QStringLiteral("orders.json"),
                          R"({"meta":{"tags":[{"a":1}]},"data":{"items":[
                               {"id":1,"createdAt":"2026-01-05T10:00:00Z","lines":[{"sku":"a"},{"sku":"b"}]},
                               {"id":2,"createdAt":"2026-01-06T10:00:00Z","lines":[]}]}})");
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_server.processId()), SIGTERM);
        QVERIFY(m_server.waitForFinished(10000));
    }

    void recordsPath_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("pointer") << QStringList{QStringLiteral("--records"), QStringLiteral("/data/items")};
        QTest::newRow("dotted") << QStringList{QStringLiteral("--records"), QStringLiteral("data.items")};
        QTest::newRow("detected") << QStringList{};
    }

    void recordsPath()
    {
        QFETCH(QStringList, options);
        const Result r = cwb(QStringList{QStringLiteral("infer"), m_wrapped, QStringLiteral("--json")} + options);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto out = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(out.at("recordsPath").get<std::string>(), std::string("/data/items"));
        QCOMPARE(out.at("records").get<int>(), 2);
        const auto &tables = out.at("mapping").at("tables");
        QCOMPARE(tables.size(), size_t(2));
        QCOMPARE(tables[0].at("name").get<std::string>(), std::string("orders"));
        QVERIFY(tables[0].at("primaryKey") == nlohmann::json::array({"id"}));
        QCOMPARE(tables[1].at("name").get<std::string>(), std::string("orders_lines"));
        QVERIFY(tables[1].at("primaryKey") == nlohmann::json::array({"orders_id", "index"}));
        QCOMPARE(out.at("mapping").at("cursorColumn").get<std::string>(), std::string("created_at"));
        bool sawCreated = false;
        for (const auto &p : out.at("schema").at("paths")) {
            if (p.at("path") == "/createdAt") {
                sawCreated = true;
                QCOMPARE(p.at("suggestedType").get<std::string>(), std::string("UTC_DATETIME"));
                QVERIFY(p.at("formats") == nlohmann::json::array({"date-time"}));
            }
        }
        QVERIFY(sawCreated);
    }

    void text()
    {
        const Result r = cwb({QStringLiteral("infer"), m_wrapped});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("2 record(s) at /data/items"), r.out.constData());
        QVERIFY(r.out.contains("Default mapping:"));
        QVERIFY(r.out.contains("table orders_lines (child of orders, array /lines), primary key orders_id, index"));
        QVERIFY(r.out.contains("[cursor]"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("infer")} << 2 << QByteArray("expected one FILE");
        QTest::newRow("missing file") << QStringList{QStringLiteral("infer"), QStringLiteral("/nonexistent/x.json")} << 1
                                      << QByteArray("cannot read");
        QTest::newRow("bad pointer") << QStringList{QStringLiteral("infer"), QString(), QStringLiteral("--records"),
                                                    QStringLiteral("/nope")}
                                     << 1 << QByteArray("nothing at /nope");
        QTest::newRow("preview usage") << QStringList{QStringLiteral("preview"), QStringLiteral("x.cwproj")} << 2
                                       << QByteArray("expected PROJECT STREAM");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        if (args.size() > 1 && args[1].isEmpty())
            args[1] = m_wrapped;
        const Result r = cwb(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void notJson()
    {
        const Result r = cwb({QStringLiteral("infer"), write(QStringLiteral("bad.json"), "[{\"a\":1},")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not valid JSON"), r.err.constData());
    }

    void invalidUtf8StillDetected()
    {
        const QString path = write(QStringLiteral("broken.json"), "{\"data\":[{\"n\":\"ok\"},{\"n\":\"bad \xFF\"}]}");
        const Result r = cwb({QStringLiteral("infer"), path, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto out = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(out.at("recordsPath").get<std::string>(), std::string("/data"));
        QCOMPARE(out.at("records").get<int>(), 2);
        QVERIFY2(out.at("schema").at("notes").dump().find("invalid UTF-8") != std::string::npos, r.out.constData());
    }

    void wideObjectSkipsDetection()
    {
        // An ordered DOM of 50,000 members takes seconds to build; detection is skipped.
        QByteArray body = "{\"data\":[{";
        for (int i = 0; i < 50000; ++i)
            body += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":1";
        body += "}]}";
        const QString path = write(QStringLiteral("wide.json"), body);
        QElapsedTimer timer;
        timer.start();
        const Result r = cwb({QStringLiteral("infer"), path, QStringLiteral("--json"), QStringLiteral("--records"),
                              QStringLiteral("/data")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto out = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(out.at("records").get<int>(), 1);
        QVERIFY(out.at("detection").get<std::string>().find("more than 1000 members") != std::string::npos);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void previewDemoSamples()
    {
        m_server.start(QStringLiteral(CWB_PATH), {QStringLiteral("demo-server"), QStringLiteral("--records"),
                                                  QStringLiteral("250"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        const QString baseUrl = QString::fromUtf8(m_server.readLine()).trimmed();
        m_project = m_dir.filePath(QStringLiteral("demo.cwproj"));
        const Result made = cwb({QStringLiteral("demo-project"), QStringLiteral("-o"), m_project,
                                 QStringLiteral("--base-url"), baseUrl});
        QVERIFY2(made.exitCode == 0, made.err.constData());

        const Result none = cwb({QStringLiteral("preview"), m_project, QStringLiteral("orders")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("no samples"), none.err.constData());
        const Result unknown = cwb({QStringLiteral("preview"), m_project, QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 2);

        for (const QString &page : {QStringLiteral("1"), QStringLiteral("2")}) {
            const Result fetched = cwb({QStringLiteral("fetch"), m_project, QStringLiteral("orders"), QStringLiteral("--page"),
                                        page, QStringLiteral("--save-sample"), QStringLiteral("--config"),
                                        QStringLiteral("api_token=demo-token")});
            QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
        }
        const Result r = cwb({QStringLiteral("preview"), m_project, QStringLiteral("orders"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto out = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(out.at("samples").get<int>(), 2);
        const int records = out.at("records").get<int>();
        QVERIFY(records > 0);
        const auto &tables = out.at("mapping").at("tables");
        QCOMPARE(tables[0].at("name").get<std::string>(), std::string("orders"));
        QCOMPARE(tables[1].at("name").get<std::string>(), std::string("order_line_items"));
        QCOMPARE(out.at("rows").at("orders").size(), size_t(records));
        // Every line item row starts with its order's id and its position in the array.
        const auto &orders = out.at("rows").at("orders");
        const auto &lines = out.at("rows").at("order_line_items");
        QVERIFY(lines.size() >= orders.size());
        QCOMPARE(lines[0][1].get<int>(), 0);
        QVERIFY(lines[0][0] == orders[0][0]);
        // Two different pages: no duplicate keys.
        for (const auto &w : out.at("warnings"))
            QVERIFY2(w.at("kind") != "primaryKeyDuplicate", w.dump().c_str());

        const Result text = cwb({QStringLiteral("preview"), m_project, QStringLiteral("orders")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("order_line_items ("), text.out.left(400).constData());
        QVERIFY(text.out.contains("\nid\tcustomer_id\t"));
    }
};

QTEST_GUILESS_MAIN(TestCwbInfer)
#include "tst_cwb_infer.moc"
