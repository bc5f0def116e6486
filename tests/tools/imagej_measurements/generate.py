#!/usr/bin/python3
"""Reference measurements from ImageJ 1.53t for TestImageJMeasurements (see tests/data/README.md).

Writes tests/data/imagej_measure/:
  shapes_labels.tif   synthetic uint16 label image: polygons with holes and concavities, 1-pixel lines, single
                      pixels, objects touching each border, an object inside another object's hole
  shapes16.tif        uint16 intensity image for it; shapes32.tif: float32 intensity (negative values too)
  disks16_labels.tif  `tessera-cli segment tests/data/synthetic/disks16.tif --watershed --labels ...`
  nuclei_labels.tif   `tessera-cli segment tests/data/cellprofiler_..._nuclei_8bit_packbits.tif --watershed --labels ...`
  cases.csv           one row per comparison: labels, intensity image, calibration
  <case>.csv          ImageJ's Analyze Particles results, one row per particle of each label (measure.ijm)

Usage: /usr/bin/python3 tests/tools/imagej_measurements/generate.py BUILD/app/tessera-cli
Needs python3-numpy, python3-skimage, python3-tifffile, xvfb and ImageJ 1.53t (/usr/share/java/ij.jar).
"""
import csv
import os
import subprocess
import sys
import tempfile

import numpy as np
import tifffile
from skimage.draw import disk, ellipse, line, polygon

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
DATA = os.path.join(ROOT, 'tests', 'data')
OUT = os.path.join(DATA, 'imagej_measure')
IJ = '/usr/share/java/ij.jar'
NUCLEI = 'cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif'


def shapes():
    """Label image 192x160 (uint16) with one hand-placed object per label."""
    lab = np.zeros((160, 192), np.uint16)
    n = [0]

    def put(rr, cc):
        n[0] += 1
        lab[rr, cc] = n[0]
        return n[0]

    # Square ring: a background hole.
    rr, cc = np.mgrid[10:40, 10:40]
    ring = put(rr.ravel(), cc.ravel())
    lab[18:30, 20:32] = 0
    # Block with two holes; the second hole holds another object (its pixels are not part of the block).
    rr, cc = np.mgrid[10:40, 50:90]
    block = put(rr.ravel(), cc.ravel())
    lab[15:22, 55:62] = 0
    lab[20:34, 68:84] = 0
    rr, cc = np.mgrid[24:30, 72:80]
    put(rr.ravel(), cc.ravel())
    # Annulus (round hole), C shape (one deep concavity), L shape, star polygon.
    rr, cc = disk((25, 120), 15)
    put(rr, cc)
    rr, cc = disk((25, 120), 7)
    lab[rr, cc] = 0
    rr, cc = disk((70, 30), 16)
    c_shape = put(rr, cc)
    lab[62:78, 30:48][lab[62:78, 30:48] == c_shape] = 0
    rr, cc = polygon([50, 50, 85, 85, 77, 77], [60, 68, 68, 95, 95, 60])
    put(rr, cc)
    ang = np.linspace(0, 2 * np.pi, 11)[:-1]
    rad = np.where(np.arange(10) % 2 == 0, 18, 7)
    rr, cc = polygon(70 + rad * np.sin(ang), 130 + rad * np.cos(ang))
    put(rr, cc)
    # Rotated ellipse; an 8-connected staircase (pixels touching only at corners).
    rr, cc = ellipse(115, 40, 8, 20, rotation=np.deg2rad(30))
    put(rr, cc)
    k = np.arange(12)
    put(np.concatenate([95 + k, 95 + k]), np.concatenate([80 + k, 81 + k]))
    # One-pixel lines (horizontal, vertical, diagonal, anti-diagonal, shallow), a single pixel, a diagonal pair.
    put(np.full(25, 100), np.arange(110, 135))
    put(np.arange(95, 125), np.full(30, 145))
    put(95 + np.arange(20), 155 + np.arange(20))
    put(140 - np.arange(15), 150 + np.arange(15))
    rr, cc = line(130, 70, 138, 110)
    put(rr, cc)
    put(np.array([128]), np.array([130]))
    put(np.array([145, 146]), np.array([130, 131]))
    # Objects touching the left, top, right and bottom border and the bottom-right corner; a full-width strip.
    rr, cc = np.mgrid[45:60, 0:6]
    put(rr.ravel(), cc.ravel())
    rr, cc = disk((0, 170), 9, shape=lab.shape)
    put(rr, cc)
    rr, cc = polygon([30, 30, 50, 60], [191, 175, 182, 191], shape=lab.shape)
    put(rr, cc)
    rr, cc = np.mgrid[150:160, 40:60]
    put(rr.ravel(), cc.ravel())
    rr, cc = disk((159, 191), 7, shape=lab.shape)
    put(rr, cc)
    del ring, block
    return lab


