#!/usr/bin/env python3
"""Fixtures of tables as they are printed in the wild, with exact truth.

Each case is written as HTML (tables drawn the way the producers in question draw them) and
printed by Chromium; its truth.json (shared/spec/truth-format.md) comes from the same data.
Names and amounts are invented; parents are the sums of their children, so every check holds.

usage: python3 Tests/Fixtures/wild/make.py [OUTDIR]     (default: this folder)
needs: chromium, fonts-noto-cjk, poppler-utils (pdftocairo)
"""
import html
import json
import os
import random
import subprocess
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))

CSS = """
@page { size: A4; margin: 18mm 15mm; }
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 10pt; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 4pt 0; font-weight: bold; }
p.unit { text-align: right; margin: 0 0 3pt 0; font-size: 9pt; }
p.code { margin: 0; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.8pt solid #000; padding: 2pt 4pt; font-weight: normal; vertical-align: middle; }
th { text-align: center; line-height: 1.05; }
td.n { text-align: right; white-space: nowrap; }
tbody td { vertical-align: top; }
table.mid tbody td { vertical-align: baseline; }
table.middle tbody td { vertical-align: middle; }
tr { break-inside: auto; }
.page { page-break-after: always; }
"""

# --- amounts -------------------------------------------------------------------------------

def money(d):
    return f"{d:,.2f}"


def rand_amount(rng, lo, hi):
    return Decimal(rng.randint(lo * 100, hi * 100)) / 100


# --- subject trees (standard names of the classifications; amounts invented) ----------------

FUNCTION = [
    ("201", "一般公共服务支出", [("20101", "人大事务", ["行政运行", "一般行政管理事务", "人大会议", "代表工作"]),
                           ("20103", "政府办公厅（室）及相关机构事务", ["行政运行", "机关服务", "信访事务", "其他政府办公厅（室）及相关机构事务支出"])]),
    ("208", "社会保障和就业支出", [("20805", "行政事业单位养老支出", ["行政单位离退休", "事业单位离退休", "机关事业单位基本养老保险缴费支出", "机关事业单位职业年金缴费支出"]),
                            ("20808", "抚恤", ["死亡抚恤", "伤残抚恤"])]),
    ("210", "卫生健康支出", [("21011", "行政事业单位医疗", ["行政单位医疗", "事业单位医疗", "公务员医疗补助"])]),
    ("212", "城乡社区支出", [("21201", "城乡社区管理事务", ["行政运行", "一般行政管理事务", "城管执法", "工程建设标准规范编制与监管", "其他城乡社区管理事务支出"]),
                          ("21208", "国有土地使用权出让收入安排的支出", ["征地和拆迁补偿支出", "土地开发支出", "城市建设支出"])]),
    ("221", "住房保障支出", [("22102", "住房改革支出", ["住房公积金", "提租补贴", "购房补贴"])]),
]

ECONOMIC = [
    ("301", "工资福利支出", ["基本工资", "津贴补贴", "奖金", "伙食补助费", "绩效工资", "机关事业单位基本养老保险缴费",
                       "职业年金缴费", "职工基本医疗保险缴费", "其他社会保障缴费", "住房公积金", "其他工资福利支出"]),
    ("302", "商品和服务支出", ["办公费", "印刷费", "咨询费", "手续费", "水费", "电费", "邮电费", "物业管理费", "差旅费",
                        "维修（护）费", "租赁费", "会议费", "培训费", "公务接待费", "专用材料费", "劳务费", "委托业务费",
                        "工会经费", "福利费", "公务用车运行维护费", "其他交通费用", "其他商品和服务支出"]),
    ("303", "对个人和家庭的补助", ["离休费", "退休费", "抚恤金", "生活补助", "医疗费补助", "奖励金", "其他对个人和家庭的补助"]),
    ("310", "资本性支出", ["办公设备购置", "专用设备购置", "信息网络及软件购置更新"]),
]


def function_rows(rng, classes, items_per=None, columns=1):
    """[(code, name, [amounts…])] 类 → 款 → 项, each parent the sum of its children, per column."""
    out = []
    for code, name, groups in classes:
        cls = [code, name, [Decimal(0)] * columns]
        out.append(cls)
        for gcode, gname, items in groups:
            grp = [gcode, gname, [Decimal(0)] * columns]
            out.append(grp)
            for k, iname in enumerate(items[: items_per or len(items)]):
                icode = f"{gcode}99" if iname.startswith("其他") and k == len(items) - 1 else f"{gcode}{k + 1:02d}"
                vals = [rand_amount(rng, 5, 900) for _ in range(columns)]
                out.append([icode, iname, vals])
                grp[2] = [a + b for a, b in zip(grp[2], vals)]
            cls[2] = [a + b for a, b in zip(cls[2], grp[2])]
    return out


def economic_rows(rng, groups, per=None):
    out = []
    for code, name, items in groups:
        head = [code, name, Decimal(0)]
        out.append(head)
        for k, iname in enumerate(items[: per or len(items)]):
            v = rand_amount(rng, 1, 600)
            last = k == len(items) - 1 and iname.startswith("其他")
            out.append([f"{code}99" if last else f"{code}{k + 1:02d}", iname, v])
            head[2] += v
    return out


# --- document -------------------------------------------------------------------------------

class Doc:
    def __init__(self, department, year, unit="万元", what="部门预算"):
        self.department, self.year, self.unit, self.what = department, year, unit, what
        self.tables = []
        self.body = []

    def truth_table(self, kind, title, header_rows, grid):
        self.tables.append({"kind": kind, "number": len(self.tables) + 1, "title": title,
                            "department": self.department, "unit": self.unit,
                            "header_rows": header_rows, "grid": grid, "notes": []})

    def title_block(self, title):
        return (f'<h1>{html.escape(title)}</h1>'
                f'<p class="unit">部门名称：{html.escape(self.department)}　　单位：{self.unit}</p>')

    def write(self, outdir, name, browser_margins=False, reprint=None):
        """browser_margins: Chromium's own header and footer (date, page title, file URL, page
        n/N) printed in the page margins, as `--print-to-pdf` does unless told not to.
        reprint: a command that prints the browser's PDF again (argv, then source and target)."""
        os.makedirs(outdir, exist_ok=True)
        doc_title = f"{self.department}{self.year}年度{self.what}"
        truth = {"format": "budget-truth/1",
                 "document": {"title": doc_title, "department": self.department, "year": self.year, "unit": self.unit},
                 "narrative": [], "tables": self.tables}
        with open(os.path.join(outdir, f"{name}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
        page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(doc_title)}公开表</title>"
                f"<style>{CSS}</style></head><body>") + "".join(self.body) + "</body></html>"
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "doc.html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(page)
            pdf = os.path.join(outdir, f"{name}.pdf")
            margins = [] if browser_margins else ["--no-pdf-header-footer"]
            first = os.path.join(tmp, "browser.pdf") if reprint else pdf
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", *margins,
                            f"--print-to-pdf={first}", "file://" + src], check=True, capture_output=True)
            if reprint:
                subprocess.run([*reprint, first, pdf], check=True, capture_output=True)


