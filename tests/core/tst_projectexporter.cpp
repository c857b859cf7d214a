// SPDX-License-Identifier: MIT
// Export of a Fivetran project folder and its linter: the demo project with recorded
// samples exports cleanly and its files pass py_compile, pyflakes and their own pytest
// test; secrets stay out unless asked for; writes never leave the chosen folder; and every
// linter rule fires on a bundle that breaks it (and only there).
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "models/core/codegen/exportlinter.h"
#include "models/core/codegen/fivetrancli.h"
#include "models/core/codegen/projectexporter.h"
#include "models/core/codegen/pythonruntime.h"
#include "models/core/demo/demoproject.h"
#include "models/core/project/projectfile.h"
#include "models/core/samples/samplestore.h"
#include "tests/support/fixtures.h"

namespace {

cw::JsonValue demoRecords()
{
    const QByteArray bytes = cw::testing::readFile(QFINDTESTDATA(QStringLiteral("../data/codegen/demo.records.json")));
    return cw::JsonValue::parse(bytes.constData(), bytes.constData() + bytes.size());
}

// A saved demo project with one recorded page per stream in its <project>.cwbdb.
QString writeDemoProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("shop.cwproj"));
    const cw::Project project = cw::makeDemoProject(QStringLiteral("http://127.0.0.1:8765"));
    if (!cw::ProjectFile::save(project, path))
        return {};
    cw::SampleStore store;
    if (!store.open(cw::SampleStore::pathForProject(path)))
        return {};
    const cw::JsonValue records = demoRecords();
    for (const cw::Stream &stream : project.streams) {
        cw::JsonValue body = records[stream.name.toStdString()];
        if (!stream.recordsPath.isEmpty()) {
            cw::JsonValue wrapped = cw::JsonValue::object();
            wrapped[cw::JsonValue::json_pointer(stream.recordsPath.toStdString())] = body;
            body = wrapped;
        }
        cw::Sample sample;
        sample.stream = stream.name;
        sample.fetchedAt = QDateTime::currentDateTimeUtc();
        sample.method = QStringLiteral("GET");
        sample.url = QStringLiteral("http://127.0.0.1:8765") + stream.request.path;
        sample.status = 200;
        sample.body = QByteArray::fromStdString(body.dump());
        sample.bodySize = sample.body.size();
        if (store.add(sample) == 0)
            return {};
    }
    return path;
}

cw::ExportBundle validBundle()
{
    cw::ExportBundle bundle;
    bundle.project = cw::makeDemoProject(QStringLiteral("http://127.0.0.1:8765"));
    bundle.connectionName = QStringLiteral("acme_shop");
    bundle.files.insert(QStringLiteral("connector.py"),
                        "import json\n"
                        "from fivetran_connector_sdk import Connector\n"
                        "from fivetran_connector_sdk import Operations as op\n\n"
                        "def update(configuration: dict, state: dict):\n"
                        "    print(\"never exit() here\")  # nor exit() here\n"
                        "    op.checkpoint(state)\n\n"
                        "connector = Connector(update=update)\n\n"
                        "if __name__ == \"__main__\":\n"
                        "    connector.debug(configuration=json.load(open(\"configuration.json\")))\n");
    bundle.files.insert(QStringLiteral("configuration.json"), R"({"base_url": "x", "api_token": "", "start_date": ""})");
    bundle.files.insert(QStringLiteral("requirements.txt"), "# nothing\n");
    return bundle;
}

QStringList errorRules(const QList<cw::LintFinding> &findings)
{
    QStringList rules;
    for (const cw::LintFinding &finding : findings) {
        if (finding.isError())
            rules.append(finding.rule);
    }
    return rules;
}

} // namespace

class TestProjectExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsDemoProject();
    void secretsOnlyWhenAsked();
    void refusesNonEmptyFolderAndLinks();
    void connectionNames();
    void exitScan_data();
    void exitScan();
    void lintRules_data();
    void lintRules();
    void lintPlans();
    void runsFivetranDebug();
};

