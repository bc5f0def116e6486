#!/usr/bin/python3
"""Writes the corrupt-TIFF corpus of tests/data/corrupt/ (issue 7, "no silent corruption").

Every file is a small multi-page TIFF written byte by byte here (classic little-endian TIFF, our own IFD writer),
with one strip or tile damaged on purpose; manifest.csv names the damaged page and strip/tile (both 1-based, as
Tessera's messages count them) and says what was done. The intact_*.tif files hold the same pixels undamaged in
every encoding, so a test can show that the encoders here are right (all intact files read equal) and that each
corrupt file differs from an intact one only by the damage.

Encoders: Deflate with Python's zlib (levels 0 = stored blocks and 9), LZW (TIFF flavour: MSB-first codes, 9 to
12 bits, early change, written like libtiff's encoder), PackBits (each row packed separately, as the TIFF
specification asks), JPEG with Pillow (one complete JPEG stream per strip, 8-bit grayscale). The script checks its
Deflate output with tifffile's decoder and its LZW and PackBits output with Pillow's (libtiff).

Run from the repository root with Debian's python (python3-tifffile, python3-pil, python3-numpy):
    /usr/bin/python3 tests/tools/make_corrupt_tiffs.py
It is deterministic: running it again rewrites identical files. Each corrupt file is also copied to
tests/data/fuzz-seeds/corrupt_<name>.
"""

import csv
import io
import os
import struct
import sys
import zlib

import numpy as np
import tifffile
from PIL import Image

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
OUT = os.path.join(DATA, "corrupt")
SEEDS = os.path.join(DATA, "fuzz-seeds")  # every corrupt file is also a fuzz seed, as corrupt_<name>
WIDTH, HEIGHT, PAGES, ROWS = 16, 24, 3, 4  # 6 strips of 4 rows per page
TILE_W, TILE_H, TILE = 32, 32, 16  # tiled files (8-bit): 4 tiles of 16 x 16 per page


def pixels(bits, height=HEIGHT, width=WIDTH):
    """PAGES planes of a smooth cell-like pattern with fixed-seed noise (compressible, no two strips alike)."""
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:height, 0:width]
    planes = []
    for p in range(PAGES):
        base = 0.5 + 0.4 * np.sin((x + 3 * p) / 5.0) * np.cos((y - 2 * p) / 4.0)
        noise = rng.normal(0.0, 0.02, size=base.shape)
        v = np.clip(base + noise, 0.0, 1.0)
        planes.append((v * (255 if bits == 8 else 4000)).astype(np.uint8 if bits == 8 else np.uint16))
    return planes


# ---- encoders ------------------------------------------------------------------------------------------------


def predict(plane):
    """TIFF horizontal differencing (Predictor 2) of one plane, modulo the sample size."""
    d = plane.astype(np.int64)
    d[:, 1:] = d[:, 1:] - d[:, :-1]
    return (d % (1 << (8 * plane.itemsize))).astype(plane.dtype)


def packbits(data, row_bytes):
    out = bytearray()
    for start in range(0, len(data), row_bytes):
        row = data[start:start + row_bytes]
        i = 0
        while i < len(row):
            run = 1
            while i + run < len(row) and run < 128 and row[i + run] == row[i]:
                run += 1
            if run >= 2:
                out += bytes([257 - run, row[i]])
                i += run
                continue
            j = i
            while j < len(row) and j - i < 128 and not (j + 1 < len(row) and row[j + 1] == row[j]):
                j += 1
            j = max(j, i + 1)
            out += bytes([j - i - 1]) + row[i:j]
            i = j
    return bytes(out)


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, code, width):
        self.acc = (self.acc << width) | code
        self.n += width
        while self.n >= 8:
            self.n -= 8
            self.out.append((self.acc >> self.n) & 0xFF)
        self.acc &= (1 << self.n) - 1

    def bytes(self):
        return bytes(self.out) + (bytes([(self.acc << (8 - self.n)) & 0xFF]) if self.n else b"")


