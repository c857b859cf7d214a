// SPDX-License-Identifier: MIT
// cwb preview: the destination rows a stream's stored samples give under its mapping, the
// same rows the GUI's preview shows and the sync engine writes.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QFile>

#include "app/cli/cliconfig.h"
#include "app/cli/commands.h"
#include "models/core/samples/samplestore.h"
#include "models/core/schema/mappingplan.h"
#include "models/core/schema/mappingwarnings.h"
#include "models/core/schema/schemainferrer.h"

namespace cw::cli {

namespace {

QString cellText(const JsonValue &v)
{
    if (v.is_null())
        return QString();
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    return QString::fromStdString(v.dump(-1, ' ', false, JsonValue::error_handler_t::replace));
}

} // namespace

int runPreview(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .cwproj file."));
    parser.addPositionalArgument(QStringLiteral("stream"), QStringLiteral("The stream whose samples to map."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the mapping, the rows of every table and the warnings as one JSON object.")});
    if (!parse(parser, args, QStringLiteral("Maps a stream's stored samples (<project>.cwbdb) and prints the destination rows.")))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        std::fprintf(stderr, "cwb preview: expected PROJECT STREAM.\n");
        return 2;
    }
    const std::optional<Project> project = loadProject(positional[0]);
    if (!project)
        return 1;
    const Stream *stream = project->stream(positional[1]);
    if (!stream) {
        std::fprintf(stderr, "cwb preview: the project has no stream \"%s\".\n", qPrintable(positional[1]));
        return 2;
    }
    const QString dbPath = SampleStore::pathForProject(positional[0]);
    if (!QFile::exists(dbPath)) {
        std::fprintf(stderr, "cwb preview: there are no samples (%s does not exist); fetch some with "
                             "\"cwb fetch PROJECT STREAM --save-sample\".\n", qPrintable(dbPath));
        return 1;
    }
    SampleStore store;
    QString error;
    if (!store.open(dbPath, &error)) {
        std::fprintf(stderr, "cwb preview: %s\n", qPrintable(error));
        return 1;
    }
    QList<Sample> samples = store.list(stream->name);
    if (samples.isEmpty()) {
        std::fprintf(stderr, "cwb preview: stream \"%s\" has no samples; fetch some with \"cwb fetch PROJECT STREAM "
                             "--save-sample\".\n", qPrintable(stream->name));
        return 1;
    }
    std::reverse(samples.begin(), samples.end());  // oldest first: the order they were fetched in

    // The schema comes from the bytes (numbers as written); the rows from parsed records.
    SchemaInferrer inferrer;
    std::vector<JsonValue> records;
    QStringList problems;
    const JsonValue::json_pointer pointer(stream->recordsPath.toStdString());
    for (const Sample &listed : std::as_const(samples)) {
        const std::optional<Sample> sample = store.load(listed.id);
        if (!sample || sample->body.isEmpty())
            continue;
        if (!inferrer.addBody(sample->body, stream->recordsPath, &error)) {
            problems << QStringLiteral("sample %1: %2").arg(listed.id).arg(error);
            continue;
        }
        // Parsed as the inferrer read it: with broken UTF-8 replaced.
        const std::string_view raw(sample->body.constData(), size_t(sample->body.size()));
        const std::optional<std::string> repaired = replaceInvalidUtf8(raw);
        const std::string_view text = repaired ? std::string_view(*repaired) : raw;
        const JsonValue body = JsonValue::parse(text.begin(), text.end(), nullptr, false);
        if (body.is_discarded() || !body.contains(pointer))
            continue;
        const JsonValue &found = body.at(pointer);
        if (found.is_array())
            records.insert(records.end(), found.begin(), found.end());
        else
            records.push_back(found);
    }
    const InferredSchema schema = inferrer.schema();
    const MappingPlan plan = MappingPlan::build(*stream, schema);
    const RecordMapper mapper(plan);
    std::vector<TableRows> rows(size_t(plan.tables.size()));
    for (const JsonValue &record : records)
        mapper.map(record, rows);
    const QList<MappingWarning> warnings = mappingWarnings(*stream, plan, schema, records);

    if (parser.isSet(QStringLiteral("json"))) {
        JsonValue out = {{"stream", stream->name.toStdString()},
                         {"samples", samples.size()},
                         {"records", records.size()},
                         {"mapping", toJson(plan)}};
        JsonValue tables = JsonValue::object();
        for (qsizetype t = 0; t < plan.tables.size(); ++t) {
            JsonValue tableRows = JsonValue::array();
            for (const auto &row : rows[size_t(t)].rows)
                tableRows.push_back(JsonValue(row));
            tables[plan.tables[t].name.toStdString()] = std::move(tableRows);
        }
        out["rows"] = std::move(tables);
        JsonValue warningsJson = JsonValue::array();
        for (const MappingWarning &w : warnings) {
            warningsJson.push_back({{"severity", toString(w.severity).toStdString()},
                                    {"kind", toString(w.kind).toStdString()},
                                    {"table", w.table.toStdString()},
                                    {"column", w.column.toStdString()},
                                    {"path", w.path.toStdString()},
                                    {"message", w.message.toStdString()}});
        }
        out["warnings"] = std::move(warningsJson);
        JsonValue problemsJson = JsonValue::array();
        for (const QString &p : std::as_const(problems))
            problemsJson.push_back(p.toStdString());
        out["problems"] = std::move(problemsJson);
        std::printf("%s\n", out.dump(2, ' ', false, JsonValue::error_handler_t::replace).c_str());
        return 0;
    }
    std::printf("%s: %lld record(s) from %lld sample(s)\n", qPrintable(stream->name), qlonglong(records.size()),
                qlonglong(samples.size()));
    for (qsizetype t = 0; t < plan.tables.size(); ++t) {
        const PlanTable &table = plan.tables[t];
        std::printf("\n%s (%lld rows%s)\n", qPrintable(table.name), qlonglong(rows[size_t(t)].rows.size()),
                    table.primaryKey.isEmpty() ? "" : qPrintable(QStringLiteral("; primary key ") + table.primaryKey.join(u", ")));
        QStringList header;
        for (const PlanColumn &c : table.columns)
            header << c.name;
        std::printf("%s\n", qPrintable(header.join(u'\t')));
        for (const auto &row : rows[size_t(t)].rows) {
            QStringList cells;
            for (const JsonValue &v : row)
                cells << cellText(v).replace(u'\t', u' ').replace(u'\n', u' ');
            std::printf("%s\n", qPrintable(cells.join(u'\t')));
        }
    }
    if (!warnings.isEmpty()) {
        std::printf("\nWarnings:\n");
        for (const MappingWarning &w : warnings)
            std::printf("  %s: %s\n", qPrintable(toString(w.severity)), qPrintable(w.message));
    }
    for (const QString &p : std::as_const(problems))
        std::fprintf(stderr, "cwb preview: %s\n", qPrintable(p));
    return 0;
}

} // namespace cw::cli
