#!/usr/bin/env python3
"""Writes the fixtures of Tests/Fixtures/breaks/: rows at a page break of a word processor's
table (python-docx, converted by LibreOffice Writer), where only the widths of the printed lines
tell whether the first row of a page goes on the last row of the page before.

    python3 scripts/make_break_fixtures.py Tests/Fixtures/breaks

- whole-rows:  project performance targets, each project's code, name and amount merged down over
               its indicator rows; names and indicators short, each on one line in wide
               columns. A page break falls between two indicator rows of a project: the first
               row of the next page is a whole row of its own under the merged cells carried
               over (its indicator text starts a new, short line), not the tail of the row above.
- cut-units:   a basic-expenditure detail table whose unit column is narrow: a unit's long name
               wraps over several lines in its merged cell and the first item's name wraps too,
               so a page break can cut the unit's first row: the unit's name and the item's name
               go on at the top of the next page ("青峰县动物疫" / "病预防控制中心",
               "在职人员公用经费公务" / "用车补贴（行政）"), beside the repeated header. One
               unit and one row again.
- two-sided:   a two-sided summary (收入 | 支出) whose three-row header repeats on every page,
               its 项目 cells merged down the header's two lower rows, over three pages; the 收入
               side's last item stands on the second page's last row, so the third page's rows
               are empty on that side. The 收入 text is no merged cell to carry over the break: a repeated header
               merges none of the table's rows.

Names and amounts are invented. Needs python-docx and LibreOffice (soffice), not needed by the tests.
"""
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_word_fixtures import (DEPT, INDICATORS, UNITS, borders, export, merged_indicator_rows, money,  # noqa: E402
                                new_doc, repeat_header, set_widths, write_truth)

from docx.enum.table import WD_ROW_HEIGHT_RULE  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402


SHORT_PROJECTS = ["农业技术培训", "种子质量抽检", "秸秆综合利用", "动物防疫物资", "农机安全检查", "渔业资源养护",
                  "农村能源建设", "植保植检经费", "农业执法装备", "耕地质量监测", "农情信息调度", "蚕桑技术指导",
                  "果树技术推广", "农广校培训", "水产品检测"]


def whole_rows(out_dir):
    rnd = random.Random(45)
    heads = ["项目编码", "项目名称", "项目金额", "指标名称", "指标值"]
    widths = [24, 36, 22, 50, 38]
    title = "2026年部门预算项目绩效目标表"
    doc = new_doc(title, "万元")
    groups = [(f"{417}{n + 1:03d}", name, money(rnd.randint(500, 300000)), rnd.sample(INDICATORS, rnd.randint(3, 6)))
              for n, name in enumerate(SHORT_PROJECTS)]
    tbl = doc.add_table(rows=1 + sum(len(g[3]) for g in groups), cols=len(heads)); borders(tbl); tbl.autofit = False
    repeat_header(tbl)
    for c, text in enumerate(heads):
        tbl.cell(0, c).text = text
    grid = [[{"text": t} for t in heads]] + merged_indicator_rows(tbl, groups)
    set_widths(tbl, widths)
    export(doc, os.path.join(out_dir, "whole-rows.pdf"))
    write_truth(out_dir, "whole-rows", "project_performance", title, "万元", grid)


LONG_ITEMS = ["在职人员公用经费公务用车补贴（行政）", "行政人员及机关技术工人年基本工资", "退休人员物业服务补贴（行政统发）",
              "在职人员年度目标考核奖（行政）", "工会经费（行政）", "福利费（行政）", "住房公积金（行政）",
              "机关事业单位基本养老保险缴费", "离退休人员公用经费（行政）", "在职人员公务通讯补贴"]
LONG_UNITS = ["青峰县动物疫病预防控制中心（行政）", "青峰县农产品质量安全检测中心", "青峰县农业综合行政执法大队",
              "青峰县乡村振兴服务中心（事业）", "青峰县农村合作经济经营管理总站", "青峰县畜牧兽医技术服务中心",
              "青峰县农业广播电视学校（县区）", "青峰县土壤肥料工作站（事业）"]


def cut_units(out_dir):
    rnd = random.Random(63)
    heads = ["项目单位", "项目名称", "合计", "一般公共预算", "单位资金"]
    widths = [18, 30, 22, 22, 22]
    title = "2026年一般公共预算基本支出明细表"
    doc = new_doc(title, "元")
    body = []
    for unit in LONG_UNITS:
        items = rnd.sample(LONG_ITEMS, rnd.randint(1, 3))
        items.sort(key=lambda s: -len(s))           # each unit opens with a long, wrapping name
        for name in items:
            body.append((unit, name, rnd.randint(50, 900000), rnd.randint(10, 5000) if rnd.random() < 0.2 else 0))
    tbl = doc.add_table(rows=1 + len(body), cols=len(heads)); borders(tbl); tbl.autofit = False
    repeat_header(tbl)
    for c, text in enumerate(heads):
        tbl.cell(0, c).text = text
    grid = [[{"text": t} for t in heads]]
    r = 1
    for i, (unit, name, public, own) in enumerate(body):
        texts = [unit, name, money(public + own), money(public), money(own) if own else ""]
        row = []
        for c, text in enumerate(texts):
            if c == 0 and i > 0 and body[i - 1][0] == unit:
                continue            # goes on the merged cell above
            span = 1
            if c == 0:
                while i + span < len(body) and body[i + span][0] == unit:
                    span += 1
                if span > 1:
                    tbl.cell(r, c).merge(tbl.cell(r + span - 1, c))
            tbl.cell(r, c).text = text
            if c >= 2:
                tbl.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            row.append({"text": text, "rowspan": span} if span > 1 else {"text": text})
        grid.append(row)
        r += 1
    set_widths(tbl, widths)
    export(doc, os.path.join(out_dir, "cut-units.pdf"))
    write_truth(out_dir, "cut-units", "gpb_basic_detail", title, "元", grid)


