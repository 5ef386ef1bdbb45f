#!/usr/bin/env python3
# Held-out producer for measuring (not used by the tests): see README "Held-out producers".
"""Independent producer for evaluation: truth.json -> HTML -> Chromium print-to-pdf.
style variants: full, open (no outer left/right border), hrules (horizontal rules only),
vrules (vertical rules only), none."""
import json, sys, subprocess, html, random, os, tempfile
truth, out, style, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rnd = random.Random(seed)
d = json.load(open(truth))
fonts = ["Noto Sans CJK SC", "Noto Serif CJK SC"]
font = rnd.choice(fonts); size = rnd.choice([9, 10, 11, 12]); land = rnd.random() < 0.4
css = f"""
@page {{ size: A4 {'landscape' if land else 'portrait'}; margin: {rnd.choice([12,15,20])}mm; }}
body {{ font-family: '{font}'; font-size: {size}pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 8pt; }}
thead {{ display: table-header-group; }}
td, th {{ padding: {rnd.choice([1,2,3])}pt 3pt; font-weight: normal; }}
.num {{ text-align: right; }}
h2 {{ text-align:center; font-size: {size+6}pt; }}
.meta {{ display:flex; justify-content: space-between; }}
.tbl {{ page-break-before: always; }}
"""
b = "0.75pt solid black"
if style == "full": css += f"td,th {{ border: {b}; }}"
elif style == "open": css += f"td,th {{ border: {b}; }} tr > *:first-child {{ border-left: none; }} tr > *:last-child {{ border-right: none; }}"
elif style == "hrules": css += f"td,th {{ border-top: {b}; border-bottom: {b}; }}"
elif style == "vrules": css += f"td,th {{ border-left: {b}; border-right: {b}; }} thead tr:last-child th {{ border-bottom: {b}; }} table {{ border-top: {b}; border-bottom: {b}; }}"
parts = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
parts.append(f"<h1 style='text-align:center'>{html.escape(d['document']['title'])}</h1>")
for p in d.get("narrative", []):
    t = html.escape(p["text"])
    parts.append(f"<h3>{t}</h3>" if p.get("type") == "heading" else f"<p>{t}</p>")
import re
amount = re.compile(r"^-?[\d,]+(\.\d+)?%?$")
for t in d["tables"]:
    parts.append("<div class='tbl'>")
    if t.get("code"): parts.append(f"<div>{html.escape(t['code'])}</div>")
    parts.append(f"<h2>{html.escape(t['title'])}</h2>")
    parts.append(f"<div class='meta'><span>{'部门名称：' + html.escape(t['department']) if t.get('department') else ''}</span><span>单位：{html.escape(t.get('unit') or '')}</span></div>")
    parts.append("<table><thead>")
    hr = t["header_rows"]
    for i, row in enumerate(t["grid"]):
        if i == hr: parts.append("</thead><tbody>")
        tag = "th" if i < hr else "td"
        cells = []
        for c in row:
            attrs = "".join(f" {k}='{c[k]}'" for k in ("rowspan", "colspan") if c.get(k, 1) != 1)
            cls = " class='num'" if amount.match(c["text"] or "x") and i >= hr else ""
            cells.append(f"<{tag}{attrs}{cls}>{html.escape(c['text'])}</{tag}>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table>")
    for n in t.get("notes", []): parts.append(f"<p>{html.escape(n)}</p>")
    parts.append("</div>")
parts.append("</body></html>")
with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as f:
    f.write("\n".join(parts)); hp = f.name
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={os.path.abspath(out)}", hp], check=True, capture_output=True)
os.unlink(hp)
