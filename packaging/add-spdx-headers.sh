#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Weekly Composer developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Puts an SPDX licence header at the top of every source file of the checkout that lacks one,
# in the file's own comment style; running it again changes nothing. With --check it changes
# nothing and lists the files that still lack a header (exit status 1 when there are any).
#
# The licences are those of packaging/debian/copyright: GPL-3.0-or-later, except CC0-1.0 for
# the preview themes (copied into every exported page, which must carry no obligation) and the
# metainfo. Files whose bytes are their content get no header: the sample issue and the
# new-issue template, test fixtures and fuzz seeds, the .ts files lupdate writes, images, JSON,
# Markdown documents.
# Usage: packaging/add-spdx-headers.sh [--check] [CHECKOUT]
set -euo pipefail
check=false
if [ "${1:-}" = --check ]; then
    check=true
    shift
fi
cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}"
copyright="SPDX-FileCopyrightText: 2026 Weekly Composer developers"

# The comment style of a file: line (prefix for each line), or block (open/close), and where the
# header goes: after a first line that must stay first (#!, <?xml, <!DOCTYPE), or at the top.
style_of() {
    case "$1" in
    resources/samples/* | resources/templates/* | resources/translations/* | tests/*/data/* | \
        tests/fuzz/seeds/*) echo none ;;
    *.cpp | *.h | *.js) echo line // ;;
    *.css) echo block '/*' '*/' ;;
    *.html | *.svg | *.xml) echo block '<!--' '-->' ;;
    */CMakeLists.txt | CMakeLists.txt | *.cmake | *.sh | *.py | *.h2m | *.desktop | *.dict | \
        .ci/run) echo line '#' ;;
    *) echo none ;;
    esac
}

licence_of() {
    case "$1" in
    resources/preview/*.css | packaging/*.metainfo.xml) echo CC0-1.0 ;;
    *) echo GPL-3.0-or-later ;;
    esac
}

missing=()
changed=0
while IFS= read -r file; do
    [ -f "$file" ] || continue
    read -r -a style <<<"$(style_of "$file")"
    [ "${style[0]}" = none ] && continue
    # Already there (within the first lines, after a shebang or a declaration)?
    head -n 5 "$file" | grep -q 'SPDX-License-Identifier:' && continue
    if $check; then
        missing+=("$file")
        continue
    fi
    licence="SPDX-License-Identifier: $(licence_of "$file")"
    if [ "${style[0]}" = line ]; then
        header="${style[1]} $copyright"$'\n'"${style[1]} $licence"
    else
        header="${style[1]} $copyright"$'\n'"   $licence ${style[2]}"
    fi
    first=$(head -n 1 "$file")
    tmp=$(mktemp "$file.XXXXXX")
    case "$first" in
    '#!'* | '<?xml'* | '<!DOCTYPE'* | '<!doctype'*)
        { printf '%s\n%s\n' "$first" "$header"; tail -n +2 "$file"; } >"$tmp" ;;
    *)
        { printf '%s\n' "$header"; cat "$file"; } >"$tmp" ;;
    esac
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
    changed=$((changed + 1))
done < <(git ls-files)

if $check; then
    if [ ${#missing[@]} -gt 0 ]; then
        printf 'no SPDX header: %s\n' "${missing[@]}"
        exit 1
    fi
    echo "every source file has an SPDX header"
else
    echo "added an SPDX header to $changed files"
fi
