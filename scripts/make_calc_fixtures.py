#!/usr/bin/env python3
"""Writes Tests/Fixtures/calc/: tables as a spreadsheet prints them (LibreOffice Calc, through
scripts/heldout/calc_render.py: a sheet per table, header rows repeated on every page, scaled to
the page's width), each with its truth. Needs LibreOffice (soffice); the PDFs are committed.

    python3 scripts/make_calc_fixtures.py Tests/Fixtures/calc [NAME ...]

- merged-over-breaks: a basic-expenditure detail (项目单位 | 类型 | 项目名称 | amounts), each unit's
  name merged down its rows and each type down its items, over three pages. Calc draws a merged
  cell's text centred in the whole cell, on every page the cell spans, clipped to the cell's part
  on that page: the text layer holds the clipped copies (over the repeated header, under the last
  row), and the rows on the pages where the text is clipped away print nothing in the column.
- column-chunks: project targets far wider than a landscape page (the renderer scales a sheet
  down to 40 % at most): Calc prints the rows' first columns page after page, then their last
  columns, under the header rows repeated, each row at the same height on both.
- code-once: an expenditure table printed with horizontal lines only whose 单位代码 column holds
  one code, 302 on the unit's row, set right a point from the unit's name set left.
- narrow-empty-columns: an economic classification printed with horizontal lines only, scaled
  down to the page's width: columns empty in the body are narrow, their headers wrapped over
  two or three lines (政府性 / 基金) a point or two from the amounts set right in the column
  before; each side's 款 code is set right half a point from its name set left.
- short-names-first: project targets printed with horizontal lines only over two pages: the
  first page's indicator names are short, set left, so the 三级指标 header centred over the
  column (sized to the longer names of the second page) stands right of them, and the 单位资金
  column before it, empty in the body, has its header wrapped (单位资 / 金) a point or two left of
  the names.
- three-groups-one-rule: a revenue table (合计 | 本年收入 | 上年结转结余 over their columns, most
  of them empty in the body) printed with horizontal lines only: one rule runs under the three
  group headers, and the columns' lines, guessed from the text, stand a little off the borders.
- one-amount-side: a two-sided summary (财政拨款收入 | 财政拨款支出) in yuan printed with
  horizontal lines only, its 收入 side holding one amount, set right a point or two from the
  支出 side's item set left in the next column.
- indicator-groups: project targets with four indicator groups (成本 | 产出 | 效益 | 满意度, each
  三级指标 | 指标值) printed with horizontal lines only: each project's code, name and amounts are
  merged down over its indicator rows, so the rules between those rows start at the indicators;
  a value that is a number (100%) is set right a point from the next group's name set left,
  and a value column holds text set left with a few figures set right.
- enumerated-items: a two-sided summary (收入 | 支出, 一般公共预算 over three columns, narrow
  columns with wrapped headers) printed with horizontal lines only, every item opening with an
  enumerator and a space（（一） 一般公共服务支出): the gap after the enumerators runs down the rows.
- header-spill: a revenue table (项目 | 收入预算 over 合计 | 财政拨款收入 | 事业收入 |
  事业单位经营收入 | 其他收入) printed with every border, its columns empty in the body narrow: the
  header's wrapped texts are taller than their cells, drawn centred and clipped to the cell, so
  a cut line of 事业单位经营收入 stands over the rule under the header, and read whole it would
  land in the first body row.
- narrow-columns-over-break: the same economic classification, its classes printed six times
  over, so that it runs onto a second page under its header repeated; three narrow columns
  (国有资本经营预算 | 上年结转结余 | 财政专户管理资金) hold amounts on the first page only: on
  the second nothing parts them, and their wrapped headers, repeated, run together line by line.
- last-column-alone: project targets (four indicator groups) just too wide for a landscape page:
  Calc prints the rows' first columns, then the last column alone (short values, ≥95%) on a page
  of its own, under the header rows repeated; the 满意度指标 group over the page break is drawn
  in the first chunk only (its copy on the second page is clipped away).
- last-column-alone-hlines: the same table printed with horizontal lines only: the last column
  alone on a page of its own is a stack of rules of one extent, one short value between each
  two, no vertical rule. One rule runs under the four class labels, 满意度指标 centred over a
  cell the page's edge cuts.
- last-column-alone-open: the same table printed with every rule but the outer sides: the last
  column alone on its page keeps the rule on its left (between it and the sheet's columns
  before), none on its right.
- last-column-short-end: the same table laid out so that the last column's second page holds
  only the last row (too little to read as a piece of a table).
- code-in-names: project expenditure (类型 | 项目名称 | 项目单位 | amounts) printed with horizontal
  lines only whose unit row holds the unit's code (302) in the 项目名称 column, a number set
  right a point or two from the unit's name set left in the 项目单位 column.
- chunk-rows-mostly-empty: a revenue table of 24 columns in yuan printed with horizontal lines
  only, too wide for the page: Calc prints its last group (上年结转结余) as a chunk on the next
  page, under the header repeated, its amounts in six of fourteen rows, the rows between ruled
  and empty.
- headers-run-together: the same table scaled so that the wrapped headers of the narrow columns
  empty in the body stand 0.39 em apart, under the word gap (政府性 国有资 / 基金预 本经营 read
  as one word each), the first a point or two from the amounts set right before them.

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


GROUPS = ["成本指标", "产出指标", "时效指标", "效益指标", "满意度指标"]
TARGETS = [("项目总成本控制在年度预算范围以内", "不超过年度预算总额的百分之百"),
           ("培训及宣传活动按计划完成的场次数", "全年完成不少于十二场次活动"),
           ("各项工作任务在规定时限内完成情况", "当年十二月底前全部完成"),
           ("服务对象办事时间明显缩短的程度", "较上年度缩短百分之十以上"),
           ("服务对象及社会公众的满意程度", "满意度达到百分之九十以上")]
PROJECTS = ["综合业务工作经费", "信息系统运行维护经费", "档案数字化整理经费", "办公场所物业管理经费",
            "专项业务培训经费", "政策宣传与咨询服务经费", "公共服务平台建设经费", "安全生产检查工作经费"]


def wide_targets():
    """A project-target table far wider than a landscape page: Calc prints it in column chunks
    (the first columns of every row page after page, then the last columns)."""
    head1 = [cell("项目编码", 2), cell("项目名称", 2), {"text": "项目金额（万元）", "colspan": 3}] + \
            [{"text": g, "colspan": 2} for g in GROUPS]
    head2 = [cell("资金总额"), cell("财政拨款"), cell("单位资金")] + [c for _ in GROUPS for c in (cell("三级指标"), cell("指标值"))]
    grid = [head1, head2]
    for n in range(150):
        total = f"{(n * 173) % 700 / 10 + 2.35:.2f}"
        name = PROJECTS[n % len(PROJECTS)] + ("（续建）" if n % len(PROJECTS) != n else "")
        row = [cell(f"41080024000000000{5200 + n * 7}"), cell(name), cell(total), cell(total), cell("")]
        for g, (what, value) in enumerate(TARGETS):
            row += [cell(what if (n + g) % 3 else what[:8]), cell(value)]
        grid.append(row)
    return {"kind": "project_performance", "number": 1, "title": "2026年部门预算项目绩效目标表",
            "department": DEPT, "unit": "万元", "header_rows": 2, "grid": grid, "notes": []}

def last_column_alone():
    """Project targets (four indicator groups) just too wide for a landscape page: Calc prints
    the rows' first columns page after page, then the last column alone (short values: ≥95%)
    on pages of its own, under the header rows repeated."""
    head1 = [cell("项目编码", 2), cell("项目名称", 2), {"text": "项目金额（万元）", "colspan": 3}] + \
            [{"text": g, "colspan": 2} for g in GROUPS[:2] + GROUPS[3:]]
    head2 = [cell("资金总额"), cell("财政拨款"), cell("单位资金")] + [c for _ in range(4) for c in (cell("三级指标"), cell("指标值"))]
    grid = [head1, head2]
    for n in range(70):
        total = f"{(n * 211) % 900 / 10 + 1.45:.2f}"
        name = PROJECTS[n % len(PROJECTS)] + ("（续建）" if n % len(PROJECTS) != n else "")
        row = [cell(f"41080024000000000{6100 + n * 3}"), cell(name), cell(total), cell(total), cell("")]
        for g, (what, value) in enumerate(TARGETS[:2] + TARGETS[3:]):
            row += [cell(what[:6 + (n + g) % 5]), cell(value[:5 + (n * g) % 6])]
        row[-1] = cell(f"≥{90 + (n * 7) % 10}%")
        grid.append(row)
    return {"kind": "project_performance", "number": 1, "title": "2026年部门预算项目绩效目标表",
            "department": DEPT, "unit": "万元", "header_rows": 2, "grid": grid, "notes": []}


FUNCTIONS = [("201", "03", "01", "行政运行"), ("201", "03", "02", "一般行政管理事务"), ("201", "03", "99", "其他政府办公厅（室）及相关机构事务支出"),
             ("208", "01", "01", "行政运行"), ("208", "05", "05", "机关事业单位基本养老保险缴费支出"), ("208", "05", "06", "机关事业单位职业年金缴费支出"),
             ("210", "11", "01", "行政单位医疗"), ("210", "11", "03", "公务员医疗补助"), ("221", "02", "01", "住房公积金"),
             ("213", "01", "04", "事业运行"), ("213", "01", "99", "其他农业农村支出"), ("224", "01", "01", "行政运行")]


def code_once():
    """An expenditure table whose 单位代码 column holds one code only, on the unit's own row (302
    set right, a point from the unit's name set left in the next column): printed with
    horizontal lines only, nothing but the header over it parts the two columns."""
    head1 = [{"text": "科目编码", "colspan": 3}, cell("单位代码", 2), cell("单位（科目名称）", 2), cell("合计", 2),
             cell("基本支出", 2), cell("项目支出", 2)]
    head2 = [cell("类"), cell("款"), cell("项")]
    rows = []
    for n, (l, k, x, name) in enumerate(FUNCTIONS):
        basic, project = (n * 317) % 900 / 10 + 3.05, (n * 131) % 500 / 10 if n % 3 else 0
        rows.append([l, k, x, "", name, f"{basic + project:,.2f}", f"{basic:,.2f}", f"{project:,.2f}" if project else ""])
    def total(i):
        return f"{sum(float(r[i].replace(',', '') or 0) for r in rows):,.2f}"
    grid = [head1, head2,
            [cell(t) for t in ["", "", "", "", "合计", total(5), total(6), total(7)]],
            [cell(t) for t in ["", "", "", "302", "东湖县示范管理局", total(5), total(6), total(7)]]]
    grid += [[cell(t) for t in r] for r in rows]
    return {"kind": "expenditure", "number": 1, "title": "2026年部门支出预算表",
            "department": DEPT, "unit": "万元", "header_rows": 2, "grid": grid, "notes": []}


def narrow_empty_columns(times=1):
    """Two sides of economic classes (类 | 款 | 科目名称 each) and fourteen amount columns, most of them
    empty in the body: printed with horizontal lines only, nothing but the header's words tells
    an empty column from the one beside it. `times`: the classes printed over again, so that the
    table runs over pages under its header repeated."""
    amounts = ["总计", "一般公共预算", "财政拨款", "政府性基金", "国有资本经营预算", "上年结转结余", "财政专户管理资金",
               "事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "用事业基金弥补收支差额", "单位资金", "其他收入"]
    head1 = [{"text": "部门预算经济分类", "colspan": 3}, {"text": "政府预算经济分类", "colspan": 3}] + [cell(a, 2) for a in amounts]
    head2 = [cell("类"), cell("款"), cell("科目名称")] * 2
    pairs = [("301", "01", "基本工资", "501", "01", "工资奖金津补贴"), ("301", "02", "津贴补贴", "501", "01", "工资奖金津补贴"),
             ("301", "03", "奖金", "501", "01", "工资奖金津补贴"), ("301", "08", "机关事业单位基本养老保险缴费", "501", "02", "社会保障缴费"),
             ("301", "10", "职工基本医疗保险缴费", "501", "02", "社会保障缴费"), ("301", "13", "住房公积金", "501", "03", "住房公积金"),
             ("302", "01", "办公费", "502", "01", "办公经费"), ("302", "11", "差旅费", "502", "01", "办公经费"),
             ("302", "16", "培训费", "502", "02", "会议费"), ("302", "29", "福利费", "505", "02", "商品和服务支出"),
             ("303", "02", "退休费", "509", "05", "离退休费"), ("309", "99", "其他基本建设支出", "599", "99", "其他对个人和家庭的补助支出（其他）")]
    rows = []
    for n, (l1, k1, n1, l2, k2, n2) in enumerate(pairs * times):
        gpb = (n * 3217) % 9000 + 1003.05
        other = (n * 53) % 40 / 10 if n % 4 == 1 else 0
        figures = [gpb + other, gpb, gpb] + [0] * 10 + [other]
        if times > 1 and n < 2 * len(pairs):
            # The first page's rows only fill three narrow columns (国有资本经营预算 | 上年结转结余 |
            # 财政专户管理资金): on the next page nothing in the body parts them.
            extra = [(n * 7) % 30 + 1.25, (n * 11) % 20 + 2.5, (n * 13) % 25 + 3.75]
            figures[4:7] = extra
            figures[0] += sum(extra)
        rows.append([l1, k1, n1, l2, k2, n2] + [f"{v:,.2f}" if v else "" for v in figures])
    def total(i):
        v = sum(float(r[i].replace(',', '') or 0) for r in rows)
        return f"{v:,.2f}" if v else ""
    grid = [head1, head2, [cell(t) for t in ["", "", "合计", "", "", ""] + [total(i) for i in range(6, 20)]]]
    grid += [[cell(t) for t in r] for r in rows]
    return {"kind": "economic_classification", "number": 1, "title": "2026年支出经济分类汇总表",
            "department": DEPT, "unit": "万元", "header_rows": 2, "grid": grid, "notes": []}


def one_amount_side():
    """A two-sided summary whose 收入 side prints one amount (the rest of its rows empty or
    labels only), in yuan: the amount fills its column, a point or two from the 支出 side's
    items set left; nothing else ends at that gap."""
    items = ["一般公共服务支出", "教育支出", "科学技术支出", "社会保障和就业支出", "卫生健康支出",
             "节能环保支出", "城乡社区支出", "住房保障支出"]
    numerals = "一二三四五六七八"
    figures = [(n * 7919137) % 90000000 + 1003000 for n in range(1, len(items) + 1)]
    total = sum(figures)
    head1 = [{"text": "财政拨款收入", "colspan": 2}, {"text": "财政拨款支出", "colspan": 5}]
    head2 = [cell(t) for t in ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]]
    sources = ["一、一般公共预算资金", "二、政府性基金", "三、国有资本经营预算"]
    grid = [head1, head2]
    for n, (item, v) in enumerate(zip(items, figures)):
        left = [sources[n] if n < len(sources) else "", f"{total:,.2f}" if n == 0 else ""]
        grid.append([cell(t) for t in left + [f"{numerals[n]}、{item}", f"{v:,.2f}", f"{v:,.2f}", "", ""]])
    grid.append([cell(t) for t in ["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}", f"{total:,.2f}", "", ""]])
    return {"kind": "fiscal_summary", "number": 1, "title": "2026年部门财政拨款收支预算总表",
            "department": DEPT, "unit": "元", "header_rows": 2, "grid": grid, "notes": []}


def short_names_first():
    """Project targets: code | name | four amount columns (the last two empty in the body) | an
    indicator's name and value. The first page's names are two to four characters, the
    second page's up to eleven: the column is as wide as those, its header centred over it."""
    short = ["成本", "时效", "数量", "质量指标", "覆盖率", "完成率", "合格率", "满意度"]
    long = ["项目总成本控制在预算内", "培训人员数量达标情况", "服务对象满意度调查", "按时完成率（季度）"]
    head1 = [cell("项目编码", 2), cell("项目名称", 2), {"text": "项目金额（万元）", "colspan": 4},
             {"text": "成本指标", "colspan": 2}]
    head2 = [cell(t) for t in ["资金总额", "政府预算资金", "财政专户管理资金", "单位资金", "三级指标", "指标值"]]
    grid = [head1, head2]
    for n in range(70):
        code = f"4108002400000000{5200 + n // 4:05d}"
        amount = f"{(n // 4) * 13.7 + 1.93:,.2f}"
        name = short[n % len(short)] if n < 36 else long[n % len(long)]
        grid.append([cell(t) for t in [code, f"示范项目{n // 4 + 1}号", amount, amount, "", "", name, f"≥{90 + n % 10}%"]])
    return {"kind": "project_performance", "number": 1, "title": "2026年部门预算项目绩效目标表",
            "department": DEPT, "unit": "万元", "header_rows": 2, "grid": grid, "notes": []}


