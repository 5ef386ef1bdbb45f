#!/usr/bin/env python3
"""Change printed amounts in a truth file, the way a typo or a tampered figure would.

usage: mutate_truth.py TRUTH.json OUT.json MUTATIONS.json [--count N] [--seed S]

Picks N body cells holding amounts in tables whose figures the document's own sums cover
(not total rows, not performance tables), and changes each: digits swapped or one added to
a digit. The changes are written to MUTATIONS.json (kind, body row, column, old, new) so
tests can check that every changed row is caught.
"""
import argparse, json, random, re

AMOUNT = re.compile(r"^-?\d{1,3}(,\d{3})*\.\d+$|^-?\d+\.\d+$")  # amounts print decimals; codes do not
SUMMED = {"budget_summary", "fiscal_summary", "revenue", "expenditure", "gpb_expenditure", "gpb_basic_expenditure", "gpb_basic_detail",
          "economic_classification", "three_public", "project_expenditure", "operating_costs"}
TOTAL = ("合计", "总计", "小计")


def expand(grid):
    """Positions (row, col) -> the cell dict covering it, and whether it is the anchor."""
    out = {}
    for r, row in enumerate(grid):
        c = 0
        for cell in row:
            while (r, c) in out:
                c += 1
            for dr in range(int(cell.get("rowspan", 1))):
                for dc in range(int(cell.get("colspan", 1))):
                    out[(r + dr, c + dc)] = (cell, dr == 0 and dc == 0)
            c += int(cell.get("colspan", 1))
    return out


def change(text, rnd):
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    # Raise one digit before the decimal point by 1..8 (wrapping), keeping the format.
    whole = [i for i in digits if "." not in text[:i]] or digits
    i = rnd.choice(whole)
    new = str((int(text[i]) + rnd.randint(1, 8)) % 10)
    if i == digits[0] and new == "0":
        new = "9"
    return text[:i] + new + text[i + 1:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("truth"); ap.add_argument("out"); ap.add_argument("mutations")
    ap.add_argument("--count", type=int, default=12); ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    truth = json.load(open(a.truth, encoding="utf-8"))
    candidates = []
    for t in truth["tables"]:
        if t["kind"] not in SUMMED:
            continue
        h = int(t.get("header_rows", 0))
        m = expand(t["grid"])
        rows = max(r for r, _ in m) + 1
        cols = max(c for _, c in m) + 1
        for r in range(h, rows):
            texts = [m[(r, c)][0]["text"] for c in range(cols) if (r, c) in m]
            if any(x.strip() in TOTAL or x.strip().endswith("合计") for x in texts):
                continue
            for c in range(cols):
                cell, anchor = m.get((r, c), (None, False))
                if cell and anchor and int(cell.get("rowspan", 1)) == 1 and AMOUNT.match(cell["text"].strip()):
                    candidates.append((t, r - h, c, cell))
    picked, used_rows = [], set()
    rnd.shuffle(candidates)
    for t, row, col, cell in candidates:
        key = (t["kind"], row)
        if key in used_rows:
            continue
        used_rows.add(key)
        old = cell["text"]
        cell["text"] = change(old, rnd)
        picked.append({"kind": t["kind"], "row": row, "column": col, "old": old, "new": cell["text"]})
        if len(picked) == a.count:
            break
    json.dump(truth, open(a.out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(picked, open(a.mutations, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for p in picked:
        print(p)


if __name__ == "__main__":
    main()
