# Wrap a JPEG into a one-page PDF (image only: no fonts, no text). No dependencies.
import struct, sys

def jpeg_info(b):
    i = 2
    while i < len(b):
        if b[i] != 0xFF: raise ValueError("bad JPEG")
        m = b[i + 1]; L = struct.unpack(">H", b[i + 2:i + 4])[0]
        if m in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", b[i + 5:i + 9]); return w, h, b[i + 9]
        i += 2 + L
    raise ValueError("no SOF")

jpg, out, W, H = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
data = open(jpg, "rb").read()
w, h, ncomp = jpeg_info(data)
cs = {1: "/DeviceGray", 3: "/DeviceRGB"}[ncomp]
content = f"q {W:.2f} 0 0 {H:.2f} 0 0 cm /Im0 Do Q".encode()
objs = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W:.2f} {H:.2f}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
    f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream",
    f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
]
buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offs = []
for n, o in enumerate(objs, 1):
    offs.append(len(buf)); buf += f"{n} 0 obj\n".encode() + o + b"\nendobj\n"
x = len(buf)
buf += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
for o in offs: buf += f"{o:010d} 00000 n \n".encode()
buf += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
open(out, "wb").write(buf)
