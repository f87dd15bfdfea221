#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens the editor on FILE or on the bundled sample.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source packaging/steps.sh
files=()
for arg in "$@"; do
    # Paths are taken relative to where run.sh was called from.
    if [ -e "$OLDPWD/$arg" ] && [[ "$arg" != /* ]]; then files+=("$OLDPWD/$arg"); else files+=("$arg"); fi
done
# Without a file, a copy of the bundled sample: saving it asks for a name, so the project's
# own file is never overwritten.
[ ${#files[@]} -eq 0 ] && files=(--copy-of "$PWD/resources/samples/2026-11-21-weekly.md")
packaging/deps.sh run
configure_and_build
echo "==> run.sh: built in $(elapsed); opening the editor on ${files[*]}"
exec build/app/weekly-composer "${files[@]}"
