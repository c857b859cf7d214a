// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include "models/core/project/project.h"
#include "models/core/schema/inferredschema.h"

namespace cw {

/// What changed between the schema the mapping was made from and one inferred from newer
/// samples, for the drift view where the user accepts or rejects each change.
struct SchemaChange {
    enum class Kind { Added, Removed, TypeChanged };
    Kind kind = Kind::Added;
    QString path;
    FivetranType before = FivetranType::Unspecified;  ///< suggested type; Unspecified for Added
    FivetranType after = FivetranType::Unspecified;   ///< Unspecified for Removed
    QString beforeKinds;                              ///< PathInfo::kindSummary(), for the tooltip
    QString afterKinds;
    QString message;                                  ///< one sentence
    bool operator==(const SchemaChange &) const = default;
};

QString toString(SchemaChange::Kind kind);  ///< "added", "removed", "typeChanged"

/// Paths added, removed, and whose suggested type (or DECIMAL precision and scale) changed,
/// in the order of `after` (added, changed) then of `before` (removed). A path that only
/// gained or lost nulls is not a change; one that only ever held null in `before` and now
/// holds values is a TypeChanged from Unspecified.
QList<SchemaChange> diffSchemas(const InferredSchema &before, const InferredSchema &after);

} // namespace cw
