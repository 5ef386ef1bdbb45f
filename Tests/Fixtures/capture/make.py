#!/usr/bin/env python3
"""Writes lines.pdf: one US-letter page with known shapes, for the vector capture tests
(PDFCaptureTests). In page points from the top-left (as budgetpdf reports them):
  - a black stroked line, 1 pt wide, at y 92 from x 72 to 372;
  - a white square over it from x 200 to 220 (it hides that part of the line);
  - a mid-gray filled rectangle 0.5 pt wide, x 100-100.5, y 92-192 (a thin filled rule);
  - a light-gray (0.9) stroked line at y 300 from x 72 to 372 (lighter than the ink threshold);
  - a black filled area 72-172 x 400-450 (too thick to be a rule);
  - the text 1111 in Helvetica 24 pt at x 300, y 292 baseline (glyph stems are no rules)."""
import os
content = b"""0 0 0 RG 1 w 72 700 m 372 700 l S
1 1 1 rg 200 690 20 20 re f
0.5 0.5 0.5 rg 100 600 0.5 100 re f
0.9 0.9 0.9 RG 1 w 72 492 m 372 492 l S
0 0 0 rg 72 342 100 50 re f
BT /F1 24 Tf 300 500 Td (1111) Tj ET
"""
objs = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.pdf"), "wb").write(out)
