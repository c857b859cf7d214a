// SPDX-License-Identifier: MIT
// OpenAPI 3.x and Swagger 2.0 in JSON and YAML: streams, base URL, auth, parameters, records
// path, columns, pagination hints, and broken input with locations.
#include <QFile>
#include <QTest>

#include "models/core/import/importresult.h"
#include "models/core/import/openapiimporter.h"
#include "models/core/project/projectfile.h"
#include "tests/support/fixtures.h"

using namespace cw;
using namespace cw::testing;
using namespace Qt::StringLiterals;

namespace {



QStringList names(const ImportResult &result)
{
    QStringList out;
    for (const Stream &stream : result.streams)
        out.append(stream.name);
    return out;
}

const Stream *stream(const ImportResult &result, const QString &name)
{
    for (const Stream &s : result.streams) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList errors(const QList<ProjectFile::Problem> &problems)
{
    QStringList out;
    for (const ProjectFile::Problem &p : problems) {
        if (p.isError())
            out.append(p.toString());
    }
    return out;
}

bool hasProblem(const ImportResult &result, const QString &location, const QString &fragment, bool error)
{
    for (const ImportProblem &p : result.problems) {
        if (p.location.startsWith(location) && p.message.contains(fragment) && p.error == error)
            return true;
    }
    return false;
}

} // namespace

class TestOpenApiImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recursiveYaml()
    {
        const QString path = QFINDTESTDATA("../data/import/recursive.yaml");
        const ImportResult result = importBytes(readFile(path), ImportFormat::Auto, path);
        QCOMPARE(result.title, u"Tree API"_s);
        QCOMPARE(names(result), (QStringList{u"list_nodes"_s, u"nodes_by_node_id"_s, u"loop"_s, u"external"_s}));
        QCOMPARE(result.connection.baseUrl, u"https://eu.tree.example.com/v2"_s);
        QCOMPARE(toString(result.connection.auth.type), toString(AuthType::Bearer));
        QCOMPARE(result.connection.auth.token, u"{{ config.api_token }}"_s);
        QCOMPARE(result.configuration.size(), 1);
        QVERIFY(result.configuration.first().secret);

        const Stream *list = stream(result, u"list_nodes"_s);
        QVERIFY(list);
        QCOMPARE(list->group, u"nodes"_s);
        QCOMPARE(list->description, u"List nodes"_s);
        QCOMPARE(list->recordsPath, u"/data"_s);
        QCOMPARE(toString(list->pagination.type), toString(PaginationType::CursorToken));
        QCOMPARE(list->pagination.cursorParam, u"cursor"_s);
        QCOMPARE(list->pagination.cursorPath, u"/next_cursor"_s);
        QCOMPARE(list->pagination.limitParam, u"limit"_s);
        QCOMPARE(list->pagination.pageSize, 50);
        QCOMPARE(list->request.parameters.size(), 3);  // path-level limit + cursor + kind
        const Parameter &kind = list->request.parameters[2];
        QCOMPARE(kind.name, u"kind"_s);
        QCOMPARE(kind.value, u"leaf"_s);
        QCOMPARE(kind.enumValues, (QStringList{u"leaf"_s, u"branch"_s}));
        QCOMPARE(kind.description, u"The node kind"_s);
        QCOMPARE(list->table.primaryKey, QStringList{u"id"_s});

        QHash<QString, FivetranType> types;
        for (const ColumnMapping &column : list->table.columns)
            types.insert(column.name, column.type);
        QCOMPARE(toString(types.value(u"id"_s)), toString(FivetranType::Long));
        QCOMPARE(toString(types.value(u"weight"_s)), toString(FivetranType::Double));
        QCOMPARE(toString(types.value(u"active"_s)), toString(FivetranType::Boolean));
        QCOMPARE(toString(types.value(u"created_at"_s)), toString(FivetranType::UtcDateTime));
        QCOMPARE(toString(types.value(u"born_on"_s)), toString(FivetranType::NaiveDate));
        QCOMPARE(toString(types.value(u"owner_id"_s)), toString(FivetranType::Int));
        QCOMPARE(toString(types.value(u"owner_email"_s)), toString(FivetranType::String));
        QCOMPARE(toString(types.value(u"parent_children"_s)), toString(FivetranType::Json));  // recursion stops at one level
        QCOMPARE(toString(types.value(u"children"_s)), toString(FivetranType::Json));

        const Stream *one = stream(result, u"nodes_by_node_id"_s);
        QVERIFY(one);
        QCOMPARE(one->request.parameters.size(), 1);
        QCOMPARE(one->request.parameters.first().in, u"path"_s);
        QVERIFY(one->request.parameters.first().required);

        QVERIFY(hasProblem(result, u"/paths/~1nodes/post"_s, u"not a read endpoint"_s, false));
        QVERIFY(hasProblem(result, u"/paths/~1loop/get"_s, u"cycle"_s, false));
        QVERIFY(hasProblem(result, u"/paths/~1external/get"_s, u"external reference"_s, false));
        QVERIFY(!result.hasErrors());
        const QStringList projectErrors = errors(ProjectFile::validate(projectFromImport(result)));
        QVERIFY2(projectErrors.isEmpty(), qPrintable(projectErrors.join(u'\n')));
    }

