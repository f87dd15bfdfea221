# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The steps run.sh and test.sh share, each announced in one line. Sourced, not run.
started=$SECONDS

elapsed() {
    local seconds=$((SECONDS - started))
    printf '%d min %02d s' $((seconds / 60)) $((seconds % 60))
}

# Configures the default preset (build/) and builds everything, quietly: the compiler's output
# goes to build/build.log and is shown only when the build fails.
configure_and_build() {
    echo "==> Configuring: CMake preset default (RelWithDebInfo, Ninja) in build/"
    cmake --preset default >/dev/null
    echo "==> Building: every target, 2 jobs, ccache $(command -v ccache >/dev/null && echo on || echo off); log in build/build.log"
    if ! cmake --build --preset default >build/build.log 2>&1; then
        tail -n 40 build/build.log
        echo "==> Build FAILED after $(elapsed) (the end of build/build.log is above)"
        exit 1
    fi
}
