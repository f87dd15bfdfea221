#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb as a Debian user gets it: built with `cmake --build BUILD --target package`, checked
# by lintian (no error; a warning only when tests/packaging/lintian-allowed.txt names it),
# unpacked with dpkg-deb into a temporary root, where the binary must be stripped (its symbols
# in the -dbgsym package), run (--version, export --to html on the sample, a window on a new
# issue under Xvfb), its man page rendered and checked against its --help, its desktop entry
# and metainfo validated; then installed into and removed from a private dpkg database, which
# must leave no file behind.
# Exits 77 (CTest: skipped) naming what is missing when a tool it needs is not installed.
# Usage: check-package.sh SOURCE_DIR BUILD_DIR DEBIAN_VERSION
set -euo pipefail
source_dir=$1
build_dir=$2
version=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

missing=()
for tool in dpkg-deb dpkg lintian desktop-file-validate appstreamcli man col file readelf \
    Xvfb xdotool; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: not installed: ${missing[*]} (packaging/deps.sh test installs them)"
    exit 77
fi

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
step() { echo "--- $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/wc-package-XXXXXX")
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 HOME=$work/home XDG_CONFIG_HOME=$work/home/.config \
    XDG_DATA_HOME=$work/home/.local/share XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$HOME"

step "building the package: cmake --build $build_dir --target package"
arch=$(dpkg --print-architecture)
deb=$build_dir/weekly-composer_${version}_$arch.deb
ddeb=$build_dir/weekly-composer-dbgsym_${version}_$arch.ddeb
rm -f "$deb" "$ddeb"
cmake --build "$build_dir" --target package >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    fail "the package target failed"
    exit 1
}
for file in "$deb" "$ddeb"; do
    [ -f "$file" ] || { fail "no $(basename "$file") was built"; exit 1; }
done
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB; $(basename "$ddeb"): $(du -k "$ddeb" | cut -f1) KiB"

step "lintian (errors fail; warnings fail unless lintian-allowed.txt lists them)"
allowed=$(sed -n 's/^\([a-z0-9][a-z0-9-]*\).*/\1/p' "$here/lintian-allowed.txt")
lintian --display-level '>=pedantic' "$deb" "$ddeb" >"$work/lintian.log" 2>&1 || true
grep -v '^running with root privileges' "$work/lintian.log" || true
while read -r level package tag _; do
    case "$level" in
    E:) fail "lintian error $tag ($package)" ;;
    W:) grep -qx -- "$tag" <<<"$allowed" || fail "lintian warning $tag ($package) is not allowed" ;;
    esac
done < <(grep '^[EW]: ' "$work/lintian.log" || true)

step "unpacking with dpkg-deb -x"
root=$work/root
dpkg-deb -x "$deb" "$root"
dpkg-deb -x "$ddeb" "$work/dbgsym"
program=$root/usr/bin/weekly-composer
[ -x "$program" ] || { fail "no executable usr/bin/weekly-composer in the package"; exit 1; }
find "$root" -mindepth 1 | sed "s|^$root||" | sort >"$work/files"
sed 's/^/    /' "$work/files"
for expected in /usr/share/doc/weekly-composer/copyright \
    /usr/share/doc/weekly-composer/changelog.Debian.gz \
    /usr/share/man/man1/weekly-composer.1.gz \
    /usr/share/applications/weekly-composer.desktop \
    /usr/share/metainfo/io.github.weekly_composer.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/weekly-composer.svg; do
    grep -qx "$expected" "$work/files" || fail "$expected is not in the package"
done
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    "$root/usr/share/doc/weekly-composer/copyright" || fail "the copyright file is not DEP-5"
if grep -q -- "$source_dir\|$build_dir" "$work/files"; then
    fail "the package holds paths of the build machine"
fi

step "the binary is stripped; its debug symbols are in the dbgsym package"
file "$program" | grep -q ', stripped' || fail "usr/bin/weekly-composer is not stripped: $(file -b "$program")"
build_id=$(readelf -n "$program" | sed -n 's/.*Build ID: \([0-9a-f]*\).*/\1/p')
debug_file=$work/dbgsym/usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug
if [ -z "$build_id" ] || [ ! -s "$debug_file" ]; then
    fail "no debug file for build id '$build_id' in the dbgsym package"
