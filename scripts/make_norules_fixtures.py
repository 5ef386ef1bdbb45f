#!/usr/bin/env python3
"""Writes Tests/Fixtures/norules/: tables a browser prints from HTML with no border at all (cells
parted by whitespace only), each with its truth (what is printed).

    python3 scripts/make_norules_fixtures.py Tests/Fixtures/norules

- stacked-pages: an expenditure table in narrow columns: a header of many stacked lines (项目
                 over 功能分类科目编码 over 类 | 款 | 项, 支出预算 centred over 合计 | 基本支出 |
                 项目支出, cells wrapped one or two words a line), names wrapped round amounts
                 centred in their rows, over two pages with the header repeated (thead).

- empty-tables:  numbered titles (三、… 四、…) over tables with nothing or almost nothing in them: a
                 small expenditure table, an empty table (its header, a lone 合计 line and a 注:
                 note), a table of one row of amounts under a header of three levels.
- wide-narrow:   a table of fifteen columns in narrow ones (a name two characters a line, over
                 up to seven lines, its codes and amounts on the middle line as a browser centres
                 them; header cells stacked a word or two a line), over two pages, the header
                 repeated: the first and last items' names reach further above and below their
                 amounts than a line.
- two-sided-wrapped: a fiscal summary of two sides (收入 | 支出 by fund) in narrow label columns:
                 names wrapped over two to three lines on either side round the amounts centred
                 in their rows; rows with no amount on one side or on both.
- interleaved-rows: a project expenditure table whose rows hold cells of three lines (类型 two
                 characters a line, the unit) beside names of two: each cell centred in its row,
                 so the lines of cells side by side interleave half a line apart; over two pages
                 with the header repeated. The last row of the first page keeps its line under
                 its amounts (it is no note closing the table).
- indicator-rows: project performance targets with no rules: each project's code, name and
                 amounts merged down beside its indicator rows (names wrapped in narrow columns,
                 values such as 100% alone on a line between a name's two), over two pages with
                 the header repeated: the first project of the second page prints indicator lines
                 above its amounts.
- tail-rows:     economic classification rows of one line each over two pages, the header
                 repeated: only the last two rows go on to the second page (fewer lines of amounts
                 than a table needs on its own, under a header of cells side by side).
- labels-over-pages: a basic expenditure detail table (项目单位 | 类型 | 项目名称 | amounts) whose
                 unit and kind are cells merged down their items (rowspan), printed once each: a
                 unit's and a kind's run go on over two page breaks, so a whole page prints no unit
                 or kind at all, and the next page prints the last rows of that run above a new unit's label.
- two-sided-break: a summary of two sides whose 支出 side runs on alone past the page break: the
                 second page prints, under the repeated header, rows of that side with no amount
                 above the totals.
- few-projects: project performance targets with no rules, each project's code, name and amounts
                 merged down beside fifteen to twenty-two indicator rows, so that a page holds one
                 or two projects (fewer lines of amounts than a table needs on its own), their
                 indicator rows reaching above their amounts up to the header; a narrow 单位资金
                 column stacks its header a character a line below every other header cell.
- centred-names: a basic expenditure detail table whose names wrap seven characters a line over
                 two lines and three in turn beside a 类型 merged down runs of items, the amounts
                 centred in each row (between a two-line name's lines), over three pages with the
                 header repeated: the first page's last name ends in a line under its amounts at
                 the page's foot.
- sparse-header: an expenditure table of sixteen narrow columns whose header of three levels
                 (科目编码, 基本支出 over 人员经费 and 公用经费, 项目支出) wraps its cells a few
                 characters a line over more lines than one tree is read from, most lines holding
                 a few words; over two pages with the header repeated.
- sparse-header-tail: the same with two rows alone under the repeated header on the second page.
- two-sided-tail: a summary of two sides, its totals on top, whose 支出 side runs on alone after
                 its last amount: seven names with no amount under the last line of amounts.
- tight-indicators: project performance targets whose indicator names wrap over two lines in a
                 narrow column with the figure of each (100%, ≥160人) on one line centred beside
                 them, the rows set with almost no padding: a row stands from the next hardly
                 further than a wrapped name's lines stand apart.
- two-sided-last-line: a fiscal summary of two sides, its totals on top, whose 支出 side runs on
                 alone past the page break: the second page prints, under the repeated header,
                 names with no amount (wrapped over two lines in a narrow column) above a single
                 line of amounts (二、年终结转结余), the table's last.
- two-sided-break-tail: the same, the page breaking six rows later: the first page ends with
                 names of no amount, most wrapped over two lines, under its last line of amounts.
- group-heads:   project performance targets on A4 landscape under a header of four printed
                 levels: 项目金额(万元) over four amount columns (单位资金 narrow, stacked a
                 character a line), 绩效目标 over 成本指标 | 产出指标 | 满意度指标 (their 三级指标
                 narrow or wrapped), so the header prints more lines than a stacked header is read
                 from with the groups' heads on top, each a line of one word; one project a page
                 has a cost indicator whose value (≤2 万元) wraps at its printed space in a column
                 holding no other value on that page. Over three pages, the header repeated.
- cut-names:     the same header over projects whose names wrap a few characters a line in a
                 narrow column, taller than their indicator rows, and the page breaks cut
                 projects: the tail of a name, its lines of text only, opens the next page under
                 the repeated header, laid out as a stacked header's last lines are.

Names and amounts are invented. HTML printed by chromium (scripts/make_row_fixtures.py).
"""
import json
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_row_fixtures import DEPT, FONT, esc, heading, print_pdf, truth  # noqa: E402

NAMES = ["一般公共服务支出", "人大事务", "行政运行", "一般行政管理事务", "代表工作", "政协事务", "行政运行",
         "参政议政", "政府办公厅（室）及相关机构事务", "行政运行", "专项服务", "信访事务", "发展与改革事务",
         "行政运行", "战略规划与实施", "物价管理", "统计信息事务", "行政运行", "专项普查活动", "统计抽样调查",
         "财政事务", "行政运行", "预算改革业务", "财政国库业务", "税收事务", "行政运行", "税务办案",
         "审计事务", "行政运行", "审计业务", "人力资源事务", "行政运行", "引进人才费用", "商贸事务",
         "行政运行", "对外贸易管理", "招商引资", "其他商贸事务支出"]


def rows():
    """Codes 类/款/项 and amounts that hold (合计 = 基本 + 项目; a 款 is the sum of its 项, the 类
    the sum of its 款, 合计 the 类), a total row first. 款 are the names ending in 事务."""
    groups = []
    for name in NAMES[1:]:
        if name.endswith("事务"):
            groups.append((name, []))
        elif groups:
            groups[-1][1].append(name)
    items, n = [], 0
    for k, (head, names) in enumerate(groups):
        parts = []
        for x, name in enumerate(names):
            basic = Decimal(1000 + 37 * n) + Decimal(n % 7) / 4
            project = Decimal(200 + 53 * (n % 5)) if n % 3 else Decimal(0)
            parts.append(("201", f"{k + 1:02d}", f"{x + 1:02d}", name, basic + project, basic, project))
            n += 1
        items.append(("201", f"{k + 1:02d}", "", head) + tuple(sum(p[i] for p in parts) for i in (4, 5, 6)))
        items += parts
    heads = [r for r in items if r[2] == ""]
    cls = ("201", "", "", NAMES[0]) + tuple(sum(r[i] for r in heads) for i in (4, 5, 6))
    return [("合计", "", "", "") + cls[4:], cls] + items


def money(v):
    return "" if v == 0 else f"{v:,.2f}"


def body_grid(rows):
    """Truth rows of a table coded 类 | 款 | 项 | 名称: the 合计 row's label spans the four."""
    return [[{"text": "合计", "colspan": 4}] + [{"text": c} for c in r[4:]] if r[0] == "合计"
            else [{"text": c} for c in r] for r in rows]


def save(out_dir, name, page, tables):
    """Prints `page` to NAME.pdf and writes the truth of `tables` beside it."""
    print_pdf(page, os.path.join(out_dir, f"{name}.pdf"))
    json.dump(truth(f"{DEPT}2026年度部门预算", tables), open(os.path.join(out_dir, f"{name}.truth.json"), "w"),
              ensure_ascii=False, indent=1)


def body_rows_html(body, is_amount):
    """The body's rows as <tr>s, the cells of columns `is_amount(i)` set right as amounts."""
    return "".join("<tr>" + "".join(f"<td class='{'amt' if is_amount(i) else ''}'>{esc(c)}</td>" for i, c in enumerate(r)) + "</tr>"
                   for r in body)


def html_page(title, unit, size, margin, font, h1, sub, padding, table, fixed=True, extra_css="", after=""):
    """A page of one table under its title, printed with no rules: page size and margins, body,
    title and subtitle font sizes, cell padding; `extra_css` (page-break rules), `after` (a note)."""
    layout = " table-layout: fixed;" if fixed else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: {margin}; }}
