#include "core/histogram/Histogram.h"

#include "core/task/TaskContext.h"

#include <QCoreApplication>

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Histogram)
};

constexpr int kRowsPerPoll = 16;

/**
 * Splits rows into bands, each with its own partial histogram: perBand per thread (one when the per-band arrays are
 * large, so zeroing and merging them stays cheap), at least 16 rows each, at most 2^31 pixels each.
 */
int bandCount(const cv::Mat& plane, int perThread = 4)
{
    const int threads = std::max(1, cv::getNumThreads());
    int bands = std::min(plane.rows / 16, threads * perThread);
    const qint64 maxPixels = qint64(1) << 31;
    while (bands > 0 && qint64(plane.rows / bands + 1) * plane.cols > maxPixels / 2) {
        ++bands;
    }
    return std::max(1, std::min(bands, plane.rows));
}

void bandRows(int rows, int bands, int band, int& r0, int& r1)
{
    r0 = int(qint64(rows) * band / bands);
    r1 = int(qint64(rows) * (band + 1) / bands);
}

/**
 * Runs body(r0, r1, band) over row bands in parallel, polling task between blocks of rows through the shared flag.
 * Returns false when cancelled.
 */
template <typename Body>
bool forEachBand(const cv::Mat& plane, int bands, TaskContext& task, const QString& message, Body body)
{
    std::atomic<bool> cancelled{task.isCancelled()};
    std::atomic<int> rowsDone{0};
    const int rows = plane.rows;
    cv::parallel_for_(
        cv::Range(0, bands),
        [&](const cv::Range& range) {
            for (int band = range.start; band < range.end; ++band) {
                int r0 = 0;
                int r1 = 0;
                bandRows(rows, bands, band, r0, r1);
                for (int r = r0; r < r1 && !cancelled.load(std::memory_order_relaxed); r += kRowsPerPoll) {
                    const int rEnd = std::min(r1, r + kRowsPerPoll);
                    body(r, rEnd, band);
                    const int done = rowsDone.fetch_add(rEnd - r, std::memory_order_relaxed) + (rEnd - r);
                    if (!task.setProgress(double(done) / rows, message)) {
                        cancelled.store(true, std::memory_order_relaxed);
                    }
                }
            }
        },
        bands);
    return !cancelled.load() && !task.isCancelled();
}

/** Exact histogram of an integer plane into nBins (256 or 65536) 64-bit counts. */
template <typename T>
bool exactIntegerHistogram(const cv::Mat& plane, const cv::Mat& mask, int nBins, TaskContext& task,
                           std::vector<quint64>& out)
{
    const int bands = bandCount(plane, nBins > 4096 ? 1 : 4);
    std::vector<std::vector<quint32>> partial(static_cast<size_t>(bands));
    const bool hasMask = !mask.empty();
    const int cols = plane.cols;
    const bool ok = forEachBand(plane, bands, task, Tr::tr("Histogram"), [&](int r0, int r1, int band) {
        std::vector<quint32>& h = partial[size_t(band)];
        if (h.empty()) {
            h.assign(size_t(nBins), 0u);
        }
        quint32* hp = h.data();
        for (int r = r0; r < r1; ++r) {
            const T* p = plane.ptr<T>(r);
            if (hasMask) {
                const uchar* m = mask.ptr<uchar>(r);
                for (int c = 0; c < cols; ++c) {
                    hp[p[c]] += m[c] != 0 ? 1u : 0u;
                }
            } else {
                int c = 0;
                for (; c + 4 <= cols; c += 4) {
                    ++hp[p[c]];
                    ++hp[p[c + 1]];
                    ++hp[p[c + 2]];
                    ++hp[p[c + 3]];
                }
                for (; c < cols; ++c) {
                    ++hp[p[c]];
                }
            }
        }
    });
    if (!ok) {
        return false;
    }
    out.assign(size_t(nBins), 0);
    for (const std::vector<quint32>& h : partial) {
        if (h.empty()) {
            continue;
        }
        for (int i = 0; i < nBins; ++i) {
            out[size_t(i)] += h[size_t(i)];
        }
    }
    return true;
}

