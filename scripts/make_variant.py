#!/usr/bin/env python3
"""Make a variant of a budget truth file (budget-truth/1) for test fixtures.

    make_variant.py IN.json OUT.json [--department NAME] [--replace OLD=NEW ...]
                    [--year YEAR] [--drop-every N] [--drop-kinds K,K,...]
                    [--unit-yuan]

- --department: the new department name; the old one (document.department)
  is replaced in every string of the file (document, narrative, tables).
  --replace OLD=NEW adds further plain replacements (applied afterwards,
  e.g. the city name in the names of subordinate units).
- --year: the new budget year.  The document year and its neighbours
  (year-1, year+1) are shifted by the same amount wherever they occur as
  a whole number in text (2024年, 结转2023年, 二〇二四年), never inside
  amounts or long codes.
- --drop-every N: in the tables of --drop-kinds, delete every N-th body row
  (counting from the first body row, 1-based).  Total rows (合计/总计/小计)
  and rows where a cell spanning rows or columns starts are never deleted;
  cells spanning down over a deleted row get their rowspan decremented.
  Totals are not recomputed: the truth is what is printed.
- --unit-yuan: convert tables whose unit is 万元 to 元: every pure amount
  cell (digits with a decimal point and/or thousands separators) is
  multiplied by 10000, keeping its decimals and its use of separators;
  unit fields and "单位：万元" in titles and notes become 元.  Narrative
  text (which says 万元 explicitly) and tables without a 万元 unit (the
  performance forms, whose headers say 万元 themselves) are left alone.

Header rows are never touched except by the name/year replacements.
"""
import argparse
import json
import re
import sys
from decimal import Decimal

AMOUNT_RE = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
TOTAL_RE = re.compile(r"合\s*计|总\s*计|小\s*计")
CN_DIGITS = "〇一二三四五六七八九"
DEFAULT_DROP_KINDS = "gpb_basic_detail,project_expenditure,economic_classification"


def is_amount(s):
    s = s.strip()
    return bool(AMOUNT_RE.match(s)) and ("." in s or "," in s)


def map_strings(obj, fn):
    """Apply fn to every string value (not keys) of a JSON structure."""
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [map_strings(x, fn) for x in obj]
    if isinstance(obj, dict):
        return {k: map_strings(v, fn) for k, v in obj.items()}
    return obj


# ---------------------------------------------------------------- names

def replace_names(truth, pairs):
    def fn(s):
        for old, new in pairs:
            s = s.replace(old, new)
        return s
    return map_strings(truth, fn)


# ---------------------------------------------------------------- year

def cn_year(y):
    return "".join(CN_DIGITS[int(d)] for d in str(y))


def shift_year(truth, new_year):
    old = int(truth["document"]["year"])
    delta = new_year - old
    years = {y: y + delta for y in (old - 1, old, old + 1)}
    # a whole 4-digit year, not part of a longer number or an amount
    pat = re.compile(r"(?<![\d,.])(%s)(?![\d]|[.,]\d)" % "|".join(str(y) for y in years))
    cn_pat = re.compile("|".join(cn_year(y) for y in years))
    cn_map = {cn_year(y): cn_year(n) for y, n in years.items()}

    def fn(s):
        if is_amount(s):
            return s
        s = pat.sub(lambda m: str(years[int(m.group(1))]), s)
        return cn_pat.sub(lambda m: cn_map[m.group(0)], s)

    truth = map_strings(truth, fn)
    truth["document"]["year"] = new_year
    return truth


# ---------------------------------------------------------------- rows

def place(grid):
    """Placed cells: list of [row, col, cell] with the HTML span rules."""
    occ = set()
    out = []
    for r, row in enumerate(grid):
        c = 0
        for cell in row:
            while (r, c) in occ:
                c += 1
            rs, cs = int(cell.get("rowspan", 1)), int(cell.get("colspan", 1))
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    occ.add((i, j))
            out.append([r, c, cell])
            c += cs
    return out


def drop_rows(table, every):
    """Delete every `every`-th deletable body row; returns rows deleted."""
    grid = table["grid"]
    hr = int(table.get("header_rows", 0) or 0)
    placed = place(grid)
    starts_span = {r for r, _, cell in placed
                   if int(cell.get("rowspan", 1)) > 1 or int(cell.get("colspan", 1)) > 1}
    victims = []
    for r in range(hr, len(grid)):
        if (r - hr + 1) % every:
            continue
        if r in starts_span or any(TOTAL_RE.search(c.get("text", "")) for c in grid[r]):
            continue
        victims.append(r)
    if not victims:
        return 0
    gone = set(victims)
    for r, _, cell in placed:
        rs = int(cell.get("rowspan", 1))
        if rs > 1:
            lost = sum(1 for v in gone if r < v < r + rs)
            if lost:
                rs -= lost
                if rs > 1:
                    cell["rowspan"] = rs
                else:
                    del cell["rowspan"]
    table["grid"] = [row for r, row in enumerate(grid) if r not in gone]
    return len(victims)


