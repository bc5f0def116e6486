#include "ui/threshold/ThresholdSettings.h"

#include "core/task/TaskContext.h"
#include "core/threshold/ManualThreshold.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace tessera {

void ThresholdMaskRenderer::setSource(const cv::Mat& plane, bool isMask)
{
    const bool rebuild = isMask != m_isMask || plane.depth() != m_source.depth();
    m_source = plane;
    m_isMask = isMask;
    if (rebuild) {
        m_lut.clear();
        setLevels(m_lower, m_upper, QColor::fromRgba(m_color));
    }
}

void ThresholdMaskRenderer::setLevels(double lower, double upper, const QColor& color)
{
    QColor c = color;
    c.setAlpha(alpha());
    const quint32 argb = qPremultiply(c.rgba());
    const bool lutSource = m_isMask || m_source.depth() == CV_8U || m_source.depth() == CV_16U;
    const size_t size = m_source.depth() == CV_16U && !m_isMask ? 65536 : 256;
    if (lutSource && (m_lut.size() != size || lower != m_lower || upper != m_upper || argb != m_color)) {
        m_lut.assign(size, 0u);
        if (m_isMask) {
            std::fill(m_lut.begin() + 1, m_lut.end(), argb);
        } else if (lower <= upper) {
            const double lo = std::max(0.0, std::ceil(lower));
            const double hi = std::min(double(size - 1), std::floor(upper));
            for (double v = lo; v <= hi; v += 1.0) {
                m_lut[size_t(v)] = argb;
            }
        }
    }
    m_lower = lower;
    m_upper = upper;
    m_color = argb;
}

QImage ThresholdMaskRenderer::render(const QRect& region) const
{
    const QRect r = region.intersected(QRect(0, 0, m_source.cols, m_source.rows));
    if (r.isEmpty()) {
        return {};
    }
    QImage out(r.size(), QImage::Format_ARGB32_Premultiplied);
    const quint32* lut = m_lut.data();
    for (int y = 0; y < r.height(); ++y) {
        auto* dst = reinterpret_cast<quint32*>(out.scanLine(y));
        const int sy = r.y() + y;
        switch (m_isMask ? CV_8U : m_source.depth()) {
        case CV_8U: {
            const uchar* src = m_source.ptr<uchar>(sy) + r.x();
            for (int x = 0; x < r.width(); ++x) {
                dst[x] = lut[src[x]];
            }
            break;
        }
        case CV_16U: {
            const quint16* src = m_source.ptr<quint16>(sy) + r.x();
            for (int x = 0; x < r.width(); ++x) {
                dst[x] = lut[src[x]];
            }
            break;
        }
        default: {
            const float* src = m_source.ptr<float>(sy) + r.x();
            const float lo = float(m_lower);
            const float hi = float(m_upper);
            for (int x = 0; x < r.width(); ++x) {
                dst[x] = src[x] >= lo && src[x] <= hi ? m_color : 0u; // NaN compares false: never in
            }
        }
        }
    }
    return out;
}

qint64 ThresholdMaskRenderer::countForeground() const
{
    if (m_source.empty()) {
        return 0;
    }
    const QImage all = render(QRect(0, 0, m_source.cols, m_source.rows));
    qint64 n = 0;
    for (int y = 0; y < all.height(); ++y) {
        const auto* row = reinterpret_cast<const quint32*>(all.constScanLine(y));
        n += std::count_if(row, row + all.width(), [](quint32 p) { return p != 0; });
    }
    return n;
}

Expected<std::vector<TryAllEntry>> computeTryAll(const cv::Mat& plane, bool darkBackground, bool fullHistogram,
                                                 int thumbnailSize, TaskContext& task)
{
    const QStringList names = thresholdMethodNames();
    std::vector<TryAllEntry> out;
    out.reserve(size_t(names.size()));
    const double scale = std::min(1.0, double(std::max(1, thumbnailSize)) / std::max(plane.cols, plane.rows));
    const cv::Size thumb(std::max(1, int(std::lround(plane.cols * scale))),
                         std::max(1, int(std::lround(plane.rows * scale))));
    for (int i = 0; i < names.size(); ++i) {
        if (!task.setProgress(double(i) / names.size(), names[i])) {
            return Status::cancelled();
        }
        AutoThresholdParams params;
        params.method = *thresholdMethodFromName(names[i]);
        params.darkBackground = darkBackground;
        params.fullHistogram = fullHistogram;
        SubTask sub(task, double(i) / names.size(), double(i + 1) / names.size());
        const Expected<ThresholdResult> levels = computeAutoThreshold(plane, cv::Mat(), params, sub);
        if (!levels.isOk()) {
            return levels.status();
        }
        const Expected<cv::Mat> mask = applyThreshold(plane, cv::Mat(), levels.value(), sub);
        if (!mask.isOk()) {
            return mask.status();
        }
        cv::Mat small;
        cv::resize(mask.value(), small, thumb, 0, 0, cv::INTER_AREA);
        QImage image(small.cols, small.rows, QImage::Format_Grayscale8);
        for (int y = 0; y < small.rows; ++y) {
            std::copy_n(small.ptr<uchar>(y), small.cols, image.scanLine(y));
        }
        out.push_back({names[i], levels.value(), image});
    }
    task.setProgress(1.0);
    return out;
}

} // namespace tessera