/**
 * Calls visit(v) with every finite value (as double) of rows [r0, r1) of a CV_32F plane whose mask byte (CV_8U, same
 * size) is nonzero, or of every pixel when mask is empty. Returns how many of the selected values were NaN or
 * ±infinity (not visited).
 */
template <typename Visit>
quint64 forEachFiniteValue(const cv::Mat& plane, const cv::Mat& mask, int r0, int r1, Visit&& visit)
{
    quint64 nonFinite = 0;
    const bool hasMask = !mask.empty();
    const int cols = plane.cols;
    for (int r = r0; r < r1; ++r) {
        const float* p = plane.ptr<float>(r);
        const uchar* m = hasMask ? mask.ptr<uchar>(r) : nullptr;
        for (int c = 0; c < cols; ++c) {
            if (m && m[c] == 0) {
                continue;
            }
            const float v = p[c];
            if (!std::isfinite(v)) {
                ++nonFinite;
                continue;
            }
            visit(double(v));
        }
    }
    return nonFinite;
}

struct FloatRange
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    quint64 count = 0;
    quint64 nans = 0;
};

bool floatMinMax(const cv::Mat& plane, const cv::Mat& mask, TaskContext& task, FloatRange& out)
{
    const int bands = bandCount(plane);
    std::vector<FloatRange> partial(static_cast<size_t>(bands));
    const bool ok = forEachBand(plane, bands, task, Tr::tr("Range"), [&](int r0, int r1, int band) {
        FloatRange& fr = partial[size_t(band)];
        fr.nans += forEachFiniteValue(plane, mask, r0, r1, [&fr](double v) {
            fr.min = std::min(fr.min, v);
            fr.max = std::max(fr.max, v);
            ++fr.count;
        });
    });
    if (!ok) {
        return false;
    }
    out = FloatRange();
    for (const FloatRange& fr : partial) {
        out.min = std::min(out.min, fr.min);
        out.max = std::max(out.max, fr.max);
        out.count += fr.count;
        out.nans += fr.nans;
    }
    return true;
}

/** Float histogram with bin = (int)((v - lo) * scale + offset), clamped to [0, nBins-1]; outside [lo, hi] skipped. */
bool floatHistogram(const cv::Mat& plane, const cv::Mat& mask, int nBins, double lo, double hi, double scale,
                    double offset, TaskContext& task, std::vector<quint64>& out, quint64& outside)
{
    const int bands = bandCount(plane);
    std::vector<std::vector<quint64>> partial(static_cast<size_t>(bands));
    std::vector<quint64> partialOutside(static_cast<size_t>(bands), 0);
    const bool ok = forEachBand(plane, bands, task, Tr::tr("Histogram"), [&](int r0, int r1, int band) {
        std::vector<quint64>& h = partial[size_t(band)];
        if (h.empty()) {
            h.assign(size_t(nBins), 0);
        }
        quint64& bandOutside = partialOutside[size_t(band)];
        forEachFiniteValue(plane, mask, r0, r1, [&](double v) {
            if (v < lo || v > hi) {
                ++bandOutside;
                return;
            }
            const double x = (v - lo) * scale + offset;
            int b = x >= double(nBins) ? nBins - 1 : int(x);
            b = std::clamp(b, 0, nBins - 1);
            ++h[size_t(b)];
        });
    });
    if (!ok) {
        return false;
    }
    out.assign(size_t(nBins), 0);
    outside = 0;
    for (int b = 0; b < bands; ++b) {
        outside += partialOutside[size_t(b)];
        if (partial[size_t(b)].empty()) {
            continue;
        }
        for (int i = 0; i < nBins; ++i) {
            out[size_t(i)] += partial[size_t(b)][size_t(i)];
        }
    }
    return true;
}