def three_groups_one_rule():
    """A revenue table of three header rows whose three groups share one rule under them, the
    last column of each group empty in the body."""
    head1 = [cell("单位代码", 3), cell("单位名称", 3), cell("总计", 3), {"text": "合计", "colspan": 4},
             {"text": "本年收入", "colspan": 11}, {"text": "上年结转结余", "colspan": 6}]
    head2 = [cell(t, 2) for t in ["一般公共预算", "政府性基金", "国有资本经营预算", "财政专户管理资金", "合计"]] + \
            [{"text": "一般公共预算", "colspan": 2}] + \
            [cell(t, 2) for t in ["政府性基金", "国有资本经营预算", "财政专户管理资金收入", "事业收入", "事业单位经营收入",
                                  "上级补助收入", "附属单位上缴收入", "其他收入", "合计", "一般公共预算", "政府性基金",
                                  "国有资本经营预算", "财政专户管理资金", "单位资金"]]
    head3 = [cell("小计"), cell("其中：财政拨款")]
    units = [("501", "东湖县示范管理局"), ("501001", "东湖县示范管理局机关"), ("501002", "东湖县示范服务中心"),
             ("501003", "东湖县示范技术推广站"), ("501004", "东湖县示范信息中心"), ("501005", "东湖县示范培训学校")]
    rows = []
    for n, (code, name) in enumerate(units[1:]):
        current = (n * 7919) % 30000 / 10 + 812.35
        carried = (n * 313) % 900 / 10 + 4.5 if n % 2 == 0 else 0
        special = 60.0 if n == 1 else 0
        v = [current + carried + special, current + carried, 0, 0, special, current + special, current, current * 0.9, 0, 0, special,
             0, 0, 0, 0, 0, carried, carried, 0, 0, 0, 0]
        rows.append([code, name] + v)
    total = [sum(r[i] for r in rows) for i in range(2, 24)]
    def fmt(v):
        return f"{v:,.2f}" if v else ""
    grid = [head1, head2, head3, [cell(t) for t in ["", "合计"] + [fmt(v) for v in total]],
            [cell(t) for t in list(units[0]) + [fmt(v) for v in total]]]
    grid += [[cell(t) for t in r[:2] + [fmt(v) for v in r[2:]]] for r in rows]
    return {"kind": "revenue", "number": 1, "title": "2026年部门收入预算表",
            "department": DEPT, "unit": "万元", "header_rows": 3, "grid": grid, "notes": []}


