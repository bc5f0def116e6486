#!/usr/bin/python3
"""End-to-end GLCM comparison of tessera-cli with scikit-image (issue 4 benchmark).

Usage (Debian's python3-skimage 0.19 and python3-tifffile; run with /usr/bin/python3):
  compare_skimage_glcm.py make-data DIR    writes DIR/image.tif (2048x2048 uint16, smooth texture + noise,
                                           fixed seed) and DIR/rois.csv (1000 crops of 50x50, name,x,y,w,h)
  compare_skimage_glcm.py skimage DIR      reads both, and for every crop quantises to 128 levels with the crop's
                                           min/max (as tessera's default range), runs graycomatrix (distance 7,
                                           angles 0, 45, 90, 135 degrees) and graycoprops for its 6 properties,
                                           and writes DIR/skimage.csv
  compare_skimage_glcm.py timing DIR CLI   times both end to end with hyperfine (tessera-cli with --rois)

Both sides read the TIFF, compute, and write a CSV, so the timing is end to end.
"""
import csv
import os
import subprocess
import sys

import numpy as np

SIZE = 2048
CROPS = 1000
SIDE = 50
LEVELS = 128
DISTANCE = 7


def make_data(out_dir):
    import tifffile
    from scipy.ndimage import gaussian_filter

    rng = np.random.default_rng(20261121)
    smooth = gaussian_filter(rng.standard_normal((SIZE, SIZE)), 4.0)
    y, x = np.mgrid[0:SIZE, 0:SIZE]
    wave = np.sin(x * 0.02) * np.cos(y * 0.015)
    image = 20000.0 + 60000.0 * smooth + 4000.0 * wave + 800.0 * rng.standard_normal((SIZE, SIZE))
    image = np.clip(np.rint(image), 0, 65535).astype(np.uint16)
    os.makedirs(out_dir, exist_ok=True)
    tifffile.imwrite(os.path.join(out_dir, "image.tif"), image)
    with open(os.path.join(out_dir, "rois.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "x", "y", "w", "h"])
        for k in range(CROPS):
            w.writerow([f"r{k}", int(rng.integers(0, SIZE - SIDE)), int(rng.integers(0, SIZE - SIDE)), SIDE, SIDE])


def run_skimage(data_dir):
    import tifffile
    from skimage.feature import graycomatrix, graycoprops

    image = tifffile.imread(os.path.join(data_dir, "image.tif"))
    props = ["contrast", "dissimilarity", "homogeneity", "ASM", "energy", "correlation"]
    angles = [0, np.pi / 4, np.pi / 2, 3 * np.pi / 4]
    rows = []
    with open(os.path.join(data_dir, "rois.csv")) as f:
        for r in csv.DictReader(f):
            x, y, w, h = (int(r[k]) for k in ("x", "y", "w", "h"))
            crop = image[y:y + h, x:x + w].astype(np.float64)
            lo, hi = crop.min(), crop.max()
            scale = (crop - lo) / (hi - lo) if hi > lo else np.zeros_like(crop)
            q = np.minimum((scale * LEVELS).astype(np.int64), LEVELS - 1).astype(np.uint8)
            glcm = graycomatrix(q, [DISTANCE], angles, levels=LEVELS, symmetric=False, normed=True)
            for a in range(len(angles)):
                rows.append([r["name"], DISTANCE, a] + [graycoprops(glcm, p)[0, a] for p in props])
    with open(os.path.join(data_dir, "skimage.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["roi", "distance", "angle"] + props)
        w.writerows(rows)


def timing(data_dir, cli):
    script = os.path.abspath(__file__)
    tessera = (f"{cli} glcm {data_dir}/image.tif --rois {data_dir}/rois.csv --levels {LEVELS} "
               f"--distance {DISTANCE} --out {data_dir}/tessera.csv")
    python = f"/usr/bin/python3 {script} skimage {data_dir}"
    subprocess.run(["hyperfine", "--warmup", "1", "--runs", "3", "--export-markdown",
                    os.path.join(data_dir, "timing.md"), "-n", "tessera-cli", tessera, "-n", "scikit-image", python],
                   check=True)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "make-data":
        make_data(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "skimage":
        run_skimage(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "timing":
        timing(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
