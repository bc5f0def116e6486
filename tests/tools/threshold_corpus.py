#!/usr/bin/python3
"""Differential threshold corpus: synthetic images and ImageJ 1.53t's auto-thresholds of each.

Writes, under tests/data/reference/ (or --out):
  threshold_corpus_inputs.csv   one row per image: id, type (8/16/32), kind, rows, cols, values
                                values = space-separated "value:count" pairs (ascending values); the image is
                                rows x cols pixels holding exactly those values (the order of pixels does not
                                matter to a global threshold, so the C++ test rebuilds it in ascending order).
  threshold_corpus_imagej.csv   one row per image x method x background: id, method, dark (1/0), lower, upper
                                = ImageJ's setAutoThreshold("<method>[ dark]"); getThreshold(lower, upper).

Every image is drawn from numpy's RandomState seeded per image (SEED + index), so a rerun writes the same files.
Requires Debian's python3-numpy and python3-tifffile, Java, xvfb-run and ImageJ 1.53t (/usr/share/java/ij.jar).

  /usr/bin/python3 tests/tools/threshold_corpus.py            # regenerate (about a minute)
  /usr/bin/python3 tests/tools/threshold_corpus.py --no-imagej # only the inputs (no Java)
"""
import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np
import tifffile

SEED = 20261202
HERE = os.path.dirname(os.path.abspath(__file__))
METHODS = ["Default", "Huang", "Intermodes", "IsoData", "IJ_IsoData", "Li", "MaxEntropy", "Mean", "MinError",
           "Minimum", "Moments", "Otsu", "Percentile", "RenyiEntropy", "Shanbhag", "Triangle", "Yen"]


def clip8(x):
    return np.clip(np.rint(x), 0, 255).astype(np.uint8)


def clip16(x):
    return np.clip(np.rint(x), 0, 65535).astype(np.uint16)


