// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "models/core/project/project.h"

namespace cw {

/// Reads, checks and writes connector project files (`.cwproj`).
///
/// The format is one human-readable JSON document; docs/project-format.md explains it and
/// docs/project.schema.json describes it key by key. Reading never stops at the first
/// mistake: every problem is reported with the JSON pointer of the value it concerns, so
/// that the GUI can point at it and the CLI can print a complete list.
class ProjectFile final
{
public:
    ProjectFile() = delete;

    struct Problem {
        enum class Severity { Error, Warning };
        Severity severity = Severity::Error;
        QString pointer;   ///< JSON pointer of the value concerned, e.g. "/streams/2/pagination/type"; "" is the whole file
        QString message;   ///< a plain English sentence, without the pointer

        bool isError() const { return severity == Severity::Error; }
        /// "pointer: message", or just the message when the pointer is empty.
        QString toString() const;
        bool operator==(const Problem &) const = default;
    };

    struct LoadResult {
        std::optional<Project> project;  ///< set when there are no errors (warnings allowed)
        QList<Problem> problems;         ///< errors and warnings, in the order found

        bool ok() const { return project.has_value(); }
        bool hasErrors() const;
    };

    /// The usual file name suffix, without the dot.
    static constexpr const char *fileSuffix = "cwproj";

    /// Reads a project from the bytes of a `.cwproj` file and validates it.
    static LoadResult parse(const QByteArray &json);
    /// Reads `path`; a file that cannot be read gives one error "Cannot open <path>: <reason>".
    static LoadResult load(const QString &path);

    /// The rules that concern the values rather than the JSON syntax: required values,
    /// duplicates, templates, secrets, JSON pointers, ranges. parse() applies them too; the
    /// GUI can call this on a project being edited.
    static QList<Problem> validate(const Project &project);

    /// Deterministic, diff-friendly JSON with a trailing newline: keys in a fixed order,
    /// two-space indentation, values equal to their defaults left out (see the format doc).
    /// The default of a secret configuration field is never written.
    static QByteArray serialize(const Project &project);
    /// Writes atomically: the previous file stays untouched unless the new one is complete.
    /// On failure returns false and sets `error` (if given) to a sentence with the reason.
    static bool save(const Project &project, const QString &path, QString *error = nullptr);
};

} // namespace cw
