#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program in a real X session: a fresh Xvfb server of its own, the xcb platform,
# xdotool for the mouse. Exits 77 (CTest: skipped) with a message only when no X server can
# be started.
set -u
program=$1
shift
for tool in Xvfb xdotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed, so no real X session can be started"
        exit 77
    fi
done
# Xvfb picks a free display itself and writes its number to -displayfd: no race between
# tests that start servers at the same time.
number_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset 3>"$number_file" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$number_file"' EXIT
for _ in $(seq 1 100); do
    [ -s "$number_file" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
done
display=$(tr -d '[:space:]' <"$number_file")
if [ -z "$display" ] || ! DISPLAY=":$display" xdotool getdisplaygeometry >/dev/null 2>&1; then
    echo "SKIP: no Xvfb server could be started"
    exit 77
fi
DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$program" "$@"
