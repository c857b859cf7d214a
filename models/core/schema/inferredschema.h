// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/project/project.h"
#include "models/core/support/json.h"

namespace cw {

/// The JSON types an inferred path counts. Integer covers every integer literal, including
/// those beyond 64 bits (PathInfo::bigIntegerCount says how many of them there were).
enum class JsonKind { Null, Boolean, Integer, Float, String, Object, Array };
inline constexpr int kJsonKindCount = 7;

/// Formats recognised in values. A format counts a value when the whole value matches.
enum class ValueFormat {
    DateTimeOffset,  ///< string, RFC 3339 date-time with "Z" or "±hh:mm" (space instead of "T" allowed)
    DateTimeNaive,   ///< string, the same without an offset
    Date,            ///< string, "YYYY-MM-DD"
    Time,            ///< string, "hh:mm:ss[.f]" with an optional offset
    NumericString,   ///< string holding a JSON-style number, e.g. "12.50"
    BooleanString,   ///< string "true"/"false" in any case
    Uuid,            ///< string, 8-4-4-4-12 hex digits
    EpochSeconds,    ///< integer between 2000-01-01 and 2100-01-01 in seconds
    EpochMillis      ///< integer in that range in milliseconds
};
inline constexpr int kValueFormatCount = 9;

QString toString(JsonKind kind);          ///< "null", "boolean", "integer", ...
QString toString(ValueFormat format);     ///< "date-time", "date-time-naive", "date", ...

/// What was observed at one JSON path, over every record given to the SchemaInferrer.
///
/// Paths are JSON pointers relative to the record; the elements of an array are aggregated
/// under the segment `*` (so `/items/*/sku` is the sku of every element of items, and
/// `/matrix/*/*` the elements of arrays inside an array). A member literally named "*"
/// shares that segment; real APIs do not use such names. The record itself is the path "".
struct PathInfo {
    QString path;
    QString parentPath;          ///< "" for the record's members; the record itself has none
    QString key;                 ///< last segment, unescaped; "*" for array elements
    int depth = 0;               ///< number of segments: 0 for the record, 1 for its members
    bool isArrayElement = false;

    std::array<qint64, kJsonKindCount> kindCounts{};
    qint64 occurrences = 0;      ///< values seen here, null included
    /// How many values could have held this path: the objects seen at the parent path (for
    /// array elements: the values seen here). presence() = occurrences / containers.
    qint64 containers = 0;
    qint64 distinctEstimate = 0; ///< distinct non-null scalar values (exact up to 64, then HyperLogLog, ±3 %)
    bool distinctExact = true;
    std::optional<double> minNumber;
    std::optional<double> maxNumber;
    QString minString;           ///< smallest and largest string (byte order; strings up to 256 bytes)
    QString maxString;
    qint64 maxLength = 0;        ///< longest string, in code points
    int maxIntegerDigits = 0;    ///< digits before the decimal point, over all numbers
    int maxScale = 0;            ///< digits after it (exponents applied)
    int maxFractionDigits = 0;   ///< fractional-second digits of date-times and times
    qint64 bigIntegerCount = 0;  ///< integers that do not fit 64 bits
    qint64 maxArrayLength = 0;
    qint64 duplicateKeys = 0;    ///< times the key appeared twice in one object (the last value wins)
    std::array<qint64, kValueFormatCount> formatCounts{};
    QStringList examples;        ///< the first distinct non-null scalar values, as JSON text

    /// The suggested destination type, after the rules in SchemaInferrer's documentation.
    FivetranType suggestedType = FivetranType::Unspecified;
    int suggestedPrecision = 0;  ///< Decimal only
    int suggestedScale = 0;

    qint64 count(JsonKind kind) const { return kindCounts[size_t(kind)]; }
    qint64 nonNullCount() const { return occurrences - count(JsonKind::Null); }
    double presence() const { return containers > 0 ? double(occurrences) / double(containers) : 0.0; }
    double nullRatio() const { return occurrences > 0 ? double(count(JsonKind::Null)) / double(occurrences) : 0.0; }
    /// True when every non-null value was of `kind` (and there was one).
    bool onlyKind(JsonKind kind) const { return nonNullCount() > 0 && count(kind) == nonNullCount(); }
    /// True when `format` matched every string (string formats) or every integer (epochs).
    bool allMatch(ValueFormat format) const;
    /// Formats that matched every candidate value, in enum order.
    QList<ValueFormat> detectedFormats() const;
    /// "integer 120, null 3" style summary of kindCounts, most frequent first.
    QString kindSummary() const;
    JsonValue toJson() const;
    bool operator==(const PathInfo &) const = default;
};

/// The result of inference: every path seen, in depth-first order with members in the
/// order they were first seen, so that equal input gives an equal schema.
/// Made by SchemaInferrer::schema(); empty when default-constructed.
class InferredSchema final
{
public:
    InferredSchema() = default;
    InferredSchema(qint64 recordCount, QList<PathInfo> paths, QStringList notes);

    qint64 recordCount() const { return m_recordCount; }
    bool isEmpty() const { return m_paths.isEmpty(); }
    const QList<PathInfo> &paths() const { return m_paths; }
    /// The path's statistics, or nullptr when it was never seen.
    const PathInfo *find(const QString &path) const;
    /// Direct children of `path` (members of an object, or the `*` of an array), in order.
    QList<const PathInfo *> children(const QString &path) const;
    /// Limits hit, duplicate keys, invalid UTF-8, big numbers: one sentence each.
    const QStringList &notes() const { return m_notes; }
    /// {"records": n, "paths": [...], "notes": [...]} for `cwb infer --json` and tests.
    JsonValue toJson() const;
    bool operator==(const InferredSchema &other) const
    {
        return m_recordCount == other.m_recordCount && m_paths == other.m_paths && m_notes == other.m_notes;
    }

private:
    qint64 m_recordCount = 0;
    QList<PathInfo> m_paths;
    QStringList m_notes;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QList<qsizetype>> m_children;
};

/// Appends `segment` to a JSON pointer, escaping "~" and "/".
QString appendPointer(const QString &pointer, const QString &segment);
/// The unescaped segments of a JSON pointer ("" → none).
QStringList pointerSegments(const QString &pointer);

} // namespace cw
