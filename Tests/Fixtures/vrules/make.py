#!/usr/bin/env python3
"""Fixtures of tables ruled by vertical lines only, with exact truth: the tables of
../hrules/make.py (names and amounts invented; parents are the sums of their children, so every
check holds) printed by Chromium with vertical rules between all columns, the table's top and
bottom ruled, and a rule under the last header row only (drawn under that row's own cells:
类/款/项 or 基本支出/项目支出, not under the cells spanning down to it). No rule between body
rows: rows come from the text lines.

- labels: a two-sided summary whose expenditure side lists every function class, the amounts
  printed for a few only (the others blank: rows that are labels alone), the names in columns
  narrow enough that the longer ones wrap (a wrapped name over two lines beside its amount,
  centred in the row).
- indicators: a project performance table: each project's code, name and amounts printed once,
  merged down (rowspan) over its indicator rows and centred in them, the indicator name and value
  pairs of three classes side by side right of the amounts (wrapping in narrow columns; the cost
  class given for a few projects only, the others blank on some rows), a name that may wrap over
  more lines than its project has rows, unit funds for a few projects, a unit's row with its
  amounts and no indicators above its projects; run over pages under its repeated header.
- code-lines: a budget book's expenditure table (as Taiwan's 歲出機關別預算表): each item's code on a
  line above its name, its amounts on the name line, a 說明 column of wrapped prose beside them,
  set top-aligned, long enough that a page break cuts the prose of some items, the next item's
  code line printed below the rest of that prose on the new page.
- indicators-carry: the same with unit funds for half the projects, a project with them cut by a
  page break and the next ones on the new page without (layout seed 35).
- indicators-carry-value: the same as indicators-carry (layout seed 54): an indicator row at a
  page's foot, its name and its value (≥100场) filling their cells, the next page opening with a
  whole indicator row (任务完成及时性 / 及时).
- indicators-overflow: the same, a long name cut by a page break: the lines of the merged cell
  that do not fit on the page run on below the table's last line (no rule is drawn there), the
  rest of the name at the next page's top (layout seed 9).
- indicators-cut-row: the same, an indicator row cut by a page break: the last line of its
  prose printed at the next page's top, beside the rest of the project's name (layout seed 18).
- indicators-rest-above: the same (layout seed 100), an indicator name cut by a page break
  (设备维护完成 / 率) whose rest opens the next page one line above the next indicator row's name
  and value, set in the middle of its row: the rest reads into that row's first line (率宣传活动场次),
  which no reading of the text alone tells from a name wrapped over two lines; both rows ask.
- indicators-tall-name: the same (layout seed 101), a project of one indicator row whose name
  wraps over six lines, reaching up and down over the rows beside it, and the unit's row of
  amounts above the first project's five rows.
- indicators-code-carried: the same (layout seed 144), the last project alone on the last page
  under the project before's cut cells: its name's first line level with its first indicator row,
  its code centred lower; the code there reads as the project before's, going on over the break,
  while the name and amounts are the new project's: the row asks.
- indicators-name-rest: the same, the last project's first row cut by a page break with the rest
  of its name at the next page's top, its other rows there blank under its merged cells (layout seed 17).
- indicators-alone: the same (layout seed 54), the last page holding one project alone: its
  amounts the only figures with separators there, one line of them, while its indicator values
  print bare percentages (90%) on two of its three rows.
- labels-tail: the summary of labels with more classes than a page holds: the page after the
  break has only label rows and the totals' line.
- merged-middle: the same as merged, other units and kinds (layout seed 21): the page after the
  break holds three rows of a kind whose name, one line, is centred on the middle row's line,
  the rows above and below it blank in the column (the kind before the break is cut there).
- merged-foot: the same as merged, other units and kinds: on the table's last page, its foot
  ruled, the last unit's name (two lines centred over its rows) stands level with one row's text.
- merged-overflow: the same as merged, other units and kinds (layout seed 208): the unit cut by
  the page break has a name longer than its part on the page holds: its second line runs on below
  the table's foot (no rule there), its last character (心) opens the next page's part, level
  with the first row; that page, the table's last, also holds a kind centred in its rows under
  the foot rule.
- merged-nested: the same as merged, other units and kinds (layout seed 27): the first page
  opens with the 合计 row (blank under unit and kind), then a unit's name centred down its rows
  and its kinds centred down theirs, the next unit's rows going on over the break. Centred, the
  first unit's name reads as well over fewer rows at both ends (the 合计 row and more above it
  nobody's, the next unit reaching up), but its kinds then stand off their rows' middles; the
  next page opens with the rest of the cut unit's rows.
- form: a department's performance targets as a form (no header): labels merged down the rows
  they span in the first column (年度主要任务, 预算情况, each class of indicators), text merged
  over columns, wrapped prose, a budget line with no amount, and a column set that changes from block to block (2, 3, 4 and 5
  columns: the vertical rules differ between blocks), the indicator block running on to the next
  page under a class label the break cuts.
- form-narrow: the form with the cells' padding a browser gives by default (2pt) and a narrow
  first column, its labels wrapping over three and four lines (部门（单位）名称 beside a unit's name of
  one line), the goal's prose merged over the four columns the rows below part, wrapping over
  lines, its figures set off by spaces as Latin text is (开展送戏下乡 12 场), so that a line
  broken at such a space ends short of the side by more than a character: one cell's lines set
  a wrap's spacing apart, not rows.
- indicators-tall: the indicators, each project over three rows, a long effect indicator
  (wrapping over four lines and more in its narrow column) on its first row only, its other
  indicators over two lines, the cells' padding a browser's default: the project's amounts, centred in its rows, fall in the padding
  between the first and the second row, level with the second row's first line, nearer the
  first row's last line than a row's spacing.
- vrules: a two-sided summary (收入 | 支出); a function table with a three-level header (项目 over
  功能分类科目编码 over 类/款/项, a header cell over several columns has no rule inside it), code
  columns, wrapped names, 合计 merged over the code and name columns, run over two pages under
  its repeated header; an economic table with a group header (财政拨款 over 基本支出 | 项目支出).

usage: python3 Tests/Fixtures/vrules/make.py [OUTDIR [STYLE...]]     (default: this folder, every style)
needs: chromium, fonts-noto-cjk
"""
import html
import importlib.util
import os
import random
from decimal import Decimal
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "wild"))
spec = importlib.util.spec_from_file_location("hrules_make", os.path.join(HERE, "..", "hrules", "make.py"))
hrules = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hrules)
import make as wild  # noqa: E402  (../wild/make.py)

