#!/usr/bin/env python3
"""Fixtures of tables ruled by horizontal lines only, and of tables with no rules at all, with
exact truth. Written as HTML and printed by Chromium (names and amounts invented; parents are
the sums of their children, so every check holds). Helpers shared with ../wild/make.py.

- every-row: every body row between two rules, no vertical rule; a three-level header (项目 over
  科目编码 over 类/款/项) whose partial rule closes only the code group; code columns 类/款/项 set
  a cell's padding apart from the names; names wrapped in their cell; the table runs over two
  pages with its header repeated; a two-sided summary table (收入 | 支出) on its own page.
- booktabs: rules above and under the header and under the last row only; a group header
  (财政拨款 over 基本支出 | 项目支出) with a partial rule under it; a two-sided summary.
- no-rules: no rule at all; a one-line header.
- tall-rows: every row ruled, in a landscape table whose unit-name column is so narrow that
  each name stands one character per line (rows ten lines tall, amounts set in the middle);
  a three-level header whose narrow headers stack one character per line (a header band many
  lines tall, 其中：财政拨款 under 一般公共预算); two or three rows a page, rows cut by page
  breaks, the header repeated at each page's top without its top rule.
- clipped: tall-rows's table printed on a portrait page at 135 % of the page's width: the
  browser cuts it at the page's edge (the last columns are not printed, an amount is cut
  through), and the lines printed past the rules' end stay in their rows.
- clipped-grid: the same with every cell ruled: the table's left side is ruled, its right side
  (beyond the page's edge) is not, and the glyphs of the last column printed run to the clip.
- codes-right: every row ruled; the codes of 类 and 款 set right in their cells under 类 and 款
  centred (neither header stands over its codes); the table runs onto a second page, where its
  合计 row, set flush left in a cell merged over 类 | 款 | 名称, ends it; then an empty table
  (政府性基金: its header and a 合计 row with no amount, and a note saying it is empty).

- merged-labels: every cell ruled top and bottom, as a browser prints a table styled so. A
  two-sided summary whose expenditure side runs on alone past its revenue side, row after row of
  text with no amount (classes the department does not spend on), its names wrapped in narrow
  columns so that amounts stand on lines of their own in the middle of their rows; then a
  line-item table (项目单位 | 类型 | 项目名称 | amounts) whose unit and type cells are merged
  down over their items (no rule crosses them: the rules stop short of those columns), the unit
  name wrapped past its first item's rule, running over three pages so that merged cells are
  cut by page breaks (a type's second line printed under the page's last rule), and names
  ending in （行政） that hang the closing mark past their cell's edge into the padding beside
  the amounts.
- wrapped-group: codes-right's table with a group header (部门经济分类科目编码) wider than the
  code columns under it: it wraps, and its last line, centred, stands over the codes of 类 set
  right in a wide cell while 类, centred, stands off them.
- long-sides: every cell ruled top and bottom; a two-sided summary whose expenditure side runs
  on alone for three pages in a narrow name column (each class two to six lines): after the
  first page the revenue side is empty under its repeated header (收入 over 项目 | 金额, nothing
  under it), and a page holds nine rows of text only above its one row of amounts.
- merged-narrow: merged-labels's line-item table at 60 % of the width, its names wrapped so that
  each row stands three lines tall (the amounts on the middle one): a unit's name, merged down a
  column the row rules stop short of, prints a line on a row's line of amounts (the line runs
  past the rules) and another between two rows; the last row stands alone on the fifth page,
  its name wrapped round its amounts.
- cut-rows: long-sides in a narrower name column: four pages; rows of text only cut by the page
  breaks (their first lines under a page's last rule with no rule under them, the rest at the
  next page's top under the repeated header), one page with no amount at all.
- indicator-rows: every cell ruled top and bottom; a performance table whose projects' code,
  name and amounts are merged down over two to four indicator rows each (the rules between
  indicator rows stop short of the merged columns, amounts included), over two pages.
- indicator-tall: indicator-rows with six to eight indicator rows a project, over two pages: the
  code, name and amounts of a page's first project, centred in their merged cells, stand on a
  line several indicator rows under the header (the rules between those rows stop short of the
  merged columns, as the header's own partial rules do).
- indicator-groups: a performance table whose indicators stand in four groups of narrow columns
  (成本/产出/效益/满意度指标, each 三级指标 | 指标值, under 绩效目标): each indicator row several lines
  tall, a project's rows between the rules across the whole width taller together than a row may
  stand (`rowBandFactor`), parted by the rules that stop short of the merged columns.
- indicator-wrapped: indicator-tall with a narrow indicator column: names wrap over two lines,
  the value beside them, centred, on a line of its own between them (a line of figures only,
  ≥95%, whose em no CJK character tells).
- indicator-breaks: every cell ruled top and bottom, 8 pt type; a performance table whose header
  has three levels (绩效目标 over 成本/产出/效益/满意度指标 over 三级指标 | 指标值) beside 项目金额(万元)
  spanning two header rows over its three amount columns: the rule under 项目金额 runs at the
  height of the rules under the four groups, one line with them. Sixteen projects in narrow
  columns over several pages: projects cut by the page breaks (their first lines at a page's
  foot with no rule under them, the rest under the repeated header), pages whose first amounts
  stand several indicator rows under the header.
- empty-left: two empty tables (a header and a 合计 row with nothing in it, a note), the 合计 set
  flush left in its cell merged over 类 | 款 | 项 | 名称 (under the header's 项目).
- indicator-foot: indicator-breaks with long project names (the name cell runs on past the rules
  under the project's indicator rows, at a page's foot too) and cost targets printed with
  decimals (≤36.48万元: a figure on an indicator line).
- indicator-tail: indicator-breaks with other indicators: the last page holds only the last
  project's indicator rows (no amount on the page), parted by rules short of the merged columns.
- form-blocks: every cell ruled top and bottom; a performance form (部门整体绩效目标表, no header)
  whose columns change part way down: a label column whose cells span rows (年度主要任务,
  预算情况, 一级指标, 二级指标; the rules between their rows stop short of them), a prose block
  (label | text over four columns), a task block (label | name | text over three), a budget
  block (label | item over two | amount over two, set right) and an indicator block of five
  columns; the prose rows cross every column line the other blocks show.

usage: python3 Tests/Fixtures/hrules/make.py [OUTDIR [STYLE...]]     (default: this folder, every style)
needs: chromium, fonts-noto-cjk
"""
import os
import random
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "wild"))
import make as wild  # noqa: E402
from make import Doc, cell, money, rand_amount, function_rows, economic_rows, td, tr, FUNCTION, ECONOMIC  # noqa: E402