elif ! readelf -S "$debug_file" 2>/dev/null | grep -q '\.debug_info'; then
    fail "the debug file holds no .debug_info"
fi

step "running the unpacked program"
printed=$("$program" --version) || fail "--version failed"
[ "$printed" = "weekly-composer ${version%-*}" ] || fail "--version printed \"$printed\""
echo "--version: $printed"
sample=$source_dir/resources/samples/2026-11-21-weekly.md
"$program" export --to html "$sample" -o "$work/sample.html" || fail "export --to html failed"
if [ -s "$work/sample.html" ]; then
    head -c 15 "$work/sample.html" | grep -qi '<!DOCTYPE html' || fail "the export is not an HTML page"
    grep -q '<script' "$work/sample.html" && fail "the export holds a script"
    title=$(sed -n "s/^title: '\(.*\)'$/\1/p" "$sample" | head -n 1)
    grep -qF "$title" "$work/sample.html" || fail "the export lacks the sample's title \"$title\""
    echo "export --to html: $(wc -c <"$work/sample.html") bytes, titled \"$title\""
fi
for command in "export --to markdown" inspect outline; do
    # shellcheck disable=SC2086
    "$program" $command "$sample" >"$work/out" || fail "$command failed"
    [ -s "$work/out" ] || fail "$command printed nothing"
done
cmp -s "$work/out" /dev/null && fail "outline printed nothing"
"$program" export --to markdown "$sample" | cmp -s - "$sample" ||
    fail "export --to markdown is not byte-identical to the sample"

step "the man page: man -l, and every command and option of --help documented"
man -l "$root/usr/share/man/man1/weekly-composer.1.gz" >"$work/man.txt" 2>&1 ||
    fail "man -l failed: $(cat "$work/man.txt")"
head -n 4 "$work/man.txt"
"$here/check-manpage.sh" "$program" "$root/usr/share/man/man1/weekly-composer.1.gz" ||
    fail "the man page does not match the program's --help"

step "desktop-file-validate, appstreamcli validate and validate-tree --pedantic --no-net"
output=$(desktop-file-validate "$root/usr/share/applications/weekly-composer.desktop" 2>&1) ||
    fail "desktop-file-validate failed"
[ -z "$output" ] || fail "desktop-file-validate: $output"
output=$(appstreamcli validate --pedantic --no-net \
    "$root/usr/share/metainfo/io.github.weekly_composer.metainfo.xml" 2>&1) ||
    fail "appstreamcli validate failed"
echo "$output"
grep -q '^[EWIP]: ' <<<"$output" && fail "appstreamcli reports issues (above)"
# The whole tree: the desktop entry the metainfo's launchable names is there.
output=$(appstreamcli validate-tree --pedantic --no-net "$root" 2>&1) ||
    fail "appstreamcli validate-tree failed: $output"
grep -q '^[EWIP]: ' <<<"$output" && fail "appstreamcli validate-tree: $output"
grep -q '<screenshot' "$root/usr/share/metainfo/io.github.weekly_composer.metainfo.xml" ||
    fail "the metainfo has no screenshot"
grep -q "<release version=\"${version%-*}\"" \
    "$root/usr/share/metainfo/io.github.weekly_composer.metainfo.xml" ||
    fail "the metainfo has no release entry for ${version%-*}"

step "started without a file, the unpacked program opens a window on a new issue"
"$here/../gui/run-under-xvfb.sh" "$here/new-issue-window.sh" "$program" || fail "no new-issue window"

step "installed into and removed from a private dpkg database"
"$here/install-remove.sh" "$deb" || fail "installing and removing the package"

if [ "$failures" -gt 0 ]; then
    echo "$failures problems with $(basename "$deb")"
    exit 1
fi
echo "ok: $(basename "$deb") is lintian-clean, runs, documents its command line and validates"