def cell(text, **span):
    c = {"text": text}
    c.update({k: v for k, v in span.items() if v != 1})
    return c


def td(text, cls="", colspan=1, rowspan=1, style=""):
    attrs = ""
    if cls: attrs += f' class="{cls}"'
    if colspan > 1: attrs += f' colspan="{colspan}"'
    if rowspan > 1: attrs += f' rowspan="{rowspan}"'
    if style: attrs += f' style="{style}"'
    return f"<td{attrs}>{html.escape(text)}</td>"


def total_row(rows, columns):
    tot = [Decimal(0)] * columns
    for code, _, vals in rows:
        if len(code) == 3:
            tot = [a + b for a, b in zip(tot, vals)]
    return tot


# --- case: a browser's print of HTML tables whose rows break across pages ---------------------

def browser_split_rows(outdir):
    """Chromium --print-to-pdf of long tables with a repeated header (thead): rows of two or
    three lines are cut by the page break (text at the foot of one page, the rest or an empty
    sliver under the repeated header of the next); a header cell wraps in a narrow column."""
    rng = random.Random(8101)
    d = Doc("某市城乡建设服务中心", 2026)
    # Table 1: 支出预算表, 2 header rows, 合计 = 基本支出 + 项目支出 + 单位资金.
    title = f"{d.year}年部门支出预算表"
    rows = function_rows(rng, FUNCTION, columns=3)
    tot = total_row(rows, 3)
    grid = [[cell("科目编码", rowspan=2), cell("科目名称", rowspan=2), cell("合计", rowspan=2),
             cell("财政拨款", colspan=2), cell("单位资金", rowspan=2)],
            [cell("基本支出"), cell("项目支出")],
            [cell(""), cell("合计"), cell(money(sum(tot))), cell(money(tot[0])), cell(money(tot[1])), cell(money(tot[2]))]]
    body = [f"<tr>{td('')}{td('合计')}{td(money(sum(tot)), 'n')}{td(money(tot[0]), 'n')}{td(money(tot[1]), 'n')}{td(money(tot[2]), 'n')}</tr>"]
    for code, name, vals in rows:
        # Long names wrap to two or three lines in the narrow name column: tall rows, cut by breaks.
        extra = ["人员经费", "公用经费", "专项业务", "运行维护", "购买服务", "设备更新", "信息化建设", "培训宣传"]
        shown = name if len(code) < 7 else name + "（含" + "、".join(rng.sample(extra, rng.choice([2, 5, 7]))) + "）"
        grid.append([cell(code), cell(shown), cell(money(sum(vals))), cell(money(vals[0])), cell(money(vals[1])), cell(money(vals[2]))])
        body.append(f"<tr>{td(code)}{td(shown)}{td(money(sum(vals)), 'n')}{td(money(vals[0]), 'n')}{td(money(vals[1]), 'n')}{td(money(vals[2]), 'n')}</tr>")
    d.truth_table("expenditure", title, 2, grid)
    d.body.append(d.title_block(title) + """<table class="mid"><colgroup><col style="width:16%"><col style="width:20%"><col style="width:16%">
        <col style="width:16%"><col style="width:16%"><col style="width:2.2em"></colgroup>
        <thead><tr><th rowspan="2">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">合计</th><th colspan="2">财政拨款</th>
        <th rowspan="2" style="padding:2pt 1pt">单位资金</th></tr><tr><th>基本支出</th><th>项目支出</th></tr></thead><tbody>"""
                  + "".join(body) + "</tbody></table>")
    d.body.append('<div class="page"></div>')
    # Table 2: 一般公共预算基本支出预算表 (economic subjects), one header row, cells with line breaks.
    title2 = f"{d.year}年一般公共预算基本支出预算表"
    rows2 = economic_rows(rng, ECONOMIC)
    total2 = sum(v for c, _, v in rows2 if len(c) == 3)
    grid2 = [[cell("科目编码"), cell("科目名称"), cell("金额")], [cell(""), cell("合计"), cell(money(total2))]]
    body2 = [f"<tr>{td('')}{td('合计')}{td(money(total2), 'n')}</tr>"]
    for code, name, v in rows2:
        tall = len(code) > 3 and rng.random() < 0.35
        grid2.append([cell(code), cell(name), cell(money(v))])
        style = f"height:{rng.choice([30, 44, 58])}pt" if tall else ""
        body2.append(f"<tr>{td(code, style=style)}{td(name)}{td(money(v), 'n')}</tr>")
    d.truth_table("gpb_basic_expenditure", title2, 1, grid2)
    d.body.append(d.title_block(title2) + "<table><thead><tr><th>科目编码</th><th>科目名称</th><th>金额</th></tr></thead><tbody>"
                  + "".join(body2) + "</tbody></table>")
    d.write(outdir, "browser-split-rows", browser_margins=True)


# --- pages drawn one by one (a Word or report-engine export), borders set cell by cell -----------

def tr(cells, style=""):
    """cells: [(text, cls, colspan)]; style: CSS for every cell of the row."""
    return "<tr>" + "".join(td(t, c, colspan=cs, style=style) for t, c, cs in cells) + "</tr>"


def function_table_rows(rows, amounts=1):
    """Body rows of a function-subject table: (code, name, amount…), amounts as cells."""
    return [[(code, "", 1), (name, "", 1)] + [(money(v), "n", 1) for v in (vals if isinstance(vals, list) else [vals])][:amounts]
            for code, name, vals in rows]


def word_open_edges(outdir):
    """A Word export of tables broken over pages: no header repeated, and the first row of each
    continuation sits above the first horizontal rule of its page, between the vertical rules
    (its top rule went with the previous page)."""
    rng = random.Random(8102)
    d = Doc("某县司法服务保障中心", 2025)
    specs = [("一般公共预算支出预算表", "gpb_expenditure", ["功能科目代码", "功能科目名称", "金额"], 1, 24),
             ("财政拨款支出预算表", "fiscal_expenditure", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], 3, 20)]
    for title_words, kind, header, amounts, per_page in specs:
        title = f"{d.year}年度{title_words}"
        data = function_rows(rng, rng.sample(FUNCTION, 4), columns=max(1, amounts - 1) if amounts > 1 else 1)
        if amounts > 1:
            data = [[c, n, [sum(v)] + v] for c, n, v in data]
        tot = [sum((v[i] for c, _, v in data if len(c) == 3), Decimal(0)) for i in range(amounts)]
        body = [[("", "", 1), ("合计", "", 1)] + [(money(v), "n", 1) for v in tot]] + function_table_rows(data, amounts)
        grid = [[cell(h) for h in header]] + [[cell(t) for t, _, _ in row] for row in body]
        d.truth_table(kind, title, 1, grid)
        pages = [body[i:i + per_page] for i in range(0, len(body), per_page)]
        for n, chunk in enumerate(pages):
            html_rows = []
            for k, row in enumerate(chunk):
                # The first row of a continuation: no rule above it on this page.
                html_rows.append(tr(row, style="border-top:none" if n > 0 and k == 0 else ""))
            head = d.title_block(title) + "<table><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>" if n == 0 else "<table>"
            widths = "".join(f'<col style="width:{w}%">' for w in ([24, 46, 30] if amounts == 1 else [16, 30, 18, 18, 18]))
            d.body.append('<div class="page">' + head.replace("<table>", f"<table><colgroup>{widths}</colgroup>", 1)
                          + "".join(html_rows) + "</table></div>")
    d.write(outdir, "word-open-edges")


