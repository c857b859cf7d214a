// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QLabel>

#include "models/core/project/projectfile.h"

namespace cw {

/// The validator's findings for the part of a project a dialog edits: errors in red and
/// warnings in amber, one per line, hidden when there are none.
class ProblemsLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsLabel)

public:
    explicit ProblemsLabel(QWidget *parent = nullptr);

    /// Shows the problems whose JSON pointer `relevant` accepts.
    void showProblems(const QList<ProjectFile::Problem> &problems, const std::function<bool(const QString &pointer)> &relevant);
    /// "error: …" / "warning: …", as shown.
    QStringList lines() const { return m_lines; }
    bool hasErrors() const { return m_errors; }

private:
    QStringList m_lines;
    bool m_errors = false;
};

} // namespace cw
