#!/usr/bin/env bash
# Scores every PDF in a folder of renderings made by html_render.py / docx_render.py.
# A file is named <truth>-<style>.pdf, where <truth> is a folder of ../shared/corpus or of
# Tests/Fixtures/variants holding truth.json.
# usage: scripts/heldout/run.sh FOLDER [BINARY]
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(cd "$1" && pwd); bin=${2:-$root/.build/debug/budgetpdf}
od=$(mktemp -d); trap 'rm -rf "$od"' EXIT
for pdf in "$dir"/*.pdf; do
  name=$(basename "$pdf" .pdf); doc=${name%-*}
  truth=$root/../shared/corpus/$doc/truth.json; [ -f "$truth" ] || truth=$root/Tests/Fixtures/variants/$doc/truth.json
  if timeout 120 "$bin" extract "$pdf" -o "$od/$name" -q 2>"$od/$name.err"; then
    printf '%-45s %s\n' "$name" "$(python3 "$root/../shared/tools/score" "$truth" "$od/$name/tables.json" | tail -2 | tr '\n' ' ' | tr -s ' ')"
  else printf '%-45s FAILED %s\n' "$name" "$(cat "$od/$name.err")"; fi
done
