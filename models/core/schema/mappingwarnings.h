// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QList>
#include <QString>

#include "models/core/project/project.h"
#include "models/core/schema/inferredschema.h"
#include "models/core/schema/mappingplan.h"
#include "models/core/support/json.h"

namespace cw {

/// One entry of the mapping editor's warnings list.
struct MappingWarning {
    enum class Severity { Info, Warning };
    enum class Kind {
        NoPrimaryKey,        ///< the table has no key: Fivetran keys rows by a hash of all values
        PrimaryKeyNull,      ///< a key column is null in some sample
        PrimaryKeyDuplicate, ///< two samples share a key (they would overwrite each other)
        CursorNotMonotonic,  ///< the cursor goes up and down within the samples
        ConflictingTypes,    ///< a path holds values of incompatible JSON types
        AlwaysNull,          ///< a column that Fivetran would not create unless declared
        Name,                ///< a renamed or collision-suffixed name (from MappingPlan::notes)
        Schema               ///< a note of the inference (limits, invalid UTF-8, big numbers)
    };
    Severity severity = Severity::Warning;
    Kind kind = Kind::Name;
    QString table;    ///< destination table, when the warning is about one
    QString column;   ///< destination column, when about one
    QString path;     ///< source JSON pointer, when about one
    QString message;  ///< one sentence for the user
    bool operator==(const MappingWarning &) const = default;
};

QString toString(MappingWarning::Severity severity);  ///< "info", "warning"
QString toString(MappingWarning::Kind kind);          ///< "noPrimaryKey", ...

/// The warnings of a stream's mapping. `records` are the sample records (may be empty: then
/// the checks that need values, key nulls and duplicates and cursor order, are skipped).
/// Ordered by kind, then by table and column order, so the list does not jump as it updates.
QList<MappingWarning> mappingWarnings(const Stream &stream, const MappingPlan &plan, const InferredSchema &schema,
                                      const std::vector<JsonValue> &records = {});

} // namespace cw