def grand_total_alone(outdir):
    """The grand total (合计) of a long table printed alone at the top of the next page, its label
    merged over the code and name columns (fewer cells than the table has), with no header
    repeated; once on a page of its own, once followed by the next table."""
    rng = random.Random(8103)
    d = Doc("某区市场监督管理所", 2026)
    header_top = [("科目编码", 3, 1), ("科目名称", 1, 2), ("合计", 1, 2), ("基本支出", 1, 2), ("项目支出", 1, 2)]
    for n, (title_words, kind) in enumerate([("部门支出预算表", "expenditure"), ("一般公共预算支出功能分类预算表", "gpb_expenditure")]):
        title = f"{d.year}年{title_words}"
        data = function_rows(rng, rng.sample(FUNCTION, 3 + n), columns=2)
        rows = []
        for code, name, v in data:
            split = [code[:3], code[3:5], code[5:7]]
            rows.append(split + [name, money(sum(v)), money(v[0]), money(v[1])])
        tot = [sum((v[i] for c, _, v in data if len(c) == 3), Decimal(0)) for i in range(2)]
        basic = tot[0]
        total = ["合计", money(sum(tot)), money(tot[0]), money(tot[1])]
        grid = [[cell(t, colspan=cs, rowspan=rs) for t, cs, rs in header_top], [cell("类"), cell("款"), cell("项")]]
        grid += [[cell(t) for t in r] for r in rows]
        grid.append([cell("合计", colspan=4)] + [cell(t) for t in total[1:]])
        d.truth_table(kind, title, 2, grid)
        head = ("<table><colgroup>" + '<col style="width:7%">' * 3 + '<col style="width:34%"><col style="width:15%">' * 1
                + '<col style="width:15%"><col style="width:15%"></colgroup><tr>'
                + "".join(f'<th colspan="{cs}" rowspan="{rs}">{t}</th>' for t, cs, rs in header_top)
                + "</tr><tr><th>类</th><th>款</th><th>项</th></tr>")
        body = "".join(tr([(t, "n" if i >= 4 else "", 1) for i, t in enumerate(r)]) for r in rows)
        d.body.append('<div class="page">' + d.title_block(title) + head + body + "</table></div>")
        total_html = ("<table><colgroup>" + '<col style="width:7%">' * 3 + '<col style="width:34%"><col style="width:15%">'
                      + '<col style="width:15%"><col style="width:15%"></colgroup>'
                      + tr([("合计", "", 4)] + [(t, "n", 1) for t in total[1:]]) + "</table>")
        d.body.append(f'<div class="page">{total_html}</div>' if n == 0 else f'<div style="margin-bottom:24pt">{total_html}</div>')
    # A short table after the second total, on the same page: it must stay a table of its own.
    title = f"{d.year}年一般公共预算基本支出预算表"
    data = economic_rows(rng, ECONOMIC[:2], per=4)
    # Its total is the 基本支出 of the table before (the document's tables agree with each other).
    data[-1][2] += basic - sum(v for c, _, v in data if len(c) == 3)
    data[5][2] += basic - sum(v for c, _, v in data if len(c) == 3)
    total = sum(v for c, _, v in data if len(c) == 3)
    grid = [[cell("科目编码"), cell("科目名称"), cell("金额")], [cell(""), cell("合计"), cell(money(total))]]
    grid += [[cell(c), cell(nm), cell(money(v))] for c, nm, v in data]
    d.truth_table("gpb_basic_expenditure", title, 1, grid)
    d.body.append(d.title_block(title) + "<table><tr><th>科目编码</th><th>科目名称</th><th>金额</th></tr>"
                  + tr([("", "", 1), ("合计", "", 1), (money(total), "n", 1)])
                  + "".join(tr([(c, "", 1), (nm, "", 1), (money(v), "n", 1)]) for c, nm, v in data) + "</table>")
    d.write(outdir, "grand-total-alone")


def open_sides(outdir):
    """Tables whose outer border is missing on one side: the horizontal rules run on past the
    outermost vertical rule, and a column stands outside the box (金额 on the right; the codes
    on the left in the second table; the third has both sides open)."""
    rng = random.Random(8104)
    d = Doc("某市档案馆", 2025)
    # Table 1: 金额 outside the box on the right.
    title = f"{d.year}年一般公共预算基本支出预算表"
    data = economic_rows(rng, ECONOMIC[:3], per=6)
    total = sum(v for c, _, v in data if len(c) == 3)
    body = [["", "合计", money(total)]] + [[c, nm, money(v)] for c, nm, v in data]
    d.truth_table("gpb_basic_expenditure", title, 1, [[cell("科目编码"), cell("科目名称"), cell("金额")]] + [[cell(t) for t in r] for r in body])
    open_right = "border-right:none"
    rows = "".join("<tr>" + td(r[0]) + td(r[1]) + td(r[2], "n", style=open_right) + "</tr>" for r in body)
    d.body.append('<div class="page">' + d.title_block(title) + '<table style="width:80%"><colgroup><col style="width:25%"><col style="width:45%"><col style="width:30%"></colgroup>'
                  + f'<tr><th>科目编码</th><th>科目名称</th><th style="{open_right}">金额</th></tr>' + rows + "</table></div>")
    # Table 2: the code column outside the box on the left, three amount columns.
    title = f"{d.year}年部门支出预算表"
    data = function_rows(rng, rng.sample(FUNCTION, 3), columns=2)
    tot = [sum((v[i] for c, _, v in data if len(c) == 3), Decimal(0)) for i in range(2)]
    body = [["", "合计", money(sum(tot)), money(tot[0]), money(tot[1])]]
    body += [[c, nm, money(sum(v)), money(v[0]), money(v[1])] for c, nm, v in data]
    header = ["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"]
    d.truth_table("expenditure", title, 1, [[cell(h) for h in header]] + [[cell(t) for t in r] for r in body])
    open_left = "border-left:none"
    rows = "".join("<tr>" + td(r[0], style=open_left) + td(r[1]) + "".join(td(t, "n") for t in r[2:]) + "</tr>" for r in body)
    d.body.append('<div class="page">' + d.title_block(title) + '<table><colgroup><col style="width:14%"><col style="width:32%">' + '<col style="width:18%">' * 3 + "</colgroup><tr>"
                  + f'<th style="{open_left}">{header[0]}</th>' + "".join(f"<th>{h}</th>" for h in header[1:]) + "</tr>" + rows + "</table></div>")
    # Table 3: both sides open (only the inner vertical rules drawn).
    title = f"{d.year}年政府性基金预算支出预算表"
    data = function_rows(rng, [FUNCTION[3]], columns=1)
    total = sum(v[0] for c, _, v in data if len(c) == 3)
    body = [["", "合计", money(total)]] + [[c, nm, money(v[0])] for c, nm, v in data]
    d.truth_table("gov_fund", title, 1, [[cell("科目编码"), cell("科目名称"), cell("金额")]] + [[cell(t) for t in r] for r in body])
    rows = "".join("<tr>" + td(r[0], style=open_left) + td(r[1]) + td(r[2], "n", style=open_right) + "</tr>" for r in body)
    d.body.append(d.title_block(title) + '<table><colgroup><col style="width:22%"><col style="width:50%"><col style="width:28%"></colgroup>'
                  + f'<tr><th style="{open_left}">科目编码</th><th>科目名称</th><th style="{open_right}">金额</th></tr>' + rows + "</table>")
    d.write(outdir, "open-sides")


