#!/usr/bin/env python3
"""Writes Tests/Fixtures/loss/: documents built so that something is lost or cannot be checked,
each with its truth (what is printed). The extraction must ask for review on each.

    python3 scripts/make_loss_fixtures.py Tests/Fixtures/loss

- outside:         the last row of a ruled table printed under its bottom rule, outside the
                   column lines: its amounts land in no cell.
- loose-piece:     a table whose second page prints a narrower piece, with other columns and no
                   title: it can be neither stitched nor classified.
- several-values:  a ruled row whose 项目支出 cell holds two amounts on two lines.
- header-word-at-break: a summary headed 收入 | 支出 whose 支出 names wrap onto a last line 支出;
                   a page break leaves that line of one row alone under page 2's repeated header.
- stacked-header:  vertical rules only: an amount column headed by two cells stacked (a group
                   word over 合计), no rule between them; and one headed by a single wrapped cell.
- merged-label-after-break: vertical rules only, unit and type cells merged down their rows; a
                   page break cuts them, and the next type group's label, printed once on its middle
                   row, does not read as merged on the page after the break.
- cut-through-merged: fully ruled performance targets, code and name merged down over ruled
                   indicator rows, a long code wrapped into lines of one length beside a target
                   whose figure wraps onto its second line: two lines with figures in one ruled row.
- clipped-blank:   an open-sided table set wider than the page, cut by the browser in the blank
                   left part of a column whose body is empty: no glyph touches the cut.
- clipped-group:   the same with a grouped header (上年结转 over three columns), cut in the blank
                   right part of the group's second column: only the group's label, centred over
                   more columns than are printed, shows it.
- totals:          a summary without 收入总计/支出总计 rows and an expenditure table without
                   its 合计 row: a total is missing and the checks across tables cannot run.

Names and amounts are invented. HTML printed by chromium (scripts/make_row_fixtures.py).
"""
import json
import os
import subprocess
import sys
from decimal import Decimal

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


def header_word_at_break(out_dir):
    """A summary whose header reads 收入 | 支出 over 项目 金额 | 项目 金额, its 支出项目 column so
    narrow that every name (本级安排 / 公共安全 / 支出) wraps onto a last line 支出; a page break cuts one such row, leaving
    that last line alone at the top of page 2, under the repeated header: the same text as a
    header cell, yet the rest of the row above."""
    title = "2026年部门收支预算总表"
    spend = ["一般公共服务支出", "外交事务支出", "国防事务支出", "公共安全支出", "教育事业支出", "科学技术支出",
             "文化旅游支出", "社会保障支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水利支出",
             "交通运输支出", "资源勘探支出", "商业服务支出", "金融事务支出", "援助其他支出", "自然资源支出",
             "住房保障支出", "粮油物资支出", "灾害防治支出", "预备费用支出", "其他类别支出", "债务还本支出",
             "债务付息支出", "债务发行支出", "转移性的支出", "特别国债支出"]
    income = ["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入", "四、事业收入",
              "五、事业单位经营收入", "六、其他收入"]
    amounts = [f"{(n * 37 + 11) % 90 + 10},{(n * 211 + 100) % 900 + 100}.{n % 9}{(n * 7) % 10}" for n in range(len(spend))]
    total = sum(Decimal(a.replace(",", "")) for a in amounts)
    fmt = lambda d: f"{d:,.2f}"
    left = [(income[0], fmt(total))] + [(x, "") for x in income[1:]]
    rows = [(left[n][0] if n < len(left) else "", left[n][1] if n < len(left) else "", f"本级安排{spend[n][:4]}支出", amounts[n])
            for n in range(len(spend))]
    rows.append(("收入总计", fmt(total), "支出总计", fmt(total)))
    head = ("<colgroup><col style='width:40%'><col style='width:20%'><col style='width:calc(4em + 9pt)'><col></colgroup>"
            "<thead><tr><th colspan=2>收入</th><th colspan=2>支出</th></tr>"
            "<tr><th>项目</th><th>金额</th><th>项目</th><th>金额</th></tr></thead>")
    trs = "".join("<tr>" + "".join(f"<td class='{'amt' if i % 2 else ''}'>{esc(c)}</td>" for i, c in enumerate(r)) + "</tr>"
                  for r in rows)
    grid = ([[{"text": "收入", "colspan": 2}, {"text": "支出", "colspan": 2}],
             [{"text": t} for t in ("项目", "金额", "项目", "金额")]] + [[{"text": c} for c in r] for r in rows])
    t = table_truth(1, "budget_summary", title, [])
    t.update(header_rows=2, grid=grid)
    style = """@page { size: A4; margin: 15mm; }
table { table-layout: fixed; } thead { display: table-header-group; }
td, th { line-height: 14pt; padding: 2pt 4pt; orphans: 1; widows: 1; }"""
    for pad in range(0, 400, 2):
        page = ruled_page(style, heading(title, "万元") + f"<div style='height:{pad}pt'></div><table>{head}<tbody>{trs}</tbody></table>")
        write(out_dir, "header-word-at-break", page, [t])
        pdf = os.path.join(out_dir, "header-word-at-break.pdf")
        p2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        lines = [ln.split() for ln in p2.splitlines() if ln.strip()]
        first_body = lines[2:3] if lines[:2] == [["收入", "支出"], ["项目", "金额", "项目", "金额"]] else []
        if first_body == [["支出"]]:
            return
    raise SystemExit("header_word_at_break: no spacing puts the break inside the row")


