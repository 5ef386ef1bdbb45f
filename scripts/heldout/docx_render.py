#!/usr/bin/env python3
# Held-out producer for measuring (not used by the tests): see README "Held-out producers".
"""Independent producer: truth.json -> .docx (python-docx, Writer tables) -> LibreOffice Writer PDF.
STYLE: grid (all borders) | open (no outer left/right) | hlines (horizontal borders only) |
vlines (vertical borders, top and bottom, none between rows); rows may break across pages, header rows repeat."""
import json, sys, subprocess, os, random, re, tempfile, shutil
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
truth, out, style, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rnd = random.Random(seed)
d = json.load(open(truth))
doc = Document()
font = rnd.choice(["Noto Serif CJK SC", "AR PL UMing CN", "WenQuanYi Zen Hei", "Noto Sans CJK SC"])
size = rnd.choice([8, 9, 10, 10.5])
st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
sec = doc.sections[0]
if rnd.random() < 0.5:
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Mm(297), Mm(210)
else:
    sec.page_width, sec.page_height = Mm(210), Mm(297)
for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"): setattr(sec, m, Mm(rnd.choice([15, 20, 25])))
doc.add_heading(d["document"]["title"], 0)
for p in d.get("narrative", []):
    if p.get("type") == "heading": doc.add_heading(p["text"], min(p.get("level", 1), 3))
    else: doc.add_paragraph(p["text"])
amount = re.compile(r"^-?[\d,]+(\.\d+)?%?$")
def borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        none = (style == "open" and edge in ("left", "right")) or (style == "hlines" and edge in ("left", "right", "insideV")) \
            or (style == "vlines" and edge == "insideH")
        e.set(qn("w:val"), "nil" if none else "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
from docx.enum.section import WD_SECTION
for t in d["tables"]:
    wide = max(sum(c.get("colspan",1) for c in r) for r in t["grid"]) > 8
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    if wide or rnd.random() < 0.3:
        ns.orientation = WD_ORIENT.LANDSCAPE; ns.page_width, ns.page_height = Mm(297), Mm(210)
    else:
        ns.orientation = WD_ORIENT.PORTRAIT; ns.page_width, ns.page_height = Mm(210), Mm(297)
    tsize = Pt(7 if max(sum(c.get("colspan",1) for c in r) for r in t["grid"]) > 14 else size)
    if t.get("code"): doc.add_paragraph(t["code"])
    h = doc.add_paragraph(t["title"]); h.alignment = WD_ALIGN_PARAGRAPH.CENTER; h.runs[0].font.size = Pt(size + 5); h.runs[0].bold = True
    doc.add_paragraph(("部门名称：" + t["department"] if t.get("department") else "") + "\t\t\t单位：" + (t.get("unit") or ""))
    grid = t["grid"]; hr = t["header_rows"]
    # place cells into a full matrix
    occupied = {}; ncols = 0; placed = []
    for r, row in enumerate(grid):
        c = 0
        for cell in row:
            while (r, c) in occupied: c += 1
            rs, cs = cell.get("rowspan", 1), cell.get("colspan", 1)
            for i in range(rs):
                for j in range(cs): occupied[(r + i, c + j)] = True
            placed.append((r, c, rs, cs, cell["text"])); c += cs
            ncols = max(ncols, c)
    tbl = doc.add_table(rows=len(grid), cols=ncols); borders(tbl)
    for r in range(hr):
        trPr = tbl.rows[r]._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
    for (r, c, rs, cs, text) in placed:
        cell = tbl.cell(r, c)
        if rs > 1 or cs > 1: cell = cell.merge(tbl.cell(r + rs - 1, c + cs - 1))
        cell.text = text
        for run in cell.paragraphs[0].runs: run.font.size = tsize
        if r >= hr and amount.match(text or "x"): cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for n in t.get("notes", []): doc.add_paragraph(n)
tmp = tempfile.mkdtemp()
dp = os.path.join(tmp, "doc.docx"); doc.save(dp)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, dp], check=True, capture_output=True)
shutil.move(os.path.join(tmp, "doc.pdf"), out); shutil.rmtree(tmp)
