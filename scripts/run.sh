#!/usr/bin/env bash
# Builds OneWindow and opens the window client on the demo district catalog.
# Extra arguments go to the client, e.g. scripts/run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev
client=(build/dev/ui/onewindow --demo --data-dir "${ONEWINDOW_DATA_DIR:-$PWD/build/demo-data}" "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "== no display: running under Xvfb (xvfb-run)"
    exec xvfb-run -a -s "-screen 0 1366x850x24" "${client[@]}"
fi
exec "${client[@]}"