body {{ font-family: {FONT}; font-size: {font}; margin: 0; }}
h1 {{ font-size: {h1}; text-align: center; margin: 0 0 2pt 0; }}
.sub {{ display: flex; justify-content: space-between; font-size: {sub}; margin-bottom: 3pt; }}
table {{ border-collapse: collapse; width: 100%;{layout} }}
th, td {{ border: none; padding: {padding}; font-weight: normal; }}
td.amt {{ text-align: right; }}
{extra_css}</style></head><body>{heading(title, unit)}{table}{after}</body></html>"""


def stacked_pages(out_dir):
    title = "2026年部门支出预算表"
    body_rows = [r[:4] + tuple(money(v) for v in r[4:]) for r in rows()]
    thead = ("<tr><th colspan=4>项目</th><th colspan=3>支出预算</th></tr>"
             "<tr><th colspan=3>功能分类科目编码</th><th rowspan=2>功能分类科目名称</th><th rowspan=2>合计</th>"
             "<th rowspan=2>基本支出</th><th rowspan=2>项目<br>支出</th></tr>"
             "<tr><th>类</th><th>款</th><th>项</th></tr>")
    trs = "".join("<tr>" + ("<td colspan=4>合计</td>" + "".join(f"<td class='amt'>{esc(c)}</td>" for c in r[4:])
                            if r[0] == "合计" else
                            "".join(f"<td class='{'amt' if i >= 4 else ''}'>{esc(c)}</td>" for i, c in enumerate(r)))
                  + "</tr>" for r in body_rows)
    widths = [7, 6, 6, 24, 19, 19, 19]
    cols = "".join(f"<col style='width:{w}%'>" for w in widths)
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "元", 'A4', '18mm 40mm', '10pt', '15pt', '9pt', '3pt 3pt', table, extra_css='tr { break-inside: avoid; }\n')
    grid = [[{"text": "项目", "colspan": 4}, {"text": "支出预算", "colspan": 3}],
            [{"text": "功能分类科目编码", "colspan": 3}, {"text": "功能分类科目名称", "rowspan": 2},
             {"text": "合计", "rowspan": 2}, {"text": "基本支出", "rowspan": 2}, {"text": "项目支出", "rowspan": 2}],
            [{"text": "类"}, {"text": "款"}, {"text": "项"}]]
    grid += body_grid(body_rows)
    t = {"kind": "expenditure", "number": 1, "title": title, "department": DEPT, "unit": "元",
         "header_rows": 3, "grid": grid, "notes": []}
    save(out_dir, "stacked-pages", page, [t])


def save_two_sided(out_dir, name, body):
    """A summary of two sides (收入 | 预算数 | 支出 | 预算数) under its two-row header, on a
    landscape page without rules."""
    title = "2026年部门收支预算总表"
    trs = body_rows_html(body, lambda i: i % 2 == 1)
    table = f"""<table><thead><tr><th colspan=2>收入</th><th colspan=2>支出</th></tr>
<tr><th>项目</th><th>预算数</th><th>项目</th><th>预算数</th></tr></thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "万元", 'A4 landscape', '15mm', '10pt', '15pt', '9pt', '3pt 4pt', table, fixed=False)
    grid = [[{"text": "收入", "colspan": 2}, {"text": "支出", "colspan": 2}],
            [{"text": "项目"}, {"text": "预算数"}, {"text": "项目"}, {"text": "预算数"}]] + [[{"text": c} for c in r] for r in body]
    t = {"kind": "budget_summary", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 2, "grid": grid, "notes": []}
    save(out_dir, name, page, [t])

def two_sided(out_dir):
    """A summary of two sides (收入 | 支出), its 支出 side running on alone for many rows after
    the 收入 side has ended, some of them with no amount, totals at the foot."""
    income = [("一、一般公共预算拨款收入", "8,765.43"), ("二、政府性基金预算拨款收入", "120.00"),
              ("三、国有资本经营预算拨款收入", ""), ("四、财政专户管理资金收入", "")]
    spend = [("一、一般公共服务支出", "6,000.00"), ("二、外交支出", ""), ("三、国防支出", ""), ("四、公共安全支出", ""),
             ("五、教育支出", "1,200.00"), ("六、科学技术支出", ""), ("七、文化旅游体育与传媒支出", ""),
             ("八、社会保障和就业支出", "1,565.43"), ("九、卫生健康支出", ""), ("十、节能环保支出", ""),
             ("十一、城乡社区支出", "120.00"), ("十二、农林水支出", ""), ("十三、交通运输支出", ""),
             ("十四、住房保障支出", ""), ("十五、其他支出", "")]
    body = []
    for n in range(len(spend)):
        left = income[n] if n < len(income) else ("", "")
        body.append(left + spend[n])
    body += [("本年收入合计", "8,885.43", "本年支出合计", "8,885.43"), ("收入总计", "8,885.43", "支出总计", "8,885.43")]
    save_two_sided(out_dir, "two-sided", body)