def intensities(lab):
    rng = np.random.default_rng(20261202)
    yy, xx = np.mgrid[0:lab.shape[0], 0:lab.shape[1]]
    base = 500 + 6 * xx + 4 * yy + 800 * (lab > 0) + 37 * (lab % 5)
    i16 = np.clip(base + rng.normal(0, 120, lab.shape), 0, 65535).astype(np.uint16)
    i32 = (rng.normal(0, 1.5, lab.shape) + 0.01 * xx - 0.02 * yy + 2.0 * (lab > 0)).astype(np.float32)
    return i16, i32


def run(cmd):
    print('+', ' '.join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def tessera_labels(cli, image, out):
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, 'labels.tif')
        run([cli, 'segment', image, '--watershed', '--labels', raw])
        lab = tifffile.imread(raw)
    tifffile.imwrite(out, lab.astype(np.uint16), compression='zlib')


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cli = os.path.abspath(sys.argv[1])
    os.makedirs(OUT, exist_ok=True)
    lab = shapes()
    i16, i32 = intensities(lab)
    tifffile.imwrite(os.path.join(OUT, 'shapes_labels.tif'), lab, compression='zlib')
    tifffile.imwrite(os.path.join(OUT, 'shapes16.tif'), i16, compression='zlib')
    tifffile.imwrite(os.path.join(OUT, 'shapes32.tif'), i32, compression='zlib')
    tessera_labels(cli, os.path.join(DATA, 'synthetic', 'disks16.tif'), os.path.join(OUT, 'disks16_labels.tif'))
    tessera_labels(cli, os.path.join(DATA, NUCLEI), os.path.join(OUT, 'nuclei_labels.tif'))
    # case, labels, intensity (relative to tests/data), pixel width, pixel height, unit
    cases = [
        ('shapes16', 'imagej_measure/shapes_labels.tif', 'imagej_measure/shapes16.tif', 1, 1, 'pixel'),
        ('shapes32_calibrated', 'imagej_measure/shapes_labels.tif', 'imagej_measure/shapes32.tif', 0.25, 0.25,
         'um'),
        ('shapes16_anisotropic', 'imagej_measure/shapes_labels.tif', 'imagej_measure/shapes16.tif', 0.5, 0.8,
         'um'),
        ('disks16', 'imagej_measure/disks16_labels.tif', 'synthetic/disks16.tif', 0.325, 0.325, 'um'),
        ('nuclei', 'imagej_measure/nuclei_labels.tif', NUCLEI, 1, 1, 'pixel'),
    ]
    with open(os.path.join(OUT, 'cases.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['case', 'labels', 'intensity', 'pixelWidth', 'pixelHeight', 'unit'])
        w.writerows(cases)
    for name, labels, intensity, pw, ph, unit in cases:
        arg = '|'.join([os.path.join(DATA, labels), os.path.join(DATA, intensity), os.path.join(OUT, name + '.csv'),
                        repr(pw), repr(ph), unit])
        run(['xvfb-run', '-a', 'java', '-jar', IJ, '-batch', os.path.join(HERE, 'measure.ijm'), arg])


if __name__ == '__main__':
    main()
