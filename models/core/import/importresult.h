// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include "models/core/project/project.h"

/// Importers turn an outside description of an API (OpenAPI, a cURL command, a Postman
/// collection, a HAR recording) into the endpoints of a Project. Each is a function from
/// bytes to an ImportResult: whatever could be read, plus every problem with its location,
/// so that one broken endpoint never loses the rest.
namespace cw {

struct ImportProblem {
    QString location;   ///< "line 12, column 4", "/paths/~1users/get", "item 3 (Get users)"; empty: the whole input
    QString message;    ///< a plain English sentence
    bool error = false; ///< false: a warning (or a note, see `info`)
    /// A note rather than a problem, e.g. an operation that was skipped because it does not
    /// read data. Never set together with `error`.
    bool info = false;
    bool operator==(const ImportProblem &) const = default;
};

/// A recorded response (HAR), kept so that the mapping can start from real data.
struct ImportSample {
    QString streamName;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;     ///< decoded (base64 undone)
    QString url;         ///< as recorded; may hold query values, so shown redacted only
    QString method;
    bool operator==(const ImportSample &) const = default;
};

struct ImportResult {
    QString title;
    Connection connection;                    ///< base URL and auth, with {{ config.x }} templates
    QList<ConfigurationField> configuration;  ///< fields the templates need; credentials are secret
    QList<Stream> streams;
    QList<ImportSample> samples;
    QList<ImportProblem> problems;

    bool hasErrors() const;
    /// The configuration field with that key, or nullptr.
    ConfigurationField *field(const QString &key);
};

enum class ImportFormat { Auto, OpenApi, Curl, Postman, Har };

/// "auto", "openapi", "curl", "postman", "har".
QString toString(ImportFormat format);
std::optional<ImportFormat> importFormatFromString(const QString &text);

/// Guesses the format from the content first and the file name second; Auto when unknown.
ImportFormat detectFormat(const QByteArray &bytes, const QString &fileName);

/// Runs the importer for `format` (Auto: detectFormat). `sourceName` names the input in
/// messages and serves as a fallback title.
ImportResult importBytes(const QByteArray &bytes, ImportFormat format, const QString &sourceName);

/// A project holding the imported connection, configuration and streams, with unique, valid
/// names, so that ProjectFile::validate() reports no errors for it.
Project projectFromImport(const ImportResult &result);

} // namespace cw
