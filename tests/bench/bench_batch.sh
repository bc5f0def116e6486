#!/usr/bin/env bash
# Benchmark of `tessera-cli run`: 200 images of 1024 × 1024 (16-bit), a session with 10 ROIs (100 × 100, rectangles
# and ellipses), GLCM (64 levels, distance 1, four orientations) + ROI measurements, with --jobs 1 and --jobs 2.
# Prints images per second and CPU time per run (hyperfine: wall mean ± σ, user, system) and the load average before
# and after, since other processes share the machine.
#
# Usage: tests/bench/bench_batch.sh [BUILD_DIR] [IMAGES] [RUNS]   (defaults: build, 200, 3)
#        RUN_ARGS="--no-sidecar" tests/bench/bench_batch.sh ...   (extra arguments for tessera-cli run)
# Needs hyperfine and Debian's python3-numpy/python3-tifffile (packaging/install-deps.sh --dev).
set -euo pipefail

build=${1:-build}
count=${2:-200}
runs=${3:-3}
cli=$(realpath "$build/app/tessera-cli")
work=$(mktemp -d "${TMPDIR:-/tmp}/tessera-bench-batch.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Images: smoothed noise (a texture, so that GLCM matrices are not degenerate), each from its own seed.
/usr/bin/python3 - "$work/images" "$count" <<'PY'
import os, sys
import numpy as np
import tifffile
folder, count = sys.argv[1], int(sys.argv[2])
os.makedirs(folder)
for i in range(count):
    rng = np.random.default_rng(i)
    noise = rng.normal(0.0, 1.0, (1024 + 4, 1024 + 4))
    smooth = sum(noise[dy:dy + 1024, dx:dx + 1024] for dy in range(5) for dx in range(5)) / 25.0
    image = np.clip(2000 + 600 * smooth + 40 * rng.normal(size=(1024, 1024)), 0, 65535).astype(np.uint16)
    tifffile.imwrite(os.path.join(folder, f"field{i:03d}.tif"), image)
PY

# The session (docs/session.md): 10 ROIs of 100 × 100 on a 1024² image, GLCM parameters.
/usr/bin/python3 - "$work/batch.tessera" "$work/images/field000.tif" <<'PY'
import json, sys
path, image = sys.argv[1], sys.argv[2]
rois = []
for k in range(10):
    x, y = 40 + 95 * k, 60 + 85 * k
    rois.append({"name": f"r{k + 1}", "shape": "ellipse" if k % 2 else "rect", "x": x, "y": y, "w": 100, "h": 100,
                 "class": "cell"})
session = {"format": "tessera-session", "version": 1, "generator": "bench_batch.sh",
           "images": [{"path": image, "width": 1024, "height": 1024, "plane": {"c": 0, "z": 0, "t": 0},
                       "classes": [{"name": "cell", "color": "#00ff00"}], "rois": rois,
                       "analyses": {"glcm": {"levels": 64, "distances": [1],
                                             "orientations": ["HORIZONTAL", "VERTICAL", "DIAGONAL", "ANTIDIAGONAL"]}}}]}
with open(path, "w") as f:
    json.dump(session, f)
PY

cd "$work"
"$cli" run batch.tessera images/field000.tif --out check 2>/dev/null # the session is valid and runs
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --runs "$runs" --warmup 1 --export-json "$work/times.json" \
    -n "jobs 1" "$cli run batch.tessera images/*.tif --out out1 --jobs 1 ${RUN_ARGS:-} 2>/dev/null" \
    -n "jobs 2" "$cli run batch.tessera images/*.tif --out out2 --jobs 2 ${RUN_ARGS:-} 2>/dev/null"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/python3 - "$work/times.json" "$count" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
count = int(sys.argv[2])
base = results[0]["mean"]
for r in results:
    print(f"{r['command']}: {count / r['mean']:.1f} images/s (wall {r['mean']:.2f} ± {r['stddev'] or 0:.2f} s, "
          f"CPU user {r['user']:.2f} s + system {r['system']:.2f} s, speed-up {base / r['mean']:.2f}×)")
PY
