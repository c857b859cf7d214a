// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include "models/core/import/importresult.h"
#include "models/core/support/json.h"

/// Helpers shared by the importers: names, configuration fields, credentials, JSON reading
/// with locations, and the guesses (records path, pagination) every format makes the same way.
namespace cw::importutil {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::Importer)
};

/// Lowercase snake_case identifier ([a-z_][a-z0-9_]*); `fallback` when nothing is left.
QString snakeCase(const QString &text, const QString &fallback = QStringLiteral("stream"));

/// Hands out unique names: "users", "users_2", ...
class NameRegistry final
{
public:
    QString unique(const QString &base);
    bool contains(const QString &name) const { return m_used.contains(name); }

private:
    QSet<QString> m_used;
};

/// "line L, column C" of a byte offset (1-based; columns count UTF-8 characters).
QString lineColumn(const QByteArray &bytes, qsizetype offset);

/// Parses JSON; on a syntax error appends an error with its line and column and returns nullopt.
std::optional<JsonValue> parseJson(const QByteArray &bytes, ImportResult &result);

/// RFC 6901 escaping of one token.
QString pointerToken(const QString &token);

/// String value of `object[key]`, or empty when absent or not a string (numbers are printed).
QString text(const JsonValue &object, const char *key);
QString text(const JsonValue &value);
inline QString fromStd(const std::string &s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

void warning(ImportResult &result, const QString &location, const QString &message);
void error(ImportResult &result, const QString &location, const QString &message);
void note(ImportResult &result, const QString &location, const QString &message);

/// Adds the field unless its key exists; returns the key. A secret field never keeps a default.
QString addField(ImportResult &result, ConfigurationField field);
/// Adds a secret field `key` and returns "{{ config.key }}".
QString secretTemplate(ImportResult &result, const QString &key, const QString &label, const QString &description);

/// True for header or parameter names that carry credentials (API keys, tokens, cookies).
bool looksLikeCredential(const QString &name);

/// Turns an Authorization header (or an API-key-like header) into connection auth with secret
/// configuration fields, so the literal value never reaches the project. Returns false when
/// the header is not a credential.
bool applyCredentialHeader(ImportResult &result, const QString &name, const QString &value, const QString &location);

/// Base URL "scheme://host[:port]" of an absolute URL.
QString origin(const QString &url);

/// The JSON pointer of the records array in a sample body: "" for a top-level array, else the
/// array property (data, items, results, records, ... first); nullopt when there is none.
std::optional<QString> recordsPathOfSample(const JsonValue &body);

/// Pointers ("/next", "/meta/next_cursor") of the properties of a response, two levels deep,
/// used to recognise pagination settings.
QStringList propertyPointers(const JsonValue &object);

/// Pagination from the request's query parameter names (and their defaults) and the response's
/// property pointers: cursor > offset/limit > page > next URL.
Pagination guessPagination(const QList<Parameter> &parameters, const QStringList &responsePointers);

/// "users_by_id_posts" from "/v1/users/{id}/posts" (version segments left out).
QString nameFromPath(const QString &path);

} // namespace cw::importutil