def stacked_header(out_dir):
    """Two tables ruled by vertical lines only (a rule over the table, under its header and at
    its foot; none between the header's rows). In the first the amount column is headed by two
    cells stacked, a group word over 合计 (as the code columns are headed by 经济分类科目 over
    科目编码 | 科目名称): no rule says they are two cells, and read as one the column's heading
    is wrong. In the second the amount column's heading is one cell over both header rows whose
    text wraps (its first line fills it): read right."""
    items = [("30201", "办公费", "85.71"), ("30202", "印刷费", "15.40"), ("30205", "水费", "63.00"),
             ("30206", "电费", "81.60"), ("30211", "差旅费", "26.35"), ("30216", "培训费", "20.14")]
    total = f"{sum(Decimal(i[2]) for i in items):.2f}"
    body = [("", "合计", total)] + items
    b = "0.75pt solid black"
    style = f"""@page {{ size: A4; margin: 15mm; }}
table {{ table-layout: fixed; border-top: {b}; border-bottom: {b}; margin-bottom: 16pt; }}
td, th {{ border: none; border-left: {b}; border-right: {b}; padding: 2pt 4pt; }}
thead tr:last-child th {{ border-bottom: {b}; }}
.p2 {{ break-before: page; }}"""

    def table(head, title):
        trs = "".join("<tr>" + "".join(f"<td class='{'amt' if i == 2 else ''}'>{esc(c)}</td>" for i, c in enumerate(r)) + "</tr>"
                      for r in body)
        return (heading(title, "万元") + "<table><colgroup><col style='width:20%'><col style='width:40%'><col></colgroup>"
                f"<thead>{head}</thead><tbody>{trs}</tbody></table>")

    t1 = "2026年机关运行经费预算表"
    head1 = ("<tr><th colspan=2>部门预算支出经济分类科目</th><th>机关运行经费支出</th></tr>"
             "<tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr>")
    g1 = [[{"text": "部门预算支出经济分类科目", "colspan": 2}, {"text": "机关运行经费支出"}],
          [{"text": "科目编码"}, {"text": "科目名称"}, {"text": "合计"}]]
    t2 = "2026年机关运行经费明细表"
    head2 = ("<tr><th colspan=2>部门预算支出经济分类科目</th><th rowspan=2 style='width:4em'>本年机关运行经费预算数</th></tr>"
             "<tr><th>科目编码</th><th>科目名称</th></tr>")
    g2 = [[{"text": "部门预算支出经济分类科目", "colspan": 2}, {"text": "本年机关运行经费预算数", "rowspan": 2}],
          [{"text": "科目编码"}, {"text": "科目名称"}]]
    tables = []
    for n, (title, g) in enumerate([(t1, g1), (t2, g2)]):
        tt = table_truth(n + 1, "operating_costs", title, [])
        tt.update(header_rows=2, grid=g + [[{"text": c} for c in r] for r in body])
        tables.append(tt)
    page = ruled_page(style, table(head1, t1) + "<div class='p2'>" + table(head2, t2).replace(
        "<col style='width:40%'><col>", "<col style='width:62%'><col>") + "</div>")
    write(out_dir, "stacked-header", page, tables)