def two_sided_break(out_dir):
    """A summary of two sides (收入 | 支出) over two pages, the header repeated: the 支出 side runs
    on alone past the break, its rows at the second page's top with no amount, totals at the foot."""
    income = [("一、一般公共预算拨款收入", "9,765.43"), ("二、政府性基金预算拨款收入", "120.00"),
              ("三、国有资本经营预算拨款收入", ""), ("四、财政专户管理资金收入", ""), ("五、事业收入", ""),
              ("六、事业单位经营收入", ""), ("七、上级补助收入", ""), ("八、附属单位上缴收入", ""), ("九、其他收入", "")]
    names = ["一般公共服务", "外交", "国防", "公共安全", "教育", "科学技术", "文化旅游体育与传媒", "社会保障和就业",
             "卫生健康", "节能环保", "城乡社区", "农林水", "交通运输", "资源勘探工业信息等", "商业服务业等", "金融",
             "援助其他地区", "自然资源海洋气象等", "住房保障", "粮油物资储备", "灾害防治及应急管理", "预备费",
             "国有资本经营预算", "社会保险基金", "其他", "转移性", "债务还本", "债务付息", "债务发行费用",
             "抗疫特别国债安排的", "对外合作与交流", "其他专项"]
    paid = {"一般公共服务": "7,100.00", "教育": "1,200.00", "社会保障和就业": "1,565.43", "城乡社区": "120.00"}
    numerals = "一二三四五六七八九十"

    def numeral(n):
        return numerals[n - 1] if n <= 10 else ("" if n < 20 else numerals[n // 10 - 1]) + "十" + (numerals[n % 10 - 1] if n % 10 else "")
    spend = [(f"{numeral(n + 1)}、{name}支出", paid.get(name, "")) for n, name in enumerate(names)]
    body = [(income[n] if n < len(income) else ("", "")) + spend[n] for n in range(len(spend))]
    body += [("本年收入合计", "9,885.43", "本年支出合计", "9,985.43"), ("上年结转结余", "100.00", "", ""),
             ("收入总计", "9,985.43", "支出总计", "9,985.43")]
    save_two_sided(out_dir, "two-sided-break", body)



def wide_narrow(out_dir):
    """Basic expenditure split into 人员经费 (工资福利 | 对个人和家庭的补助) and 公用经费 (商品和服务 |
    资本性), project expenditure into 其他运转类 | 特定目标类: every sum holds."""
    base = rows()[1:]
    items = []
    for n, (c1, c2, c3, name, total, basic, project) in enumerate(base):
        items.append([c1, c2, c3, name, total, basic, project])

    def split(v, n, share):
        v = Decimal(v)
        a = (v * share / 100).quantize(Decimal("0.01"))
        return a, v - a

    body = []
    for n, (c1, c2, c3, name, total, basic, project) in enumerate(items):
        person, public = split(basic, n, 80)
        wage, care = split(person, n, 90)
        goods, capital = split(public, n, 100 if n % 2 else 75)
        run, target = split(project, n, 0 if n % 4 else 40)
        body.append((c1, c2, c3, name, total, basic, person, wage, care, public, goods, capital, project, run, target))
    # Parents' parts are the sums of their children's parts (codes 类 > 款 > 项).
    def kids(r):
        if r[1] == "":
            return [x for x in body if x[0] == r[0] and x[1] and not x[2]]
        if r[2] == "":
            return [x for x in body if x[0] == r[0] and x[1] == r[1] and x[2]]
        return []
    for _ in range(2):
        for k, r in enumerate(body):
            ks = kids(r)
            if ks:
                body[k] = r[:4] + tuple(sum(x[i] for x in ks) for i in range(4, 15))
    total = ("合计", "", "", "") + tuple(sum(x[i] for x in body if x[1] == "") for i in range(4, 15))
    trs_rows = [total] + body
    cells = [r[:4] + tuple(money(v) for v in r[4:]) for r in trs_rows]
    title = "2026年部门支出预算总表"
    thead = ("<tr><th colspan=4>科目</th><th rowspan=3>合计</th><th colspan=7>基本支出</th><th colspan=3>项目支出</th></tr>"
             "<tr><th colspan=3>编码</th><th rowspan=2>名称</th><th rowspan=2>合计</th><th colspan=3>人员经费</th>"
             "<th colspan=3>公用经费</th><th rowspan=2>合计</th><th rowspan=2>其他运转类</th><th rowspan=2>特定目标类</th></tr>"
             "<tr><th>类</th><th>款</th><th>项</th><th>小计</th><th>工资福利支出</th><th>对个人和家庭的补助</th>"
             "<th>小计</th><th>商品和服务支出</th><th>资本性支出</th></tr>")
    trs = "".join("<tr>" + ("<td colspan=4>合计</td>" + "".join(f"<td class='amt'>{esc(c)}</td>" for c in r[4:])
                            if r[0] == "合计" else
                            "".join(f"<td class='{'amt' if i >= 4 else ''}'>{esc(c)}</td>" for i, c in enumerate(r)))
                  + "</tr>" for r in cells)
    widths = [4.2, 3.6, 3.6, 4.2] + [7.7] * 11
    cols = "".join(f"<col style='width:{w}%'>" for w in widths)
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "万元", 'A4', '14mm 9mm', '8pt', '14pt', '8pt', '2pt 1pt', table, extra_css='tr { break-inside: avoid; }\n')
    grid = [[{"text": "科目", "colspan": 4}, {"text": "合计", "rowspan": 3}, {"text": "基本支出", "colspan": 7},
             {"text": "项目支出", "colspan": 3}],
            [{"text": "编码", "colspan": 3}, {"text": "名称", "rowspan": 2}, {"text": "合计", "rowspan": 2},
             {"text": "人员经费", "colspan": 3}, {"text": "公用经费", "colspan": 3}, {"text": "合计", "rowspan": 2},
             {"text": "其他运转类", "rowspan": 2}, {"text": "特定目标类", "rowspan": 2}],
            [{"text": h} for h in ("类", "款", "项", "小计", "工资福利支出", "对个人和家庭的补助", "小计", "商品和服务支出", "资本性支出")]]
    grid += body_grid(cells)
    t = {"kind": "expenditure", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 3, "grid": grid, "notes": []}
    save(out_dir, "wide-narrow", page, [t])


def two_sided_wrapped(out_dir):
    """收入 items beside 支出 items split by fund (一般公共预算 | 政府性基金 | 财政专户管理资金):
    each row's 合计 is the sum of its funds, the totals of each side hold."""
    D = Decimal
    income = [("一、本年收入", D("5234.50")), ("（一）一般公共预算拨款收入", D("4800.00")),
              ("其中：财政拨款", D("4650.25")), ("（二）政府性基金预算拨款收入", D("300.00")),
              ("（三）国有资本经营预算拨款收入", None), ("（四）财政专户管理资金收入", D("134.50")),
              ("二、上年结转", D("120.00")), ("（一）一般公共预算拨款", D("120.00")), ("（二）政府性基金预算拨款", None)]
    spend = [("一、本年支出", (D("4800.00"), D("300.00"), D("134.50"))),
             ("（一）一般公共服务支出", (D("3100.00"), None, D("134.50"))), ("（二）教育支出", (D("640.00"), None, None)),
             ("（三）社会保障和就业支出", (D("880.00"), None, None)), ("（四）城乡社区事务支出", (None, D("300.00"), None)),
             ("（五）文化旅游体育与传媒支出", (D("180.00"), None, None)), ("（六）节能环保支出", None),
             ("（七）住房保障支出", None), ("（八）灾害防治及应急管理支出", None), ("二、年终结转结余", (D("120.00"), None, None))]

    def m(v):
        return "" if v is None else f"{v:,.2f}"
    body = []
    for n in range(max(len(income), len(spend))):
        left = income[n] if n < len(income) else ("", None)
        right = spend[n] if n < len(spend) else ("", None)
        funds = right[1] or (None, None, None)
        total = sum(v for v in funds if v is not None) if any(v is not None for v in funds) else None
        body.append((left[0], m(left[1]), right[0], m(total)) + tuple(m(v) for v in funds))
    tin = income[0][1] + income[6][1]
    funds_total = tuple(sum((r[1][k] or 0) for r in (spend[0], spend[-1])) for k in range(3))
    body.append(("收入总计", m(tin), "支出总计", m(sum(funds_total))) + tuple(m(v) for v in funds_total))
    title = "2026年部门财政拨款收支预算总表"
    thead = ("<tr><th colspan=2>收入</th><th colspan=5>支出</th></tr>"
             "<tr><th>项目</th><th>预算数</th><th>项目</th><th>合计</th><th>一般公共预算</th><th>政府性基金预算</th>"
             "<th>财政专户管理资金</th></tr>")
    trs = body_rows_html(body, lambda i: i not in (0, 2))
    cols = "".join(f"<col style='width:{w}%'>" for w in [11, 14, 10, 16, 16, 16, 17])
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "万元", 'A4', '16mm 14mm', '9pt', '15pt', '9pt', '2pt 2pt', table)
    grid = [[{"text": "收入", "colspan": 2}, {"text": "支出", "colspan": 5}],
            [{"text": h} for h in ("项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "财政专户管理资金")]]
    grid += [[{"text": c} for c in r] for r in body]
    t = {"kind": "fiscal_summary", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 2, "grid": grid, "notes": []}
    save(out_dir, "two-sided-wrapped", page, [t])


def interleaved_rows(out_dir):
    """Rows of three-line and two-line cells side by side (类型 | 项目名称 | 项目单位 | amounts);
    合计 = 一般公共预算 + 政府性基金预算 + 财政专户管理资金 in every row."""
    kinds = ["其他运转类", "特定目标类"]
    names = [n + "专项经费" for n in (
             "信息系统运行维护", "档案数字化加工服务", "业务培训及考核工作", "办公场所物业管理",
             "执法装备购置及维护", "宣传教育活动组织", "专项课题研究工作", "网络安全等级保护测评",
             "公共服务平台运行", "应急演练组织工作", "统计调查业务工作", "基层站所设备更新",
             "法律顾问服务工作", "综合业务工作开展", "数据中心租赁服务", "质量抽检专项工作",
             "政府购买服务工作", "公务用车运行维护", "人才引进培养工作", "安全生产检查工作",
             "科普宣传展览工作", "专家评审咨询工作", "年度审计服务工作", "对外交流合作工作",
             "志愿服务活动组织", "监测设备维修工作")]
    units = ["东湖县示范管理局机关", "东湖县示范信息中心", "东湖县示范服务中心"]
    body = []
    for n, name in enumerate(names):
        gpb = Decimal(120 + 37 * n) + Decimal(n % 4) / 4
        fund = Decimal(30 + 11 * n) if n % 3 == 0 else Decimal(0)
        spec = Decimal(15 + 5 * n) if n % 5 == 1 else Decimal(0)
        body.append((kinds[n % 2], name, units[n % 3], money(gpb + fund + spec), money(gpb), money(fund), money(spec)))
    title = "2026年项目支出预算表"
    heads = ("类型", "项目名称", "项目单位", "合计", "一般公共预算", "政府性基金预算", "财政专户管理资金")
    thead = "<tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>"
    trs = body_rows_html(body, lambda i: i >= 3)
    cols = "".join(f"<col style='width:{w}%'>" for w in [6, 20, 13, 11, 16, 16, 18])
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "万元", 'A4', '15mm 30mm', '8pt', '14pt', '8pt', '1pt 3pt', table, after='\n<p>注：本表金额保留两位小数。</p>')
    grid = [[{"text": h} for h in heads]] + [[{"text": c} for c in r] for r in body]
    t = {"kind": "project_expenditure", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 1, "grid": grid, "notes": ["注：本表金额保留两位小数。"]}
    save(out_dir, "interleaved-rows", page, [t])


def indicator_rows(out_dir):
    """Projects (code, name, 资金总额 = 政府预算资金) merged down beside two to four indicator rows
    (产出指标 and 满意度指标: 三级指标 | 指标值 each)."""
    outputs = [("培训人次完成率", "100%"), ("系统运行正常率", "≥95%"), ("资料归档及时性", "及时"),
               ("检查覆盖率", "100%"), ("服务对象投诉处理率", "100%"), ("设备完好率", "≥98%")]
    projects = ["信息系统运行维护经费", "业务培训及考核经费", "执法装备购置及维护", "宣传教育活动经费",
                "专项课题研究经费", "网络安全等级保护测评", "公共服务平台运行费", "应急演练组织经费",
                "统计调查业务经费", "基层站所设备更新", "法律顾问服务费", "综合业务工作经费",
                "质量抽检专项经费", "政府购买服务经费"]
    body_html, grid_rows = [], []
    for n, name in enumerate(projects):
        code = f"41010022000000{10231 + 17 * n}"
        amount = money(Decimal(25 + 13 * n) + Decimal(n % 4) / 4)
        k = 2 + n % 3
        inds = [outputs[(n + i) % len(outputs)] for i in range(k)]
        sat = [("服务对象满意度", "≥90%")] + [("", "")] * (k - 1)
        rows_html = []
        for i in range(k):
            lead = (f"<td rowspan={k}>{code}</td><td rowspan={k}>{esc(name)}</td>"
                    f"<td rowspan={k} class='amt'>{amount}</td><td rowspan={k} class='amt'>{amount}</td>") if i == 0 else ""
            rows_html.append("<tr>" + lead + "".join(f"<td>{esc(c)}</td>" for c in inds[i] + sat[i]) + "</tr>")
            cells = [{"text": c} for c in inds[i] + sat[i]]
            grid_rows.append(([{"text": code, "rowspan": k}, {"text": name, "rowspan": k}, {"text": amount, "rowspan": k},
                               {"text": amount, "rowspan": k}] if i == 0 else []) + cells)
        body_html.append("<tbody>" + "".join(rows_html) + "</tbody>")
    title = "2026年部门预算项目绩效目标表"
    thead = ("<tr><th rowspan=3>项目编码</th><th rowspan=3>项目名称</th><th colspan=2 rowspan=2>项目金额</th>"
             "<th colspan=4>绩效目标</th></tr>"
             "<tr><th colspan=2>产出指标</th><th colspan=2>满意度指标</th></tr>"
             "<tr><th>资金总额</th><th>政府预算资金</th><th>三级指标</th><th>指标值</th><th>三级指标</th><th>指标值</th></tr>")
    cols = "".join(f"<col style='width:{w}%'>" for w in [20, 14, 11, 11, 10, 11, 12, 11])
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead>{"".join(body_html)}</table>"""
    page = html_page(title, "万元", 'A4', '15mm 25mm', '8pt', '14pt', '8pt', '3pt 3pt', table, extra_css='tbody { break-inside: avoid; }\n')
    grid = [[{"text": "项目编码", "rowspan": 3}, {"text": "项目名称", "rowspan": 3}, {"text": "项目金额", "colspan": 2, "rowspan": 2},
             {"text": "绩效目标", "colspan": 4}],
            [{"text": "产出指标", "colspan": 2}, {"text": "满意度指标", "colspan": 2}],
            [{"text": h} for h in ("资金总额", "政府预算资金", "三级指标", "指标值", "三级指标", "指标值")]] + grid_rows
    t = {"kind": "project_performance", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 3, "grid": grid, "notes": []}
    save(out_dir, "indicator-rows", page, [t])

def few_projects(out_dir):
    """Projects (code, name, 资金总额 = 政府预算资金, 单位资金 empty) merged down beside many
    indicator rows (产出指标 | 满意度指标: 三级指标 | 指标值 each): one or two projects a page."""
    outputs = [("培训人次完成率", "100%"), ("系统运行正常率", "≥95%"), ("资料归档及时性", "及时"),
               ("检查覆盖率", "100%"), ("服务对象投诉处理率", "100%"), ("设备完好率", "≥98%"),
               ("项目验收合格率", "100%"), ("经费支付及时率", "≥90%"), ("宣传材料发放份数", "≥3000份")]
    projects = ["信息系统运行维护经费", "业务培训及考核经费", "执法装备购置及维护", "宣传教育活动经费", "专项课题研究经费"]
    body_html, grid_rows = [], []
    for n, name in enumerate(projects):
        code = f"41010022000000{20451 + 23 * n}"
        amount = money(Decimal(125 + 37 * n) + Decimal(n % 4) / 4)
        k = 15 + (3 * n) % 8
        inds = [outputs[(n + i) % len(outputs)] for i in range(k)]
        sat = [("服务对象满意度", "≥90%"), ("社会公众满意度", "≥85%")] + [("", "")] * (k - 2)
        rows_html = []
        for i in range(k):
            lead = (f"<td rowspan={k}>{code}</td><td rowspan={k}>{esc(name)}</td>"
                    f"<td rowspan={k} class='amt'>{amount}</td><td rowspan={k} class='amt'>{amount}</td>"
                    f"<td rowspan={k}></td>") if i == 0 else ""
            rows_html.append("<tr>" + lead + "".join(f"<td>{esc(c)}</td>" for c in inds[i] + sat[i]) + "</tr>")
            cells = [{"text": c} for c in inds[i] + sat[i]]
            grid_rows.append(([{"text": code, "rowspan": k}, {"text": name, "rowspan": k}, {"text": amount, "rowspan": k},
                               {"text": amount, "rowspan": k}, {"text": "", "rowspan": k}] if i == 0 else []) + cells)
        body_html.append("<tbody>" + "".join(rows_html) + "</tbody>")
    title = "2026年部门预算项目绩效目标表"
    thead = ("<tr><th rowspan=3>项目编码</th><th rowspan=3>项目名称</th><th colspan=3 rowspan=2>项目金额</th>"
             "<th colspan=4>绩效目标</th></tr>"
             "<tr><th colspan=2>产出指标</th><th colspan=2>满意度指标</th></tr>"
             "<tr><th>资金总额</th><th>政府预算资金</th><th>单位资金</th><th>三级指标</th><th>指标值</th><th>三级指标</th>"
             "<th>指标值</th></tr>")
    cols = "".join(f"<col style='width:{w}%'>" for w in [19, 14, 10, 11, 3, 11, 10, 12, 10])
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead>{"".join(body_html)}</table>"""
    page = html_page(title, "万元", 'A4', '15mm 25mm', '8pt', '14pt', '8pt', '3pt 3pt', table, extra_css='tbody { break-inside: avoid; }\n')
    grid = [[{"text": "项目编码", "rowspan": 3}, {"text": "项目名称", "rowspan": 3}, {"text": "项目金额", "colspan": 3, "rowspan": 2},
             {"text": "绩效目标", "colspan": 4}],
            [{"text": "产出指标", "colspan": 2}, {"text": "满意度指标", "colspan": 2}],
            [{"text": h} for h in ("资金总额", "政府预算资金", "单位资金", "三级指标", "指标值", "三级指标", "指标值")]] + grid_rows
    t = {"kind": "project_performance", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 3, "grid": grid, "notes": []}
    save(out_dir, "few-projects", page, [t])



def tail_rows(out_dir, count=None):
    """部门预算支出经济分类 | 政府预算支出经济分类 codes and names, 合计 = 人员经费 + 公用经费."""
    econ = [("30101", "基本工资", "50501", "工资福利支出"), ("30102", "津贴补贴", "50501", "工资福利支出"),
            ("30103", "奖金", "50501", "工资福利支出"), ("30107", "绩效工资", "50501", "工资福利支出"),
            ("30108", "机关事业单位基本养老保险缴费", "50501", "工资福利支出"), ("30110", "职工基本医疗保险缴费", "50501", "工资福利支出"),
            ("30113", "住房公积金", "50501", "工资福利支出"), ("30201", "办公费", "50502", "商品和服务支出"),
            ("30205", "水费", "50502", "商品和服务支出"), ("30206", "电费", "50502", "商品和服务支出"),
            ("30207", "邮电费", "50502", "商品和服务支出"), ("30211", "差旅费", "50502", "商品和服务支出"),
            ("30213", "维修（护）费", "50502", "商品和服务支出"), ("30216", "培训费", "50502", "商品和服务支出"),
            ("30228", "工会经费", "50502", "商品和服务支出"), ("30229", "福利费", "50502", "商品和服务支出")]
    n = count or 43
    body = []
    for k in range(n):
        c, name, g, gname = econ[k % len(econ)]
        v = Decimal(3 + 7 * k) + Decimal(k % 4) / 4
        person = v if c.startswith("301") else Decimal(0)
        body.append((c, name, g, gname, money(v), money(person), money(v - person)))
    title = "2026年一般公共预算基本支出预算表"
    thead = ("<tr><th colspan=2>部门预算支出经济分类科目</th><th colspan=2>政府预算支出经济分类科目</th>"
             "<th colspan=3>本年一般公共预算基本支出</th></tr><tr><th>科目编码</th><th>科目名称</th><th>科目编码</th>"
             "<th>科目名称</th><th>合计</th><th>人员经费</th><th>公用经费</th></tr>")
    trs = body_rows_html(body, lambda i: i >= 4)
    table = f"""<table><thead>{thead}</thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "万元", 'A4', '15mm 20mm', '9pt', '14pt', '9pt', '2pt 3pt', table, fixed=False, extra_css='tr { break-inside: avoid; }\n')
    grid = [[{"text": "部门预算支出经济分类科目", "colspan": 2}, {"text": "政府预算支出经济分类科目", "colspan": 2},
             {"text": "本年一般公共预算基本支出", "colspan": 3}],
            [{"text": h} for h in ("科目编码", "科目名称", "科目编码", "科目名称", "合计", "人员经费", "公用经费")]]
    grid += [[{"text": c} for c in r] for r in body]
    t = {"kind": "gpb_basic_expenditure", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 2, "grid": grid, "notes": []}
    save(out_dir, "tail-rows", page, [t])


def empty_tables(out_dir):
    """Three pages, each a table under a numbered title: a small one read as usual, an empty one
    (header, 合计 alone, a note saying the table is empty) and one with a single row of amounts."""
    style = f"""<style>
@page {{ size: A4; margin: 20mm 22mm; }}
body {{ font-family: {FONT}; font-size: 10pt; margin: 0; }}
h1 {{ font-size: 15pt; text-align: center; margin: 0 0 2pt 0; }}
.sub {{ display: flex; justify-content: space-between; font-size: 9pt; margin-bottom: 3pt; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: none; padding: 3pt 4pt; font-weight: normal; }}
td.amt {{ text-align: right; }}
section {{ break-after: page; }}
p.note {{ font-size: 9pt; margin: 4pt 0; }}
</style>"""
    small = [("201", "一般公共服务支出", "1,520.00", "1,320.00", "200.00"),
             ("20103", "政府办公厅（室）及相关机构事务", "1,520.00", "1,320.00", "200.00"),
             ("2010301", "行政运行", "1,320.00", "1,320.00", ""),
             ("2010302", "一般行政管理事务", "200.00", "", "200.00")]
    small_rows = [("合计", "1,520.00", "1,320.00", "200.00")]
    t1 = "三、部门支出预算表"
    s1 = (heading(t1, "万元") + "<table><thead><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th>"
          "<th>项目支出</th></tr></thead><tbody><tr><td colspan=2>合计</td>"
          + "".join(f"<td class='amt'>{c}</td>" for c in small_rows[0][1:]) + "</tr>"
          + "".join("<tr>" + "".join(f"<td class='{'amt' if i >= 2 else ''}'>{esc(c)}</td>" for i, c in enumerate(r)) + "</tr>"
                    for r in small) + "</tbody></table>")
    g1 = ([[{"text": h} for h in ("科目编码", "科目名称", "合计", "基本支出", "项目支出")],
           [{"text": "合计", "colspan": 2}] + [{"text": c} for c in small_rows[0][1:]]]
          + [[{"text": c} for c in r] for r in small])
    t2 = "四、政府性基金预算支出预算表"
    note2 = "注：本单位本年度没有使用政府性基金预算拨款安排的支出，本表无数据。"
    s2 = (heading(t2, "万元") + "<table><thead><tr><th colspan=4>项目</th><th colspan=3>本年政府性基金预算支出</th></tr>"
          "<tr><th colspan=3>科目编码</th><th rowspan=2>科目名称</th><th rowspan=2>合计</th><th rowspan=2>基本支出</th>"
          "<th rowspan=2>项目支出</th></tr><tr><th>类</th><th>款</th><th>项</th></tr></thead>"
          "<tbody><tr><td colspan=4>合计</td><td></td><td></td><td></td></tr></tbody></table>"
          f"<p class='note'>{note2}</p>")
    g2 = [[{"text": "项目", "colspan": 4}, {"text": "本年政府性基金预算支出", "colspan": 3}],
          [{"text": "科目编码", "colspan": 3}, {"text": "科目名称", "rowspan": 2}, {"text": "合计", "rowspan": 2},
           {"text": "基本支出", "rowspan": 2}, {"text": "项目支出", "rowspan": 2}],
          [{"text": "类"}, {"text": "款"}, {"text": "项"}],
          [{"text": "合计", "colspan": 4}, {"text": ""}, {"text": ""}, {"text": ""}]]
    t3 = "五、一般公共预算“三公”经费支出预算表"
    one = ("36.50", "", "12.00", "24.50", "", "24.50", "8.40")
    s3 = (heading(t3, "万元") + "<table><thead><tr><th colspan=6>“三公”经费</th><th rowspan=3>会议费</th></tr>"
          "<tr><th rowspan=2>合计</th><th rowspan=2>因公出国（境）费</th><th rowspan=2>公务接待费</th>"
          "<th colspan=3>公务用车购置及运行费</th></tr><tr><th>小计</th><th>购置费</th><th>运行费</th></tr></thead>"
          "<tbody><tr>" + "".join(f"<td class='amt'>{c}</td>" for c in one) + "</tr></tbody></table>")
    g3 = [[{"text": "“三公”经费", "colspan": 6}, {"text": "会议费", "rowspan": 3}],
          [{"text": "合计", "rowspan": 2}, {"text": "因公出国（境）费", "rowspan": 2}, {"text": "公务接待费", "rowspan": 2},
           {"text": "公务用车购置及运行费", "colspan": 3}],
          [{"text": "小计"}, {"text": "购置费"}, {"text": "运行费"}],
          [{"text": c} for c in one]]
    page = (f"<!doctype html><html><head><meta charset='utf-8'>{style}</head><body>"
            f"<section>{s1}</section><section>{s2}</section><section>{s3}</section></body></html>")
    tables = [{"kind": "expenditure", "number": 1, "title": t1, "department": DEPT, "unit": "万元", "header_rows": 1, "grid": g1, "notes": []},
              {"kind": "gov_fund", "number": 2, "title": t2, "department": DEPT, "unit": "万元", "header_rows": 3, "grid": g2,
               "notes": [note2]},
              {"kind": "three_public", "number": 3, "title": t3, "department": DEPT, "unit": "万元", "header_rows": 3, "grid": g3,
               "notes": []}]
    save(out_dir, "empty-tables", page, tables)

def labels_over_pages(out_dir):
    """Units and kinds merged down their items over page breaks; 合计 = 一般公共预算 + 财政专户管理资金
    on every row, 合计 the sum of the items."""
    costs = ["基本工资", "津贴补贴", "奖金", "绩效工资", "机关事业单位基本养老保险缴费", "职业年金缴费",
             "职工基本医疗保险缴费", "其他社会保障缴费", "住房公积金", "医疗费", "其他工资福利支出",
             "退休费", "生活补助", "奖励金", "其他对个人和家庭的补助"]
    public = ["办公费", "印刷费", "水费", "电费", "邮电费", "物业管理费", "差旅费", "维修（护）费",
              "会议费", "培训费", "公务接待费", "工会经费", "福利费", "公务用车运行维护费", "其他交通费用"]
    units = [("东湖县示范管理局机关", [("人员类", costs + [c + suffix for suffix in ("（离退休）", "（遗属）", "（临聘）")
                                                                 for c in costs[:14]]),
                                     ("公用经费", public)]),
             ("东湖县示范信息中心", [("人员类", costs[:9]), ("公用经费", public[:8])]),
             ("东湖县示范服务中心", [("人员类", costs[:6]), ("公用经费", public[:5])])]
    body, n = [], 0
    for unit, kinds in units:
        for kind, names in kinds:
            for name in names:
                gpb = Decimal(40 + 13 * n) + Decimal(n % 4) / 4
                spec = Decimal(5 + 3 * n) if n % 6 == 2 else Decimal(0)
                body.append((unit, kind, name, gpb + spec, gpb, spec))
                n += 1
    total = tuple(sum(r[i] for r in body) for i in (3, 4, 5))
    title = "2026年一般公共预算基本支出明细表"
    heads = ("项目单位", "类型", "项目名称", "合计", "一般公共预算", "财政专户管理资金")
    thead = "<tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>"

    def amounts(r):
        return "".join(f"<td class='amt'>{money(v)}</td>" for v in r)
    trs = "<tr><td></td><td></td><td>合计</td>" + amounts(total) + "</tr>"
    grid = [[{"text": h} for h in heads], [{"text": ""}, {"text": ""}, {"text": "合计"}] + [{"text": money(v)} for v in total]]
    for k, r in enumerate(body):
        first_of_unit = k == 0 or body[k - 1][0] != r[0]
        first_of_kind = first_of_unit or body[k - 1][1] != r[1]
        unit_span = sum(1 for x in body if x[0] == r[0])
        kind_span = sum(1 for x in body if x[0] == r[0] and x[1] == r[1])
        cells, truth_cells = "", []
        if first_of_unit:
            cells += f"<td rowspan={unit_span}>{esc(r[0])}</td>"
            truth_cells.append({"text": r[0], "rowspan": unit_span})
        if first_of_kind:
            cells += f"<td rowspan={kind_span}>{esc(r[1])}</td>"
            truth_cells.append({"text": r[1], "rowspan": kind_span})
        trs += f"<tr>{cells}<td>{esc(r[2])}</td>{amounts(r[3:])}</tr>"
        grid.append(truth_cells + [{"text": r[2]}] + [{"text": money(v)} for v in r[3:]])
    cols = "".join(f"<col style='width:{w}%'>" for w in [15, 8, 25, 16, 16, 20])
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "万元", 'A4', '15mm 20mm', '10pt', '15pt', '9pt', '3pt 3pt', table)
    t = {"kind": "gpb_basic_detail", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 1, "grid": grid, "notes": []}
    save(out_dir, "labels-over-pages", page, [t])


def centred_names(out_dir, lead=0, padding='3pt 3pt'):
    """Names wrapped in a narrow column, seven characters a line, over two lines and three in
    turn, beside a 类型 column merged down runs of eight items (two characters a line): the
    amounts a browser centres in the row stand level with a three-line name's middle line and
    between a two-line name's lines (a text line then gathers the name's second line and the
    amounts, its middle between theirs). Over three pages with the header repeated; the last
    row of the first page has a three-line name whose last line stands under its amounts at
    the page's foot (`lead` rows of two lines first put it there). 合计 = 一般公共预算 +
    财政专户管理资金 on every row, 合计 the sum of the items."""
    two = ["在职人员公用经费（行政）", "工会经费（行政）", "退休干部活动费（行政）", "医疗保险金（行政）",
           "住房公积金（事业）", "在职人员文明奖（行政）", "年终一次性奖金", "养老保险金（事业）"]
    three = ["在职人员公用经费公务用车补贴（行政）", "行政人员及机关技术人员基本工资", "退休人员平时健康休养费（行政）",
             "在职人员物业服务补贴（行政）", "离退休人员公用经费（行政事业）", "在职人员公务通讯补贴（行政）",
             "退休人员物业服务补贴（行政非统发）", "行政人员及机关技术工人年基本工资"]
    kinds = ["公用经费", "人员类"]
    body = []
    for n in range(lead + 64):
        # Two lines on the lead rows and on even rows after them, three on odd ones.
        name = two[n % len(two)] if n < lead or (n - lead) % 2 == 0 else three[n % len(three)]
        gpb = Decimal(2000 + 173 * n) + Decimal(n % 4) / 4
        spec = Decimal(100 + 7 * n) if n % 5 == 2 else Decimal(0)
        body.append((kinds[n // 8 % 2], name, gpb + spec, gpb, spec))
    total = tuple(sum(r[i] for r in body) for i in (2, 3, 4))
    title = "2026年一般公共预算基本支出明细表"
    heads = ("类型", "项目名称", "合计", "一般公共预算", "财政专户管理资金")
    thead = "<tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>"

    def amounts(r):
        return "".join(f"<td class='amt'>{money(v)}</td>" for v in r)
    trs = "<tr><td></td><td>合计</td>" + amounts(total) + "</tr>"
    grid = [[{"text": h} for h in heads], [{"text": ""}, {"text": "合计"}] + [{"text": money(v)} for v in total]]
    for k, r in enumerate(body):
        first_of_kind = k == 0 or body[k - 1][0] != r[0]
        span = next((j for j in range(k + 1, len(body)) if body[j][0] != r[0]), len(body)) - k
        cells = f"<td rowspan={span}>{esc(r[0])}</td>" if first_of_kind else ""
        trs += f"<tr>{cells}<td>{esc(r[1])}</td>{amounts(r[2:])}</tr>"
        grid.append(([{"text": r[0], "rowspan": span}] if first_of_kind else []) + [{"text": r[1]}] + [{"text": money(v)} for v in r[2:]])
    cols = "".join(f"<col style='width:{w}'>" for w in ["22pt", "62pt", "90pt", "90pt", "90pt"])
    table = f"""<table style="width:auto"><colgroup>{cols}</colgroup><thead>{thead}</thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "元", 'A4', '15mm 25mm', '8pt', '14pt', '8pt', padding, table,
                     extra_css="tr { break-inside: avoid; }", after='\n<p>注：本表金额保留两位小数。</p>')
    t = {"kind": "gpb_basic_detail", "number": 1, "title": title, "department": DEPT, "unit": "元",
         "header_rows": 1, "grid": grid, "notes": ["注：本表金额保留两位小数。"]}
    save(out_dir, "centred-names", page, [t])