void TestProjectExporter::exportsDemoProject()
{
    QTemporaryDir source;
    QTemporaryDir target;
    const QString projectPath = writeDemoProject(source);
    QVERIFY(!projectPath.isEmpty());
    const cw::ProjectFile::LoadResult loaded = cw::ProjectFile::load(projectPath);
    QVERIFY(loaded.project);
    cw::ExportOptions options;
    options.projectFilePath = projectPath;
    const QString folder = target.filePath(QStringLiteral("export"));
    const cw::ExportResult result = cw::exportProject(*loaded.project, folder, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(errorRules(result.findings).isEmpty(), qPrintable(errorRules(result.findings).join(u' ')));
    QCOMPARE(result.connectionName, QStringLiteral("acme_shop_demo"));
    for (const char *file : {"connector.py", "configuration.json", "requirements.txt", "README.md", ".gitignore",
                             ".github/workflows/deploy.yml", "workbench/shop.cwproj", "tests/test_connector_rows.py",
                             "tests/expected_rows.json", "tests/samples/customers.json", "tests/samples/orders.json"})
        QVERIFY2(result.files.contains(QLatin1String(file)), file);
    const QJsonObject configuration =
        QJsonDocument::fromJson(cw::testing::readFile(folder + QStringLiteral("/configuration.json"))).object();
    QCOMPARE(configuration.value(QStringLiteral("api_token")).toString(), QString());
    QCOMPARE(configuration.value(QStringLiteral("start_date")).toString(), QStringLiteral("2024-01-01T00:00:00Z"));
    const QByteArray ignore = cw::testing::readFile(folder + QStringLiteral("/.gitignore"));
    QVERIFY(ignore.contains("files/\n") && ignore.contains("configuration.json\n"));
    const QByteArray readme = cw::testing::readFile(folder + QStringLiteral("/README.md"));
    QVERIFY(readme.contains("--connection acme_shop_demo"));
    QVERIFY(readme.contains("fivetran debug"));
    QVERIFY(readme.contains("| `balance` | DECIMAL(14,2) | `/balance` |"));
    QVERIFY(!cw::testing::readFile(folder + QStringLiteral("/requirements.txt")).contains("requests\n"));
    const QByteArray workflow = cw::testing::readFile(folder + QStringLiteral("/.github/workflows/deploy.yml"));
    QVERIFY(workflow.contains("branches: [main]") && workflow.contains("${{ secrets.API_TOKEN }}")
            && workflow.contains("--connection acme_shop_demo"));
    // The copied project opens and equals the original.
    const cw::ProjectFile::LoadResult copy = cw::ProjectFile::load(folder + QStringLiteral("/workbench/shop.cwproj"));
    QVERIFY(copy.project);
    QCOMPARE(*copy.project, *loaded.project);

    QString error;
    const std::optional<cw::PythonInterpreter> python = cw::findPython(&error);
    if (!python)
        QSKIP(qPrintable(QStringLiteral("Python checks of the export not run: ") + error));
    const QStringList pythonFiles = {folder + QStringLiteral("/connector.py"), folder + QStringLiteral("/tests/test_connector_rows.py")};
    for (const QString &file : pythonFiles) {
        const cw::testing::ProcessResult compiled = cw::testing::runProcess(python->program, {QStringLiteral("-m"), QStringLiteral("py_compile"), file});
        QVERIFY2(compiled.exitCode == 0, compiled.err.constData());
    }
    if (cw::pythonHasModule(python->program, QStringLiteral("pyflakes"))) {
        const cw::testing::ProcessResult flakes = cw::testing::runProcess(python->program, QStringList{QStringLiteral("-m"), QStringLiteral("pyflakes")} + pythonFiles);
        QVERIFY2(flakes.exitCode == 0, QByteArray(flakes.out + flakes.err).constData());
    } else {
        qWarning("pyflakes is not installed (Debian: python3-pyflakes); skipped for the export.");
    }
    if (!cw::pythonHasModule(python->program, QStringLiteral("pytest")))
        QSKIP("pytest is not installed (Debian: python3-pytest); the export's own test was not run.");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    const cw::testing::ProcessResult tested = cw::testing::runProcess(
        python->program, {QStringLiteral("-m"), QStringLiteral("pytest"), QStringLiteral("-q"), QStringLiteral("-p"),
                          QStringLiteral("no:cacheprovider"), folder + QStringLiteral("/tests")},
        120000, environment);
    QVERIFY2(tested.exitCode == 0, QByteArray(tested.out + tested.err).constData());
    QVERIFY2(tested.out.contains("passed"), tested.out.constData());
}

void TestProjectExporter::secretsOnlyWhenAsked()
{
    QTemporaryDir target;
    const cw::Project project = cw::makeDemoProject(QStringLiteral("http://127.0.0.1:8765"));
    cw::ExportOptions options;
    options.values.insert(QStringLiteral("api_token"), QStringLiteral("s3cret-token"));
    options.values.insert(QStringLiteral("start_date"), QStringLiteral("2025-01-01"));
    QVERIFY(cw::exportProject(project, target.filePath(QStringLiteral("a")), options).ok);
    QByteArray configuration = cw::testing::readFile(target.filePath(QStringLiteral("a/configuration.json")));
    QVERIFY(!configuration.contains("s3cret-token"));
    QVERIFY(configuration.contains("2025-01-01"));
    options.includeSecrets = true;
    QVERIFY(cw::exportProject(project, target.filePath(QStringLiteral("b")), options).ok);
    configuration = cw::testing::readFile(target.filePath(QStringLiteral("b/configuration.json")));
    QVERIFY(configuration.contains("s3cret-token"));
    QCOMPARE(QFile::permissions(target.filePath(QStringLiteral("b/configuration.json"))) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    // Nothing else of the export carries it: not the project copy, not the README.
    for (const QString &file : QDir(target.filePath(QStringLiteral("b"))).entryList(QDir::Files | QDir::Hidden)) {
        if (file != u"configuration.json")
            QVERIFY2(!cw::testing::readFile(target.filePath(QStringLiteral("b/") + file)).contains("s3cret-token"), qPrintable(file));
    }
}

void TestProjectExporter::refusesNonEmptyFolderAndLinks()
{
    QTemporaryDir target;
    QTemporaryDir outside;
    const cw::Project project = cw::makeDemoProject(QStringLiteral("http://127.0.0.1:8765"));
    const QString folder = target.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    QFile other(folder + QStringLiteral("/notes.txt"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    cw::ExportOptions options;
    cw::ExportResult result = cw::exportProject(project, folder, options);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QStringLiteral("not empty")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/connector.py")));
    options.overwrite = true;
    QVERIFY(cw::exportProject(project, folder, options).ok);
    QVERIFY(QFile::exists(folder + QStringLiteral("/connector.py")));

    // A link inside the folder would send a write elsewhere: refused, and nothing lands there.
    QVERIFY(QDir(folder).removeRecursively());
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::link(outside.path(), folder + QStringLiteral("/workbench")));
    result = cw::exportProject(project, folder, options);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("symbolic link")), qPrintable(result.error));
    QVERIFY(QDir(outside.path()).isEmpty());
}

void TestProjectExporter::connectionNames()
{
    cw::Project project;
    project.name = QStringLiteral("Acme Shop (demo)");
    QCOMPARE(cw::connectionNameFor(project), QStringLiteral("acme_shop_demo"));
    project.name = QStringLiteral("2FA Codes!");
    QCOMPARE(cw::connectionNameFor(project), QStringLiteral("_2fa_codes"));
    project.name = QStringLiteral("日本");
    QCOMPARE(cw::connectionNameFor(project), QStringLiteral("connector"));
    QVERIFY(cw::isValidConnectionName(QStringLiteral("_a1")));
    QVERIFY(!cw::isValidConnectionName(QStringLiteral("A1")));
    QVERIFY(!cw::isValidConnectionName(QStringLiteral("1a")));
}

void TestProjectExporter::exitScan_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("calls") << QStringLiteral("exit()\nsys.exit(1)\nos._exit(2)\nquit ()\n") << QList<int>{1, 2, 3, 4};
    QTest::newRow("strings and comments") << QStringLiteral("x = \"exit()\"  # exit()\ny = '''\nexit()\n'''\nz = 'a\\'exit('\n")
                                          << QList<int>{};
    QTest::newRow("names that only contain it") << QStringLiteral("on_exit(1)\nself.exit(2)\nexit_code = 3\n") << QList<int>{};
    QTest::newRow("after a multi-line string") << QStringLiteral("s = \"\"\"a\nb\"\"\"\nexit(0)\n") << QList<int>{3};
}

