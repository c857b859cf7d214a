// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/project/project.h"
#include "models/core/project/projectfile.h"

namespace cw {

/// The rules about a project's values, independent of the JSON syntax: required values,
/// duplicates, {{ config.key }} templates, secrets, JSON pointers, ranges, parent streams.
/// ProjectFile applies them after reading; use ProjectFile::validate() from outside.
class ProjectValidator final
{
public:
    ProjectValidator() = delete;

    /// Problems with pointers into the file layout, e.g. "/streams/2/request/path".
    static QList<ProjectFile::Problem> validate(const Project &project);

    /// " Did you mean "x"?" for the candidate closest to `word` (at most two edits,
    /// ignoring case), or an empty string; shared so that all messages suggest alike.
    static QString didYouMean(const QString &word, const QStringList &candidates);
};

} // namespace cw
