// SPDX-License-Identifier: MIT
// Requests: constants, configuration defaults, the session with headers and auth, and the
// first request of each stream. Mirrors buildStreamRequest() in models/core/sync/pagewalker.cpp.
#include "models/core/codegen/codegencontext.h"

#include "models/core/project/configtemplate.h"

namespace cw::codegen {

namespace {

QString configLookup(const QString &key)
{
    return QStringLiteral("configuration[%1]").arg(py::literal(key));
}

// Keys every request needs: those referenced by templates of the connection and streams.
QStringList referencedKeys(const Project &project)
{
    QStringList keys;
    auto add = [&keys](const QString &text) {
        for (const QString &key : templateReferences(text)) {
            if (!keys.contains(key))
                keys.append(key);
        }
    };
    const Connection &c = project.connection;
    add(c.baseUrl);
    for (const Header &header : c.headers)
        add(header.value);
    const Auth &auth = c.auth;
    switch (auth.type) {
    case AuthType::None: break;
    case AuthType::ApiKey: add(auth.apiKeyValue); break;
    case AuthType::Bearer: add(auth.token); break;
    case AuthType::Basic: add(auth.username); add(auth.password); break;
    case AuthType::OAuth2ClientCredentials: add(auth.tokenUrl); add(auth.clientId); add(auth.clientSecret); break;
    }
    for (const Stream &stream : project.streams) {
        add(stream.request.path);
        add(stream.request.body);
        for (const Parameter &parameter : stream.request.parameters)
            add(parameter.value);
    }
    return keys;
}

bool hasTemplate(const QString &text)
{
    return !templateReferences(text).isEmpty();
}

} // namespace

QString templateExpression(const QString &text)
{
    QStringList parts;
    qsizetype last = 0;
    for (const TemplateToken &token : scanTemplate(text)) {
        if (token.key.isEmpty())
            continue; // malformed spans stay literal, as renderTemplate() leaves them
        if (token.start > last)
            parts.append(py::literal(text.mid(last, token.start - last)));
        parts.append(configLookup(token.key));
        last = token.start + token.length;
    }
    if (last < text.size())
        parts.append(py::literal(text.mid(last)));
    return parts.isEmpty() ? QStringLiteral("\"\"") : parts.join(QStringLiteral(" + "));
}

QString cursorStateKey(const Stream &stream)
{
    return stream.name;
}

void writeConnectionSection(Context &context, py::Writer &out)
{
    const Project &project = context.project;
    const Connection &connection = project.connection;

    QStringList &constants = context.constants;
    constants << QStringLiteral("# Requests give up after this many seconds without an answer.")
              << QStringLiteral("REQUEST_TIMEOUT_SECONDS = 60")
              << QStringLiteral("# Retries of 429, 5xx and network errors, with exponential backoff.")
              << QStringLiteral("MAX_RETRIES = 5") << QStringLiteral("MAX_WAIT_SECONDS = 300");
    if (!hasTemplate(connection.baseUrl)) {
        QString base = connection.baseUrl;
        while (base.endsWith(u'/'))
            base.chop(1);
        constants << QStringLiteral("BASE_URL = %1").arg(py::literal(base));
    }

    // Configuration: defaults for fields configuration.json may leave out, and the keys
    // without which no request can be built.
    // Every field has an entry, so that a template never meets a missing key; secrets' are empty.
    QStringList defaults;
    QStringList required;
    for (const ConfigurationField &field : project.configuration) {
        defaults << QStringLiteral("    %1: %2,").arg(py::literal(field.key), py::literal(field.secret ? QString() : field.defaultValue));
        if (field.required)
            required.append(field.key);
    }
    for (const QString &key : referencedKeys(project)) {
        if (!project.configurationField(key))
            required.append(key);  // not a field (the validator reports it): it must be given
    }
    constants << QString();
    constants << QStringLiteral("# Used when configuration.json leaves a field out.");
    if (defaults.isEmpty()) {
        constants << QStringLiteral("CONFIGURATION_DEFAULTS = {}");
    } else {
        constants << QStringLiteral("CONFIGURATION_DEFAULTS = {");
        constants << defaults;
        constants << QStringLiteral("}");
    }
    constants << QStringLiteral("REQUIRED_CONFIGURATION = %1").arg(py::listLiteral(required));

    out.topLevelGap();
    out.line(QStringLiteral("def with_defaults(configuration):"));
    out.indent();
    out.line(QStringLiteral("\"\"\"The configuration with defaults filled in; raises when a required field is empty.\"\"\""));
    out.line(QStringLiteral("configuration = {**CONFIGURATION_DEFAULTS, **configuration}"));
    out.line(QStringLiteral("missing = [key for key in REQUIRED_CONFIGURATION if not configuration.get(key)]"));
    out.line(QStringLiteral("if missing:"));
    out.line(QStringLiteral("    raise ValueError(\"Configuration values are missing: \" + \", \".join(missing))"));
    out.line(QStringLiteral("return configuration"));
    out.dedent();

    if (hasTemplate(connection.baseUrl)) {
        out.topLevelGap();
        out.line(QStringLiteral("def base_url(configuration):"));
        out.indent();
        out.line(QStringLiteral("\"\"\"The API's base URL, without a trailing slash.\"\"\""));
        out.line(QStringLiteral("return (%1).rstrip(\"/\")").arg(templateExpression(connection.baseUrl)));
        out.dedent();
    }

    out.topLevelGap();
    out.line(QStringLiteral("def open_session(configuration):"));
    out.indent();
    out.line(QStringLiteral("\"\"\"A requests session carrying the connection's headers and credentials; it reuses connections.\"\"\""));
    out.line(QStringLiteral("session = requests.Session()"));
    for (const Header &header : connection.headers)
        out.line(QStringLiteral("session.headers[%1] = %2").arg(py::literal(header.name), templateExpression(header.value)));
    const Auth &auth = connection.auth;
    switch (auth.type) {
    case AuthType::None:
        break;
    case AuthType::ApiKey:
        if (auth.apiKeyIn != u"query")
            out.line(QStringLiteral("session.headers[%1] = %2").arg(py::literal(auth.apiKeyName), templateExpression(auth.apiKeyValue)));
        else
            out.line(QStringLiteral("# The API key travels in the query of every request: see api_key_params()."));
        break;
    case AuthType::Bearer:
        out.line(QStringLiteral("session.headers[\"Authorization\"] = \"Bearer \" + %1").arg(templateExpression(auth.token)));
        break;
    case AuthType::Basic:
        context.need(Helper::BasicAuthHeader);
        out.line(QStringLiteral("session.headers[\"Authorization\"] = basic_auth_header(%1, %2)")
                     .arg(templateExpression(auth.username), templateExpression(auth.password)));
        break;
    case AuthType::OAuth2ClientCredentials:
        context.need(Helper::ClientCredentials);
        out.line(QStringLiteral("session.auth = ClientCredentials("));
        out.indent();
        out.line(QStringLiteral("token_url=%1,").arg(templateExpression(auth.tokenUrl)));
        out.line(QStringLiteral("client_id=%1,").arg(templateExpression(auth.clientId)));
        out.line(QStringLiteral("client_secret=%1,").arg(templateExpression(auth.clientSecret)));
        out.line(QStringLiteral("scope=%1,").arg(py::literal(auth.scopes.simplified())));
        out.dedent();
        out.line(QStringLiteral(")"));
        break;
    }
    if (!connection.verifyTls) {
        out.line(QStringLiteral("# The project opts out of TLS certificate checks (self-signed test servers)."));
        out.line(QStringLiteral("session.verify = False"));
    }
    out.line(QStringLiteral("return session"));
    out.dedent();

    if (auth.type == AuthType::ApiKey && auth.apiKeyIn == u"query") {
        out.topLevelGap();
        out.line(QStringLiteral("def api_key_params(configuration):"));
        out.indent();
        out.line(QStringLiteral("\"\"\"The query parameter carrying the API key.\"\"\""));
        out.line(QStringLiteral("return {%1: %2}").arg(py::literal(auth.apiKeyName), templateExpression(auth.apiKeyValue)));
        out.dedent();
    }
}

void writeFirstRequest(Context &context, const Stream &stream, py::Writer &out)
{
    const Project &project = context.project;
    context.need(Helper::Fetch);

    // The URL: base + path, with {name} path parameters percent-encoded.
    QString path = stream.request.path;
    if (!path.isEmpty() && !path.startsWith(u'/'))
        path.prepend(u'/');
    QStringList parts;
    parts << (hasTemplate(project.connection.baseUrl) ? QStringLiteral("base_url(configuration)") : QStringLiteral("BASE_URL"));
    QHash<QString, QString> pathValues;
    const QStringList pathArgs = pagesArguments(stream);
    for (const Parameter &parameter : stream.request.parameters) {
        if (parameter.in == u"path")
            pathValues.insert(parameter.name, pathArgs.contains(py::identifier(parameter.name)) ? py::identifier(parameter.name)
                                                                                              : templateExpression(parameter.value));
    }
    if (!stream.parent.pathParameter.isEmpty())
        pathValues.insert(stream.parent.pathParameter, py::identifier(stream.parent.pathParameter));
    qsizetype last = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] != u'{')
            continue;
        const qsizetype close = path.indexOf(u'}', i);
        if (close < 0)
            break;
        const QString name = path.mid(i + 1, close - i - 1);
        if (!pathValues.contains(name) || path.mid(i, 2) == u"{{")
            continue;
        if (i > last)
            parts << templateExpression(path.mid(last, i - last));
        context.imports << QStringLiteral("from urllib.parse import quote");
        parts << QStringLiteral("quote(str(%1), safe=\"\")").arg(pathValues.value(name));
        last = close + 1;
        i = close;
    }
    if (last < path.size())
        parts << templateExpression(path.mid(last));
    out.line(QStringLiteral("url = %1").arg(parts.join(QStringLiteral(" + "))));

    // Query parameters: the request's own, the API key, then pagination's.
    QStringList items;
    QStringList optional;   // templated values sent only when they are not empty
    QStringList headerLines;
    for (const Parameter &parameter : stream.request.parameters) {
        if (parameter.in == u"path")
            continue;
        const QString name = py::literal(parameter.name);
        const QString value = templateExpression(parameter.value);
        if (parameter.in == u"header") {
            if (!parameter.value.isEmpty())
                headerLines << QStringLiteral("%1: %2,").arg(name, value);
        } else if (parameter.required || (!parameter.value.isEmpty() && !hasTemplate(parameter.value))) {
            items << QStringLiteral("%1: %2").arg(name, value);
        } else if (!parameter.value.isEmpty()) {
            optional << QStringLiteral("if %1:").arg(value) << QStringLiteral("    params[%1] = %2").arg(name, value);
        }
    }
    const Auth &auth = project.connection.auth;
    const bool keyInQuery = auth.type == AuthType::ApiKey && auth.apiKeyIn == u"query";
    const Pagination &p = stream.pagination;
    const QString pageSize = context.constantPrefix(stream) + QStringLiteral("_PAGE_SIZE");
    auto set = [&items](const QString &name, const QString &value) {
        if (name.isEmpty())
            return;
        const QString key = py::literal(name) + QStringLiteral(": ");
        items.removeIf([&key](const QString &item) { return item.startsWith(key); });
        items << key + value;
    };
    switch (p.type) {
    case PaginationType::None:
        break;
    case PaginationType::OffsetLimit:
        set(p.offsetParam, QStringLiteral("0"));
        set(p.limitParam, pageSize);
        break;
    case PaginationType::PageNumber:
        set(p.pageParam, QStringLiteral("page"));
        set(p.limitParam, pageSize);
        break;
    case PaginationType::CursorToken:
    case PaginationType::NextUrl:
    case PaginationType::LinkHeader:
        set(p.limitParam, pageSize);
        break;
    }
    QString params = items.isEmpty() ? QStringLiteral("{}") : u'{' + items.join(QStringLiteral(", ")) + u'}';
    if (keyInQuery)
        params = QStringLiteral("{**api_key_params(configuration), %1}").arg(params.mid(1, params.size() - 2));
    params.replace(QStringLiteral(", }"), QStringLiteral("}"));
    if (params.size() > 100 && !items.isEmpty()) {
        out.line(QStringLiteral("params = {"));
        out.indent();
        if (keyInQuery)
            out.line(QStringLiteral("**api_key_params(configuration),"));
        for (const QString &item : items)
            out.line(item + u',');
        out.dedent();
        out.line(QStringLiteral("}"));
    } else {
        out.line(QStringLiteral("params = %1").arg(params));
    }
    out.lines(optional);
    if (!stream.incremental.requestParam.isEmpty()) {
        out.line(QStringLiteral("if since:"));
        out.line(QStringLiteral("    params[%1] = since").arg(py::literal(stream.incremental.requestParam)));
    }
    if (!headerLines.isEmpty()) {
        out.line(QStringLiteral("headers = {"));
        out.indent();
        out.lines(headerLines);
        out.dedent();
        out.line(QStringLiteral("}"));
    }
    if (!stream.request.body.isEmpty())
        out.line(QStringLiteral("body = (%1).encode(\"utf-8\")").arg(templateExpression(stream.request.body)));
}

QString fetchCall(const Stream &stream)
{
    bool headers = false;
    for (const Parameter &parameter : stream.request.parameters)
        headers = headers || (parameter.in == u"header" && !parameter.value.isEmpty());
    QString call = QStringLiteral("fetch(session, %1, url, params").arg(py::literal(stream.request.method.toUpper()));
    if (headers)
        call += QStringLiteral(", headers=headers");
    if (!stream.request.body.isEmpty())
        call += QStringLiteral(", body=body");
    return call + u')';
}

} // namespace cw::codegen
