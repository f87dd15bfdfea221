#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test with CTest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source packaging/steps.sh
packaging/deps.sh test
configure_and_build
export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu"
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
echo "==> Testing: $(ctest --preset default -N | sed -n 's/^Total Tests: //p') CTest tests, 2 at a time"
status=0
ctest --preset default -j2 --timeout 600 | tee build/ctest.log || status=$?
skipped=$(grep -c '\*\*\*Skipped\|\*\*\*Not Run' build/ctest.log || true)
failed=$(sed -n 's/.*tests passed, \([0-9]*\) tests\{0,1\} failed out of \([0-9]*\).*/\1 of \2/p' build/ctest.log)
if [ "$status" -eq 0 ]; then
    note=""
    [ "$skipped" -gt 0 ] && note=" (CTest names them and why above)"
    echo "==> test.sh: PASSED in $(elapsed): all tests passed, $skipped skipped$note"
else
    echo "==> test.sh: FAILED in $(elapsed): ${failed:-some} tests failed (see above; log: build/ctest.log)"
fi
exit "$status"