RULE = "0.75pt solid #000"
# Vertical rules only as a browser prints them: every cell ruled left and right, a rule under
# the header and along the table's top and bottom.
VRULES = hrules.BASE + (f"td, th {{ border-left: {RULE}; border-right: {RULE}; }}"
                        f" thead tr:last-child th {{ border-bottom: {RULE}; }}"
                        f" table {{ border-top: {RULE}; border-bottom: {RULE}; }}")
STYLES = {
    "vrules": VRULES,
    "labels": VRULES,
    "merged": VRULES,
    "indicators": VRULES,
    "code-lines": VRULES + " td { vertical-align: top; } td.n { padding-top: 1.45em; } td.prose { padding-top: 1.45em; }",
    "merged-foot": VRULES,
    "form": hrules.BASE + f"td, th {{ border-left: {RULE}; border-right: {RULE}; }}"
                          f" table {{ border-top: {RULE}; border-bottom: {RULE}; }} td {{ padding: 5pt 3pt; }}",
    "indicators-carry": VRULES,
    "labels-tail": VRULES,
    "indicators-overflow": VRULES,
    "indicators-cut-row": VRULES,
    "indicators-name-rest": VRULES,
    "clipped": VRULES + " td { padding: 4pt 3pt; }",
    "merged-nested": VRULES,
    "indicators-alone": VRULES,
    "merged-middle": VRULES,
    "merged-overflow": VRULES,
    "indicators-carry-value": VRULES,
    "form-narrow": hrules.BASE + f"td, th {{ border-left: {RULE}; border-right: {RULE}; }}"
                                 f" table {{ border-top: {RULE}; border-bottom: {RULE}; }} td {{ padding: 3pt 3pt; }}",
    "indicators-tall": VRULES,
    "indicators-rest-above": VRULES,
    "indicators-tall-name": VRULES,
    "indicators-code-carried": VRULES,
}

