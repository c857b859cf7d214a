// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

namespace cw {

/// Installs the catalogs for a language: the workbench's own (embedded under :/i18n), Qt's
/// (qtbase_*.qm, from qt6-translations-l10n when installed) and QScintilla's. An empty
/// language follows the system locale. Call once at start, before any window is built.
/// Returns the locale whose workbench catalog was loaded (English when none matched).
QLocale installTranslations(const QString &language);

} // namespace cw
