// SPDX-License-Identifier: MIT
// cwb infer: the inferred schema of a JSON file and the default mapping it gives, so that a
// script (or a user without the GUI) can see the tables and columns a response would make.
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include "app/cli/cliconfig.h"
#include "app/cli/commands.h"
#include "models/core/detect/responsedetector.h"
#include "models/core/schema/mappingplan.h"
#include "models/core/schema/schemainferrer.h"

namespace cw::cli {

namespace {

/// Files up to this size are parsed whole to detect the records array and key; larger ones
/// are only streamed (pass --records for them).
constexpr qint64 kMaxDetectBytes = 64 * 1024 * 1024;

/// Objects with more members than this are not parsed into a DOM for detection: an
/// ordered DOM looks members up one by one, so a 50,000-key object would take seconds.
constexpr int kMaxDetectMembers = 1000;

/// Stops at the first object with more than kMaxDetectMembers members.
struct WideObjectScan {
    std::vector<int> members;
    bool wide = false;
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(nlohmann::json::number_integer_t) { return true; }
    bool number_unsigned(nlohmann::json::number_unsigned_t) { return true; }
    bool number_float(nlohmann::json::number_float_t, const std::string &) { return true; }
    bool string(std::string &) { return true; }
    bool binary(nlohmann::json::binary_t &) { return true; }
    bool start_object(std::size_t) { return members.push_back(0), true; }
    bool key(std::string &)
    {
        wide = ++members.back() > kMaxDetectMembers;
        return !wide;
    }
    bool end_object() { return members.pop_back(), true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::json::exception &) { return false; }
};

/// "/data", "" and "data.items" (a dotted path, as other tools write it) as a JSON pointer.
QString recordsPointer(const QString &text)
{
    if (text.isEmpty() || text.startsWith(u'/'))
        return text;
    QString pointer;
    QString path = text;
    if (path.startsWith(QStringLiteral("$.")))
        path = path.mid(2);
    for (const QString &segment : path.split(u'.', Qt::SkipEmptyParts))
        pointer = appendPointer(pointer, segment);
    return pointer;
}

QString typeText(FivetranType type, int precision, int scale)
{
    if (type == FivetranType::Unspecified)
        return QStringLiteral("(unspecified)");
    if (type == FivetranType::Decimal)
        return QStringLiteral("DECIMAL(%1,%2)").arg(precision).arg(scale);
    return toString(type);
}

QString elide(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

void printSchema(const InferredSchema &schema)
{
    std::printf("%-40s %-28s %8s %9s %-16s %s\n", "PATH", "TYPES", "PRESENT", "DISTINCT", "SUGGESTED", "FORMATS / EXAMPLE");
    for (const PathInfo &p : schema.paths()) {
        if (p.path.isEmpty())
            continue;
        QStringList formats;
        for (const ValueFormat f : p.detectedFormats())
            formats << toString(f);
        const QString extra = (formats.isEmpty() ? QString() : formats.join(u',') + u' ') + p.examples.value(0);
        const QString distinct = (p.distinctExact ? QString() : QStringLiteral("~")) + QString::number(p.distinctEstimate);
        std::printf("%-40s %-28s %7.1f%% %9s %-16s %s\n", qPrintable(elide(p.path, 40)),
                    qPrintable(elide(p.kindSummary(), 28)), p.presence() * 100.0, qPrintable(distinct),
                    qPrintable(typeText(p.suggestedType, p.suggestedPrecision, p.suggestedScale)),
                    qPrintable(elide(extra, 60)));
    }
}

void printPlan(const MappingPlan &plan)
{
    for (const PlanTable &t : plan.tables) {
        QString heading = QStringLiteral("table %1").arg(t.name);
        if (t.parent >= 0)
            heading += QStringLiteral(" (child of %1, array %2)").arg(plan.tables[t.parent].name, t.arrayPath);
        heading += t.primaryKey.isEmpty() ? QStringLiteral(", no primary key")
                                          : QStringLiteral(", primary key %1").arg(t.primaryKey.join(u", "));
        std::printf("%s\n", qPrintable(heading));
        for (const PlanColumn &c : t.columns) {
            QString source = c.sourcePath;
            if (c.kind == PlanColumn::Kind::ParentKey)
                source = QStringLiteral("parent %1").arg(c.sourcePath);
            else if (c.kind == PlanColumn::Kind::Index)
                source = QStringLiteral("element index");
            else if (c.kind == PlanColumn::Kind::Json)
                source += QStringLiteral(" (whole, as JSON)");
            std::printf("  %-32s %-16s %s%s\n", qPrintable(c.name), qPrintable(typeText(c.type, c.precision, c.scale)),
                        qPrintable(source), c.name == plan.cursorColumn ? " [cursor]" : "");
        }
    }
}

} // namespace

int runInfer(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A JSON response body or a JSON array of records."));
    parser.addOption({QStringLiteral("records"),
                      QStringLiteral("JSON pointer (/data) or dotted path (data.items) of the records array; detected when left out."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the schema and the mapping as one JSON object.")});
    if (!parse(parser, args, QStringLiteral("Infers the schema of the records in a JSON file and prints it with the default mapping.")))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        std::fprintf(stderr, "cwb infer: expected one FILE.\n");
        return 2;
    }
    QFile file(positional[0]);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cwb infer: cannot read %s: %s\n", qPrintable(positional[0]), qPrintable(file.errorString()));
        return 1;
    }
    const qint64 size = file.size();
    // Mapped rather than read: a 500 MB file then costs no copy, and inference streams it.
    const uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    QByteArray readBytes;
    if (!mapped && size > 0)
        readBytes = file.readAll();
    const std::string_view bytes = mapped ? std::string_view(reinterpret_cast<const char *>(mapped), size_t(size))
                                          : std::string_view(readBytes.constData(), size_t(readBytes.size()));

    Stream stream;
    stream.name = QFileInfo(positional[0]).completeBaseName();
    QString pointer = recordsPointer(parser.value(QStringLiteral("records")));
    QString detection;
    WideObjectScan scan;
    if (size <= kMaxDetectBytes)
        nlohmann::json::sax_parse(bytes.begin(), bytes.end(), &scan);
    if (scan.wide) {
        detection = QStringLiteral("An object has more than %1 members, so the file was not searched for a records "
                                   "array, key or cursor%2.")
                        .arg(kMaxDetectMembers)
                        .arg(parser.isSet(QStringLiteral("records")) ? QString() : QStringLiteral("; the body itself is taken as the records (use --records to choose)"));
    } else if (size <= kMaxDetectBytes) {
        // The inference replaces broken UTF-8; so must the parse, or detection would fail.
        const std::optional<std::string> repaired = replaceInvalidUtf8(bytes);
        const std::string_view text = repaired ? std::string_view(*repaired) : bytes;
        const JsonValue body = JsonValue::parse(text.begin(), text.end(), nullptr, false);
        if (!body.is_discarded()) {
            if (!parser.isSet(QStringLiteral("records"))) {
                const RecordsProposal records = detectRecords(body, stream.name);
                pointer = records.found || !records.path.isEmpty() ? records.path : QString();
                detection = records.evidence;
            }
            const JsonValue *records = nullptr;
            try {
                records = &body.at(JsonValue::json_pointer(pointer.toStdString()));
            } catch (const std::exception &) {
                records = nullptr;
            }
            if (records && records->is_array()) {
                stream.table.primaryKey = detectPrimaryKey(*records, stream.name).fields;
                stream.incremental.cursorField = detectIncrementalCursor(*records).field;
            }
        }
    } else if (!parser.isSet(QStringLiteral("records"))) {
        detection = QStringLiteral("The file is larger than 64 MB, so it was not searched for a records array; "
                                   "the body itself is taken as the records (use --records to choose).");
    }

    SchemaInferrer inferrer;
    QString error;
    if (!inferrer.addBody(bytes, pointer, &error)) {
        std::fprintf(stderr, "cwb infer: %s\n", qPrintable(error));
        return 1;
    }
    const InferredSchema schema = inferrer.schema();
    const MappingPlan plan = MappingPlan::build(stream, schema);

    if (parser.isSet(QStringLiteral("json"))) {
        JsonValue out = {{"file", positional[0].toStdString()},
                         {"recordsPath", pointer.toStdString()},
                         {"records", schema.recordCount()}};
        if (!detection.isEmpty())
            out["detection"] = detection.toStdString();
        JsonValue key = JsonValue::array();
        for (const QString &k : stream.table.primaryKey)
            key.push_back(k.toStdString());
        out["primaryKey"] = std::move(key);
        if (!stream.incremental.cursorField.isEmpty())
            out["cursorField"] = stream.incremental.cursorField.toStdString();
        out["schema"] = schema.toJson();
        out["mapping"] = toJson(plan);
        std::printf("%s\n", out.dump(2, ' ', false, JsonValue::error_handler_t::replace).c_str());
        return 0;
    }
    std::printf("%s: %lld record(s) at %s\n", qPrintable(positional[0]), qlonglong(schema.recordCount()),
                pointer.isEmpty() ? "the top level" : qPrintable(pointer));
    if (!detection.isEmpty())
        std::printf("%s\n", qPrintable(detection));
    std::printf("\n");
    printSchema(schema);
    std::printf("\nDefault mapping:\n");
    printPlan(plan);
    const QStringList notes = schema.notes() + plan.notes;
    if (!notes.isEmpty()) {
        std::printf("\nNotes:\n");
        for (const QString &n : notes)
            std::printf("  %s\n", qPrintable(n));
    }
    return 0;
}

} // namespace cw::cli
