// SPDX-License-Identifier: MIT
// The hostile-input catalogue (docs/security.md): one test per kind of input a server, a file
// or a user can hand the workbench to break it. Each must end in a clear message or a correct
// result, and the same objects must work normally afterwards (nothing lost, nothing stuck).

#include <string>


#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include "models/core/detect/responsedetector.h"
#include "models/core/http/httpclient.h"
#include "models/core/http/linkheader.h"
#include "models/core/import/harimporter.h"
#include "models/core/import/importresult.h"
#include "models/core/import/openapiimporter.h"
#include "models/core/import/postmanimporter.h"
#include "models/core/json/jsonindex.h"
#include "models/core/json/jsonpath.h"
#include "models/core/project/projectfile.h"
#include "models/core/schema/mappingplan.h"
#include "models/core/schema/schemainferrer.h"
#include "models/core/sync/pagewalker.h"
#include "tests/support/gzip.h"
#include "tests/support/fixtures.h"
#include "tests/support/rawserver.h"
#include "tests/support/testserver.h"

using namespace cw;
using namespace cw::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kNormalBody = R"({"data":[{"id":1,"name":"a"},{"id":2,"name":"b"}],"total":2})";

QByteArray deepArray(int levels)
{
    return QByteArray(levels, '[') + QByteArray(levels, ']');
}

QByteArray deepObject(int levels)
{
    QByteArray out;
    out.reserve(levels * 7);
    for (int i = 0; i < levels; ++i)
        out += "{\"a\":";
    out += "1";
    out += QByteArray(levels, '}');
    return out;
}

Project walkProject(PaginationType type = PaginationType::OffsetLimit)
{
    Project project;
    project.name = u"hostile"_s;
    project.connection.baseUrl = u"http://127.0.0.1:9/api"_s;
    Stream stream;
    stream.name = u"items"_s;
    stream.request.path = u"/items"_s;
    stream.recordsPath = u"/data"_s;
    stream.pagination.type = type;
    stream.pagination.limitParam = u"limit"_s;
    stream.pagination.offsetParam = u"offset"_s;
    stream.pagination.pageParam = u"page"_s;
    stream.pagination.totalPath = u"/total"_s;
    stream.pagination.totalPagesPath = u"/total_pages"_s;
    stream.pagination.maxPages = 5;
    project.streams.append(stream);
    return project;
}

/// Walks the project's first stream with pages answered from `bodies` (the last one repeats),
/// never touching the network.
QList<PageFetch> walk(const Project &project, const QList<QByteArray> &bodies, bool indexMode = false)
{
    PageWalker walker(project, project.streams.first(), {});
    if (indexMode)
        walker.setIndexBodies(true, 0);
    int served = 0;
    walker.setSender([&](HttpClient &, const HttpRequest &request, const std::atomic_bool *) {
        HttpResponse response;
        response.status = 200;
        response.effectiveUrl = request.url;
        response.body = bodies.at(qMin(served++, bodies.size() - 1));
        response.bodySize = response.body.size();
        return response;
    });
    HttpClient client;
    QList<PageFetch> pages;
    while (walker.hasNext() && pages.size() < 10)
        pages.append(walker.fetchNext(client));
    return pages;
}

QString importErrors(const ImportResult &result)
{
    QStringList out;
    for (const ImportProblem &problem : result.problems) {
        if (problem.error)
            out.append(problem.location + u": "_s + problem.message);
    }
    return out.join(u"; "_s);
}

const QByteArray kNormalOpenApi = R"({"openapi":"3.0.3","info":{"title":"Ok","version":"1"},
"servers":[{"url":"https://api.example.com"}],"paths":{"/users":{"get":{"responses":{"200":{"description":"ok"}}}}}})";

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

private:
    /// The parsers still work on ordinary input after a hostile one.
    void verifyStillWorks();

