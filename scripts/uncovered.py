#!/usr/bin/env python3
"""Where is each printed amount that landed in no cell?

usage: scripts/uncovered.py DOC.pdf tables.json

../shared/tools/coverage counts the amounts printed on table pages (as
`pdftotext -layout` reads them) that are found as a whole cell of tables.json.
This script takes the amounts it would count as missing and finds each on its
page (`pdftotext -bbox` word boxes), then says where it is printed:

  as-value     a cell that is the amount itself (credited; not listed)
  in-cell      inside an extracted cell that holds more than the amount (prose
               such as a 說明 column; or the rest of a row a page break cut, joined
               to the row on the page before): extracted, but not as a value
  in-table     inside a table's region but in no cell: a real loss
  outside      outside every extracted table's region (prose under a table,
               a narrative page that looks tabular)

One line per occurrence, then a count per place. Exit status 1 when any
amount is `in-table`, so that it can guard a batch.
"""
import html
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

# The same amount pattern as the coverage tool, so that both count the same things.
AMOUNT = re.compile(r"(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\d.,]*\d)")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def canon(s):
    try:
        return format(Decimal(s.replace(",", "")).normalize(), "f")
    except InvalidOperation:
        return None


def inside(box, x, y):
    return box[0] - 1 <= x <= box[2] + 1 and box[1] - 1 <= y <= box[3] + 1


def main(pdf, tables_path):
    doc = json.load(open(tables_path, encoding="utf-8"))
    tables = doc.get("tables", [])
    found = Counter()
    for t in tables:
        for r in t.get("rows", []):
            for cell in r.get("cells", []):
                s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(cell or "")))
                if AMOUNT.fullmatch(s) or re.fullmatch(r"-?\d+", s):
                    c = canon(s)
                    if c is not None:
                        found[c] += 1
    claimed = {p for t in tables for p in t.get("pages", [])}
    layout = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    printed, pages_of = Counter(), defaultdict(set)
    for p, text in enumerate(layout.split("\f"), 1):
        text = unicodedata.normalize("NFKC", text)
        tabular = sum(1 for line in text.splitlines()
                      if re.search(AMOUNT.pattern + r"\s{2,}\S*?" + AMOUNT.pattern, line))
        if p not in claimed and tabular < 3:
            continue
        for m in AMOUNT.finditer(text):
            c = canon(m.group(0))
            if c is not None:
                printed[c] += 1
                pages_of[c].add(p)
    missing = {k: n - found[k] for k, n in printed.items() if found[k] < n}
    if not missing:
        print("every printed amount is in a cell")
        return 0
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    words_by_page = [WORD.findall(page) for page in bbox.split("<page ")[1:]]
    places = Counter()
    for amount in sorted(missing, key=lambda a: min(pages_of[a])):
        for p in sorted(pages_of[amount]):
            if p > len(words_by_page):
                continue
            for x0, y0, x1, y1, text in words_by_page[p - 1]:
                text = unicodedata.normalize("NFKC", html.unescape(text))
                if not any(canon(m.group(0)) == amount for m in AMOUNT.finditer(text)):
                    continue
                x, y = (float(x0) + float(x1)) / 2, (float(y0) + float(y1)) / 2
                place, where = "outside", f"word {text!r}"
                for t in tables:
                    if not any(g["page"] == p and inside(g["box"], x, y) for g in t.get("regions", [])):
                        continue
                    place, where = "in-table", f"table {t['number']} ({t['kind']}) word {text!r}"
                    for r in t.get("rows", []):
                        if r.get("page") != p:
                            continue
                        for ci, cb in enumerate(r.get("cell_boxes", [])):
                            if inside(cb, x, y):
                                cell = r["cells"][ci] if ci < len(r["cells"]) else ""
                                whole = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(cell or "")))
                                place = "as-value" if canon(whole) == amount else "in-cell"
                                where = f"table {t['number']} ({t['kind']}) column {ci + 1}: {cell[:60]!r}"
                    if place == "in-table":
                        # The rest of a row the page break above cut: joined to that row, whose
                        # cell boxes are those of its first part, on the page before.
                        w = re.sub(r"\s+", "", text)
                        for r in t.get("rows", []):
                            if r.get("page") != p - 1 or "split_by_page_break" not in r.get("flags", []):
                                continue
                            for ci, cell in enumerate(r.get("cells", [])):
                                if w and w in re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(cell or ""))):
                                    place = "in-cell"
                                    where = (f"table {t['number']} ({t['kind']}) column {ci + 1}, the rest of a row "
                                             f"cut by the break above: {cell[:60]!r}")
                    break
                places[place] += 1
                if place == "as-value":
                    continue  # this occurrence is one the coverage tool credits
                print(f"{amount:>14}  p.{p:<4} {place:<9} {where}")
    print("; ".join(f"{k} {v}" for k, v in sorted(places.items())))
    return 1 if places["in-table"] else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
