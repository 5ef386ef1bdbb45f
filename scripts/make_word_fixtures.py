#!/usr/bin/env python3
"""Writes the fixtures of Tests/Fixtures/word/ as a word processor exports them: python-docx
tables converted to PDF by LibreOffice Writer, with their truth.

    python3 scripts/make_word_fixtures.py Tests/Fixtures/word

- wrapped-cells: a fully ruled revenue table in columns too narrow for its figures: names wrap
                 on two or three lines, amounts on two ("31205.4" / "6"), the header row repeats
                 on each page and rows may break across a page (Writer lets a row split).
- merged-units:  a basic-expenditure detail table over three pages: the unit and the type merged
                 down over their items, item names wrapping in a narrow column; Writer breaks
                 rows across the pages, the tail of a name ("（行政）") opening the next page
                 under the repeated header, beside the merged cells carried over.
- cut-groups:    project performance targets: each project's code, name and amount merged down
                 over its indicator rows, the code and name wrapping in narrow columns; where a
                 page break cuts a project, Writer prints the rest of its code and name at the
                 top of the next page's part of the merged cells ("41110024" / "0000012").
- narrative-amounts: a page of the budget's explanation (headings, then one-line sentences
                 stating amounts set apart by a space, "…预算 38.20 万元。"), then a ruled revenue
                 table on the next page. The sentences are prose, no table of one row.

Names and amounts are invented. Needs python-docx and LibreOffice (soffice), not needed by the tests.
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

DEPT = "青峰县农业农村发展局"
FONT = "Noto Serif CJK SC"
UNITS = ["青峰县农业农村发展局（本级）", "青峰县农业技术推广中心", "青峰县动物疫病预防控制中心（行政）",
         "青峰县农村经营管理站", "青峰县水产技术推广站", "青峰县农机安全监理所", "青峰县种子管理站",
         "青峰县植保植检站", "青峰县土壤肥料工作站", "青峰县农村能源办公室", "青峰县畜牧兽医服务中心",
         "青峰县农产品质量安全检测中心", "青峰县乡村振兴服务中心", "青峰县农业综合执法大队",
         "青峰县农业科学研究所", "青峰县蚕桑技术指导站", "青峰县果树技术推广站", "青峰县农业广播电视学校"]


def money(cents):
    return f"{Decimal(cents) / 100:.2f}"


def borders(tbl):
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000")
        b.append(e)
    tbl._tbl.tblPr.append(b)


def export(doc, out):
    tmp = tempfile.mkdtemp()
    try:
        path = os.path.join(tmp, "doc.docx"); doc.save(path)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, path], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, "doc.pdf"), out)
    finally:
        shutil.rmtree(tmp)


def new_doc(title, unit, size=10.5, font=FONT):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Mm(20))
    h = doc.add_paragraph(title); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.runs[0].font.size = Pt(15); h.runs[0].bold = True
    doc.add_paragraph("部门名称：" + DEPT + "\t\t\t单位：" + unit)
    return doc


def repeat_header(tbl):
    trPr = tbl.rows[0]._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)


def set_widths(tbl, widths):
    for c, w in enumerate(widths):          # Writer sizes columns by the grid, Word by the cells
        tbl.columns[c].width = Mm(w)
        for cell in tbl.columns[c].cells:
            cell.width = Mm(w)


def write_truth(out_dir, name, kind, title, unit, grid):
    t = {"kind": kind, "number": 1, "title": title, "department": DEPT, "unit": unit,
         "header_rows": 1, "grid": grid, "notes": []}
    truth = {"format": "budget-truth/1",
             "document": {"title": f"{DEPT}2026年部门预算", "department": DEPT, "year": 2026, "unit": unit},
             "narrative": [], "tables": [t]}
    with open(os.path.join(out_dir, name + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


def merged_indicator_rows(tbl, groups, first_row=1):
    """Each project's code, name and amount merged down over its indicator rows (指标名称 | 指标值);
    returns the truth grid's rows."""
    grid = []
    r = first_row
    for code, name, amount, indicators in groups:
        span = len(indicators)
        for c, text in enumerate([code, name, amount]):
            tbl.cell(r, c).merge(tbl.cell(r + span - 1, c))
            tbl.cell(r, c).text = text
        tbl.cell(r, 2).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for i, (ind, value) in enumerate(indicators):
            tbl.cell(r + i, 3).text = ind; tbl.cell(r + i, 4).text = value
            row = [{"text": code, "rowspan": span}, {"text": name, "rowspan": span}, {"text": amount, "rowspan": span}] if i == 0 else []
            grid.append(row + [{"text": ind}, {"text": value}])
        r += span
    return grid