def narrow_group_header(outdir):
    """A group header over narrow columns at an open side (科目编码 over 类 | 款 | 项, the left
    border not drawn): its text, the widest in those columns, fills its cell from side to side,
    and the font reports each character's box as tall as its whole line, reaching below the
    rule under the cell. That rule is a rule, not a stroke of the characters it runs through."""
    rng = random.Random(5501)
    d = Doc("某市气象服务中心", 2025)
    title = f"{d.year}年政府性基金预算支出预算表"
    data = function_rows(rng, [FUNCTION[3], FUNCTION[0]], columns=2)
    tot = [sum((v[i] for c, _, v in data if len(c) == 3), Decimal(0)) for i in range(2)]
    body = [["", "", "", "合计", money(sum(tot)), money(tot[0]), money(tot[1])]]
    for c, nm, v in data:
        body.append([c[:3], c[3:5], c[5:7], nm, money(sum(v)), money(v[0]), money(v[1])])
    head0 = [cell("科目编码", colspan=3), cell("科目名称", rowspan=2), cell("合计", rowspan=2), cell("本年支出", colspan=2)]
    head1 = [cell("类"), cell("款"), cell("项"), cell("基本支出"), cell("项目支出")]
    d.truth_table("gov_fund", title, 2, [head0, head1] + [[cell(t) for t in r] for r in body])
    open_left = "border-left:none"
    spread = "font-size:15pt;padding:2pt 0.5pt"
    tight = "padding:2pt 1pt"
    rows = "".join("<tr>" + td(r[0], style=open_left + ";" + tight) + "".join(td(t, style=tight) for t in r[1:3]) + td(r[3])
                   + "".join(td(t, "n") for t in r[4:]) + "</tr>" for r in body)
    d.body.append(d.title_block(title) + '<table style="width:auto">'
                  + f'<tr><th colspan="3" style="{open_left};{spread}">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">合计</th><th colspan="2">本年支出</th></tr>'
                  + f'<tr><th style="{open_left}">类</th><th>款</th><th>项</th><th>基本支出</th><th>项目支出</th></tr>' + rows + "</table>")
    d.write(outdir, "narrow-group-header")


def side_by_side(outdir):
    """Final accounts printing the economic classification as blocks of the same columns side by
    side: 人员经费 | 公用经费 in two blocks with their totals on the last line, and a second table in
    three blocks of 科目代码/科目名称/金额 whose lists are of different lengths."""
    rng = random.Random(8105)
    d = Doc("某区水务服务中心", 2024, what="部门决算")

    def blocks_table(title, kind, header, lists, closing=None, tops=None):
        height = max(len(l) for l in lists)
        grid = [[cell(t, colspan=len(header)) for t in tops]] if tops else []
        grid.append([cell(h) for _ in lists for h in header])
        html_rows = []
        for i in range(height):
            row = []
            for l in lists:
                row += [str(x) for x in l[i]] if i < len(l) else ["", "", ""]
            grid.append([cell(t) for t in row])
            html_rows.append("<tr>" + "".join(td(t, "n" if k % 3 == 2 else "") for k, t in enumerate(row)) + "</tr>")
        if closing:
            row = []
            html = "<tr>"
            for label, amount in closing:
                grid_cells = [cell(label, colspan=2), cell(amount)]
                row += grid_cells
                html += td(label, colspan=2) + td(amount, "n")
            grid.append(row)
            html_rows.append(html + "</tr>")
        d.truth_table(kind, title, 2 if tops else 1, grid)
        width = 100 // len(lists)
        top_row = "<tr>" + "".join(f'<th colspan="{len(header)}">{t}</th>' for t in tops) + "</tr>" if tops else ""
        cols = "".join(f'<col style="width:{width * 0.27:.1f}%"><col style="width:{width * 0.45:.1f}%"><col style="width:{width * 0.28:.1f}%">' for _ in lists)
        d.body.append('<div class="page">' + d.title_block(title) + f'<table style="font-size:8.5pt"><colgroup>{cols}</colgroup>{top_row}<tr>'
                      + "".join(f"<th>{h}</th>" for _ in lists for h in header) + "</tr>" + "".join(html_rows) + "</table></div>")

    def listing(groups, per):
        rows = economic_rows(rng, groups, per=per)
        return [(c, n, money(v)) for c, n, v in rows], sum(v for c, _, v in rows if len(c) == 3)

    personnel, p_total = listing([ECONOMIC[0], ECONOMIC[2]], None)
    public, q_total = listing([ECONOMIC[1], ECONOMIC[3]], None)
    blocks_table(f"{d.year}年度一般公共预算财政拨款基本支出决算表", "gpb_basic_expenditure",
                 ["经济分类科目编码", "科目名称", "决算数"], [personnel, public],
                 closing=[("人员经费合计", money(p_total)), ("公用经费合计", money(q_total))])
    a, _ = listing([ECONOMIC[0]], 8)
    b, _ = listing([ECONOMIC[1]], 12)
    c, _ = listing([ECONOMIC[2], ECONOMIC[3]], 3)
    blocks_table(f"{d.year}年度财政拨款基本支出决算表", "fiscal_basic_expenditure", ["科目代码", "科目名称", "金额"], [a, b, c])
    # Each block under a header cell of its own.
    p2, _ = listing([ECONOMIC[0]], 6)
    q2, _ = listing([ECONOMIC[1], ECONOMIC[3]], 5)
    blocks_table(f"{d.year}年度基本支出决算明细表", "gpb_basic_detail", ["科目编码", "科目名称", "决算数"], [p2, q2],
                 tops=["人员经费", "公用经费"])
    d.write(outdir, "side-by-side")