UNITS = ["某县文化馆", "某县图书馆（本级）", "某县非物质文化遗产保护中心"]
KINDS = [("公用经费", ["办公费", "印刷费", "水费", "电费", "邮电费", "差旅费", "维修（护）费", "工会经费", "福利费",
                   "公务用车运行维护费", "其他交通费用"]),
         ("人员类", ["基本工资", "津贴补贴", "奖金", "绩效工资", "机关事业单位基本养老保险缴费", "职业年金缴费",
                  "职工基本医疗保险缴费", "其他社会保障缴费", "住房公积金", "离休费", "退休费", "生活补助",
                  "医疗费补助", "奖励金"])]


def merged_detail(d, rng, title, kind_width=10):
    """Units and kinds of spending printed once, merged down the rows they span (rowspan), each
    centred in its area as a browser sets a cell, or at the top of its first part where a page
    break cuts it; a 合计 row above them blank in both columns."""
    money, td, rand_amount = wild.money, wild.td, wild.rand_amount
    rows = []   # (unit, unit span or 0, kind, kind span or 0, name, amount)
    for u, unit in enumerate(UNITS):
        parts = [(kind, names[: rng.randint(3, len(names))]) for kind, names in KINDS]
        size = sum(len(n) for _, n in parts)
        first = True
        for kind, names in parts:
            for k, name in enumerate(names):
                rows.append((unit, size if first else 0, kind, len(names) if k == 0 else 0, name, rand_amount(rng, 1, 900)))
                first = False
    total = sum(r[5] for r in rows)
    head = [[wild.cell("项目单位"), wild.cell("类型"), wild.cell("项目名称"), wild.cell("合计"), wild.cell("一般公共预算")]]
    grid = head + [[wild.cell(""), wild.cell(""), wild.cell("合计"), wild.cell(money(total)), wild.cell(money(total))]]
    html_rows = ["<tr>" + td("") + td("") + td("合计") + td(money(total), "n") + td(money(total), "n") + "</tr>"]
    for unit, us, kind, ks, name, v in rows:
        g, h = [], ""
        if us: g.append(wild.cell(unit, rowspan=us)); h += td(unit, rowspan=us)
        if ks: g.append(wild.cell(kind, rowspan=ks)); h += td(kind, rowspan=ks)
        g += [wild.cell(name), wild.cell(money(v)), wild.cell(money(v))]
        h += td(name) + td(money(v), "n") + td(money(v), "n")
        grid.append(g); html_rows.append("<tr>" + h + "</tr>")
    d.truth_table("gpb_basic_detail", title, 1, grid)
    thead = "<thead><tr>" + "".join(f"<th>{t}</th>" for t in ("项目单位", "类型", "项目名称", "合计", "一般公共预算")) + "</tr></thead>"
    cols = (f'<colgroup><col style="width:14%"><col style="width:{kind_width}%"><col style="width:{46 - kind_width}%"><col style="width:20%">'
            '<col style="width:20%"></colgroup>')
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{thead}<tbody>" + "".join(html_rows)
                  + "</tbody></table></div>")


CLASSES = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
           "文化旅游体育与传媒支出", "社会保障和就业支出", "社会保险基金支出", "卫生健康支出", "节能环保支出",
           "城乡社区支出", "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出"]