BASE = """
@page { size: A4; margin: 18mm 15mm; }
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 4pt 0; font-weight: bold; }
p.unit { text-align: right; margin: 0 0 3pt 0; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 2pt 3pt; font-weight: normal; vertical-align: middle; }
th { text-align: center; }
td.n { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
.page { page-break-after: always; }
"""
RULE = "0.75pt solid #000"
STYLES = {
    "every-row": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    # booktabs: the table's top and bottom, under the header, under a group header.
    "booktabs": BASE + f"table {{ border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; }}"
                       f" thead th {{ border-bottom: {RULE}; }}",
    "no-rules": BASE,
    "tall-rows": BASE.replace("size: A4;", "size: A4 landscape;") + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "codes-right": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }} td.c {{ text-align: right; }}",
    "clipped": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "clipped-grid": BASE + f"td, th {{ border: {RULE}; }}",
    "merged-labels": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "merged-narrow": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "indicator-rows": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "cut-rows": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "long-sides": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "wrapped-group": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }} td.c {{ text-align: right; }}",
    "form-blocks": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "indicator-tall": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "indicator-groups": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "indicator-wrapped": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "indicator-breaks": BASE.replace("font-size: 10pt;", "font-size: 8pt;") + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "empty-left": BASE + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "indicator-foot": BASE.replace("font-size: 10pt;", "font-size: 8pt;") + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
    "indicator-tail": BASE.replace("font-size: 10pt;", "font-size: 8pt;") + f"td, th {{ border-top: {RULE}; border-bottom: {RULE}; }}",
}


UNITS = ["某市社会保险事业管理服务中心", "某市劳动人事争议仲裁院", "某市职业技能鉴定指导中心", "某市人才交流服务中心",
         "某市就业创业服务中心", "某市技工学校", "某市劳动保障监察支队", "某市人力资源信息中心"]


def tall_rows_table(d, rng, title, width=100):
    """单位代码 | 单位名称 (one character a line) | 总计 | 本年收入: 合计, 一般公共预算 (小计, 其中：财政拨款),
    政府性基金, 事业收入 | 上年结转; each unit's 总计 = 合计 + 上年结转, 合计 = 小计 + 政府性基金 + 事业收入."""
    rows = []
    for k, name in enumerate(UNITS):
        gen = rand_amount(rng, 50, 9000)
        own = (gen * Decimal("0.9")).quantize(Decimal("0.01"))
        fund = rand_amount(rng, 1, 300) if rng.random() < 0.4 else Decimal(0)
        biz = rand_amount(rng, 1, 500) if rng.random() < 0.3 else Decimal(0)
        carry = rand_amount(rng, 1, 200) if rng.random() < 0.5 else Decimal(0)
        rows.append([f"302{k + 1:03d}", name, gen + fund + biz + carry, gen + fund + biz, gen, own, fund, biz, carry])
    total = ["", "合计"] + [sum((r[i] for r in rows), Decimal(0)) for i in range(2, 9)]
    shown = [[r[0], r[1]] + [money(v) if v else "" for v in r[2:]] for r in [total] + rows]
    grid = [[cell("单位代码", rowspan=3), cell("单位名称", rowspan=3), cell("总计", rowspan=3), cell("本年收入", colspan=5),
             cell("上年结转", rowspan=3)],
            [cell("合计", rowspan=2), cell("一般公共预算", colspan=2), cell("政府性基金", rowspan=2), cell("事业收入", rowspan=2)],
            [cell("小计"), cell("其中：财政拨款")]]
    grid += [[cell(t) for t in r] for r in shown]
    d.truth_table("revenue", title, 3, grid)
    head = ('<thead><tr><th rowspan="3">单位代码</th><th rowspan="3">单位名称</th><th rowspan="3">总计</th>'
            '<th colspan="5" class="group">本年收入</th><th rowspan="3">上年结转</th></tr>'
            '<tr><th rowspan="2">合计</th><th colspan="2" class="group">一般公共预算</th><th rowspan="2">政府性基金</th>'
            '<th rowspan="2">事业收入</th></tr><tr><th>小计</th><th>其中：财政拨款</th></tr></thead>')
    body = "".join("<tr>" + "".join(td(t, "n" if i >= 2 else "") for i, t in enumerate(r)) + "</tr>" for r in shown)
    # Narrow name, fund and business columns: their text stands one character per line.
    cols = ('<colgroup><col style="width:9%"><col style="width:2%">' + '<col style="width:13%">' * 2
            + '<col style="width:13%"><col style="width:13%"><col style="width:2%"><col style="width:2%"><col style="width:13%"></colgroup>')
    d.body.append('<div class="page">' + d.title_block(title) + f'<table style="width:{width}%">{cols}{head}<tbody>' + body + "</tbody></table></div>")



def split_code(code):
    return [code[:3], code[3:5], code[5:7]]