def indicator_groups():
    """Projects each with two to five indicator rows; a unit's rows first. Values: text set left
    (≥2次, 及时, 2026年12月31日前) and percentages that are numbers (100%), set right."""
    groups = ["成本指标", "产出指标", "效益指标", "满意度指标"]
    head1 = [cell("单位编码（项目编码）", 3), cell("项目单位（项目名称）", 3),
             {"text": "项目金额（万元）", "colspan": 4, "rowspan": 2}, {"text": "绩效目标", "colspan": 8}]
    head2 = [{"text": g, "colspan": 2} for g in groups]
    head3 = [cell(t) for t in ["资金总额", "政府预算资金", "财政专户管理资金", "单位资金"]] + [cell(t) for _ in groups for t in ["三级指标", "指标值"]]
    names = ["运维经费", "综合业务工作经费", "专项工作经费", "培训考试经费", "信息系统运行维护费", "档案整理经费",
             "宣传印刷费", "监督检查工作经费", "公共服务平台建设经费", "人才引进补助资金"]
    costs = [("项目总成本", "≤2万元"), ("单位成本", "≤300元/人")]
    outputs = [("维修维护次数", "≥2次"), ("维修维护合格率", "100%"), ("完成时间", "2026年12月31日前"), ("培训人数", "≥500人"),
               ("资料印制数量", "≥1000份"), ("工作完成及时性", "及时"), ("检查覆盖率", "100%")]
    effects = [("保障工作正常开展", "良好"), ("提升服务水平", "有所提升"), ("社会效益", "明显")]
    satisfaction = [("服务对象满意度", "≥95%"), ("职工满意度", "≥90%")]
    grid = [head1, head2, head3,
            [cell(t) for t in ["501", DEPT, "1,234.56", "1,134.56", "100.00", ""] + [""] * 8],
            [cell(t) for t in ["501001", DEPT + "机关", "1,234.56", "1,134.56", "100.00", ""] + [""] * 8]]
    for n, name in enumerate(names):
        k = 2 + n % 4
        amount = f"{(n * 37.9) % 300 + 1.93:,.2f}"
        for i in range(k):
            row = []
            if i == 0:
                row += [cell(f"4108002600000000{5240 + n * 3:05d}", k), cell(name, k), cell(amount, k), cell(amount, k), cell("", k), cell("", k)]
            c = costs[(n + i) % 2] if i == 0 else ("", "")
            o = outputs[(n * 2 + i) % len(outputs)]
            e = effects[(n + i) % len(effects)] if i < 2 else ("", "")
            sat = satisfaction[(n + i) % 2] if i < 2 else ("", "")
            row += [cell(t) for t in [*c, *o, *e, *sat]]
            grid.append(row)
    return {"kind": "project_performance", "number": 1, "title": "2026年部门预算项目绩效目标表",
            "department": DEPT, "unit": "万元", "header_rows": 3, "grid": grid, "notes": []}


