#!/usr/bin/env bash
# Installs everything Tessera needs to build, run and test on Debian 12 (bookworm).
# Idempotent and quiet: when every package is already installed it does nothing and says so in one line.
# Usage: packaging/install-deps.sh [--dev]   (--dev adds tools for benchmarks, fuzzing, screenshots and the ImageJ reference generators)
set -euo pipefail

packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libgl-dev libvulkan-dev libxkbcommon-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev
    libtiff-dev libdeflate-dev zlib1g-dev
    python3-pandas # tests: TestTablesPandas reads the CSV tables with pandas.read_csv (CI runs the tests)
    snakemake # tests: TestSnakemakeWorkflow runs the batch workflow (packaging/snakemake/)
)
if [[ "${1:-}" == "--dev" ]]; then
    packages+=(libbenchmark-dev clang libclang-rt-14-dev xvfb imagemagick python3-skimage python3-tifffile hyperfine
        imagej python3-scipy python3-pil xdotool)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "tessera: all build dependencies are installed"
    exit 0
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "tessera: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "tessera: dependencies installed"