void setIntegerDataRange(Histogram& h)
{
    h.total = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < h.binCount(); ++i) {
        if (h.counts[size_t(i)] != 0) {
            if (first < 0) {
                first = i;
            }
            last = i;
            h.total += h.counts[size_t(i)];
        }
    }
    h.dataMin = first < 0 ? 0.0 : h.binStart + first;
    h.dataMax = last < 0 ? 0.0 : h.binStart + last;
}
} // namespace

Status HistogramParams::validate() const
{
    if (bins < 0 || bins > (1 << 24)) {
        return Status::invalid(
            Tr::tr("The number of histogram bins must be between 1 and 16777216 (got %1).").arg(bins));
    }
    if (useRange && !(std::isfinite(rangeMin) && std::isfinite(rangeMax) && rangeMin < rangeMax)) {
        return Status::invalid(Tr::tr("The histogram range must be finite with minimum < maximum (got %1..%2).")
                                   .arg(rangeMin)
                                   .arg(rangeMax));
    }
    return Status::ok();
}

Status checkPlaneAndMask(const cv::Mat& plane, const cv::Mat& mask)
{
    if (plane.empty() || plane.dims != 2) {
        return Status::invalid(Tr::tr("The image plane is empty."));
    }
    const int type = plane.type();
    if (type != CV_8UC1 && type != CV_16UC1 && type != CV_32FC1) {
        return Status::invalid(Tr::tr("Only single-channel 8-bit, 16-bit and 32-bit float planes are supported."));
    }
    if (!mask.empty() && (mask.type() != CV_8UC1 || mask.size() != plane.size())) {
        return Status::invalid(Tr::tr("The mask must be an 8-bit image of the same size as the plane (%1×%2).")
                                   .arg(plane.cols)
                                   .arg(plane.rows));
    }
    return Status::ok();
}

Expected<Histogram> rebinHistogram(const Histogram& exact, int bins, double lo, double hi)
{
    if (bins < 1 || !(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi)) {
        return Status::invalid(Tr::tr("Re-binning needs at least one bin and a range with minimum < maximum."));
    }
    Histogram out;
    out.counts.assign(size_t(bins), 0);
    out.binStart = lo;
    out.binWidth = (hi - lo) / bins;
    out.nanCount = exact.nanCount;
    out.outside = exact.outside;
    const double scale = bins / (hi - lo);
    double dmin = std::numeric_limits<double>::infinity();
    double dmax = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < exact.binCount(); ++i) {
        const quint64 n = exact.counts[size_t(i)];
        if (n == 0) {
            continue;
        }
        const double v = exact.binStart + i * exact.binWidth;
        dmin = std::min(dmin, v);
        dmax = std::max(dmax, v);
        if (v < lo || v > hi) {
            out.outside += n;
            continue;
        }
        const int b = std::min(bins - 1, int((v - lo) * scale));
        out.counts[size_t(b)] += n;
        out.total += n;
    }
    out.dataMin = std::isfinite(dmin) ? dmin : 0.0;
    out.dataMax = std::isfinite(dmax) ? dmax : 0.0;
    return out;
}