def wrapped_cells(out_dir):
    rnd = random.Random(8)
    heads = ["单位编码", "单位名称", "总计", "一般公共预算", "政府性基金", "事业收入", "其他收入", "上年结转"]
    widths = [16, 24, 15, 15, 15, 15, 15, 15]          # mm: amounts of 5 digits and more wrap
    children = []
    for n, name in enumerate(UNITS):
        parts = [rnd.randint(100000, 9999999) if rnd.random() < 0.85 else 0,
                 rnd.randint(1000, 900000) if rnd.random() < 0.3 else 0,
                 rnd.randint(1000, 3000000) if rnd.random() < 0.4 else 0,
                 rnd.randint(100, 90000) if rnd.random() < 0.3 else 0,
                 rnd.randint(1000, 2000000) if rnd.random() < 0.5 else 0]
        children.append((f"{417}{101 + n:03d}", name, parts))
    total = [sum(c[2][i] for c in children) for i in range(5)]
    rows = [("", "合计", total), ("417", DEPT, total)] + children
    grid = [[{"text": h} for h in heads]]
    title = "2026年部门收入预算表"
    doc = new_doc(title, "元", 10)
    tbl = doc.add_table(rows=1 + len(rows), cols=len(heads)); borders(tbl); tbl.autofit = False
    repeat_header(tbl)
    for c, text in enumerate(heads):
        tbl.cell(0, c).text = text
    for r, (code, name, parts) in enumerate(rows, start=1):
        texts = [code, name, money(sum(parts))] + [money(p) if p else "" for p in parts]
        grid.append([{"text": t} for t in texts])
        for c, text in enumerate(texts):
            cell = tbl.cell(r, c); cell.text = text
            if c >= 2:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_widths(tbl, widths)
    export(doc, os.path.join(out_dir, "wrapped-cells.pdf"))
    write_truth(out_dir, "wrapped-cells", "revenue", title, "元", grid)


ITEMS = [("人员类", ["基本工资（行政）", "津贴补贴（行政）", "在职人员年度目标考核奖（行政）", "工伤保险费（行政）",
                     "退休人员年健康体检费（行政）", "在职人员公务通讯补贴", "住房公积金（行政）", "职业年金缴费（行政）"]),
         ("公用经费", ["办公费", "工会经费（行政）", "在职人员公用经费公务用车补贴（行政）", "差旅费（行政）", "退休干部活动费（事业）"])]


UNIT_CUT_WIDTHS, UNIT_CUT_SEED = (16, 14, 16, 22, 22, 20), 5


def merged_units(out_dir, fixture="merged-units", widths=(44, 22, 22, 20, 20, 20), seed=18, units=7, items=ITEMS):
    rnd = random.Random(seed)
    heads = ["项目单位", "类型", "项目名称", "合计", "一般公共预算", "单位资金"]
    body = []   # (unit, type, name, public, own) in cents
    for unit in UNITS[:units]:
        for kind, names in items:
            for name in names:
                if rnd.random() < 0.8:
                    body.append((unit, kind, name, rnd.randint(50, 900000), rnd.randint(10, 5000) if rnd.random() < 0.2 else 0))
    total_public = sum(b[3] for b in body); total_own = sum(b[4] for b in body)
    title = "2026年一般公共预算基本支出明细表"
    doc = new_doc(title, "元", 10.5)
    tbl = doc.add_table(rows=2 + len(body), cols=len(heads)); borders(tbl); tbl.autofit = False
    repeat_header(tbl)
    for c, text in enumerate(heads):
        tbl.cell(0, c).text = text
    grid = [[{"text": t} for t in heads]]
    first = ["", "", "合计", money(total_public + total_own), money(total_public), money(total_own) if total_own else ""]
    grid.append([{"text": t} for t in first])
    for c, text in enumerate(first):
        tbl.cell(1, c).text = text
    r = 2
    runs = {}   # (column, start row) -> span, for merged unit and type cells
    for i, (unit, kind, name, public, own) in enumerate(body):
        texts = [unit, kind, name, money(public + own), money(public), money(own) if own else ""]
        row = []
        for c, text in enumerate(texts):
            key = tuple(b[:c + 1] for b in body[i:i + 1])[0]
            if c < 2 and i > 0 and body[i - 1][:c + 1] == key:
                continue            # goes on the merged cell above
            span = 1
            if c < 2:
                while i + span < len(body) and body[i + span][:c + 1] == key:
                    span += 1
                if span > 1:
                    tbl.cell(r, c).merge(tbl.cell(r + span - 1, c))
            tbl.cell(r, c).text = text
            if c >= 3:
                tbl.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            row.append({"text": text, "rowspan": span} if span > 1 else {"text": text})
        grid.append(row)
        r += 1
    set_widths(tbl, widths)
    export(doc, os.path.join(out_dir, fixture + ".pdf"))
    write_truth(out_dir, fixture, "gpb_basic_detail", title, "元", grid)


PROJECTS = ["农田水利设施维修养护经费", "动物防疫物资储备", "高标准农田建设项目前期工作经费", "农业技术培训",
            "农产品质量安全例行监测", "乡村振兴示范村建设补助资金", "种子质量抽检", "农机购置补贴工作经费",
            "土壤污染防治与耕地质量监测", "水产养殖尾水治理补助", "农村人居环境整治专项资金", "秸秆综合利用"]
