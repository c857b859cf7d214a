// SPDX-License-Identifier: MIT
// Security guarantees (docs/security.md), each tested end to end through the code paths the
// application uses: TLS verification, credentials and redirects, secrets in generated code
// and exports, the demo server's address, and writes that stay in the folders the user chose.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "models/core/codegen/connectorgenerator.h"
#include "models/core/codegen/projectexporter.h"
#include "models/core/demo/demoserver.h"
#include "models/core/http/httpclient.h"
#include "models/core/import/harimporter.h"
#include "models/core/import/importresult.h"
#include "models/core/import/postmanimporter.h"
#include "models/core/project/projectfile.h"
#include "models/core/sync/pagewalker.h"
#include "tests/support/fixtures.h"
#include "tests/support/testserver.h"

using namespace cw;
using namespace cw::test;
using namespace Qt::StringLiterals;

namespace {

const QString kSecret = u"sk_live_TOPSECRET_4242"_s;
const QString kApiKey = u"ak_TOPSECRET_9999"_s;

/// A project with bearer auth and an API-key header, both secret configuration fields.
Project securedProject(const QString &baseUrl)
{
    Project project;
    project.name = u"Secured"_s;
    project.connection.baseUrl = baseUrl;
    project.connection.auth.type = AuthType::Bearer;
    project.connection.auth.token = u"{{ config.api_token }}"_s;
    project.connection.headers.append({u"X-API-Key"_s, u"{{ config.api_key }}"_s});
    project.configuration.append({u"api_token"_s, u"API token"_s, {}, true, true, kSecret});
    project.configuration.append({u"api_key"_s, u"API key"_s, {}, true, true, kApiKey});
    Stream stream;
    stream.name = u"items"_s;
    stream.request.path = u"/items"_s;
    stream.recordsPath = u"/data"_s;
    stream.pagination.type = PaginationType::NextUrl;
    stream.pagination.nextUrlPath = u"/next"_s;
    stream.table.name = u"items"_s;
    project.streams.append(stream);
    return project;
}

ConfigurationValues securedValues()
{
    return {{u"api_token"_s, kSecret}, {u"api_key"_s, kApiKey}};
}

/// Every file under `dir`, recursively, with its contents.
QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), testing::readFile(path));
    }
    return out;
}

bool safeName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && !name.contains(u"..")
        && !name.contains(QChar(0));
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tlsVerificationOnByDefault();
    void tlsOptOutIsNeverSilent();
    void credentialsStayOnTheirHostAcrossRedirects();
    void nextPageOnAnotherOriginGetsNoCredentials();
    void generatedCodeNeverEmbedsSecrets();
    void exportKeepsSecretsOutUnlessAskedFor();
    void demoServerBindsLoopbackOnly();
    void exportStaysInsideChosenFolder_data();
    void exportStaysInsideChosenFolder();
    void exportRefusesSymbolicLinks();
    void importedNamesCannotEscape();
};