# ---------------------------------------------------------------- unit

def to_yuan(s, separators):
    """'49,772.10' -> '497,721,000.00'; decimals are kept as printed."""
    t = s.strip()
    neg = t.startswith("-")
    digits = t.lstrip("-").replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    v = Decimal(digits) * 10000
    body = f"{v:,.{decimals}f}" if separators else f"{v:.{decimals}f}"
    return ("-" if neg else "") + body


def uses_separators(amounts):
    """True/False when the amounts show whether thousands are separated,
    None when no amount is large enough to tell."""
    if any("," in a for a in amounts):
        return True
    if any(abs(Decimal(a)) >= 1000 for a in amounts):
        return False
    return None


def convert_unit(truth):
    tables = [t for t in truth["tables"] if (t.get("unit") or "").strip() == "万元"]

    def body_amounts(t):
        hr = int(t.get("header_rows", 0) or 0)
        return [c for row in t["grid"][hr:] for c in row if is_amount(c.get("text", ""))]

    # a table too small to show its separator style follows the document
    doc_style = bool(uses_separators([c["text"] for t in tables for c in body_amounts(t)]))
    for t in tables:
        t["unit"] = "元"
        for k in ("title", "subtitle", "code"):
            if isinstance(t.get(k), str):
                t[k] = re.sub(r"单位\s*[:：]\s*万元", "单位：元", t[k])
        t["notes"] = [re.sub(r"单位\s*[:：]\s*万元", "单位：元", x) for x in t.get("notes") or []]
        cells = body_amounts(t)
        style = uses_separators([c["text"] for c in cells])
        for c in cells:
            c["text"] = to_yuan(c["text"], doc_style if style is None else style)
    if tables and (truth["document"].get("unit") or "").strip() == "万元":
        truth["document"]["unit"] = "元"
    return len(tables)


# ---------------------------------------------------------------- main

def check_grid(table):
    """Each grid row must be covered exactly once at every column, and no
    row span may run past the last row."""
    grid = table["grid"]
    cover = [[] for _ in grid]
    ncols = 0
    for r, c, cell in place(grid):
        for i in range(r, r + int(cell.get("rowspan", 1))):
            if i >= len(grid):
                raise SystemExit(f"table {table.get('number')}: row span past the end")
            cover[i].extend(range(c, c + int(cell.get("colspan", 1))))
            ncols = max(ncols, c + int(cell.get("colspan", 1)))
    for i, cols in enumerate(cover):
        if sorted(cols) != list(range(ncols)):
            raise SystemExit(f"table {table.get('number')}: row {i} not covered exactly once")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("truth")
    ap.add_argument("out")
    ap.add_argument("--department", help="new department name")
    ap.add_argument("--replace", action="append", default=[], metavar="OLD=NEW")
    ap.add_argument("--year", type=int)
    ap.add_argument("--drop-every", type=int, default=0, metavar="N")
    ap.add_argument("--drop-kinds", default=DEFAULT_DROP_KINDS)
    ap.add_argument("--unit-yuan", action="store_true")
    a = ap.parse_args()

    with open(a.truth, encoding="utf-8") as f:
        truth = json.load(f)

    pairs = []
    if a.department:
        pairs.append((truth["document"]["department"], a.department))
    for p in a.replace:
        old, sep, new = p.partition("=")
        if not sep or not old:
            ap.error(f"--replace wants OLD=NEW, got {p!r}")
        pairs.append((old, new))
    if pairs:
        truth = replace_names(truth, pairs)
    if a.year:
        truth = shift_year(truth, a.year)
    if a.drop_every:
        kinds = set(a.drop_kinds.split(","))
        for t in truth["tables"]:
            if t.get("kind") in kinds:
                k = drop_rows(t, a.drop_every)
                print(f"table {t.get('number')} {t['kind']}: dropped {k} rows", file=sys.stderr)
    if a.unit_yuan:
        print(f"unit 万元 -> 元 in {convert_unit(truth)} tables", file=sys.stderr)
    for t in truth["tables"]:
        check_grid(t)

    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
