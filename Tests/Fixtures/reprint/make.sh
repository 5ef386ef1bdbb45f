#!/usr/bin/env bash
# Writes three-public-cairo.pdf and its truth: the corpus seed's direct-rotated print (bold text
# drawn as fill + stroke, text render mode 2) printed again through cairo (poppler's pdftocairo),
# which draws the strokes of bold glyphs as paths among the page's lines; its “三公” table page
# alone (page 49), with that table's truth from the seed's truth.
# usage: bash Tests/Fixtures/reprint/make.sh      needs: poppler-utils, qpdf, chromium
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

# state-capital-type3.pdf: the final-accounts variant printed by scripts/heldout/html_render.py
# (horizontal rules only, layout seed 4244), printed again through cairo, whose Type 3 fonts box
# the digits as tall as the browser's line and the comma and point by their own small outlines
# (the 国有资本经营 table's page alone, page 19, with that table's truth).
truth=$here/../variants/final-accounts/truth.json
python3 "$here/../../../scripts/heldout/html_render.py" "$truth" "$tmp/fa.pdf" hrules 4244 >/dev/null
pdftocairo -pdf "$tmp/fa.pdf" "$tmp/fa-cairo.pdf"
qpdf "$tmp/fa-cairo.pdf" --pages . 19 -- "$here/state-capital-type3.pdf"
python3 - "$truth" "$here/state-capital-type3.truth.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
t["tables"] = [x for x in t["tables"] if x["kind"] == "state_capital"]
t["narrative"] = []
json.dump(t, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
