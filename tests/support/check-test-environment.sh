#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the environment wc_isolate_tests (tests/CMakeLists.txt) gives a test: a home of its
# own under HOMES (not the user's), the XDG folders inside it, the C.UTF-8 locale and no
# LANGUAGE list, whatever the caller's environment was.
# Usage: check-test-environment.sh HOMES
set -u
homes=$1
failures=0
expect() {
    if [ "$2" != "$3" ]; then
        echo "FAIL: $1 is \"$2\", expected \"$3\""
        failures=$((failures + 1))
    fi
}
user_home=$(getent passwd "$(id -u)" | cut -d: -f6)
case "$HOME" in
"$homes"/*) ;;
*) echo "FAIL: HOME is $HOME, not a folder under $homes"; failures=$((failures + 1)) ;;
esac
[ "$HOME" != "$user_home" ] || { echo "FAIL: HOME is the user's own, $user_home"; failures=$((failures + 1)); }
[ -d "$HOME" ] && [ -w "$HOME" ] || { echo "FAIL: HOME $HOME is not a writable folder"; failures=$((failures + 1)); }
expect XDG_CONFIG_HOME "${XDG_CONFIG_HOME:-}" "$HOME/.config"
expect XDG_DATA_HOME "${XDG_DATA_HOME:-}" "$HOME/.local/share"
expect XDG_CACHE_HOME "${XDG_CACHE_HOME:-}" "$HOME/.cache"
expect LC_ALL "${LC_ALL:-}" C.UTF-8
expect LANG "${LANG:-}" C.UTF-8
expect LANGUAGE "${LANGUAGE-(unset)}" "(unset)"
[ "$failures" -eq 0 ] || exit 1
echo "ok: HOME=$HOME, LC_ALL=$LC_ALL, LANGUAGE unset"
