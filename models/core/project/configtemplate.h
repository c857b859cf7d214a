// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace cw {

/// Values of the configuration fields for one run, keyed by field key. Secret values live
/// here only in memory; they never come from or go to the project file.
using ConfigurationValues = QHash<QString, QString>;

/// Replaces every `{{ config.key }}` in `text` by its value. Keys without a value are
/// appended to `missing` (once each) and replaced by an empty string.
QString renderTemplate(const QString &text, const ConfigurationValues &values, QStringList *missing = nullptr);

/// The configuration keys a template refers to, in order of first appearance.
QStringList templateReferences(const QString &text);

/// True when the whole text is exactly one `{{ config.key }}` reference.
bool isPureTemplate(const QString &text);

} // namespace cw