def enumerated_items():
    """收入 items and 支出 functions, each opening with an enumerator and a space."""
    head1 = [{"text": "收入", "colspan": 2}, {"text": "支出", "colspan": 9}]
    head2 = [cell("项目", 2), cell("金额", 2), cell("项目", 2), cell("合计", 2), {"text": "一般公共预算", "colspan": 3}] + \
            [cell(t, 2) for t in ["政府性基金", "国有资本经营预算", "财政专户管理资金收入", "单位资金"]]
    head3 = [cell(t) for t in ["小计", "其中：财政拨款", "其中：转移支付"]]
    income = ["一、本年收入", "（一） 一般公共预算拨款", "其中：财政拨款", "（二） 政府性基金预算拨款", "（三） 国有资本经营预算拨款",
              "（四） 财政专户管理资金收入", "（五） 单位资金", "二、上年结转", "（一） 一般公共预算拨款", "（二） 政府性基金预算拨款"]
    numerals = "一二三四五六七八九十"
    functions = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
                 "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出", "住房保障支出"]
    spending = {4: 4790.98, 7: 43971.26, 8: 561.13, 13: 638.75}
    rows = []
    for i, f in enumerate(functions):
        numeral = numerals[i] if i < 10 else "十" + numerals[i - 10]
        v = spending.get(i)
        amounts = [f"{v:,.2f}", f"{v - 10:,.2f}", f"{v * 0.97:,.2f}", "", "", "", "10.00", ""] if v else [""] * 8
        rows.append([f"（{numeral}） {f}"] + amounts)
    total = sum(spending.values())
    income_amounts = [f"{total:,.2f}", f"{total - 40:,.2f}", f"{total * 0.9:,.2f}", "", "", "40.00", "", "", "", ""]
    body = [[cell("收入合计"), cell(f"{total:,.2f}"), cell("支出合计")] +
            [cell(t) for t in [f"{total:,.2f}", f"{total - 40:,.2f}", f"{total * 0.97:,.2f}", "", "", "", "40.00", ""]]]
    for i, r in enumerate(rows):
        left = [income[i], income_amounts[i]] if i < len(income) else ["", ""]
        body.append([cell(t) for t in left + r])
    return {"kind": "fiscal_summary", "number": 1, "title": "2026年财政拨款收支预算表",
            "department": DEPT, "unit": "万元", "header_rows": 3, "grid": [head1, head2, head3] + body, "notes": []}


