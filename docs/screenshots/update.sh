#!/usr/bin/env bash
# Re-renders the screenshots in docs/screenshots from the current build, under Xvfb so that
# real fonts and a real window system are used.  Usage: docs/screenshots/update.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/widgets/cw_screenshots" docs/screenshots
# The German UI (the catalog is embedded, so no installed translation is needed).
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/widgets/cw_screenshots" docs/screenshots --language de
echo "wrote docs/screenshots: main-window, main-window-de, explorer, response-viewer, mapping-editor, run-panel," \
     "code-pane, preferences, keyboard-shortcuts, export-dialog, pagination-dialog, connection-dialog and deletions-dialog (.png)"
