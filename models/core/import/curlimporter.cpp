// SPDX-License-Identifier: MIT
#include "models/core/import/curlimporter.h"

#include <QUrl>
#include <QUrlQuery>

#include "models/core/import/importutil.h"

namespace cw {

using namespace Qt::StringLiterals;
using namespace importutil;

namespace {

struct Token {
    QString text;
    qsizetype offset = 0;  ///< where it starts in the input, for messages
};

/// cmd.exe's quoting (Chrome's "Copy as cURL (cmd)") rewritten to the POSIX spelling: ^" is a
/// quote the C runtime sees, ^ + newline a continuation, ^x a literal x.
QString fromCmd(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (input[i] != u'^' || i + 1 >= input.size()) {
            out += input[i];
            continue;
        }
        const QChar next = input[++i];
        if (next == u'\r' && i + 1 < input.size() && input[i + 1] == u'\n')
            ++i;
        else if (next != u'\n')
            out += next;
    }
    return out;
}

/// POSIX-shell-like splitting, enough for commands copied from browsers and docs: '...',
/// "...", $'...', backslash escapes and line continuations. Windows "Copy as cURL (cmd)"
/// pastes are rewritten by fromCmd() first.
bool tokenize(const QString &original, QList<Token> &tokens, QString *problem, qsizetype *problemAt)
{
    const bool cmd = original.contains(u"^\n"_s) || original.contains(u"^\r\n"_s) || original.contains(u" ^\""_s);
    // Offsets in messages then refer to the rewritten text; cmd pastes are one-liners in practice.
    const QString input = cmd ? fromCmd(original) : original;
    const QChar escape = u'\\';
    Token current;
    bool inToken = false;
    auto flush = [&] {
        if (inToken)
            tokens.append(current);
        current = Token{};
        inToken = false;
    };
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        if (c == escape) {
            // Line continuation: escape + newline disappears.
            if (i + 1 < input.size() && (input[i + 1] == u'\n' || (input[i + 1] == u'\r' && i + 2 < input.size() && input[i + 2] == u'\n'))) {
                i += input[i + 1] == u'\r' ? 2 : 1;
                continue;
            }
            if (!inToken)
                current.offset = i;
            inToken = true;
            if (i + 1 < input.size())
                current.text += input[++i];
            continue;
        }
        if (c.isSpace()) {
            flush();
            continue;
        }
        if (!inToken)
            current.offset = i;
        inToken = true;
        if (c == u'\'' && !cmd) {
            const qsizetype end = input.indexOf(u'\'', i + 1);
            if (end < 0) {
                *problem = Tr::tr("A single quote is not closed.");
                *problemAt = i;
                return false;
            }
            current.text += input.mid(i + 1, end - i - 1);
            i = end;
        } else if (c == u'$' && !cmd && i + 1 < input.size() && input[i + 1] == u'\'') {
            qsizetype j = i + 2;
            for (; j < input.size() && input[j] != u'\''; ++j) {
                if (input[j] != u'\\' || j + 1 >= input.size()) {
                    current.text += input[j];
                    continue;
                }
                const QChar e = input[++j];
                switch (e.unicode()) {
                case 'n': current.text += u'\n'; break;
                case 't': current.text += u'\t'; break;
                case 'r': current.text += u'\r'; break;
                case 'x': case 'u': case 'U': {
                    const int digits = e == u'x' ? 2 : e == u'u' ? 4 : 8;
                    qsizetype k = j + 1;
                    while (k < input.size() && k <= j + digits && isxdigit(input[k].toLatin1()))
                        ++k;
                    const uint code = input.mid(j + 1, k - j - 1).toUInt(nullptr, 16);
                    current.text += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                    j = k - 1;
                    break;
                }
                default: current.text += e; break;  // \\ \' \" and anything else literally
                }
            }
            if (j >= input.size()) {
                *problem = Tr::tr("A $'...' string is not closed.");
                *problemAt = i;
                return false;
            }
            i = j;
        } else if (c == u'"') {
            qsizetype j = i + 1;
            for (; j < input.size() && input[j] != u'"'; ++j) {
                if (input[j] == escape && j + 1 < input.size()) {
                    const QChar next = input[j + 1];
                    if (next == u'\n') { ++j; continue; }
                    if (QStringView(u"\"\\$`").contains(next)) { current.text += next; ++j; continue; }
                }
                current.text += input[j];
            }
            if (j >= input.size()) {
                *problem = Tr::tr("A double quote is not closed.");
                *problemAt = i;
                return false;
            }
            i = j;
        } else {
            current.text += c;
        }
    }
    flush();
    return true;
}

