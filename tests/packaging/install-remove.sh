#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs DEB with dpkg into an empty root with a dpkg database of its own (no root needed,
# the system untouched), checks that its files are there and registered, purges it, and checks
# that nothing is left but dpkg's own database.
# Usage: install-remove.sh DEB
set -euo pipefail
deb=$1
root=$(mktemp -d "${TMPDIR:-/tmp}/wc-dpkg-root-XXXXXX")
trap 'rm -rf "$root"' EXIT
admin=$root/var/lib/dpkg
# dpkg insists on finding ldconfig and start-stop-daemon, which a user's PATH often lacks.
export PATH=$PATH:/usr/local/sbin:/usr/sbin:/sbin
mkdir -p "$admin/info" "$admin/updates" "$admin/triggers"
touch "$admin/status" "$admin/available"
run_dpkg() {
    # The dependencies are those of the real system, not of this empty root: dpkg's complaints
    # about them are kept out of the way, and shown only when dpkg fails.
    if ! dpkg --root="$root" --log=/dev/null --force-not-root --force-depends --force-unsafe-io \
        "$@" >"$root/dpkg.out" 2>&1; then
        cat "$root/dpkg.out"
        echo "dpkg $* failed"
        exit 1
    fi
    rm -f "$root/dpkg.out"
}
run_dpkg --install "$deb"
package=$(dpkg-deb --field "$deb" Package)
status=$(dpkg-query --admindir="$admin" -W -f='${Status}' "$package")
[ "$status" = "install ok installed" ] || { echo "after dpkg -i the status is \"$status\""; exit 1; }
installed=$(dpkg-query --admindir="$admin" -L "$package" | grep -c . || true)
[ -x "$root/usr/bin/weekly-composer" ] || { echo "usr/bin/weekly-composer was not installed"; exit 1; }
run_dpkg --purge "$package"
left=$(cd "$root" && find . -mindepth 1 ! -path './var/lib/dpkg' ! -path './var/lib/dpkg/*' \
    ! -path './var/lib' ! -path './var')
if [ -n "$left" ]; then
    echo "purging $package left behind:"
    echo "$left"
    exit 1
fi
if dpkg-query --admindir="$admin" -W "$package" >/dev/null 2>&1; then
    echo "$package is still known to dpkg after --purge"
    exit 1
fi
echo "installed $installed paths with dpkg -i, all gone after dpkg --purge"