SOURCES = ["一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "事业收入", "其他收入"]


MORE_CLASSES = ["金融支出", "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出",
                "灾害防治及应急管理支出", "预备费", "其他支出", "转移性支出", "债务还本支出", "债务付息支出",
                "债务发行费用支出"]


def labels_summary(d, rng, title, classes=None, spent_among=None):
    """Two-sided summary, every class listed and amounts for a few: label rows on the right."""
    CLASSES = classes or globals()["CLASSES"]
    numerals = ([hrules.NUMERALS[i] if i < 10 else "十" + hrules.NUMERALS[i - 10] for i in range(len(CLASSES))] if classes is None
                else [hrules.chinese_number(i + 1) for i in range(len(CLASSES))])
    spent = sorted(rng.sample(range(spent_among or len(CLASSES)), 5))
    spend = {i: wild.rand_amount(rng, 20000, 900000) for i in spent}
    total = sum(spend.values())
    income = [(total * Decimal(share)).quantize(Decimal("0.01")) for share in ("0.6", "0.25")]
    income.append(total - sum(income))
    sources = [(f"{hrules.NUMERALS[i]}、{n}", wild.money(income[i]) if i < len(income) else "") for i, n in enumerate(SOURCES)]
    rows = []
    for i in range(len(CLASSES)):
        left = sources[i] if i < len(sources) else ("", "")
        rows.append([left[0], left[1], f"{numerals[i]}、{CLASSES[i]}", wild.money(spend[i]) if i in spend else ""])
    rows.append(["收入总计", wild.money(total), "支出总计", wild.money(total)])
    grid = [[wild.cell("收入", colspan=2), wild.cell("支出", colspan=2)],
            [wild.cell("项目"), wild.cell("预算数"), wild.cell("项目"), wild.cell("预算数")]]
    grid += [[wild.cell(t) for t in r] for r in rows]
    d.truth_table("budget_summary", title, 2, grid)
    head = ('<thead><tr><th colspan="2" class="group">收入</th><th colspan="2" class="group">支出</th></tr>'
            "<tr><th>项目</th><th>预算数</th><th>项目</th><th>预算数</th></tr></thead>")
    body = "".join("<tr>" + "".join(wild.td(t, "n" if k % 2 else "") for k, t in enumerate(r)) + "</tr>" for r in rows)
    cols = '<colgroup><col style="width:30%"><col style="width:20%"><col style="width:30%"><col style="width:20%"></colgroup>'
    d.body.append('<div class="page" style="width:60%">' + d.title_block(title) + f"<table>{cols}{head}<tbody>" + body + "</tbody></table></div>")


OUTPUTS = [("开展专题培训班次", "≥{}期"), ("培训覆盖人数", "≥{}人次"), ("设备维护完成率", "{}%"), ("资料整理归档数量", "≥{}卷"),
           ("服务对象投诉处理率", "{}%"), ("任务完成及时性", "及时"), ("项目验收合格率", "≥{}%"), ("宣传活动场次", "≥{}场")]
EFFECTS = [("公共服务水平", "明显提升"), ("群众知晓度", "逐步提高"), ("服务对象满意度", "≥{}%"), ("工作效率", "有所提高")]
PROJECTS = ["文化惠民演出经费", "基层综合性文化服务中心运行维护补助资金", "图书购置经费", "非遗传承人补助",
            "公共文化场馆免费开放补助资金", "群众文化活动经费", "文物安全巡查经费", "数字文化馆建设运维经费",
            "农家书屋出版物补充更新", "业余文艺团队培训经费", "古籍保护修复经费", "文化志愿服务经费"]


COSTS = [("项目总成本", "≤{}万元"), ("单位服务成本", "≤{}元")]


EFFECTS_LONG = [("服务对象幸福感和获得感提升程度", "提升"), ("群众对公共文化服务的知晓度和参与度", "逐步提高"),
                ("促进文化事业可持续发展的影响程度", "明显"), ("服务对象满意度", "≥{}%")]


def indicators_table(d, rng, title, own_share=0.25, effects=None, rows_per_project=None):
    """Projects merged down over their indicator rows: three classes of indicators side by side
    (the cost class given for a few projects only), names in a narrow column that may wrap over
    more lines than the project has indicator rows, amounts by source (unit funds for a few)."""
    money, td, cell = wild.money, wild.td, wild.cell
    effects_pool = effects or EFFECTS
    units = [("401001", "某县文化馆", PROJECTS[:6]), ("401002", "某县图书馆", PROJECTS[6:] + PROJECTS[:4])]
    heads = ("项目编码", "项目名称", "合计", "财政拨款", "单位资金")
    grid = [[cell(h, rowspan=2) for h in heads[:2]] + [cell("项目金额", colspan=3), cell("成本指标", colspan=2),
                                                        cell("产出指标", colspan=2), cell("效益指标", colspan=2)],
            [cell(h) for h in heads[2:]] + [cell("三级指标"), cell("指标值")] * 3]
    html_rows = []
    for n, (ucode, uname, projects) in enumerate(units):
        lines = []
        for k, name in enumerate(projects):
            outs = rng.sample(OUTPUTS, rows_per_project or rng.randint(1, 5))
            effects = rng.sample(effects_pool, 1 if rows_per_project else rng.randint(1, min(2, len(outs))))
            costs = rng.sample(COSTS, 1) if rng.random() < 0.3 else []
            pairs = [(a, b.format(rng.choice([90, 95, 98, 100, 12, 300, 1500]))) for a, b in outs]
            effs = [(a, b.format(rng.choice([90, 95]))) for a, b in effects]
            cost = [(a, b.format(rng.choice([5, 20, 300]))) for a, b in costs]
            amount = wild.rand_amount(rng, 5, 900)
            own = wild.rand_amount(rng, 1, 50) if rng.random() < own_share else Decimal(0)
            lines.append((f"{ucode}{2026:04d}{n * 100 + k + 1:04d}", name, amount + own, amount, own, pairs, effs, cost))
        total = sum(l[2] for l in lines)
        granted = sum(l[3] for l in lines)
        owned = sum(l[4] for l in lines)
        amounts = [money(total), money(granted), money(owned) if owned else ""]
        grid.append([cell(ucode), cell(uname)] + [cell(a) for a in amounts] + [cell("")] * 6)
        html_rows.append("<tr>" + td(ucode) + td(uname) + "".join(td(a, "n") for a in amounts) + td("") * 6 + "</tr>")
        for code, name, total, granted, own, pairs, effs, cost in lines:
            span = len(pairs)
            for i, (o, v) in enumerate(pairs):
                e = effs[i] if i < len(effs) else ("", "")
                c = cost[i] if i < len(cost) else ("", "")
                g, h = [], ""
                if i == 0:
                    amounts = [money(total), money(granted), money(own) if own else ""]
                    g += [cell(code, rowspan=span), cell(name, rowspan=span)] + [cell(a, rowspan=span) for a in amounts]
                    h += td(code, rowspan=span) + td(name, rowspan=span) + "".join(td(a, "n", rowspan=span) for a in amounts)
                g += [cell(c[0]), cell(c[1]), cell(o), cell(v), cell(e[0]), cell(e[1])]
                h += td(c[0]) + td(c[1]) + td(o) + td(v) + td(e[0]) + td(e[1])
                grid.append(g); html_rows.append("<tr>" + h + "</tr>")
    d.truth_table("project_performance", title, 2, grid)
    thead = ('<thead><tr><th rowspan="2">项目编码</th><th rowspan="2">项目名称</th><th colspan="3">项目金额</th>'
             '<th colspan="2">成本指标</th><th colspan="2">产出指标</th><th colspan="2">效益指标</th></tr>'
             "<tr><th>合计</th><th>财政拨款</th><th>单位资金</th>" + "<th>三级指标</th><th>指标值</th>" * 3 + "</tr></thead>")
    widths = [13, 9, 8, 8, 7, 10, 8, 11, 8, 10, 8]
    cols = "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>"
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{thead}<tbody>" + "".join(html_rows)
                  + "</tbody></table></div>")


