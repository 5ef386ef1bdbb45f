#!/usr/bin/env python3
"""Writes Tests/Fixtures/loss/: documents built so that something is lost or cannot be checked,
each with its truth (what is printed). The extraction must ask for review on each.

    python3 scripts/make_loss_fixtures.py Tests/Fixtures/loss

- outside:         the last row of a ruled table printed under its bottom rule, outside the
                   column lines: its amounts land in no cell.
- loose-piece:     a table whose second page prints a narrower piece, with other columns and no
                   title: it can be neither stitched nor classified.
- several-values:  a ruled row whose 项目支出 cell holds two amounts on two lines.
- totals:          a summary without 收入总计/支出总计 rows and an expenditure table without
                   its 合计 row: a total is missing and the checks across tables cannot run.

Names and amounts are invented. HTML printed by chromium (scripts/make_row_fixtures.py).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_row_fixtures import DEPT, esc, heading, print_pdf, ruled_page, truth  # noqa: E402

HEAD = ("科目编码", "科目名称", "合计", "基本支出", "项目支出")
ROWS = [
    ("", "合计", "9,876.54", "6,543.21", "3,333.33"),
    ("201", "一般公共服务支出", "5,432.10", "4,321.00", "1,111.10"),
    ("20103", "政府办公厅（室）及相关机构事务", "5,432.10", "4,321.00", "1,111.10"),
    ("2010301", "行政运行", "4,321.00", "4,321.00", ""),
    ("2010302", "一般行政管理事务", "1,111.10", "", "1,111.10"),
    ("208", "社会保障和就业支出", "2,222.21", "2,222.21", ""),
    ("20805", "行政事业单位养老支出", "2,222.21", "2,222.21", ""),
    ("2080505", "机关事业单位基本养老保险缴费支出", "2,222.21", "2,222.21", ""),
    ("213", "农林水支出", "2,222.23", "", "2,222.23"),
    ("21301", "农业农村", "2,222.23", "", "2,222.23"),
    ("2130199", "其他农业农村支出", "2,222.23", "", "2,222.23"),
]


def table_html(rows, head=HEAD, extra=""):
    trs = "".join("<tr>" + "".join(f"<td class='{'amt' if i >= 2 else ''}'>{esc(c)}</td>" for i, c in enumerate(r)) + "</tr>"
                  for r in rows)
    return f"<table><thead><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr></thead><tbody>{trs}</tbody></table>{extra}"


def grid(rows, head=HEAD):
    return [[{"text": h} for h in head]] + [[{"text": c} for c in r] for r in rows]


def table_truth(number, kind, title, rows, head=HEAD):
    return {"kind": kind, "number": number, "title": title, "department": DEPT, "unit": "万元",
            "header_rows": 1, "grid": grid(rows, head), "notes": []}


def write(out_dir, name, page, tables):
    print_pdf(page, os.path.join(out_dir, f"{name}.pdf"))
    json.dump(truth(f"{DEPT}2026年度部门预算", tables), open(os.path.join(out_dir, f"{name}.truth.json"), "w"),
              ensure_ascii=False, indent=1)


def outside(out_dir):
    title = "2026年一般公共预算支出预算表"
    last = ROWS[-1]
    # The last row is set under the bottom rule, in the columns' places, with no rule of its own.
    tail = ("<table class='tail'><tr>" + "".join(f"<td class='{'amt' if i >= 2 else ''}'>{esc(c)}</td>"
                                                   for i, c in enumerate(last)) + "</tr></table>")
    style = """@page { size: A4; margin: 15mm; }
table.tail td { border: none; }
table.tail, table:not(.tail) { table-layout: fixed; }
col, td:nth-child(1), th:nth-child(1) { width: 16%; } td:nth-child(2), th:nth-child(2) { width: 36%; }"""
    body = heading(title, "万元") + table_html(ROWS[:-1], extra=tail)
    write(out_dir, "outside", ruled_page(style, body), [table_truth(1, "gpb_expenditure", title, ROWS)])


def loose_piece(out_dir):
    title = "2026年一般公共预算支出预算表"
    # Page 2 goes on without a title, narrower, with other columns (no 合计): a piece that
    # matches neither the table before it nor any kind.
    head2 = ("科目名称", "基本支出", "项目支出")
    rows2 = [(r[1],) + r[3:] for r in ROWS[5:]]
    style = """@page { size: A4; margin: 15mm; }
.p2 { break-before: page; width: 62%; }"""
    body = (heading(title, "万元") + table_html(ROWS[:5]) + f"<div class='p2'>{table_html(rows2, head=head2)}</div>")
    # As printed, page 2 continues the table (its 合计 and codes not printed there).
    whole = ROWS[:5] + [("", r[0], "", r[1], r[2]) for r in rows2]
    write(out_dir, "loose-piece", ruled_page(style, body), [table_truth(1, "gpb_expenditure", title, whole)])


def several_values(out_dir):
    title = "2026年一般公共预算支出预算表"
    rows = [list(r) for r in ROWS]
    # Two amounts in one cell, on two lines, where a second row should have been.
    rows[4][4] = "1,111.10<br>2,000.00"
    trs = "".join("<tr>" + "".join(f"<td class='{'amt' if i >= 2 else ''}'>{c if '<br>' in c else esc(c)}</td>"
                                   for i, c in enumerate(r)) + "</tr>" for r in rows)
    body = heading(title, "万元") + f"<table><thead><tr>{''.join(f'<th>{h}</th>' for h in HEAD)}</tr></thead><tbody>{trs}</tbody></table>"
    truth_rows = [tuple(c.replace("<br>", "") for c in r) for r in rows]
    write(out_dir, "several-values", ruled_page("@page { size: A4; margin: 15mm; }", body),
          [table_truth(1, "gpb_expenditure", title, truth_rows)])


def totals(out_dir):
    s_title = "2026年部门收支预算总表"
    s_head = ("收入项目", "收入金额", "支出项目", "支出金额")
    s_rows = [("一、财政拨款收入", "9,876.54", "一、一般公共服务支出", "5,432.10"),
              ("二、事业收入", "", "二、社会保障和就业支出", "2,222.21"),
              ("三、其他收入", "", "三、农林水支出", "2,222.23"),
              ("本年收入", "9,876.54", "本年支出", "9,876.54")]
    e_title = "2026年部门支出预算表"
    e_rows = ROWS[1:]
    style = """@page { size: A4; margin: 15mm; }
.p2 { break-before: page; }"""
    body = (heading(s_title, "万元") + table_html(s_rows, head=s_head)
            + f"<div class='p2'>{heading(e_title, '万元')}{table_html(e_rows)}</div>")
    write(out_dir, "totals", ruled_page(style, body),
          [table_truth(1, "budget_summary", s_title, s_rows, head=s_head), table_truth(2, "expenditure", e_title, e_rows)])


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/loss"
    os.makedirs(out, exist_ok=True)
    for name in sys.argv[2:] or ["outside", "loose_piece", "several_values", "totals"]:
        globals()[name](out)