def function_table(d, rng, title, kind, data, wrap):
    """类/款/项 | 名称 | 合计 基本支出 项目支出 under 项目 / 支出预算, as every-row ruled tables print it."""
    tot = [sum((v[i] for c, _, v in data if len(c) == 3), Decimal(0)) for i in range(2)]
    grid = [[cell("项目", colspan=4), cell("支出预算", colspan=3)],
            [cell("功能分类科目编码", colspan=3), cell("功能分类科目名称", rowspan=2), cell("合计", rowspan=2),
             cell("基本支出", rowspan=2), cell("项目支出", rowspan=2)],
            [cell("类"), cell("款"), cell("项")]]
    body = []
    for code, name, v in data:
        shown = name + "（含人员经费、公用经费和专项业务费）" if wrap and len(code) == 7 and rng.random() < 0.25 else name
        row = split_code(code) + [shown, money(sum(v)), money(v[0]) if v[0] else "", money(v[1]) if v[1] else ""]
        grid.append([cell(t) for t in row])
        body.append("<tr>" + "".join(td(t, "n" if i >= 4 else "") for i, t in enumerate(row)) + "</tr>")
    total = ["合计", money(sum(tot)), money(tot[0]), money(tot[1])]
    grid.append([cell("合计", colspan=4)] + [cell(t) for t in total[1:]])
    body.append("<tr>" + td("合计", colspan=4, style="text-align:center") + "".join(td(t, "n") for t in total[1:]) + "</tr>")
    d.truth_table(kind, title, 3, grid)
    head = ('<thead><tr><th colspan="4">项目</th><th colspan="3" class="group">支出预算</th></tr>'
            '<tr><th colspan="3" class="group">功能分类科目编码</th><th rowspan="2">功能分类科目名称</th><th rowspan="2">合计</th>'
            '<th rowspan="2">基本支出</th><th rowspan="2">项目支出</th></tr><tr><th>类</th><th>款</th><th>项</th></tr></thead>')
    cols = '<colgroup><col style="width:6%"><col style="width:6%"><col style="width:6%"><col style="width:34%">' + '<col style="width:16%">' * 3 + "</colgroup>"
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{head}<tbody>" + "".join(body) + "</tbody></table></div>")


NUMERALS = "一二三四五六七八九十"


def summary_table(d, rng, title, classes):
    """Two-sided summary: 收入 (项目 | 预算数) beside 支出 (项目 | 预算数, one line per function
    class), totals on the last line."""
    sources = ["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入", "四、事业收入", "五、其他收入"]
    uses = [f"{NUMERALS[i]}、{name}" for i, (name, _) in enumerate(classes)]
    spend = [v for _, v in classes]
    total = sum(spend)
    income = [(total * Decimal(share)).quantize(Decimal("0.01")) for share in ("0.55", "0.2", "0.1", "0.1")]
    income.append(total - sum(income))
    grid = [[cell("收入", colspan=2), cell("支出", colspan=2)], [cell("项目"), cell("预算数"), cell("项目"), cell("预算数")]]
    body = []
    for i in range(max(len(sources), len(uses))):
        row = [sources[i] if i < len(sources) else "", money(income[i]) if i < len(sources) else "",
               uses[i] if i < len(uses) else "", money(spend[i]) if i < len(uses) else ""]
        grid.append([cell(t) for t in row])
        body.append("<tr>" + "".join(td(t, "n" if k % 2 else "") for k, t in enumerate(row)) + "</tr>")
    row = ["收入总计", money(total), "支出总计", money(total)]
    grid.append([cell(t) for t in row])
    body.append("<tr>" + "".join(td(t, "n" if k % 2 else "") for k, t in enumerate(row)) + "</tr>")
    d.truth_table("budget_summary", title, 2, grid)
    head = ('<thead><tr><th colspan="2" class="group">收入</th><th colspan="2" class="group">支出</th></tr>'
            "<tr><th>项目</th><th>预算数</th><th>项目</th><th>预算数</th></tr></thead>")
    cols = '<colgroup><col style="width:32%"><col style="width:18%"><col style="width:32%"><col style="width:18%"></colgroup>'
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{head}<tbody>" + "".join(body) + "</tbody></table></div>")


def economic_table(d, rng, title, group_header):
    """科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 (under 财政拨款 when group_header)."""
    data = economic_rows(rng, ECONOMIC[:3], per=5)
    rows = []
    for code, name, v in data:
        a = (v * Decimal("0.6")).quantize(Decimal("0.01"))
        rows.append([code, name, v, a, v - a])
    tot = [sum((r[i] for r in rows if len(r[0]) == 3), Decimal(0)) for i in (2, 3, 4)]
    body_rows = [["", "合计"] + [money(t) for t in tot]] + [[r[0], r[1]] + [money(x) for x in r[2:]] for r in rows]
    if group_header:
        grid = [[cell("科目编码", rowspan=2), cell("科目名称", rowspan=2), cell("合计", rowspan=2), cell("财政拨款", colspan=2)],
                [cell("基本支出"), cell("项目支出")]]
        head = ('<thead><tr><th rowspan="2">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">合计</th>'
                '<th colspan="2" class="group">财政拨款</th></tr><tr><th>基本支出</th><th>项目支出</th></tr></thead>')
    else:
        grid = [[cell(h) for h in ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]]]
        head = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]) + "</tr></thead>"
    grid += [[cell(t) for t in r] for r in body_rows]
    d.truth_table("gpb_basic_expenditure", title, 2 if group_header else 1, grid)
    body = "".join("<tr>" + "".join(td(t, "n" if i >= 2 else "") for i, t in enumerate(r)) + "</tr>" for r in body_rows)
    cols = '<colgroup><col style="width:14%"><col style="width:32%">' + '<col style="width:18%">' * 3 + "</colgroup>"
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{head}<tbody>" + body + "</tbody></table></div>")