def lzw(data, bad_code_at=None, eoi_at=None):
    """TIFF LZW. bad_code_at: emit a code not yet in the table before input byte i; eoi_at: stop there."""
    w = BitWriter()
    width, table, free = 9, {bytes([i]): i for i in range(256)}, 258
    w.put(256, width)
    cur = b""
    for i, b in enumerate(data):
        if eoi_at is not None and i == eoi_at:
            break
        if bad_code_at is not None and i == bad_code_at and cur:
            w.put(min(free + 40, (1 << width) - 1), width)
        nxt = cur + bytes([b])
        if nxt in table:
            cur = nxt
            continue
        w.put(table[cur], width)
        table[nxt] = free
        free += 1
        if free == 4094:
            w.put(256, width)
            width, table, free = 9, {bytes([i]): i for i in range(256)}, 258
        elif free > (1 << width) - 1:
            width += 1
        cur = bytes([b])
    if cur:
        w.put(table[cur], width)
        free += 1
        if free == 4094:
            w.put(256, width)
            width = 9
        elif free > (1 << width) - 1:
            width += 1
    w.put(257, width)
    return w.bytes()


def jpeg(block):
    buf = io.BytesIO()
    Image.fromarray(block).save(buf, "JPEG", quality=90)
    return buf.getvalue()


# ---- TIFF writer -------------------------------------------------------------------------------------------------

COMPRESSION = {"none": 1, "lzw": 5, "jpeg": 7, "deflate": 8, "packbits": 32773}


def segments(planes, enc, predictor, tiled, level):
    """Per page, the list of encoded strips (or tiles, row by row)."""
    pages = []
    for plane in planes:
        src = predict(plane) if predictor == 2 else plane
        blocks = []
        if tiled:
            for ty in range(0, src.shape[0], TILE):
                for tx in range(0, src.shape[1], TILE):
                    blocks.append(src[ty:ty + TILE, tx:tx + TILE])
        else:
            for y in range(0, src.shape[0], ROWS):
                blocks.append(src[y:y + ROWS])
        enc_blocks = []
        for blk in blocks:
            raw = np.ascontiguousarray(blk).astype(blk.dtype.newbyteorder("<")).tobytes()
            row_bytes = blk.shape[1] * blk.itemsize
            if enc == "none":
                enc_blocks.append(raw)
            elif enc == "deflate":
                enc_blocks.append(zlib.compress(raw, level))
            elif enc == "lzw":
                enc_blocks.append(lzw(raw))
            elif enc == "packbits":
                enc_blocks.append(packbits(raw, row_bytes))
            elif enc == "jpeg":
                enc_blocks.append(jpeg(np.ascontiguousarray(blk)))
        pages.append(enc_blocks)
    return pages


def write_tiff(path, planes, enc, pages, predictor=1, tiled=False):
    """Writes pages (lists of encoded strips/tiles) as a classic little-endian TIFF; each IFD follows its data."""
    height, width = planes[0].shape
    bits = planes[0].itemsize * 8
    out = bytearray(b"II*\0" + struct.pack("<I", 0))
    prev_link = 4
    for blocks in pages:
        offsets, counts = [], []
        for blk in blocks:
            offsets.append(len(out))
            counts.append(len(blk))
            out += blk
            if len(out) % 2:
                out += b"\0"
        tags = [(256, 4, [width]), (257, 4, [height]), (258, 3, [bits]), (259, 3, [COMPRESSION[enc]]),
                (262, 3, [1])]
        if tiled:
            tags += [(277, 3, [1]), (322, 3, [TILE]), (323, 3, [TILE]), (324, 4, offsets), (325, 4, counts)]
        else:
            tags += [(273, 4, offsets), (277, 3, [1]), (278, 4, [ROWS]), (279, 4, counts)]
        if predictor != 1:
            tags.append((317, 3, [predictor]))
        tags.append((339, 3, [1]))
        tags.sort()
        ifd = len(out)
        struct.pack_into("<I", out, prev_link, ifd)
        extra = ifd + 2 + 12 * len(tags) + 4
        body, tail = bytearray(struct.pack("<H", len(tags))), bytearray()
        for tag, typ, values in tags:
            fmt = "<H" if typ == 3 else "<I"
            packed = b"".join(struct.pack(fmt, v) for v in values)
            if len(packed) <= 4:
                body += struct.pack("<HHI", tag, typ, len(values)) + packed.ljust(4, b"\0")
            else:
                body += struct.pack("<HHII", tag, typ, len(values), extra + len(tail))
                tail += packed
        prev_link = ifd + len(body)
        body += struct.pack("<I", 0)
        out += body + tail
    with open(path, "wb") as f:
        f.write(out)
    return bytes(out)


