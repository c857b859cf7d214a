// SPDX-License-Identifier: MIT
// The connector generator: golden files in tests/data/codegen/ (set CW_UPDATE_GOLDEN=1 to
// rewrite them after an intended change), determinism, Python literals, and what Python
// itself says about the output: py_compile, pyflakes, and the rows the generated
// record-to-row code produces compared with the native RecordMapper's.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "models/core/codegen/connectorgenerator.h"
#include "models/core/codegen/pythonruntime.h"
#include "models/core/codegen/pythonwriter.h"
#include "models/core/demo/demoproject.h"
#include "models/core/project/projectfile.h"
#include "models/core/schema/mappingplan.h"
#include "models/core/schema/schemainferrer.h"
#include "models/core/warehouse/warehouse.h"
#include "tests/support/fixtures.h"

namespace {

QString dataDir()
{
    return QFINDTESTDATA(QStringLiteral("../data/codegen"));
}

cw::JsonValue readJson(const QString &path)
{
    const QByteArray bytes = cw::testing::readFile(path);
    return cw::JsonValue::parse(bytes.constData(), bytes.constData() + bytes.size());
}

struct Case {
    cw::Project project;
    cw::JsonValue records;     ///< stream name -> sample records
    QList<cw::MappingPlan> plans;
};

// The demo project at a fixed URL, or a project file beside its <name>.records.json.
Case loadCase(const QString &name)
{
    Case c;
    if (name == u"demo") {
        c.project = cw::makeDemoProject(QStringLiteral("http://127.0.0.1:8765"));
    } else {
        const QString file = name == u"rich" ? QFINDTESTDATA(QStringLiteral("../data/projects/rich.cwproj"))
                                             : dataDir() + u'/' + name + QStringLiteral(".cwproj");
        const cw::ProjectFile::LoadResult loaded = cw::ProjectFile::load(file);
        if (loaded.project)
            c.project = *loaded.project;
    }
    const QString recordsFile = dataDir() + u'/' + name + QStringLiteral(".records.json");
    c.records = QFile::exists(recordsFile) ? readJson(recordsFile) : cw::JsonValue::object();
    for (const cw::Stream &stream : c.project.streams) {
        const std::string key = stream.name.toStdString();
        const cw::JsonValue records = c.records.contains(key) ? c.records[key] : cw::JsonValue::array();
        c.plans.append(cw::MappingPlan::build(stream, cw::SchemaInferrer::infer(records)));
    }
    return c;
}

QString pythonOrSkipReason(bool needPyflakes)
{
    QString error;
    const std::optional<cw::PythonInterpreter> python = cw::findPython(&error);
    if (!python)
        return {};
    if (needPyflakes && !cw::pythonHasModule(python->program, QStringLiteral("pyflakes")))
        return {};
    return python->program;
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

class TestConnectorGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literals_data();
    void literals();
    void identifiers();
    void golden_data();
    void golden();
    void deterministic();
    void schemaDeclaresOnlyChosenTypes();
    void pythonAccepts_data();
    void pythonAccepts();
    void rowsMatchRecordMapper_data();
    void rowsMatchRecordMapper();
};

void TestConnectorGenerator::literals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("\"abc\"");
    QTest::newRow("quotes and backslash") << QStringLiteral("a\"b\\c") << QStringLiteral("\"a\\\"b\\\\c\"");
    QTest::newRow("controls") << QStringLiteral("a\nb\tc\r\x01") << QStringLiteral("\"a\\nb\\tc\\r\\x01\"");
    QTest::newRow("unicode kept") << QStringLiteral("café ☕") << QStringLiteral("\"café ☕\"");
    QTest::newRow("line separator escaped") << QString(QChar(0x2028)) << QStringLiteral("\"\\u2028\"");
    QTest::newRow("emoji kept") << QStringLiteral("😀") << QStringLiteral("\"😀\"");
}

void TestConnectorGenerator::literals()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(cw::py::literal(text), expected);
}

void TestConnectorGenerator::identifiers()
{
    QCOMPARE(cw::py::identifier(QStringLiteral("Invoice Lines")), QStringLiteral("invoice_lines"));
    QCOMPARE(cw::py::identifier(QStringLiteral("2fa-codes")), QStringLiteral("_2fa_codes"));
    QCOMPARE(cw::py::identifier(QStringLiteral("__x__")), QStringLiteral("x"));
    QCOMPARE(cw::py::identifier(QStringLiteral("日本")), QStringLiteral("stream"));
    QCOMPARE(cw::py::docText(QStringLiteral("say \"\"\"hi\"\"\" \\ end\"")),
             QStringLiteral("say \\\"\\\"\\\"hi\\\"\\\"\\\" \\\\ end\\\""));
}

