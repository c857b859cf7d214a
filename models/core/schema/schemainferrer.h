// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <QByteArray>
#include <QString>

#include "models/core/schema/inferredschema.h"
#include "models/core/support/json.h"

namespace cw {

/// Bounds that keep hostile or accidental inputs (100,000 levels of nesting, objects with
/// 50,000 keys) from costing unbounded memory or time. Values beyond them are skipped,
/// and InferredSchema::notes() says so once per kind of limit.
struct InferenceLimits {
    int maxDepth = 64;        ///< deeper values are not analysed (they stay in their ancestor's JSON)
    int maxPaths = 10000;     ///< paths beyond this many are not analysed
    int maxExamples = 3;      ///< example values kept per path
};

/// Streaming schema inference: feed it records, one at a time or as whole response
/// bodies, then ask for the InferredSchema. Memory grows with the number of distinct
/// paths (bounded by InferenceLimits), never with the number of records.
///
/// Type unification (PathInfo::suggestedType), over the non-null values of a path:
///  - no value but null: Unspecified (left to Fivetran, which creates no column for it);
///  - any object or array: JSON (a JSON column holds any value, so nothing is lost);
///  - booleans only: BOOLEAN;
///  - integers only: LONG (not SHORT or INT: later pages may hold larger numbers);
///    with an integer beyond 64 bits: DECIMAL(38,0) when it has at most 38 digits, else STRING;
///  - floats, or integers and floats: DOUBLE (Fivetran's own inference would pick FLOAT,
///    which loses digits); with an integer beyond 64 bits: STRING, which keeps every digit;
///  - strings only: UTC_DATETIME when every one is an RFC 3339 date-time with an offset,
///    NAIVE_DATETIME when every one lacks the offset, NAIVE_DATE when every one is a date
///    (date-times need at most 6 fractional digits, which the SDK requires); else STRING.
///    Numeric, boolean and UUID strings stay STRING: converting them is the user's choice;
///  - any other mix (a string with numbers, booleans with numbers): STRING.
///
/// Other decisions: a duplicate key in one object is counted in PathInfo::duplicateKeys and
/// its second value is not analysed; invalid UTF-8 in a body is replaced by U+FFFD before
/// parsing (with a note giving the first offset); integers beyond 64 bits are only seen as
/// such in bodies (addBody): a parsed JsonValue has already turned them into doubles.
class SchemaInferrer final
{
public:
    explicit SchemaInferrer(InferenceLimits limits = {});
    ~SchemaInferrer();
    SchemaInferrer(SchemaInferrer &&) noexcept;
    SchemaInferrer &operator=(SchemaInferrer &&) noexcept;
    SchemaInferrer(const SchemaInferrer &) = delete;
    SchemaInferrer &operator=(const SchemaInferrer &) = delete;

    /// One record (usually an object).
    void addRecord(const JsonValue &record);
    /// Every element of an array of records; an object counts as one record.
    void addRecords(const JsonValue &records);
    /// Parses a whole response body with a SAX parser, never building it in memory, and
    /// analyses the records at `recordsPointer` (a JSON pointer; "" is the body itself; an
    /// array gives one record per element, anything else one record). Returns false with a
    /// message when the body is not JSON or the pointer does not exist; the records before a
    /// syntax error are kept.
    bool addBody(std::string_view body, const QString &recordsPointer, QString *error = nullptr);
    bool addBody(const QByteArray &body, const QString &recordsPointer, QString *error = nullptr)
    {
        return addBody(std::string_view(body.constData(), size_t(body.size())), recordsPointer, error);
    }

    qint64 recordCount() const;
    /// The schema of everything added so far; inference can go on afterwards.
    InferredSchema schema() const;

    /// Shorthand: the schema of an array of records (or one object).
    static InferredSchema infer(const JsonValue &records, InferenceLimits limits = {});

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

/// `bytes` with every invalid UTF-8 sequence replaced by U+FFFD (what addBody() parses), so
/// that a DOM parse of the same body agrees with the inference; nullopt when `bytes` is
/// valid UTF-8 and needs no copy. `replaced` gets the number of replacements.
std::optional<std::string> replaceInvalidUtf8(std::string_view bytes, qint64 *replaced = nullptr);

} // namespace cw
