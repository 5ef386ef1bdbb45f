#!/usr/bin/env bash
# Writes three-public-cairo.pdf and its truth: the corpus seed's direct-rotated print (bold text
# drawn as fill + stroke, text render mode 2) printed again through cairo (poppler's pdftocairo),
# which draws the strokes of bold glyphs as paths among the page's lines; its “三公” table page
# alone (page 49), with that table's truth from the seed's truth.
# usage: bash Tests/Fixtures/reprint/make.sh      needs: poppler-utils, qpdf
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); corpus=$here/../corpus/seed   # the corpus seed, copied into the fixtures
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pdftocairo -pdf "$corpus/direct-rotated.pdf" "$tmp/all.pdf"
qpdf "$tmp/all.pdf" --pages . 49 -- "$here/three-public-cairo.pdf"
python3 - "$corpus/truth.json" "$here/three-public-cairo.truth.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
t["tables"] = [x for x in t["tables"] if x["kind"] == "three_public"]
t["narrative"] = []
json.dump(t, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
