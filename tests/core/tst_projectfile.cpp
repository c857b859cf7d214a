// SPDX-License-Identifier: MIT
#include "models/core/project/projectfile.h"
#include "models/core/project/projectvalidator.h"

#include <algorithm>
#include <csignal>
#include <functional>
#include <set>
#include <string>

#include <sys/resource.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace Qt::StringLiterals;
using Problem = ProjectFile::Problem;

Q_DECLARE_METATYPE(cw::Project)

namespace {

// Every field of every value type differs from its default somewhere in here, so that the
// round trip and the golden file exercise the whole format.
Project richProject()
{
    Project p;
    p.name = u"Acme CRM"_s;
    p.description = u"Customers and orders from the Acme CRM API.\nWritten for the \"demo\" tenant; café ☕ 😀."_s;

    Connection &c = p.connection;
    c.baseUrl = u"{{ config.base_url }}/v2"_s;
    c.headers = {{u"Accept"_s, u"application/json"_s}, {u"X-Tenant"_s, u"{{config.tenant}}"_s}};
    c.verifyTls = false;
    Auth &a = c.auth;
    a.type = AuthType::OAuth2ClientCredentials;
    a.apiKeyName = u"X-API-Key"_s;
    a.apiKeyIn = u"query"_s;
    a.apiKeyValue = u"{{ config.api_key }}"_s;
    a.token = u"{{ config.api_token }}"_s;
    a.username = u"{{ config.username }}"_s;
    a.password = u"{{ config.password }}"_s;
    a.tokenUrl = u"{{ config.base_url }}/oauth/token"_s;
    a.clientId = u"{{ config.client_id }}"_s;
    a.clientSecret = u"{{ config.client_secret }}"_s;
    a.scopes = u"read:customers read:orders"_s;

    auto field = [](const QString &key, bool secret, const QString &defaultValue = {}) {
        ConfigurationField f;
        f.key = key;
        f.secret = secret;
        f.defaultValue = defaultValue;
        return f;
    };
    ConfigurationField baseUrl = field(u"base_url"_s, false, u"https://api.acme.example"_s);
    baseUrl.label = u"Base URL"_s;
    baseUrl.description = u"Root of the API, without a trailing slash."_s;
    baseUrl.required = true;
    ConfigurationField apiKey = field(u"api_key"_s, true);
    apiKey.required = true;
    p.configuration = {baseUrl, field(u"tenant"_s, false, u"demo"_s), apiKey, field(u"api_token"_s, true),
                       field(u"username"_s, false), field(u"password"_s, true), field(u"client_id"_s, false),
                       field(u"client_secret"_s, true), field(u"start_date"_s, false, u"2024-01-01"_s)};

    Stream customers;
    customers.name = u"customers"_s;
    customers.group = u"crm"_s;
    customers.description = u"All customers, newest changes first."_s;
    customers.request.method = u"POST"_s;
    customers.request.path = u"/customers/search"_s;
    Parameter status;
    status.name = u"status"_s;
    status.value = u"active"_s;
    status.description = u"Only customers in this state."_s;
    status.required = true;
    status.enumValues = {u"active"_s, u"archived"_s};
    Parameter trace;
    trace.name = u"X-Trace"_s;
    trace.in = u"header"_s;
    trace.value = u"workbench"_s;
    customers.request.parameters = {status, trace};
    customers.request.body = u"{\"tenant\": \"{{ config.tenant }}\"}"_s;
    customers.recordsPath = u"/data/items"_s;
    Pagination &pg = customers.pagination;
    pg.type = PaginationType::OffsetLimit;
    pg.pageSize = 50;
    pg.limitParam = u"limit"_s;
    pg.offsetParam = u"offset"_s;
    pg.pageParam = u"page"_s;
    pg.firstPage = 0;
    pg.cursorParam = u"cursor"_s;
    pg.cursorPath = u"/meta/next_cursor"_s;
    pg.cursorHeader = u"X-Next-Cursor"_s;
    pg.lastRecordCursorPath = u"/id"_s;
    pg.hasMorePath = u"/meta/has_more"_s;
    pg.totalPath = u"/meta/total"_s;
    pg.totalPagesPath = u"/meta/pages"_s;
    pg.nextUrlPath = u"/links/next"_s;
    pg.maxPages = 20;
    Incremental &inc = customers.incremental;
    inc.cursorField = u"updated_at"_s;
    inc.requestParam = u"updated_since"_s;
    inc.format = u"epoch_seconds"_s;
    inc.startConfigKey = u"start_date"_s;
    inc.lookbackSeconds = 300;
    TableMapping &t = customers.table;
    t.name = u"customers"_s;
    t.primaryKey = {u"id"_s};
    t.flattenDepth = 2;
    ColumnMapping id{u"/id"_s, u"id"_s, FivetranType::Long, 0, 0, true};
    ColumnMapping balance{u"/balance"_s, u"balance"_s, FivetranType::Decimal, 18, 2, true};
    ColumnMapping notes{u"/internal~1notes"_s, u"internal_notes"_s, FivetranType::String, 0, 0, false};
    t.columns = {id, balance, notes};
    t.nested = {{u"/addresses"_s, NestedMode::ChildTable, u"customer_addresses"_s}, {u"/metadata"_s, NestedMode::JsonColumn, {}}};
    Deletions &gone = customers.deletions;
    gone.path = u"/customers/deleted"_s;
    gone.parameters = {Parameter{u"kind"_s, u"query"_s, u"customer"_s, u"Which resource"_s, true, {u"customer"_s, u"lead"_s}}};
    gone.recordsPath = u"/deleted"_s;
    gone.keyPaths = {u"/customer_id"_s};
    // Every key the schema documents, as the customers' own pagination and cursor have them.
    gone.pagination = pg;
    gone.incremental = inc;
    gone.incremental.cursorField = u"deleted_at"_s;
    gone.incremental.requestParam = u"since"_s;

    Stream orders;
    orders.name = u"orders"_s;
    orders.request.path = u"/customers/{customer_id}/orders"_s;
    orders.pagination.type = PaginationType::CursorToken;
    orders.pagination.cursorParam = u"cursor"_s;
    orders.pagination.cursorPath = u"/next"_s;
    orders.parent = {u"customers"_s, u"/id"_s, u"customer_id"_s};
    orders.table.name = u"orders"_s;
    orders.table.primaryKey = {u"customer_id"_s, u"id"_s};

    Stream invoices;
    invoices.name = u"invoices"_s;
    invoices.request.path = u"/invoices"_s;
    invoices.pagination.type = PaginationType::LinkHeader;

    p.streams = {customers, orders, invoices};
    return p;
}

Project minimalProject()
{
    Project p;
    p.name = u"Minimal"_s;
    p.connection.baseUrl = u"https://api.example.com"_s;
    return p;
}

QString listProblems(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append((p.isError() ? u"E "_s : u"W "_s) + p.toString());
    return lines.join(u'\n');
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Paths of every object key, with array indices as "*": "/streams/*/request/method".
void collectKeyPaths(const nlohmann::json &value, const std::string &path, std::set<std::string> &out)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            out.insert(path + '/' + it.key());
            collectKeyPaths(it.value(), path + '/' + it.key(), out);
        }
    } else if (value.is_array()) {
        for (const auto &entry : value)
            collectKeyPaths(entry, path + "/*", out);
    }
}

