#include "core/histogram/Statistics.h"

#include "core/histogram/Histogram.h"
#include "core/task/TaskContext.h"

#include <QCoreApplication>

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <vector>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Statistics)
};

struct Sums
{
    double n = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();

    void add(double v, double count)
    {
        const double v2 = v * v;
        n += count;
        s1 += count * v;
        s2 += count * v2;
        s3 += count * v * v2;
        s4 += count * v2 * v2;
        min = std::min(min, v);
        max = std::max(max, v);
    }
    void merge(const Sums& o)
    {
        n += o.n;
        s1 += o.s1;
        s2 += o.s2;
        s3 += o.s3;
        s4 += o.s4;
        min = std::min(min, o.min);
        max = std::max(max, o.max);
    }
};

void finish(const Sums& s, const StatisticsParams& params, PlaneStatistics& st)
{
    const double n = s.n;
    st.count = qint64(n);
    st.area = n * params.pixelWidth * params.pixelHeight;
    st.min = s.min;
    st.max = s.max;
    st.mean = s.s1 / n;
    st.rawIntegratedDensity = s.s1;
    st.integratedDensity = st.area * st.mean;
    // ImageJ's calculateStdDev()
    double sd = (n * s.s2 - s.s1 * s.s1) / n;
    st.stdDev = sd > 0.0 && n > 1 ? std::sqrt(sd / (n - 1.0)) : 0.0;
    // ImageJ's calculateMoments()
    const double mean = st.mean;
    const double mean2 = mean * mean;
    const double variance = s.s2 / n - mean2;
    const double sDeviation = std::sqrt(variance);
    if (variance > 0.0) {
        st.skewness = ((s.s3 - 3.0 * mean * s.s2) / n + 2.0 * mean * mean2) / (variance * sDeviation);
        st.kurtosis =
            (((s.s4 - 4.0 * mean * s.s3 + 6.0 * mean2 * s.s2) / n - 3.0 * mean2 * mean2) / (variance * variance) - 3.0);
    } else {
        st.skewness = std::numeric_limits<double>::quiet_NaN();
        st.kurtosis = std::numeric_limits<double>::quiet_NaN();
    }
}

Expected<PlaneStatistics> integerStatistics(const cv::Mat& plane, const cv::Mat& mask, const StatisticsParams& params,
                                            TaskContext& task)
{
    Expected<Histogram> h = computeHistogram(plane, mask, HistogramParams(), task);
    if (!h.isOk()) {
        return h.status();
    }
    if (h->total == 0) {
        return Status::invalid(Tr::tr("No pixel to measure: the mask selects no pixel of the plane."));
    }
    Sums s;
    const int first = int(h->dataMin);
    const int last = int(h->dataMax);
    quint64 modeCount = 0;
    int mode = first;
    for (int v = first; v <= last; ++v) {
        const quint64 c = h->counts[size_t(v)];
        if (c == 0) {
            continue;
        }
        s.add(double(v), double(c));
        if (c > modeCount) {
            modeCount = c;
            mode = v;
        }
    }
    PlaneStatistics st;
    finish(s, params, st);
    st.mode = mode;
    // ImageJ's histogram median: first level whose cumulative count exceeds n / 2.
    const double half = double(h->total) / 2.0;
    double sum = 0;
    int i = first - 1;
    do {
        sum += double(h->counts[size_t(++i)]);
    } while (sum <= half && i < last);
    st.median = i;
    return st;
}