def sparse_header(out_dir, size='A4', font='7.5pt', padding='3pt 2pt', widths=(3, 3, 3, 4, 15.5) + (6.5,) * 11,
                  count=48, name="sparse-header"):
    """An expenditure table of sixteen narrow columns whose header, three levels of cells
    wrapped a few characters a line (科目编码 over 类 | 款 | 项; 基本支出 over 合计 | 人员经费 over
    小计 | 工资福利支出 | 对个人和家庭的补助 | 公用经费 over …; 项目支出 over 合计 | 其他运转类 |
    特定目标类), stacks over many lines with no rules, most of them holding a few words each;
    over two pages with the header repeated (`count` items: 37 leave two rows alone under the
    header on the second page). 总计 = 基本支出合计 + 项目支出合计, each group's 合计 and 小计 the
    sum of its parts; 合计 the sum of the items."""
    names = ["行政运行", "一般行政管理事务", "机关服务", "信息化建设", "事业运行", "其他人力资源事务支出",
             "就业管理事务", "社会保险经办机构", "劳动保障监察", "职业技能鉴定", "公共就业服务",
             "行政单位离退休", "事业单位离退休", "机关事业单位基本养老保险缴费支出", "其他行政事业单位养老支出",
             "就业创业服务补贴", "职业培训补贴", "其他就业补助支出", "行政单位医疗", "事业单位医疗",
             "公务员医疗补助", "住房公积金", "提租补贴", "购房补贴"]
    body = []
    for n, item in enumerate((names * 2)[:count]):
        # Small enough that the 合计 row's figures fit the narrow columns (under 10,000).
        wage = Decimal(60 + 2 * n) + Decimal(n % 4) / 4
        family = Decimal(5 + n % 7) if n % 3 else Decimal(0)
        goods = Decimal(20 + n) + Decimal(n % 2) / 2
        capital = Decimal(2 + n % 3) if n % 5 == 1 else Decimal(0)
        other = Decimal(30 + n) if n % 2 else Decimal(0)
        special = Decimal(40 + n) if n % 3 == 2 else Decimal(0)
        people, public, project = wage + family, goods + capital, other + special
        basic = people + public
        code = (f"{201 + n // 12}", f"{1 + n // 4 % 3:02d}", f"{1 + n % 4:02d}")
        body.append(code + ("", item, basic + project, basic, people, wage, family, public, goods, capital,
                             project, other, special))
    total = tuple(sum(r[i] for r in body) for i in range(5, 16))
    rows = [("", "", "", "", "合计") + total] + body
    title = "2026年部门支出预算表"
    thead = ("<tr><th colspan=3>科目编码</th><th rowspan=3>单位代码</th><th rowspan=3>单位（科目名称）</th>"
             "<th rowspan=3>总计</th><th colspan=7>基本支出</th><th colspan=3>项目支出</th></tr>"
             "<tr><th rowspan=2>类</th><th rowspan=2>款</th><th rowspan=2>项</th><th rowspan=2>合计</th>"
             "<th colspan=3>人员经费</th><th colspan=3>公用经费</th><th rowspan=2>合计</th>"
             "<th rowspan=2>其他运转类</th><th rowspan=2>特定目标类</th></tr>"
             "<tr><th>小计</th><th>工资福利支出</th><th>对个人和家庭的补助</th><th>小计</th>"
             "<th>商品和服务支出</th><th>资本性支出</th></tr>")
    trs = "".join("<tr>" + "".join(f"<td class='{'amt' if i >= 5 else ''}'>{esc(c if isinstance(c, str) else money(c))}</td>"
                                   for i, c in enumerate(r)) + "</tr>" for r in rows)
    cols = "".join(f"<col style='width:{w}%'>" for w in widths)
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "万元", size, '15mm 12mm', font, '14pt', '8pt', padding, table, extra_css='tr { break-inside: avoid; }\n')
    grid = [[{"text": "科目编码", "colspan": 3}, {"text": "单位代码", "rowspan": 3}, {"text": "单位（科目名称）", "rowspan": 3},
             {"text": "总计", "rowspan": 3}, {"text": "基本支出", "colspan": 7}, {"text": "项目支出", "colspan": 3}],
            [{"text": "类", "rowspan": 2}, {"text": "款", "rowspan": 2}, {"text": "项", "rowspan": 2}, {"text": "合计", "rowspan": 2},
             {"text": "人员经费", "colspan": 3}, {"text": "公用经费", "colspan": 3}, {"text": "合计", "rowspan": 2},
             {"text": "其他运转类", "rowspan": 2}, {"text": "特定目标类", "rowspan": 2}],
            [{"text": t} for t in ("小计", "工资福利支出", "对个人和家庭的补助", "小计", "商品和服务支出", "资本性支出")]]
    grid += [[{"text": c if isinstance(c, str) else money(c)} for c in r] for r in rows]
    t = {"kind": "expenditure", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 3, "grid": grid, "notes": []}
    save(out_dir, name, page, [t])