void TestSecurity::tlsVerificationOnByDefault()
{
    QVERIFY(HttpRequest().verifyTls);
    QVERIFY(Connection().verifyTls);
    // A project file that does not mention it verifies; so do imports without -k.
    const ProjectFile::LoadResult loaded = ProjectFile::parse(
        R"({"format":"connector-workbench-project","formatVersion":1,"name":"t","connection":{"baseUrl":"https://x.test"},"streams":[{"name":"s","request":{"path":"/s"}}]})");
    QVERIFY(loaded.ok());
    QVERIFY(loaded.project->connection.verifyTls);
    const HttpRequest request = buildStreamRequest(*loaded.project, loaded.project->streams.first(), {});
    QVERIFY(request.verifyTls);
    for (const QByteArray &command : {QByteArray("curl https://x.test/a"), QByteArray("curl -L https://x.test/a --compressed")}) {
        const ImportResult imported = importBytes(command, ImportFormat::Curl, u"cmd"_s);
        QVERIFY(imported.connection.verifyTls);
        QVERIFY(projectFromImport(imported).connection.verifyTls);
    }
    const ImportResult har = HarImporter::read(testing::readFile(QFINDTESTDATA("../data/import/recording.har")), u"r.har"_s);
    QVERIFY(projectFromImport(har).connection.verifyTls);
    const ImportResult postman = PostmanImporter::read(testing::readFile(QFINDTESTDATA("../data/import/collection.json")), u"c.json"_s);
    QVERIFY(projectFromImport(postman).connection.verifyTls);
    // Saving never drops the setting: off stays off, on stays on.
    Project off = *loaded.project;
    off.connection.verifyTls = false;
    QVERIFY(!ProjectFile::parse(ProjectFile::serialize(off)).project->connection.verifyTls);
    QVERIFY(ProjectFile::parse(ProjectFile::serialize(*loaded.project)).project->connection.verifyTls);
}

void TestSecurity::tlsOptOutIsNeverSilent()
{
    // -k is imported only with a warning that says what it does.
    const ImportResult imported = importBytes("curl -k https://self-signed.test/a", ImportFormat::Curl, u"cmd"_s);
    QVERIFY(!imported.connection.verifyTls);
    bool warned = false;
    for (const ImportProblem &problem : imported.problems)
        warned = warned || (!problem.error && problem.message.contains(u"TLS"_s));
    QVERIFY(warned);
    // Every response fetched without verification says so (the UI shows it with each one).
    TestServer server;
    server.serve("/a", 200, "{}");
    HttpRequest request;
    request.url = QUrl(server.url(u"/a"_s));
    request.verifyTls = false;
    HttpClient client;
    QVERIFY(client.send(request).tlsVerificationDisabled);
    request.verifyTls = true;
    QVERIFY(!client.send(request).tlsVerificationDisabled);
    // Generated code carries the opt-out as a visible, commented line, never by default.
    Project project = securedProject(u"https://api.example.com"_s);
    QVERIFY(!generateConnector(project, {}).code.contains(u"verify = False"_s));
    project.connection.verifyTls = false;
    const QString code = generateConnector(project, {}).code;
    QVERIFY(code.contains(u"session.verify = False"_s));
    QVERIFY(code.contains(u"opts out of TLS certificate checks"_s));
}

void TestSecurity::credentialsStayOnTheirHostAcrossRedirects()
{
    TestServer server;
    TestServer other;
    other.serve("/landing", 200, R"({"data":[{"id":1}]})");
    server.serve("/landing", 200, R"({"data":[{"id":1}]})");
    // Another host name for the same server, another port, and back: none may see a credential.
    const QString toName = server.url(u"/landing"_s, u"localhost"_s);
    const QString toPort = other.url(u"/landing"_s);
    for (const QString &target : {toName, toPort}) {
        server.clearRequests();
        other.clearRequests();
        server.get("/api/items", [target](const httplib::Request &, httplib::Response &res) {
            res.set_redirect(target.toStdString(), 307);
        });
        const Project project = securedProject(server.url(u"/api"_s));
        PageWalker walker(project, project.streams.first(), securedValues());
        HttpClient client;
        const PageFetch page = walker.fetchNext(client);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        const RecordedRequest first = server.requests().front();
        QCOMPARE(first.header("Authorization"), u"Bearer "_s + kSecret);
        QCOMPARE(first.header("X-API-Key"), kApiKey);
        const RecordedRequest landed = target == toPort ? other.lastRequest() : server.lastRequest();
        QCOMPARE(landed.path, u"/landing"_s);
        QVERIFY(!landed.hasHeader("Authorization"));
        QVERIFY(!landed.hasHeader("X-API-Key"));
        for (const auto &[name, value] : landed.headers)
            QVERIFY2(!QString::fromStdString(value).contains(u"TOPSECRET"_s), name.c_str());
        // What the user sees of the request never holds the secret either.
        QVERIFY(!page.displayUrl.contains(u"TOPSECRET"_s));
    }
}

void TestSecurity::nextPageOnAnotherOriginGetsNoCredentials()
{
    TestServer server;
    TestServer other;
    other.serve("/steal", 200, R"({"data":[{"id":2}]})");
    const std::string next = other.url(u"/steal"_s).toStdString();
    server.get("/api/items", [next](const httplib::Request &, httplib::Response &res) {
        res.set_content(R"({"data":[{"id":1}],"next":")" + next + "\"}", "application/json");
    });
    const Project project = securedProject(server.url(u"/api"_s));
    PageWalker walker(project, project.streams.first(), securedValues());
    HttpClient client;
    const PageFetch page = walker.fetchNext(client);
    QCOMPARE(page.recordCount, 1);
    QVERIFY(!walker.hasNext());
    QVERIFY(walker.failed());
    QVERIFY2(walker.stopReason().contains(u"another origin"_s), qPrintable(walker.stopReason()));
    QCOMPARE(other.requestCount(), 0);
}