private Q_SLOTS:
    void deepNesting_data();
    void deepNesting();
    void hugeString();
    void hugeNumbers();
    void invalidUtf8AndLoneSurrogates();
    void byteOrderMark();
    void duplicateKeys();
    void nulBytes();
    void neverEndingResponse();
    void slowHeaders();
    void gzipBomb();
    void redirectLoop();
    void circularRefs();
    void harWithManyEntries();
};

void TestHostileInputs::verifyStillWorks()
{
    const QList<PageFetch> pages = walk(walkProject(), {kNormalBody});
    QCOMPARE(pages.size(), 1);
    QVERIFY2(pages.first().error.isEmpty(), qPrintable(pages.first().error));
    QCOMPARE(pages.first().recordCount, 2);
    SchemaInferrer inferrer;
    QVERIFY(inferrer.addBody(kNormalBody, u"/data"_s));
    QCOMPARE(inferrer.recordCount(), 2);
    const ImportResult imported = OpenApiImporter::read(kNormalOpenApi, u"ok.json"_s);
    QVERIFY2(!imported.hasErrors(), qPrintable(importErrors(imported)));
    QCOMPARE(imported.streams.size(), 1);
}

void TestHostileInputs::deepNesting_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("100,000 arrays") << deepArray(100'000);
    QTest::newRow("100,000 objects") << deepObject(100'000);
}

void TestHostileInputs::deepNesting()
{
    QFETCH(QByteArray, body);
    // Sampling and inference: the records are analysed to a bounded depth, with a note.
    SchemaInferrer inferrer;
    QString error;
    inferrer.addBody(body, QString(), &error);
    const InferredSchema schema = inferrer.schema();
    QVERIFY2(!schema.notes().isEmpty() || !error.isEmpty(), "deep nesting passed without a word");

    // The response viewer's index handles any depth (it never recurses).
    JsonIndexError indexError;
    const auto index = JsonIndex::build(body, {}, &indexError);
    QVERIFY2(index, qPrintable(indexError.message));

    // The page walker refuses to build a DOM of it and says why.
    const QList<PageFetch> pages = walk(walkProject(), {body});
    QCOMPARE(pages.size(), 1);
    QVERIFY2(pages.first().error.contains(u"nests deeper"_s), qPrintable(pages.first().error));

    // Project files and imports refuse it with a message.
    const ProjectFile::LoadResult loaded = ProjectFile::parse(body);
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.problems.isEmpty());
    for (const ImportFormat format : {ImportFormat::OpenApi, ImportFormat::Postman, ImportFormat::Har}) {
        const ImportResult result = importBytes(body, format, u"deep.json"_s);
        QVERIFY2(result.hasErrors(), qPrintable(toString(format)));
        QVERIFY(!importErrors(result).isEmpty());
    }
    // YAML flow sequences nest the same way.
    const ImportResult yaml = OpenApiImporter::read("openapi: 3.0.0\nx: " + deepArray(100'000) + '\n', u"deep.yaml"_s);
    QVERIFY(yaml.hasErrors());

    verifyStillWorks();
}

void TestHostileInputs::hugeString()
{
    const QByteArray blob(50 * 1024 * 1024, 'x');
    const QByteArray body = R"({"data":[{"id":1,"blob":")" + blob + R"("},{"id":2,"blob":"short"}],"total":2})";

    SchemaInferrer inferrer;
    QString error;
    QVERIFY2(inferrer.addBody(body, u"/data"_s, &error), qPrintable(error));
    const InferredSchema schema = inferrer.schema();
    const PathInfo *info = schema.find(u"/blob"_s);
    QVERIFY(info);
    QVERIFY(info->suggestedType == FivetranType::String);
    QCOMPARE(info->maxLength, qint64(blob.size()));
    // Examples are for showing: a 50 MB one would be copied into every view and model.
    for (const QString &example : info->examples)
        QVERIFY2(example.size() <= 1024, qPrintable(QString::number(example.size())));

    JsonIndexError indexError;
    const auto index = JsonIndex::build(body, {}, &indexError);
    QVERIFY2(index, qPrintable(indexError.message));
    bool truncated = false;
    const JsonIndex::Child records = index->child(index->root(), 0);
    const JsonIndex::Child first = index->child(records.node, 0);
    const JsonIndex::Child blobChild = index->child(first.node, 1);
    QCOMPARE(index->text(blobChild.value, 100, &truncated).size(), 100);
    QVERIFY(truncated);

    const QList<PageFetch> pages = walk(walkProject(), {body});
    QCOMPARE(pages.size(), 1);
    QVERIFY2(pages.first().error.isEmpty(), qPrintable(pages.first().error));
    QCOMPARE(pages.first().recordCount, 2);
    const Stream proposed = proposeStream(*pages.first().body, {}, QUrl(u"https://x.test/items"_s));
    QCOMPARE(proposed.recordsPath, u"/data"_s);
    const MappingPlan plan = MappingPlan::build(walkProject().streams.first(), schema);
    QVERIFY(!plan.tables.isEmpty());

    verifyStillWorks();
}

void TestHostileInputs::hugeNumbers()
{
    // A total or page count beyond 64 bits or beyond a double must stop nothing and crash nothing.
    for (const QByteArray &total : {QByteArray("1e400"), QByteArray("-1e400"), QByteArray("18446744073709551616"),
                                    QByteArray("18446744073709551615"), QByteArray("-0"), QByteArray("1e19"),
                                    QByteArray("-9223372036854775809")}) {
        for (const PaginationType type : {PaginationType::OffsetLimit, PaginationType::PageNumber}) {
            const QByteArray body = R"({"data":[{"id":1}],"total":)" + total + R"(,"total_pages":)" + total + "}";
            for (const bool indexMode : {false, true}) {
                const QList<PageFetch> pages = walk(walkProject(type), {body}, indexMode);
                QVERIFY2(!pages.isEmpty(), total.constData());
                if (total.contains("e400") && !indexMode) {
                    // No double holds it: the page is refused with the reason, nothing is guessed.
                    QCOMPARE(pages.size(), 1);
                    QVERIFY2(pages.first().error.contains(u"number overflow parsing '"_s + QString::fromLatin1(total) + u'\''), qPrintable(pages.first().error));
                    continue;
                }
                // The index keeps it as written (text): pagination goes on until the pages repeat.
                for (const PageFetch &page : pages)
                    QVERIFY2(page.error.isEmpty() || page.error.contains(u"repeats"_s), qPrintable(page.error));
                QVERIFY2(!pages.last().paginationNote.isEmpty(), total.constData());
            }
        }
    }

    // Inference keeps every digit: a 65-bit integer is not a LONG, 1e400 is not a DOUBLE it cannot hold.
    SchemaInferrer inferrer;
    QString error;
    QVERIFY2(inferrer.addBody(QByteArray(R"([{"big":18446744073709551616,"z":-0}])"), QString(), &error), qPrintable(error));
    const InferredSchema schema = inferrer.schema();
    QVERIFY(schema.find(u"/big"_s));
    QCOMPARE(schema.find(u"/big"_s)->bigIntegerCount, 1);
    QVERIFY(schema.find(u"/big"_s)->suggestedType != FivetranType::Long);
    QVERIFY(schema.find(u"/z"_s));
    // 1e400 has no double: the body is refused at that number, the records before it are kept.
    SchemaInferrer overflow;
    QVERIFY(!overflow.addBody(QByteArray(R"([{"a":1},{"huge":1e400}])"), QString(), &error));
    QVERIFY2(error.contains(u"1e400"_s), qPrintable(error));
    QVERIFY(overflow.recordCount() >= 1);
    QVERIFY(overflow.schema().find(u"/a"_s));

    // The viewer shows numbers exactly as written and materializes 1e400 as text, losing nothing.
    const QByteArray numbers = "[1e400,-0,18446744073709551616]";
    const auto index = JsonIndex::build(numbers);
    QVERIFY(index);
    QCOMPARE(index->text(index->child(index->root(), 0).value), u"1e400"_s);
    QCOMPARE(index->text(index->child(index->root(), 1).value), u"-0"_s);
    QCOMPARE(index->text(index->child(index->root(), 2).value), u"18446744073709551616"_s);
    QVERIFY(index->materialize(index->child(index->root(), 0).value) == JsonValue("1e400"));

    // Project files: numbers out of range are errors at their pointer, not wrapped values.
    for (const QByteArray &n : {QByteArray("1e400"), QByteArray("18446744073709551616"), QByteArray("-0.5")}) {
        const QByteArray file = R"({"format":"connector-workbench-project","formatVersion":1,"name":"n","connection":{"baseUrl":"https://x.test"},)"
                                R"("streams":[{"name":"s","request":{"path":"/s"},"pagination":{"type":"offset","pageSize":)"
            + n + "}}]}";
        const ProjectFile::LoadResult loaded = ProjectFile::parse(file);
        QVERIFY2(!loaded.ok(), n.constData());
        // At its pointer; 1e400, which no JSON reader here can hold, names the number instead.
        bool reported = false;
        for (const ProjectFile::Problem &problem : loaded.problems)
            reported = reported || problem.pointer.startsWith(u"/streams/0/pagination"_s)
                || (problem.pointer.isEmpty() && problem.message.contains(QString::fromLatin1(n)));
        QVERIFY2(reported, n.constData());
    }
    verifyStillWorks();
}

void TestHostileInputs::invalidUtf8AndLoneSurrogates()
{
    // Invalid UTF-8 is replaced (and said so) by inference; the viewer and walker report or replace it.
    const QByteArray invalid = "[{\"name\":\"caf\xC3\x28 \xFF\xFE\"}]";
    SchemaInferrer inferrer;
    QVERIFY(inferrer.addBody(invalid, QString()));
    QVERIFY(!inferrer.schema().notes().isEmpty());

    for (const QByteArray &body : {QByteArray(R"({"data":[{"name":"\ud800"}]})"), QByteArray(R"({"data":[{"name":"\udc00x"}]})"),
                                   QByteArray(R"({"data":[{"name":"\ud800\u0041"}]})")}) {
        const QList<PageFetch> pages = walk(walkProject(), {body});
        QCOMPARE(pages.size(), 1);
        QVERIFY2(pages.first().error.contains(u"not valid JSON"_s), qPrintable(pages.first().error));
        QVERIFY2(pages.first().error.contains(u"surrogate"_s), qPrintable(pages.first().error));
        JsonIndexError indexError;
        QVERIFY(!JsonIndex::build(body, {}, &indexError));
        QVERIFY(!indexError.message.isEmpty());
        SchemaInferrer lone;
        QString error;
        QVERIFY(!lone.addBody(body, u"/data"_s, &error));
        QVERIFY(!error.isEmpty());
    }
    const ProjectFile::LoadResult loaded = ProjectFile::parse(R"({"format":"connector-workbench-project","formatVersion":1,"name":"\ud800"})");
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.problems.isEmpty());
    verifyStillWorks();
}

void TestHostileInputs::byteOrderMark()
{
    const QByteArray bom = "\xEF\xBB\xBF";
    // A BOM in front of a response body is accepted everywhere, as RFC 8259 allows parsers to.
    const QList<PageFetch> pages = walk(walkProject(), {bom + kNormalBody});
    QCOMPARE(pages.size(), 1);
    QVERIFY2(pages.first().error.isEmpty(), qPrintable(pages.first().error));
    QCOMPARE(pages.first().recordCount, 2);
    const QList<PageFetch> indexed = walk(walkProject(), {bom + kNormalBody}, true);
    QVERIFY2(indexed.first().error.isEmpty(), qPrintable(indexed.first().error));
    QVERIFY(JsonIndex::build(bom + kNormalBody));
    SchemaInferrer inferrer;
    QString error;
    QVERIFY2(inferrer.addBody(bom + kNormalBody, u"/data"_s, &error), qPrintable(error));

    // Files saved by Windows editors: project files, specs, collections and recordings.
    const ProjectFile::LoadResult loaded = ProjectFile::parse(bom + testing::readFile(QFINDTESTDATA("../data/projects/rich.cwproj")));
    QVERIFY2(loaded.ok(), loaded.problems.isEmpty() ? "" : qPrintable(loaded.problems.first().toString()));
    for (const char *file : {"../data/import/collection.json", "../data/import/recording.har", "../data/import/swagger2.yaml"}) {
        const QByteArray bytes = testing::readFile(QFINDTESTDATA(file));
        QVERIFY(!bytes.isEmpty());
        const ImportResult plain = importBytes(bytes, ImportFormat::Auto, QString::fromLatin1(file));
        const ImportResult withBom = importBytes(bom + bytes, ImportFormat::Auto, QString::fromLatin1(file));
        QVERIFY2(!withBom.streams.isEmpty(), file);
        QVERIFY2(withBom.streams == plain.streams, file);
        QVERIFY2(withBom.problems == plain.problems, qPrintable(QString::fromLatin1(file) + u": "_s + importErrors(withBom)));
    }
    const ImportResult openapi = importBytes(bom + kNormalOpenApi, ImportFormat::Auto, u"spec.json"_s);
    QVERIFY2(!openapi.hasErrors(), qPrintable(importErrors(openapi)));
    QCOMPARE(openapi.streams.size(), 1);
}

void TestHostileInputs::duplicateKeys()
{
    const QByteArray project = R"({"format":"connector-workbench-project","formatVersion":1,"name":"a","name":"b","connection":{"baseUrl":"https://x.test"},"streams":[]})";
    const ProjectFile::LoadResult loaded = ProjectFile::parse(project);
    bool reported = false;
    for (const ProjectFile::Problem &problem : loaded.problems)
        reported = reported || (problem.pointer == u"/name"_s && problem.message.contains(u"more than once"_s));
    QVERIFY(reported);

    SchemaInferrer inferrer;
    QVERIFY(inferrer.addBody(QByteArray(R"([{"id":1,"id":"x"},{"id":2}])"), QString()));
    const InferredSchema schema = inferrer.schema();
    QCOMPARE(schema.find(u"/id"_s)->duplicateKeys, 1);
    QVERIFY(!schema.notes().isEmpty());

    // The walker reads the last value, as nlohmann (and most servers' clients) do.
    const QList<PageFetch> pages = walk(walkProject(), {R"({"data":[{"id":1}],"data":[{"id":1},{"id":2}],"total":2})"});
    QVERIFY2(pages.first().error.isEmpty(), qPrintable(pages.first().error));
    QCOMPARE(pages.first().recordCount, 2);
}

void TestHostileInputs::nulBytes()
{
    // A raw NUL is not JSON; an escaped one is an ordinary character.
    QByteArray raw = kNormalBody;
    raw.insert(10, '\0');
    const QList<PageFetch> rawPages = walk(walkProject(), {raw});
    QVERIFY2(rawPages.first().error.contains(u"not valid JSON"_s), qPrintable(rawPages.first().error));
    const QList<PageFetch> escaped = walk(walkProject(), {R"({"data":[{"id":"a\u0000b"}],"total":1})"});
    QVERIFY2(escaped.first().error.isEmpty(), qPrintable(escaped.first().error));
    QVERIFY(escaped.first().records.at(0).at("id").get<std::string>() == std::string("a\0b", 3));

    // A NUL in a project's names survives a save and a load unchanged (tst_security checks that
    // such names never reach a file name).
    const ProjectFile::LoadResult loaded = ProjectFile::parse(
        R"({"format":"connector-workbench-project","formatVersion":1,"name":"n","connection":{"baseUrl":"https://x.test"},"streams":[{"name":"a\u0000b","request":{"path":"/s"}}]})");
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.project->streams.first().name, QString(u"a\0b"_s));
    QCOMPARE(ProjectFile::parse(ProjectFile::serialize(*loaded.project)).project, loaded.project);
    // An import with NULs in names gives a valid project.
    const ImportResult curl = importBytes(QByteArray("curl 'https://x.test/a\0b' -H 'X: \0'", 35), ImportFormat::Curl, u"nul"_s);
    QVERIFY(testing::projectErrors(curl).isEmpty());
    SchemaInferrer inferrer;
    QVERIFY(!inferrer.addBody(raw, u"/data"_s));
    verifyStillWorks();
}

void TestHostileInputs::neverEndingResponse()
{
    TestServer server;
    server.get("/forever", [&server](const httplib::Request &, httplib::Response &res) {
        res.set_chunked_content_provider("application/json", [&server](size_t, httplib::DataSink &sink) {
            static const std::string chunk(64 * 1024, ' ');
            return !server.stopping() && sink.write(chunk.data(), chunk.size());
        });
    });
    server.serve("/ok", 200, kNormalBody.toStdString());
    HttpRequest request;
    request.url = QUrl(server.url(u"/forever"_s));
    request.maxBodySize = 4 * 1024 * 1024;
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = client.send(request);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(u"larger than"_s) || response.error.contains(u"limit"_s), qPrintable(response.error));
    QVERIFY(timer.elapsed() < 20'000);

    HttpRequest ok;
    ok.url = QUrl(server.url(u"/ok"_s));
    const HttpResponse after = client.send(ok);
    QVERIFY2(after.ok(), qPrintable(after.error));
    QCOMPARE(after.body, kNormalBody);
}

void TestHostileInputs::slowHeaders()
{
    // Connected at once, then one byte of the status line and headers every 100 ms, forever.
    RawServer server([](int socket, const std::atomic_bool &stopping) {
        RawServer::readRequestHead(socket);
        const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: ";
        for (size_t i = 0; !stopping.load(); ++i) {
            const char c = i < head.size() ? head[i] : 'x';
            if (!RawServer::writeAll(socket, &c, 1))
                return;
            QThread::msleep(100);
        }
    });
    QVERIFY(server.port() != 0);
    HttpRequest request;
    request.url = QUrl(server.url(u"/slow"_s));
    request.totalTimeoutMs = 1500;
    HttpClient client;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = client.send(request);
    QVERIFY(!response.ok());
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(response.error.contains(u"1.5 s"_s), qPrintable(response.error));
    QVERIFY2(response.error.contains(u"127.0.0.1"_s), qPrintable(response.error));

    TestServer normal;
    normal.serve("/ok", 200, kNormalBody.toStdString());
    HttpRequest ok;
    ok.url = QUrl(normal.url(u"/ok"_s));
    QVERIFY(client.send(ok).ok());
}

void TestHostileInputs::gzipBomb()
{
    // 256 MB of zeros in about 250 KB on the wire.
    const std::string bomb = gzip(std::string(256 * 1024 * 1024, '0'));
    QVERIFY(!bomb.empty());
    QVERIFY(bomb.size() < 2 * 1024 * 1024);
    TestServer server;
    server.get("/bomb", [&bomb](const httplib::Request &, httplib::Response &res) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(bomb, "application/json");
    });
    HttpRequest request;
    request.url = QUrl(server.url(u"/bomb"_s));
    request.headers.append(qMakePair(QByteArray("Accept-Encoding"), QByteArray("gzip")));
    request.maxBodySize = 8 * 1024 * 1024;
    HttpClient client;
    const HttpResponse response = client.send(request);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(u"larger than"_s) || response.error.contains(u"limit"_s), qPrintable(response.error));
    QVERIFY(response.bodySize <= request.maxBodySize);
    verifyStillWorks();
}