def code_in_names():
    """A 合计 row, the unit's row (its code in the name column), then projects of two units."""
    head1 = [cell("类型", 2), cell("项目名称", 2), cell("项目单位", 2), cell("合计", 2), {"text": "本年拨款", "colspan": 3},
             {"text": "财政拨款结转结余", "colspan": 3}, cell("财政专户管理资金", 2), cell("单位资金", 2)]
    head2 = [cell(t) for t in ["一般公共预算", "政府性基金预算", "国有资本经营预算"] * 2]
    kinds = ["特定目标类", "其他运转类"]
    projects = ["提前下达2026年中等职业教育学生资助经费助学金（中央）", "就业补助资金", "职业技能培训补贴",
                "人才引进专项经费", "社会保险经办服务经费", "劳动保障监察执法经费", "信息系统运行维护费",
                "提前下达2026年就业见习补贴资金（省级）", "档案数字化加工经费", "公共就业服务平台运维费"]
    units = [DEPT, DEPT + "服务中心"]
    rows = []
    for n, name in enumerate(projects):
        v = (n * 73.9) % 400 + 2.35
        rows.append([kinds[n % 2], name, units[n // 6], v])
    total = sum(r[3] for r in rows)
    def amounts(v):
        return [f"{v:,.2f}", f"{v:,.2f}", "", "", "", "", "", "", ""]
    grid = [head1, head2, [cell(t) for t in ["", "", "合计"] + amounts(total)],
            [cell(t) for t in ["", "302", DEPT] + amounts(total)]]
    grid += [[cell(t) for t in r[:3] + amounts(r[3])] for r in rows]
    return {"kind": "project_expenditure", "number": 1, "title": "2026年项目支出预算表",
            "department": DEPT, "unit": "万元", "header_rows": 2, "grid": grid, "notes": []}


def header_spill():
    head1 = [{"text": "项目", "colspan": 4}, {"text": "收入预算", "colspan": 5}]
    head2 = [{"text": "功能分类科目编码", "colspan": 3}, cell("功能分类科目名称", 2), cell("合计", 2), cell("财政拨款收入", 2),
             cell("事业收入", 2), cell("事业单位经营收入", 2), cell("其他收入", 2)]
    head3 = [cell("类"), cell("款"), cell("项")]
    rows = []
    for n, (l, k, x, name) in enumerate(FUNCTIONS):
        amount = f"{(n * 977) % 9000 * 1013 + 10000:,}.00"
        rows.append([l, k, x, name, amount, amount, "", "", ""])
    grid = [head1, head2, head3] + [[cell(t) for t in r] for r in rows]
    return {"kind": "revenue", "number": 1, "title": "2026年部门收入预算表",
            "department": DEPT, "unit": "元", "header_rows": 3, "grid": grid, "notes": []}


def wide_revenue():
    """The revenue table of the variant-a truth (invented figures, 24 columns under three groups),
    in yuan: too wide for the page even scaled down, its last group printed as a chunk of its own."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "Tests", "Fixtures", "variants", "variant-a", "truth.json"), encoding="utf-8") as f:
        return next(t for t in json.load(f)["tables"] if t["kind"] == "revenue")


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    render = os.path.join(here, "heldout", "calc_render.py")
    only = sys.argv[2:]   # names to write (all when none)
    for name, table, style, seed in [("merged-over-breaks", merged_over_breaks(), "grid", 3),
                                     ("column-chunks", wide_targets(), "grid", 3),
                                     ("code-once", code_once(), "hlines", 11),
                                     ("narrow-empty-columns", narrow_empty_columns(), "hlines", 37),
                                     ("one-amount-side", one_amount_side(), "hlines", 37),
                                     ("short-names-first", short_names_first(), "hlines", 37),
                                     ("three-groups-one-rule", three_groups_one_rule(), "hlines", 37),
                                     ("indicator-groups", indicator_groups(), "hlines", 41),
                                     ("enumerated-items", enumerated_items(), "hlines", 41),
                                     ("code-in-names", code_in_names(), "hlines", 41),
                                     ("headers-run-together", code_in_names(), "hlines", 91),
                                     ("chunk-rows-mostly-empty", wide_revenue(), "hlines", 91),
                                     ("header-spill", header_spill(), "grid", 43),
                                     ("narrow-columns-over-break", narrow_empty_columns(6), "hlines", 37),
                                     ("last-column-alone", last_column_alone(), "grid", 9),
                                     ("last-column-short-end", last_column_alone(), "grid", 8),
                                     ("last-column-alone-hlines", last_column_alone(), "hlines", 9),
                                     ("last-column-alone-open", last_column_alone(), "open", 9)]:
        if only and name not in only:
            continue
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
