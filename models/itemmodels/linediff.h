// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

/// A line diff (longest common subsequence) for the code pane: which lines of a regenerated
/// file changed, and a unified diff of the user's edits against the new generated code.
struct LineDiff {
    /// 0-based lines of `after` that are not in the common subsequence with `before`.
    static QList<int> changedLines(const QStringList &before, const QStringList &after);
    /// A unified diff ("--- a", "+++ b", "@@ … @@", " ", "-", "+" lines) with `context` lines
    /// of context; empty when the texts are equal.
    static QString unified(const QStringList &before, const QStringList &after, const QString &beforeName,
                           const QString &afterName, int context = 3);
};

} // namespace cw
