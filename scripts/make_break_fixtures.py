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

Names and amounts are invented. Needs python-docx and LibreOffice (soffice), not needed by the tests.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_word_fixtures import (DEPT, INDICATORS, UNITS, borders, export, merged_indicator_rows, money,  # noqa: E402
                                new_doc, repeat_header, set_widths, write_truth)

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402


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


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/breaks"
    os.makedirs(out, exist_ok=True)
    whole_rows(out)
    cut_units(out)
