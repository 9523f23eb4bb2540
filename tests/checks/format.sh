#!/usr/bin/env bash
# Every C++ file is formatted with the root .clang-format (clang-format 14, Debian 12).
set -euo pipefail
cd "$1"
mapfile -t files < <(find app ui tests bench tools server cli -name '*.cpp' -o -name '*.h' | sort)
[ ${#files[@]} -gt 0 ] || { echo "no C++ files found"; exit 1; }
clang-format --dry-run --Werror "${files[@]}"
echo "format ok: ${#files[@]} files"
