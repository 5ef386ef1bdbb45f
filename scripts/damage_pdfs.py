#!/usr/bin/env python3
"""Damaged copies of PDFs, reproducibly from a seed, for the bad-input test of the command line.

    scripts/damage_pdfs.py --seed 11 --per-mode 20 --out DIR SOURCE.pdf ...

Writes DIR/<mode>-<n>.pdf for each way of damaging a file: truncated, bit-flipped, a run of
random bytes, a broken cross-reference table or startxref, absurd page counts (/Count),
broken page trees (/Kids), absurd page boxes, wrong stream lengths, lost endobj/endstream,
a PDF header over garbage, and garbage appended. Each file starts from one of the sources,
chosen by the seed; the same seed always gives the same files.
"""
import argparse
import os
import random
import re


def truncated(data, rng):
    return data[: rng.randrange(1, max(2, len(data)))]


def bit_flipped(data, rng):
    out = bytearray(data)
    for _ in range(rng.randint(1, 64)):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def random_run(data, rng):
    out = bytearray(data)
    start = rng.randrange(len(out))
    n = min(len(out) - start, rng.randint(1, 4096))
    out[start:start + n] = bytes(rng.randrange(256) for _ in range(n))
    return bytes(out)


def broken_xref(data, rng):
    choice = rng.randrange(4)
    if choice == 0:   # offsets in the xref table scrambled
        def scramble(m):
            return bytes(str(rng.randrange(10 ** 10)).zfill(10), "ascii") + m.group(2)
        return re.sub(rb"(\d{10})( \d{5} [nf])", scramble, data)
    if choice == 1:   # startxref points anywhere
        return re.sub(rb"startxref\s+\d+", b"startxref\n" + str(rng.randrange(10 ** 9)).encode(), data)
    if choice == 2:   # no startxref, no trailer
        return re.sub(rb"trailer[\s\S]*$", b"", data)
    return data.replace(b"xref", b"xxxx", 1)   # the table's keyword lost


def absurd_page_count(data, rng):
    value = rng.choice([b"0", b"-1", b"2147483647", b"4294967296", b"99999999999999999999", b"1e9", b"-2147483648"])
    return re.sub(rb"/Count\s+-?\d+", b"/Count " + value, data)


def broken_page_tree(data, rng):
    choice = rng.randrange(3)
    if choice == 0:
        return re.sub(rb"/Kids\s*\[[^\]]*\]", b"/Kids []", data)
    if choice == 1:   # every kid the first object: a loop or a non-page
        return re.sub(rb"/Kids\s*\[[^\]]*\]", b"/Kids [1 0 R 1 0 R 1 0 R]", data)
    return re.sub(rb"/Type\s*/Page\b", b"/Type /Pagez", data)


def absurd_page_box(data, rng):
    box = rng.choice([b"[0 0 1e30 1e30]", b"[0 0 -500 -800]", b"[0 0 0 0]", b"[0 0 99999999 99999999]",
                      b"[1 2 3]", b"[0 0 1e400 842]", b"[nan nan nan nan]"])
    return re.sub(rb"/MediaBox\s*\[[^\]]*\]", b"/MediaBox " + box, data)


def wrong_lengths(data, rng):
    return re.sub(rb"/Length\s+\d+", lambda m: b"/Length " + str(rng.choice([0, 1, rng.randrange(10 ** 9)])).encode(), data)


def lost_ends(data, rng):
    word = rng.choice([b"endobj", b"endstream", b"stream"])
    return data.replace(word, b"", rng.randint(1, 200))


def header_over_garbage(data, rng):
    return b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(rng.randint(0, 20000)))


def garbage_appended(data, rng):
    return data + bytes(rng.randrange(256) for _ in range(rng.randint(1, 5000)))


MODES = [truncated, bit_flipped, random_run, broken_xref, absurd_page_count, broken_page_tree,
         absurd_page_box, wrong_lengths, lost_ends, header_over_garbage, garbage_appended]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--per-mode", type=int, default=20)
    ap.add_argument("--out", required=True)
    ap.add_argument("sources", nargs="+")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    sources = [open(p, "rb").read() for p in sorted(a.sources)]
    os.makedirs(a.out, exist_ok=True)
    n = 0
    for mode in MODES:
        for k in range(a.per_mode):
            data = mode(rng.choice(sources), rng)
            with open(os.path.join(a.out, "%s-%02d.pdf" % (mode.__name__.replace("_", "-"), k)), "wb") as f:
                f.write(data)
            n += 1
    print(n)


if __name__ == "__main__":
    main()
