#include "core/texture/Glcm.h"

#include "core/task/TaskContext.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <set>

namespace tessera {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Glcm)
};

/** ROIs with at least this many pixels are quantised and counted in parallel row bands. */
constexpr int kParallelPixels = 1 << 18;
/** Rows per band for the parallel paths (a band of a 4096-wide plane is ~0.5 M pixels, a few ms of work). */
constexpr int kBandRows = 128;

template <typename T> bool isValue(T v)
{
    if constexpr (std::is_floating_point_v<T>) {
        return std::isfinite(v);
    } else {
        (void)v;
        return true;
    }
}

template <typename T> std::optional<GlcmRange> valueRangeT(const cv::Mat& plane, const RoiMask& roi)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    const cv::Rect& b = roi.box;
    const bool all = roi.mask.empty();
    for (int y = 0; y < b.height; ++y) {
        const T* row = plane.ptr<T>(b.y + y) + b.x;
        if (all && !std::is_floating_point_v<T>) {
            T rlo = row[0];
            T rhi = row[0];
            for (int x = 1; x < b.width; ++x) {
                rlo = std::min(rlo, row[x]);
                rhi = std::max(rhi, row[x]);
            }
            lo = std::min(lo, double(rlo));
            hi = std::max(hi, double(rhi));
            continue;
        }
        const uchar* m = all ? nullptr : roi.mask.ptr<uchar>(y);
        for (int x = 0; x < b.width; ++x) {
            if ((m == nullptr || m[x] != 0) && isValue(row[x])) {
                lo = std::min(lo, double(row[x]));
                hi = std::max(hi, double(row[x]));
            }
        }
    }
    if (!(lo <= hi)) {
        return std::nullopt;
    }
    return GlcmRange{lo, hi};
}

template <typename T>
void quantizeRows(const cv::Mat& plane, const RoiMask& roi, const GlcmRange& range, int levels, const int* lut,
                  int rowBegin, int rowEnd, std::int32_t* bins, int& count)
{
    const cv::Rect& b = roi.box;
    const bool all = roi.mask.empty();
    int n = 0;
    for (int y = rowBegin; y < rowEnd; ++y) {
        const T* row = plane.ptr<T>(b.y + y) + b.x;
        const uchar* m = all ? nullptr : roi.mask.ptr<uchar>(y);
        std::int32_t* out = bins + std::size_t(y) * std::size_t(b.width);
        for (int x = 0; x < b.width; ++x) {
            if ((m != nullptr && m[x] == 0) || !isValue(row[x])) {
                out[x] = QuantizedRoi::kOutside;
                continue;
            }
            if constexpr (std::is_floating_point_v<T>) {
                out[x] = quantizeValue(double(row[x]), range, levels);
            } else {
                out[x] = lut != nullptr ? lut[row[x]] : quantizeValue(double(row[x]), range, levels);
            }
            ++n;
        }
    }
    count = n;
}

template <typename T> void quantizeT(const cv::Mat& plane, const RoiMask& roi, QuantizedRoi& q)
{
    const cv::Rect& b = roi.box;
    const int area = b.width * b.height;
    std::vector<int> lut;
    // A lookup table of every value of the type pays off once the ROI has more pixels than the type has values.
    if constexpr (!std::is_floating_point_v<T>) {
        constexpr int values = int(std::numeric_limits<T>::max()) + 1;
        if (area >= values || sizeof(T) == 1) {
            lut.resize(values);
            for (int v = 0; v < values; ++v) {
                lut[std::size_t(v)] = quantizeValue(double(v), q.range, q.levels);
            }
        }
    }
    const int* lutPtr = lut.empty() ? nullptr : lut.data();
    if (area < kParallelPixels) {
        quantizeRows<T>(plane, roi, q.range, q.levels, lutPtr, 0, b.height, q.bins.data(), q.pixelCount);
        return;
    }
    const int bands = (b.height + kBandRows - 1) / kBandRows;
    std::vector<int> counts(std::size_t(bands), 0);
    cv::parallel_for_(cv::Range(0, bands), [&](const cv::Range& r) {
        for (int band = r.start; band < r.end; ++band) {
            const int y0 = band * kBandRows;
            const int y1 = std::min(b.height, y0 + kBandRows);
            quantizeRows<T>(plane, roi, q.range, q.levels, lutPtr, y0, y1, q.bins.data(), counts[std::size_t(band)]);
        }
    });
    q.pixelCount = 0;
    for (int c : counts) {
        q.pixelCount += c;
    }
}

