#!/usr/bin/env bash
# Renders truth variants through the corpus's own two producers (../shared/gen) with layout seeds
# the corpus does not use, then scores them: the known producers on documents not seen.
# usage: scripts/heldout/known_producers.sh OUTDIR [BINARY]
# needs: bash ../shared/gen/setup.sh (LibreOffice, fonts, the generator's venv)
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd); bin=${2:-$root/.build/debug/budgetpdf}
py=${BUDGET_GEN_VENV:-$HOME/.cache/budget-gen-venv}/bin/python
gen=$root/../shared/gen
cd "$out"
cp "$root/../shared/corpus/seed/truth.json" seed.json
cp "$root/../shared/corpus/shanghai-putuo-commerce-2025/truth.json" sh.json
# Other departments, years, row counts and units (make_variant.py: totals are not recomputed, so
# the dropped-row variants' sums do not hold: their rows ask for review, as they should).
$py "$root/scripts/make_variant.py" sh.json sh-yuan.json --department 上海市普陀区体育局 --year 2027 --unit-yuan --drop-every 3 >/dev/null
$py "$root/scripts/make_variant.py" seed.json seed-drop.json --department 某某市统计局 --year 2023 --drop-every 2 \
    --drop-kinds gpb_basic_detail,project_expenditure,economic_classification,gpb_expenditure,fiscal_expenditure >/dev/null
$py "$root/scripts/make_variant.py" seed.json seed-yuan.json --department 某某县教育局 --unit-yuan --drop-every 4 >/dev/null
mkdir -p pdf
for t in seed sh seed-drop seed-yuan sh-yuan; do
  for s in $(seq 15 4 45); do
    [ -f pdf/$t-direct-$s.pdf ] || $py "$gen/render_direct.py" $t.json pdf/$t-direct-$s.pdf --seed $s >/dev/null 2>&1 || echo "render failed: $t direct $s"
    [ -f pdf/$t-office-$s.pdf ] || $py "$gen/render_office.py" $t.json pdf/$t-office-$s.pdf --seed $s >/dev/null 2>&1 || echo "render failed: $t office $s"
  done
done
od=$(mktemp -d); trap 'rm -rf "$od"' EXIT
for p in pdf/*.pdf; do
  n=$(basename "$p" .pdf); t=$(echo "$n" | sed -E 's/-(direct|office)-[0-9]+$//').json
  if timeout 300 "$bin" extract "$p" -o "$od/$n" -q 2>"$od/err"; then
    printf '%-28s %s\n' "$n" "$(python3 "$root/../shared/tools/score" "$t" "$od/$n/tables.json" | tail -2 | tr '\n' ' ' | tr -s ' ')"
  else printf '%-28s FAILED %s\n' "$n" "$(head -1 "$od/err")"; fi
  rm -rf "$od/$n"
done