AGENCIES = ["某某委員會", "某某研究院", "某某管理處"]
WORKS = ["一般行政", "業務推展", "調查研究", "資訊管理", "國際交流", "教育訓練", "一般建築及設備", "第一預備金"]


def code_lines_table(d, rng, title):
    """Items numbered in the 款/項/目 columns, a code line above each name in one cell, amounts
    (in their cells' second line) beside the name, 說明 prose of a few sentences with amounts in
    it beside them: a row's extent is its prose's, so the rows are far taller than a line."""
    money, cell = wild.money, wild.cell
    heads = ("款", "項", "目", "名稱及編號", "本年度預算數", "上年度預算數", "本年度與上年度比較", "說明")
    grid = [[cell(h) for h in heads]]
    html_rows = []

    def row(numbers, code, name, now, before, prose):
        change = now - before
        amounts = [f"{now:,}", f"{before:,}", f"{change:,}" if change else "-"]
        grid.append([cell(n) for n in numbers] + [cell(code + name)] + [cell(a) for a in amounts] + [cell(prose)])
        tds = "".join(f'<td class="prose">{n}</td>' for n in numbers) + f"<td>{code}<br>{html.escape(name)}</td>"
        tds += "".join(f'<td class="n">{a}</td>' for a in amounts) + f'<td class="prose">{html.escape(prose)}</td>'
        html_rows.append(f"<tr>{tds}</tr>")

    for a, agency in enumerate(AGENCIES):
        works = []
        for w, work in enumerate(rng.sample(WORKS, rng.randint(4, 6))):
            now, before = rng.randint(800, 900000), rng.randint(800, 900000)
            parts = [f"1.本年度預算數{now:,}千元，包括人事費{now * 7 // 10:,}千元，業務費{now - now * 7 // 10:,}千元。",
                     "2.本年度預算數之內容與上年度之比較如下："]
            for k in range(rng.randint(1, 4)):
                parts.append(f"({k + 1}){rng.choice(WORKS)}經費{rng.randint(100, 90000):,}千元，較上年度"
                             f"{rng.choice(['增列', '減列'])}{rng.choice(['辦公設備汰換', '資訊系統維護', '出國考察旅費'])}等經費{rng.randint(10, 9000):,}千元。")
            works.append((f"{3600 + a:04d}{w + 1:02d}{rng.randint(0, 99):02d}00", work, now, before, "".join(parts)))
        row([str(a + 1), "", ""], f"{3600 + a:04d}000000", agency, sum(x[2] for x in works), sum(x[3] for x in works), "")
        for w, (code, work, now, before, prose) in enumerate(works):
            row(["", str(w + 1), ""], code, work, now, before, prose)
    d.truth_table("other", title, 1, grid)
    thead = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr></thead>"
    widths = [4, 4, 4, 17, 11, 11, 11, 38]
    cols = "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>"
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}{thead}<tbody>" + "".join(html_rows)
                  + "</tbody></table></div>")