def browser_landscape(outdir):
    """Another browser print: A4 landscape, a sans font, 元 with large amounts, a three-row header
    printed once (no thead: continuations start with the rest of a cut row and no header), rows
    cut mid-text, and the table's 合计 printed last, carried to a page of its own."""
    rng = random.Random(8106)
    d = Doc("某镇综合行政执法队", 2026, unit="元")
    title = f"{d.year}年部门收入预算表"
    classes = FUNCTION + [FUNCTION[0]]
    data = function_rows(rng, classes[:5], columns=3)
    data = [[c, n, [v * 1000 for v in vals]] for c, n, vals in data]
    tot = [sum((v[i] for c, _, v in data if len(c) == 3), Decimal(0)) for i in range(3)]
    head = [[cell("功能分类科目", colspan=2), cell("收入预算", colspan=4)],
            [cell("科目编码", rowspan=2), cell("科目名称", rowspan=2), cell("合计", rowspan=2), cell("财政拨款收入", colspan=2), cell("其他收入", rowspan=2)],
            [cell("一般公共预算"), cell("政府性基金预算")]]
    grid = [r[:] for r in head]
    extra = ["人员经费", "公用经费", "专项业务", "运行维护", "购买服务", "设备更新", "信息化建设", "培训宣传", "执法装备", "应急保障"]
    body = []
    for code, name, v in data:
        shown = name if len(code) < 7 else name + "（含" + "、".join(rng.sample(extra, rng.choice([1, 4, 9]))) + "）"
        row = [code, shown, money(sum(v)), money(v[0]), money(v[1]), money(v[2])]
        grid.append([cell(t) for t in row])
        body.append("<tr>" + "".join(td(t, "n" if k >= 2 else "") for k, t in enumerate(row)) + "</tr>")
    total = ["合计", money(sum(tot)), money(tot[0]), money(tot[1]), money(tot[2])]
    grid.append([cell("合计", colspan=2)] + [cell(t) for t in total[1:]])
    # Blank space before the total pushes it to the next page, alone.
    body.append('<tr style="break-before:page">' + td("合计", colspan=2) + "".join(td(t, "n") for t in total[1:]) + "</tr>")
    d.truth_table("revenue", title, 3, grid)
    d.body.append("<style>@page { size: A4 landscape; } body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 9pt; }"
                  " table.l tbody td { vertical-align: middle; }</style>"
                  + d.title_block(title) + '<table class="l"><colgroup><col style="width:12%"><col style="width:16%">'
                  + '<col style="width:18%">' * 4 + "</colgroup><tbody>"
                  + '<tr><th colspan="2">功能分类科目</th><th colspan="4">收入预算</th></tr>'
                  + '<tr><th rowspan="2">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">合计</th><th colspan="2">财政拨款收入</th><th rowspan="2">其他收入</th></tr>'
                  + "<tr><th>一般公共预算</th><th>政府性基金预算</th></tr>" + "".join(body) + "</tbody></table>")
    d.write(outdir, "browser-landscape", browser_margins=True)


def titles_in_margin(outdir):
    """A report engine that prints each table's title in the top margin of every page it runs
    over (the same title again, no 续表), and its page number in the bottom margin."""
    rng = random.Random(8107)
    d = Doc("某县农业技术推广站", 2025)
    for words, kind, per in [("部门支出预算表", "expenditure", 22), ("一般公共预算支出预算表", "gpb_expenditure", 30)]:
        title = f"{d.year}年{words}"
        data = function_rows(rng, rng.sample(FUNCTION, 4), columns=2)
        tot = [sum((v[i] for c, _, v in data if len(c) == 3), Decimal(0)) for i in range(2)]
        body = [["", "合计", money(sum(tot)), money(tot[0]), money(tot[1])]]
        body += [[c, nm, money(sum(v)), money(v[0]), money(v[1])] for c, nm, v in data]
        header = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
        d.truth_table(kind, title, 1, [[cell(h) for h in header]] + [[cell(t) for t in r] for r in body])
        chunks = [body[i:i + per] for i in range(0, len(body), per)]
        for chunk in chunks:
            d.body.append('<div class="page" style="position:relative;height:281mm">'
                          f'<h1 style="margin:0">{html.escape(title)}</h1><p class="unit">单位：{d.unit}</p><table><tr>'
                          + "".join(f"<th>{h}</th>" for h in header) + "</tr>"
                          + "".join(tr([(t, "n" if k >= 2 else "", 1) for k, t in enumerate(r)]) for r in chunk)
                          + f'</table><p style="position:absolute;bottom:0;width:100%;text-align:center;margin:0">第 {len(d.body) + 1} 页</p></div>')
    d.body.insert(0, "<style>@page { size: A4; margin: 5mm 15mm 4mm 15mm; }</style>")
    d.write(outdir, "titles-in-margin")


def form_hrules_only(outdir):
    """The performance form of text_row_alone printed on one page with horizontal rules only (no
    vertical rule tells its cells apart): where its cells start and end rests on the text alone.
    Not read whole, so kept with the loss fixtures: python3 make.py ../loss form-hrules-only"""
    text_row_alone(outdir, name="form-hrules-only", ruled=False)


