#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that a man page documents the command line of the program it belongs to: every usage
# line of `--help` is in it (so it was generated from this binary, not an older one), every
# option `--help` names has an entry under OPTIONS, its footer names the `--version` output, and
# groff renders it without a warning.
# Usage: check-manpage.sh PROGRAM MANPAGE(.1 or .1.gz)
set -euo pipefail
program=$1
page=$2
export LC_ALL=C.UTF-8 MANWIDTH=200
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

help=$("$program" --help)
version=$("$program" --version)
warnings=$(man --warnings -l "$page" 2>&1 >/dev/null || true)
[ -z "$warnings" ] || fail "man reports: $warnings"
rendered=$(man -l "$page" | col -b)
# Whitespace collapsed, as the renderer reflows lines.
flat() { tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//'; }
rendered_flat=$(printf '%s' "$rendered" | flat)

# Every usage line (the command lines that start with the program's name), word for word.
usage_lines=0
while IFS= read -r line; do
    # A description that follows on the same line is rendered beside the usage: compare the
    # usage part, up to the run of spaces that separates it from its description.
    usage=$(printf '%s' "$line" | sed 's/^ *//; s/   .*//' | flat)
    usage_lines=$((usage_lines + 1))
    case "$rendered_flat" in
    *"$usage"*) ;;
    *) fail "the usage line \"$usage\" of --help is not in the man page" ;;
    esac
done < <(printf '%s\n' "$help" | grep -E '^ *weekly-composer( |$)')
[ "$usage_lines" -gt 0 ] || fail "--help shows no usage line"

commands=$(printf '%s\n' "$help" | sed -n 's/^ *weekly-composer \([a-z][a-z-]*\).*/\1/p' | sort -u)
[ -n "$commands" ] || fail "--help names no command"
for command in $commands; do
    grep -qE "^ +weekly-composer $command( |$)" <<<"$rendered" ||
        fail "the command $command is not documented"
done

# The OPTIONS section: from its heading to the next one. Entry terms are indented by 7 columns,
# their descriptions by more.
options_section=$(printf '%s\n' "$rendered" | sed -n '/^OPTIONS$/,/^[A-Z][A-Z ]*$/p')
[ -n "$options_section" ] || fail "the man page has no OPTIONS section"
terms=$(printf '%s\n' "$options_section" | grep -E '^ {7}[^ ]' || true)
options=$(printf '%s\n' "$help" | grep -oE '(^|[][ |(,])--?[A-Za-z][A-Za-z-]*' | sed 's/^[][ |(,]*//' | sort -u)
[ -n "$options" ] || fail "--help names no option"
for option in $options; do
    grep -qE -- "(^ +|[ ,])$option([ ,=]|$)" <<<"$terms" ||
        fail "the option $option (in --help) has no entry under OPTIONS"
done

grep -qF "$version" <<<"$(printf '%s\n' "$rendered" | tail -n 1)" ||
    fail "the man page's footer does not name \"$version\""

count() { wc -w <<<"$1" | tr -d ' '; }
if [ "$failures" -gt 0 ]; then
    echo "$failures problems in $page"
    exit 1
fi
echo "ok: $page documents $(count "$commands") commands ($(echo $commands)) and" \
    "$(count "$options") options ($(echo $options)) of $version, in $usage_lines usage lines"