TASKS = ["推进公共文化服务体系建设", "开展群众性文化活动", "加强文物保护利用和非遗传承", "提升公共图书馆服务效能"]
FORM_INDICATORS = [
    ("投入管理指标", [("工作目标管理", ["目标制定合理性", "任务分解明确性", "指标设置科学性"], ["合理", "明确", "科学"]),
                ("预算和财务管理", ["预算编制完整性", "预算执行率", "预算调整率", "结转结余率", "政府采购执行率",
                             "资金使用合规性", "资产管理规范性", "预决算信息公开性"],
                 ["完整", "≥95%", "≤10%", "≤5%", "≥95%", "合规", "规范", "公开"]),
                ("绩效管理", ["绩效监控完成率", "绩效自评完成率", "评价结果应用率"], ["100%", "100%", "100%"])]),
    ("产出指标", [("重点任务完成", ["重点工作计划完成率"], ["≥95%"]), ("履职目标实现", ["年度工作目标实现率"], ["≥95%"])]),
    ("效益指标", [("履职效益", ["公共文化服务水平"], ["明显提升"]), ("满意度", ["服务对象满意度"], ["≥90%"])]),
]


def form_table(d, rng, title, name_label="单位名称", goal=None, first_width=9):
    """A department's performance targets as a form: no header, labels merged down rows in the
    first column, text merged over columns, a column set that changes from block to block."""
    money = wild.money
    rows = []   # each a list of (text, colspan, rowspan, numeric)
    rows.append([(name_label, 1, 1, False), (d.department, 4, 1, False)])
    goal = goal or ("围绕年度重点工作，完善公共文化服务体系，组织开展群众文化活动不少于" + str(rng.randint(80, 150))
            + "场次，推进文物保护和非物质文化遗产传承，提升图书馆、文化馆等场馆免费开放服务水平，确保各项任务按期完成。")
    rows.append([("年度履职目标", 1, 1, False), (goal, 4, 1, False)])
    tasks = rng.sample(TASKS, 3)
    rows.append([("年度主要任务", 1, len(tasks) + 1, False), ("任务名称", 1, 1, False), ("主要内容", 3, 1, False)])
    for t in tasks:
        rows.append([(t, 1, 1, False), (f"全年完成{t[2:]}相关工作{rng.randint(10, 60)}项，按季度报送进展情况并接受监督检查", 3, 1, False)])
    gov = wild.rand_amount(rng, 500, 3000); special = wild.rand_amount(rng, 10, 200)
    basic = (gov + special) * Decimal("0.3"); basic = basic.quantize(Decimal("0.01")); project = gov + special - basic
    # A source with no amount: a line of the budget's labels alone, beside the merged 预算情况.
    budget = [("部门预算总额（万元）", gov + special), ("1、资金来源：（1）政府预算资金", gov), ("（2）财政专户管理资金", special),
              ("（3）单位资金", None), ("2、资金结构：（1）基本支出", basic), ("（2）项目支出", project)]
    for i, (label, v) in enumerate(budget):
        r = [("预算情况", 1, len(budget), False)] if i == 0 else []
        rows.append(r + [(label, 2, 1, False), (money(v) if v is not None else "", 2, 1, True)])
    rows.append([(t, 1, 1, False) for t in ("一级指标", "二级指标", "三级指标", "指标值", "指标值说明")])
    for first, seconds in FORM_INDICATORS:
        size = sum(len(names) for _, names, _ in seconds)
        for n, (second, names, values) in enumerate(seconds):
            for k, (name, value) in enumerate(zip(names, values)):
                r = []
                if n == 0 and k == 0: r.append((first, 1, size, False))
                if k == 0: r.append((second, 1, len(names), False))
                note = f"反映{name}的实现程度" if first != "投入管理指标" else ""
                rows.append(r + [(name, 1, 1, False), (value, 1, 1, False), (note, 1, 1, False)])
    grid = [[wild.cell(t, colspan=c, rowspan=rs) for t, c, rs, _ in r] for r in rows]
    d.truth_table("dept_performance", title, 0, grid)
    html_rows = ["<tr>" + "".join(wild.td(t, "n" if num else "", colspan=c, rowspan=rs) for t, c, rs, num in r) + "</tr>" for r in rows]
    cols = (f'<colgroup><col style="width:{first_width}%"><col style="width:{29 - first_width}%"><col style="width:24%"><col style="width:13%">'
            '<col style="width:34%"></colgroup>')
    d.body.append('<div class="page">' + d.title_block(title) + f"<table>{cols}<tbody>" + "".join(html_rows) + "</tbody></table></div>")