def merged_label_after_break(out_dir):
    """A basic-expenditure detail table ruled by vertical lines only (项目单位 | 类型 | 项目名称 |
    amounts), its unit and type cells merged down their rows; a browser prints a merged cell's
    text in the middle of its rows, at the top of its first part where a page break cuts it. The
    break cuts the unit and a type group (two rows of it go on after the break); the next group
    lies wholly on the next page, its label printed once in its middle, and the unit's column is
    empty there: nothing on that page shows the labels are merged cells. The rows after the
    break must not lose their type in silence."""
    groups = [("人员经费", 22), ("公用经费", 17), ("补助类", 13)]
    unit = "东湖县示范管理服务中心"
    names = ["办公费", "印刷费", "水费", "电费", "邮电费", "差旅费", "维修(护)费", "会议费", "培训费", "公务接待费",
             "专用材料费", "劳务费", "委托业务费", "工会经费", "福利费", "基本工资", "津贴补贴", "奖金", "绩效工资",
             "养老保险缴费", "职业年金缴费", "医疗保险缴费", "住房公积金", "其他社会保障缴费"]
    head = ["项目单位", "类型", "项目名称", "合计", "一般公共预算", "政府性基金预算"]
    grid = [[{"text": h} for h in head]]
    trs, values = [], []
    n = 0
    size = sum(k for _, k in groups)
    for kind, k in groups:
        for i in range(k):
            v = f"{n + 11}.{(n * 37) % 90 + 10}"
            values.append(v)
            cells, row = [], []
            if n == 0:
                cells.append(f"<td rowspan={size}>{esc(unit)}</td>")
                row.append({"text": unit, "rowspan": size})
            if i == 0:
                cells.append(f"<td rowspan={k}>{esc(kind)}</td>")
                row.append({"text": kind, "rowspan": k})
            name = names[(n * 5) % len(names)]
            n += 1
            cells += [f"<td>{esc(name)}</td>", f"<td class=amt>{v}</td>", f"<td class=amt>{v}</td>", "<td></td>"]
            row += [{"text": name}, {"text": v}, {"text": v}, {"text": ""}]
            trs.append("<tr>" + "".join(cells) + "</tr>")
            grid.append(row)
    title = "2026年一般公共预算基本支出预算明细表"
    t = table_truth(1, "gpb_basic_detail", title, [])
    t.update(header_rows=1, grid=grid)
    b = "0.75pt solid black"
    cut = groups[0][1] + groups[1][1] - 2   # the first row after the break
    for pad in range(0, 700, 3):
        style = f"""@page {{ size: A4; margin: 15mm; }}
table {{ table-layout: fixed; border-top: {b}; border-bottom: {b}; }} thead {{ display: table-header-group; }}
td, th {{ border: none; border-left: {b}; border-right: {b}; padding: 2pt 4pt; }}
thead tr:last-child th {{ border-bottom: {b}; }}"""
        body = (heading(title, "万元") + f"<div style='height:{pad}pt'></div><table><colgroup><col style='width:20%'>"
                "<col style='width:10%'><col style='width:25%'><col><col><col></colgroup>"
                f"<thead><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr></thead><tbody>{''.join(trs)}</tbody></table>")
        write(out_dir, "merged-label-after-break", ruled_page(style, body), [t])
        pdf = os.path.join(out_dir, "merged-label-after-break.pdf")
        p2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        first = next((values.index(w) for w in p2.split() if w in values), None)
        if first == cut:
            return
        if first is None or first < cut:
            break
    raise SystemExit("merged_label_after_break: no spacing puts the break two rows before the last group")

