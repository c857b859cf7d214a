// SPDX-License-Identifier: MIT
#include "models/itemmodels/linediff.h"

#include <vector>

namespace cw {

namespace {

enum class Op { Same, Removed, Added };
struct Edit {
    Op op;
    int before; ///< line in before (Same, Removed)
    int after;  ///< line in after (Same, Added)
};

/// The edit script from an LCS table over the lines between a common prefix and suffix,
/// which keeps the table small for the usual case of a few changed lines in a long file.
std::vector<Edit> script(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    int prefix = 0;
    while (prefix < n && prefix < m && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix])
        ++suffix;
    const int rows = n - prefix - suffix;
    const int cols = m - prefix - suffix;
    std::vector<Edit> edits;
    for (int i = 0; i < prefix; ++i)
        edits.push_back({Op::Same, i, i});
    // Very large changed regions (a whole file replaced) are reported as replaced: an LCS
    // over them would cost rows × cols memory for little insight.
    if (qint64(rows) * qint64(cols) > 4'000'000) {
        for (int i = 0; i < rows; ++i)
            edits.push_back({Op::Removed, prefix + i, -1});
        for (int j = 0; j < cols; ++j)
            edits.push_back({Op::Added, -1, prefix + j});
    } else {
        std::vector<int> lcs(size_t(rows + 1) * size_t(cols + 1), 0);
        auto at = [&](int i, int j) -> int & { return lcs[size_t(i) * size_t(cols + 1) + size_t(j)]; };
        for (int i = rows - 1; i >= 0; --i) {
            for (int j = cols - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
        int i = 0;
        int j = 0;
        while (i < rows || j < cols) {
            if (i < rows && j < cols && a[prefix + i] == b[prefix + j]) {
                edits.push_back({Op::Same, prefix + i, prefix + j});
                ++i;
                ++j;
            } else if (j < cols && (i == rows || at(i, j + 1) >= at(i + 1, j))) {
                edits.push_back({Op::Added, -1, prefix + j});
                ++j;
            } else {
                edits.push_back({Op::Removed, prefix + i, -1});
                ++i;
            }
        }
    }
    for (int k = 0; k < suffix; ++k)
        edits.push_back({Op::Same, n - suffix + k, m - suffix + k});
    return edits;
}

} // namespace

QList<int> LineDiff::changedLines(const QStringList &before, const QStringList &after)
{
    QList<int> lines;
    for (const Edit &edit : script(before, after)) {
        if (edit.op == Op::Added)
            lines.append(edit.after);
    }
    return lines;
}

QString LineDiff::unified(const QStringList &before, const QStringList &after, const QString &beforeName,
                          const QString &afterName, int context)
{
    const std::vector<Edit> edits = script(before, after);
    QString out;
    const int count = int(edits.size());
    int k = 0;
    while (k < count) {
        // Find the next change, then grow a hunk around it while changes are close.
        while (k < count && edits[size_t(k)].op == Op::Same)
            ++k;
        if (k >= count)
            break;
        int start = std::max(0, k - context);
        int end = k;
        int lastChange = k;
        while (end < count) {
            if (edits[size_t(end)].op != Op::Same)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(count, lastChange + context + 1);
        int beforeStart = -1, afterStart = -1, beforeCount = 0, afterCount = 0;
        QString body;
        for (int e = start; e < end; ++e) {
            const Edit &edit = edits[size_t(e)];
            if (edit.op != Op::Added) {
                if (beforeStart < 0)
                    beforeStart = edit.before;
                ++beforeCount;
            }
            if (edit.op != Op::Removed) {
                if (afterStart < 0)
                    afterStart = edit.after;
                ++afterCount;
            }
            const QChar sign = edit.op == Op::Same ? u' ' : edit.op == Op::Removed ? u'-' : u'+';
            body += sign + (edit.op == Op::Added ? after[edit.after] : before[edit.before]) + u'\n';
        }
        if (out.isEmpty())
            out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(beforeStart < 0 ? 0 : beforeStart + 1).arg(beforeCount)
                   .arg(afterStart < 0 ? 0 : afterStart + 1).arg(afterCount);
        out += body;
        k = end;
    }
    return out;
}

} // namespace cw