def clipped_table(d, rng, title):
    """A revenue table wider than the page: the browser cuts it at the page's edge inside its
    last column (其他, blank in the body), so no rule closes its right side; its top rule runs
    on to the clip, and the rules under the group header on the right (上年结转) start below the
    table's top and reach neither the top rule nor, on a page the table runs on from, any rule at
    the foot. Run over two pages under its repeated header."""
    money, cell, td = wild.money, wild.cell, wild.td
    rows = wild.function_rows(rng, wild.FUNCTION, columns=4)
    total = [Decimal(0)] * 4
    for code, _, vals in rows:
        if len(code) == 3:
            total = [a + b for a, b in zip(total, vals)]
    body = [["", "合计", total]] + [[c, n, v] for c, n, v in rows]
    grid = [[cell("科目编码", rowspan=2), cell("科目名称", rowspan=2), cell("合计", rowspan=2), cell("本年收入", colspan=3),
             cell("上年结转", colspan=3)],
            [cell(h) for h in ("一般公共预算", "政府性基金预算", "事业收入", "合计", "一般公共预算", "其他")]]
    html_rows = []
    for code, name, v in body:
        # 本年收入 in two of its three columns, 上年结转 in one (其他 blank); 合计 their sum.
        figures = [money(v[0] + v[1] + v[3]), money(v[0]), money(v[1]), "", money(v[3]), money(v[3]), ""]
        grid.append([cell(code), cell(name)] + [cell(f) for f in figures])
        html_rows.append("<tr>" + td(code) + td(name) + "".join(td(f, "n") for f in figures) + "</tr>")
    d.truth_table("revenue", title, 2, grid)
    thead = ('<thead><tr><th rowspan="2">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">合计</th>'
             '<th colspan="3">本年收入</th><th colspan="3">上年结转</th></tr><tr>'
             + "".join(f"<th>{h}</th>" for h in ("一般公共预算", "政府性基金预算", "事业收入", "合计", "一般公共预算", "其他"))
             + "</tr></thead>")
    widths = [9, 22, 11, 11, 11, 8, 11, 11, 6]
    cols = "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>"
    d.body.append('<div class="page">' + d.title_block(title) + f'<table style="width:102%">{cols}{thead}<tbody>'
                  + "".join(html_rows) + "</tbody></table></div>")