def text_row_alone(outdir, name="text-row-alone", ruled=True):
    """A performance form (部门整体绩效目标表: text, no amounts in its indicator rows) whose last
    row is carried alone to the next page, with no header repeated and its first-level label
    merged down over the break (the cell on the next page is empty): a page holding one line of
    cells, after a page with a table."""
    d = Doc("某县文化和旅游局", 2026)
    title = f"{d.year}年部门整体绩效目标表"
    goal = "围绕公共文化服务体系建设，完成基层文化设施提档升级，组织群众文化活动不少于三百场，提升公共文化服务效能。"
    tasks = [("公共文化服务", "开展送戏下乡、公益电影放映和全民阅读活动，覆盖全部乡镇"),
             ("文物保护利用", "完成县级文物保护单位日常巡查和安全隐患整治"),
             ("文旅市场监管", "开展文化市场综合执法检查，规范旅游市场秩序")]
    indicators = [("产出指标", "数量指标", "群众文化活动场次", "≥300场", "反映全年组织开展群众文化活动的数量"),
                  ("产出指标", "数量指标", "公益电影放映场次", "≥1200场", "反映全年农村公益电影放映的数量"),
                  ("产出指标", "质量指标", "文物安全巡查覆盖率", "100%", "反映县级文物保护单位巡查覆盖情况"),
                  ("产出指标", "时效指标", "年度任务完成及时率", "≥95%", "反映部门年度重点工作任务按期完成情况"),
                  ("效益指标", "社会效益指标", "群众文化获得感", "明显提升", "反映部门履职对群众精神文化生活的影响"),
                  ("效益指标", "满意度指标", "服务对象满意度", "≥90%", "反映社会公众对部门公共文化服务工作的满意程度")]
    grid = [[cell("部门（单位）名称"), cell(d.department, colspan=4)],
            [cell("年度履职目标"), cell(goal, colspan=4)],
            [cell("年度主要任务", rowspan=len(tasks) + 1), cell("任务名称"), cell("主要内容", colspan=3)]]
    grid += [[cell(n), cell(c, colspan=3)] for n, c in tasks]
    grid.append([cell("一级指标"), cell("二级指标"), cell("三级指标"), cell("指标值"), cell("指标说明")])
    groups = {}
    for k in indicators:
        groups[k[0]] = groups.get(k[0], 0) + 1
    seen = set()
    for k in indicators:
        first = [] if k[0] in seen else [cell(k[0], rowspan=groups[k[0]])]
        seen.add(k[0])
        grid.append(first + [cell(t) for t in k[1:]])
    d.truth_table("dept_performance", title, 0, grid)
    cols = '<colgroup><col style="width:14%"><col style="width:16%"><col style="width:22%"><col style="width:12%"><col style="width:36%"></colgroup>'
    rows = (tr([("部门（单位）名称", "", 1), (d.department, "", 4)]) + tr([("年度履职目标", "", 1), (goal, "", 4)])
            + f'<tr>{td("年度主要任务", rowspan=len(tasks) + 1)}{td("任务名称")}{td("主要内容", colspan=3)}</tr>'
            + "".join(tr([(n, "", 1), (c, "", 3)]) for n, c in tasks)
            + tr([(t, "", 1) for t in ["一级指标", "二级指标", "三级指标", "指标值", "指标说明"]]))
    body, seen = "", set()
    for i, k in enumerate(indicators[:-1]):
        # The first-level label merged over its rows; the group cut by the page break prints its
        # label above the break only.
        span = groups[k[0]] - (1 if k[0] == indicators[-1][0] else 0)
        first = "" if k[0] in seen else td(k[0], rowspan=span)
        seen.add(k[0])
        body += "<tr>" + first + "".join(td(t) for t in k[1:]) + "</tr>"
    if not ruled:
        # One page, horizontal rules only: the last row in place, its label merged over its group.
        d.body.append("<style>td, th { border-left: none; border-right: none; padding: 3pt 6pt; }</style>")
        body, seen = "", set()
        for k in indicators:
            first = "" if k[0] in seen else td(k[0], rowspan=groups[k[0]])
            seen.add(k[0])
            body += "<tr>" + first + "".join(td(t) for t in k[1:]) + "</tr>"
        d.body.append(d.title_block(title) + "<table>" + cols + rows + body + "</table>")
        d.write(outdir, name)
        return
    # Spacing pushes the last indicator row to the next page, whose table has no header.
    d.body.append('<div class="page">' + d.title_block(title) + "<table>" + cols + rows + body + "</table></div>")
    d.body.append("<table>" + cols + "<tr>" + td("") + "".join(td(t) for t in indicators[-1][1:]) + "</tr></table>")
    d.write(outdir, name)
# --- case: merged cells cut by a browser's page break, their text running past the last rule ---

MIDDLE = "vertical-align:middle"   # a browser's default for a cell: its text in the middle of the rows it spans


def browser_merged_breaks(outdir, seed=8321):
    """Chromium --print-to-pdf of tables whose merged cells (rowspan) sit in narrow columns: a
    unit's or a type's name, a project's name, set in the middle of the rows they span. Where a
    page break cuts such a cell, Chromium draws no rule under it at the page's foot (the rule under
    the other columns is drawn) and the lines of its text that do not fit run on below that rule
    ("公用" in the cell, "经费" under the table); the next page goes on under the repeated header
    with the cell empty. Both tables are one table each, every row under its unit, type and
    project."""
    rng = random.Random(seed)
    d = Doc("某市人力资源服务中心", 2026)
    # Table 1: 一般公共预算基本支出明细表, unit and type merged down their items.
    title = f"{d.year}年一般公共预算基本支出明细表"
    units = ["某市人力资源服务中心", "某市职业技能鉴定指导中心（事业）", "某市劳动人事争议仲裁院", "某市就业创业服务中心（事业）",
             "某市社会保险征缴服务中心", "某市人事考试中心（事业）", "某市劳动保障监察支队", "某市技师学院（事业）"]
    personnel = ["基本工资（行政）", "津贴补贴（事业）", "年终一次性奖金", "绩效工资（事业）", "养老保险缴费（事业）",
                 "职业年金缴费", "医疗保险缴费（行政）", "住房公积金（事业）", "退休人员生活补贴（事业）", "遗属补助（事业）"]
    public = ["办公费（行政）", "工会经费（事业）", "福利费（事业）", "公务用车运行维护费", "离退休人员公用经费（事业）",
              "培训费（行政）", "差旅费（事业）"]
    data = []   # (unit, [(type, [(item, gpb, own)])])
    for u in units:
        groups = []
        for typ, names in (("人员经费", personnel), ("公用经费", public)):
            items = [(nm, rand_amount(rng, 1, 600), rand_amount(rng, 0, 40) if rng.random() < 0.3 else Decimal(0))
                     for nm in rng.sample(names, rng.randint(4, len(names)))]
            groups.append((typ, items))
        data.append((u, groups))
    gpb = sum(g for _, gs in data for _, its in gs for _, g, _ in its)
    own = sum(o for _, gs in data for _, its in gs for _, _, o in its)
    def amt(v): return money(v) if v else ""
    header = ["项目单位", "类型", "项目名称", "合计", "一般公共预算", "单位资金"]
    grid = [[cell(h) for h in header], [cell(""), cell(""), cell("合计"), cell(money(gpb + own)), cell(money(gpb)), cell(amt(own))]]
    body = [f"<tr>{td('')}{td('')}{td('合计')}{td(money(gpb + own), 'n')}{td(money(gpb), 'n')}{td(amt(own), 'n')}</tr>"]
    for u, groups in data:
        n_unit = sum(len(its) for _, its in groups)
        first_of_unit = True
        for typ, items in groups:
            for k, (nm, g, o) in enumerate(items):
                row, html_row = [], ""
                if first_of_unit:
                    row.append(cell(u, rowspan=n_unit)); html_row += td(u, rowspan=n_unit, style=MIDDLE); first_of_unit = False
                if k == 0:
                    row.append(cell(typ, rowspan=len(items))); html_row += td(typ, rowspan=len(items), style=MIDDLE)
                row += [cell(nm), cell(money(g + o)), cell(money(g)), cell(amt(o))]
                html_row += f"{td(nm)}{td(money(g + o), 'n')}{td(money(g), 'n')}{td(amt(o), 'n')}"
                grid.append(row); body.append(f"<tr>{html_row}</tr>")
    d.truth_table("gpb_basic_detail", title, 1, grid)
    d.body.append(d.title_block(title) + """<table class="middle"><colgroup><col style="width:5.2em"><col style="width:1.8em"><col>
        <col style="width:17%"><col style="width:17%"><col style="width:15%"></colgroup>
        <thead><tr>""" + "".join(f"<th>{h}</th>" for h in header) + "</tr></thead><tbody>" + "".join(body) + "</tbody></table>")
    d.body.append('<div class="page"></div>')
    # Table 2: 项目绩效目标表, each project's code, name and amount merged over its indicators.
    title2 = f"{d.year}年部门预算项目绩效目标表"
    projects = ["城乡居民养老保险市级补助资金", "原村办企业退休人员退休费补差项目", "就业见习补贴及职业技能培训补助资金",
                "人事考试考务组织与监考费用", "社会保障卡系统运行维护费", "高技能人才和技术能手工作经费",
                "劳动保障监察执法装备购置", "人力资源市场信息化建设项目", "退役军人就业创业扶持资金"]
    indicators = [("发放及时性", "及时"), ("补贴发放准确率", "100%"), ("培训人数", "≥800人"), ("群众满意度", "≥95%"),
                  ("系统故障排除时效", "≤30分钟"), ("考试组织完成率", "100%"), ("资金到位率", "100%"), ("参保人员覆盖率", "≥98%")]
    header2 = ["项目编码", "项目名称", "项目金额", "三级指标", "指标值"]
    grid2 = [[cell(h) for h in header2]]
    body2 = []
    for k, name in enumerate(projects):
        code = f"41080024{k + 1:06d}"
        inds = rng.sample(indicators, rng.randint(3, 6))
        amount = money(rand_amount(rng, 3, 4000))
        for j, (ind, val) in enumerate(inds):
            if j == 0:
                grid2.append([cell(code, rowspan=len(inds)), cell(name, rowspan=len(inds)), cell(amount, rowspan=len(inds)), cell(ind), cell(val)])
                body2.append(f"<tr>{td(code, rowspan=len(inds), style=MIDDLE)}{td(name, rowspan=len(inds), style=MIDDLE)}"
                             f"{td(amount, 'n', rowspan=len(inds), style=MIDDLE)}{td(ind)}{td(val)}</tr>")
            else:
                grid2.append([cell(ind), cell(val)])
                body2.append(f"<tr>{td(ind)}{td(val)}</tr>")
    d.truth_table("project_performance", title2, 1, grid2)
    d.body.append(d.title_block(title2) + """<table class="middle"><colgroup><col style="width:20%"><col style="width:3.6em"><col style="width:16%">
        <col><col style="width:16%"></colgroup><thead><tr>""" + "".join(f"<th>{h}</th>" for h in header2)
                  + "</tr></thead><tbody>" + "".join(body2) + "</tbody></table>")
    d.write(outdir, "browser-merged-breaks")


