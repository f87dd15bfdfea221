#!/usr/bin/env bash
# Runs a test program in a real X session: a fresh Xvfb server, the xcb platform, xdotool for
# the mouse. Exits 77 (CTest: skipped) with a message only when no X server can be started.
set -u
program=$1
shift
for tool in Xvfb xdotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed, so no real X session can be started"
        exit 77
    fi
done
for display in $(seq 91 120); do
    [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] && continue
    Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    server=$!
    for _ in $(seq 1 50); do
        DISPLAY=":$display" xdotool getdisplaygeometry >/dev/null 2>&1 && break
        kill -0 "$server" 2>/dev/null || break
        sleep 0.1
    done
    if DISPLAY=":$display" xdotool getdisplaygeometry >/dev/null 2>&1; then
        trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT
        DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$program" "$@"
        exit $?
    fi
    kill "$server" 2>/dev/null
    wait "$server" 2>/dev/null
done
echo "SKIP: no Xvfb server could be started"
exit 77
