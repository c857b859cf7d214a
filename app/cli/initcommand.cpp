// SPDX-License-Identifier: MIT
// cwb init: fetch one URL, detect records, pagination, key and cursor, and write a project.
#include <cstdio>

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrlQuery>

#include "app/cli/commands.h"
#include "models/core/detect/responsedetector.h"
#include "models/core/http/httpclient.h"
#include "models/core/project/projectfile.h"

namespace cw::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::cli::Init)
};

// A credential taken out of the request: it becomes a secret configuration field, and the
// project refers to it as {{ config.key }}. The value itself lives only in memory.
struct Secret {
    QString key;
    QString label;
    QString source;  // where it came from, for the message
};

bool isApiKeyHeader(const QString &name)
{
    const QString n = name.toLower();
    return n == u"x-api-key" || n == u"api-key" || n == u"apikey" || n == u"x-apikey" || n.contains(u"token")
        || n.contains(u"secret") || n.endsWith(u"-key") || n.endsWith(u"_key") || n == u"x-auth";
}

bool isApiKeyQuery(const QString &name)
{
    const QString n = name.toLower();
    return n == u"api_key" || n == u"apikey" || n == u"key" || n == u"access_token" || n == u"token" || n == u"auth_token"
        || n == u"api-key" || n.endsWith(u"_secret");
}

ConfigurationField secretField(const Secret &secret)
{
    ConfigurationField field;
    field.key = secret.key;
    field.label = secret.label;
    field.description = Tr::tr("Taken from %1 by cwb init; the value is not stored in the project.").arg(secret.source);
    field.secret = true;
    field.required = true;
    return field;
}

QString typeName(FivetranType type)
{
    const QString name = toString(type);
    return name.isEmpty() ? QStringLiteral("(unspecified)") : name;
}

} // namespace

int runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fetches URL once, detects the records, pagination, primary key and incremental cursor, and writes a project "
        "with one stream. Credentials in --header or the URL become secret configuration fields: give them to later "
        "commands with --config KEY=VALUE or CWB_CONFIG_<KEY>."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("url"), QStringLiteral("The list endpoint to fetch."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("header"), QStringLiteral("A request header \"Name: value\" (repeatable)."), QStringLiteral("header")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Where to write the project."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("The project's name (default: the host name)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print what was detected as JSON.")});
    if (!parser.parse(args)) {
        std::fprintf(stderr, "cwb init: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (!parser.isSet(QStringLiteral("url")) || !parser.isSet(QStringLiteral("output"))) {
        std::fprintf(stderr, "cwb init: --url URL and -o PROJECT are required.\n");
        return 2;
    }
    const QUrl url(parser.value(QStringLiteral("url")));
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        std::fprintf(stderr, "cwb init: \"%s\" is not an http or https URL.\n", qPrintable(parser.value(QStringLiteral("url"))));
        return 2;
    }

    Project project;
    project.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : url.host();
    project.connection.baseUrl = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                     .toString();
    QList<Secret> secrets;
    HttpRequest request;
    request.url = url;

    // Headers: credentials become auth settings with a secret field, the rest stay literal.
    for (const QString &text : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = text.indexOf(u':');
        if (colon <= 0) {
            std::fprintf(stderr, "cwb init: --header expects \"Name: value\", got \"%s\".\n", qPrintable(text.left(40)));
            return 2;
        }
        const QString name = text.left(colon).trimmed();
        const QString value = text.mid(colon + 1).trimmed();
        request.headers.append({name.toUtf8(), value.toUtf8()});
        Auth &auth = project.connection.auth;
        if (name.compare(u"Authorization", Qt::CaseInsensitive) == 0 && value.startsWith(u"bearer ", Qt::CaseInsensitive)) {
            auth.type = AuthType::Bearer;
            auth.token = QStringLiteral("{{ config.api_token }}");
            secrets.append({QStringLiteral("api_token"), Tr::tr("API token"), Tr::tr("the Authorization header")});
        } else if (name.compare(u"Authorization", Qt::CaseInsensitive) == 0) {
            project.connection.headers.append({name, QStringLiteral("{{ config.authorization }}")});
            secrets.append({QStringLiteral("authorization"), Tr::tr("Authorization header"), Tr::tr("the Authorization header")});
        } else if (isApiKeyHeader(name) && auth.type == AuthType::None) {
            auth.type = AuthType::ApiKey;
            auth.apiKeyName = name;
            auth.apiKeyIn = QStringLiteral("header");
            auth.apiKeyValue = QStringLiteral("{{ config.api_key }}");
            secrets.append({QStringLiteral("api_key"), Tr::tr("API key"), Tr::tr("the %1 header").arg(name)});
        } else {
            project.connection.headers.append({name, value});
        }
    }

    Stream stream;
    stream.name = resourceNameFromUrl(url);
    stream.request.path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    QList<QPair<QString, QString>> queryItems = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (qsizetype i = 0; i < queryItems.size(); ++i) {
        const auto &[name, value] = queryItems[i];
        if (isApiKeyQuery(name) && project.connection.auth.type == AuthType::None) {
            Auth &auth = project.connection.auth;
            auth.type = AuthType::ApiKey;
            auth.apiKeyName = name;
            auth.apiKeyIn = QStringLiteral("query");
            auth.apiKeyValue = QStringLiteral("{{ config.api_key }}");
            secrets.append({QStringLiteral("api_key"), Tr::tr("API key"), Tr::tr("the %1 query parameter").arg(name)});
            queryItems.removeAt(i--);
        }
    }

    HttpClient client;
    const HttpResponse response = client.send(request);
    // Messages never show a credential: the request URL may have carried one.
    const QString shownUrl = project.connection.baseUrl + stream.request.path;
    if (!response.ok()) {
        std::fprintf(stderr, "cwb init: %s\n", qPrintable(response.error));
        return 1;
    }
    if (response.status < 200 || response.status > 299) {
        std::fprintf(stderr, "cwb init: HTTP %d from %s.\n", response.status, qPrintable(shownUrl));
        return 1;
    }
    JsonValue body;
    try {
        body = JsonValue::parse(response.body.constData(), response.body.constData() + response.body.size());
    } catch (const JsonValue::parse_error &e) {
        std::fprintf(stderr, "cwb init: the response from %s is not JSON (at byte %zu).\n", qPrintable(shownUrl), e.byte);
        return 1;
    } catch (const JsonValue::exception &e) {
        // e.g. a number beyond a double (1e400), which no DOM can hold
        std::fprintf(stderr, "cwb init: the response from %s cannot be read: %s\n", qPrintable(shownUrl), e.what());
        return 1;
    }

    const ResponseDetection detection = detectResponse(body, response.headers, url);
    stream = proposeStream(detection, body, stream);
    stream.description = Tr::tr("Detected by cwb init from %1").arg(shownUrl);

    // The walker sets the pagination and cursor parameters itself; the rest of the query stays.
    const Pagination &p = stream.pagination;
    const QStringList managed{p.limitParam, p.offsetParam, p.pageParam, p.cursorParam, stream.incremental.requestParam};
    for (const auto &[name, value] : std::as_const(queryItems)) {
        if (managed.contains(name) && !name.isEmpty())
            continue;
        Parameter parameter;
        parameter.name = name;
        parameter.value = value;
        stream.request.parameters.append(parameter);
    }
    project.streams.append(stream);
    for (const Secret &secret : std::as_const(secrets)) {
        if (!project.configurationField(secret.key))
            project.configuration.append(secretField(secret));
    }

    const QString output = parser.value(QStringLiteral("output"));
    QString error;
    if (!ProjectFile::save(project, output, &error)) {
        std::fprintf(stderr, "cwb init: %s\n", qPrintable(error));
        return 1;
    }
    const QList<ProjectFile::Problem> problems = ProjectFile::validate(project);

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::ordered_json secretsJson = nlohmann::ordered_json::array();
        for (const Secret &secret : std::as_const(secrets))
            secretsJson.push_back({{"key", secret.key.toStdString()},
                                   {"env", "CWB_CONFIG_" + secret.key.toUpper().toStdString()},
                                   {"source", secret.source.toStdString()}});
        const auto &d = detection;
        nlohmann::ordered_json summary = {
            {"project", output.toStdString()},
            {"stream", stream.name.toStdString()},
            {"records", {{"path", d.records.path.toStdString()}, {"found", d.records.found}, {"count", d.records.count},
                         {"confidence", d.records.confidence}, {"evidence", d.records.evidence.toStdString()}}},
            {"pagination", {{"type", toString(p.type).toStdString()}, {"confidence", d.pagination.confidence},
                            {"evidence", d.pagination.evidence.toStdString()}}},
            {"primaryKey", {{"fields", nlohmann::ordered_json::array()}, {"confidence", d.primaryKey.confidence},
                            {"evidence", d.primaryKey.evidence.toStdString()}}},
            {"cursor", {{"field", d.cursor.field.toStdString()}, {"format", d.cursor.format.toStdString()},
                        {"requestParam", d.cursor.requestParam.toStdString()}, {"confidence", d.cursor.confidence},
                        {"evidence", d.cursor.evidence.toStdString()}}},
            {"columns", stream.table.columns.size()},
            {"secrets", secretsJson},
            {"problems", nlohmann::ordered_json::array()},
        };
        for (const QString &field : d.primaryKey.fields)
            summary["primaryKey"]["fields"].push_back(field.toStdString());
        for (const ProjectFile::Problem &problem : problems)
            summary["problems"].push_back(problem.toString().toStdString());
        std::printf("%s\n", summary.dump(2).c_str());
        return 0;
    }

    const auto line = [](const QString &label, const QString &value, double confidence, const QString &evidence) {
        std::printf("  %-12s %s", qPrintable(label), qPrintable(value));
        if (confidence > 0)
            std::printf("  (confidence %.0f%%)", confidence * 100);
        std::printf("\n");
        if (!evidence.isEmpty())
            std::printf("               %s\n", qPrintable(evidence));
    };
    std::printf("%s\n", qPrintable(Tr::tr("Wrote %1 with stream \"%2\" (%3 %4):").arg(output, stream.name, QString::number(response.status), shownUrl)));
    line(Tr::tr("records"), detection.records.found ? (stream.recordsPath.isEmpty() ? Tr::tr("the body") : stream.recordsPath) : Tr::tr("not found"),
         detection.records.confidence, detection.records.evidence);
    line(Tr::tr("pagination"), toString(p.type).isEmpty() ? Tr::tr("none") : toString(p.type), detection.pagination.confidence,
         detection.pagination.evidence);
    line(Tr::tr("primary key"), detection.primaryKey.fields.isEmpty() ? Tr::tr("none") : detection.primaryKey.fields.join(u", "),
         detection.primaryKey.confidence, detection.primaryKey.evidence);
    line(Tr::tr("cursor"), detection.cursor.field.isEmpty() ? Tr::tr("none") : detection.cursor.field + u" (" + detection.cursor.format + u')',
         detection.cursor.confidence, detection.cursor.evidence);
    std::printf("  %-12s %lld\n", qPrintable(Tr::tr("columns")), qlonglong(stream.table.columns.size()));
    for (const ColumnMapping &column : std::as_const(stream.table.columns))
        std::printf("               %-28s %s\n", qPrintable(column.name), qPrintable(typeName(column.type)));
    for (const Secret &secret : std::as_const(secrets)) {
        std::printf("%s\n", qPrintable(Tr::tr("The credential from %1 was not written to the project: it is the secret "
                                              "configuration field \"%2\". Give it to later commands with --config %2=VALUE "
                                              "or the environment variable CWB_CONFIG_%3.")
                                           .arg(secret.source, secret.key, secret.key.toUpper())));
    }
    for (const ProjectFile::Problem &problem : problems)
        std::fprintf(stderr, "%s: %s: %s\n", qPrintable(output), problem.isError() ? "error" : "warning", qPrintable(problem.toString()));
    return 0;
}

} // namespace cw::cli
