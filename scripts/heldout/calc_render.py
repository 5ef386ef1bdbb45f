#!/usr/bin/env python3
"""Independent producer: truth.json -> flat ODS spreadsheet (one sheet per table) -> LibreOffice Calc PDF.
A spreadsheet export, as many budgets are made: a sheet per table, header rows repeated on each
printed page (print titles), names wrapped in their cells, scaled to the page's width.
usage: calc_render.py TRUTH OUT.pdf STYLE SEED   STYLE: grid | open | hlines"""
import json, sys, subprocess, os, random, re, tempfile, shutil
from xml.sax.saxutils import escape
truth, out, style, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rnd = random.Random(seed)
d = json.load(open(truth))
font = rnd.choice(["Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "AR PL UMing CN"])
size = rnd.choice([9, 10, 11, 12])
amount = re.compile(r"^-?[\d,]+(\.\d+)?%?$")
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
b = "0.5pt solid #000000"

def cell_style(name, align, border, fsize=None, bold=False, wrap=True):
    bp = {"all": f'fo:border="{b}"', "none": 'fo:border="none"',
          "h": f'fo:border-top="{b}" fo:border-bottom="{b}" fo:border-left="none" fo:border-right="none"'}[border]
    fs = fsize or size
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties {bp} '
            f'fo:wrap-option="{"wrap" if wrap else "no-wrap"}" style:vertical-align="middle"/>'
            f'<style:paragraph-properties fo:text-align="{align}"/>'
            f'<style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="{fs}pt" '
            f'style:font-size-asian="{fs}pt"{weight}/></style:style>')

border = {"grid": "all", "open": "all", "hlines": "h"}[style]
styles = [cell_style("hd", "center", border), cell_style("tx", "start", border), cell_style("nm", "end", border),
          cell_style("ti", "center", "none", size + 6, True, True), cell_style("me", "start", "none", wrap=False),
          cell_style("mu", "end", "none", wrap=False), cell_style("pr", "start", "none")]
if style == "open":
    # no outer left and right border: first and last columns get their own styles
    for base, align in (("hd", "center"), ("tx", "start"), ("nm", "end")):
        for side in ("L", "R"):
            s = cell_style(base + side, align, "all")
            s = s.replace(f'fo:border="{b}"', f'fo:border-top="{b}" fo:border-bottom="{b}" ' +
                          (f'fo:border-left="none" fo:border-right="{b}"' if side == "L" else f'fo:border-left="{b}" fo:border-right="none"'))
            styles.append(s)
cols, pages, sheets = [], [], []
margin = rnd.choice([1.0, 1.5, 2.0])

def layout(name, land):
    w, h = (29.7, 21.0) if land else (21.0, 29.7)
    return (w, h, f'<style:page-layout style:name="{name}"><style:page-layout-properties fo:page-width="{w}cm" '
            f'fo:page-height="{h}cm" style:print-orientation="{"landscape" if land else "portrait"}" '
            f'fo:margin-top="{margin}cm" fo:margin-bottom="{margin}cm" fo:margin-left="{margin}cm" '
            f'fo:margin-right="{margin}cm" style:scale-to="SCALE%"/></style:page-layout>')

masters = []
# narrative sheet: one wide wrapped column
w, h, pl = layout("pn", False)
pages.append(pl.replace("SCALE", "100")); masters.append('<style:master-page style:name="MN" style:page-layout-name="pn"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page>')
cols.append(f'<style:style style:name="cn" style:family="table-column"><style:table-column-properties style:column-width="{w - 2 * margin - 0.2:.2f}cm"/></style:style>')
sheets.append('<table:table table:name="说明" table:style-name="tn"><table:table-column table:style-name="cn"/>' +
              f'<table:table-row><table:table-cell table:style-name="ti" office:value-type="string"><text:p>{escape(d["document"]["title"])}</text:p></table:table-cell></table:table-row>' +
              "".join(f'<table:table-row><table:table-cell table:style-name="pr" office:value-type="string"><text:p>{escape(p["text"])}</text:p></table:table-cell></table:table-row>'
                      for p in d.get("narrative", [])) + '</table:table>')
tstyles = ['<style:style style:name="tn" style:family="table" style:master-page-name="MN"><style:table-properties table:display="true"/></style:style>']
for ti, t in enumerate(d["tables"]):
    grid = t["grid"]; hr = t["header_rows"]
    ncol = max(sum(c.get("colspan", 1) for c in r) for r in grid)
    # column widths from the longest text a column holds alone (a spreadsheet's author sizes them so)
    width = [1.2] * ncol
    occupied = {}
    for ri, r in enumerate(grid):
        ci = 0
        for c in r:
            while (ri, ci) in occupied: ci += 1
            for dr in range(c.get("rowspan", 1)):
                for dc in range(c.get("colspan", 1)): occupied[(ri + dr, ci + dc)] = True
            if c.get("colspan", 1) == 1 and ri >= hr:
                txt = c["text"] or ""
                cm = 0.2 + 0.035 * size * sum(2 if ord(ch) > 0x2e80 else 1.1 for ch in txt)
                width[ci] = max(width[ci], min(cm, rnd.choice([4.0, 5.5, 7.0])))
            ci += c.get("colspan", 1)
    land = sum(width) > 19 or rnd.random() < 0.3
    pw, ph, pl = layout(f"p{ti}", land)
    scale = min(100, int(100 * (pw - 2 * margin - 0.3) / sum(width)))
    pages.append(pl.replace("SCALE", str(max(scale, 40))))
    masters.append(f'<style:master-page style:name="M{ti}" style:page-layout-name="p{ti}"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page>')
    tstyles.append(f'<style:style style:name="t{ti}" style:family="table" style:master-page-name="M{ti}"><style:table-properties table:display="true"/></style:style>')
    for ci, wv in enumerate(width):
        cols.append(f'<style:style style:name="c{ti}_{ci}" style:family="table-column"><style:table-column-properties style:column-width="{wv:.2f}cm"/></style:style>')
    x = [f'<table:table table:name="表{ti + 1}" table:style-name="t{ti}">'] + [f'<table:table-column table:style-name="c{ti}_{ci}"/>' for ci in range(ncol)]

    row_styles = []

    def srow(cells, height_pt=None):
        if height_pt is None:
            return "<table:table-row>" + "".join(cells) + "</table:table-row>"
        name = f"r{ti}_{len(row_styles)}"
        row_styles.append(f'<style:style style:name="{name}" style:family="table-row"><style:table-row-properties '
                          f'style:row-height="{height_pt * 0.03528:.3f}cm" style:use-optimal-row-height="false"/></style:style>')
        return f'<table:table-row table:style-name="{name}">' + "".join(cells) + "</table:table-row>"

    def text_cm(text, fsize):
        return 0.03528 * fsize * sum(1.0 if ord(ch) > 0x2e80 else 0.55 for ch in text)

    def lines_needed(text, span_cm, fsize):
        room = max(span_cm - 0.15, 0.3)
        return max(1, -(-text_cm(text, fsize) // room))

    def tc(text, st, span=1, rspan=1):
        a = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        a += f' table:number-rows-spanned="{rspan}"' if rspan > 1 else ""
        return f'<table:table-cell table:style-name="{st}"{a} office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>' + \
               '<table:covered-table-cell/>' * (span - 1)
    if t.get("code"): x.append(srow([tc(t["code"], "me")]))
    tl = lines_needed(t["title"], sum(width), size + 6)
    x.append(srow([tc(t["title"], "ti", ncol)], tl * (size + 6) * 1.3 + 4))
    dept = "部门名称：" + t["department"] if t.get("department") else ""
    k = max(1, ncol // 3)
    x.append(srow([tc(dept, "me", ncol - k), tc("单位：" + (t.get("unit") or ""), "mu", k)] if ncol > 1 else [tc(dept, "me")]))
    # header rows get the height their wrapped texts need (a row holding a merged cell gets
    # no optimal height from Calc); body rows keep Calc's optimal height
    heights = [size * 1.3 + 3] * hr
    starts = []
    occ = set()
    for ri, r in enumerate(grid[:hr]):
        ci = 0
        for c in r:
            while (ri, ci) in occ: ci += 1
            cs, rs = c.get("colspan", 1), c.get("rowspan", 1)
            for dr in range(rs):
                for dc in range(cs): occ.add((ri + dr, ci + dc))
            need = lines_needed(c["text"] or "", sum(width[ci:ci + cs]), size) * size * 1.3 + 3
            starts.append((ri, min(rs, hr - ri), need)); ci += cs
    for ri, rs, need in sorted(starts, key=lambda z: z[1]):
        have = sum(heights[ri:ri + rs])
        if have < need: heights[ri + rs - 1] += need - have
    covered = set()
    rows_xml = []
    for ri, r in enumerate(grid):
        cells, ci = [], 0
        it = iter(r)
        while ci < ncol:
            if (ri, ci) in covered:
                cells.append('<table:covered-table-cell/>'); ci += 1; continue
            c = next(it, None)
            if c is None:
                cells.append('<table:table-cell/>'); ci += 1; continue
            cs, rs = c.get("colspan", 1), c.get("rowspan", 1)
            for dr in range(1, rs):
                for dc in range(cs): covered.add((ri + dr, ci + dc))
            text = c["text"] or ""
            base = "hd" if ri < hr else ("nm" if amount.match(text or "x") else "tx")
            if style == "open" and ci == 0: base += "L"
            elif style == "open" and ci + cs == ncol: base += "R"
            cells.append(tc(text, base, cs, rs)); ci += cs
        rows_xml.append(srow(cells, heights[ri] if ri < hr else None))
    x.append("<table:table-header-rows>" + "".join(rows_xml[:hr]) + "</table:table-header-rows>")
    x += rows_xml[hr:]
    for n in t.get("notes", []): x.append(srow([tc(n, "pr", ncol)]))
    x.append("</table:table>")
    sheets.append("".join(x))
    tstyles.extend(row_styles)
fods = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
        f'<office:font-face-decls><style:font-face style:name="F" svg:font-family="&apos;{font}&apos;"/></office:font-face-decls>'
        '<office:automatic-styles>' + "".join(cols + tstyles + styles + pages) + '</office:automatic-styles>'
        '<office:master-styles>' + "".join(masters) + '</office:master-styles>'
        '<office:body><office:spreadsheet>' + "".join(sheets) + '</office:spreadsheet></office:body></office:document>')
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "book.fods")
open(src, "w").write(fods)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                "--outdir", tmp, src], check=True, capture_output=True, timeout=300)
shutil.move(os.path.join(tmp, "book.pdf"), out)
shutil.rmtree(tmp)
