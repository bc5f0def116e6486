#!/usr/bin/python3
"""Time scikit-image (Debian's python3-skimage 0.19) on the benchmark image of BenchHistogram.

Usage:
    TESSERA_BENCH_DUMP=/tmp/bench16.raw build/tests/bench/BenchHistogram --benchmark_filter=Histogram16Full
    /usr/bin/python3 tests/bench/compare_skimage_threshold.py /tmp/bench16.raw   # Debian python with python3-skimage

The image is 2048 x 2048 uint16, raw little-endian, row-major. Each line prints the best of several runs (ms),
to put next to BenchHistogram's numbers:
  - the full 65536-level histogram (skimage.exposure.histogram on uint16 counts every level with np.bincount),
  - threshold_otsu from an image (skimage's own 256-bin histogram + Otsu) and from a precomputed 256-bin histogram,
  - every threshold_* that takes a histogram, from a precomputed 256-bin histogram.
"""
import sys
import timeit

import numpy as np
import skimage
from skimage import exposure, filters


def best_ms(fn, number=5, repeat=5):
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e3


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench16.raw"
    img = np.fromfile(path, dtype="<u2").reshape(2048, 2048)
    print(f"scikit-image {skimage.__version__}, numpy {np.__version__}, image {img.shape} {img.dtype} "
          f"{img.min()}..{img.max()}")
    print(f"exposure.histogram (every level, 65536-bin equivalent): "
          f"{best_ms(lambda: exposure.histogram(img, source_range='dtype')):.2f} ms")
    print(f"exposure.histogram (levels min..max):                  "
          f"{best_ms(lambda: exposure.histogram(img)):.2f} ms")
    print(f"np.bincount(minlength=65536):                          "
          f"{best_ms(lambda: np.bincount(img.ravel(), minlength=65536)):.2f} ms")
    print(f"exposure.histogram(nbins=256):                         "
          f"{best_ms(lambda: exposure.histogram(img, nbins=256)):.2f} ms")
    print(f"threshold_otsu(image) end to end (256 bins):           "
          f"{best_ms(lambda: filters.threshold_otsu(img)):.2f} ms")
    hist = exposure.histogram(img, nbins=256)
    for name in ("threshold_otsu", "threshold_li", "threshold_yen", "threshold_isodata", "threshold_mean",
                 "threshold_minimum", "threshold_triangle"):
        fn = getattr(filters, name)
        try:
            if name in ("threshold_otsu", "threshold_yen", "threshold_isodata", "threshold_minimum"):
                ms = best_ms(lambda: fn(hist=hist), number=20)
                how = "from 256-bin histogram"
            else:
                ms = best_ms(lambda: fn(img), number=2, repeat=3)
                how = "from image (no histogram API)"
            print(f"{name:20s} {how:30s} {ms:.3f} ms")
        except Exception as e:  # a method may fail on some data (e.g. minimum not bimodal)
            print(f"{name:20s} failed: {e}")


if __name__ == "__main__":
    main()
