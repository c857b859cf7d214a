// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/preferences/preferences.h"

class QPalette;

namespace cw {

/// Light or dark regardless of the desktop, or back to the style and palette the
/// application started with (System). Qt 6.4 has no colour-scheme hint, so Light and Dark
/// use the Fusion style with a palette of their own, which every widget follows.
void applyTheme(Preferences::Theme theme);
QPalette darkPalette();

} // namespace cw