void TestHostileInputs::redirectLoop()
{
    TestServer server;
    server.get("/a", [](const httplib::Request &, httplib::Response &res) { res.set_redirect("/b", 302); });
    server.get("/b", [](const httplib::Request &, httplib::Response &res) { res.set_redirect("/a?again=1", 302); });
    server.get("/c", [](const httplib::Request &, httplib::Response &res) { res.set_redirect("/c", 301); });
    HttpClient client;
    for (const QString &path : {u"/a"_s, u"/c"_s}) {
        HttpRequest request;
        request.url = QUrl(server.url(path));
        request.maxRedirects = 50;
        const HttpResponse response = client.send(request);
        QVERIFY(!response.ok());
        QVERIFY2(response.error.contains(u"Redirect loop"_s) || response.error.contains(u"Too many redirects"_s),
                 qPrintable(response.error));
        QVERIFY(server.requestCount() < 60);
    }
}

void TestHostileInputs::circularRefs()
{
    const QByteArray spec = R"({"openapi":"3.0.3","info":{"title":"Loops","version":"1"},
"servers":[{"url":"https://api.example.com"}],
"components":{
  "schemas":{"A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/A"},
             "Self":{"$ref":"#/components/schemas/Self"},
             "Tree":{"type":"object","properties":{"children":{"type":"array","items":{"$ref":"#/components/schemas/Tree"}}}}},
  "parameters":{"P":{"$ref":"#/components/parameters/Q"},"Q":{"$ref":"#/components/parameters/P"}},
  "responses":{"R":{"$ref":"#/components/responses/R"}}},
