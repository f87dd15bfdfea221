#!/usr/bin/env bash
# Installs what is missing, builds, and opens the editor on FILE or on the bundled sample.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
files=()
for arg in "$@"; do
    # Paths are taken relative to where run.sh was called from.
    if [ -e "$OLDPWD/$arg" ] && [[ "$arg" != /* ]]; then files+=("$OLDPWD/$arg"); else files+=("$arg"); fi
done
packaging/deps.sh run
cmake --preset default >/dev/null
cmake --build --preset default
exec build/app/weekly-composer "${files[@]}"
