#!/usr/bin/env bash
# Writes the fixtures of documents printed again through cairo (poppler's pdftocairo), each one
# page of the copy with the truth of the one table on it.
# usage: bash Tests/Fixtures/reprint/make.sh      needs: poppler-utils, qpdf, chromium
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); corpus=$here/../corpus/seed   # the corpus seed, copied into the fixtures
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# one_table_page SOURCE.pdf PAGE TRUTH.json KIND NAME: SOURCE printed through cairo, its page PAGE
# kept as NAME.pdf, and the table of KIND from TRUTH as NAME.truth.json.
one_table_page() {
  pdftocairo -pdf "$1" "$tmp/cairo.pdf"
  qpdf "$tmp/cairo.pdf" --pages . "$2" -- "$here/$5.pdf"
  python3 - "$3" "$4" "$here/$5.truth.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
t["tables"] = [x for x in t["tables"] if x["kind"] == sys.argv[2]]
t["narrative"] = []
json.dump(t, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
}

# three-public-cairo: the corpus seed's direct-rotated print (bold text drawn as fill + stroke,
# text render mode 2), whose bold glyphs' strokes cairo draws as paths among the page's lines;
# its “三公” table page (49).
one_table_page "$corpus/direct-rotated.pdf" 49 "$corpus/truth.json" three_public three-public-cairo

# state-capital-type3: the final-accounts variant printed by scripts/heldout/html_render.py
# (horizontal rules only, layout seed 4244), whose Type 3 fonts cairo boxes the digits of as
# tall as the browser's line and the comma and point by their own small outlines; the
# 国有资本经营 table's page (19).
truth=$here/../variants/final-accounts/truth.json
python3 "$here/../../../scripts/heldout/html_render.py" "$truth" "$tmp/fa.pdf" hrules 4244 >/dev/null
one_table_page "$tmp/fa.pdf" 19 "$truth" state_capital state-capital-type3

# dept-performance-vrules-cairo: the corpus seed printed by scripts/heldout/html_render.py with
# vertical rules only (layout seed 77) and printed again through cairo, its 部门整体绩效目标表 (pages
# 62-63). Through cairo the digits and signs are reported at about half the size of the Chinese
# beside them and boxed short and low about the same baseline; a 二级指标 is printed once on its
# middle row's line (工作目标管理) or at the top of a run the page break cuts (预算和财务管理).
# (The browser's own print of the pages keeps its fonts whole: 2 MB, not kept.)
python3 "$here/../../../scripts/heldout/html_render.py" "$corpus/truth.json" "$tmp/seed.pdf" vrules 77 >/dev/null
one_table_page "$tmp/seed.pdf" 62-63 "$corpus/truth.json" dept_performance dept-performance-vrules-cairo

# project-performance-vrules-cairo: the corpus seed's 项目绩效目标表 alone printed by
# scripts/heldout/html_render.py with vertical rules only (layout seed 48) and printed again
# through cairo, its first six pages, the truth its header and the 48 body rows they hold. Through
# cairo a year wrapped alone in a narrow name column (2024 between 提前下达 and 年中央…) is the one
# line of digits on its baseline, and ≤ / ≥ before a value's digits (≤892人) are boxed short too.
python3 - "$corpus/truth.json" "$tmp/pp.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
t["tables"] = [x for x in t["tables"] if x["kind"] == "project_performance"]
t["narrative"] = []
json.dump(t, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
python3 "$here/../../../scripts/heldout/html_render.py" "$tmp/pp.json" "$tmp/pp.pdf" vrules 48 >/dev/null
one_table_page "$tmp/pp.pdf" 1-6 "$tmp/pp.json" project_performance project-performance-vrules-cairo
python3 - "$here/project-performance-vrules-cairo.truth.json" 48 <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
for x in t["tables"]:
    x["grid"] = x["grid"][:x["header_rows"] + int(sys.argv[2])]
json.dump(t, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY

# merged-breaks-gs: the browser print wild/browser-merged-breaks.pdf (Chromium's Type 3 fonts)
# printed again by Ghostscript 10 (pdfwrite), whose Unicode maps send some glyphs to other
# characters: 编v与 for 编制与, 会°费 for 会议费, g98% for ≥98%, 合« for 合计, 本\u0080拨款 for
# 本年拨款. The truth is the browser print's: every row that lost a character must ask for review.
gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -o "$here/merged-breaks-gs.pdf" "$here/../wild/browser-merged-breaks.pdf"
cp "$here/../wild/browser-merged-breaks.truth.json" "$here/merged-breaks-gs.truth.json"
