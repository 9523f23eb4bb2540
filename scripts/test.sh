#!/usr/bin/env bash
# Builds OneWindow twice (dev, and asan: AddressSanitizer + UBSan) and runs the whole test
# suite in each, tests in parallel. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev asan
echo "== tests (dev)"
ctest --preset dev
echo "== tests (asan + ubsan)"
ctest --preset asan