void TestProjectExporter::exitScan()
{
    QFETCH(QString, source);
    QFETCH(QList<int>, lines);
    QCOMPARE(cw::exitCallLines(source), lines);
}

void TestProjectExporter::lintRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("nested configuration") << QStringLiteral("configuration-string-values") << QStringLiteral("configuration.json")
                                          << QByteArray(R"({"base_url": {"x": 1}, "api_token": "", "start_date": ""})");
    QTest::newRow("configuration not an object") << QStringLiteral("configuration-object") << QStringLiteral("configuration.json")
                                                 << QByteArray("[1]");
    QTest::newRow("lib folder") << QStringLiteral("no-lib-include") << QStringLiteral("lib/helpers.py") << QByteArray("x = 1\n");
    QTest::newRow("include folder") << QStringLiteral("no-lib-include") << QStringLiteral("src/include/a.py") << QByteArray("x = 1\n");
    QTest::newRow("files folder") << QStringLiteral("no-files-folder") << QStringLiteral("files/state.json") << QByteArray("{}");
    QTest::newRow("traversal") << QStringLiteral("safe-paths") << QStringLiteral("../evil.py") << QByteArray("x = 1\n");
    QTest::newRow("absolute") << QStringLiteral("safe-paths") << QStringLiteral("/etc/evil") << QByteArray("x");
    QTest::newRow("exit") << QStringLiteral("no-exit") << QStringLiteral("connector.py")
                          << QByteArray("def update(configuration: dict, state: dict):\n    op.checkpoint(state)\n    exit(1)\n"
                                        "connector = Connector(update=update)\n");
    QTest::newRow("no checkpoint") << QStringLiteral("checkpoint") << QStringLiteral("connector.py")
                                   << QByteArray("def update(configuration: dict, state: dict):\n    pass\nconnector = Connector(update=update)\n");
    QTest::newRow("no connector object") << QStringLiteral("connector-object") << QStringLiteral("connector.py")
                                         << QByteArray("def update(configuration: dict, state: dict):\n    op.checkpoint(state)\n"
                                                       "if True:\n    connector = Connector(update=update)\n");
    QTest::newRow("wrong update parameters") << QStringLiteral("update-signature") << QStringLiteral("connector.py")
                                             << QByteArray("def update(config, state):\n    op.checkpoint(state)\nconnector = Connector(update=update)\n");
    QTest::newRow("unknown configuration key") << QStringLiteral("configuration-keys") << QStringLiteral("connector.py")
                                               << QByteArray("def update(configuration: dict, state: dict):\n    configuration[\"nope\"]\n"
                                                             "    op.checkpoint(state)\nconnector = Connector(update=update)\n");
    QTest::newRow("requests listed") << QStringLiteral("requirements-preinstalled") << QStringLiteral("requirements.txt")
                                     << QByteArray("requests==2.32.3\n");
    QTest::newRow("sdk listed") << QStringLiteral("requirements-preinstalled") << QStringLiteral("requirements.txt")
                                << QByteArray("fivetran_connector_sdk\n");
}