void TestConnectorGenerator::golden_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"demo", "rich", "keys", "basic"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestConnectorGenerator::golden()
{
    QFETCH(QString, name);
    const Case c = loadCase(name);
    QVERIFY2(!c.project.streams.isEmpty(), qPrintable(name));
    cw::GeneratorOptions options;
    options.projectFileName = name + QStringLiteral(".cwproj");
    const cw::GeneratedConnector generated = cw::generateConnector(c.project, c.plans, options);
    const QString goldenPath = dataDir() + u'/' + name + QStringLiteral(".connector.py");
    if (qEnvironmentVariableIntValue("CW_UPDATE_GOLDEN") == 1) {
        QVERIFY(writeText(goldenPath, generated.code));
        qInfo("rewrote %s", qPrintable(goldenPath));
    }
    const QString expected = QString::fromUtf8(cw::testing::readFile(goldenPath));
    QVERIFY2(!expected.isEmpty(), qPrintable(goldenPath + QStringLiteral(" is missing; run with CW_UPDATE_GOLDEN=1")));
    if (generated.code != expected) {
        const QStringList got = generated.code.split(u'\n');
        const QStringList want = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i) {
            const QString a = got.value(i);
            const QString b = want.value(i);
            if (a != b)
                QFAIL(qPrintable(QStringLiteral("%1.connector.py line %2 differs:\n  got:      %3\n  expected: %4")
                                     .arg(name).arg(i + 1).arg(a, b)));
        }
    }
    QVERIFY(generated.code.endsWith(QStringLiteral("\n")) && !generated.code.endsWith(QStringLiteral("\n\n")));
    QVERIFY(!generated.code.contains(u'\r'));
}

void TestConnectorGenerator::deterministic()
{
    const Case c = loadCase(QStringLiteral("demo"));
    const QString first = cw::generateConnector(c.project, c.plans).code;
    // A copy of everything, generated again: nothing may depend on addresses or hash order.
    const cw::Project copy = c.project;
    const QList<cw::MappingPlan> plans = c.plans;
    QCOMPARE(cw::generateConnector(copy, plans).code, first);
    for (const char *required : {"from fivetran_connector_sdk import Connector", "connector = Connector(update=update, schema=schema)",
                                 "op.checkpoint(state)", "connector.debug(configuration=configuration)",
                                 "def schema(configuration: dict):", "def update(configuration: dict, state: dict):"})
        QVERIFY2(first.contains(QLatin1String(required)), required);
    for (const char *forbidden : {"yield op.", "exit(", "sys.exit", "json.dumps(row"})
        QVERIFY2(!first.contains(QLatin1String(forbidden)), forbidden);
}

void TestConnectorGenerator::schemaDeclaresOnlyChosenTypes()
{
    // A stream without declared columns gets its table and key in schema() and nothing else.
    cw::Project project;
    project.name = QStringLiteral("t");
    project.connection.baseUrl = QStringLiteral("https://example.com");
    cw::Stream stream;
    stream.name = QStringLiteral("things");
    stream.request.path = QStringLiteral("/things");
    stream.table.name = QStringLiteral("things");
    stream.table.primaryKey = {QStringLiteral("id")};
    project.streams = {stream};
    const cw::JsonValue records = cw::JsonValue::parse(R"([{"id": 1, "price": 2.5, "name": "x"}])");
    cw::MappingPlan plan = cw::MappingPlan::build(stream, cw::SchemaInferrer::infer(records));
    for (cw::PlanColumn &column : plan.tables[0].columns)
        column.type = cw::FivetranType::Unspecified;  // nothing chosen by the user
    const QString code = cw::generateConnector(project, {plan}).code;
    QVERIFY(code.contains(QStringLiteral("\"table\": \"things\",")));
    QVERIFY(code.contains(QStringLiteral("\"primary_key\": [\"id\"],")));
    QVERIFY(!code.contains(QStringLiteral("\"columns\": {")));
    QVERIFY(code.contains(QStringLiteral("BASE_URL = \"https://example.com\"")));
}

void TestConnectorGenerator::pythonAccepts_data()
{
    golden_data();
}

