#!/usr/bin/python3
"""Reference output of scikit-image's median(image, disk(r)) for TestPreprocess (Smoothing::medianDisk).

Inputs: 96x96 crops of two real test images (8-bit nuclei, 16-bit HeLa), a 96x96 float32 plane (the 16-bit crop
divided by 7) and 64x80 uniformly random 16-bit values (seeded). Outputs, in tests/data/reference/disk_median/: <input>_in.tif and <input>_r<R>.tif for R in 1, 3, 5,
12, written with tifffile. scikit-image's median() uses scipy.ndimage.median_filter with mode "nearest" (edge pixels
repeated). Run: /usr/bin/python3 tests/tools/disk_median/make_reference.py (from the repository root).
"""
import os

import numpy as np
import skimage
import tifffile
from skimage.filters import median
from skimage.morphology import disk

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
DATA = os.path.join(ROOT, "tests", "data")
OUT = os.path.join(DATA, "reference", "disk_median")

nuclei = tifffile.imread(os.path.join(DATA, "cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif"))
hela = tifffile.imread(os.path.join(DATA, "pyimagej_test_still.tif"))
inputs = {
    "nuclei8": nuclei[200:296, 150:246].copy(),
    "hela16": hela[100:196, 60:156].copy(),
}
inputs["hela32f"] = (inputs["hela16"].astype(np.float32) / np.float32(7)).astype(np.float32)
# Values spread over the whole 16-bit range (a sparse histogram), with a seeded generator.
inputs["random16"] = np.random.default_rng(20261202).integers(0, 65536, size=(64, 80), dtype=np.uint16)

os.makedirs(OUT, exist_ok=True)
for name, image in inputs.items():
    tifffile.imwrite(os.path.join(OUT, f"{name}_in.tif"), image)
    for r in (1, 3, 5, 12):
        result = median(image, disk(r))  # mode="nearest"
        assert result.dtype == image.dtype
        tifffile.imwrite(os.path.join(OUT, f"{name}_r{r}.tif"), result)
print("scikit-image", skimage.__version__, "->", OUT)