def base_distribution(rng, name, n, lo=0.0, hi=255.0):
    """n samples of a named distribution scaled into [lo, hi]."""
    span = hi - lo
    if name == "bimodal":
        w = rng.uniform(0.1, 0.9)
        m1, m2 = sorted(rng.uniform(0.1, 0.9, 2))
        if m2 - m1 < 0.25:
            m2 = min(0.95, m1 + 0.3)
        s = rng.uniform(0.02, 0.08, 2)
        k = int(n * w)
        x = np.concatenate([rng.normal(m1, s[0], k), rng.normal(m2, s[1], n - k)])
    elif name == "strong_bimodal":
        w = rng.uniform(0.02, 0.98)
        m1 = rng.uniform(0.05, 0.3)
        m2 = rng.uniform(0.7, 0.95)
        s = rng.uniform(0.005, 0.03, 2)
        k = int(n * w)
        x = np.concatenate([rng.normal(m1, s[0], k), rng.normal(m2, s[1], n - k)])
    elif name == "tail":
        x = rng.uniform(0.0, 0.2) + rng.gamma(rng.uniform(0.8, 3.0), rng.uniform(0.02, 0.08), n)
    elif name == "lognormal":
        x = rng.uniform(0.0, 0.1) + 0.05 * rng.lognormal(0.0, rng.uniform(0.5, 1.2), n)
    elif name == "unimodal":
        x = rng.normal(rng.uniform(0.2, 0.8), rng.uniform(0.03, 0.15), n)
    elif name == "uniform":
        x = rng.uniform(0.0, 1.0, n)
    elif name == "trimodal":
        ms = rng.uniform(0.1, 0.9, 3)
        x = np.concatenate([rng.normal(m, rng.uniform(0.02, 0.06), n // 3 + (1 if i < n % 3 else 0))
                            for i, m in enumerate(ms)])
    else:
        raise ValueError(name)
    return lo + np.clip(x, 0.0, 1.0) * span


DISTS = ["bimodal", "strong_bimodal", "tail", "lognormal", "unimodal", "uniform", "trimodal"]


def sizes(rng):
    rows = int(rng.randint(2, 120))
    cols = int(rng.choice([50, 64, 100, 128]))
    return rows, cols


def small_sizes(rng):
    """Smaller images for 16-bit and float data, whose many distinct values would make the CSV large."""
    return int(rng.randint(2, 20)), int(rng.choice([50, 64]))


def make_cases():
    """Yields (kind, type, rows, cols, pixel array) in a fixed order; each case seeds its own RandomState."""
    cases = []

    def add(kind, typ, builder):
        cases.append((kind, typ, builder))

    # ---- 8-bit ----
    for d in DISTS:
        for _ in range(10):
            add("8bit_" + d, 8, lambda rng, d=d: clip8(base_distribution(rng, d, np.prod(sizes(rng)))))
    # sparse: every k-th bin empty (counts of those bins moved to the next bin), and integer rescales
    for k in range(2, 6):
        for d in DISTS:
            for _ in range(3):
                def b(rng, k=k, d=d):
                    v = clip8(base_distribution(rng, d, np.prod(sizes(rng)))).astype(np.int32)
                    r = int(rng.randint(0, k))
                    v = np.where(v % k == r, v + 1, v)
                    return np.clip(v, 0, 255).astype(np.uint8)
                add("8bit_sparse_every%d_%s" % (k, d), 8, b)
            for _ in range(2):
                def b(rng, k=k, d=d):
                    v = base_distribution(rng, d, np.prod(sizes(rng)), 0, 255.0 / k)
                    return clip8(np.rint(v) * k)
                add("8bit_rescaled_x%d_%s" % (k, d), 8, b)
        # 12 -> 8 bit style: k-1 of k bins empty with an offset
        def b(rng, k=k):
            v = base_distribution(rng, "bimodal", np.prod(sizes(rng)), 0, 250.0 / k)
            return clip8(np.rint(v) * k + int(rng.randint(0, k)))
        for _ in range(4):
            add("8bit_rescaled_offset_x%d" % k, 8, b)
    # empty bins at both ends
    for d in DISTS:
        for _ in range(4):
            def b(rng, d=d):
                lo = int(rng.randint(1, 120))
                hi = int(rng.randint(lo + 2, 255))
                return clip8(base_distribution(rng, d, np.prod(sizes(rng)), lo, hi))
            add("8bit_inner_range_" + d, 8, b)
    # one non-empty bin (constant images)
    for level in [0, 1, 2, 77, 127, 128, 200, 253, 254, 255]:
        add("8bit_constant", 8, lambda rng, level=level: np.full(sizes(rng), level, np.uint8))
    # two non-empty bins
    pairs = [(0, 255), (0, 1), (254, 255), (100, 101), (0, 128), (127, 255), (10, 20), (50, 200), (1, 254),
             (0, 2), (253, 255), (128, 129), (3, 250), (60, 61), (0, 254), (1, 255)]
    for a, c in pairs:
        for frac in [0.5, 0.1, 0.9]:
            def b(rng, a=a, c=c, frac=frac):
                r, q = sizes(rng)
                n = r * q
                k = max(1, min(n - 1, int(round(n * frac))))
                return np.array([a] * k + [c] * (n - k), np.uint8)
            add("8bit_two_bins", 8, b)
    # three non-empty bins, random positions and counts
    for _ in range(15):
        def b(rng):
            r, q = sizes(rng)
            n = r * q
            lv = np.sort(rng.choice(256, 3, replace=False))
            c = rng.multinomial(n - 3, [1 / 3.0] * 3) + 1
            return np.repeat(lv, c).astype(np.uint8)
        add("8bit_three_bins", 8, b)
    # few pixels (ties), random histograms
    for _ in range(15):
        add("8bit_few_pixels", 8, lambda rng: rng.randint(0, 256, size=int(rng.randint(2, 12))).astype(np.uint8))
    for _ in range(40):
        def b(rng):
            r, q = sizes(rng)
            p = rng.dirichlet(np.full(256, rng.uniform(0.05, 2.0)))
            return np.repeat(np.arange(256), rng.multinomial(r * q, p)).astype(np.uint8)
        add("8bit_random_hist", 8, b)
    # saturated: a big spike at 0 or 255 (clipped camera data)
    for _ in range(10):
        def b(rng):
            v = base_distribution(rng, str(rng.choice(DISTS)), np.prod(sizes(rng)), -60, 320)
            return clip8(v)
        add("8bit_saturated", 8, b)

    # ---- 16-bit (ImageJ's 256-bin mode) ----
    for _ in range(8):  # min = max - 1
        def b(rng):
            r, q = small_sizes(rng)
            lo = int(rng.choice([0, 1, 1000, 32767, 65534, int(rng.randint(0, 65535))]))
            k = int(rng.randint(1, r * q))
            return np.array([lo] * k + [lo + 1] * (r * q - k), np.uint16)
        add("16bit_two_adjacent", 16, b)
    for d in DISTS:  # full range 0..65535 present
        for _ in range(3):
            def b(rng, d=d):
                v = clip16(base_distribution(rng, d, np.prod(small_sizes(rng)), 0, 65535))
                v[0] = 0
                v[-1] = 65535
                return v
            add("16bit_full_range_" + d, 16, b)
    for d in DISTS:  # values only in 0..300
        for _ in range(3):
            add("16bit_0_300_" + d, 16,
                lambda rng, d=d: clip16(base_distribution(rng, d, np.prod(small_sizes(rng)), 0, 300)))
    for d in DISTS:  # typical camera ranges
        for _ in range(3):
            def b(rng, d=d):
                lo = float(rng.randint(0, 3000))
                hi = lo + float(rng.choice([50, 255, 256, 257, 511, 1000, 4095, 20000]))
                return clip16(base_distribution(rng, d, np.prod(small_sizes(rng)), lo, hi))
            add("16bit_range_" + d, 16, b)
    for k in [2, 3, 4, 16]:  # sparse levels (12-bit data shifted, integer gains)
        for _ in range(3):
            def b(rng, k=k):
                v = base_distribution(rng, str(rng.choice(DISTS)), np.prod(small_sizes(rng)), 0, 4095.0 / k * 4)
                return clip16(np.rint(v) * k)
            add("16bit_sparse_x%d" % k, 16, b)
    for level in [0, 1, 300, 65534, 65535]:
        add("16bit_constant", 16, lambda rng, level=level: np.full(small_sizes(rng), level, np.uint16))
    for a, c in [(0, 65535), (100, 300), (1000, 1255), (1000, 1256), (0, 256)]:
        def b(rng, a=a, c=c):
            r, q = small_sizes(rng)
            k = int(rng.randint(1, r * q))
            return np.array([a] * k + [c] * (r * q - k), np.uint16)
        add("16bit_two_levels", 16, b)

    # ---- 32-bit float ----
    for d in DISTS:
        for _ in range(4):
            def b(rng, d=d):
                lo = float(rng.choice([0.0, -1.0, -1000.0, 1e-3, 5.5, 12345.0]))
                span = float(rng.choice([1e-3, 0.5, 1.0, 255.0, 4095.0, 1e6]))
                return base_distribution(rng, d, np.prod(small_sizes(rng)), lo, lo + span).astype(np.float32)
            add("float_" + d, 32, b)
    for _ in range(6):
        def b(rng):
            v = base_distribution(rng, str(rng.choice(DISTS)), np.prod(small_sizes(rng)), 0, 255)
            return np.rint(v).astype(np.float32) * np.float32(rng.choice([1.0, 0.5, 3.0]))
        add("float_integer_levels", 32, b)
    for level in [0.0, -2.5, 1e6]:
        add("float_constant", 32, lambda rng, level=level: np.full(small_sizes(rng), level, np.float32))
    for a, c in [(0.0, 1.0), (-1.0, 1.0), (0.25, 0.2500001)]:
        def b(rng, a=a, c=c):
            r, q = small_sizes(rng)
            k = int(rng.randint(1, r * q))
            return np.array([a] * k + [c] * (r * q - k), np.float32)
        add("float_two_levels", 32, b)

    out = []
    for i, (kind, typ, builder) in enumerate(cases):
        rng = np.random.RandomState(SEED + i)
        v = np.asarray(builder(rng)).ravel()
        n = v.size
        cols = next(c for c in (128, 100, 64, 50, 32, 25, 16, 10, 8, 5, 4, 2, 1) if n % c == 0)
        out.append(("c%04d" % i, typ, kind, n // cols, cols, np.sort(v)))
    return out


def encode(typ, v):
    vals, counts = np.unique(v, return_counts=True)
    if typ == 32:
        fmt = [np.format_float_positional(np.float32(x), unique=True, trim="-") for x in vals]  # shortest exact
    else:
        fmt = [str(int(x)) for x in vals]
    return " ".join("%s:%d" % (a, c) for a, c in zip(fmt, counts))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(HERE, "..", "data", "reference"))
    ap.add_argument("--imagej", default="/usr/share/java/ij.jar")
    ap.add_argument("--no-imagej", action="store_true")
    args = ap.parse_args()
    cases = make_cases()
    with open(os.path.join(args.out, "threshold_corpus_inputs.csv"), "w") as f:
        f.write("id,type,kind,rows,cols,values\n")
        for cid, typ, kind, r, c, v in cases:
            f.write("%s,%d,%s,%d,%d,%s\n" % (cid, typ, kind, r, c, encode(typ, v)))
    print("%d images" % len(cases))
    if args.no_imagej:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for cid, typ, kind, r, c, v in cases:
            # shuffle with a fixed seed so ImageJ does not see sorted pixels (it must not matter)
            w = np.random.RandomState(SEED).permutation(v).reshape(r, c)
            tifffile.imwrite(os.path.join(tmp, cid + ".tif"), w)
        result = os.path.join(tmp, "result.csv")
        macro = os.path.join(HERE, "threshold_corpus.ijm")
        subprocess.run(["xvfb-run", "-a", "java", "-Xmx1g", "-jar", args.imagej, "-batch", macro,
                        tmp + "/|" + result], check=True)
        with open(result) as f:
            lines = [l.strip() for l in f if l.strip()]
    expected = len(cases) * len(METHODS) * 2
    if len(lines) != expected:
        sys.exit("ImageJ wrote %d rows, expected %d" % (len(lines), expected))
    order = {m: i for i, m in enumerate(METHODS)}
    rows = sorted((l.split(",") for l in lines), key=lambda f: (f[0], order[f[1]], -int(f[2])))
    with open(os.path.join(args.out, "threshold_corpus_imagej.csv"), "w") as f:
        f.write("id,method,dark,lower,upper\n")
        for r in rows:
            f.write(",".join(r) + "\n")
    print("%d ImageJ rows" % len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
