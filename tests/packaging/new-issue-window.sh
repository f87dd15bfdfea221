#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts PROGRAM without a file in the X session run-under-xvfb.sh made, and checks that it
# shows a window on a new, untitled issue (not a file of the source tree), then closes it.
# Usage: run-under-xvfb.sh new-issue-window.sh PROGRAM
set -uo pipefail
program=$1
# As everywhere in the tests: WebEngine refuses to run as root with its sandbox, and there is no
# GPU here.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
"$program" >"${TMPDIR:-/tmp}/wc-new-issue.$$.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "${TMPDIR:-/tmp}/wc-new-issue.$$.log"' EXIT
title=""
for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || break
    window=$(xdotool search --onlyvisible --pid "$pid" --name 'Weekly Composer' 2>/dev/null | head -n 1)
    if [ -n "$window" ]; then
        title=$(xdotool getwindowname "$window")
        break
    fi
    sleep 0.1
done
if [ -z "$title" ]; then
    echo "no window appeared within 30 s; the program said:"
    cat "${TMPDIR:-/tmp}/wc-new-issue.$$.log"
    exit 1
fi
echo "window: $title"
case "$title" in
"Untitled — Weekly Composer") exit 0 ;;
*) echo "expected a new issue, \"Untitled — Weekly Composer\""; exit 1 ;;
esac