"paths":{
  "/a":{"get":{"parameters":[{"$ref":"#/components/parameters/P"}],
        "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/A"}}}}}}},
  "/self":{"get":{"responses":{"200":{"$ref":"#/components/responses/R"}}}},
  "/tree":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Tree"}}}}}}},
  "/loop":{"$ref":"#/paths/~1loop"}}})";
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = OpenApiImporter::read(spec, u"loops.json"_s);
    QVERIFY(timer.elapsed() < 10'000);
    // The endpoints are kept; the loops are named.
    QStringList paths;
    for (const Stream &stream : result.streams)
        paths.append(stream.request.path);
    QVERIFY2(paths.contains(u"/a"_s) && paths.contains(u"/tree"_s), qPrintable(paths.join(u", "_s)));
    bool named = false;
    for (const ImportProblem &problem : result.problems)
        named = named || problem.message.contains(u"circular"_s, Qt::CaseInsensitive) || problem.message.contains(u"loop"_s, Qt::CaseInsensitive);
    QVERIFY2(named, "no problem names the circular $ref");
    QVERIFY(testing::projectErrors(result).isEmpty());

    const ImportResult yaml = OpenApiImporter::read(testing::readFile(QFINDTESTDATA("../data/import/recursive.yaml")), u"recursive.yaml"_s);
    QVERIFY(!yaml.streams.isEmpty());
    verifyStillWorks();
}

