// SPDX-License-Identifier: MIT
// The workspace sample database: store, list, load, delete, reopen, and no secret in any
// byte of the database files.
#include "models/core/samples/samplestore.h"

#include <sqlite3.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "models/core/sync/pagewalker.h"

using namespace cw;
using namespace Qt::StringLiterals;

namespace {

const QString kSecret = u"Sup3r-S3cret/Val+ue"_s;

Project secretProject()
{
    Project p;
    p.name = u"p"_s;
    p.connection.baseUrl = u"https://api.example.com"_s;
    p.connection.auth.type = AuthType::ApiKey;
    p.connection.auth.apiKeyName = u"X-Shop-Key"_s;
    p.connection.auth.apiKeyValue = u"{{ config.key }}"_s;
    p.configuration = {{u"key"_s, u"Key"_s, {}, true, true, {}}};
    return p;
}

PageFetch page(int status, const QByteArray &body)
{
    PageFetch page;
    page.request.method = "GET";
    page.request.url = QUrl(u"https://api.example.com/items?token="_s + QString::fromLatin1(QUrl::toPercentEncoding(kSecret)));
    page.request.headers = {{"X-Shop-Key", kSecret.toUtf8()}, {"Authorization", "Bearer abc"}, {"Accept", "application/json"}};
    page.displayUrl = page.request.url.toDisplayString(); // not yet redacted: the store must do it
    page.response.status = status;
    page.response.headers = {{"Content-Type", "application/json"},
                             {"Set-Cookie", "session=xyz"},
                             {"X-Echo", "key was " + kSecret.toUtf8()}};
    page.response.body = body;
    page.response.bodySize = body.size();
    page.response.sizeDownloaded = body.size() / 2;
    page.response.timings.totalMs = 12.5;
    page.records = JsonValue::array({1, 2, 3});
    return page;
}

} // namespace

class TestSampleStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathBesideProject()
    {
        QCOMPARE(SampleStore::pathForProject(u"/a/shop.cwproj"_s), u"/a/shop.cwproj.cwbdb"_s);
    }

    void storeListLoadDeleteReopen()
    {
        QTemporaryDir dir;
        const QString path = SampleStore::pathForProject(dir.filePath(u"shop.cwproj"_s));
        const Project project = secretProject();
        const ConfigurationValues values{{u"key"_s, kSecret}};
        QList<qint64> ids;
        {
            SampleStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            for (int i = 0; i < 3; ++i) {
                const qint64 id = store.add(u"items"_s, page(200 + i, "{\"n\":" + QByteArray::number(i) + "}"), project, values, &error);
                QVERIFY2(id > 0, qPrintable(error));
                ids.append(id);
            }
            QVERIFY(store.add(u"orders"_s, page(200, "[]"), project, values) > 0);

            const QList<Sample> list = store.list(u"items"_s);
            QCOMPARE(list.size(), 3);
            QCOMPARE(list.first().id, ids.last()); // newest first
            QCOMPARE(list.first().status, 202);
            QVERIFY(list.first().body.isEmpty()); // lists carry no bodies
            QCOMPARE(store.list(u"items"_s, 2).size(), 2);
            QCOMPARE(store.streams(), (QStringList{u"items"_s, u"orders"_s}));

            const std::optional<Sample> loaded = store.load(ids.first());
            QVERIFY(loaded);
            QCOMPARE(loaded->stream, u"items"_s);
            QCOMPARE(loaded->method, u"GET"_s);
            QCOMPARE(loaded->body, QByteArray("{\"n\":0}"));
            QCOMPARE(loaded->recordCount, qint64(3));
            QCOMPARE(loaded->sizeDownloaded, qint64(3));
            QVERIFY(loaded->fetchedAt.isValid());
            QVERIFY(loaded->timingsJson.contains("\"totalMs\":12.5"));
            QVERIFY2(!loaded->url.contains(kSecret) && loaded->url.contains(u"***"_s), qPrintable(loaded->url));
            QCOMPARE(loaded->headers.size(), 3);
            QCOMPARE(loaded->headers[1].second, QByteArray("***"));          // Set-Cookie
            QCOMPARE(loaded->headers[2].second, QByteArray("key was ***"));  // secret inside a value
            QCOMPARE(loaded->requestHeaders[0].second, QByteArray("***"));   // the project's key header
            QCOMPARE(loaded->requestHeaders[1].second, QByteArray("***"));   // Authorization
            QCOMPARE(loaded->requestHeaders[2].second, QByteArray("application/json"));

            QVERIFY(store.remove(ids[1]));
            QVERIFY(!store.remove(ids[1]));
            QVERIFY(!store.load(ids[1]));
        }
        SampleStore reopened;
        QVERIFY(reopened.open(path));
        const QList<Sample> list = reopened.list(u"items"_s);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, ids[2]);
        QCOMPARE(list[1].id, ids[0]);
        QCOMPARE(reopened.removeStream(u"orders"_s), 1);
        QCOMPARE(reopened.streams(), QStringList{u"items"_s});
    }

    void newerSchemaRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.cwbdb"_s);
        {
            SampleStore store;
            QVERIFY(store.open(path));
            Sample s;
            s.stream = u"a"_s;
            QVERIFY(store.add(s) > 0);
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "INSERT INTO schema_version VALUES (99)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        SampleStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(u"99"_s), qPrintable(error));
        QVERIFY(!store.isOpen());
    }

    void bodyCutAtCapWithNote()
    {
        QTemporaryDir dir;
        SampleStore store;
        QVERIFY(store.open(dir.filePath(u"x.cwbdb"_s)));
        store.setMaxBodyBytes(1000);
        // The secret straddles the cap and must still be redacted.
        QByteArray body(990, 'a');
        body += kSecret.toUtf8() + QByteArray(5000, 'b');
        const qint64 id = store.add(u"big"_s, page(200, body), secretProject(), {{u"key"_s, kSecret}});
        const std::optional<Sample> loaded = store.load(id);
        QVERIFY(loaded);
        QVERIFY(loaded->bodyTruncated);
        QCOMPARE(loaded->body.size(), 1000);
        QVERIFY(!loaded->body.contains(kSecret.left(10).toUtf8()));
        QVERIFY2(loaded->bodyNote.contains(QString::number(body.size())), qPrintable(loaded->bodyNote));
    }

    void secretNeverWrittenToDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.cwproj.cwbdb"_s);
        const Project project = secretProject();
        const ConfigurationValues values{{u"key"_s, kSecret}};
        SampleStore store;
        QVERIFY(store.open(path));
        // (No raw string literals in this file: moc 6.4 misreads some and skips the class.)
        QByteArray body = "{\"echo\":\"" + kSecret.toUtf8() + "\",\"url\":\"/x?k=" + QUrl::toPercentEncoding(kSecret) + "\"}";
        PageFetch p = page(401, body);
        p.error = u"HTTP 401 from GET "_s + p.displayUrl + u": key "_s + kSecret;
        for (int i = 0; i < 20; ++i)
            QVERIFY(store.add(u"items"_s, p, project, values) > 0);

        // A reader on another thread, as the GUI would be, while the writer still holds its
        // connection (so the WAL file exists and is searched too).
        int seen = 0;
        QThread *reader = QThread::create([&path, &seen] {
            SampleStore gui;
            if (gui.open(path))
                seen = int(gui.list(u"items"_s).size());
        });
        reader->start();
        reader->wait();
        delete reader;
        QCOMPARE(seen, 20);

        const QList<QByteArray> forms{kSecret.toUtf8(), QUrl::toPercentEncoding(kSecret), kSecret.toUtf8().toBase64()};
        QStringList files{path, path + u"-wal"_s, path + u"-shm"_s};
        QVERIFY(QFile::exists(path + u"-wal"_s));
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (const QByteArray &form : forms)
                QVERIFY2(!bytes.contains(form), qPrintable(file + u" holds the secret as "_s + QString::fromUtf8(form)));
        }
        store.close();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(kSecret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSampleStore)
#include "tst_samplestore.moc"
