#!/usr/bin/python3
"""scikit-image 0.19 doing the work of BM_FullPipeline (tests/bench/BenchSegmentation.cpp) on the same image.

Usage:
    build/tests/bench/BenchSegmentation --write-tiff /tmp/nuclei.tif --benchmark_filter=FullPipeline
    /usr/bin/python3 tests/bench/compare_skimage_segmentation.py /tmp/nuclei.tif [repeats]

Pipeline (the usual skimage recipe, same steps as Tessera's SegmentationPipeline with watershed):
gaussian(sigma=1, preserve_range) -> threshold_otsu -> binary_fill_holes -> distance_transform_edt ->
peak_local_max(min_distance=3, labels=components, exclude_border=False) -> watershed(-distance, markers, mask) ->
regionprops_table with the shape and intensity properties that correspond to Tessera's measurement columns.
Prints the median wall time of each stage and of the whole pipeline, its CPU time, and the object count.
"""
import statistics
import sys
import time

import numpy as np
import tifffile
from scipy import ndimage as ndi
from skimage import filters, measure, segmentation
from skimage.feature import peak_local_max

PROPERTIES = (
    "label", "area", "centroid", "bbox", "perimeter", "major_axis_length", "minor_axis_length", "orientation",
    "solidity", "feret_diameter_max", "mean_intensity", "min_intensity", "max_intensity", "weighted_centroid",
)


def run(image):
    t = {}
    c0 = time.process_time()
    t0 = time.perf_counter()
    smoothed = filters.gaussian(image, sigma=1.0, preserve_range=True)
    t1 = time.perf_counter()
    level = filters.threshold_otsu(smoothed)
    mask = smoothed >= level
    t2 = time.perf_counter()
    mask = ndi.binary_fill_holes(mask)
    t3 = time.perf_counter()
    distance = ndi.distance_transform_edt(mask)
    components, _ = ndi.label(mask)
    peaks = peak_local_max(distance, min_distance=3, labels=components, exclude_border=False)
    markers = np.zeros(mask.shape, dtype=np.int32)
    markers[tuple(peaks.T)] = np.arange(1, len(peaks) + 1)
    labels = segmentation.watershed(-distance, markers, mask=mask)
    t4 = time.perf_counter()
    table = measure.regionprops_table(labels, intensity_image=image, properties=PROPERTIES)
    t5 = time.perf_counter()
    t["gaussian"] = t1 - t0
    t["otsu+mask"] = t2 - t1
    t["fill holes"] = t3 - t2
    t["dt watershed"] = t4 - t3
    t["regionprops"] = t5 - t4
    t["total"] = t5 - t0
    t["total CPU"] = time.process_time() - c0
    return t, len(table["label"])


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/tessera_bench_nuclei.tif"
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    image = tifffile.imread(path)
    import skimage
    print(f"scikit-image {skimage.__version__}, image {image.shape} {image.dtype}")
    runs = [run(image) for _ in range(repeats)]
    for key in runs[0][0]:
        print(f"{key:>14}: {1000 * statistics.median(r[0][key] for r in runs):8.1f} ms")
    print(f"objects: {runs[0][1]}")


if __name__ == "__main__":
    main()