# --- case: open sides, a table wider than the page clipped by the browser -----------------------

def browser_clipped_open(outdir, seed=8411):
    """Chromium --print-to-pdf of two revenue tables drawn with open sides (no rule down the
    table's left and right edges, as many budget books print them): the first fits its page, the
    others are set at 135 % and 138 % of the page's width, so that the browser cuts them at the
    page's edge (their last columns are never printed). Nothing on the page says so but the rules
    running on just past the last vertical rule, all to one x (135 %: the clip falls in the next
    column's padding), or the digits of amounts cut through running past where the rules end
    (138 %)."""
    rng = random.Random(seed)
    d = Doc("某市人力资源和社会保障局", 2026)
    d.body.append("<style>td, th { border: 0.75pt solid #000; } tr > *:first-child { border-left: none; }"
                  " tr > *:last-child { border-right: none; }</style>")
    header = ["科目编码", "科目名称", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金", "上年结转"]
    for k, (kind, title, width) in enumerate([("revenue", f"{d.year}年部门收入预算表", 100), ("expenditure", f"{d.year}年部门支出预算表", 135),
                                              ("gpb_expenditure", f"{d.year}年一般公共预算支出预算表", 138)]):
        rows = function_rows(rng, FUNCTION[:2 + k % 2], columns=6)
        tot = total_row(rows, 6)
        body = [["", "合计", money(sum(tot))] + [money(v) for v in tot]]
        body += [[c, nm, money(sum(v))] + [money(x) for x in v] for c, nm, v in rows]
        d.truth_table(kind, title, 1, [[cell(h) for h in header]] + [[cell(t) for t in r] for r in body])
        d.body.append(('<div class="page">' if k < 2 else "<div>") + d.title_block(title)
                      + f'<table style="width:{width}%"><thead><tr>' + "".join(f"<th>{h}</th>" for h in header) + "</tr></thead><tbody>"
                      + "".join("<tr>" + "".join(td(t, "n" if i >= 2 else "") for i, t in enumerate(r)) + "</tr>" for r in body)
                      + "</tbody></table></div>")
    d.write(outdir, "browser-clipped-open")   # kept as Tests/Fixtures/loss/clipped-open


def browser_clipped_none(outdir, seed=8417):
    """The tables of browser-clipped-open printed with no rules at all, at 100 %, 138 % and 150 %
    of the page's width: the browser cuts the two wider ones where the page ends. With no rule to
    end short of the text, only the glyphs the cut runs through (amounts and header words drawn
    in part) say that columns are missing."""
    global CSS
    saved = CSS
    CSS = CSS.replace("border: 0.8pt solid #000;", "border: none;")
    rng = random.Random(seed)
    d = Doc("某市人力资源和社会保障局", 2026)
    header = ["科目编码", "科目名称", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金", "上年结转"]
    for k, (kind, title, width) in enumerate([("revenue", f"{d.year}年部门收入预算表", 100), ("expenditure", f"{d.year}年部门支出预算表", 138),
                                              ("gpb_expenditure", f"{d.year}年一般公共预算支出预算表", 150)]):
        rows = function_rows(rng, FUNCTION[:2 + k % 2], columns=6)
        tot = total_row(rows, 6)
        body = [["", "合计", money(sum(tot))] + [money(v) for v in tot]]
        body += [[c, nm, money(sum(v))] + [money(x) for x in v] for c, nm, v in rows]
        d.truth_table(kind, title, 1, [[cell(h) for h in header]] + [[cell(t) for t in r] for r in body])
        d.body.append(('<div class="page">' if k < 2 else "<div>") + d.title_block(title)
                      + f'<table style="width:{width}%"><thead><tr>' + "".join(f"<th>{h}</th>" for h in header) + "</tr></thead><tbody>"
                      + "".join("<tr>" + "".join(td(t, "n" if i >= 2 else "") for i, t in enumerate(r)) + "</tr>" for r in body)
                      + "</tbody></table></div>")
    d.write(outdir, "browser-clipped-none")   # kept as Tests/Fixtures/loss/clipped-none
    CSS = saved


def title_alone(outdir):
    """Printed with no rules at all: a function table read as usual, then on pages of their own
    two tables of one row each (政府性基金 with an empty 合计, 三公 with its figures), too little
    for any reading to find a table under their titles; and a narrative page headed by a numbered
    heading that names a table's subject (二、机关运行经费预算), which is no table."""
    global CSS
    saved = CSS
    CSS = CSS.replace("border: 0.8pt solid #000;", "border: none;")
    rng = random.Random(8511)
    d = Doc("某县档案馆", 2026)
    d.body.append('<div class="page"><h2>二、机关运行经费预算</h2><p>本部门' + str(d.year)
                  + '年机关运行经费预算为12.50万元，主要用于办公费、印刷费、水电费等支出。</p></div>')
    title = f"{d.year}年部门支出预算表"
    data = function_rows(rng, rng.sample(FUNCTION, 3), columns=2)
    rows = [[code, name, money(sum(v)), money(v[0]), money(v[1])] for code, name, v in data]
    tot = [sum((v[i] for c, _, v in data if len(c) == 3), Decimal(0)) for i in range(2)]
    grid = [[cell("科目编码"), cell("科目名称"), cell("合计"), cell("基本支出"), cell("项目支出")]]
    grid += [[cell("")] + [cell("合计")] + [cell(money(sum(tot))), cell(money(tot[0])), cell(money(tot[1]))]]
    grid += [[cell(t) for t in r] for r in rows]
    d.truth_table("expenditure", title, 1, grid)
    head = "<table><tr>" + "".join(f"<th>{t}</th>" for t in ("科目编码", "科目名称", "合计", "基本支出", "项目支出")) + "</tr>"
    body = tr([("", "", 1), ("合计", "", 1)] + [(money(x), "n", 1) for x in (sum(tot), tot[0], tot[1])])
    body += "".join(tr([(t, "n" if i >= 2 else "", 1) for i, t in enumerate(r)]) for r in rows)
    d.body.append('<div class="page">' + d.title_block(title) + head + body + "</table></div>")
    title = f"{d.year}年政府性基金预算支出表"
    grid = [[cell("科目编码"), cell("科目名称"), cell("合计"), cell("基本支出"), cell("项目支出")],
            [cell(""), cell("合计"), cell(""), cell(""), cell("")]]
    d.truth_table("gov_fund", title, 1, grid)
    d.body.append('<div class="page">' + d.title_block(title) + "<table><tr>"
                  + "".join(f"<th>{t}</th>" for t in ("科目编码", "科目名称", "合计", "基本支出", "项目支出")) + "</tr>"
                  + tr([("", "", 1), ("合计", "", 1), ("", "n", 1), ("", "n", 1), ("", "n", 1)]) + "</table></div>")
    title = f"{d.year}年一般公共预算“三公”经费支出预算表"
    heads = ("合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费")
    grid = [[cell(h) for h in heads], [cell("3.20"), cell(""), cell("1.20"), cell("2.00")]]
    d.truth_table("three_public", title, 1, grid)
    d.body.append('<div class="page">' + d.title_block(title) + "<table><tr>" + "".join(f"<th>{t}</th>" for t in heads) + "</tr>"
                  + tr([("3.20", "n", 1), ("", "n", 1), ("1.20", "n", 1), ("2.00", "n", 1)]) + "</table></div>")
    d.write(outdir, "title-alone")
    CSS = saved


def cairo_reprint(outdir, seed=6203):
    """A browser's print (titles and headers in a false bold: each glyph's outline stroked over its
    fill) printed again through cairo (poppler's pdftocairo, as a print-to-file dialog does). The
    fonts cairo writes map the glyphs an ideograph shares with a radical to the radical's code
    point (⼀ U+2F00 for 一, ⽀ for 支, ⻔ U+2ED4 for 门): the title read 2025年⼀般公共预算⽀出预算表
    and the table was of kind other."""
    global CSS
    saved = CSS
    CSS += "h1, th { -webkit-text-stroke: 0.5pt #000; }"
    rng = random.Random(seed)
    d = Doc("某市公共资源交易中心", 2025)
    title = f"{d.year}年一般公共预算支出预算表"
    data = function_rows(rng, [FUNCTION[0], FUNCTION[2], FUNCTION[4]], columns=2)
    tot = [sum((v[i] for c, _, v in data if len(c) == 3), Decimal(0)) for i in range(2)]
    body = [["合计", "", money(sum(tot)), money(tot[0]), money(tot[1])]]
    body += [[c, nm, money(sum(v)), money(v[0]), money(v[1])] for c, nm, v in data]
    head0 = [cell("功能分类科目编码", rowspan=2), cell("功能分类科目名称", rowspan=2), cell("合计", rowspan=2), cell("一般公共预算支出", colspan=2)]
    head1 = [cell("基本支出"), cell("项目支出")]
    d.truth_table("gpb_expenditure", title, 2, [head0, head1] + [[cell(t) for t in r] for r in body])
    rows = "".join("<tr>" + td(r[0]) + td(r[1]) + "".join(td(t, "n") for t in r[2:]) + "</tr>" for r in body)
    d.body.append(d.title_block(title) + "<table>"
                  + '<tr><th rowspan="2">功能分类科目编码</th><th rowspan="2">功能分类科目名称</th><th rowspan="2">合计</th><th colspan="2">一般公共预算支出</th></tr>'
                  + "<tr><th>基本支出</th><th>项目支出</th></tr>" + rows + "</table>")
    d.write(outdir, "cairo-reprint", reprint=["pdftocairo", "-pdf"])
    CSS = saved


CASES = {"browser-split-rows": browser_split_rows, "titles-in-margin": titles_in_margin, "browser-landscape": browser_landscape, "word-open-edges": word_open_edges,
         "grand-total-alone": grand_total_alone, "open-sides": open_sides, "side-by-side": side_by_side,
         "narrow-group-header": narrow_group_header, "text-row-alone": text_row_alone, "form-hrules-only": form_hrules_only, "browser-merged-breaks": browser_merged_breaks,
         "browser-clipped-open": browser_clipped_open, "browser-clipped-none": browser_clipped_none, "title-alone": title_alone,
         "cairo-reprint": cairo_reprint}

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for name, make in CASES.items():
        if len(sys.argv) > 2 and name not in sys.argv[2:]:
            continue
        make(out)
        print("wrote", os.path.join(out, name + ".pdf"))