void TestProjectExporter::lintRules()
{
    QFETCH(QString, rule);
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QVERIFY2(errorRules(cw::lintExport(validBundle())).isEmpty(), qPrintable(errorRules(cw::lintExport(validBundle())).join(u' ')));
    cw::ExportBundle bundle = validBundle();
    bundle.files.insert(file, content);
    const QStringList rules = errorRules(cw::lintExport(bundle));
    QVERIFY2(rules.contains(rule), qPrintable(rules.join(u' ')));
}

void TestProjectExporter::lintPlans()
{
    // Table rules read the mapping plans: a table twice, a DECIMAL beyond 38 digits, a key
    // naming no column, a column name Fivetran would rename (a warning only).
    cw::PlanTable table;
    table.name = QStringLiteral("orders");
    table.columns = {{QStringLiteral("id"), QStringLiteral("/id"), cw::PlanColumn::Kind::Value, cw::FivetranType::Long, 0, 0},
                     {QStringLiteral("amount"), QStringLiteral("/amount"), cw::PlanColumn::Kind::Value, cw::FivetranType::Decimal, 40, 2},
                     {QStringLiteral("createdAt"), QStringLiteral("/createdAt"), cw::PlanColumn::Kind::Value, cw::FivetranType::Unspecified, 0, 0}};
    table.primaryKey = {QStringLiteral("id"), QStringLiteral("missing")};
    cw::MappingPlan plan;
    plan.tables = {table, table};
    cw::ExportBundle bundle = validBundle();
    bundle.plans = {plan};
    const QList<cw::LintFinding> findings = cw::lintExport(bundle);
    const QStringList errors = errorRules(findings);
    for (const char *rule : {"table-unique", "decimal", "primary-key"})
        QVERIFY2(errors.contains(QLatin1String(rule)), rule);
    QVERIFY(!errors.contains(QStringLiteral("column-name")));
    QVERIFY(std::any_of(findings.begin(), findings.end(), [](const cw::LintFinding &f) {
        return f.rule == u"column-name" && !f.isError() && f.message.contains(QStringLiteral("createdAt"));
    }));
    const cw::LintFinding exit{cw::LintFinding::Severity::Error, QStringLiteral("no-exit"), QStringLiteral("connector.py"), 12,
                               QStringLiteral("exit() can hang the connector.")};
    QCOMPARE(exit.toString(), QStringLiteral("error: connector.py:12: exit() can hang the connector. [no-exit]"));
}