void TestConnectorGenerator::pythonAccepts()
{
    QFETCH(QString, name);
    const QString python = pythonOrSkipReason(true);
    if (python.isEmpty())
        QSKIP("No python3 with requests and pyflakes (Debian: python3-requests python3-pyflakes); py_compile and pyflakes not run.");
    const Case c = loadCase(name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("connector.py"));
    QVERIFY(writeText(file, cw::generateConnector(c.project, c.plans).code));
    for (const QStringList &args : {QStringList{QStringLiteral("-m"), QStringLiteral("py_compile"), file},
                                    QStringList{QStringLiteral("-m"), QStringLiteral("pyflakes"), file}}) {
        const cw::testing::ProcessResult result = cw::testing::runProcess(python, args);
        QVERIFY2(result.exitCode == 0, qPrintable(args[1] + QStringLiteral(": ") + QString::fromUtf8(result.out + result.err)));
    }
}

void TestConnectorGenerator::rowsMatchRecordMapper_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"demo", "keys", "basic"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestConnectorGenerator::rowsMatchRecordMapper()
{
    QFETCH(QString, name);
    const QString python = pythonOrSkipReason(false);
    if (python.isEmpty())
        QSKIP("No python3 with requests; the generated rows are not compared.");
    const Case c = loadCase(name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeText(dir.filePath(QStringLiteral("connector.py")), cw::generateConnector(c.project, c.plans).code));
    QVERIFY(cw::installPythonRuntime(dir.filePath(QStringLiteral("runtime"))));
    QFile recordsFile(dir.filePath(QStringLiteral("records.json")));
    QVERIFY(recordsFile.open(QIODevice::WriteOnly));
    recordsFile.write(QByteArray::fromStdString(c.records.dump()));
    recordsFile.close();

    // Python maps every record with <stream>_rows() and prints {table: [row, ...]}.
    QString script = QStringLiteral(
        "import json, sys\n"
        "sys.path[:0] = [sys.argv[1] + '/runtime', sys.argv[1]]\n"
        "import connector\n"
        "records = json.load(open(sys.argv[1] + '/records.json'))\n"
        "out = {}\n"
        "for stream, function in json.loads(sys.argv[2]).items():\n"
        "    for record in records.get(stream, []):\n"
        "        for table, row in getattr(connector, function)(record):\n"
        "            out.setdefault(table, []).append(row)\n"
        "print(json.dumps(out))\n");
    cw::JsonValue functions = cw::JsonValue::object();
    for (const cw::Stream &stream : c.project.streams)
        functions[stream.name.toStdString()] = cw::rowsFunctionName(c.project, stream.name).toStdString();
    const cw::testing::ProcessResult result = cw::testing::runProcess(
        python, {QStringLiteral("-c"), script, dir.path(), QString::fromStdString(functions.dump())});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const cw::JsonValue pythonRows = cw::JsonValue::parse(result.out.constData());

    int compared = 0;
    for (qsizetype s = 0; s < c.project.streams.size(); ++s) {
        const cw::Stream &stream = c.project.streams[s];
        const cw::MappingPlan &plan = c.plans[s];
        const cw::RecordMapper mapper(plan);
        std::vector<cw::TableRows> nativeRows;
        const std::string key = stream.name.toStdString();
        if (!c.records.contains(key))
            continue;
        for (const cw::JsonValue &record : c.records[key])
            mapper.map(record, nativeRows);
        for (qsizetype t = 0; t < plan.tables.size(); ++t) {
            const cw::PlanTable &table = plan.tables[t];
            const std::string tableName = table.name.toStdString();
            const cw::JsonValue got = pythonRows.contains(tableName) ? pythonRows[tableName] : cw::JsonValue::array();
            const auto &want = size_t(t) < nativeRows.size() ? nativeRows[size_t(t)].rows : std::vector<std::vector<cw::JsonValue>>();
            QCOMPARE(got.size(), want.size());
            for (size_t r = 0; r < want.size(); ++r) {
                for (qsizetype col = 0; col < table.columns.size(); ++col) {
                    const cw::PlanColumn &column = table.columns[col];
                    const std::string columnName = column.name.toStdString();
                    QVERIFY2(got[r].contains(columnName), qPrintable(table.name + u'.' + column.name));
                    // Stored values must agree: the warehouse normalises both sides alike.
                    const cw::JsonValue a = cw::normalisedValue(got[r][columnName], column.type, column.precision, column.scale);
                    const cw::JsonValue b = cw::normalisedValue(want[r][size_t(col)], column.type, column.precision, column.scale);
                    QVERIFY2(a == b, qPrintable(QStringLiteral("%1 row %2 column %3: python %4, native %5")
                                                    .arg(table.name).arg(r).arg(column.name,
                                                         QString::fromStdString(a.dump()), QString::fromStdString(b.dump()))));
                    ++compared;
                }
            }
        }
    }
    QVERIFY(compared > 0);
}

QTEST_GUILESS_MAIN(TestConnectorGenerator)
#include "tst_connectorgenerator.moc"