INDICATORS = [("培训人次", "≥300人次"), ("监测样品数", "≥1200批次"), ("项目完成及时率", "100%"),
              ("补助发放准确率", "100%"), ("受益农户满意度", "≥90%"), ("耕地质量等级", "提升0.1个等级"),
              ("设施完好率", "≥95%"), ("抽检合格率", "≥98%")]


def cut_groups(out_dir):
    rnd = random.Random(32)
    heads = ["项目编码", "项目名称", "项目金额", "指标名称", "指标值"]
    widths = [15, 20, 20, 50, 40]
    title = "2026年部门预算项目绩效目标表"
    doc = new_doc(title, "万元", 10.5)
    groups = []
    for n, name in enumerate(PROJECTS):
        code = f"4111002426{n * 7919 % 100000:05d}{n + 1:06d}"
        groups.append((code, name, money(rnd.randint(500, 300000)), rnd.sample(INDICATORS, rnd.randint(2, 5))))
    nrows = 1 + sum(len(g[3]) for g in groups)
    tbl = doc.add_table(rows=nrows, cols=len(heads)); borders(tbl); tbl.autofit = False
    repeat_header(tbl)
    for c, text in enumerate(heads):
        tbl.cell(0, c).text = text
    grid = [[{"text": t} for t in heads]] + merged_indicator_rows(tbl, groups)
    set_widths(tbl, widths)
    export(doc, os.path.join(out_dir, "cut-groups.pdf"))
    write_truth(out_dir, "cut-groups", "project_performance", title, "万元", grid)


def narrative_amounts(out_dir):
    title = "2026年部门收入预算表"
    # The explanation as a word processor sets it: headings, then sentences in a sans font whose
    # digits and spaces come from a Latin fallback (wide gaps beside the figures).
    doc = new_doc("青峰县农业农村发展局2026年部门预算情况说明", "万元", font="WenQuanYi Zen Hei")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(297), Mm(210)   # landscape: each sentence on one line
    sentences = [
        ("一、“三公”经费预算", ["（一）因公出国（境）费 0 万元，与 2025 年预算持平，主要原因是无因公出国（境）计划。",
                               "（二）公务用车购置及运行费 0 万元，与 2025 年预算持平，主要原因是无公务用车车辆。其中：公务用车购置费 0 万元，"
                               "与 2025 年预算持平，主要原因是无公务用车车辆；公务用车运行费 0 万元，与 2025 年预算持平，主要原因是无公务用车车辆。",
                               "（三）公务接待费 3.20 万元。与 2025 年预算持平，主要原因是严格控制接待标准。"]),
        ("二、机关运行经费预算", ["2026 年青峰县农业农村发展局财政拨款的机关运行经费预算为 286.45 万元。"]),
        ("三、政府采购预算情况", ["2026 年度本部门政府采购预算 64.80 万元，其中：政府采购货物预算 22.50 万元、政府采购服务预算 42.30 万元。"]),
        ("四、绩效目标设置情况", ["2026 年度，本部门编报绩效目标的项目共 18 个，涉及项目预算资金 7264.35 万元。"]),
    ]
    for heading, lines in sentences:
        doc.add_heading(heading, 2)
        for line in lines:
            doc.add_paragraph(line)
    doc.add_page_break()
    h = doc.add_paragraph(title); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.runs[0].font.size = Pt(15); h.runs[0].bold = True
    doc.add_paragraph("部门名称：" + DEPT + "\t\t\t单位：万元")
    heads = ["项目", "合计", "一般公共预算", "单位资金"]
    items = [("青峰县农业农村发展局（本级）", 418236, 12050), ("青峰县农业技术推广中心", 196402, 0),
             ("青峰县农村经营管理站", 87315, 4120)]
    rows = [("合计", sum(i[1] for i in items), sum(i[2] for i in items))] + items
    grid = [[{"text": t} for t in heads]]
    tbl = doc.add_table(rows=1 + len(rows), cols=len(heads)); borders(tbl); tbl.autofit = False
    for c, text in enumerate(heads):
        tbl.cell(0, c).text = text
    for r, (name, public, own) in enumerate(rows, start=1):
        texts = [name, money(public + own), money(public), money(own) if own else ""]
        grid.append([{"text": t} for t in texts])
        for c, text in enumerate(texts):
            tbl.cell(r, c).text = text
            if c >= 1:
                tbl.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_widths(tbl, [70, 33, 33, 34])
    export(doc, os.path.join(out_dir, "narrative-amounts.pdf"))
    write_truth(out_dir, "narrative-amounts", "revenue", title, "万元", grid)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/word"
    os.makedirs(out, exist_ok=True)
    wrapped_cells(out)
    merged_units(out)
    # Narrow columns: names wrap over several lines, so a unit's first row is often the one a
    # page break cuts; the unit's name, merged down its rows, goes on under the next page's
    # header ("青峰县农业技" / "术推广中心"), and so does its type, merged empty there.
    merged_units(out, "units-cut-at-break", widths=UNIT_CUT_WIDTHS, seed=UNIT_CUT_SEED, units=12, items=ITEMS[::-1])
    cut_groups(out)
    narrative_amounts(out)
