// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Fivetran's destination name normalisation, so that the workbench shows the names a table
/// and its columns will really have.
///
/// This is the algorithm of the Connector SDK 1.x (`helpers.py`), as described in
/// ../shared/reference/fivetran-connector-sdk.md §2.4; the 2.x SDK leaves the renaming to
/// Fivetran's servers, which are believed (not verified) to do the same:
///  1. a name with a character outside `[A-Za-z0-9_.-]` is transliterated: Unicode NFD,
///     combining marks dropped, NFC, then ASCII (see below);
///  2. every character outside `[A-Za-z0-9_]` becomes `_`;
///  3. `_` is inserted at lower→Upper and at digit↔non-digit transitions, everything is
///     lowercased, and runs of `_` collapse into one;
///  4. a name that does not start with a word character gets a leading `_`;
///  5. tables only: leading underscores followed by a letter are dropped.
///
/// Step 1 in the SDK ends with Python's `unidecode`, which we do not have. We transliterate
/// Latin letters that do not decompose (ß→ss, æ→ae, ø→o, ł→l, đ→d, þ→th, œ→oe, ı→i), the
/// Greek and Cyrillic alphabets as unidecode does for their basic letters, and write any
/// other letter or digit as `u` and its code point in hex (名 → `u540d`), so that names
/// in other scripts stay distinct and readable back to the source instead of collapsing
/// into `_`. Other symbols become `_`. (The SDK tests "outside the word class" with
/// Python's Unicode `\w`; the reference's ASCII class is used here so that every
/// normalised name is plain ASCII, which destinations need.)
namespace cw {

/// The destination name of a table, e.g. "$ref" → "ref", "Order Items" → "order_items".
QString fivetranTableName(const QString &name);
/// The destination name of a column, e.g. "createdAt" → "created_at", "$ref" → "_ref".
QString fivetranColumnName(const QString &name);
/// True when Fivetran keeps `name` as it is (it is already normalised).
bool isFivetranColumnName(const QString &name);

} // namespace cw