void TestSecurity::generatedCodeNeverEmbedsSecrets()
{
    Project project = securedProject(u"https://api.example.com/v1"_s);
    project.connection.auth.type = AuthType::OAuth2ClientCredentials;
    project.connection.auth.tokenUrl = u"https://auth.example.com/token"_s;
    project.connection.auth.clientId = u"{{ config.api_key }}"_s;
    project.connection.auth.clientSecret = u"{{ config.api_token }}"_s;
    const QString code = generateConnector(project, {}).code;
    QVERIFY(!code.contains(kSecret));
    QVERIFY(!code.contains(kApiKey));
    QVERIFY(!code.contains(u"TOPSECRET"_s));
    QVERIFY(code.contains(u"api_token"_s)); // read from the configuration at run time
    // A literal credential typed into a header (not a template) is refused by the linter.
    Project literal = securedProject(u"https://api.example.com/v1"_s);
    literal.connection.headers.append({u"Authorization"_s, u"Bearer "_s + kSecret});
    const QList<ProjectFile::Problem> problems = ProjectFile::validate(literal);
    bool refused = false;
    for (const ProjectFile::Problem &problem : problems)
        refused = refused || problem.pointer.startsWith(u"/connection/headers"_s);
    QVERIFY2(refused, "a literal Authorization header passed validation");
}

void TestSecurity::exportKeepsSecretsOutUnlessAskedFor()
{
    const Project project = securedProject(u"https://api.example.com/v1"_s);
    QTemporaryDir dir;
    ExportOptions options;
    options.values = securedValues();
    const ExportResult result = exportProject(project, dir.path() + u"/out"_s, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QMap<QString, QByteArray> files = filesUnder(dir.path() + u"/out"_s);
    QVERIFY(files.contains(u"configuration.json"_s));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(!it.value().contains("TOPSECRET"), qPrintable(it.key()));
    // The project file is never written with a secret's value (a default included).
    QVERIFY(!ProjectFile::serialize(project).contains("TOPSECRET"));

    // Opted in: only configuration.json holds them, readable by the owner only.
    options.includeSecrets = true;
    const ExportResult with = exportProject(project, dir.path() + u"/with"_s, options);
    QVERIFY2(with.ok, qPrintable(with.error));
    const QMap<QString, QByteArray> withFiles = filesUnder(dir.path() + u"/with"_s);
    for (auto it = withFiles.cbegin(); it != withFiles.cend(); ++it)
        QCOMPARE(it.value().contains("TOPSECRET"), it.key() == u"configuration.json"_s);
    QCOMPARE(QFile::permissions(dir.path() + u"/with/configuration.json"_s) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestSecurity::demoServerBindsLoopbackOnly()
{
    DemoServer server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    QVERIFY(server.baseUrl().startsWith(u"http://127.0.0.1:"_s));
    // The kernel's own table of listening sockets: the port is bound to 127.0.0.1 alone.
    QFile tcp(u"/proc/net/tcp"_s);
    if (!tcp.open(QIODevice::ReadOnly))
        QSKIP("no /proc/net/tcp on this system");
    const QString port = QString::number(server.port(), 16).toUpper().rightJustified(4, u'0');
    QStringList listening;
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QStringList fields = QString::fromLatin1(line).simplified().split(u' ');
        if (fields.size() > 3 && fields[1].endsWith(u':' + port) && fields[3] == u"0A")
            listening.append(fields[1]);
    }
    QCOMPARE(listening, QStringList{u"0100007F:"_s + port});
    QFile tcp6(u"/proc/net/tcp6"_s);
    if (tcp6.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : tcp6.readAll().split('\n')) {
            const QStringList fields = QString::fromLatin1(line).simplified().split(u' ');
            QVERIFY2(!(fields.size() > 3 && fields[1].endsWith(u':' + port) && fields[3] == u"0A"), line.constData());
        }
    }
    server.stop();
}

void TestSecurity::exportStaysInsideChosenFolder_data()
{
    QTest::addColumn<QString>("streamName");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("projectFile");
    QTest::addColumn<QString>("connection");
    QTest::newRow("stream ../") << u"../../escaped"_s << u"t"_s << QString() << QString();
    QTest::newRow("table ../") << u"s"_s << u"../../escaped"_s << QString() << QString();
    QTest::newRow("absolute stream") << u"/tmp/escaped"_s << u"t"_s << QString() << QString();
    QTest::newRow("project file ../") << u"s"_s << u"t"_s << u"../../escaped.cwproj"_s << QString();
    QTest::newRow("connection ../") << u"s"_s << u"t"_s << QString() << u"../escaped"_s;
    QTest::newRow("backslashes") << u"..\\..\\escaped"_s << u"..\\t"_s << QString() << QString();
    QTest::newRow("NUL") << u"a\0/../../escaped"_s << u"t\0../x"_s << u"p\0/../../x.cwproj"_s << QString();
}

void TestSecurity::exportStaysInsideChosenFolder()
{
    QFETCH(QString, streamName);
    QFETCH(QString, tableName);
    QFETCH(QString, projectFile);
    QFETCH(QString, connection);
    QTemporaryDir root;
    const QString chosen = root.path() + u"/a/b/chosen"_s;
    QVERIFY(QDir().mkpath(chosen));
    Project project = securedProject(u"https://api.example.com/v1"_s);
    project.streams.first().name = streamName;
    project.streams.first().table.name = tableName;
    ExportOptions options;
    if (!projectFile.isEmpty())
        options.projectFilePath = root.path() + u"/a/b/chosen/"_s + projectFile;
    options.connectionName = connection;
    options.overwrite = true;
    const ExportResult result = exportProject(project, chosen, options);
    // Refused or written inside: never a file elsewhere.
    const QMap<QString, QByteArray> everything = filesUnder(root.path());
    for (auto it = everything.cbegin(); it != everything.cend(); ++it)
        QVERIFY2(it.key().startsWith(u"a/b/chosen/"_s), qPrintable(it.key()));
    if (!result.ok)
        QVERIFY(!result.error.isEmpty());
    for (const QString &file : result.files)
        QVERIFY2(!file.contains(u".."_s) && !file.startsWith(u'/'), qPrintable(file));
}

void TestSecurity::exportRefusesSymbolicLinks()
{
    QTemporaryDir root;
    const QString chosen = root.path() + u"/chosen"_s;
    const QString elsewhere = root.path() + u"/elsewhere"_s;
    QVERIFY(QDir().mkpath(chosen));
    QVERIFY(QDir().mkpath(elsewhere));
    QVERIFY(QFile::link(elsewhere, chosen + u"/tests"_s));
    QVERIFY(QFile::link(elsewhere + u"/connector.py"_s, chosen + u"/connector.py"_s));
    ExportOptions options;
    options.overwrite = true;
    const ExportResult result = exportProject(securedProject(u"https://api.example.com/v1"_s), chosen, options);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"symbolic link"_s), qPrintable(result.error));
    QVERIFY(QDir(elsewhere).isEmpty());
}

