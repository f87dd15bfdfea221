#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian bookworm packages Weekly Composer needs, only those still missing.
# Usage: packaging/deps.sh run|test
# Says in one line what it does. As root it runs apt-get itself; otherwise it prints the one
# command to run and fails.
set -euo pipefail

build=(cmake ninja-build g++ ccache pkg-config gzip help2man
       qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
       libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libgl-dev python3-jieba
       fonts-noto-cjk fonts-noto-color-emoji)
# Tests also drive a real X server and mouse, parse HTML, fuzz with clang's libFuzzer, drop
# privileges for the permission tests, and build, lint, unpack and validate the .deb.
testing=(xvfb xdotool x11-apps python3 python3-html5lib clang libclang-rt-14-dev util-linux
         dpkg-dev file binutils lintian desktop-file-utils appstream man-db)

wanted=("${build[@]}")
[ "${1:-run}" = test ] && wanted+=("${testing[@]}")

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "==> Packages: all ${#wanted[@]} needed are installed"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    echo "==> Installing ${#missing[@]} packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null; then
    echo "Weekly Composer needs ${#missing[@]} more packages. Install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
else
    echo "Weekly Composer needs ${#missing[@]} more packages (install them as root):" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
fi
