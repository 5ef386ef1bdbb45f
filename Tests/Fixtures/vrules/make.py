#!/usr/bin/env python3
"""Fixtures of tables ruled by vertical lines only, with exact truth: the tables of
../hrules/make.py (names and amounts invented; parents are the sums of their children, so every
check holds) printed by Chromium with vertical rules between all columns, the table's top and
bottom ruled, and a rule under the last header row only (drawn under that row's own cells:
类/款/项 or 基本支出/项目支出, not under the cells spanning down to it). No rule between body
rows: rows come from the text lines.

- vrules: a two-sided summary (收入 | 支出); a function table with a three-level header (项目 over
  功能分类科目编码 over 类/款/项, a header cell over several columns has no rule inside it), code
  columns, wrapped names, 合计 merged over the code and name columns, run over two pages under
  its repeated header; an economic table with a group header (财政拨款 over 基本支出 | 项目支出).

usage: python3 Tests/Fixtures/vrules/make.py [OUTDIR]     (default: this folder)
needs: chromium, fonts-noto-cjk
"""
import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "wild"))
spec = importlib.util.spec_from_file_location("hrules_make", os.path.join(HERE, "..", "hrules", "make.py"))
hrules = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hrules)
import make as wild  # noqa: E402  (../wild/make.py)

RULE = "0.75pt solid #000"
STYLES = {
    "vrules": hrules.BASE + f"td, th {{ border-left: {RULE}; border-right: {RULE}; }}"
                            f" thead tr:last-child th {{ border-bottom: {RULE}; }}"
                            f" table {{ border-top: {RULE}; border-bottom: {RULE}; }}",
}


def make(outdir, style, seed):
    rng = random.Random(seed)
    wild.CSS = STYLES[style]
    d = wild.Doc("某县公共文化服务中心", 2026, unit="元")
    data = wild.function_rows(rng, wild.FUNCTION, columns=2)
    hrules.summary_table(d, rng, f"{d.year}年部门收支预算总表", [(n, sum(v)) for c, n, v in data if len(c) == 3])
    hrules.function_table(d, rng, f"{d.year}年部门支出预算表", "expenditure", data, wrap=True)
    hrules.economic_table(d, rng, f"{d.year}年一般公共预算基本支出预算表", group_header=True)
    d.write(outdir, style)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for n, style in enumerate(STYLES):
        make(out, style, 8600 + n)