CLASSES = ["（一）一般公共服务支出", "（二）国防支出", "（三）公共安全支出", "（四）教育支出", "（五）科学技术支出",
           "（六）文化旅游体育与传媒支出", "（七）社会保障和就业支出", "（八）卫生健康支出", "（九）节能环保支出",
           "（十）城乡社区支出", "（十一）农林水支出", "（十二）交通运输支出", "（十三）资源勘探工业信息等支出",
           "（十四）商业服务业等支出", "（十五）自然资源海洋气象等支出", "（十六）住房保障支出",
           "（十七）粮油物资储备支出", "（十八）灾害防治及应急管理支出", "（十九）其他支出"]


def two_sided_doc(rows, spacer_mm):
    title = "2026年财政拨款收支预算总表"
    doc = new_doc(title, "万元", 9)
    doc.add_paragraph().paragraph_format.space_before = Mm(spacer_mm)
    tbl = doc.add_table(rows=3 + len(rows), cols=6); borders(tbl); tbl.autofit = False
    for r in range(3):                      # the whole header repeats on every page
        trPr = tbl.rows[r]._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
    tbl.cell(0, 0).merge(tbl.cell(0, 1)).text = "收入"
    tbl.cell(0, 2).merge(tbl.cell(0, 5)).text = "支出"
    for c, text in enumerate(["项目", "金额", "项目", "合计"]):
        tbl.cell(1, c).merge(tbl.cell(2, c)).text = text
    tbl.cell(1, 4).merge(tbl.cell(1, 5)).text = "财政拨款"
    tbl.cell(2, 4).text = "一般公共预算"; tbl.cell(2, 5).text = "政府性基金预算"
    for r, texts in enumerate(rows, start=3):
        row = tbl.rows[r]; row.height = Mm(22); row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        for c, text in enumerate(texts):
            tbl.cell(r, c).text = text
            if c in (1, 3, 4, 5):
                tbl.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_widths(tbl, [32, 21, 50, 22, 22, 23])
    return doc, title


def two_sided(out_dir):
    rnd = random.Random(71)
    classes = [(name, rnd.randint(1000, 900000) if rnd.random() < 0.45 else 0,
                rnd.randint(100, 90000) if rnd.random() < 0.15 else 0) for name in CLASSES]
    gpb = sum(c[1] for c in classes); fund = sum(c[2] for c in classes)
    carried = rnd.randint(1000, 90000)
    spent = gpb + fund
    total = spent + carried
    m = lambda v: money(v) if v else ""   # noqa: E731
    left = [("收入合计", m(total)), ("一、本年收入", m(spent)), ("（一）一般公共预算拨款", m(gpb)),
            ("（二）政府性基金预算拨款", m(fund)), ("（三）国有资本经营预算拨款", ""), ("（四）财政专户管理资金收入", ""),
            ("（五）单位资金", ""), ("二、上年结转", m(carried)), ("（一）一般公共预算拨款", m(carried)),
            ("（二）政府性基金预算拨款", ""), ("（三）国有资本经营预算拨款", ""), ("（四）财政专户管理资金收入", "")]
    right = [("支出合计", total, gpb + carried, fund), ("一、本年支出", spent, gpb, fund)] + \
        [(name, g + f, g, f) for name, g, f in classes] + [("二、年终结转结余", carried, carried, 0)]
    rows = [list(left[i] if i < len(left) else ("", "")) + [right[i][0], m(right[i][1]), m(right[i][2]), m(right[i][3])]
            for i in range(len(right))]
    out = os.path.join(out_dir, "two-sided.pdf")

    def rows_on_first_pages(spacer):
        doc, _ = two_sided_doc(rows, spacer)
        export(doc, out)
        text = "".join(subprocess.run(["pdftotext", "-f", "1", "-l", "2", out, "-"], capture_output=True, text=True).stdout.split())
        return sum(1 for r in right if r[0] in text)
    # Push the table down until the 收入 side's last item is the second page's last row.
    lo, hi = 0.0, 150.0
    while hi - lo > 0.5:
        mid = (lo + hi) / 2
        n = rows_on_first_pages(mid)
        if n == len(left):
            break
        lo, hi = (mid, hi) if n > len(left) else (lo, mid)
    else:
        raise SystemExit("two-sided: no spacing puts the last 收入 item at the second page's foot")
    doc, title = two_sided_doc(rows, mid)
    export(doc, out)
    header = [[{"text": "收入", "colspan": 2}, {"text": "支出", "colspan": 4}],
              [{"text": "项目", "rowspan": 2}, {"text": "金额", "rowspan": 2}, {"text": "项目", "rowspan": 2},
               {"text": "合计", "rowspan": 2}, {"text": "财政拨款", "colspan": 2}],
              [{"text": "一般公共预算"}, {"text": "政府性基金预算"}]]
    t = {"kind": "fiscal_summary", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 3, "grid": header + [[{"text": x} for x in r] for r in rows], "notes": []}
    truth = {"format": "budget-truth/1",
             "document": {"title": f"{DEPT}2026年部门预算", "department": DEPT, "year": 2026, "unit": "万元"},
             "narrative": [], "tables": [t]}
    with open(os.path.join(out_dir, "two-sided.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/breaks"
    os.makedirs(out, exist_ok=True)
    whole_rows(out)
    cut_units(out)
    two_sided(out)
