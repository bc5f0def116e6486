#!/usr/bin/python3
"""ImageJ 1.53t Binary > Watershed on the masks Tessera segments, compared with Tessera's --watershed.

Writes tests/data/imagej_watershed/:
  <case>_mask.tif      the binary mask Tessera splits (tessera-cli segment IMAGE --no-refine: threshold + fill holes),
                       8-bit, 255 = object; for `overlaps` a synthetic union of disks, segmented with --lower 128
  <case>_imagej.tif    ImageJ's Process > Binary > Watershed of that mask (watershed.ijm), 255 = object, 0 = lines
  <case>_tessera.tif   tessera-cli segment IMAGE --no-refine --watershed --labels (uint16 labels)
  counts.csv           objects per case: mask components, ImageJ (8-connected particles), Tessera --watershed,
                       Tessera --watershed imagej
and docs/images/watershed_<case>_<n>.png: crops of the components where the counts differ (left: the mask
with ImageJ's lines in red; middle: Tessera's --watershed objects; right: --watershed imagej), plus a
per-component table on stdout.

Usage: /usr/bin/python3 tests/tools/imagej_watershed/generate.py BUILD/app/tessera-cli
"""
import csv
import os
import subprocess
import sys
import tempfile

import numpy as np
import tifffile
from PIL import Image
from scipy import ndimage as ndi

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
DATA = os.path.join(ROOT, 'tests', 'data')
OUT = os.path.join(DATA, 'imagej_watershed')
IMAGES = os.path.join(ROOT, 'docs', 'images')
IJ = '/usr/share/java/ij.jar'
CASES = [('nuclei', 'cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif'),
         ('disks16', 'synthetic/disks16.tif'),
         ('overlaps', None)]  # synthetic mask: overlapping disks (overlaps_mask.tif), segmented with --lower 128
EIGHT = np.ones((3, 3), bool)


def run(cmd):
    print('+', ' '.join(cmd), flush=True)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def tessera(cli, image, *options):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'labels.tif')
        run([cli, 'segment', image, '--no-refine', *options, '--labels', path])
        return tifffile.imread(path).astype(np.int32)


def overlaps_mask():
    """384x384 union of 70 disks (radius 5-20, seeded), holes filled, some cut by the image border."""
    rng = np.random.default_rng(20261202)
    yy, xx = np.mgrid[0:384, 0:384]
    m = np.zeros((384, 384), bool)
    for _ in range(70):
        cy, cx = rng.uniform(-5, 389, 2)
        r = rng.uniform(5, 20)
        m |= (yy - cy) ** 2 + (xx - cx) ** 2 <= r * r
    return ndi.binary_fill_holes(m)


def palette(n):
    rng = np.random.default_rng(7)
    return rng.integers(80, 256, size=(n + 1, 3), dtype=np.uint8)


def coloured(labels, box):
    y0, y1, x0, x1 = box
    t = labels[y0:y1, x0:x1]
    out = palette(int(labels.max()))[t]
    out[t == 0] = 0
    edge = (ndi.grey_dilation(t, size=3) != ndi.grey_erosion(t, size=3)) & (t > 0)
    out[edge] = out[edge] // 2  # object borders darker
    return out


def crop_png(path, mask, ij, ts, ts_ij, box, scale=6):
    y0, y1, x0, x1 = box
    m = mask[y0:y1, x0:x1]
    left = np.zeros(m.shape + (3,), np.uint8)
    left[m] = (200, 200, 200)
    left[m & ~ij[y0:y1, x0:x1]] = (230, 0, 0)  # ImageJ's separating lines
    gap = np.full((m.shape[0], 2, 3), 255, np.uint8)
    both = np.concatenate([left, gap, coloured(ts, box), gap, coloured(ts_ij, box)], axis=1)
    Image.fromarray(both).resize((both.shape[1] * scale, both.shape[0] * scale), Image.NEAREST).save(path)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cli = os.path.abspath(sys.argv[1])
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(IMAGES, exist_ok=True)
    rows = []
    for name, image in CASES:
        mask_path = os.path.join(OUT, name + '_mask.tif')
        options = []
        if image is None:
            tifffile.imwrite(mask_path, (overlaps_mask() * 255).astype(np.uint8), compression='zlib')
            src = mask_path
            options = ['--smooth', '0', '--lower', '128']
        else:
            src = os.path.join(DATA, image)
        mask = tessera(cli, src, *options) > 0
        ts = tessera(cli, src, *options, '--watershed')
        ts_ij = tessera(cli, src, *options, '--watershed', 'imagej')
        assert ((ts > 0) == mask).all() and ((ts_ij > 0) == mask).all()
        ij_path = os.path.join(OUT, name + '_imagej.tif')
        tifffile.imwrite(mask_path, (mask * 255).astype(np.uint8), compression='zlib')
        tifffile.imwrite(os.path.join(OUT, name + '_tessera.tif'), ts.astype(np.uint16), compression='zlib')
        with tempfile.TemporaryDirectory() as tmp:
            raw = os.path.join(tmp, 'ij.tif')
            run(['xvfb-run', '-a', 'java', '-jar', IJ, '-batch', os.path.join(HERE, 'watershed.ijm'),
                 mask_path + '|' + raw])
            ij = tifffile.imread(raw) > 0
        tifffile.imwrite(ij_path, (ij * 255).astype(np.uint8), compression='zlib')
        comps, ncomp = ndi.label(mask, EIGHT)
        ij_labels, nij = ndi.label(ij, EIGHT)
        nts = int(ts.max())
        rows.append((name, ncomp, nij, nts, int(ts_ij.max())))
        print(f'{name}: mask components {ncomp}, ImageJ {nij}, Tessera {nts}, Tessera imagej mode {ts_ij.max()}')
        edm = ndi.distance_transform_edt(mask)
        n_png = 0
        for c, sl in enumerate(ndi.find_objects(comps), start=1):
            inside = comps[sl] == c
            a = len(np.unique(ij_labels[sl][inside & (ij_labels[sl] > 0)]))
            b = len(np.unique(ts[sl][inside]))
            if a == b:
                continue
            print(f'  component {c} at x={sl[1].start}..{sl[1].stop - 1}, y={sl[0].start}..{sl[0].stop - 1}: '
                  f'ImageJ {a}, Tessera {b}, max EDM {edm[sl][inside].max():.2f}, '
                  f'ImageJ line pixels {int((inside & ~ij[sl]).sum())}')
            y0, y1 = max(sl[0].start - 2, 0), min(sl[0].stop + 2, mask.shape[0])
            x0, x1 = max(sl[1].start - 2, 0), min(sl[1].stop + 2, mask.shape[1])
            if n_png < 6:
                n_png += 1
                crop_png(os.path.join(IMAGES, f'watershed_{name}_{n_png}.png'), mask, ij, ts, ts_ij,
                         (y0, y1, x0, x1))
    with open(os.path.join(OUT, 'counts.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['case', 'mask_components', 'imagej_watershed', 'tessera_distance', 'tessera_imagej_mode'])
        w.writerows(rows)


if __name__ == '__main__':
    main()
