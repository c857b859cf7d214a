// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

namespace cw {

class ProjectDocument;

/// What the response viewer's "Use as …" actions do to a stream: pick the records array, the
/// primary key or the incremental cursor from a node the user clicked. Each is one undoable
/// edit of the document.
namespace RecordPicker {

/// The path of `pointer` inside one record, when `pointer` lies inside an element of the
/// records array at `recordsPath` ("/data/4/address/city" with "/data" gives
/// "/address/city"); nothing when it does not.
std::optional<QString> recordRelativePath(const QString &recordsPath, const QString &pointer);

/// The destination column name for a record path: "/address/city" → "address_city".
QString columnNameFor(const QString &recordPath);

/// Makes the array at `pointer` the stream's records path.
bool useAsRecords(ProjectDocument &document, int streamIndex, const QString &pointer);
/// Makes the field at `pointer` (inside a record) the stream's only primary-key column,
/// adding the column to the table mapping when it is not there yet.
bool useAsPrimaryKey(ProjectDocument &document, int streamIndex, const QString &pointer);
/// Adds the field at `pointer` to the stream's primary key (composite keys).
bool addToPrimaryKey(ProjectDocument &document, int streamIndex, const QString &pointer);
/// Makes the field at `pointer` (inside a record) the stream's incremental cursor.
bool useAsCursor(ProjectDocument &document, int streamIndex, const QString &pointer);

} // namespace RecordPicker

} // namespace cw
