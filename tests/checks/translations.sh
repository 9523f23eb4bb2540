#!/usr/bin/env bash
# The .ts files hold exactly the strings the code has (lupdate would change nothing), and the
# default language, zh_CN, translates every one of them.
#   translations.sh <source dir> <lupdate>
set -euo pipefail
src=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t sources < <(cd "$src" && find app ui -name '*.cpp' -o -name '*.h' | sort)
status=0
for ts in onewindow_zh_CN.ts onewindow_en.ts; do
    cp "$src/translations/$ts" "$work/$ts"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$work/$ts")
    if ! diff -u "$src/translations/$ts" "$work/$ts" >"$work/diff"; then
        echo "translations/$ts is out of date: run 'cmake --build build/dev --target update_translations'"
        head -40 "$work/diff"
        status=1
    fi
done
unfinished=$(grep -c 'type="unfinished"' "$src/translations/onewindow_zh_CN.ts" || true)
if [ "$unfinished" != "0" ]; then
    echo "onewindow_zh_CN.ts has $unfinished untranslated strings"
    status=1
fi
[ $status -eq 0 ] && echo "translations ok"
exit $status
