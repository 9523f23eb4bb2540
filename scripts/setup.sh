#!/usr/bin/env bash
# Installs the Debian packages in scripts/debian-packages.txt that are missing, then
# configures and builds the given CMake presets. Used by run.sh, test.sh and CI alike.
#   scripts/setup.sh dev [asan ...]
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t wanted < <(grep -v '^\s*#' scripts/debian-packages.txt | sed '/^\s*$/d')
missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${#missing[@]} Debian packages: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

for preset in "$@"; do
    echo "== building preset $preset"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
done