# merged-foot: the units and kinds of `merged` drawn with another seed, whose last unit's name on
# the table's last page stands level with one of its rows' text (its two lines centred over an
# odd number of rows).
FIXED_SEEDS = {"form-narrow": 1, "indicators-tall": 2, "indicators-carry-value": 54, "merged-middle": 21, "merged-overflow": 208, "merged-foot": 1, "merged-nested": 27, "indicators-alone": 54, "indicators-carry": 35, "indicators-overflow": 9, "indicators-cut-row": 18, "indicators-name-rest": 17,
               "indicators-rest-above": 100, "indicators-tall-name": 101,
               "indicators-code-carried": 144}


def make(outdir, style, seed):
    rng = random.Random(seed)
    wild.CSS = STYLES[style]
    if style in ("indicators", "indicators-carry", "indicators-overflow", "indicators-cut-row", "indicators-name-rest", "indicators-alone",
                 "indicators-carry-value", "indicators-rest-above", "indicators-tall-name", "indicators-code-carried"):
        d = wild.Doc("某县文化和旅游局", 2026, unit="万元")
        indicators_table(d, rng, f"{d.year}年项目支出绩效目标表", own_share=0.25 if style in ("indicators", "indicators-alone") else 0.5)
        d.write(outdir, style)
        return
    if style == "code-lines":
        d = wild.Doc("某某院", 2025, unit="千元")
        code_lines_table(d, rng, "歲出機關別預算表")
        d.write(outdir, style)
        return
    if style == "indicators-tall":
        d = wild.Doc("某县文化和旅游局", 2026, unit="万元")
        indicators_table(d, rng, f"{d.year}年项目支出绩效目标表", effects=EFFECTS_LONG[:3], rows_per_project=3)
        d.write(outdir, style)
        return
    if style == "form-narrow":
        d = wild.Doc("某县文化和旅游局", 2026, unit="万元")
        figures = [("组织开展群众文化活动", "场"), ("新增公共文化服务点", "个"), ("培训基层文化骨干", "人次"), ("开展送戏下乡", "场"),
                   ("新增图书馆藏", "万册"), ("完成文物安全巡查", "次"), ("举办非遗展演", "场")]
        goal = ("围绕年度重点工作，完善公共文化服务体系，主要目标为：" + "；".join(f"{a} {rng.randint(2, 90)} {u}" for a, u in figures)
                + "；确保各项任务按期完成。")
        form_table(d, rng, f"{d.year}年部门整体绩效目标表", name_label="部门（单位）名称", goal=goal, first_width=8)
        d.write(outdir, style)
        return
    if style == "form":
        d = wild.Doc("某县文化和旅游局", 2026, unit="万元")
        form_table(d, rng, f"{d.year}年部门整体绩效目标表")
        d.write(outdir, style)
        return
    if style == "clipped":
        d = wild.Doc("某县公共文化服务中心", 2026, unit="元")
        clipped_table(d, rng, f"{d.year}年部门收入预算表")
        d.write(outdir, style)
        return
    if style in ("merged", "merged-foot", "merged-nested", "merged-middle", "merged-overflow"):
        d = wild.Doc("某县文化和旅游局", 2026, unit="元")
        merged_detail(d, rng, f"{d.year}年一般公共预算基本支出明细表")
        d.write(outdir, style)
        return
    if style in ("labels", "labels-tail"):
        d = wild.Doc("某县图书馆", 2026, unit="元")
        if style == "labels":
            labels_summary(d, rng, f"{d.year}年部门收支预算总表")
        else:
            labels_summary(d, rng, f"{d.year}年部门收支预算总表", classes=CLASSES + MORE_CLASSES, spent_among=8)
        d.write(outdir, style)
        return
    d = wild.Doc("某县公共文化服务中心", 2026, unit="元")
    data = wild.function_rows(rng, wild.FUNCTION, columns=2)
    hrules.summary_table(d, rng, f"{d.year}年部门收支预算总表", [(n, sum(v)) for c, n, v in data if len(c) == 3])
    hrules.function_table(d, rng, f"{d.year}年部门支出预算表", "expenditure", data, wrap=True)
    hrules.economic_table(d, rng, f"{d.year}年一般公共预算基本支出预算表", group_header=True)
    d.write(outdir, style)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    only = sys.argv[2:]
    for n, style in enumerate(STYLES):
        if not only or style in only:
            make(out, style, FIXED_SEEDS.get(style, 8600 + n))
