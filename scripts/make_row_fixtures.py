#!/usr/bin/env python3
"""Writes the fixtures of Tests/Fixtures/rows/ as HTML printed by chromium, with their truth.

    python3 scripts/make_row_fixtures.py Tests/Fixtures/rows

- vrules:       vertical rules only (a rule over and under the header, one at the foot): a
                code line above each name line, amounts on the name line, long names and a
                说明 column of prose that wrap within their item.
- thin-rules:   a fully ruled function-subject table whose rules under subtotal rows (类, 款)
                are hairlines in light gray, the others 0.8 pt black.
- bold-digits:  big bold amounts full of 1s set tight against the vertical rules.
- short-boxes:  drawn with reportlab: big bold figures (DejaVu Sans Bold, 20 pt) in rows just
                taller than the figures, in a font whose descriptor reports an Ascent of 0.18 em
                (edited with qpdf): the boxes poppler gives are a fifth of the glyphs' height, the
                stems of the 1s stand out of them and touch the rules.
- formats:      three tables on pages of three sizes (A4, A3 landscape, B5): amounts with six
                decimals (万元), amounts without thousands separators, and 元 with separators.

Names and amounts are invented. Needs chromium and fonts-noto-cjk (scripts/deps).
"""
import html
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

DEPT = "东湖县示范管理局"
FONT = '"Noto Serif CJK SC", "Noto Sans CJK SC", serif'


def esc(s):
    return html.escape(s)


def print_pdf(page_html, out):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "page.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(page_html)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", "file://" + src], check=True, capture_output=True)


def truth(title, tables):
    return {"format": "budget-truth/1",
            "document": {"title": title, "department": DEPT, "year": 2026, "unit": tables[0]["unit"]},
            "narrative": [], "tables": tables}


def fmt(v, decimals=2, sep=True):
    if v is None:
        return ""
    q = Decimal(v).quantize(Decimal(1).scaleb(-decimals)) if decimals else Decimal(v).quantize(Decimal(1))
    return f"{q:,}" if sep else f"{q}"


# ---------------------------------------------------------------- vertical rules only

VR_ITEMS = [
    # 款, 项, 目, code, name, this year, last year, note
    ("1", "", "", "0401000000", "罚款及赔偿收入", 30500, 29000, ""),
    ("", "11", "", "0401110000", "示范管理局", 30500, 29000, ""),
    ("", "", "1", "0401110100", "罚金罚款及怠金", 28000, 26000,
     "本年度预算数系依违反环境保护法规定之罚款收入估列。"),
    ("", "", "2", "0401110200", "没入及没收财物收入及其他依法没收之财物", 2500, 3000,
     "本年度预算数系依没收违法所得及没入财物变价收入估列，较上年度减列500千元。"),
    ("2", "", "", "0402000000", "规费收入", 6120, 5830, ""),
    ("", "21", "", "0402210000", "示范管理局", 6120, 5830, ""),
    ("", "", "1", "0402210100", "行政规费收入", 4300, 4100, "依证照费、审查费等收费标准估列。"),
    ("", "", "2", "0402210200", "使用规费收入", 1820, 1730, "场地及设施使用费。"),
    ("3", "", "", "0403000000", "财产收入", 21800, 20300, ""),
    ("", "31", "", "0403310000", "示范管理局", 21800, 20300, ""),
    ("", "", "1", "0403310100", "财产孳息", 1800, 1300, "存款利息收入，依年利率1.2%估列。"),
    ("", "", "2", "0403310200", "财产售价", 20000, 19000,
     "依出售闲置土地及房屋计划估列，计土地2笔、房屋1栋，较上年度增列1,000千元。"),
    ("4", "", "", "0404000000", "其他收入", None, None, ""),
]


def amount0(v):
    return "-" if v is None else f"{v:,}"