const QStringList kValueOptions{u"-X"_s, u"--request"_s, u"-H"_s, u"--header"_s, u"-d"_s, u"--data"_s, u"--data-raw"_s,
                                u"--data-binary"_s, u"--data-ascii"_s, u"--data-urlencode"_s, u"--json"_s, u"-u"_s, u"--user"_s,
                                u"--url"_s, u"-b"_s, u"--cookie"_s, u"-A"_s, u"--user-agent"_s, u"-e"_s, u"--referer"_s,
                                u"-o"_s, u"--output"_s, u"-w"_s, u"--write-out"_s, u"-m"_s, u"--max-time"_s, u"--connect-timeout"_s,
                                u"-x"_s, u"--proxy"_s, u"--cacert"_s, u"-E"_s, u"--cert"_s, u"--key"_s, u"-F"_s, u"--form"_s,
                                u"-T"_s, u"--upload-file"_s, u"--retry"_s, u"-c"_s, u"--cookie-jar"_s, u"--oauth2-bearer"_s,
                                u"-r"_s, u"--range"_s, u"--resolve"_s, u"--max-redirs"_s};
const QStringList kQuietOptions{u"-G"_s, u"--get"_s, u"-L"_s, u"--location"_s, u"-k"_s, u"--insecure"_s, u"--compressed"_s,
                                u"-s"_s, u"--silent"_s, u"-S"_s, u"--show-error"_s, u"-v"_s, u"--verbose"_s, u"-i"_s, u"--include"_s,
                                u"-I"_s, u"--head"_s, u"-f"_s, u"--fail"_s, u"-N"_s, u"--no-buffer"_s, u"--http1.1"_s, u"--http2"_s,
                                u"-g"_s, u"--globoff"_s, u"--fail-with-body"_s};
const QStringList kIgnoredHeaders{u"content-length"_s, u"host"_s, u"accept-encoding"_s, u"connection"_s};

QString canonicalOption(const QString &option)
{
    static const QHash<QString, QString> longNames{
        {u"--request"_s, u"-X"_s}, {u"--header"_s, u"-H"_s}, {u"--data"_s, u"-d"_s}, {u"--data-ascii"_s, u"-d"_s},
        {u"--user"_s, u"-u"_s}, {u"--cookie"_s, u"-b"_s}, {u"--user-agent"_s, u"-A"_s}, {u"--referer"_s, u"-e"_s},
        {u"--get"_s, u"-G"_s}, {u"--insecure"_s, u"-k"_s}, {u"--head"_s, u"-I"_s}, {u"--location"_s, u"-L"_s}};
    return longNames.value(option, option);
}

} // namespace

