// SPDX-License-Identifier: MIT
#include "models/core/codegen/projectexporter.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "models/core/codegen/connectorgenerator.h"
#include "models/core/codegen/exporttemplates.h"
#include "models/core/codegen/pythonwriter.h"
#include "models/core/project/projectfile.h"
#include "models/core/samples/samplestore.h"
#include "models/core/sync/pagewalker.h"

namespace cw {

namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QByteArray configurationJson(const Project &project, const ExportOptions &options)
{
    JsonValue object = JsonValue::object();
    for (const ConfigurationField &field : project.configuration) {
        QString value = field.secret ? QString() : field.defaultValue;
        if (options.values.contains(field.key) && (!field.secret || options.includeSecrets))
            value = options.values.value(field.key);
        object[field.key.toStdString()] = value.toStdString();
    }
    return QByteArray::fromStdString(object.dump(2)) + '\n';
}

// Records of a stream's successful samples, newest sample first, at most `limit`.
JsonValue sampleRecords(const SampleStore &store, const Stream &stream, int limit)
{
    JsonValue records = JsonValue::array();
    for (const Sample &listed : store.list(stream.name)) {
        if (int(records.size()) >= limit)
            break;
        if (listed.status < 200 || listed.status > 299 || listed.bodyTruncated)
            continue;
        const std::optional<Sample> sample = store.load(listed.id);
        if (!sample)
            continue;
        const JsonValue body = JsonValue::parse(sample->body.constData(), sample->body.constData() + sample->body.size(),
                                                nullptr, false);
        JsonValue found;
        if (body.is_discarded() || !extractRecords(body, stream.recordsPath, found, nullptr))
            continue;
        for (JsonValue &record : found) {
            if (int(records.size()) >= limit)
                break;
            records.push_back(std::move(record));
        }
    }
    return records;
}

// {table: {"types": {column: TYPE}, "rows": [{column: value}]}} as the native mapper makes them.
JsonValue expectedTables(const MappingPlan &plan, const JsonValue &records)
{
    const RecordMapper mapper(plan);
    std::vector<TableRows> rows;
    for (const JsonValue &record : records)
        mapper.map(record, rows);
    JsonValue tables = JsonValue::object();
    for (qsizetype t = 0; t < plan.tables.size(); ++t) {
        const PlanTable &table = plan.tables[t];
        JsonValue types = JsonValue::object();
        for (const PlanColumn &column : table.columns)
            types[column.name.toStdString()] = toString(column.type).toStdString();
        JsonValue list = JsonValue::array();
        if (size_t(t) < rows.size()) {
            for (const std::vector<JsonValue> &row : rows[size_t(t)].rows) {
                JsonValue object = JsonValue::object();
                for (qsizetype c = 0; c < table.columns.size(); ++c)
                    object[table.columns[c].name.toStdString()] = row[size_t(c)];
                list.push_back(std::move(object));
            }
        }
        tables[table.name.toStdString()] = {{"types", std::move(types)}, {"rows", std::move(list)}};
    }
    return tables;
}

QString projectFileName(const Project &project, const ExportOptions &options)
{
    if (!options.projectFilePath.isEmpty())
        return QFileInfo(options.projectFilePath).fileName();
    return connectionNameFor(project) + QStringLiteral(".cwproj");
}

bool isInside(const QString &folder, const QString &path)
{
    const QString root = QDir::cleanPath(QDir(folder).absolutePath());
    const QString target = QDir::cleanPath(QDir(root).absoluteFilePath(path));
    return target.startsWith(root + u'/');
}

} // namespace

