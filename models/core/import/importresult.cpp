// SPDX-License-Identifier: MIT
#include "models/core/import/importresult.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>

#include "models/core/import/curlimporter.h"
#include "models/core/import/harimporter.h"
#include "models/core/import/importutil.h"
#include "models/core/import/openapiimporter.h"
#include "models/core/import/postmanimporter.h"
#include "models/core/project/configtemplate.h"

namespace cw {

using namespace Qt::StringLiterals;
using importutil::Tr;

bool ImportResult::hasErrors() const
{
    return std::any_of(problems.begin(), problems.end(), [](const ImportProblem &p) { return p.error; });
}

ConfigurationField *ImportResult::field(const QString &key)
{
    for (ConfigurationField &f : configuration) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString toString(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto: return u"auto"_s;
    case ImportFormat::OpenApi: return u"openapi"_s;
    case ImportFormat::Curl: return u"curl"_s;
    case ImportFormat::Postman: return u"postman"_s;
    case ImportFormat::Har: return u"har"_s;
    }
    return {};
}

std::optional<ImportFormat> importFormatFromString(const QString &text)
{
    for (ImportFormat format : {ImportFormat::Auto, ImportFormat::OpenApi, ImportFormat::Curl, ImportFormat::Postman, ImportFormat::Har}) {
        if (toString(format) == text.toLower())
            return format;
    }
    if (text.compare(u"swagger"_s, Qt::CaseInsensitive) == 0)
        return ImportFormat::OpenApi;
    return std::nullopt;
}

ImportFormat detectFormat(const QByteArray &bytes, const QString &fileName)
{
    // Only the start is looked at: the keys that tell the formats apart come early, and a
    // 100 MB HAR must not be scanned twice.
    const QByteArray head = bytes.left(64 * 1024);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith("curl ") || trimmed.startsWith("curl\t") || trimmed.startsWith("curl.exe "))
        return ImportFormat::Curl;
    static const QRegularExpression openapi(uR"((^|[\s{,])["']?(openapi|swagger)["']?\s*:)"_s);
    if (head.contains("\"log\"") && head.contains("\"entries\""))
        return ImportFormat::Har;
    if (head.contains("schema.getpostman.com") || head.contains("\"_postman_id\"") || head.contains("\"postman_id\"")
        || (head.contains("\"requests\"") && head.contains("\"order\"")))
        return ImportFormat::Postman;
    if (openapi.match(QString::fromUtf8(head)).hasMatch())
        return ImportFormat::OpenApi;
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".har"_s))
        return ImportFormat::Har;
    if (lower.endsWith(u".yaml"_s) || lower.endsWith(u".yml"_s))
        return ImportFormat::OpenApi;
    if (lower.contains(u"postman"_s))
        return ImportFormat::Postman;
    if (lower.endsWith(u".sh"_s) || lower.endsWith(u".curl"_s))
        return ImportFormat::Curl;
    return ImportFormat::Auto;
}

ImportResult importBytes(const QByteArray &bytes, ImportFormat format, const QString &sourceName)
{
    if (format == ImportFormat::Auto)
        format = detectFormat(bytes, sourceName);
    ImportResult result;
    switch (format) {
    case ImportFormat::Auto:
        importutil::error(result, {}, Tr::tr("%1 is not recognised as OpenAPI, Swagger, a Postman collection, a HAR file or a cURL command; "
                                             "name the format explicitly.").arg(sourceName.isEmpty() ? Tr::tr("The input") : sourceName));
        return result;
    case ImportFormat::OpenApi: result = OpenApiImporter::read(bytes, sourceName); break;
    case ImportFormat::Curl: result = CurlImporter::read(bytes, sourceName); break;
    case ImportFormat::Postman: result = PostmanImporter::read(bytes, sourceName); break;
    case ImportFormat::Har: result = HarImporter::read(bytes, sourceName); break;
    }
    if (result.title.isEmpty())
        result.title = sourceName.section(u'/', -1).section(u'.', 0, 0);
    return result;
}

