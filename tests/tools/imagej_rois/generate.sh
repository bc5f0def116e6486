#!/bin/sh
# Regenerates the ImageJ ROI fixtures of tests/data/imagej_rois (issue 10) with Debian's ImageJ 1.53t:
#  1. make_set.ijm: ImageJ writes RoiSet.zip and single .roi files and imagej_rois.csv (what ImageJ reads back).
#  2. tessera-cli rois converts tessera_rois.json (hand-written) into tessera_set.zip, Tessera's own writer.
#  3. measure_set.ijm: ImageJ opens tessera_set.zip and writes imagej_of_tessera.csv (names, types, measured areas).
# Usage: tests/tools/imagej_rois/generate.sh [BUILD_DIR]   (run from the repository root; BUILD_DIR default build)
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
data=$(cd "$here/../../data/imagej_rois" && pwd)
xvfb-run -a java -jar /usr/share/java/ij.jar -batch "$here/make_set.ijm" "$data"
test -s "$data/imagej_rois.csv"
"$build/app/tessera-cli" rois "$data/tessera_rois.json" --out "$data/tessera_set.zip"
rm -f "$data/imagej_of_tessera.csv"
xvfb-run -a java -jar /usr/share/java/ij.jar -batch "$here/measure_set.ijm" \
    "$data/tessera_set.zip $data/imagej_of_tessera.csv"
test -s "$data/imagej_of_tessera.csv"