ExportBundle prepareExport(const Project &project, const ExportOptions &options, QStringList *warnings)
{
    ExportBundle bundle;
    bundle.project = project;
    bundle.connectionName = options.connectionName.isEmpty() ? connectionNameFor(project) : options.connectionName;

    SampleStore store;
    const QString samplesPath = options.projectFilePath.isEmpty() ? QString() : SampleStore::pathForProject(options.projectFilePath);
    if (!samplesPath.isEmpty() && QFileInfo::exists(samplesPath))
        store.open(samplesPath);
    bundle.plans = planProject(project, store.isOpen() ? &store : nullptr);

    GeneratorOptions generatorOptions;
    // The project file travels in workbench/, named as the user named it (sanitised).
    const QString projectName = py::identifier(QFileInfo(projectFileName(project, options)).completeBaseName()) + QStringLiteral(".cwproj");
    generatorOptions.projectFileName = projectName;
    const GeneratedConnector generated = generateConnector(project, bundle.plans, generatorOptions);
    if (warnings)
        *warnings = generated.warnings;

    bundle.files.insert(QStringLiteral("connector.py"), utf8(generated.code));
    bundle.files.insert(QStringLiteral("configuration.json"), configurationJson(project, options));
    bundle.files.insert(QStringLiteral("requirements.txt"), utf8(exporttext::requirements()));
    bundle.files.insert(QStringLiteral("README.md"),
                        utf8(exporttext::readme(project, bundle.plans, bundle.connectionName, QStringLiteral("workbench/") + projectName)));
    bundle.files.insert(QStringLiteral(".gitignore"), utf8(exporttext::gitignore()));
    bundle.files.insert(QStringLiteral(".github/workflows/deploy.yml"), utf8(exporttext::deployWorkflow(project, bundle.connectionName)));
    bundle.files.insert(QStringLiteral("workbench/") + projectName, ProjectFile::serialize(project));

    // Samples and the rows the native mapper makes of them, for tests/test_connector_rows.py.
    JsonValue expected = JsonValue::object();
    for (qsizetype s = 0; s < project.streams.size(); ++s) {
        const Stream &stream = project.streams[s];
        const JsonValue records = store.isOpen() ? sampleRecords(store, stream, options.maxSampleRecords) : JsonValue::array();
        if (records.empty())
            continue;
        const QString samplesFile = QStringLiteral("samples/%1.json").arg(py::identifier(rowsFunctionName(project, stream.name).chopped(5)));
        bundle.files.insert(QStringLiteral("tests/") + samplesFile, QByteArray::fromStdString(records.dump(1)) + '\n');
        expected[stream.name.toStdString()] = {{"function", rowsFunctionName(project, stream.name).toStdString()},
                                               {"samples", samplesFile.toStdString()},
                                               {"tables", expectedTables(bundle.plans[s], records)}};
    }
    if (!expected.empty()) {
        bundle.files.insert(QStringLiteral("tests/expected_rows.json"), QByteArray::fromStdString(expected.dump(1)) + '\n');
        bundle.files.insert(QStringLiteral("tests/test_connector_rows.py"), utf8(exporttext::rowsTest()));
    }
    return bundle;
}

ExportResult exportProject(const Project &project, const QString &folder, const ExportOptions &options)
{
    ExportResult result;
    const ExportBundle bundle = prepareExport(project, options, &result.warnings);
    result.connectionName = bundle.connectionName;
    result.findings = lintExport(bundle);
    const qsizetype errors = std::count_if(result.findings.cbegin(), result.findings.cend(),
                                           [](const LintFinding &f) { return f.isError(); });
    if (errors > 0) {
        result.error = QStringLiteral("The export linter found %1 error(s); nothing was written.").arg(errors);
        return result;
    }

    const QDir dir(folder);
    if (QFileInfo(folder).isSymLink()) {
        result.error = QStringLiteral("%1 is a symbolic link; choose the real folder.").arg(folder);
        return result;
    }
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) && !options.overwrite) {
        result.error = QStringLiteral("%1 is not empty; choose an empty folder or allow overwriting.").arg(folder);
        return result;
    }
    for (auto it = bundle.files.cbegin(); it != bundle.files.cend(); ++it) {
        const QString &relative = it.key();
        // The linter refused odd names already; this is the last guard before the disk.
        if (!isInside(folder, relative)) {
            result.error = QStringLiteral("%1 would be written outside %2.").arg(relative, folder);
            return result;
        }
        const QString target = dir.absoluteFilePath(relative);
        // A link planted in the folder (or in one of its subfolders) would redirect the write.
        for (QString path = QFileInfo(target).absolutePath(); isInside(folder, QDir(folder).relativeFilePath(path)) ;
             path = QFileInfo(path).absolutePath()) {
            if (QFileInfo(path).isSymLink()) {
                result.error = QStringLiteral("%1 is a symbolic link; nothing is written through links.").arg(path);
                return result;
            }
        }
        if (QFileInfo(target).isSymLink()) {
            result.error = QStringLiteral("%1 is a symbolic link; nothing is written through links.").arg(target);
            return result;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            result.error = QStringLiteral("Cannot create the folder %1.").arg(QFileInfo(target).absolutePath());
            return result;
        }
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
            result.error = QStringLiteral("Cannot write %1: %2").arg(target, file.errorString());
            return result;
        }
        // configuration.json may hold secrets: readable by the owner only.
        if (relative == u"configuration.json")
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        result.files << relative;
    }
    result.files.sort();
    result.ok = true;
    return result;
}

} // namespace cw