def codes_right_table(d, rng, title, group="经济分类科目编码", widths=(10.5, 10.5, 37)):
    """类 | 款 | 科目名称 | 合计 | 基本支出 | 项目支出, codes set right, 合计 last over 类 | 款 | 名称.
    group: the header over 类 | 款; widths: the code and name columns' shares of the width."""
    rows = []
    for code, name, items in ECONOMIC:
        head = [code, "", name, Decimal(0), Decimal(0)]
        rows.append(head)
        for k, iname in enumerate(items):
            a = rand_amount(rng, 1, 400)
            b = rand_amount(rng, 1, 200) if rng.random() < 0.3 else Decimal(0)
            rows.append([code, "99" if iname.startswith("其他") and k == len(items) - 1 else f"{k + 1:02d}", iname, a, b])
            head[3] += a; head[4] += b
    tot = [sum((r[i] for r in rows if not r[1]), Decimal(0)) for i in (3, 4)]
    shown = [[r[0], r[1], r[2], money(r[3] + r[4]), money(r[3]) if r[3] else "", money(r[4]) if r[4] else ""] for r in rows]
    grid = [[cell("项目", colspan=3), cell("一般公共预算支出", colspan=3)],
            [cell(group, colspan=2), cell("经济分类科目名称", rowspan=2), cell("合计", rowspan=2),
             cell("基本支出", rowspan=2), cell("项目支出", rowspan=2)],
            [cell("类"), cell("款")]]
    grid += [[cell(t) for t in r] for r in shown]
    total = [money(tot[0] + tot[1]), money(tot[0]), money(tot[1])]
    grid.append([cell("合计", colspan=3)] + [cell(t) for t in total])
    d.truth_table("gpb_basic_expenditure", title, 3, grid)
    head = ('<thead><tr><th colspan="3" class="group">项目</th><th colspan="3" class="group">一般公共预算支出</th></tr>'
            f'<tr><th colspan="2" class="group">{group}</th><th rowspan="2">经济分类科目名称</th><th rowspan="2">合计</th>'
            '<th rowspan="2">基本支出</th><th rowspan="2">项目支出</th></tr><tr><th>类</th><th>款</th></tr></thead>')
    body = "".join("<tr>" + "".join(td(t, "c" if i < 2 else "n" if i >= 3 else "") for i, t in enumerate(r)) + "</tr>" for r in shown)
    body += "<tr>" + td("合计", colspan=3) + "".join(td(t, "n") for t in total) + "</tr>"
    rest = (100 - sum(widths)) / 3
    cols = ("<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + f'<col style="width:{rest}%">' * 3 + "</colgroup>")
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{head}<tbody>" + body + "</tbody></table></div>")


def empty_table(d, title, kind, what, align="center"):
    """A table the department has nothing for: its header, a 合计 row with no amount, a note."""
    grid = [[cell("项目", colspan=4), cell(what, colspan=3)],
            [cell("功能分类科目编码", colspan=3), cell("功能分类科目名称", rowspan=2), cell("合计", rowspan=2),
             cell("基本支出", rowspan=2), cell("项目支出", rowspan=2)],
            [cell("类"), cell("款"), cell("项")],
            [cell("合计", colspan=4), cell(""), cell(""), cell("")]]
    d.truth_table(kind, title, 3, grid)
    d.tables[-1]["notes"] = [f"注：本部门{d.year}年无{what.replace('支出', '')}财政拨款安排的预算，故本表为空表。"]
    head = (f'<thead><tr><th colspan="4" class="group">项目</th><th colspan="3" class="group">{what}</th></tr>'
            '<tr><th colspan="3" class="group">功能分类科目编码</th><th rowspan="2">功能分类科目名称</th><th rowspan="2">合计</th>'
            '<th rowspan="2">基本支出</th><th rowspan="2">项目支出</th></tr><tr><th>类</th><th>款</th><th>项</th></tr></thead>')
    body = "<tr>" + td("合计", colspan=4, style=f"text-align:{align}") + td("", "n") * 3 + "</tr>"
    cols = '<colgroup><col style="width:7%"><col style="width:7%"><col style="width:7%"><col style="width:34%">' + '<col style="width:15%">' * 3 + "</colgroup>"
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{head}<tbody>" + body + "</tbody></table>"
                  f"<p>{d.tables[-1]['notes'][0]}</p></div>")


CLASSES = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
           "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
           "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "住房保障支出", "其他支出"]
LONG_CLASSES = CLASSES[:16] + ["援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出",
                               "灾害防治及应急管理支出", "预备费", "其他支出", "转移性支出", "债务还本支出", "债务付息支出",
                               "债务发行费用支出"]


def long_summary_table(d, rng, title, classes=CLASSES, spent=(0, 7, 8, 16), widths=(16, 34, 16, 34)):
    """收入 | 金额 | 支出 | 金额 in narrow name columns, the expenditure side (every function
    class, most with no amount) running on past the revenue side."""
    sources = ["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入", "四、事业收入"]
    spent = set(spent)
    spend = [rand_amount(rng, 50, 9000) if i in spent else None for i in range(len(classes))]
    total = sum(v for v in spend if v is not None)
    income = [(total * Decimal(share)).quantize(Decimal("0.01")) for share in ("0.7", "0.1", "0.05")]
    income.append(total - sum(income))
    grid = [[cell("收入", colspan=2), cell("支出", colspan=2)], [cell("项目"), cell("金额"), cell("项目"), cell("金额")]]
    body = []
    for i in range(len(classes)):
        row = [sources[i] if i < len(sources) else "", money(income[i]) if i < len(sources) else "",
               f"{chinese_number(i + 1)}、{classes[i]}",
               money(spend[i]) if spend[i] is not None else ""]
        grid.append([cell(t) for t in row])
        body.append("<tr>" + "".join(td(t, "n" if k % 2 else "") for k, t in enumerate(row)) + "</tr>")
    row = ["收入总计", money(total), "支出总计", money(total)]
    grid.append([cell(t) for t in row])
    body.append("<tr>" + "".join(td(t, "n" if k % 2 else "") for k, t in enumerate(row)) + "</tr>")
    d.truth_table("budget_summary", title, 2, grid)
    head = ('<thead><tr><th colspan="2" class="group">收入</th><th colspan="2" class="group">支出</th></tr>'
            "<tr><th>项目</th><th>金额</th><th>项目</th><th>金额</th></tr></thead>")
    cols = "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>"
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{head}<tbody>" + "".join(body) + "</tbody></table></div>")


def chinese_number(n):
    """1 一, 10 十, 12 十二, 20 二十, 27 二十七."""
    tens, ones = divmod(n, 10)
    return (("" if tens < 2 else NUMERALS[tens - 1]) + "十" if tens else "") + (NUMERALS[ones - 1] if ones else "")


ITEMS = {"公用经费": ["在职人员公用经费培训费", "在职人员定额公用经费", "工会经费", "福利费", "退休干部活动费", "离退休人员公用经费"],
         "人员类": ["行政人员及机关技术工人基本工资", "国家保留津贴", "年终一次性奖金", "工伤保险费", "在职人员文明奖",
                 "在职人员采暖补贴", "年度目标考核奖", "在职人员物业服务补贴", "规范性津贴补贴", "养老保险金", "住房公积金"]}