/** roi itself, or (when its mask covers the whole box) a copy without the mask so the unmasked loops run. */
RoiMask withoutFullMask(const RoiMask& roi)
{
    RoiMask r = roi;
    if (!r.mask.empty() && r.mask.size() == r.box.size() && cv::countNonZero(r.mask) == r.box.area()) {
        r.mask = cv::Mat1b();
    }
    return r;
}

} // namespace

std::vector<GlcmOrientation> allGlcmOrientations()
{
    return {GlcmOrientation::Horizontal, GlcmOrientation::Vertical, GlcmOrientation::Diagonal,
            GlcmOrientation::Antidiagonal};
}

QString glcmOrientationName(GlcmOrientation orientation)
{
    switch (orientation) {
    case GlcmOrientation::Horizontal:
        return QStringLiteral("HORIZONTAL");
    case GlcmOrientation::Vertical:
        return QStringLiteral("VERTICAL");
    case GlcmOrientation::Diagonal:
        return QStringLiteral("DIAGONAL");
    case GlcmOrientation::Antidiagonal:
        return QStringLiteral("ANTIDIAGONAL");
    }
    return {};
}

std::optional<GlcmOrientation> glcmOrientationFromName(const QString& name)
{
    for (GlcmOrientation o : allGlcmOrientations()) {
        if (name.compare(glcmOrientationName(o), Qt::CaseInsensitive) == 0) {
            return o;
        }
    }
    return std::nullopt;
}

cv::Point glcmOffset(GlcmOrientation orientation, int distance)
{
    switch (orientation) {
    case GlcmOrientation::Horizontal:
        return {distance, 0};
    case GlcmOrientation::Vertical:
        return {0, distance};
    case GlcmOrientation::Diagonal:
        return {distance, -distance};
    case GlcmOrientation::Antidiagonal:
        return {distance, distance};
    }
    return {};
}

QString glcmConventionName(GlcmConvention convention)
{
    return convention == GlcmConvention::ImageJ ? QStringLiteral("imagej") : QStringLiteral("haralick");
}

std::optional<GlcmConvention> glcmConventionFromName(const QString& name)
{
    for (GlcmConvention c : {GlcmConvention::ImageJ, GlcmConvention::Haralick}) {
        if (name.compare(glcmConventionName(c), Qt::CaseInsensitive) == 0) {
            return c;
        }
    }
    return std::nullopt;
}