    void swaggerYaml()
    {
        const QString path = QFINDTESTDATA("../data/import/swagger2.yaml");
        const ImportResult result = importBytes(readFile(path), ImportFormat::OpenApi, path);
        QCOMPARE(result.connection.baseUrl, u"https://shop.example.com/api"_s);
        QCOMPARE(toString(result.connection.auth.type), toString(AuthType::ApiKey));
        QCOMPARE(result.connection.auth.apiKeyIn, u"query"_s);
        QCOMPARE(result.connection.auth.apiKeyName, u"api_key"_s);
        QCOMPARE(names(result), (QStringList{u"orders"_s, u"get_customers"_s, u"events"_s}));

        const Stream *orders = stream(result, u"orders"_s);
        QCOMPARE(orders->group, u"orders"_s);
        QCOMPARE(orders->recordsPath, u"/results"_s);
        QCOMPARE(toString(orders->pagination.type), toString(PaginationType::OffsetLimit));
        QCOMPARE(orders->pagination.offsetParam, u"offset"_s);
        QCOMPARE(orders->pagination.pageSize, 25);
        QCOMPARE(orders->pagination.totalPath, u"/total"_s);
        QCOMPARE(orders->request.parameters.size(), 3);  // api_key goes with the auth
        QCOMPARE(orders->request.parameters[2].enumValues, (QStringList{u"open"_s, u"closed"_s}));
        QCOMPARE(orders->table.columns.size(), 3);
        QCOMPARE(toString(orders->table.columns[2].type), toString(FivetranType::UtcDateTime));

        const Stream *customers = stream(result, u"get_customers"_s);
        QCOMPARE(customers->recordsPath, QString());
        QCOMPARE(toString(customers->pagination.type), toString(PaginationType::PageNumber));
        QCOMPARE(customers->pagination.limitParam, u"per_page"_s);
        QCOMPARE(toString(customers->table.columns[1].type), toString(FivetranType::Json));

        const Stream *events = stream(result, u"events"_s);
        QCOMPARE(events->recordsPath, u"/items"_s);
        QCOMPARE(toString(events->pagination.type), toString(PaginationType::NextUrl));
        QCOMPARE(events->pagination.nextUrlPath, u"/next"_s);
        QVERIFY(errors(ProjectFile::validate(projectFromImport(result))).isEmpty());
    }

    void brokenInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("location");
        QTest::addColumn<int>("streams");
        QTest::newRow("json syntax") << u"broken.json"_s << u"line 5, column"_s << 0;
        QTest::newRow("yaml syntax") << u"broken.yaml"_s << u"line 7"_s << 0;
        QTest::newRow("bad path item") << u"partial.json"_s << u"/paths/~1bad"_s << 3;
    }

    void brokenInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, location);
        QFETCH(int, streams);
        const QString path = QFINDTESTDATA("../data/import/" + file);
        const ImportResult result = OpenApiImporter::read(readFile(path), file);
        QVERIFY(result.hasErrors());
        bool found = false;
        for (const ImportProblem &p : result.problems)
            found = found || (p.error && p.location.startsWith(location));
        QVERIFY2(found, qPrintable(result.problems.value(0).location + u": "_s + result.problems.value(0).message));
        QCOMPARE(result.streams.size(), streams);
    }

    void partialKeepsTheRest()
    {
        const QString path = QFINDTESTDATA("../data/import/partial.json");
        const ImportResult result = OpenApiImporter::read(readFile(path), u"partial.json"_s);
        QCOMPARE(names(result), (QStringList{u"good"_s, u"missing"_s, u"also_good"_s}));
        QCOMPARE(result.connection.baseUrl, u"{{ config.base_url }}"_s);  // "/v1" is not absolute
        QCOMPARE(toString(result.streams.first().table.columns.first().type), toString(FivetranType::Long));  // 3.1 type arrays
        QVERIFY(hasProblem(result, u"/paths/~1missing/get"_s, u"points at nothing"_s, false));
        QVERIFY(hasProblem(result, u"/paths/~1also-good/get/parameters/0"_s, u"cookie"_s, false));
        QVERIFY(errors(ProjectFile::validate(projectFromImport(result))).isEmpty());
    }

    void notOpenApi()
    {
        const ImportResult result = OpenApiImporter::read("{\"hello\": 1}", u"x.json"_s);
        QVERIFY(result.hasErrors());
        QVERIFY(result.streams.isEmpty());
    }

    void sharedFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("petstore 3.0 yaml") << u"openapi/petstore-v3.0.yaml"_s;
        QTest::newRow("petstore swagger 2.0 json") << u"openapi/petstore-swagger2.0.json"_s;
    }

    void sharedFixtures()
    {
        QFETCH(QString, file);
        const QString path = sharedFixture(file);
        if (path.isEmpty())
            QSKIP(qPrintable(u"The shared fixture "_s + file + u" is absent (set CW_SHARED_DIR to the folder holding fixtures/)."_s));
        const ImportResult result = importBytes(readFile(path), ImportFormat::Auto, path);
        QCOMPARE(names(result), (QStringList{u"list_pets"_s, u"show_pet_by_id"_s}));
        QCOMPARE(result.connection.baseUrl, u"http://petstore.swagger.io/v1"_s);
        const Stream &list = result.streams.first();
        QCOMPARE(list.group, u"pets"_s);
        QCOMPARE(list.recordsPath, QString());
        QCOMPARE(list.request.parameters.first().name, u"limit"_s);
        QVERIFY(!list.table.columns.isEmpty());
        QVERIFY(!result.hasErrors());
        QVERIFY(errors(ProjectFile::validate(projectFromImport(result))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenApiImporter)
#include "tst_openapiimporter.moc"
