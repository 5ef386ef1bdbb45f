#!/usr/bin/env python3
"""Show the rows of one table kind where an extraction differs from truth.

usage: diff_rows.py TRUTH.json tables.json KIND [--all]
Uses the scorer's own normalisation and alignment (shared/tools/score)."""
import importlib.machinery, importlib.util, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
score_path = os.path.join(here, "..", "..", "shared", "tools", "score")
loader = importlib.machinery.SourceFileLoader("score", score_path)
spec = importlib.util.spec_from_loader("score", loader)
score = importlib.util.module_from_spec(spec); loader.exec_module(score)
truth = json.load(open(sys.argv[1])); ext = json.load(open(sys.argv[2])); kind = sys.argv[3]
t = next(t for t in truth["tables"] if t["kind"] == kind)
e = [x for x in ext["tables"] if x["kind"] == kind]
cols, trows = score.truth_form(t)
trows = [[score.norm(c) for c in r] for r in trows]
erows = [r for x in e for r in x["rows"]]
en = [[score.norm(c) for c in r["cells"]] for r in erows]
pairs = score.align_rows(trows, en)
matched_t = {i for i, _ in pairs}; matched_e = {j for _, j in pairs}
for i, j in pairs:
    if trows[i] != en[j] or "--all" in sys.argv:
        print(f"T{i}: {trows[i]}\nE{j}: {en[j]}  p{erows[j]['page']} flags={erows[j]['flags']} review={erows[j]['review']}\n")
for i in range(len(trows)):
    if i not in matched_t: print(f"T{i} unmatched: {trows[i]}")
for j in range(len(en)):
    if j not in matched_e: print(f"E{j} spurious: {en[j]} p{erows[j]['page']}")