ImportResult CurlImporter::read(const QByteArray &bytes, const QString &sourceName)
{
    Q_UNUSED(sourceName);
    ImportResult result;
    const QString input = QString::fromUtf8(bytes);
    QList<Token> tokens;
    QString problem;
    qsizetype problemAt = 0;
    if (!tokenize(input, tokens, &problem, &problemAt)) {
        error(result, lineColumn(bytes, input.left(problemAt).toUtf8().size()), problem);
        return result;
    }
    if (!tokens.isEmpty() && (tokens.first().text == u"curl" || tokens.first().text == u"curl.exe"))
        tokens.removeFirst();

    QString url, method;
    QStringList data;
    QList<QPair<QString, QString>> headers;
    bool get = false, head = false, json = false;
    auto where = [&](const Token &token) { return lineColumn(bytes, input.left(token.offset).toUtf8().size()); };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token token = tokens[i];  // a copy: flag clusters insert into the list
        QString option = token.text;
        QString value;
        bool hasValue = false;
        if (option.startsWith(u"--"_s) && option.contains(u'=')) {  // --header=X
            value = option.section(u'=', 1);
            option = option.section(u'=', 0, 0);
            hasValue = true;
        } else if (option.size() > 2 && option[0] == u'-' && option[1] != u'-') {
            // -XPOST, -H'Accept: x', or a cluster of flags such as -sSLk.
            if (kValueOptions.contains(option.left(2))) {
                value = option.mid(2);
                option = option.left(2);
                hasValue = true;
            } else {
                for (qsizetype k = 2; k < option.size(); ++k)
                    tokens.insert(i + 1 + (k - 2), Token{u'-' + option[k], token.offset});
                option = option.left(2);
            }
        }
        if (!option.startsWith(u'-') || option == u"-") {
            if (url.isEmpty())
                url = option;
            else
                warning(result, where(token), Tr::tr("The extra argument \"%1\" was ignored; only one URL is imported.").arg(option));
            continue;
        }
        if (kValueOptions.contains(option) && !hasValue) {
            if (i + 1 >= tokens.size()) {
                error(result, where(token), Tr::tr("The option %1 needs a value.").arg(option));
                break;
            }
            value = tokens[++i].text;
        }
        const QString canonical = canonicalOption(option);
        if (canonical == u"-X") {
            method = value.toUpper();
        } else if (canonical == u"-H") {
            const qsizetype colon = value.indexOf(u':');
            if (colon <= 0)
                warning(result, where(token), Tr::tr("The header \"%1\" has no colon and was ignored.").arg(value));
            else
                headers.append({value.left(colon).trimmed(), value.mid(colon + 1).trimmed()});
        } else if (canonical == u"-d" || option == u"--data-raw" || option == u"--data-binary") {
            if (value.startsWith(u'@') && option != u"--data-raw") {
                warning(result, where(token), Tr::tr("The body comes from the file %1, which is not imported; paste the body instead.").arg(value.mid(1)));
                value.clear();
            }
            data.append(value);
        } else if (option == u"--data-urlencode") {
            const qsizetype eq = value.indexOf(u'=');
            data.append(eq < 0 ? QString::fromLatin1(QUrl::toPercentEncoding(value))
                               : value.left(eq + 1) + QString::fromLatin1(QUrl::toPercentEncoding(value.mid(eq + 1))));
        } else if (option == u"--json") {
            json = true;
            data.append(value);
        } else if (canonical == u"-u") {
            Auth &auth = result.connection.auth;
            auth.type = AuthType::Basic;
            ConfigurationField user{u"username"_s, Tr::tr("Username"), {}, false, true, value.section(u':', 0, 0)};
            auth.username = u"{{ config."_s + addField(result, user) + u" }}"_s;
            auth.password = secretTemplate(result, u"password"_s, Tr::tr("Password"), Tr::tr("The password for basic authentication."));
            if (value.contains(u':'))
                warning(result, where(token), Tr::tr("The password given with %1 was replaced by the secret configuration field \"password\".").arg(option));
        } else if (option == u"--url") {
            url = value;
        } else if (canonical == u"-b") {
            applyCredentialHeader(result, u"Cookie"_s, value, where(token));
        } else if (canonical == u"-A") {
            headers.append({u"User-Agent"_s, value});
        } else if (canonical == u"-e") {
            headers.append({u"Referer"_s, value});
        } else if (option == u"--oauth2-bearer") {
            applyCredentialHeader(result, u"Authorization"_s, u"Bearer "_s + value, where(token));
        } else if (canonical == u"-G") {
            get = true;
        } else if (canonical == u"-I") {
            head = true;
        } else if (canonical == u"-k") {
            result.connection.verifyTls = false;
            warning(result, where(token), Tr::tr("%1 turns off TLS certificate checks; the project keeps that, but only do this for test servers.").arg(option));
        } else if (option == u"-F" || option == u"--form" || option == u"-T" || option == u"--upload-file") {
            warning(result, where(token), Tr::tr("Uploads (%1) are not imported.").arg(option));
        } else if (!kValueOptions.contains(option) && !kQuietOptions.contains(option)) {
            warning(result, where(token), Tr::tr("The option %1 is not known and was ignored.").arg(option));
        }
    }
    if (url.isEmpty()) {
        error(result, {}, Tr::tr("The command has no URL."));
        return result;
    }
    if (!url.contains(u"://"_s))
        url.prepend(u"http://"_s);  // as curl does
    QUrl parsed(url, QUrl::TolerantMode);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        error(result, {}, Tr::tr("\"%1\" is not a valid URL.").arg(url));
        return result;
    }

    Stream stream;
    Request &request = stream.request;
    request.method = !method.isEmpty() ? method : head ? u"HEAD"_s : (!data.isEmpty() && !get) ? u"POST"_s : u"GET"_s;
    // A project sends only these (ProjectFile::validate() refuses others); found by fuzz_curl.
    static const QStringList methods{u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s};
    if (!methods.contains(request.method)) {
        error(result, {}, Tr::tr("The method %1 is not one a project can send (%2).").arg(request.method, methods.join(u", "_s)));
        return result;
    }
    request.path = parsed.path(QUrl::FullyDecoded);
    if (request.path.isEmpty())
        request.path = u"/"_s;
    QList<QPair<QString, QString>> query = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    if (get) {
        for (const QString &part : std::as_const(data)) {
            for (const auto &[name, value] : QUrlQuery(part).queryItems(QUrl::FullyDecoded))
                query.append({name, value});
        }
    } else {
        request.body = data.join(u'&');
    }
    for (const auto &[name, value] : std::as_const(query)) {
        if (looksLikeCredential(name) && result.connection.auth.type == AuthType::None) {
            Auth &auth = result.connection.auth;
            auth.type = AuthType::ApiKey;
            auth.apiKeyName = name;
            auth.apiKeyIn = u"query"_s;
            auth.apiKeyValue = secretTemplate(result, u"api_key"_s, Tr::tr("API key"), Tr::tr("Sent as the query parameter %1.").arg(name));
            warning(result, {}, Tr::tr("The query parameter %1 looks like a credential; it was replaced by a secret configuration field.").arg(name));
            continue;
        }
        Parameter parameter;
        parameter.name = name;
        parameter.value = value;
        request.parameters.append(parameter);
    }
    if (json) {
        headers.append({u"Content-Type"_s, u"application/json"_s});
        headers.append({u"Accept"_s, u"application/json"_s});
    }
    for (const auto &[name, value] : std::as_const(headers)) {
        if (kIgnoredHeaders.contains(name.toLower()) || applyCredentialHeader(result, name, value, {}))
            continue;
        const bool present = std::any_of(result.connection.headers.cbegin(), result.connection.headers.cend(),
                                         [&wanted = name](const Header &h) { return h.name.compare(wanted, Qt::CaseInsensitive) == 0; });
        if (!present)
            result.connection.headers.append({name, value});
    }
    // The scheme, host and port are the connection; the path belongs to the stream.
    result.connection.baseUrl = origin(parsed.toString());
    result.title = parsed.host();
    stream.name = nameFromPath(request.path);
    stream.pagination = guessPagination(request.parameters, {});
    result.streams.append(stream);
    return result;
}

} // namespace cw