Expected<Histogram> computeHistogram(const cv::Mat& plane, const cv::Mat& mask, const HistogramParams& params,
                                     TaskContext& task)
{
    if (Status s = checkPlaneAndMask(plane, mask); !s.isOk()) {
        return s;
    }
    if (Status s = params.validate(); !s.isOk()) {
        return s;
    }
    if (plane.depth() == CV_8U || plane.depth() == CV_16U) {
        Histogram exact;
        const int nBins = plane.depth() == CV_8U ? 256 : 65536;
        const bool ok = plane.depth() == CV_8U ? exactIntegerHistogram<uchar>(plane, mask, nBins, task, exact.counts)
                                               : exactIntegerHistogram<ushort>(plane, mask, nBins, task, exact.counts);
        if (!ok) {
            return Status::cancelled();
        }
        setIntegerDataRange(exact);
        if (params.bins == 0 || (params.bins == nBins && !params.useRange)) {
            return exact;
        }
        double lo = params.useRange ? params.rangeMin : exact.dataMin;
        double hi = params.useRange ? params.rangeMax : exact.dataMax;
        if (!(lo < hi)) {
            hi = lo + 1.0; // constant data: one unit-wide range starting at the value
        }
        Expected<Histogram> r = rebinHistogram(exact, params.bins, lo, hi);
        if (r.isOk()) {
            r->dataMin = exact.dataMin;
            r->dataMax = exact.dataMax;
        }
        return r;
    }
    // Float: range first (unless given), then the binning pass.
    FloatRange fr;
    if (!floatMinMax(plane, mask, task, fr)) {
        return Status::cancelled();
    }
    const int nBins = params.bins == 0 ? 256 : params.bins;
    double lo = params.useRange ? params.rangeMin : (fr.count ? fr.min : 0.0);
    double hi = params.useRange ? params.rangeMax : (fr.count ? fr.max : 1.0);
    if (!(lo < hi)) {
        hi = lo + 1.0;
    }
    Histogram h;
    h.binStart = lo;
    h.binWidth = (hi - lo) / nBins;
    h.nanCount = fr.nans;
    h.dataMin = fr.count ? fr.min : 0.0;
    h.dataMax = fr.count ? fr.max : 0.0;
    if (!floatHistogram(plane, mask, nBins, lo, hi, nBins / (hi - lo), 0.0, task, h.counts, h.outside)) {
        return Status::cancelled();
    }
    for (quint64 n : h.counts) {
        h.total += n;
    }
    return h;
}

Expected<ImageJHistogram> computeImageJHistogram(const cv::Mat& plane, const cv::Mat& mask, TaskContext& task)
{
    if (Status s = checkPlaneAndMask(plane, mask); !s.isOk()) {
        return s;
    }
    ImageJHistogram out;
    if (plane.depth() == CV_8U || plane.depth() == CV_16U) {
        Expected<Histogram> exact = computeHistogram(plane, mask, HistogramParams(), task);
        if (!exact.isOk()) {
            return exact.status();
        }
        const Histogram& h = exact.value();
        out.min = h.dataMin;
        out.max = h.dataMax;
        out.total = qint64(h.total);
        if (plane.depth() == CV_8U) {
            for (int i = 0; i < 256; ++i) {
                out.counts[size_t(i)] = qint64(h.counts[size_t(i)]);
            }
            return out;
        }
        // ShortProcessor -> byte with scaling: (int)((v - min) * 256 / (max - min + 1) + 0.5), capped at 255.
        const int min = int(h.dataMin);
        const int max = int(h.dataMax);
        const double scale = 256.0 / (max - min + 1);
        for (int v = min; v <= max; ++v) {
            const quint64 n = h.counts[size_t(v)];
            if (n == 0) {
                continue;
            }
            const int b = std::min(255, int((v - min) * scale + 0.5));
            out.counts[size_t(b)] += qint64(n);
        }
        return out;
    }
    FloatRange fr;
    if (!floatMinMax(plane, mask, task, fr)) {
        return Status::cancelled();
    }
    out.min = fr.count ? fr.min : 0.0;
    out.max = fr.count ? fr.max : 0.0;
    // FloatProcessor -> byte: (int)((v - min) * 255 / (max - min) + 0.5), capped at 255. A constant plane maps to 0.
    const double range = out.max - out.min;
    const double scale = range > 0 ? 255.0 / range : 0.0;
    std::vector<quint64> counts;
    quint64 outside = 0;
    if (!floatHistogram(plane, mask, 256, out.min, out.max, scale, 0.5, task, counts, outside)) {
        return Status::cancelled();
    }
    for (int i = 0; i < 256; ++i) {
        out.counts[size_t(i)] = qint64(counts[size_t(i)]);
        out.total += qint64(counts[size_t(i)]);
    }
    return out;
}

} // namespace tessera