namespace {

// A "{{" that opens no {{ config.key }} template (unclosed, or other words between the braces)
// would make the project fail validation. Such text keeps its characters but not its braces;
// well-formed templates stay as they are. Found by the fuzz targets (a Postman URL "{{baseUrl").
QString withoutMalformedTemplates(const QString &text)
{
    const QList<TemplateToken> tokens = scanTemplate(text);
    if (std::all_of(tokens.cbegin(), tokens.cend(), [](const TemplateToken &t) { return t.closed && !t.key.isEmpty(); }))
        return text;
    QString out;
    qsizetype last = 0;
    auto literal = [&](qsizetype end) {
        for (qsizetype i = last; i < end; ++i) {
            if (text[i] != u'{' && text[i] != u'}')
                out += text[i];
        }
    };
    for (const TemplateToken &token : tokens) {
        if (!token.closed || token.key.isEmpty())
            continue;
        literal(token.start);
        out += text.mid(token.start, token.length);
        last = token.start + token.length;
    }
    literal(text.size());
    return out;
}

} // namespace

Project projectFromImport(const ImportResult &result)
{
    using importutil::snakeCase;
    Project project;
    project.name = result.title.isEmpty() ? Tr::tr("Imported API") : result.title;
    project.connection = result.connection;
    project.connection.baseUrl = withoutMalformedTemplates(project.connection.baseUrl);

    // Keys must be identifiers; the importers already produce them, this keeps the promise.
    importutil::NameRegistry keys;
    for (ConfigurationField field : result.configuration) {
        const QString key = snakeCase(field.key, u"value"_s);
        if (keys.contains(key))
            continue;
        field.key = keys.unique(key);
        if (field.secret)
            field.defaultValue.clear();
        project.configuration.append(field);
    }
    if (project.connection.baseUrl.trimmed().isEmpty()) {
        // The validator insists on a base URL: ask for it rather than invent one.
        if (!keys.contains(u"base_url"_s))
            project.configuration.append({keys.unique(u"base_url"_s), Tr::tr("Base URL"),
                                          Tr::tr("The API's base URL, e.g. https://api.example.com/v1"), false, true, {}});
        project.connection.baseUrl = u"{{ config.base_url }}"_s;
    }

    importutil::NameRegistry names;
    for (Stream stream : result.streams) {
        stream.name = names.unique(snakeCase(stream.name));
        // The destination table follows the stream name, which is already snake_case.
        stream.table.name = stream.name;
        stream.request.path = withoutMalformedTemplates(stream.request.path);
        if (stream.request.path.trimmed().isEmpty())
            stream.request.path = u"/"_s;
        // Column names must be unique within a table.
        importutil::NameRegistry columns;
        for (ColumnMapping &column : stream.table.columns)
            column.name = columns.unique(snakeCase(column.name, u"column"_s));
        project.streams.append(stream);
    }
    // Parent links refer to streams by name; drop the ones whose parent vanished.
    for (Stream &stream : project.streams) {
        if (!stream.parent.stream.isEmpty() && !project.stream(stream.parent.stream))
            stream.parent = ParentLink{};
    }

    // Templates the validator would refuse, and headers and parameters without a name (a query
    // "?=1", a header ": x"), which no request can send; found by fuzz_curl, fuzz_har, fuzz_postman.
    QStringList references;
    QStringList secretReferences;
    auto clean = [&](QString &text, bool secret = false) {
        text = withoutMalformedTemplates(text);
        for (const QString &key : templateReferences(text)) {
            references.append(key);
            if (secret)
                secretReferences.append(key);
        }
    };
    Connection &connection = project.connection;
    clean(connection.baseUrl);
    connection.headers.removeIf([](const Header &h) { return h.name.trimmed().isEmpty(); });
    for (Header &header : connection.headers)
        clean(header.value);
    Auth &auth = connection.auth;
    clean(auth.apiKeyValue, true);
    clean(auth.token, true);
    clean(auth.username);
    clean(auth.password, true);
    clean(auth.tokenUrl);
    clean(auth.clientId);
    clean(auth.clientSecret, true);
    for (Stream &stream : project.streams) {
        clean(stream.request.path);
        clean(stream.request.body);
        stream.request.parameters.removeIf([](const Parameter &p) { return p.name.trimmed().isEmpty(); });
        for (Parameter &parameter : stream.request.parameters)
            clean(parameter.value);
    }
    // Every key a template names is a field of the project (secret where a secret needs it).
    for (const QString &key : std::as_const(references)) {
        if (project.configurationField(key))
            continue;
        project.configuration.append({key, key, {}, secretReferences.contains(key), true, {}});
    }
    return project;
}

} // namespace cw