def line_item_table(d, rng, title, widths=(12, 6, 17, 13), width=74):
    """项目单位 | 类型 | 项目名称 | 合计 | 一般公共预算 | 财政专户管理资金: each unit's cell merged down
    over its items, each type's over its own; 合计 first."""
    units = ["某市社会保险事业管理服务中心", "某市劳动人事争议仲裁院", "某市就业创业服务中心"]
    items = []   # (unit, type, name, general, special)
    for k, unit in enumerate(units):
        suffix = "（行政）" if k == 0 else "（事业）"
        for kind, names in ITEMS.items():
            for name in names:
                if rng.random() < 0.2 and k:
                    continue
                g = rand_amount(rng, 1, 400)
                sp = rand_amount(rng, 1, 90) if rng.random() < 0.15 else Decimal(0)
                items.append((unit, kind, name + suffix, g, sp))
    tg, ts = sum(i[3] for i in items), sum(i[4] for i in items)
    def amounts(g, sp):
        return [money(g + sp), money(g) if g else "", money(sp) if sp else ""]
    grid = [[cell(h) for h in ["项目单位", "类型", "项目名称", "合计", "一般公共预算", "财政专户管理资金"]],
            [cell(""), cell(""), cell("合计")] + [cell(t) for t in amounts(tg, ts)]]
    body = "<tr>" + td("") + td("") + td("合计") + "".join(td(t, "n") for t in amounts(tg, ts)) + "</tr>"
    for n, (unit, kind, name, g, sp) in enumerate(items):
        row, cells = [], ""
        if n == 0 or items[n - 1][0] != unit:
            span = sum(1 for i in items if i[0] == unit)
            row.append(cell(unit, rowspan=span)); cells += td(unit, rowspan=span)
        if n == 0 or items[n - 1][:2] != (unit, kind):
            span = sum(1 for i in items if i[:2] == (unit, kind))
            row.append(cell(kind, rowspan=span)); cells += td(kind, rowspan=span)
        row += [cell(name)] + [cell(t) for t in amounts(g, sp)]
        cells += td(name) + "".join(td(t, "n") for t in amounts(g, sp))
        grid.append(row)
        body += "<tr>" + cells + "</tr>"
    d.truth_table("gpb_basic_detail", title, 1, grid)
    head = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in ["项目单位", "类型", "项目名称", "合计", "一般公共预算", "财政专户管理资金"]) + "</tr></thead>"
    cols = ("<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths[:3])
            + f'<col style="width:{widths[3]}%">' * 3 + "</colgroup>")
    d.body.append('<div class="page">' + d.title_block(title) + f"<table style=\"width:{width}%\">{cols}{head}<tbody>" + body + "</tbody></table></div>")


INDICATORS = [("培训人次", "≥500 人次"), ("培训合格率", "≥95%"), ("完成及时性", "及时"), ("服务对象满意度", "≥90%"),
              ("系统运行稳定率", "≥99%"), ("故障响应时间", "≤2 小时"), ("资金支付进度", "按期"), ("政策知晓率", "≥85%")]
PROJECTS = ["职业技能提升培训经费", "信息系统运行维护经费", "就业创业服务补助", "劳动关系协调专项经费", "人才引进工作经费",
            "社会保险稽核经费", "档案数字化加工经费", "基层服务平台建设经费", "劳动保障监察执法经费", "政策宣传经费"]