void TestSecurity::importedNamesCannotEscape()
{
    // Names from HAR recordings and collections become stream, table and file names.
    const QByteArray postman = R"({"info":{"name":"../../../etc","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
"item":[{"name":"../../evil","item":[{"name":"..\\..\\win","request":{"method":"GET","url":"https://x.test/a/../../b"}},
{"name":"/abs/path","request":{"method":"GET","url":"https://x.test/c"}}]}]})";
    const QByteArray har = R"({"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[
{"startedDateTime":"2024-01-01T00:00:00Z","time":1,"request":{"method":"GET","url":"https://x.test/..%2F..%2Fetc/passwd","httpVersion":"HTTP/1.1","headers":[],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},
"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/1.1","headers":[],"cookies":[],"content":{"size":2,"mimeType":"application/json","text":"[{\"id\":1}]"},"redirectURL":"","headersSize":-1,"bodySize":2},"cache":{},"timings":{"wait":1}}]}})";
    for (const ImportResult &result : {PostmanImporter::read(postman, u"c.json"_s), HarImporter::read(har, u"r.har"_s)}) {
        QVERIFY(!result.streams.isEmpty());
        const Project project = projectFromImport(result);
        QVERIFY(testing::projectErrors(result).isEmpty());
        for (const Stream &stream : project.streams) {
            QVERIFY2(safeName(stream.name), qPrintable(stream.name));
            QVERIFY2(safeName(stream.table.name), qPrintable(stream.table.name));
        }
        QTemporaryDir root;
        const QString chosen = root.path() + u"/chosen"_s;
        ExportOptions options;
        const ExportResult exported = exportProject(project, chosen, options);
        QVERIFY2(exported.ok, qPrintable(exported.error));
        const QMap<QString, QByteArray> everything = filesUnder(root.path());
        for (auto it = everything.cbegin(); it != everything.cend(); ++it)
            QVERIFY2(it.key().startsWith(u"chosen/"_s), qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
