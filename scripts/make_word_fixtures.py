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
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = FONT; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Mm(20))
    title = "2026年部门收入预算表"
    h = doc.add_paragraph(title); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.runs[0].font.size = Pt(15); h.runs[0].bold = True
    doc.add_paragraph("部门名称：" + DEPT + "\t\t\t单位：元")
    tbl = doc.add_table(rows=1 + len(rows), cols=len(heads)); borders(tbl); tbl.autofit = False
    trPr = tbl.rows[0]._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
    for c, text in enumerate(heads):
        tbl.cell(0, c).text = text
    for r, (code, name, parts) in enumerate(rows, start=1):
        texts = [code, name, money(sum(parts))] + [money(p) if p else "" for p in parts]
        grid.append([{"text": t} for t in texts])
        for c, text in enumerate(texts):
            cell = tbl.cell(r, c); cell.text = text
            if c >= 2:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for c, w in enumerate(widths):          # Writer sizes columns by the grid, Word by the cells
        tbl.columns[c].width = Mm(w)
        for cell in tbl.columns[c].cells:
            cell.width = Mm(w)
    export(doc, os.path.join(out_dir, "wrapped-cells.pdf"))
    t = {"kind": "revenue", "number": 1, "title": title, "department": DEPT, "unit": "元",
         "header_rows": 1, "grid": grid, "notes": []}
    truth = {"format": "budget-truth/1",
             "document": {"title": f"{DEPT}2026年部门预算", "department": DEPT, "year": 2026, "unit": "元"},
             "narrative": [], "tables": [t]}
    with open(os.path.join(out_dir, "wrapped-cells.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


ITEMS = [("人员类", ["基本工资（行政）", "津贴补贴（行政）", "在职人员年度目标考核奖（行政）", "工伤保险费（行政）",
                     "退休人员年健康体检费（行政）", "在职人员公务通讯补贴", "住房公积金（行政）", "职业年金缴费（行政）"]),
         ("公用经费", ["办公费", "工会经费（行政）", "在职人员公用经费公务用车补贴（行政）", "差旅费（行政）", "退休干部活动费（事业）"])]


def merged_units(out_dir):
    rnd = random.Random(18)
    heads = ["项目单位", "类型", "项目名称", "合计", "一般公共预算", "单位资金"]
    widths = [44, 22, 22, 20, 20, 20]
    body = []   # (unit, type, name, public, own) in cents
    for unit in UNITS[:7]:
        for kind, names in ITEMS:
            for name in names:
                if rnd.random() < 0.8:
                    body.append((unit, kind, name, rnd.randint(50, 900000), rnd.randint(10, 5000) if rnd.random() < 0.2 else 0))
    total_public = sum(b[3] for b in body); total_own = sum(b[4] for b in body)
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = FONT; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Mm(20))
    title = "2026年一般公共预算基本支出明细表"
    h = doc.add_paragraph(title); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.runs[0].font.size = Pt(15); h.runs[0].bold = True
    doc.add_paragraph("部门名称：" + DEPT + "\t\t\t单位：元")
    tbl = doc.add_table(rows=2 + len(body), cols=len(heads)); borders(tbl); tbl.autofit = False
    trPr = tbl.rows[0]._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
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
    for c, w in enumerate(widths):
        tbl.columns[c].width = Mm(w)
        for cell in tbl.columns[c].cells:
            cell.width = Mm(w)
    export(doc, os.path.join(out_dir, "merged-units.pdf"))
    t = {"kind": "gpb_basic_detail", "number": 1, "title": title, "department": DEPT, "unit": "元",
         "header_rows": 1, "grid": grid, "notes": []}
    truth = {"format": "budget-truth/1",
             "document": {"title": f"{DEPT}2026年部门预算", "department": DEPT, "year": 2026, "unit": "元"},
             "narrative": [], "tables": [t]}
    with open(os.path.join(out_dir, "merged-units.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/word"
    os.makedirs(out, exist_ok=True)
    wrapped_cells(out)
    merged_units(out)