QString glcmRangeModeName(GlcmRangeMode mode)
{
    switch (mode) {
    case GlcmRangeMode::Roi:
        return QStringLiteral("roi");
    case GlcmRangeMode::Image:
        return QStringLiteral("image");
    case GlcmRangeMode::AllRois:
        return QStringLiteral("all-rois");
    case GlcmRangeMode::PixelType:
        return QStringLiteral("type");
    case GlcmRangeMode::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

bool GlcmParams::isSymmetric() const
{
    switch (symmetry) {
    case GlcmSymmetry::Symmetric:
        return true;
    case GlcmSymmetry::Asymmetric:
        return false;
    case GlcmSymmetry::ByConvention:
        break;
    }
    return convention == GlcmConvention::Haralick;
}

Status GlcmParams::validate() const
{
    if (levels < 2 || levels > 65536) {
        return Status::invalid(tr("The number of gray levels must be from 2 to 65536, not %1.").arg(levels));
    }
    if (distances.empty()) {
        return Status::invalid(tr("At least one distance is needed."));
    }
    if (std::set<int>(distances.begin(), distances.end()).size() != distances.size()) {
        return Status::invalid(tr("Each distance may be given only once."));
    }
    for (int d : distances) {
        if (d < 1 || d > 100000) {
            return Status::invalid(tr("Distances must be whole numbers from 1 to 100000, not %1.").arg(d));
        }
    }
    if (orientations.empty()) {
        return Status::invalid(tr("At least one orientation is needed."));
    }
    if (std::set<GlcmOrientation>(orientations.begin(), orientations.end()).size() != orientations.size()) {
        return Status::invalid(tr("Each orientation may be given only once."));
    }
    if (rangeMode == GlcmRangeMode::Custom &&
        !(std::isfinite(customMin) && std::isfinite(customMax) && customMin < customMax)) {
        return Status::invalid(tr("A custom range needs finite MIN < MAX, not %1:%2.").arg(customMin).arg(customMax));
    }
    return Status::ok();
}

bool GlcmParams::operator==(const GlcmParams& o) const
{
    return levels == o.levels && distances == o.distances && orientations == o.orientations &&
           convention == o.convention && symmetry == o.symmetry && rangeMode == o.rangeMode &&
           customMin == o.customMin && customMax == o.customMax;
}

std::optional<GlcmRange> glcmValueRange(const cv::Mat& plane, const RoiMask& roi)
{
    const RoiMask mask = withoutFullMask(roi);
    if (mask.box.empty() || (mask.box & cv::Rect(0, 0, plane.cols, plane.rows)) != mask.box) {
        return std::nullopt;
    }
    switch (plane.type()) {
    case CV_8UC1:
        return valueRangeT<uchar>(plane, mask);
    case CV_16UC1:
        return valueRangeT<ushort>(plane, mask);
    case CV_32FC1:
        return valueRangeT<float>(plane, mask);
    default:
        return std::nullopt;
    }
}

Expected<QuantizedRoi> quantizeRoi(const cv::Mat& plane, const RoiMask& roi, int levels, const GlcmRange& range)
{
    const RoiMask mask = withoutFullMask(roi);
    if (plane.type() != CV_8UC1 && plane.type() != CV_16UC1 && plane.type() != CV_32FC1) {
        return Status::invalid(Tr::tr("GLCM needs one 8-bit, 16-bit or 32-bit float channel."));
    }
    if (mask.box.empty() || (mask.box & cv::Rect(0, 0, plane.cols, plane.rows)) != mask.box ||
        (!mask.mask.empty() && mask.mask.size() != mask.box.size())) {
        return Status::invalid(Tr::tr("The region lies outside the image."));
    }
    if (levels < 2 || levels > 65536) {
        return Status::invalid(Tr::tr("The number of gray levels must be from 2 to 65536, not %1.").arg(levels));
    }
    QuantizedRoi q;
    q.box = mask.box;
    q.levels = levels;
    q.range = range;
    q.bins.resize(std::size_t(mask.box.width) * std::size_t(mask.box.height));
    switch (plane.type()) {
    case CV_8UC1:
        quantizeT<uchar>(plane, mask, q);
        break;
    case CV_16UC1:
        quantizeT<ushort>(plane, mask, q);
        break;
    default:
        quantizeT<float>(plane, mask, q);
        break;
    }
    return q;
}

void GlcmCounter::begin(int levels, bool symmetric)
{
    if (levels != m_levels) {
        m_levels = levels;
        m_dense = levels <= kDenseMaxLevels;
        if (m_dense) {
            m_counts.assign(std::size_t(levels) * std::size_t(levels), 0);
        } else {
            m_counts.clear();
            m_counts.shrink_to_fit();
        }
    }
    m_symmetric = symmetric;
    m_scan = false;
    m_pairs = 0;
    m_touchedCount = 0;
}

template <bool Check, bool Symmetric, bool Track>
void GlcmCounter::accumulateDense(const QuantizedRoi& roi, int dx, int dy, int y0, int y1, int x0, int x1)
{
    const auto n = std::uint32_t(m_levels);
    const std::size_t w = std::size_t(roi.box.width);
    std::uint32_t* counts = m_counts.data();
    std::uint32_t* touched = m_touched.data();
    GlcmEntry* cells = m_touchedCells.data();
    std::size_t used = m_touchedCount;
    qint64 pairs = 0;
    auto add = [&](std::int32_t i, std::int32_t j) {
        const std::uint32_t code = std::uint32_t(i) * n + std::uint32_t(j);
        if constexpr (Track) {
            if (counts[code]++ == 0) {
                touched[used] = code;
                cells[used] = {i, j, 0.0};
                ++used;
            }
        } else {
            ++counts[code];
        }
    };
    for (int y = y0; y < y1; ++y) {
        const std::int32_t* a = roi.bins.data() + std::size_t(y) * w;
        const std::int32_t* b = roi.bins.data() + std::size_t(y + dy) * w + dx;
        for (int x = x0; x < x1; ++x) {
            const std::int32_t ai = a[x];
            const std::int32_t bi = b[x];
            if constexpr (Check) {
                if ((ai | bi) < 0) {
                    continue;
                }
            }
            add(ai, bi);
            if constexpr (Symmetric) {
                add(bi, ai);
            }
            ++pairs;
        }
    }
    m_touchedCount = used;
    m_pairs += pairs;
}

void GlcmCounter::accumulate(const QuantizedRoi& roi, cv::Point offset, int rowBegin, int rowEnd)
{
    const int w = roi.box.width;
    const int h = roi.box.height;
    const int dx = offset.x;
    const int dy = offset.y;
    const int y0 = std::max({rowBegin, -dy, 0});
    const int y1 = std::min(rowEnd, h - dy);
    const int x0 = std::max(0, -dx);
    const int x1 = std::min(w, w - dx);
    if (y1 <= y0 || x1 <= x0) {
        return;
    }
    const std::size_t maxAdds = std::size_t(y1 - y0) * std::size_t(x1 - x0) * (m_symmetric ? 2 : 1);
    const bool check = roi.pixelCount != w * h; // some pixels are outside the mask
    if (!m_dense) {
        if (m_touched.size() < m_touchedCount + maxAdds) {
            m_touched.resize(m_touchedCount + maxAdds);
        }
        const auto n = std::uint32_t(m_levels);
        std::uint32_t* codes = m_touched.data();
        std::size_t used = m_touchedCount;
        qint64 pairs = 0;
        for (int y = y0; y < y1; ++y) {
            const std::int32_t* a = roi.bins.data() + std::size_t(y) * std::size_t(w);
            const std::int32_t* b = roi.bins.data() + std::size_t(y + dy) * std::size_t(w) + dx;
            for (int x = x0; x < x1; ++x) {
                if ((a[x] | b[x]) < 0) {
                    continue;
                }
                codes[used++] = std::uint32_t(a[x]) * n + std::uint32_t(b[x]);
                if (m_symmetric) {
                    codes[used++] = std::uint32_t(b[x]) * n + std::uint32_t(a[x]);
                }
                ++pairs;
            }
        }
        m_touchedCount = used;
        m_pairs += pairs;
        return;
    }
    // Many pairs for few cells: count only, and let finish() scan the whole matrix.
    m_scan = m_scan || maxAdds >= m_counts.size() / 4;
    if (!m_scan) {
        const std::size_t room = std::min(m_touchedCount + maxAdds, m_counts.size());
        if (m_touched.size() < room) {
            m_touched.resize(room);
        }
        if (m_touchedCells.size() < room) {
            m_touchedCells.resize(room);
        }
    }
    const int mode = (check ? 4 : 0) | (m_symmetric ? 2 : 0) | (m_scan ? 0 : 1);
    switch (mode) {
    case 0:
        return accumulateDense<false, false, false>(roi, dx, dy, y0, y1, x0, x1);
    case 1:
        return accumulateDense<false, false, true>(roi, dx, dy, y0, y1, x0, x1);
    case 2:
        return accumulateDense<false, true, false>(roi, dx, dy, y0, y1, x0, x1);
    case 3:
        return accumulateDense<false, true, true>(roi, dx, dy, y0, y1, x0, x1);
    case 4:
        return accumulateDense<true, false, false>(roi, dx, dy, y0, y1, x0, x1);
    case 5:
        return accumulateDense<true, false, true>(roi, dx, dy, y0, y1, x0, x1);
    case 6:
        return accumulateDense<true, true, false>(roi, dx, dy, y0, y1, x0, x1);
    default:
        return accumulateDense<true, true, true>(roi, dx, dy, y0, y1, x0, x1);
    }
}

Glcm GlcmCounter::finish()
{
    Glcm g;
    g.levels = m_levels;
    g.pairs = m_pairs;
    g.symmetric = m_symmetric;
    const auto n = std::uint32_t(m_levels);
    if (m_dense && m_scan) {
        for (std::size_t code = 0; code < m_counts.size(); ++code) {
            if (m_counts[code] != 0) {
                g.entries.push_back({std::int32_t(code / n), std::int32_t(code % n), double(m_counts[code])});
                m_counts[code] = 0;
            }
        }
    } else if (m_dense) {
        g.entries.assign(m_touchedCells.begin(), m_touchedCells.begin() + std::ptrdiff_t(m_touchedCount));
        for (std::size_t k = 0; k < m_touchedCount; ++k) {
            g.entries[k].count = double(m_counts[m_touched[k]]);
            m_counts[m_touched[k]] = 0;
        }
    } else {
        const auto end = m_touched.begin() + std::ptrdiff_t(m_touchedCount);
        std::sort(m_touched.begin(), end);
        for (auto k = m_touched.begin(); k != end;) {
            auto e = k + 1;
            while (e != end && *e == *k) {
                ++e;
            }
            g.entries.push_back({std::int32_t(*k / n), std::int32_t(*k % n), double(e - k)});
            k = e;
        }
    }
    m_touchedCount = 0;
    m_pairs = 0;
    m_scan = false;
    return g;
}

Glcm GlcmCounter::count(const QuantizedRoi& roi, cv::Point offset, bool symmetric, int rowBegin, int rowEnd)
{
    begin(roi.levels, symmetric);
    accumulate(roi, offset, rowBegin, rowEnd);
    return finish();
}

Glcm GlcmCounter::countAll(const QuantizedRoi& roi, cv::Point offset, bool symmetric)
{
    std::vector<Glcm> all = countAll(roi, std::vector<cv::Point>{offset}, symmetric);
    return std::move(all.front());
}

std::vector<Glcm> GlcmCounter::countAll(const QuantizedRoi& roi, const std::vector<cv::Point>& offsets, bool symmetric,
                                        TaskContext* task)
{
    const int h = roi.box.height;
    std::vector<Glcm> result;
    if (qint64(roi.box.width) * h < kParallelPixels || h < 2 * kBandRows) {
        for (const cv::Point& offset : offsets) {
            result.push_back(count(roi, offset, symmetric, 0, h));
        }
        return result;
    }
    const int bands = (h + kBandRows - 1) / kBandRows;
    const int workers = std::max(1, std::min(bands, cv::getNumThreads()));
    // parts[worker][offset]: each worker accumulates its contiguous bands into one counter per offset.
    std::vector<std::vector<Glcm>> parts(static_cast<std::size_t>(workers));
    std::atomic<bool> cancelled{false};
    cv::parallel_for_(
        cv::Range(0, workers),
        [&](const cv::Range& r) {
            for (int wk = r.start; wk < r.end; ++wk) {
                std::vector<GlcmCounter> counters(offsets.size());
                for (GlcmCounter& c : counters) {
                    c.begin(roi.levels, symmetric);
                }
                const int b0 = bands * wk / workers;
                const int b1 = bands * (wk + 1) / workers;
                for (int band = b0; band < b1; ++band) {
                    if (task != nullptr && task->isCancelled()) {
                        cancelled = true;
                        return;
                    }
                    const int y0 = band * kBandRows;
                    const int y1 = std::min(h, y0 + kBandRows);
                    for (std::size_t o = 0; o < offsets.size(); ++o) {
                        counters[o].accumulate(roi, offsets[o], y0, y1);
                    }
                }
                for (GlcmCounter& c : counters) {
                    parts[std::size_t(wk)].push_back(c.finish());
                }
            }
        },
        workers);
    if (cancelled) {
        return {};
    }
    for (std::size_t o = 0; o < offsets.size(); ++o) {
        std::vector<Glcm> perOffset;
        for (std::vector<Glcm>& p : parts) {
            perOffset.push_back(std::move(p[o]));
        }
        result.push_back(perOffset.size() == 1 ? std::move(perOffset.front()) : mergeGlcms(perOffset));
    }
    return result;
}

Glcm mergeGlcms(const std::vector<Glcm>& parts)
{
    Glcm g;
    if (parts.empty()) {
        return g;
    }
    g.levels = parts.front().levels;
    g.symmetric = parts.front().symmetric;
    std::size_t total = 0;
    for (const Glcm& p : parts) {
        g.pairs += p.pairs;
        total += p.entries.size();
    }
    const auto n = std::uint64_t(g.levels);
    if (g.levels <= GlcmCounter::kDenseMaxLevels) {
        std::vector<double> dense(std::size_t(n * n), 0.0);
        for (const Glcm& p : parts) {
            for (const GlcmEntry& e : p.entries) {
                dense[std::size_t(std::uint64_t(e.i) * n + std::uint64_t(e.j))] += e.count;
            }
        }
        for (std::size_t code = 0; code < dense.size(); ++code) {
            if (dense[code] != 0.0) {
                g.entries.push_back({std::int32_t(code / n), std::int32_t(code % n), dense[code]});
            }
        }
        return g;
    }
    std::vector<GlcmEntry> all;
    all.reserve(total);
    for (const Glcm& p : parts) {
        all.insert(all.end(), p.entries.begin(), p.entries.end());
    }
    std::sort(all.begin(), all.end(),
              [](const GlcmEntry& a, const GlcmEntry& b) { return a.i != b.i ? a.i < b.i : a.j < b.j; });
    for (const GlcmEntry& e : all) {
        if (!g.entries.empty() && g.entries.back().i == e.i && g.entries.back().j == e.j) {
            g.entries.back().count += e.count;
        } else {
            g.entries.push_back(e);
        }
    }
    return g;
}

} // namespace tessera