def patch_count(data, page, index, new_count=None, delta=None):
    """Returns data with the byte count of strip/tile `index` (0-based) of `page` (0-based) changed."""
    data = bytearray(data)
    ifd = struct.unpack_from("<I", data, 4)[0]
    for _ in range(page):
        n = struct.unpack_from("<H", data, ifd)[0]
        ifd = struct.unpack_from("<I", data, ifd + 2 + 12 * n)[0]
    n = struct.unpack_from("<H", data, ifd)[0]
    for e in range(n):
        tag, typ, count, value = struct.unpack_from("<HHII", data, ifd + 2 + 12 * e)
        if tag in (279, 325):
            where = value + 4 * index if count > 1 else ifd + 2 + 12 * e + 8
            old = struct.unpack_from("<I", data, where)[0]
            struct.pack_into("<I", data, where, new_count if new_count is not None else old + delta)
    return bytes(data)


def locate(data, page, index):
    """(offset, count) of strip/tile `index` of `page` (0-based), read back from the IFD."""
    ifd = struct.unpack_from("<I", data, 4)[0]
    for _ in range(page):
        n = struct.unpack_from("<H", data, ifd)[0]
        ifd = struct.unpack_from("<I", data, ifd + 2 + 12 * n)[0]
    n = struct.unpack_from("<H", data, ifd)[0]
    found = {}
    for e in range(n):
        tag, typ, count, value = struct.unpack_from("<HHII", data, ifd + 2 + 12 * e)
        if tag in (273, 279, 324, 325):
            found[tag in (279, 325)] = struct.unpack_from("<I", data, value + 4 * index)[0] if count > 1 else value
    return found[False], found[True]


# ---- the corpus --------------------------------------------------------------------------------------------------


def last_packbits_header(blk):
    """Offset of the last run header of a PackBits stream."""
    i = last = 0
    while i < len(blk):
        last = i
        n = blk[i] - 256 if blk[i] > 127 else blk[i]
        i += 1 + (n + 1 if n >= 0 else (1 if n != -128 else 0))
    return last


def flip(data, at, mask=0xFF):
    data = bytearray(data)
    data[at] ^= mask
    return bytes(data)


def silent_deflate_flip(stream, expected_len):
    """First bit flip inside the compressed body (after the 2-byte header, before the Adler-32) that still inflates
    to the full length without a zlib error except the checksum: the corruption libtiff used to miss."""
    original = zlib.decompress(stream)
    for pos in range(2, len(stream) - 4):
        for bit in range(8):
            bad = flip(stream, pos, 1 << bit)
            d = zlib.decompressobj(-15)  # raw inflate of the body: no checksum test here
            try:
                out = d.decompress(bad[2:-4]) + d.flush()
            except zlib.error:
                continue
            if d.eof and len(out) == expected_len and out != original and zlib.adler32(out) != zlib.adler32(original):
                return pos, 1 << bit
    raise RuntimeError("no silent bit flip found")


