// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

/// Values of the configuration fields for one run, keyed by field key. Secret values live
/// here only in memory; they never come from or go to the project file.
using ConfigurationValues = QHash<QString, QString>;

/// One `{{ ... }}` span of a template. The grammar is `{{ config.<identifier> }}` with optional
/// spaces; anything else between double braces is malformed and `key` stays empty.
struct TemplateToken {
    qsizetype start = 0;    ///< offset of "{{"
    qsizetype length = 0;   ///< up to and including "}}", or to the end when unclosed
    QString key;            ///< the configuration key; empty when malformed
    bool closed = true;     ///< false when "{{" has no "}}" after it
};

/// Every `{{ ... }}` span in `text`, in order. The renderer and the project validator both
/// read templates through this, so they can never disagree about what a template is.
QList<TemplateToken> scanTemplate(const QString &text);

/// Replaces every `{{ config.key }}` in `text` by its value. Keys without a value are
/// appended to `missing` (once each) and replaced by an empty string. Malformed spans are
/// left as written.
QString renderTemplate(const QString &text, const ConfigurationValues &values, QStringList *missing = nullptr);

/// The configuration keys a template refers to, in order of first appearance.
QStringList templateReferences(const QString &text);

/// True when the whole text is exactly one `{{ config.key }}` reference.
bool isPureTemplate(const QString &text);

} // namespace cw
