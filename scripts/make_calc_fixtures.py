#!/usr/bin/env python3
"""Writes Tests/Fixtures/calc/: tables as a spreadsheet prints them (LibreOffice Calc, through
scripts/heldout/calc_render.py: a sheet per table, header rows repeated on every page, scaled to
the page's width), each with its truth. Needs LibreOffice (soffice); the PDFs are committed.

    python3 scripts/make_calc_fixtures.py Tests/Fixtures/calc

- merged-over-breaks: a basic-expenditure detail (项目单位 | 类型 | 项目名称 | amounts), each unit's
  name merged down its rows and each type down its items, over three pages. Calc draws a merged
  cell's text centred in the whole cell, on every page the cell spans, clipped to the cell's part
  on that page: the text layer holds the clipped copies (over the repeated header, under the last
  row), and the rows on the pages where the text is clipped away print nothing in the column.

Names and amounts are invented.
"""
import json
import os
import subprocess
import sys

DEPT = "东湖县示范管理局"
ITEMS = ["基本工资", "津贴补贴", "奖金", "绩效工资", "养老保险缴费", "职业年金缴费", "医疗保险缴费", "住房公积金",
         "办公费", "印刷费", "水费", "电费", "邮电费", "差旅费", "维修（护）费", "会议费", "培训费", "公务接待费",
         "劳务费", "工会经费", "福利费", "公务用车运行维护费", "其他交通费用", "其他商品和服务支出"]


def cell(text, rowspan=1):
    c = {"text": text}
    if rowspan > 1:
        c["rowspan"] = rowspan
    return c


def merged_over_breaks():
    units = [("东湖县示范管理服务中心", [("人员经费", 21), ("公用经费", 23)]),
             ("东湖县示范技术推广站", [("人员经费", 9), ("公用经费", 31)]),
             ("东湖县示范信息中心", [("人员经费", 14), ("公用经费", 8)])]
    grid = [[cell("项目单位"), cell("类型"), cell("项目名称"), cell("合计"), cell("一般公共预算"), cell("政府性基金预算")]]
    n = 0
    for unit, types in units:
        first_of_unit = True
        for kind, count in types:
            for i in range(count):
                n += 1
                amount = f"{(n * 137) % 900 / 10 + 1.05:.2f}"
                row = []
                if first_of_unit:
                    row.append(cell(unit, sum(c for _, c in types)))
                    first_of_unit = False
                if i == 0:
                    row.append(cell(kind, count))
                name = ITEMS[(n * 7) % len(ITEMS)] + ("（行政）" if n % 3 == 0 else "")
                row += [cell(name), cell(amount), cell(amount), cell("")]
                grid.append(row)
    return {"kind": "gpb_basic_detail", "number": 1, "title": "2026年一般公共预算基本支出预算明细表",
            "department": DEPT, "unit": "万元", "header_rows": 1, "grid": grid, "notes": []}


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    render = os.path.join(here, "heldout", "calc_render.py")
    for name, table, style, seed in [("merged-over-breaks", merged_over_breaks(), "grid", 3)]:
        truth = {"format": "budget-truth/1",
                 "document": {"title": f"{DEPT}2026年度部门预算", "department": DEPT, "year": 2026, "unit": "万元"},
                 "narrative": [], "tables": [table]}
        tpath = os.path.join(out_dir, f"{name}.truth.json")
        with open(tpath, "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
        subprocess.run([sys.executable, render, tpath, os.path.join(out_dir, f"{name}.pdf"), style, str(seed)],
                       check=True, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/calc")
