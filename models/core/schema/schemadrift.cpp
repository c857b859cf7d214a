// SPDX-License-Identifier: MIT
#include "models/core/schema/schemadrift.h"

#include <QCoreApplication>

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::SchemaDrift)
};

QString typeText(const PathInfo &p)
{
    if (p.suggestedType == FivetranType::Unspecified)
        return Tr::tr("no type (only null)");
    if (p.suggestedType == FivetranType::Decimal)
        return QStringLiteral("DECIMAL(%1,%2)").arg(p.suggestedPrecision).arg(p.suggestedScale);
    return toString(p.suggestedType);
}

} // namespace

QString toString(SchemaChange::Kind kind)
{
    switch (kind) {
    case SchemaChange::Kind::Added: return QStringLiteral("added");
    case SchemaChange::Kind::Removed: return QStringLiteral("removed");
    case SchemaChange::Kind::TypeChanged: return QStringLiteral("typeChanged");
    }
    return {};
}

QList<SchemaChange> diffSchemas(const InferredSchema &before, const InferredSchema &after)
{
    QList<SchemaChange> out;
    for (const PathInfo &now : after.paths()) {
        if (now.path.isEmpty())
            continue;
        const PathInfo *old = before.find(now.path);
        SchemaChange change;
        change.path = now.path;
        change.after = now.suggestedType;
        change.afterKinds = now.kindSummary();
        if (!old) {
            change.kind = SchemaChange::Kind::Added;
            change.message = Tr::tr("%1 is new (%2).").arg(now.path, typeText(now));
            out.append(change);
            continue;
        }
        const bool typeChanged = old->suggestedType != now.suggestedType
            || (now.suggestedType == FivetranType::Decimal
                && (old->suggestedPrecision != now.suggestedPrecision || old->suggestedScale != now.suggestedScale));
        if (!typeChanged)
            continue;
        change.kind = SchemaChange::Kind::TypeChanged;
        change.before = old->suggestedType;
        change.beforeKinds = old->kindSummary();
        change.message = Tr::tr("%1 changed from %2 to %3.").arg(now.path, typeText(*old), typeText(now));
        out.append(change);
    }
    for (const PathInfo &old : before.paths()) {
        if (old.path.isEmpty() || after.find(old.path))
            continue;
        SchemaChange change;
        change.kind = SchemaChange::Kind::Removed;
        change.path = old.path;
        change.before = old.suggestedType;
        change.beforeKinds = old.kindSummary();
        change.message = Tr::tr("%1 no longer appears (it was %2).").arg(old.path, typeText(old));
        out.append(change);
    }
    return out;
}

} // namespace cw
