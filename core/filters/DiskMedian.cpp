#include "core/filters/BandedFilter.h"
#include "core/filters/Smoothing.h"
#include "core/task/TaskContext.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace tessera {
namespace {
/** halfWidth[dy + r] = the largest w with w² + dy² <= r² (the disk's row dy spans dx = −w..w). */
std::vector<int> diskHalfWidths(int r)
{
    std::vector<int> widths(size_t(2 * r + 1));
    for (int dy = -r; dy <= r; ++dy) {
        int w = 0;
        while ((w + 1) * (w + 1) + dy * dy <= r * r) {
            ++w;
        }
        widths[size_t(dy + r)] = w;
    }
    return widths;
}

/**
 * Histogram of the window's values (all of them integers 0..2^bits − 1) in blocks of 256 bins, with the current
 * median candidate m and the number of values below it, so that the median after a small change of the window is
 * found by stepping from the previous one (skipping empty blocks) instead of scanning the whole histogram.
 */
class RankHistogram
{
public:
    explicit RankHistogram(int bins) : m_fine(size_t(bins), 0), m_coarse(size_t((bins + 255) / 256), 0) {}

    void add(int v)
    {
        ++m_fine[size_t(v)];
        ++m_coarse[size_t(v >> 8)];
        m_below += v < m_value ? 1 : 0;
    }
    void remove(int v)
    {
        --m_fine[size_t(v)];
        --m_coarse[size_t(v >> 8)];
        m_below -= v < m_value ? 1 : 0;
    }
    /** The value of rank k (0-based) in the window; the window must hold more than k values. */
    int valueOfRank(int k)
    {
        while (m_below > k) {
            m_value = previousNonEmpty(m_value);
            m_below -= m_fine[size_t(m_value)];
        }
        while (m_below + m_fine[size_t(m_value)] <= k) {
            m_below += m_fine[size_t(m_value)];
            m_value = nextNonEmpty(m_value);
        }
        return m_value;
    }

private:
    int previousNonEmpty(int v) const
    {
        const int blockStart = (v - 1) & ~255;
        for (int u = v - 1; u >= blockStart; --u) {
            if (m_fine[size_t(u)]) {
                return u;
            }
        }
        int block = (blockStart >> 8) - 1;
        while (m_coarse[size_t(block)] == 0) {
            --block;
        }
        int u = block * 256 + 255;
        while (!m_fine[size_t(u)]) {
            --u;
        }
        return u;
    }
    int nextNonEmpty(int v) const
    {
        const int blockEnd = (v | 255) + 1;
        for (int u = v + 1; u < blockEnd; ++u) {
            if (m_fine[size_t(u)]) {
                return u;
            }
        }
        int block = blockEnd >> 8;
        while (m_coarse[size_t(block)] == 0) {
            ++block;
        }
        int u = block * 256;
        while (!m_fine[size_t(u)]) {
            ++u;
        }
        return u;
    }

    std::vector<std::uint16_t> m_fine; // a disk of radius <= 50 holds < 65536 pixels
    std::vector<int> m_coarse;
    int m_value = 0;
    int m_below = 0; ///< number of window values < m_value
};

/** Rows `rows` of out from padded (the band with r replicated pixels on every side), integer types. */
template <typename T>
void diskMedianRowsHistogram(const cv::Mat& padded, cv::Mat& out, int r, const std::vector<int>& widths,
                             const cv::Range& rows, const TaskContext& task)
{
    int count = 0;
    for (int w : widths) {
        count += 2 * w + 1;
    }
    const int rank = count / 2;
    RankHistogram hist(1 << (8 * int(sizeof(T))));
    std::vector<const T*> rowPtr(widths.size());
    for (int y = rows.start; y < rows.end; ++y) {
        if (task.isCancelled()) {
            return; // applyInBands() reports the cancellation; the rows left are never used
        }
        for (int dy = -r; dy <= r; ++dy) {
            rowPtr[size_t(dy + r)] = padded.ptr<T>(y + r + dy) + r; // column 0 of the unpadded image
        }
        for (size_t i = 0; i < widths.size(); ++i) {
            for (int dx = -widths[i]; dx <= widths[i]; ++dx) {
                hist.add(rowPtr[i][dx]);
            }
        }
        T* o = out.ptr<T>(y);
        for (int x = 0;; ++x) {
            o[x] = T(hist.valueOfRank(rank));
            if (x + 1 == out.cols) {
                break;
            }
            for (size_t i = 0; i < widths.size(); ++i) {
                const int w = widths[i];
                hist.remove(rowPtr[i][x - w]);
                hist.add(rowPtr[i][x + w + 1]);
            }
        }
        const int last = out.cols - 1;
        for (size_t i = 0; i < widths.size(); ++i) {
            for (int dx = -widths[i]; dx <= widths[i]; ++dx) {
                hist.remove(rowPtr[i][last + dx]);
            }
        }
    }
}

/** Float planes: exact selection over the disk at every pixel. */
void diskMedianRowsSelect(const cv::Mat& padded, cv::Mat& out, int r, const std::vector<int>& widths,
                          const cv::Range& rows, const TaskContext& task)
{
    std::vector<float> window;
    for (int y = rows.start; y < rows.end; ++y) {
        if (task.isCancelled()) {
            return;
        }
        float* o = out.ptr<float>(y);
        for (int x = 0; x < out.cols; ++x) {
            window.clear();
            for (int dy = -r; dy <= r; ++dy) {
                const float* p = padded.ptr<float>(y + r + dy) + r + x;
                const int w = widths[size_t(dy + r)];
                window.insert(window.end(), p - w, p + w + 1);
            }
            const auto mid = window.begin() + long(window.size() / 2);
            std::nth_element(window.begin(), mid, window.end());
            o[x] = *mid;
        }
    }
}
} // namespace

Expected<cv::Mat> Smoothing::medianDisk(const cv::Mat& plane, int radius, TaskContext& task)
{
    const Status s = checkFilterPlane(plane);
    if (!s.isOk()) {
        return s;
    }
    if (radius < 0 || radius > 50) {
        return Status::invalid(tr("The disk median radius must be between 0 and 50 pixels (got %1).").arg(radius));
    }
    if (radius == 0) {
        return plane.clone();
    }
    const std::vector<int> widths = diskHalfWidths(radius);
    return applyInBands(plane, radius, plane.type(), task, [radius, &widths, &task](const cv::Mat& in, cv::Mat& out) {
        cv::Mat padded;
        cv::copyMakeBorder(in, padded, radius, radius, radius, radius, cv::BORDER_REPLICATE);
        out.create(in.size(), in.type());
        cv::parallel_for_(
            cv::Range(0, in.rows),
            [&](const cv::Range& rows) {
                switch (in.depth()) {
                case CV_8U:
                    diskMedianRowsHistogram<uchar>(padded, out, radius, widths, rows, task);
                    break;
                case CV_16U:
                    diskMedianRowsHistogram<ushort>(padded, out, radius, widths, rows, task);
                    break;
                default:
                    diskMedianRowsSelect(padded, out, radius, widths, rows, task);
                    break;
                }
            },
            double(std::max(1, cv::getNumThreads())) * 2); // few stripes: each sets up a 128 KB histogram
    });
}

} // namespace tessera