Expected<PlaneStatistics> floatStatistics(const cv::Mat& plane, const cv::Mat& mask, const StatisticsParams& params,
                                          TaskContext& task)
{
    const int threads = std::max(1, cv::getNumThreads());
    const int bands = std::max(1, std::min(plane.rows, threads * 4));
    std::vector<Sums> partial(static_cast<size_t>(bands));
    std::vector<std::vector<float>> values(static_cast<size_t>(bands));
    std::vector<qint64> nans(static_cast<size_t>(bands), 0);
    std::atomic<bool> cancelled{false};
    std::atomic<int> rowsDone{0};
    const bool hasMask = !mask.empty();
    cv::parallel_for_(
        cv::Range(0, bands),
        [&](const cv::Range& range) {
            for (int b = range.start; b < range.end; ++b) {
                const int r0 = int(qint64(plane.rows) * b / bands);
                const int r1 = int(qint64(plane.rows) * (b + 1) / bands);
                Sums& s = partial[size_t(b)];
                std::vector<float>& vals = values[size_t(b)];
                for (int r = r0; r < r1; ++r) {
                    if ((r - r0) % 16 == 0) {
                        const int done = rowsDone.fetch_add(16, std::memory_order_relaxed);
                        if (cancelled.load(std::memory_order_relaxed) ||
                            !task.setProgress(std::min(1.0, double(done) / plane.rows))) {
                            cancelled.store(true);
                            return;
                        }
                    }
                    const float* p = plane.ptr<float>(r);
                    const uchar* m = hasMask ? mask.ptr<uchar>(r) : nullptr;
                    for (int c = 0; c < plane.cols; ++c) {
                        if (m && m[c] == 0) {
                            continue;
                        }
                        if (!std::isfinite(p[c])) {
                            ++nans[size_t(b)];
                            continue;
                        }
                        s.add(double(p[c]), 1.0);
                        vals.push_back(p[c]);
                    }
                }
            }
        },
        bands);
    if (cancelled.load() || task.isCancelled()) {
        return Status::cancelled();
    }
    Sums s;
    qint64 nanCount = 0;
    std::vector<float> all;
    for (int b = 0; b < bands; ++b) {
        s.merge(partial[size_t(b)]);
        nanCount += nans[size_t(b)];
        all.insert(all.end(), values[size_t(b)].begin(), values[size_t(b)].end());
    }
    if (all.empty()) {
        return Status::invalid(
            Tr::tr("No pixel to measure: the mask selects no pixel of the plane, or every selected pixel is NaN."));
    }
    PlaneStatistics st;
    finish(s, params, st);
    st.nanCount = nanCount;
    // Exact median.
    const size_t mid = all.size() / 2;
    std::nth_element(all.begin(), all.begin() + std::ptrdiff_t(mid), all.end());
    double median = all[mid];
    if (all.size() % 2 == 0) {
        const float lowerMid = *std::max_element(all.begin(), all.begin() + std::ptrdiff_t(mid));
        median = (double(lowerMid) + median) / 2.0;
    }
    st.median = median;
    // Mode: lower edge of the fullest of 256 bins between min and max.
    if (st.max > st.min) {
        std::vector<qint64> counts(256, 0);
        const double binSize = (st.max - st.min) / 256.0;
        for (float v : all) {
            const int idx = std::min(255, int((double(v) - st.min) / binSize));
            ++counts[size_t(idx)];
        }
        const auto it = std::max_element(counts.begin(), counts.end());
        st.mode = st.min + double(it - counts.begin()) * binSize;
    } else {
        st.mode = st.min;
    }
    return st;
}
template <typename T> void addPixels(const cv::Mat& plane, const cv::Mat& mask, Sums& s, qint64& nanCount)
{
    const bool hasMask = !mask.empty();
    for (int r = 0; r < plane.rows; ++r) {
        const T* p = plane.ptr<T>(r);
        const uchar* m = hasMask ? mask.ptr<uchar>(r) : nullptr;
        for (int c = 0; c < plane.cols; ++c) {
            if (m && m[c] == 0) {
                continue;
            }
            const double v = double(p[c]);
            if (!std::isfinite(v)) {
                ++nanCount;
                continue;
            }
            s.add(v, 1.0);
        }
    }
}
} // namespace

Expected<PlaneStatistics> computeMoments(const cv::Mat& plane, const cv::Mat& mask, const StatisticsParams& params)
{
    if (Status s = checkPlaneAndMask(plane, mask); !s.isOk()) {
        return s;
    }
    if (Status s = params.validate(); !s.isOk()) {
        return s;
    }
    Sums s;
    qint64 nanCount = 0;
    switch (plane.depth()) {
    case CV_8U:
        addPixels<uchar>(plane, mask, s, nanCount);
        break;
    case CV_16U:
        addPixels<ushort>(plane, mask, s, nanCount);
        break;
    default:
        addPixels<float>(plane, mask, s, nanCount);
        break;
    }
    if (s.n == 0) {
        return Status::invalid(
            Tr::tr("No pixel to measure: the mask selects no pixel of the plane, or every selected pixel is NaN."));
    }
    PlaneStatistics st;
    finish(s, params, st);
    st.nanCount = nanCount;
    st.median = std::numeric_limits<double>::quiet_NaN();
    st.mode = std::numeric_limits<double>::quiet_NaN();
    return st;
}

Status StatisticsParams::validate() const
{
    if (!(std::isfinite(pixelWidth) && pixelWidth > 0 && std::isfinite(pixelHeight) && pixelHeight > 0)) {
        return Status::invalid(
            Tr::tr("The pixel width and height must be positive (got %1 × %2).").arg(pixelWidth).arg(pixelHeight));
    }
    return Status::ok();
}

Expected<PlaneStatistics> computeStatistics(const cv::Mat& plane, const cv::Mat& mask, const StatisticsParams& params,
                                            TaskContext& task)
{
    if (Status s = checkPlaneAndMask(plane, mask); !s.isOk()) {
        return s;
    }
    if (Status s = params.validate(); !s.isOk()) {
        return s;
    }
    if (plane.depth() == CV_32F) {
        return floatStatistics(plane, mask, params, task);
    }
    return integerStatistics(plane, mask, params, task);
}

} // namespace tessera