def cut_through_merged(out_dir):
    """A fully ruled performance-target table: each project's code, name and amounts merged down
    over its indicator rows, every indicator row ruled. The code column is narrow, so a long
    code wraps into lines of one length (4108002 / 4000000 / 0052405), as the name does; in the
    first indicator row a target wraps with its figure on its second line (≤ / 36.48万元). Two
    lines with figures in one ruled row read like two items: a cut by spacing there would part
    the merged code and name, though the rules keep the row whole."""
    projects = [("410800240000000052405", "春节期间困难职工救助", "36.48",
                 [("救助金总成本", "≤ 36.48万元"), ("救助人员数量", "≤608人"), ("救助覆盖率", "≥90%")]),
                ("410800240000000052406", "困难职工子女助学金", "12.00",
                 [("助学金总成本", "≤ 12.00万元"), ("资助学生数量", "≥40人"), ("发放及时率", "100%")])]
    head = ["项目编码", "项目名称", "项目金额", "财政拨款", "指标名称", "指标值"]
    grid = [[{"text": h} for h in head]]
    trs = []
    for code, name, amount, indicators in projects:
        for i, (ind, val) in enumerate(indicators):
            cells, row = [], []
            if i == 0:
                k = len(indicators)
                cells += [f"<td rowspan={k} class=code>{code}</td>", f"<td rowspan={k}>{esc(name)}</td>",
                          f"<td rowspan={k} class=amt>{amount}</td>", f"<td rowspan={k} class=amt>{amount}</td>"]
                row += [{"text": code, "rowspan": k}, {"text": name, "rowspan": k}, {"text": amount, "rowspan": k},
                        {"text": amount, "rowspan": k}]
            cells += [f"<td>{esc(ind)}</td>", f"<td class=val>{esc(val)}</td>"]
            row += [{"text": ind}, {"text": val.replace(" ", "")}]
            trs.append("<tr>" + "".join(cells) + "</tr>")
            grid.append(row)
    widths = ["3.4em", "4.6em", "5em", "5em", "7em", "3.4em"]
    title = "2026年项目支出绩效目标表"
    t = table_truth(1, "project_performance", title, [])
    t.update(header_rows=1, grid=grid)
    style = """@page { size: A4; margin: 15mm; }
table { table-layout: fixed; width: auto; } td { vertical-align: top; }
td.code { word-break: break-all; } td.val { word-break: normal; }"""
    ths = "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, widths))
    body = (heading(title, "万元") + "<table>"
            f"<thead><tr>{ths}</tr></thead><tbody>{''.join(trs)}</tbody></table>")
    write(out_dir, "cut-through-merged", ruled_page(style, body), [t])

def clipped_blank(out_dir):
    """A table drawn with open sides (no rule down its left and right edges) set wider than the
    page: the browser cuts it where the page's printable width ends, and the cut falls in the
    blank left part of a column that prints nothing in its body (单位资金, its header centred
    further right): the rules run on past the last vertical rule into a column holding no text
    at all, and the columns past it are never printed."""
    head = ["科目编码", "科目名称", "合计", "一般公共预算", "政府性基金预算", "财政专户管理资金", "单位资金", "上年结转"]
    widths = [56, 180, 66, 66, 66, 66, 70, 66]   # pt; the printable width (A4 less 15 mm a side) ends 10 pt into 单位资金
    rows = [("", "合计", "9,876.54", "9,543.21", "", "333.33", "", "120.00"),
            ("201", "一般公共服务支出", "5,432.10", "5,321.00", "", "111.10", "", "60.00"),
            ("20103", "政府办公厅（室）及相关机构事务", "5,432.10", "5,321.00", "", "111.10", "", "60.00"),
            ("208", "社会保障和就业支出", "4,444.44", "4,222.21", "", "222.23", "", "60.00"),
            ("20805", "行政事业单位养老支出", "4,444.44", "4,222.21", "", "222.23", "", "60.00")]
    title = "2026年部门支出预算表"
    # Widths as shares of a table set wider than the page, as a browser cuts it (in points it would shrink it to fit).
    ths = "".join(f"<th style='width:{100 * w / sum(widths):.3f}%'>{h}</th>" for h, w in zip(head, widths))
    trs = "".join("<tr>" + "".join(f"<td class='{'amt' if i >= 2 else ''}'>{esc(c)}</td>" for i, c in enumerate(r)) + "</tr>"
                  for r in rows)
    style = f"""@page {{ size: A4; margin: 15mm; }}
table {{ table-layout: fixed; width: {100 * sum(widths) / 510.2:.3f}%; }}
tr > *:first-child {{ border-left: none; }} tr > *:last-child {{ border-right: none; }}"""
    body = heading(title, "万元") + f"<table><thead><tr>{ths}</tr></thead><tbody>{trs}</tbody></table>"
    write(out_dir, "clipped-blank", ruled_page(style, body), [table_truth(1, "expenditure", title, rows, head=tuple(head))])