def sparse_header_tail(out_dir):
    sparse_header(out_dir, count=37, name="sparse-header-tail")


def tight_indicators(out_dir):
    """Projects (code, name, 资金总额 = 政府预算资金) merged down beside three to five indicator
    rows (三级指标 | 指标值), each name two lines in its narrow column, its figure one line."""
    outputs = [("补贴发放人数", "≥160人"), ("补贴发放率", "100%"), ("培训人次完成率", "≥95%"),
               ("维修维护合格率", "100%"), ("发放事转企退休人员数", "≥1750人"), ("印刷品供应时限", "≤10天")]
    projects = ["三支一扶人员生活补贴", "高技能人才工作经费", "人才引进专项经费", "社区平台运行维护费",
                "劳动保障监察宣传费", "职业技能等级认定经费"]
    body_html, grid_rows = [], []
    for n, name in enumerate(projects):
        code = f"41010024000000{30417 + 29 * n}"
        amount = money(Decimal(31 + 17 * n) + Decimal(n % 4) / 4)
        k = 3 + n % 3
        inds = [outputs[(n + i) % len(outputs)] for i in range(k)]
        rows_html = []
        for i in range(k):
            lead = (f"<td rowspan={k}>{code}</td><td rowspan={k}>{esc(name)}</td>"
                    f"<td rowspan={k} class='amt'>{amount}</td><td rowspan={k} class='amt'>{amount}</td>") if i == 0 else ""
            rows_html.append("<tr>" + lead + "".join(f"<td>{esc(c)}</td>" for c in inds[i]) + "</tr>")
            grid_rows.append(([{"text": code, "rowspan": k}, {"text": name, "rowspan": k}, {"text": amount, "rowspan": k},
                               {"text": amount, "rowspan": k}] if i == 0 else []) + [{"text": c} for c in inds[i]])
        body_html.append("<tbody>" + "".join(rows_html) + "</tbody>")
    title = "2026年部门预算项目绩效目标表"
    thead = ("<tr><th rowspan=2>项目编码</th><th rowspan=2>项目名称</th><th colspan=2>项目金额</th>"
             "<th colspan=2>产出指标</th></tr>"
             "<tr><th>资金总额</th><th>政府预算资金</th><th>三级指标</th><th>指标值</th></tr>")
    cols = "".join(f"<col style='width:{w}%'>" for w in [26, 22, 13, 13, 12, 14])
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead>{"".join(body_html)}</table>"""
    page = html_page(title, "万元", 'A4', '15mm 40mm', '8pt', '14pt', '8pt', '0.5pt 3pt', table, extra_css='tbody { break-inside: avoid; }\n')
    grid = [[{"text": "项目编码", "rowspan": 2}, {"text": "项目名称", "rowspan": 2}, {"text": "项目金额", "colspan": 2},
             {"text": "产出指标", "colspan": 2}],
            [{"text": h} for h in ("资金总额", "政府预算资金", "三级指标", "指标值")]] + grid_rows
    t = {"kind": "project_performance", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 2, "grid": grid, "notes": []}
    save(out_dir, "tight-indicators", page, [t])


def two_sided_tail(out_dir):
    """A summary of two sides (收入 | 支出), its totals on top, the 支出 side running on alone
    after the last amount to the foot: names with no amount, two lines each in narrow columns,
    under the last line of amounts."""
    income = [("一、一般公共预算拨款收入", "7,654.32"), ("二、政府性基金预算拨款收入", "230.00"),
              ("三、国有资本经营预算拨款收入", ""), ("四、财政专户管理资金收入", "")]
    spend = [("一、一般公共服务支出", "5,100.00"), ("二、外交支出", ""), ("三、国防支出", ""), ("四、公共安全支出", ""),
             ("五、教育支出", "1,320.00"), ("六、科学技术支出", ""), ("七、社会保障和就业支出", "1,234.32"),
             ("八、城乡社区支出", "230.00"), ("九、农林水支出", ""), ("十、交通运输支出", ""), ("十一、住房保障支出", ""),
             ("十二、粮油物资储备支出", ""), ("十三、灾害防治及应急管理支出", ""), ("十四、其他支出", "")]
    body = [("收入总计", "7,884.32", "支出总计", "7,884.32")]
    for n in range(len(spend)):
        left = income[n] if n < len(income) else ("", "")
        body.append(left + spend[n])
    title = "2026年部门收支预算总表"
    trs = body_rows_html(body, lambda i: i % 2 == 1)
    cols = "".join(f"<col style='width:{w}%'>" for w in [17, 33, 17, 33])
    table = f"""<table><colgroup>{cols}</colgroup><thead><tr><th colspan=2>收入</th><th colspan=2>支出</th></tr>