def performance_table(d, rng, title, counts=(2, 3, 4), projects=PROJECTS, widths=(20, 18, 11, 11, 11, 16, 13)):
    """项目编码 | 项目名称 | 资金总额 | 财政拨款 | 其他资金 | 三级指标 | 指标值: each project's code, name and
    amounts in cells merged down over its indicator rows (`counts`: how many), printed once, centred."""
    grid = [[cell(h) for h in ["项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "三级指标", "指标值"]]]
    body = ""
    for k, name in enumerate(projects):
        total = rand_amount(rng, 5, 900)
        own = total if rng.random() < 0.6 else (total * Decimal("0.8")).quantize(Decimal("0.01"))
        inds = rng.sample(INDICATORS, rng.choice(counts))
        n = len(inds)
        code = f"41080024000000{k + 1:04d}"
        left = [code, name, money(total), money(own), money(total - own) if total > own else ""]
        for i, (ind, val) in enumerate(inds):
            grid.append(([cell(t, rowspan=n) for t in left] if i == 0 else []) + [cell(ind), cell(val)])
            body += "<tr>" + ("".join(td(t, "n" if j >= 2 else "", rowspan=n) for j, t in enumerate(left)) if i == 0 else "") + td(ind) + td(val) + "</tr>"
    d.truth_table("project_performance", title, 1, grid)
    head = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in ["项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "三级指标", "指标值"]) + "</tr></thead>"
    cols = "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>"
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{head}<tbody>" + body + "</tbody></table></div>")


FORM_TASKS = [("公共就业服务", "开展招聘活动不少于四十场，帮扶困难人员就业；新增城镇就业不少于八千人"),
              ("技能人才培养", "组织职业技能培训一万二千人次，新增高技能人才一千人"),
              ("社会保险扩面", "推进全民参保计划，基本养老保险参保率保持在百分之九十五以上")]
FORM_INDICATORS = [("产出指标", "数量指标", ["招聘活动场次", "职业技能培训人次", "新增高技能人才"], ["≥40场", "≥12000人次", "≥1000人"]),
                   ("产出指标", "质量指标", ["培训合格率", "参保率"], ["≥90%", "≥95%"]),
                   ("产出指标", "时效指标", ["任务完成及时率"], ["100%"]),
                   ("效益指标", "社会效益指标", ["城镇调查失业率", "群众办事便利度"], ["≤5.5%", "明显提升"]),
                   ("满意度指标", "服务对象满意度指标", ["参保群众满意度", "用人单位满意度"], ["≥90%", "≥90%"])]


def form_table(d, rng, title):
    """A performance form with no header whose columns change from block to block: label | prose,
    label (spanning rows) | task | text, label (spanning rows) | item | amount, and five indicator
    columns whose first two labels span rows. Amounts: the total is the sum of the sources and of
    the uses."""
    goal = ("围绕稳就业、强技能、扩参保三项重点，全年新增城镇就业八千人，组织职业技能培训一万二千人次，"
            "推进全民参保计划，提升公共就业和社会保险经办服务水平，保障群众合法权益。")
    general = rand_amount(rng, 3000, 9000)
    fund = rand_amount(rng, 100, 900)
    basic = (general * Decimal("0.6")).quantize(Decimal("0.01"))
    total = general + fund
    budget = [("部门预算总额（万元）", total), ("其中：一般公共预算", general), ("政府性基金预算", fund),
              ("基本支出", basic), ("项目支出", total - basic)]
    grid = [[cell("部门（单位）名称"), cell(d.department, colspan=4)],
            [cell("年度履职目标"), cell(goal, colspan=4)],
            [cell("年度主要任务", rowspan=len(FORM_TASKS) + 1), cell("任务名称"), cell("主要内容", colspan=3)]]
    grid += [[cell(n), cell(c, colspan=3)] for n, c in FORM_TASKS]
    grid += [([cell("预算情况", rowspan=len(budget))] if k == 0 else []) + [cell(n, colspan=2), cell(money(v), colspan=2)]
             for k, (n, v) in enumerate(budget)]
    grid.append([cell(t) for t in ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"]])
    body = (tr([("部门（单位）名称", "", 1), (d.department, "", 4)]) + tr([("年度履职目标", "", 1), (goal, "", 4)])
            + f'<tr>{td("年度主要任务", rowspan=len(FORM_TASKS) + 1)}{td("任务名称")}{td("主要内容", colspan=3)}</tr>'
            + "".join(tr([(n, "", 1), (c, "", 3)]) for n, c in FORM_TASKS))
    for k, (n, v) in enumerate(budget):
        body += "<tr>" + (td("预算情况", rowspan=len(budget)) if k == 0 else "") + td(n, colspan=2) + td(money(v), "n", colspan=2) + "</tr>"
    body += tr([(t, "", 1) for t in ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"]])
    spans = {f: sum(len(g[2]) for g in FORM_INDICATORS if g[0] == f) for f, *_ in FORM_INDICATORS}
    seen = set()
    for first, second, names, values in FORM_INDICATORS:
        for i, (name, value) in enumerate(zip(names, values)):
            # Some indicators are explained, others not (an empty cell of the fifth column).
            note = f"反映{name}完成情况" if rng.random() < 0.5 else ""
            row, cells = [], ""
            if first not in seen:
                seen.add(first)
                row.append(cell(first, rowspan=spans[first])); cells += td(first, rowspan=spans[first])
            if i == 0:
                row.append(cell(second, rowspan=len(names))); cells += td(second, rowspan=len(names))
            row += [cell(name), cell(value), cell(note)]
            cells += td(name) + td(value) + td(note)
            grid.append(row)
            body += "<tr>" + cells + "</tr>"
    d.truth_table("dept_performance", title, 0, grid)
    cols = '<colgroup><col style="width:11%"><col style="width:19%"><col style="width:21%"><col style="width:13%"><col style="width:36%"></colgroup>'
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}<tbody>" + body + "</tbody></table></div>")


GROUPS = ["成本指标", "产出指标", "效益指标", "满意度指标"]
GROUP_INDICATORS = [[("项目总成本", "≤50万元"), ("单位培训成本", "≤800元")],
                    [("培训人次", "≥500人次"), ("培训合格率", "≥95%"), ("系统运行稳定率", "≥99%"), ("故障响应时间", "≤2小时"),
                     ("资金支付进度", "按期"), ("完成及时性", "及时"), ("档案加工数量", "≥2万卷")],
                    [("就业技能提升程度", "明显"), ("政策知晓率", "≥85%"), ("服务效率提升", "有效提升")],
                    [("服务对象满意度", "≥90%"), ("参训人员满意度", "≥95%")]]


def grouped_performance_table(d, rng, title):
    """项目编码 | 项目名称 | 资金总额 | 财政拨款 | 绩效目标: 成本指标, 产出指标, 效益指标, 满意度指标, each 三级指标 |
    指标值: each project's code, name and amounts merged down over its indicator rows, printed once;
    a group's cells empty where it has fewer indicators than the project has rows."""
    grid = [[cell("项目编码", rowspan=3), cell("项目名称", rowspan=3), cell("资金总额", rowspan=3), cell("财政拨款", rowspan=3),
             cell("绩效目标", colspan=8)],
            [cell(g, colspan=2) for g in GROUPS],
            [cell(t) for _ in GROUPS for t in ("三级指标", "指标值")]]
    body = ""
    for k, name in enumerate(PROJECTS[:5]):
        total = rand_amount(rng, 5, 900)
        own = total if rng.random() < 0.6 else (total * Decimal("0.8")).quantize(Decimal("0.01"))
        picks = [rng.sample(g, rng.randint(1, len(g))) for g in GROUP_INDICATORS]
        n = max(5, max(len(p) for p in picks))
        left = [f"41080024000000{k + 1:04d}", name, money(total), money(own)]
        for i in range(n):
            pairs = [p[i] if i < len(p) else ("", "") for p in picks]
            texts = [t for pair in pairs for t in pair]
            grid.append(([cell(t, rowspan=n) for t in left] if i == 0 else []) + [cell(t) for t in texts])
            body += ("<tr>" + ("".join(td(t, "n" if j >= 2 else "", rowspan=n) for j, t in enumerate(left)) if i == 0 else "")
                     + "".join(td(t) for t in texts) + "</tr>")
    d.truth_table("project_performance", title, 3, grid)
    head = ('<thead><tr><th rowspan="3">项目编码</th><th rowspan="3">项目名称</th><th rowspan="3">资金总额</th><th rowspan="3">财政拨款</th>'
            '<th colspan="8">绩效目标</th></tr><tr>' + "".join(f'<th colspan="2">{g}</th>' for g in GROUPS) + "</tr><tr>"
            + "<th>三级指标</th><th>指标值</th>" * 4 + "</tr></thead>")
    cols = ('<colgroup><col style="width:15%"><col style="width:13%"><col style="width:8%"><col style="width:8%">'
            + '<col style="width:7%">' * 8 + "</colgroup>")
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{head}<tbody>" + body + "</tbody></table></div>")


MORE_PROJECTS = PROJECTS + ["创业担保贷款贴息资金", "高技能人才培训补助", "公益性岗位补贴", "职称评审工作经费",
                             "劳动人事争议仲裁经费", "技工院校学生资助经费"]


LONG_PROJECTS = ["春节期间困难企业职工生活救助补助资金", "城乡居民基本养老保险市级补助资金", "就业见习基地见习人员生活补贴",
                 "三支一扶招募人员生活补贴和社保补贴", "高技能人才培训基地建设补助经费", "劳动人事争议仲裁院案件处理经费",
                 "技工院校学生国家助学金地方配套资金", "公益性岗位补贴和社会保险补贴资金", "创业担保贷款贴息及奖补资金",
                 "人力资源市场信息系统运行维护经费", "职业技能等级认定考务组织经费", "退役士兵职业技能培训补助经费"]
# Cost targets printed with decimals (≤36.48万元): a figure an indicator row prints beside the project's amounts.
DECIMAL_INDICATORS = [[("项目总成本", "≤36.48万元"), ("单位培训成本", "≤812.50元"), ("人均补助标准", "≤1.20万元")]] + GROUP_INDICATORS[1:]


def amount_grouped_performance_table(d, rng, title, projects=MORE_PROJECTS, indicators=GROUP_INDICATORS, lead=0,
                                     widths=(17, 8, 7.5, 6.6)):
    """项目编码 | 项目名称 | 项目金额(万元) over 资金总额 | 财政拨款 | 其他资金, spanning two header rows | 绩效目标 over
    成本指标, 产出指标, 效益指标, 满意度指标, each over 三级指标 | 指标值: a header of three levels with no
    vertical rule, the rule under 项目金额 drawn at the height of the rules under the four groups and
    running on into them. Each project's code, name and amounts merged down over its indicator
    rows (one to six), narrow columns so that names and indicators wrap a few characters a line."""
    grid = [[cell("项目编码", rowspan=3), cell("项目名称", rowspan=3), cell("项目金额(万元)", colspan=3, rowspan=2),
             cell("绩效目标", colspan=8)],
            [cell(g, colspan=2) for g in GROUPS],
            [cell(t) for t in ("资金总额", "财政拨款", "其他资金")] + [cell(t) for _ in GROUPS for t in ("三级指标", "指标值")]]
    body = ""
    for k, name in enumerate(projects):
        total = rand_amount(rng, 5, 900)
        own = total if rng.random() < 0.6 else (total * Decimal("0.8")).quantize(Decimal("0.01"))
        picks = [rng.sample(g, rng.randint(1, min(len(g), 6))) for g in indicators]
        n = max(len(p) for p in picks)
        left = [f"41080024000000{k + 1:04d}", name, money(total), money(own), money(total - own) if total > own else ""]
        for i in range(n):
            pairs = [p[i] if i < len(p) else ("", "") for p in picks]
            texts = [t for pair in pairs for t in pair]
            grid.append(([cell(t, rowspan=n) for t in left] if i == 0 else []) + [cell(t) for t in texts])
            body += ("<tr>" + ("".join(td(t, "n" if j >= 2 else "", rowspan=n) for j, t in enumerate(left)) if i == 0 else "")
                     + "".join(td(t) for t in texts) + "</tr>")
    d.truth_table("project_performance", title, 3, grid)
    head = ('<thead><tr><th rowspan="3">项目编码</th><th rowspan="3">项目名称</th><th colspan="3" rowspan="2">项目金额(万元)</th>'
            '<th colspan="8">绩效目标</th></tr><tr>' + "".join(f'<th colspan="2">{g}</th>' for g in GROUPS) + "</tr><tr>"
            + "<th>资金总额</th><th>财政拨款</th><th>其他资金</th>" + "<th>三级指标</th><th>指标值</th>" * 4 + "</tr></thead>")
    code_w, name_w, amount_w, indicator_w = widths
    cols = (f'<colgroup><col style="width:{code_w}%"><col style="width:{name_w}%">' + f'<col style="width:{amount_w}%">' * 3
            + f'<col style="width:{indicator_w}%">' * 8 + "</colgroup>")
    # `lead`: blank space above the title (pt), to move where the page breaks fall.
    spacer = f'<div style="height:{lead}pt"></div>' if lead else ""
    d.body.append('<div class="page">' + spacer + d.title_block(title) + f"<table>{cols}{head}<tbody>" + body + "</tbody></table></div>")


def make(outdir, style, seed):
    rng = random.Random(seed)
    wild.CSS = STYLES[style]
    if style in ("clipped", "clipped-grid"):
        d = Doc("某市人力资源和社会保障局", 2026, unit="元")
        tall_rows_table(d, rng, f"{d.year}年部门收入预算表", width=135)
        d.write(outdir, style)
        return
    if style == "codes-right":
        d = Doc("某区市场监督管理局", 2026, unit="元")
        codes_right_table(d, rng, f"{d.year}年一般公共预算基本支出预算表")
        empty_table(d, f"{d.year}年政府性基金预算支出表", "gov_fund", "政府性基金预算支出")
        d.write(outdir, style)
        return
    if style == "wrapped-group":
        # The group header over the code columns is wider than them: it wraps, and its last
        # line, centred, stands over the codes of 类 set right while 类 stands off them.
        d = Doc("某区商务委员会", 2026, unit="元")
        codes_right_table(d, rng, f"{d.year}年一般公共预算基本支出预算表", group="部门经济分类科目编码", widths=(13, 7.5, 31.5))
        d.write(outdir, style)
        return
    if style == "long-sides":
        # A two-sided summary whose expenditure side runs on for three pages in a narrow name
        # column (each class over two or three lines): the revenue side is empty after the
        # first page, under its repeated header (收入 over 项目 | 金额, nothing printed under it),
        # and a page holds many rows of text only above its one row of amounts.
        d = Doc("某市人力资源和社会保障局", 2026)
        long_summary_table(d, rng, f"{d.year}年部门收支预算表", classes=LONG_CLASSES, spent=(0, 7, 8, 22, 26),
                           widths=(22, 22, 8, 48))
        d.write(outdir, style)
        return
    if style == "merged-narrow":
        # The line-item table with its names wrapped in a narrow column, each row three lines
        # (the amounts on the middle one): a unit's name, merged down its column (the row rules
        # stop short of it), prints one of its lines on a row's line of amounts and another
        # between two rows' lines; the last row alone on the last page.
        d = Doc("某市人力资源和社会保障局", 2026)
        line_item_table(d, rng, f"{d.year}年一般公共预算基本支出明细表", widths=(10, 5, 10, 12), width=60)
        d.write(outdir, style)
        return
    if style == "cut-rows":
        # long-sides in a narrower name column (each class up to seven lines): four pages, rows
        # of text only cut by the page breaks (their first lines under a page's last rule, no
        # rule under them; the rest at the next page's top), one page with no amount at all.
        d = Doc("某市人力资源和社会保障局", 2026)
        long_summary_table(d, rng, f"{d.year}年部门收支预算表", classes=LONG_CLASSES, spent=(0, 7, 8, 22, 26),
                           widths=(22, 22, 7, 49))
        d.write(outdir, style)
        return
    if style == "indicator-rows":
        # A performance table: each project's code, name and amounts merged down over its
        # indicator rows; the rules between indicator rows stop short of the merged columns
        # (amounts included), the rules between projects run across.
        d = Doc("某市人力资源和社会保障局", 2026)
        performance_table(d, rng, f"{d.year}年部门预算项目绩效目标表")
        d.write(outdir, style)
        return
    if style == "indicator-tall":
        # Projects of six to eight indicator rows: the first amounts of each page stand several
        # indicator rows under its header, rows ruled short of the merged columns.
        d = Doc("某市人力资源和社会保障局", 2026)
        performance_table(d, rng, f"{d.year}年部门预算项目绩效目标表", counts=(6, 7, 8), projects=PROJECTS[:8])
        d.write(outdir, style)
        return
    if style == "indicator-groups":
        # Four groups of indicator columns, narrow: a project's rows, each several lines tall,
        # stand taller together than one row may, parted by the rules short of the merged columns.
        d = Doc("某市人力资源和社会保障局", 2026)
        grouped_performance_table(d, rng, f"{d.year}年部门预算项目绩效目标表")
        d.write(outdir, style)
        return
    if style == "indicator-wrapped":
        # A narrow indicator column: names wrap over two lines and the value beside them, centred,
        # stands on a line of its own between them, a line of figures only (≥95%, 100%).
        d = Doc("某市人力资源和社会保障局", 2026)
        performance_table(d, rng, f"{d.year}年部门预算项目绩效目标表", counts=(6, 7, 8), projects=PROJECTS[:6],
                          widths=(20, 18, 11, 11, 11, 12, 17))
        d.write(outdir, style)
        return
    if style == "empty-left":
        # Two empty tables whose 合计 is set flush left in its cell merged over the label columns.
        d = Doc("某区商务委员会", 2026, unit="元")
        empty_table(d, f"{d.year}年政府性基金预算支出表", "gov_fund", "政府性基金预算支出", align="left")
        empty_table(d, f"{d.year}年国有资本经营预算支出表", "state_capital", "国有资本经营预算支出", align="left")
        d.write(outdir, style)
        return
    if style == "indicator-foot":
        # indicator-breaks with long project names (their cells run past the rules of the
        # project's indicator rows) and cost targets printed with decimals (≤36.48万元).
        d = Doc("某市人力资源和社会保障局", 2026, unit="万元")
        amount_grouped_performance_table(d, rng, f"{d.year}年部门预算项目绩效目标表", projects=LONG_PROJECTS,
                                         indicators=DECIMAL_INDICATORS)
        d.write(outdir, style)
        return
    if style == "indicator-tail":
        # indicator-breaks drawn with other indicators (layout seed 6): the last page holds only
        # the last project's indicator rows, text with no amount, between the header's rules
        # and the table's bottom rule, and rules short of the merged columns between them.
        d = Doc("某市人力资源和社会保障局", 2026, unit="万元")
        amount_grouped_performance_table(d, random.Random(6), f"{d.year}年部门预算项目绩效目标表")
        d.write(outdir, style)
        return
    if style == "indicator-breaks":
        # A header of three levels beside a group spanning two of them, no vertical rule; many
        # projects in narrow columns over several pages: projects cut by the page breaks (their
        # first lines at a page's foot, no rule under them, the rest under the repeated header),
        # a page's first amounts several indicator rows under its header.
        d = Doc("某市人力资源和社会保障局", 2026, unit="万元")
        amount_grouped_performance_table(d, rng, f"{d.year}年部门预算项目绩效目标表")
        d.write(outdir, style)
        return
    if style == "form-blocks":
        d = Doc("某市人力资源和社会保障局", 2026)
        form_table(d, rng, f"{d.year}年部门整体绩效目标表")
        d.write(outdir, style)
        return
    if style == "merged-labels":
        d = Doc("某市人力资源和社会保障局", 2026)
        long_summary_table(d, rng, f"{d.year}年部门收支预算表")
        line_item_table(d, rng, f"{d.year}年一般公共预算基本支出明细表")
        d.write(outdir, style)
        return
    if style == "tall-rows":
        d = Doc("某市人力资源和社会保障局", 2026)
        tall_rows_table(d, rng, f"{d.year}年部门收入预算表")
        d.write(outdir, style)
        return
    d = Doc({"every-row": "某市文化旅游服务中心", "booktabs": "某县农业技术推广站", "no-rules": "某区图书馆"}[style], 2026, unit="元")
    # The summary's expenditure side is the function table's classes (the checks across tables hold).
    data = function_rows(rng, FUNCTION if style == "every-row" else FUNCTION[:4], columns=2)
    summary_table(d, rng, f"{d.year}年部门收支预算总表", [(n, sum(v)) for c, n, v in data if len(c) == 3])
    if style == "every-row":
        # Long enough to run onto a second page under its repeated header.
        function_table(d, rng, f"{d.year}年部门支出预算表", "expenditure", data, wrap=True)
    economic_table(d, rng, f"{d.year}年一般公共预算基本支出预算表", group_header=style != "no-rules")
    d.write(outdir, style)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    only = sys.argv[2:]   # some styles only (the others' PDFs stay as committed)
    for n, style in enumerate(STYLES):
        if not only or style in only:
            make(out, style, 8300 + n)