def vrules(out_dir):
    total_now = sum(i[5] or 0 for i in VR_ITEMS if i[0])
    total_last = sum(i[6] or 0 for i in VR_ITEMS if i[0])
    rows = [("", "", "", "", "合计", total_now, total_last, "")] + VR_ITEMS
    body = []
    grid = [[{"text": "科目", "colspan": 4}, {"text": "本年度预算数", "rowspan": 2}, {"text": "上年度预算数", "rowspan": 2},
             {"text": "本年度与上年度比较", "rowspan": 2}, {"text": "说明", "rowspan": 2}],
            [{"text": "款"}, {"text": "项"}, {"text": "目"}, {"text": "名称及编号"}]]
    for n, (k, x, m, code, name, now, last, note) in enumerate(rows):
        diff = None if now is None else now - last
        last_row = n == len(rows) - 1
        cls = ' class="last"' if last_row else ""
        code_html = f'<div class="code">{code}</div>' if code else ""
        body.append(f"<tr{cls}><td class=k>{k}</td><td class=k>{x}</td><td class=k>{m}</td>"
                    f'<td class="name">{code_html}<div class="nm">{esc(name)}</div></td>'
                    f"<td class=amt>{amount0(now)}</td><td class=amt>{amount0(last)}</td><td class=amt>{amount0(diff)}</td>"
                    f"<td class=note>{esc(note)}</td></tr>")
        grid.append([{"text": k}, {"text": x}, {"text": m}, {"text": code + name}, {"text": amount0(now)},
                     {"text": amount0(last)}, {"text": amount0(diff)}, {"text": note}])
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm 12mm; }}
body {{ font-family: {FONT}; font-size: 10pt; margin: 0; }}
h1 {{ font-size: 16pt; text-align: center; margin: 0 0 2pt 0; }}
.sub {{ display: flex; justify-content: space-between; font-size: 9pt; margin-bottom: 3pt; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th {{ border: 0.8pt solid #000; font-weight: normal; font-size: 9pt; padding: 2pt; }}
td {{ border-left: 0.8pt solid #000; border-right: 0.8pt solid #000; vertical-align: top;
      padding: 10pt 3pt 7pt 3pt; line-height: 13pt; }}
td.name {{ padding-top: 0; }}
.code {{ font-size: 8pt; line-height: 10pt; }}
td.amt {{ text-align: right; }}
td.k {{ text-align: center; }}
td.note {{ font-size: 9pt; }}
tr.last td {{ border-bottom: 0.8pt solid #000; }}
</style></head><body>
<h1>2026年度岁入来源别预算表</h1>
<div class="sub"><span>部门：{DEPT}</span><span>单位：千元</span></div>
<table style="width:99.5%"><colgroup><col style="width:7mm"><col style="width:8mm"><col style="width:7mm"><col style="width:38mm">
<col style="width:22mm"><col style="width:22mm"><col style="width:24mm"><col></colgroup>
<thead><tr><th colspan=4>科目</th><th rowspan=2>本年度预算数</th><th rowspan=2>上年度预算数</th>
<th rowspan=2>本年度与上年度比较</th><th rowspan=2>说明</th></tr>
<tr><th>款</th><th>项</th><th>目</th><th>名称及编号</th></tr></thead>
<tbody>{''.join(body)}</tbody></table></body></html>"""
    print_pdf(page, os.path.join(out_dir, "vrules.pdf"))
    t = {"kind": "other", "number": 1, "title": "2026年度岁入来源别预算表", "department": DEPT, "unit": "千元",
         "header_rows": 2, "grid": grid, "notes": []}
    json.dump(truth(f"{DEPT}2026年度预算", [t]), open(os.path.join(out_dir, "vrules.truth.json"), "w"),
              ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- function-subject tables

SUBJECTS = [
    # code, name, basic, project (leaves only; parents are summed)
    ("201", "一般公共服务支出"), ("20113", "商贸事务"),
    ("2011301", "行政运行", "18000.00", None), ("2011308", "招商引资", None, "5103.76"),
    ("208", "社会保障和就业支出"), ("20805", "行政事业单位养老支出"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "2827.94", None),
    ("2080506", "机关事业单位职业年金缴费支出", "1413.97", None),
    ("210", "卫生健康支出"), ("21011", "行政事业单位医疗"),
    ("2101101", "行政单位医疗", "1011.11", None), ("2101199", "其他行政事业单位医疗支出", "111.10", None),
    ("221", "住房保障支出"), ("22102", "住房改革支出"),
    ("2210201", "住房公积金", "2121.21", None), ("2210203", "购房补贴", None, "1101.01"),
]


def subject_rows(scale=Decimal(1)):
    """(code, name, total, basic, project) with parents summed from their leaves."""
    leaves = {s[0]: (Decimal(s[2]) * scale if s[2] else None, Decimal(s[3]) * scale if s[3] else None)
              for s in SUBJECTS if len(s) == 4}
    out = []
    for s in SUBJECTS:
        code = s[0]
        kids = [v for c, v in leaves.items() if c.startswith(code)]
        b = sum((v[0] for v in kids if v[0] is not None), Decimal(0)) if any(v[0] is not None for v in kids) else None
        p = sum((v[1] for v in kids if v[1] is not None), Decimal(0)) if any(v[1] is not None for v in kids) else None
        out.append((code, s[1], (b or 0) + (p or 0), b, p))
    tb = sum((r[3] or 0) for r in out if len(r[0]) == 3)
    tp = sum((r[4] or 0) for r in out if len(r[0]) == 3)
    return [("", "合计", tb + tp, tb, tp)] + out


def subject_table_html(rows, cell, thin_under=lambda code: False, amount_class=""):
    trs = []
    for code, name, total, basic, project in rows:
        cls = ' class="thin"' if thin_under(code) else ""
        trs.append(f"<tr{cls}><td>{code}</td><td>{esc(name)}</td>"
                   f"<td class='amt {amount_class}'>{cell(total)}</td><td class='amt {amount_class}'>{cell(basic)}</td>"
                   f"<td class='amt {amount_class}'>{cell(project)}</td></tr>")
    return ("<table><thead><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr></thead>"
            f"<tbody>{''.join(trs)}</tbody></table>")


def subject_truth(rows, cell, number, title, unit):
    grid = [[{"text": h} for h in ("科目编码", "科目名称", "合计", "基本支出", "项目支出")]]
    for code, name, total, basic, project in rows:
        grid.append([{"text": code}, {"text": name}, {"text": cell(total)}, {"text": cell(basic)}, {"text": cell(project)}])
    return {"kind": "gpb_expenditure", "number": number, "title": title, "department": DEPT, "unit": unit,
            "header_rows": 1, "grid": grid, "notes": []}


def ruled_page(style, body):
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
body {{ font-family: {FONT}; font-size: 10pt; margin: 0; }}
h1 {{ font-size: 15pt; text-align: center; margin: 0 0 2pt 0; }}
.sub {{ display: flex; justify-content: space-between; font-size: 9pt; margin-bottom: 3pt; }}
table {{ border-collapse: collapse; width: 99.5%; }}
th, td {{ border: 0.8pt solid #000; padding: 3pt 4pt; font-weight: normal; }}
td.amt {{ text-align: right; }}
{style}
</style></head><body>{body}</body></html>"""


def heading(title, unit):
    return f'<h1>{title}</h1><div class="sub"><span>部门名称：{DEPT}</span><span>单位：{unit}</span></div>'


def thin_rules(out_dir):
    rows = subject_rows()
    cell = lambda v: fmt(v) if v is not None else ""
    title = "2026年一般公共预算支出预算表"
    # Subtotal rows (类 and 款) are closed by a light hairline: the rule a detector misses.
    style = """@page { size: A4; margin: 15mm; }
tr.thin td { border-bottom: 0.5pt solid #d8d8d8; }"""
    body = heading(title, "万元") + subject_table_html(rows, cell, thin_under=lambda c: len(c) in (3, 5))
    print_pdf(ruled_page(style, body), os.path.join(out_dir, "thin-rules.pdf"))
    json.dump(truth(f"{DEPT}2026年度部门预算", [subject_truth(rows, cell, 1, title, "万元")]),
              open(os.path.join(out_dir, "thin-rules.truth.json"), "w"), ensure_ascii=False, indent=1)


def bold_digits(out_dir):
    rows = subject_rows()
    cell = lambda v: fmt(v) if v is not None else ""
    title = "2026年一般公共预算支出预算表"
    # Big bold figures right against the rules, tight line spacing: the stems of 1s stack up.
    style = """@page { size: A4 landscape; margin: 12mm; }
td.big { font-size: 17pt; font-weight: 900; padding: 0 0.5pt; line-height: 17pt; letter-spacing: -0.5pt; }
td { padding-top: 0; padding-bottom: 0; }"""
    body = heading(title, "万元") + subject_table_html(rows, cell, amount_class="big")
    print_pdf(ruled_page(style, body), os.path.join(out_dir, "bold-digits.pdf"))
    json.dump(truth(f"{DEPT}2026年度部门预算", [subject_truth(rows, cell, 1, title, "万元")]),
              open(os.path.join(out_dir, "bold-digits.truth.json"), "w"), ensure_ascii=False, indent=1)


def short_boxes(out_dir):
    import re
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("FigBold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    rows = subject_rows()
    cell = lambda v: fmt(v) if v is not None else ""
    title = "2026年一般公共预算支出预算表"
    head = ("科目编码", "科目名称", "合计", "基本支出", "项目支出")
    xs = [30, 95, 265, 400, 535, 670]
    rh, top = 16, 500
    with tempfile.TemporaryDirectory() as d:
        raw, qdf = os.path.join(d, "raw.pdf"), os.path.join(d, "qdf.pdf")
        c = canvas.Canvas(raw, pagesize=(700, 595))
        c.setFont("STSong-Light", 15)
        c.drawCentredString(350, 555, title)
        c.setFont("STSong-Light", 9)
        c.drawString(xs[0], 530, f"部门名称：{DEPT}")
        c.drawRightString(xs[-1], 530, "单位：万元")
        ys = [top + rh] + [top - rh * i for i in range(len(rows) + 1)]
        c.setLineWidth(0.8)
        for y in ys:
            c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, ys[-1], x, ys[0])
        for k, h in enumerate(head):
            c.drawCentredString((xs[k] + xs[k + 1]) / 2, ys[1] + 4, h)
        for i, (code, name, total, basic, project) in enumerate(rows):
            base = ys[i + 2] + 0.6
            c.setFont("STSong-Light", 9)
            c.drawString(xs[0] + 3, base + 3, code)
            c.drawString(xs[1] + 3, base + 3, name)
            c.setFont("FigBold", 20)
            for k, v in enumerate((total, basic, project)):
                c.drawRightString(xs[k + 3] - 1, base, cell(v))
        c.save()
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", raw, qdf], check=True)
        s = open(qdf, "rb").read()

        # The figures' font descriptor reports glyphs a fifth of their height.
        def lie(m):
            body = m.group(0)
            if b"DejaVuSans-Bold" not in body:
                return body
            body = re.sub(rb"/Ascent [-\d.]+", b"/Ascent 180", body)
            body = re.sub(rb"/Descent [-\d.]+", b"/Descent -20", body)
            return re.sub(rb"/FontBBox \[\s*([-\d.]+)\s+[-\d.]+\s+([-\d.]+)\s+[-\d.]+\s*\]",
                          lambda b: b"/FontBBox [ " + b.group(1) + b" -20 " + b.group(2) + b" 180 ]", body)
        s = re.sub(rb"<<(?:(?!>>).)*?/Type /FontDescriptor(?:(?!>>).)*?>>", lie, s, flags=re.S)
        open(qdf, "wb").write(s)
        # qpdf mends the lengths and the cross-reference table it finds stale.
        subprocess.run(["qpdf", qdf, os.path.join(out_dir, "short-boxes.pdf")], capture_output=True)
    json.dump(truth(f"{DEPT}2026年度部门预算", [subject_truth(rows, cell, 1, title, "万元")]),
              open(os.path.join(out_dir, "short-boxes.truth.json"), "w"), ensure_ascii=False, indent=1)


def formats(out_dir):
    # Three tables, three page sizes; 万元 to six decimals, 元 without separators, 元 with them.
    wan = subject_rows(Decimal("1.0001"))
    yuan = subject_rows(Decimal("10000"))
    six = lambda v: fmt(v, 6) if v is not None else ""
    plain = lambda v: fmt(v, 2, sep=False) if v is not None else ""
    sep = lambda v: fmt(v, 2) if v is not None else ""
    specs = [("a4", "A4", "2026年一般公共预算支出预算表", wan, six, "万元"),
             ("a3", "A3 landscape", "2026年部门支出预算表", yuan, plain, "元"),
             ("b5", "B5", "2026年政府性基金预算支出预算表", yuan, sep, "元")]
    style = "\n".join(f"@page {name} {{ size: {size}; margin: 15mm; }} .p-{name} {{ page: {name}; }}"
                      for name, size, *_ in specs)
    style += "\n.sheet + .sheet { break-before: page; }"
    body = "".join(f'<div class="sheet p-{name}">{heading(title, unit)}{subject_table_html(rows, cell)}</div>'
                   for name, size, title, rows, cell, unit in specs)
    print_pdf(ruled_page(style, body), os.path.join(out_dir, "formats.pdf"))
    tables = []
    for n, (name, size, title, rows, cell, unit) in enumerate(specs, 1):
        t = subject_truth(rows, cell, n, title, unit)
        t["kind"] = {1: "gpb_expenditure", 2: "expenditure", 3: "gov_fund"}[n]
        tables.append(t)
    json.dump(truth(f"{DEPT}2026年度部门预算", tables), open(os.path.join(out_dir, "formats.truth.json"), "w"),
              ensure_ascii=False, indent=1)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/rows"
    os.makedirs(out, exist_ok=True)
    which = sys.argv[2:] or ["vrules", "thin_rules", "bold_digits", "short_boxes", "formats"]
    for name in which:
        globals()[name](out)
