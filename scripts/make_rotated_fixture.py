#!/usr/bin/env python3
"""Draws a budget table turned on a portrait page, with no /Rotate: the landscape table of
some print drivers. Needs reportlab and a CJK TrueType font (shared/gen/setup.sh installs both).

usage: make_rotated_fixture.py OUT.pdf {cw|ccw}
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

out, turn = sys.argv[1], sys.argv[2]
pdfmetrics.registerFont(TTFont("uming", "/usr/share/fonts/truetype/arphic/uming.ttc"))
c = canvas.Canvas(out, pagesize=A4)
w, h = A4
# Landscape frame (h wide, w high), turned onto the portrait page.
if turn == "cw":
    c.translate(0, h); c.rotate(-90)
else:
    c.translate(w, 0); c.rotate(90)
W, H = h, w
c.setFont("uming", 16)
c.drawCentredString(W / 2, H - 60, "2025年部门支出预算表")
c.setFont("uming", 9)
c.drawString(60, H - 85, "部门名称：某县示范局")
c.drawRightString(W - 60, H - 85, "单位：万元")
rows = [["科目名称", "合计", "基本支出", "项目支出"],
        ["合计", "1,234.50", "834.50", "400.00"],
        ["一般公共服务支出", "1,000.00", "700.00", "300.00"],
        ["教育支出", "234.50", "134.50", "100.00"],
        ["社会保障和就业支出", "0.00", "", ""]]
xs = [60, 300, 460, 620, W - 60]
top, rh = H - 100, 24
for i in range(len(rows) + 1):
    c.line(xs[0], top - i * rh, xs[-1], top - i * rh)
for x in xs:
    c.line(x, top, x, top - len(rows) * rh)
for i, r in enumerate(rows):
    y = top - i * rh - 16
    for j, t in enumerate(r):
        if j == 0 or i == 0:
            c.drawString(xs[j] + 6, y, t)
        else:
            c.drawRightString(xs[j + 1] - 6, y, t)
c.setFont("uming", 9)
c.drawString(60, top - len(rows) * rh - 18, "注：本表按四舍五入列示。")
c.showPage()
c.save()