void TestProjectExporter::runsFivetranDebug()
{
    // A stand-in `fivetran` that prints what the 2.x local tester prints (SDK reference, section 6).
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("fivetran"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n"
               "echo \"07:26:04.873 INFO sdk debugging connector at: $(pwd)\"\n"
               "echo \"args: $*\" >&2\n"
               "printf 'INFO debugger: SYNC PROGRESS:\\nOperation     | Calls\\n------------- + ------------\\n'\n"
               "printf 'Upserts       | 44\\nUpdates       | 0\\nDeletes       | 0\\nTruncates     | 0\\n'\n"
               "printf 'SchemaChanges | 1\\nCheckpoints   | 3\\nINFO debugger: Sync SUCCEEDED\\n'\n");
    file.close();
    QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("CW_FIVETRAN", script.toUtf8());
    QStringList lines;
    const cw::FivetranDebugResult result =
        cw::runFivetranDebug(dir.path(), QStringLiteral("configuration.json"), [&lines](const QString &line) { lines << line; });
    qunsetenv("CW_FIVETRAN");
    QVERIFY2(result.succeeded, qPrintable(result.error + result.log));
    QCOMPARE(result.status, QStringLiteral("SUCCEEDED"));
    QCOMPARE(result.operations.value(QStringLiteral("Upserts")), 44);
    QCOMPARE(result.operations.value(QStringLiteral("Checkpoints")), 3);
    QCOMPARE(result.operations.size(), 6);
    QVERIFY(result.log.contains(QStringLiteral("args: debug --configuration configuration.json")));
    QVERIFY(lines.size() >= 10);

    cw::FivetranDebugResult failed;
    cw::parseFivetranDebugLog(QStringLiteral("Upserts | 2\nSYNC FAILED: schema definition changes"), failed);
    QCOMPARE(failed.status, QStringLiteral("FAILED"));
    QCOMPARE(failed.operations.value(QStringLiteral("Upserts")), 2);
}

QTEST_GUILESS_MAIN(TestProjectExporter)
#include "tst_projectexporter.moc"