/// The same paths as documented by a JSON Schema: "properties" give keys, "items" give "*".
void collectSchemaPaths(const nlohmann::json &schema, const nlohmann::json &node, const std::string &path,
                        std::set<std::string> &out, int depth = 0)
{
    if (depth > 20 || !node.is_object())
        return;
    if (node.contains("$ref")) {
        const std::string ref = node["$ref"].get<std::string>();
        collectSchemaPaths(schema, schema.at(nlohmann::json::json_pointer(ref.substr(1))), path, out, depth + 1);
    }
    if (node.contains("properties")) {
        for (auto it = node["properties"].begin(); it != node["properties"].end(); ++it) {
            out.insert(path + '/' + it.key());
            collectSchemaPaths(schema, it.value(), path + '/' + it.key(), out, depth + 1);
        }
    }
    if (node.contains("items"))
        collectSchemaPaths(schema, node["items"], path + "/*", out, depth + 1);
}

QString findPythonWithJsonSchema()
{
    // The brief names Debian's interpreter; a developer's PATH may hold one that has the module.
    QStringList candidates{u"/usr/bin/python3"_s};
    const QString onPath = QStandardPaths::findExecutable(u"python3"_s);
    if (!onPath.isEmpty() && !candidates.contains(onPath))
        candidates.append(onPath);
    for (const QString &python : std::as_const(candidates)) {
        if (!QFileInfo::exists(python))
            continue;
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import jsonschema"_s});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace

class TestProjectFile final : public QObject
{
    Q_OBJECT

private slots:
    void richProjectIsClean()
    {
        // The rich project doubles as the reference of a valid project: no errors, no warnings.
        const QList<Problem> problems = ProjectFile::validate(richProject());
        QVERIFY2(problems.isEmpty(), qPrintable(listProblems(problems)));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Project>("project");
        QTest::newRow("rich") << richProject();
        QTest::newRow("minimal") << minimalProject();

        Project p = minimalProject();
        p.name = u"Ünïcödé \"quotes\" \\ back\\slash\n\ttab 😀 </script>"_s;
        p.description = u"\u0001 control and \u2028 separator"_s;
        QTest::newRow("escapes") << p;

        // Objects whose first key is at its default but a later one is not.
        p = minimalProject();
        p.configuration = {{u"user"_s, {}, {}, false, false, {}}};
        p.connection.auth.username = u"{{ config.user }}"_s;
        Stream s;
        s.name = u"s"_s;
        s.request.path = u"/s"_s;
        s.pagination.pageSize = 25;
        s.incremental.lookbackSeconds = 60;
        s.parent.parentField = u"/id"_s;
        s.table.flattenDepth = 0;
        s.table.columns = {{u"/raw"_s, u"raw"_s, FivetranType::Unspecified, 0, 0, false}};
        s.table.nested = {{u"/tags"_s, NestedMode::Flatten, {}}};
        p.streams = {s};
        QTest::newRow("defaults-at-first-key") << p;

        // Values that equal the defaults must come back as defaults.
        p = minimalProject();
        s = Stream();
        s.name = u"t"_s;
        s.request.method = u"GET"_s;
        s.request.path = u"/t"_s;
        s.incremental.format = u"rfc3339"_s;
        s.request.parameters = {Parameter{u"q"_s, u"query"_s, {}, {}, false, {}}};
        p.streams = {s};
        p.connection.headers = {{u"X-Empty"_s, {}}};
        QTest::newRow("explicit-defaults") << p;

        // Warnings do not stop loading, so the round trip must hold for such projects too.
        p = minimalProject();
        p.connection.auth.type = AuthType::Bearer;
        QTest::newRow("with-warnings") << p;
    }
    void roundTrip()
    {
        QFETCH(Project, project);
        const QByteArray bytes = ProjectFile::serialize(project);
        const ProjectFile::LoadResult result = ProjectFile::parse(bytes);
        QVERIFY2(result.ok(), qPrintable(listProblems(result.problems) + u"\n"_s + QString::fromUtf8(bytes)));
        QCOMPARE(ProjectFile::serialize(*result.project), bytes);
        QVERIFY(*result.project == project);
        QVERIFY(bytes.endsWith("}\n"));
        QVERIFY(!bytes.contains('\r'));
        QVERIFY(!bytes.contains('\t'));  // tabs in values are escaped, indentation is spaces
    }

    void deletionsFeedRules()
    {
        auto problemsOf = [](const std::function<void(Project &)> &change) {
            Project p = richProject();
            change(p);
            QStringList lines;
            for (const Problem &problem : ProjectValidator::validate(p)) {
                if (problem.pointer.contains(u"/deletions"_s))
                    lines << (problem.isError() ? u"E "_s : u"W "_s) + problem.pointer + u" | "_s + problem.message;
            }
            return lines.join(u'\n');
        };
        QCOMPARE(problemsOf([](Project &) {}), QString());
        const QString keyless = problemsOf([](Project &p) { p.streams[0].table.primaryKey.clear(); });
        QVERIFY2(keyless.startsWith(u"E /streams/0/deletions/path | "_s) && keyless.contains(u"primary key"_s), qPrintable(keyless));
        const QString counted = problemsOf([](Project &p) { p.streams[0].deletions.keyPaths << u"/tenant"_s; });
        QVERIFY2(counted.startsWith(u"E /streams/0/deletions/keyPaths | "_s) && counted.contains(u"2 key path(s) for a primary key of 1"_s),
                 qPrintable(counted));
        const QString child = problemsOf([](Project &p) { p.streams[1].deletions.path = u"/gone"_s; });
        QVERIFY2(child.contains(u"E /streams/1/deletions/path | "_s) && child.contains(u"child stream"_s), qPrintable(child));
        const QString templated = problemsOf([](Project &p) { p.streams[0].deletions.path = u"/deleted/{id}"_s; });
        QVERIFY2(templated.contains(u"cannot have {path parameters}"_s), qPrintable(templated));
        const QString pointer = problemsOf([](Project &p) { p.streams[0].deletions.recordsPath = u"deleted.items"_s; });
        QVERIFY2(pointer.startsWith(u"E /streams/0/deletions/recordsPath | "_s), qPrintable(pointer));
        const QString start = problemsOf([](Project &p) { p.streams[0].deletions.incremental.startConfigKey = u"nope"_s; });
        QVERIFY2(start.startsWith(u"E /streams/0/deletions/incremental/startConfigKey | "_s), qPrintable(start));
        // Without a path the rest is not judged: there is no feed.
        QCOMPARE(problemsOf([](Project &p) {
                     p.streams[0].deletions.path.clear();
                     p.streams[0].deletions.keyPaths = {u"bad pointer"_s, u"x"_s};
                 }),
                 QString());
    }

    void minimalSerialization()
    {
        // The omission rules, spelled out: identifying keys are always there, the rest only when set.
        const QByteArray expected =
            "{\n"
            "  \"format\": \"connector-workbench-project\",\n"
            "  \"formatVersion\": 1,\n"
            "  \"name\": \"Minimal\",\n"
            "  \"connection\": {\n"
            "    \"baseUrl\": \"https://api.example.com\"\n"
            "  },\n"
            "  \"configuration\": [],\n"
            "  \"streams\": [\n"
            "    {\n"
            "      \"name\": \"s\",\n"
            "      \"request\": {\n"
            "        \"method\": \"GET\",\n"
            "        \"path\": \"/s\"\n"
            "      }\n"
            "    }\n"
            "  ]\n"
            "}\n";
        Project p = minimalProject();
        Stream s;
        s.name = u"s"_s;
        s.request.path = u"/s"_s;
        p.streams = {s};
        QCOMPARE(ProjectFile::serialize(p), expected);
    }

    void goldenFile()
    {
        const QString path = QFINDTESTDATA("../data/projects/rich.cwproj");
        const QByteArray bytes = ProjectFile::serialize(richProject());
        if (qEnvironmentVariableIsSet("CW_UPDATE_GOLDEN")) {
            QFile out(path.isEmpty() ? QFINDTESTDATA("../data/projects") + u"/rich.cwproj"_s : path);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
            QSKIP("Golden file rewritten; review the diff.");
        }
        QVERIFY2(!path.isEmpty(), "tests/data/projects/rich.cwproj is missing (CW_UPDATE_GOLDEN=1 writes it)");
        QCOMPARE(QString::fromUtf8(bytes), QString::fromUtf8(readAll(path)));
        // Byte-stable: serializing twice, or after a load, gives the same bytes.
        QCOMPARE(ProjectFile::serialize(richProject()), bytes);
        const ProjectFile::LoadResult loaded = ProjectFile::load(path);
        QVERIFY2(loaded.ok() && loaded.problems.isEmpty(), qPrintable(listProblems(loaded.problems)));
        QVERIFY(*loaded.project == richProject());
        QCOMPARE(ProjectFile::serialize(*loaded.project), bytes);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("loads");
        // Each entry: "E|W <pointer> | <fragment of the message>"; the list is the complete set of problems.
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty") << u"empty"_s << false << QStringList{u"E  | The file is empty"_s};
        QTest::newRow("malformed") << u"malformed"_s << false
                                   << QStringList{u"E  | not valid JSON at line 6, column 23: syntax error while parsing object key - unexpected '}'"_s};
        QTest::newRow("invalid-utf8") << u"invalid-utf8"_s << false << QStringList{u"E  | not valid UTF-8 text (line 4, column 15"_s};
        QTest::newRow("not-object") << u"not-object"_s << false << QStringList{u"E  | must hold a JSON object (the project), not an array"_s};
        QTest::newRow("wrong-format") << u"wrong-format"_s << false
                                      << QStringList{u"E /format | not a Connector Workbench project: \"format\" is \"openapi-3.0\""_s};
        QTest::newRow("missing-format") << u"missing-format"_s << false << QStringList{u"E /format | has no \"format\" key"_s};
        QTest::newRow("missing-version") << u"missing-version"_s << false << QStringList{u"E /formatVersion | has no \"formatVersion\""_s};
        QTest::newRow("version-as-string") << u"version-as-string"_s << false
                                           << QStringList{u"E /formatVersion | \"formatVersion\" must be a whole number, not a string"_s};
        QTest::newRow("version-zero") << u"version-zero"_s << false << QStringList{u"E /formatVersion | 0 is not a valid format version"_s};
        QTest::newRow("newer-version") << u"newer-version"_s << false << QStringList{u"E /formatVersion | newer Connector Workbench (format 3)"_s};
        QTest::newRow("wrong-types") << u"wrong-types"_s << false << QStringList{
            u"E /name | \"name\" must be a string, not a whole number"_s,
            u"E /description | \"description\" must be a string, not an array"_s,
            u"E /connection/headers | \"headers\" must be an array, not an object"_s,
            u"E /connection/auth/token | \"token\" must be a string"_s,
            u"E /connection/verifyTls | must be true or false, not a string"_s,
            u"E /configuration/0/secret | must be true or false"_s,
            u"E /configuration/1 | Each item of \"configuration\" must be an object, not a string"_s,
            u"E /streams/0/request/parameters/0/required | must be true or false, not a whole number"_s,
            u"E /streams/0/request/parameters/0/enum/1 | Each item of \"enum\" must be a string"_s,
            u"E /streams/0/pagination/pageSize | must be a whole number, not a string"_s,
            u"E /streams/0/pagination/maxPages | not a decimal number"_s,
            u"E /streams/0/table/primaryKey | must be an array of strings, not a string"_s,
            u"E /streams/0/table/columns/0/precision | must be a whole number"_s,
            u"E /streams/0/table/columns/0/include | not null"_s,
            u"E /streams/1 | Each item of \"streams\" must be an object"_s,
            u"E /streams/2/request | \"request\" must be an object, not a string"_s,
            u"E /streams/2/incremental/lookbackSeconds | out of range (99999999999)"_s};
        QTest::newRow("unknown-enums") << u"unknown-enums"_s << false << QStringList{
            u"E /connection/auth/type | \"oauth\" is not an authentication type; expected one of none, apiKey, bearer, basic, oauth2ClientCredentials."_s,
            u"E /connection/auth/apiKeyIn | \"cookie\" is not a place for the API key; expected one of header, query."_s,
            u"E /streams/0/request/method | \"FETCH\" is not an HTTP method"_s,
            u"E /streams/0/request/parameters/0/in | \"body\" is not a parameter location; expected one of query, path, header."_s,
            u"E /streams/0/pagination/type | \"pages\" is not a pagination type; expected one of none, offset, page, cursor, nextUrl, linkHeader."_s,
            u"E /streams/0/incremental/format | \"iso8601\" is not a cursor format"_s,
            u"E /streams/0/table/columns/0/type | \"TEXT\" is not a Fivetran type; expected one of BOOLEAN, "_s,
            u"E /streams/0/table/nested/0/mode | \"flat\" is not a nested mode; expected one of flatten, json, childTable."_s,
            u"E /streams/1/request/method | Methods are written in capitals"_s};
        QTest::newRow("missing-required") << u"missing-required"_s << false << QStringList{
            u"E /connection/baseUrl | base URL is required"_s,
            u"E /connection/headers/0/name | A header needs a name"_s,
            u"E /streams/0/name | A stream needs a name"_s,
            u"E /streams/0/request/parameters/0/name | A parameter needs a name"_s,
            u"E /streams/0/table/columns/0/name | A column needs a name"_s,
            u"E /streams/0/table/columns/0/path | JSON pointer of its value"_s,
            u"E /streams/1/request/path | request path is required"_s,
            u"E /streams/2/name | A stream needs a name"_s,
            u"E /streams/2/request/path | request path is required"_s};
        QTest::newRow("duplicates") << u"duplicates"_s << false << QStringList{
            u"E /name | The key \"name\" appears more than once"_s,
            u"E /streams/1/request/path | The key \"path\" appears more than once"_s,
            u"E /configuration/1/key | \"region\" is already used by /configuration/0"_s,
            u"E /streams/0/table/columns/1/name | \"id\" is already used by /streams/0/table/columns/0"_s,
            u"E /streams/0/table/nested/1/path | already has a nested mapping at /streams/0/table/nested/0"_s,
            u"E /streams/1/name | \"customers\" is already used by /streams/0"_s};
        QTest::newRow("bad-config-keys") << u"bad-config-keys"_s << false << QStringList{
            u"E /configuration/0/key | \"api-key\" is not a valid configuration key"_s,
            u"E /configuration/1/key | \"2fa_code\" is not a valid configuration key"_s,
            u"E /configuration/2/key | needs a key"_s};
        QTest::newRow("too-many-config") << u"too-many-config"_s << true
                                         << QStringList{u"W /configuration | at most 100 configuration fields; this project has 101"_s};
        QTest::newRow("templates") << u"templates"_s << false << QStringList{
            u"E /connection/baseUrl | {{ config.host }} refers to \"host\", which is not a configuration field"_s,
            u"E /connection/headers/0/value | \"tenant_id\""_s,
            u"E /connection/auth/token | \"api_tokn\", which is not a configuration field. Did you mean \"api_token\"?"_s,
            u"E /streams/0/request/parameters/0/value | \"region\""_s,
            u"E /streams/0/request/parameters/1/value | \"{{ cfg.base_url }}\" is not a template"_s,
            u"E /streams/0/request/body | \"start\""_s,
            u"E /streams/1/request/path | no closing \"}}\""_s};
        QTest::newRow("literal-secrets") << u"literal-secrets"_s << false << QStringList{
            u"W /connection/headers/0/value | \"Authorization\" looks like a credential"_s,
            u"E /connection/auth/apiKeyValue | A literal API key must not be stored"_s,
            u"E /connection/auth/token | A literal token must not be stored"_s,
            u"W /connection/auth/username | literal value"_s,
            u"E /connection/auth/password | A literal password must not be stored"_s,
            u"W /connection/auth/clientId | literal value"_s,
            u"E /connection/auth/clientSecret | A literal client secret must not be stored"_s};
        QTest::newRow("secret-fields") << u"secret-fields"_s << false << QStringList{
            u"E /configuration/0/default | secret configuration field must not have a default"_s,
            u"W /connection/auth/token | \"token\", which is not marked secret"_s,
            u"E /connection/auth/password | not secret and has a default"_s};
        QTest::newRow("bad-pointers") << u"bad-pointers"_s << false << QStringList{
            u"E /streams/0/recordsPath | \"data.items\" is not a JSON pointer; a JSON pointer starts with \"/\", e.g. \"/data/items\""_s,
            u"E /streams/0/pagination/cursorPath | \"meta.next\" is not a JSON pointer"_s,
            u"E /streams/0/pagination/hasMorePath | \"~\" must be followed by 0 or 1"_s,
            u"E /streams/0/table/columns/0/path | \"id\" is not a JSON pointer"_s,
            u"E /streams/0/table/nested/0/path | \"tags\" is not a JSON pointer"_s,
            u"E /streams/1/parent/parentField | \"id\" is not a JSON pointer"_s};
        QTest::newRow("numbers") << u"numbers"_s << false << QStringList{
            u"E /streams/0/pagination/pageSize | page size must be at least 1, not 0"_s,
            u"E /streams/0/pagination/firstPage | cannot be negative"_s,
            u"E /streams/0/pagination/maxPages | cannot be negative"_s,
            u"E /streams/0/incremental/lookbackSeconds | cannot be negative"_s,
            u"E /streams/0/table/flattenDepth | cannot be negative"_s,
            u"E /streams/0/table/columns/0/precision | DECIMAL column needs a precision between 1 and 38, not 0"_s,
            u"E /streams/0/table/columns/1/scale | scale between 0 and its precision (10), not 12"_s,
            u"E /streams/0/table/columns/2/precision | not 50"_s,
            u"W /streams/0/table/columns/3/precision | only apply to DECIMAL columns"_s};
        QTest::newRow("parents") << u"parents"_s << false << QStringList{
            u"E /streams/1/parent/stream | cannot be its own parent"_s,
            u"E /streams/2/parent/stream | no stream named \"custmers\" to be the parent. Did you mean \"customers\"?"_s,
            u"E /streams/3/parent/stream | cycle: a → b → a"_s,
            u"E /streams/4/parent/stream | cycle: b → a → b"_s};
        QTest::newRow("unknown-keys") << u"unknown-keys"_s << true << QStringList{
            u"W /connection/auth/tokn | Unknown key \"tokn\" is ignored. Did you mean \"token\"?"_s,
            u"W /streams/0/pagniation | Unknown key \"pagniation\" is ignored. Did you mean \"pagination\"?"_s,
            u"W /comment | Unknown key \"comment\" is ignored."_s,
            u"W /a~1b | Unknown key \"a/b\""_s};
        QTest::newRow("incomplete") << u"incomplete"_s << true << QStringList{
            u"W /connection/baseUrl | should start with \"https://\""_s,
            u"W /connection/auth/token | Bearer authentication needs a token"_s,
            u"W /streams/0/request/parameters/0/name | \"id\" does not appear in the request path"_s,
            u"W /streams/0/request/path | {region} has no value"_s,
            u"W /streams/0/pagination/cursorParam | Cursor pagination needs"_s,
            u"W /streams/0/pagination/cursorPath | Cursor pagination needs"_s,
            u"W /streams/0/table/name | \"Customers\" would arrive as \"customers\""_s,
            u"W /streams/0/table/columns/0/name | \"userData\" would arrive as \"user_data\""_s,
            u"W /streams/1/incremental/cursorField | no cursor field"_s,
            u"W /streams/1/parent/parentField | child stream needs"_s,
            u"W /streams/1/parent/pathParameter | child stream needs"_s};
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(bool, loads);
        QFETCH(QStringList, expected);
        const QString path = QFINDTESTDATA(u"../data/projects/bad/"_s + file + u".cwproj"_s);
        QVERIFY2(!path.isEmpty(), qPrintable(file));
        const ProjectFile::LoadResult result = ProjectFile::load(path);
        const QString all = listProblems(result.problems);

        QCOMPARE(result.ok(), loads);
        QCOMPARE(result.hasErrors(), !loads);
        auto keyOf = [](const Problem &p) -> QString { return (p.isError() ? u"E "_s : u"W "_s) + p.pointer; };
        QStringList actualKeys;
        for (const Problem &p : result.problems) {
            actualKeys.append(keyOf(p));
            // A plain sentence: capitalised or quoting a value, closed, and free of library jargon.
            QVERIFY2(p.message.size() > 15 && (p.message.endsWith(u'.') || p.message.endsWith(u'?')), qPrintable(p.message));
            QVERIFY2(!p.message.contains(u"json.exception"_s) && !p.message.contains(u"[json"_s), qPrintable(p.message));
        }
        QStringList expectedKeys;
        for (const QString &entry : expected) {
            // "E <pointer> | <fragment>"; the pointer is empty for problems about the whole file.
            const qsizetype bar = entry.indexOf(u" | "_s);
            const QString key = entry.left(bar).trimmed() + (entry.left(bar).trimmed().size() == 1 ? u" "_s : QString());
            const QString fragment = entry.mid(bar + 3);
            expectedKeys.append(key);
            const bool found = std::any_of(result.problems.cbegin(), result.problems.cend(), [&](const Problem &p) {
                return keyOf(p) == key && p.message.contains(fragment);
            });
            QVERIFY2(found, qPrintable(u"missing \""_s + entry + u"\" in:\n"_s + all));
        }
        // The complete set: nothing missing, and no noise beyond what is expected.
        std::sort(actualKeys.begin(), actualKeys.end());
        std::sort(expectedKeys.begin(), expectedKeys.end());
        QCOMPARE(actualKeys, expectedKeys);
    }

    void multipleProblemsReportedTogether()
    {
        const ProjectFile::LoadResult result = ProjectFile::load(QFINDTESTDATA("../data/projects/bad/many-problems.cwproj"));
        QVERIFY(!result.ok());
        const QString all = listProblems(result.problems);
        // Syntax-level and rule-level problems in different parts of the file, all in one pass.
        for (const char *expected : {"E /streams/0/pagination/type: \"pages\" is not a pagination type",
                                     "E /streams/0/pagination/pageSize: \"pageSize\" must be a whole number",
                                     "W /streams/0/pagniation: Unknown key",
                                     "E /configuration/0/default: A secret configuration field must not have a default",
                                     "E /configuration/1/key: The configuration key \"api_token\" is already used",
                                     "E /connection/auth/token: A literal token must not be stored",
                                     "E /streams/0/request/parameters/0/value: {{ config.nope }} refers to \"nope\"",
                                     "E /streams/1/name: The stream name \"customers\" is already used"})
            QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(u"missing "_s + QString::fromUtf8(expected) + u" in:\n"_s + all));
        QCOMPARE(result.problems.size(), 8);
    }

    void newerVersionRefused()
    {
        const ProjectFile::LoadResult result = ProjectFile::load(QFINDTESTDATA("../data/projects/bad/newer-version.cwproj"));
        QVERIFY(!result.ok());
        // Only the refusal: the rest of a newer file is not judged by this version's rules.
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems[0].pointer, u"/formatVersion"_s);
        QCOMPARE(result.problems[0].message,
                 u"This project was written by a newer Connector Workbench (format 3); this version reads format 1. Update the workbench to open it."_s);
        // Also when the number does not fit an int.
        const ProjectFile::LoadResult huge = ProjectFile::parse("{\"format\":\"connector-workbench-project\",\"formatVersion\":18446744073709551615}");
        QCOMPARE(huge.problems.size(), 1);
        QVERIFY(huge.problems[0].message.contains(u"(format 18446744073709551615)"_s));
    }

    void malformedJsonPosition()
    {
        // Columns count characters, not bytes: "é" and "☕" are one column each (bytes would say 21).
        // nlohmann stops at the last character of the offending token, the closing quote of "x".
        const ProjectFile::LoadResult result = ProjectFile::parse("{\n  \"name\": \"é☕\" \"x\"\n}\n");
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems[0].pointer, QString());
        QVERIFY2(result.problems[0].message.startsWith(u"The file is not valid JSON at line 2, column 18: "_s), qPrintable(result.problems[0].message));
        const ProjectFile::LoadResult overflow = ProjectFile::parse("{\"format\": \"connector-workbench-project\", \"name\": 1e999}");
        QCOMPARE(overflow.problems.size(), 1);
        QVERIFY2(overflow.problems[0].message.startsWith(u"The file could not be read as JSON: number overflow"_s), qPrintable(overflow.problems[0].message));
        const ProjectFile::LoadResult truncated = ProjectFile::parse("{\n  \"format\": \"connector");
        QVERIFY2(truncated.problems.value(0).message.contains(u"line 2, column 23"_s), qPrintable(listProblems(truncated.problems)));
    }

    void secretNeverWritten()
    {
        Project p = richProject();
        p.configuration[2].defaultValue = u"sk_live_SECRET_123"_s;  // api_key, secret
        p.configuration[1].defaultValue = u"visible-tenant"_s;      // tenant, not secret
        QVERIFY(p.configuration[2].secret && !p.configuration[1].secret);
        const QByteArray bytes = ProjectFile::serialize(p);
        QVERIFY(!bytes.contains("sk_live_SECRET_123"));
        QVERIFY(bytes.contains("visible-tenant"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"secret.cwproj"_s);
        QString error;
        QVERIFY2(ProjectFile::save(p, path, &error), qPrintable(error));
        QVERIFY(!readAll(path).contains("sk_live_SECRET_123"));
        // In memory the secret is still there; writing never changes the caller's project.
        QCOMPARE(p.configuration[2].defaultValue, u"sk_live_SECRET_123"_s);
        // And the rules flag it, so the GUI can tell the user before the value is dropped.
        const QList<Problem> problems = ProjectFile::validate(p);
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [](const Problem &pr) {
            return pr.isError() && pr.pointer == u"/configuration/2/default"_s;
        }));
    }

    void loadErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(u"nope.cwproj"_s);
        ProjectFile::LoadResult result = ProjectFile::load(missing);
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems[0].message, u"Cannot open %1: No such file or directory."_s.arg(missing));

        result = ProjectFile::load(dir.path());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems[0].message.startsWith(u"Cannot open %1: "_s.arg(dir.path())), qPrintable(result.problems[0].message));
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"acme.cwproj"_s);
        QString error;
        QVERIFY2(ProjectFile::save(minimalProject(), path, &error), qPrintable(error));
        QVERIFY2(ProjectFile::save(richProject(), path, &error), qPrintable(error));  // replaces
        const ProjectFile::LoadResult result = ProjectFile::load(path);
        QVERIFY(result.ok());
        QVERIFY(*result.project == richProject());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"acme.cwproj"_s});
    }

    void saveFailureKeepsOldFile_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("target is a directory") << u"directory"_s;
        QTest::newRow("parent directory missing") << u"no-parent"_s;
        QTest::newRow("write fails (file size limit)") << u"write-error"_s;
    }
    void saveFailureKeepsOldFile()
    {
        // Tests run as root in CI, so read-only directories would not stop the write.
        QFETCH(QString, how);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray oldBytes = ProjectFile::serialize(minimalProject());
        QString target = dir.filePath(u"project.cwproj"_s);
        QString keep;  // the file that must survive unchanged
        if (how == u"directory"_s) {
            QVERIFY(QDir(dir.path()).mkdir(u"project.cwproj"_s));
            keep = target + u"/inside.txt"_s;
        } else if (how == u"no-parent"_s) {
            target = dir.filePath(u"missing/sub/project.cwproj"_s);
        } else {
            keep = target;
        }
        if (!keep.isEmpty()) {
            QFile file(keep);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(oldBytes) == oldBytes.size());
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

        QString error;
        bool saved = true;
        if (how == u"write-error"_s) {
            // A file size limit makes write() fail with EFBIG like a full disk would.
            rlimit original{};
            QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
            const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit small = original;
            small.rlim_cur = 200;
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
            saved = ProjectFile::save(richProject(), target, &error);
            setrlimit(RLIMIT_FSIZE, &original);
            std::signal(SIGXFSZ, previousHandler);
        } else {
            saved = ProjectFile::save(richProject(), target, &error);
        }
        QVERIFY(!saved);
        const QString prefix = u"Cannot save %1: "_s.arg(QDir::toNativeSeparators(target));
        QVERIFY2(error.startsWith(prefix), qPrintable(error));
        const QString reason = error.mid(prefix.size());
        QVERIFY2(reason.size() > 3 && !reason.startsWith(u"Unknown error"_s), qPrintable(error));
        if (how == u"write-error"_s)
            QVERIFY2(reason.contains(u"too large"_s), qPrintable(error));
        if (!keep.isEmpty())
            QCOMPARE(readAll(keep), oldBytes);
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"missing"_s)));
    }

    void schemaDocumentsEveryKey()
    {
        // The golden file uses every key of the format; the schema must document exactly those.
        const QString schemaPath = QFINDTESTDATA("../../docs/project.schema.json");
        QVERIFY(!schemaPath.isEmpty());
        const nlohmann::json schema = nlohmann::json::parse(readAll(schemaPath).toStdString());
        const nlohmann::json golden = nlohmann::json::parse(readAll(QFINDTESTDATA("../data/projects/rich.cwproj")).toStdString());
        std::set<std::string> fromSchema;
        std::set<std::string> fromGolden;
        collectSchemaPaths(schema, schema, std::string(), fromSchema);
        collectKeyPaths(golden, std::string(), fromGolden);
        std::vector<std::string> onlySchema;
        std::vector<std::string> onlyGolden;
        std::set_difference(fromSchema.begin(), fromSchema.end(), fromGolden.begin(), fromGolden.end(), std::back_inserter(onlySchema));
        std::set_difference(fromGolden.begin(), fromGolden.end(), fromSchema.begin(), fromSchema.end(), std::back_inserter(onlyGolden));
        auto join = [](const std::vector<std::string> &v) {
            std::string s;
            for (const std::string &e : v)
                s += e + ' ';
            return s;
        };
        QVERIFY2(onlySchema.empty(), ("in the schema but not in the golden file: " + join(onlySchema)).c_str());
        QVERIFY2(onlyGolden.empty(), ("in the golden file but not in the schema: " + join(onlyGolden)).c_str());
    }

    void schemaValidation_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("valid");
        QTest::newRow("golden") << u"rich.cwproj"_s << true;
        QTest::newRow("wrong-types") << u"bad/wrong-types.cwproj"_s << false;
        QTest::newRow("unknown-enums") << u"bad/unknown-enums.cwproj"_s << false;
        QTest::newRow("numbers") << u"bad/numbers.cwproj"_s << false;
        QTest::newRow("bad-config-keys") << u"bad/bad-config-keys.cwproj"_s << false;
        QTest::newRow("secret-fields") << u"bad/secret-fields.cwproj"_s << false;
        QTest::newRow("bad-pointers") << u"bad/bad-pointers.cwproj"_s << false;
        QTest::newRow("newer-version") << u"bad/newer-version.cwproj"_s << false;
        QTest::newRow("missing-format") << u"bad/missing-format.cwproj"_s << false;
        QTest::newRow("unknown-keys") << u"bad/unknown-keys.cwproj"_s << false;
        QTest::newRow("missing-required") << u"bad/missing-required.cwproj"_s << false;
    }
    void schemaValidation()
    {
        QFETCH(QString, file);
        QFETCH(bool, valid);
        static const QString python = findPythonWithJsonSchema();
        if (python.isEmpty())
            QSKIP("No python3 with the jsonschema module (apt-get install python3-jsonschema); schema validation not run.");
        const QString schema = QFINDTESTDATA("../../docs/project.schema.json");
        const QString path = QFINDTESTDATA(u"../data/projects/"_s + file);
        QVERIFY(!schema.isEmpty() && !path.isEmpty());
        const QString script = QString::fromUtf8(
            "import json, sys\n"
            "from jsonschema import Draft202012Validator\n"
            "schema = json.load(open(sys.argv[1], encoding=\"utf-8\"))\n"
            "Draft202012Validator.check_schema(schema)\n"
            "errors = list(Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2], encoding=\"utf-8\"))))\n"
            "print(\"valid\" if not errors else \"invalid: \" + \"; \".join(\"/\" + \"/\".join(map(str, e.absolute_path)) + \" \" + e.message for e in errors[:5]))\n");
        QProcess process;
        process.start(python, {u"-c"_s, script, schema, path});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(out.startsWith(valid ? u"valid"_s : u"invalid"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