def main():
    os.makedirs(OUT, exist_ok=True)
    p16, p8 = pixels(16), pixels(8)
    t8 = pixels(8, TILE_H, TILE_W)
    rows = []

    def intact(name, planes, enc, predictor=1, tiled=False, level=9):
        segs = segments(planes, enc, predictor, tiled, level)
        data = write_tiff(os.path.join(OUT, name), planes, enc, segs, predictor, tiled)
        if enc in ("none", "deflate"):  # the encoders must be right: tifffile decodes every page to the planes
            with tifffile.TiffFile(os.path.join(OUT, name)) as tf:
                decoded = [page.asarray() for page in tf.pages]
        elif enc != "jpeg":  # tifffile needs imagecodecs for LZW and PackBits; Pillow decodes them with libtiff
            with Image.open(os.path.join(OUT, name)) as im:
                decoded = []
                for p in range(PAGES):
                    im.seek(p)
                    decoded.append(np.array(im))
        if enc != "jpeg" and not all(np.array_equal(d, q) for d, q in zip(decoded, planes)):
            raise RuntimeError(f"{name}: a page does not decode to its pixels")
        return data, segs

    def corrupt(name, data, page, index, unit, compression, damage):
        for path in (os.path.join(OUT, name), os.path.join(SEEDS, "corrupt_" + name)):
            with open(path, "wb") as f:
                f.write(data)
        rows.append([name, page + 1, unit, index + 1, compression, damage])

    intact("intact_tiled_none.tif", t8, "none", tiled=True)
    intact("intact_jpeg.tif", p8, "jpeg")
    intact("intact_jpeg_none.tif", p8, "none")  # reference for JPEG: lossy, compared with a tolerance

    # Deflate, stored blocks: one payload byte changed; inflates to the full strip, only the Adler-32 fails.
    data, _ = intact("intact_deflate_stored.tif", p16, "deflate", level=0)
    off, cnt = locate(data, 1, 2)
    corrupt("deflate_stored_byte_changed.tif", flip(data, off + 20, 0x10), 1, 2, "strip", "Deflate",
            "one byte of the stored (level 0) data changed: full-length output, Adler-32 mismatch")
    # Deflate level 9: a bit flip in the Huffman data that still inflates to the full length.
    data, segs = intact("intact_deflate.tif", p16, "deflate")
    off, cnt = locate(data, 1, 1)
    pos, mask = silent_deflate_flip(segs[1][1], WIDTH * ROWS * 2)
    corrupt("deflate_bit_flipped.tif", flip(data, off + pos, mask), 1, 1, "strip", "Deflate",
            f"bit {mask:#04x} of byte {pos} of the stream flipped: full-length output, Adler-32 mismatch")
    off, cnt = locate(data, 2, 5)
    corrupt("deflate_bad_adler_last_strip.tif", flip(data, off + cnt - 1, 0x01), 2, 5, "strip", "Deflate",
            "last byte of the Adler-32 of the last strip changed (pixels intact, checksum fails)")
    off, cnt = locate(data, 1, 3)
    corrupt("deflate_truncated.tif", patch_count(data, 1, 3, new_count=cnt // 2), 1, 3, "strip", "Deflate",
            "byte count halved: the stream ends early")
    off, cnt = locate(data, 2, 5)
    corrupt("deflate_count_past_eof.tif", patch_count(data, 2, 5, new_count=len(data) - off + 64), 2, 5, "strip",
            "Deflate", "byte count of the last strip runs 64 bytes past the end of the file")
    # Deflate with the horizontal predictor, and tiles.
    data, _ = intact("intact_deflate_predictor.tif", p16, "deflate", predictor=2)
    off, cnt = locate(data, 2, 2)
    corrupt("deflate_predictor_bad_adler.tif", flip(data, off + cnt - 2, 0x40), 2, 2, "strip", "Deflate",
            "Adler-32 changed (predictor 2)")
    data, _ = intact("intact_deflate_tiled.tif", t8, "deflate", tiled=True, level=0)
    off, cnt = locate(data, 1, 3)
    corrupt("deflate_tile_byte_changed.tif", flip(data, off + 30, 0x08), 1, 3, "tile", "Deflate",
            "one byte of a stored tile changed: Adler-32 mismatch")

    # The cases libtiff 4.5 reads without an error. Both are streams longer than the rows asked for, which libtiff
    # inflates only until its buffer is full, never reaching the Adler-32: the last strip of a page 22 rows high
    # that holds 4 rows (its 2 and 2 rows of padding, as some writers store it), and a full strip whose stream holds
    # one row more than the strip (libtiff's libdeflate path accepts "insufficient space" silently).
    p22 = [plane[:22] for plane in p16]
    segs = segments(p16, "deflate", 1, False, 0)  # 24 rows encoded: every last strip has 2 rows of padding
    write_tiff(os.path.join(OUT, "intact_deflate_22rows_padded.tif"), p22, "deflate", segs)
    data = write_tiff(os.path.join(OUT, "deflate_padded_last_strip_byte_changed.tif"), p22, "deflate", segs)
    off, cnt = locate(data, 2, 5)
    corrupt("deflate_padded_last_strip_byte_changed.tif", flip(data, off + 12, 0x20), 2, 5, "strip", "Deflate",
            "one byte of the stored data of the last strip (2 rows + 2 rows of padding) changed: Adler-32 mismatch")
    segs = segments(p16, "deflate", 1, False, 0)
    raw = np.ascontiguousarray(p16[0][4:9]).astype("<u2").tobytes()  # rows 4..8: the strip's 4 rows and one more
    segs[0][1] = zlib.compress(raw, 0)
    write_tiff(os.path.join(OUT, "intact_deflate_overlong.tif"), p16, "deflate", segs)
    segs[0][1] = flip(segs[0][1], 5 + 40, 0x04)
    corrupt("deflate_overlong_stream_byte_changed.tif",
            write_tiff(os.path.join(OUT, "deflate_overlong_stream_byte_changed.tif"), p16, "deflate", segs), 0, 1,
            "strip", "Deflate", "the stream of a full strip holds one row more than the strip; one byte changed")

    # LZW: a code not yet in the table, an early end-of-information code, a halved byte count.
    data, segs = intact("intact_lzw.tif", p16, "lzw")
    raw = [np.ascontiguousarray(p16[p][y:y + ROWS]).astype("<u2").tobytes() for p in range(PAGES)
           for y in range(0, HEIGHT, ROWS)]
    bad = list(segs)
    bad[1] = list(segs[1])
    bad[1][4] = lzw(raw[6 + 4], bad_code_at=100)
    corrupt("lzw_bad_code.tif", write_tiff(os.path.join(OUT, "lzw_bad_code.tif"), p16, "lzw", bad), 1, 4, "strip",
            "LZW", "a code beyond the table's next free entry in the middle of the strip")
    bad = list(segs)
    bad[2] = list(segs[2])
    bad[2][0] = lzw(raw[12], eoi_at=70)
    corrupt("lzw_early_eoi.tif", write_tiff(os.path.join(OUT, "lzw_early_eoi.tif"), p16, "lzw", bad), 2, 0, "strip",
            "LZW", "end-of-information code after 70 of the strip's 128 bytes")
    off, cnt = locate(data, 0, 2)
    corrupt("lzw_truncated.tif", patch_count(data, 0, 2, new_count=cnt // 2), 0, 2, "strip", "LZW",
            "byte count halved")

    # PackBits: a run that overruns the strip, a run header that overruns its row, a halved byte count.
    data, segs = intact("intact_packbits.tif", p16, "packbits")
    off, cnt = locate(data, 2, 5)
    blk = bytearray(segs[2][5])
    last = last_packbits_header(blk)
    # The strip's last run becomes a 128-byte run, past its end (no-op headers keep the length).
    blk[last:] = bytes([257 - 128, 0x55]) + b"\x80" * (len(blk) - last - 2)
    corrupt("packbits_overrun_strip.tif", data[:off] + bytes(blk) + data[off + cnt:], 2, 5, "strip", "PackBits",
            "the last run of the last strip repeats 128 bytes, more than the strip holds")
    off, cnt = locate(data, 1, 1)
    blk = bytearray(segs[1][1])
    blk[0] = 257 - 100  # the first header of the strip's first row becomes a 100-byte run (the row has 32)
    corrupt("packbits_overrun_row.tif", data[:off] + bytes(blk) + data[off + cnt:], 1, 1, "strip", "PackBits",
            "the first run of a strip repeats 100 bytes, more than its 32-byte row")
    off, cnt = locate(data, 1, 4)
    corrupt("packbits_truncated.tif", patch_count(data, 1, 4, new_count=cnt // 2), 1, 4, "strip", "PackBits",
            "byte count halved")

    # JPEG (8-bit): a strip cut short, a strip whose entropy-coded data are damaged.
    data, segs = intact("intact_jpeg.tif", p8, "jpeg")
    off, cnt = locate(data, 1, 2)
    corrupt("jpeg_truncated.tif", patch_count(data, 1, 2, new_count=cnt * 2 // 3), 1, 2, "strip", "JPEG",
            "byte count cut to two thirds: the JPEG stream ends early")
    off, cnt = locate(data, 2, 3)
    blk = bytearray(segs[2][3])
    sos = blk.rfind(b"\xff\xda")
    blk[sos + 14:sos + 18] = b"\xff\xd3\xff\xd5"  # restart markers where none may be
    corrupt("jpeg_bad_markers.tif", data[:off] + bytes(blk) + data[off + cnt:], 2, 3, "strip", "JPEG",
            "restart markers written into the entropy-coded data")

    # Uncompressed: a strip offset beyond the end of the file.
    data, _ = intact("intact_none.tif", p16, "none")
    ifd = struct.unpack_from("<I", data, 4)[0]
    n = struct.unpack_from("<H", data, ifd)[0]
    ifd = struct.unpack_from("<I", data, ifd + 2 + 12 * n)[0]  # page 2
    n = struct.unpack_from("<H", data, ifd)[0]
    bad = bytearray(data)
    for e in range(n):
        tag, typ, count, value = struct.unpack_from("<HHII", bad, ifd + 2 + 12 * e)
        if tag == 273:
            struct.pack_into("<I", bad, value + 4 * 3, len(data) + 1000)
    corrupt("none_offset_past_eof.tif", bytes(bad), 1, 3, "strip", "none", "strip offset 1000 bytes past the end")

    with open(os.path.join(OUT, "manifest.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "page", "unit", "index", "compression", "damage"])
        w.writerows(rows)
    print(f"wrote {len(rows)} corrupt files and their intact originals to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    sys.exit(main())