<tr><th>项目</th><th>预算数</th><th>项目</th><th>预算数</th></tr></thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "万元", 'A4', '20mm 35mm', '9pt', '15pt', '9pt', '1pt 2pt', table)
    grid = [[{"text": "收入", "colspan": 2}, {"text": "支出", "colspan": 2}],
            [{"text": "项目"}, {"text": "预算数"}, {"text": "项目"}, {"text": "预算数"}]] + [[{"text": c} for c in r] for r in body]
    t = {"kind": "budget_summary", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 2, "grid": grid, "notes": []}
    save(out_dir, "two-sided-tail", page, [t])


def two_sided_last_line(out_dir, name="two-sided-last-line", names_on_first_page=0):
    """A fiscal summary of two sides (收入 | 支出 by fund), its totals on top, whose 支出 side runs
    on alone past the page break (the page breaks before a row, as a row that does not fit does,
    right after the 收入 side's last row): under the second page's repeated header, names of no
    amount, most wrapped over two lines in a narrow column, then one line of amounts, the table's
    last. Each row's 合计 is the sum of its
    funds; 支出总计 = 本年支出 + 年终结转结余, 收入总计 = 本年收入 + 上年结转."""
    D = Decimal
    income = [("一、本年收入", D("6234.50")), ("（一）一般公共预算拨款收入", D("5800.00")),
              ("其中：财政拨款", D("5650.25")), ("（二）政府性基金预算拨款收入", D("300.00")),
              ("（三）国有资本经营预算拨款收入", None), ("（四）财政专户管理资金收入", D("134.50")),
              ("二、上年结转", D("215.00")), ("（一）一般公共预算拨款", D("215.00"))]
    spend = [("一、本年支出", (D("5800.00"), D("300.00"), D("134.50"))),
             ("（一）一般公共服务支出", (D("3900.00"), None, D("134.50"))), ("（二）教育支出", (D("740.00"), None, None)),
             ("（三）社会保障和就业支出", (D("980.00"), None, None)), ("（四）城乡社区支出", (None, D("300.00"), None)),
             ("（五）文化旅游体育与传媒支出", (D("180.00"), None, None))]
    spend += [(name, None) for name in ("（六）节能环保支出", "（七）农林水支出", "（八）交通运输支出", "（九）住房保障支出",
                                        "（十）粮油物资储备支出", "（十一）灾害防治及应急管理支出", "（十二）预备费",
                                        "（十三）其他支出", "（十四）转移性支出", "（十五）债务还本支出",
                                        "（十六）债务付息支出", "（十七）债务发行费用支出", "（十八）抗疫特别国债安排的支出")]
    spend.append(("二、年终结转结余", (D("215.00"), None, None)))

    def m(v):
        return "" if v is None else f"{v:,.2f}"

    def side(funds):
        funds = funds or (None, None, None)
        total = sum(v for v in funds if v is not None) if any(v is not None for v in funds) else None
        return (m(total),) + tuple(m(v) for v in funds)
    totals = tuple(sum((r[1][k] or 0) for r in (spend[0], spend[-1])) for k in range(3))
    body = [("收入总计", m(income[0][1] + income[6][1]), "支出总计") + side(totals)]
    for n in range(len(spend)):
        left = income[n] if n < len(income) else ("", None)
        body.append((left[0], m(left[1]), spend[n][0]) + side(spend[n][1]))
    title = "2026年部门财政拨款收支预算总表"
    thead = ("<tr><th colspan=2>收入</th><th colspan=5>支出</th></tr>"
             "<tr><th>项目</th><th>预算数</th><th>项目</th><th>合计</th><th>一般公共预算</th><th>政府性基金预算</th>"
             "<th>财政专户管理资金</th></tr>")
    # The page breaks right after the 收入 side's last row (or `names_on_first_page` rows
    # later): the 支出 side's names of no amount and its last line of amounts go on to the
    # second page.
    brk = 1 + len(income) + names_on_first_page
    trs = "".join(f"<tr{' class=brk' if n == brk else ''}>" + "".join(
        f"<td class='{'amt' if i not in (0, 2) else ''}'>{esc(c)}</td>" for i, c in enumerate(r)) + "</tr>"
        for n, r in enumerate(body))
    cols = "".join(f"<col style='width:{w}%'>" for w in [16, 11, 15, 13, 14, 14, 17])
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead><tbody>{trs}</tbody></table>"""
    page = html_page(title, "万元", 'A4', '16mm 14mm', '9pt', '15pt', '9pt', '3pt 2pt', table,
                     extra_css='tr.brk { break-before: page; }\n',
                     after="<p style='font-size:8pt'>注：本表金额单位转换时可能存在四舍五入尾数误差。</p>")
    grid = [[{"text": "收入", "colspan": 2}, {"text": "支出", "colspan": 5}],
            [{"text": h} for h in ("项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "财政专户管理资金")]]
    grid += [[{"text": c} for c in r] for r in body]
    t = {"kind": "fiscal_summary", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 2, "grid": grid, "notes": ["注：本表金额单位转换时可能存在四舍五入尾数误差。"]}
    save(out_dir, name, page, [t])


def two_sided_break_tail(out_dir):
    """The same summary, the page breaking six rows later: the first page ends with names of no
    amount under its last line of amounts, each wrapped over two lines at a wrap's pitch, the
    rows set further apart."""
    two_sided_last_line(out_dir, "two-sided-break-tail", names_on_first_page=6)


def project_rows(code, name, amount, rows, grid_rows):
    """A project's <tr>s: its code, name and amounts (资金总额 = 政府预算资金, the other two
    empty) merged down beside its indicator `rows` (six cells each); their truth rows are
    appended to `grid_rows`."""
    k = len(rows)
    out = []
    for i, row in enumerate(rows):
        lead = (f"<td rowspan={k}>{code}</td><td rowspan={k}>{esc(name)}</td>"
                f"<td rowspan={k} class='amt'>{amount}</td><td rowspan={k} class='amt'>{amount}</td>"
                f"<td rowspan={k}></td><td rowspan={k}></td>") if i == 0 else ""
        out.append("<tr>" + lead + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
        grid_rows.append(([{"text": code, "rowspan": k}, {"text": name, "rowspan": k}, {"text": amount, "rowspan": k},
                           {"text": amount, "rowspan": k}, {"text": "", "rowspan": k}, {"text": "", "rowspan": k}]
                          if i == 0 else []) + [{"text": c} for c in row])
    return out


def save_projects(out_dir, name, body_html, grid_rows, widths, extra_css=""):
    """Project performance targets on A4 landscape under the header of four printed levels
    (项目金额(万元) over four amount columns, 绩效目标 over 成本指标 | 产出指标 | 满意度指标),
    columns `widths` (%), the body `body_html` (its <tbody>s), and their truth."""
    title = "2026年部门预算项目绩效目标表"
    leaves = ("资金总额", "政府预算资金", "财政专户管理资金", "单位资金", "三级指标", "指标值", "三级指标", "指标值", "三级指标", "指标值")
    thead = ("<tr><th rowspan=3>单位编码(项目编码)</th><th rowspan=3>项目单位(项目名称)</th>"
             "<th colspan=4 rowspan=2>项目金额(万元)</th><th colspan=6>绩效目标</th></tr>"
             "<tr><th colspan=2>成本指标</th><th colspan=2>产出指标</th><th colspan=2>满意度指标</th></tr>"
             "<tr>" + "".join(f"<th>{h}</th>" for h in leaves) + "</tr>")
    cols = "".join(f"<col style='width:{w}%'>" for w in widths)
    table = f"""<table><colgroup>{cols}</colgroup><thead>{thead}</thead>{body_html}</table>"""
    page = html_page(title, "万元", 'A4 landscape', '15mm 20mm', '9pt', '14pt', '8pt', '3pt 3pt', table, extra_css=extra_css)
    grid = [[{"text": "单位编码(项目编码)", "rowspan": 3}, {"text": "项目单位(项目名称)", "rowspan": 3},
             {"text": "项目金额(万元)", "colspan": 4, "rowspan": 2}, {"text": "绩效目标", "colspan": 6}],
            [{"text": "成本指标", "colspan": 2}, {"text": "产出指标", "colspan": 2}, {"text": "满意度指标", "colspan": 2}],
            [{"text": h} for h in leaves]] + grid_rows
    t = {"kind": "project_performance", "number": 1, "title": title, "department": DEPT, "unit": "万元",
         "header_rows": 3, "grid": grid, "notes": []}
    save(out_dir, name, page, [t])


def group_heads(out_dir):
    """Projects (code, name, 资金总额 = 政府预算资金; 财政专户管理资金 and 单位资金 empty) merged
    down beside two indicator rows (产出指标 and 满意度指标), every fifth project (the second on)
    with a 成本指标 row too, under a header whose group heads stand on lines of their own above it."""
    outputs = [("培训人次完成率", "100%"), ("系统运行正常率", "≥95%"), ("资料归档及时性", "及时"),
               ("检查覆盖率", "100%"), ("服务对象投诉处理率", "100%"), ("设备完好率", "≥98%")]
    costs = [("项目总成本", "≤2 万元"), ("单位维护成本", "≤3.5 万元"), ("人均培训成本", "≤800 元")]
    projects = ["信息系统运行维护经费", "业务培训及考核经费", "执法装备购置及维护", "宣传教育活动经费",
                "专项课题研究经费", "网络安全等级保护测评", "公共服务平台运行费", "应急演练组织经费",
                "统计调查业务经费", "基层站所设备更新", "法律顾问服务费", "综合业务工作经费"]
    body_html, grid_rows = [], []
    for n, name in enumerate(projects):
        code = f"41010024000000{30517 + 19 * n}"
        amount = money(Decimal(12 + 7 * n) + Decimal(n % 4) / 4)
        k = 2
        cost = [costs[(n // 5) % len(costs)]] + [("", "")] * (k - 1) if n % 5 == 1 else [("", "")] * k
        inds = [outputs[(n + i) % len(outputs)] for i in range(k)]
        sat = [("服务对象满意度", "≥90%")] + [("", "")] * (k - 1)
        rows_html = project_rows(code, name, amount, [cost[i] + inds[i] + sat[i] for i in range(k)], grid_rows)
        body_html.append("<tbody>" + "".join(rows_html) + "</tbody>")
    save_projects(out_dir, "group-heads", "".join(body_html), grid_rows, [17, 12, 7, 7, 7, 2.6, 2.8, 6.6, 10, 6.5, 13, 8.5],
                  extra_css='tbody { break-inside: avoid; }\n')


def cut_names(out_dir):
    """Projects (code, a long name, 资金总额 = 政府预算资金) merged down beside three indicator rows
    (成本指标, 产出指标, 满意度指标), the name in a column a few characters wide so that it runs
    taller than the rows; rows break across pages anywhere, cutting a project and its name."""
    outputs = [("培训人次完成率", "100%"), ("系统运行正常率", "≥95%"), ("资料归档及时性", "及时"),
               ("检查覆盖率", "100%"), ("服务对象投诉处理率", "100%"), ("设备完好率", "≥98%")]
    costs = [("项目总成本", "≤2万元"), ("单位维护成本", "≤3.5万元"), ("人均培训成本", "≤800元")]
    projects = ["城乡居民基本养老保险市级补助资金", "退休人员取暖费退休费差额遗属补助差额", "高技能人才和技术能手工作经费",
                "春节期间市属国有和改制困难企业困难职工救助", "人力资源市场公共服务平台运行维护经费",
                "就业困难人员公益性岗位补贴资金", "职业技能等级认定考评工作经费", "劳动人事争议仲裁院办案经费",
                "机关事业单位养老保险经办业务经费", "创业担保贷款贴息及奖补资金", "技工院校教师培训及教研活动经费",
                "退役军人就业创业培训补助资金", "农民工工资支付保障监察执法经费", "社会保险基金监督检查工作经费"]
    body_html, grid_rows = [], []
    for n, name in enumerate(projects):
        code = f"41080024000000{34806 + 7 * n}"
        amount = money(Decimal(25 + 13 * n) + Decimal(n % 4) / 4)
        rows = [costs[n % len(costs)] + outputs[n % len(outputs)] + ("服务对象满意度", "≥90%"),
                ("", "") + outputs[(n + 1) % len(outputs)] + ("", ""),
                ("", "") + outputs[(n + 2) % len(outputs)] + ("", "")]
        body_html.append("".join(project_rows(code, name, amount, rows, grid_rows)))
    save_projects(out_dir, "cut-names", "<tbody>" + "".join(body_html) + "</tbody>", grid_rows,
                  [17, 5, 7, 7, 7, 2.6, 9.4, 7.6, 11.4, 6.5, 12, 8.5])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/norules"
    os.makedirs(out, exist_ok=True)
    for name in sys.argv[2:] or ["stacked_pages", "two_sided"]:
        globals()[name](out)
