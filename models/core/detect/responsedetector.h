// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "models/core/http/httpclient.h"
#include "models/core/project/project.h"
#include "models/core/support/json.h"

namespace cw {

/// Guesses, from one response, how a stream should be set up, and says why.
///
/// Every proposal has a confidence from 0 to 1 and `evidence`: plain sentences naming the
/// fields, headers and values it rests on, so that a user can check a guess before
/// accepting it ("Link header has rel=\"next\"."). Nothing here sends requests; callers pass
/// the parsed body, the response headers and the URL that was requested.

/// Where the records are.
struct RecordsProposal {
    bool found = false;
    QString path;              ///< JSON pointer of the records array; "" is the body itself
    qsizetype count = 0;       ///< records in this response
    double confidence = 0;
    QString evidence;
};

/// How to get the next page.
struct PaginationProposal {
    Pagination pagination;     ///< type None when no pagination was recognised
    double confidence = 0;
    QString evidence;
};

/// Which record fields identify a record.
struct PrimaryKeyProposal {
    QStringList fields;        ///< top-level field names; two or more only when no single one is unique
    double confidence = 0;
    QString evidence;
};

/// Which record field can drive incremental syncs.
struct CursorProposal {
    QString field;             ///< top-level field name; empty when none was found
    QString format;            ///< Incremental::format: "rfc3339", "date", "epoch_seconds", "epoch_millis"
    QString requestParam;      ///< a query parameter of the request URL that filters by it, if any
    double confidence = 0;
    QString evidence;
};

struct ResponseDetection {
    RecordsProposal records;
    PaginationProposal pagination;
    PrimaryKeyProposal primaryKey;
    CursorProposal cursor;
    QString resourceName;      ///< from the URL's last path segment, e.g. "customers"
    /// Every evidence sentence, in the order above, for a summary line.
    QStringList evidence() const;
};

/// Runs every detection on one response.
ResponseDetection detectResponse(const JsonValue &body, const HttpHeaders &headers, const QUrl &requestUrl);

/// The parts on their own, for a viewer that proposes one thing at a time ("Use as records").
RecordsProposal detectRecords(const JsonValue &body, const QString &resourceName = {});
/// `records` is the array the records proposal points at.
PrimaryKeyProposal detectPrimaryKey(const JsonValue &records, const QString &resourceName = {});
CursorProposal detectIncrementalCursor(const JsonValue &records, const QUrl &requestUrl = {});

/// Destination columns for the first records: top-level fields in the order first seen,
/// objects flattened one level ("address_city"), arrays and deeper objects as JSON, types
/// from the values (integers Long, mixed numbers Double, RFC 3339 UtcDateTime, dates NaiveDate).
QList<ColumnMapping> proposeColumns(const JsonValue &records, int maxRecords = 100);

/// The resource name of a URL: its last non-empty path segment, or "records".
QString resourceNameFromUrl(const QUrl &url);

/// Applies a detection to `stream` (records path, pagination, incremental cursor, primary
/// key, columns) and returns it. Name and request are left as they are; an empty table name
/// becomes the stream's name.
Stream proposeStream(const ResponseDetection &detection, const JsonValue &body, Stream stream = {});
/// Detects and applies in one step.
Stream proposeStream(const JsonValue &body, const HttpHeaders &headers, const QUrl &requestUrl, Stream stream = {});

} // namespace cw