void TestHostileInputs::harWithManyEntries()
{
    constexpr int kEntries = 100'000;
    QByteArray har = R"({"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[)";
    har.reserve(kEntries * 330);
    for (int i = 0; i < kEntries; ++i) {
        if (i)
            har += ',';
        // 100 distinct endpoints, 1,000 recordings of each.
        har += R"({"startedDateTime":"2024-01-01T00:00:00Z","time":1,"request":{"method":"GET","url":"https://api.test/v1/r)"
            + QByteArray::number(i % 100) + "?page=" + QByteArray::number(i / 100)
            + R"(","httpVersion":"HTTP/1.1","headers":[],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},)"
              R"("response":{"status":200,"statusText":"OK","httpVersion":"HTTP/1.1","headers":[],"cookies":[],)"
              R"("content":{"size":10,"mimeType":"application/json","text":"[{\"id\":)"
            + QByteArray::number(i) + R"(}]"},"redirectURL":"","headersSize":-1,"bodySize":10},"cache":{},"timings":{"wait":1}})";
    }
    har += "]}}";
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = HarImporter::read(har, u"big.har"_s);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(!result.hasErrors(), qPrintable(importErrors(result)));
    QCOMPARE(result.streams.size(), 100);
    QVERIFY(!result.samples.isEmpty());
    QVERIFY2(elapsed < 60'000, qPrintable(QString::number(elapsed)));
    QVERIFY(testing::projectErrors(result).isEmpty());
    verifyStillWorks();
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