def clipped_group(out_dir):
    """An open-sided table whose header groups its last columns under 上年结转 (centred over
    them), set wider than the page: the browser cuts it in the blank right part of the group's
    second column (its header one character a line, its body empty), so no glyph touches the
    cut and the rules end where a column could end; only the group's label, centred over more
    columns than are printed, shows the table goes on."""
    head1 = ["科目编码", "科目名称", "合计", "本年收入", "上年结转"]
    head2 = ["一般公共预算", "政府性基金", "一般公共预算", "单位", "其他"]
    widths = [56, 150, 70, 70, 70, 70, 30, 40]
    rows = [("", "合计", "9,876.54", "9,543.21", "213.33", "120.00", "", ""),
            ("201", "一般公共服务支出", "5,432.10", "5,321.00", "51.10", "60.00", "", ""),
            ("20103", "政府办公厅（室）及相关机构事务", "5,432.10", "5,321.00", "51.10", "60.00", "", ""),
            ("208", "社会保障和就业支出", "4,444.44", "4,222.21", "162.23", "60.00", "", ""),
            ("20805", "行政事业单位养老支出", "4,444.44", "4,222.21", "162.23", "60.00", "", "")]
    title = "2026年部门收入预算表"
    pct = lambda w: f"{100 * w / sum(widths):.3f}%"
    # The page's printable width (A4 less 15 mm a side, 510.2 pt) ends 22 pt into 单位 (30 pt, 单/位 centred).
    cols = "".join(f"<col style='width:{pct(w)}'>" for w in widths)
    thead = ("<tr><th rowspan=2>科目编码</th><th rowspan=2>科目名称</th><th rowspan=2>合计</th>"
             "<th colspan=2>本年收入</th><th colspan=3>上年结转</th></tr>"
             "<tr><th>一般公共预算</th><th>政府性基金</th><th>一般公共预算</th><th>单<br>位</th><th>其他</th></tr>")
    trs = "".join("<tr>" + "".join(f"<td class='{'amt' if i >= 2 else ''}'>{esc(c)}</td>" for i, c in enumerate(r)) + "</tr>"
                  for r in rows)
    style = f"""@page {{ size: A4; margin: 15mm; }}
table {{ table-layout: fixed; width: {100 * sum(widths) / 510.2:.3f}%; }}
tr > *:first-child {{ border-left: none; }} tr > *:last-child {{ border-right: none; }}"""
    body = heading(title, "万元") + f"<table><colgroup>{cols}</colgroup><thead>{thead}</thead><tbody>{trs}</tbody></table>"
    grid = ([[{"text": "科目编码", "rowspan": 2}, {"text": "科目名称", "rowspan": 2}, {"text": "合计", "rowspan": 2},
              {"text": "本年收入", "colspan": 2}, {"text": "上年结转", "colspan": 3}],
             [{"text": t} for t in head2]] + [[{"text": c} for c in r] for r in rows])
    t = table_truth(1, "revenue", title, [])
    t.update(header_rows=2, grid=grid)
    write(out_dir, "clipped-group", ruled_page(style, body), [t])

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/loss"
    os.makedirs(out, exist_ok=True)
    for name in sys.argv[2:] or ["outside", "loose_piece", "several_values", "totals", "header_word_at_break",
                                 "stacked_header", "merged_label_after_break", "cut_through_merged",
                                 "clipped_blank", "clipped_group"]:
        globals()[name](out)
