#include "ui/document/ImageDocument.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tessera {

ImageDocument::ImageDocument(Image image, QObject* parent) : QObject(parent), m_image(std::move(image))
{
    m_displayRanges = m_image.displayRanges;
    if (m_displayRanges.size() != m_image.channels()) {
        m_displayRanges.clear();
        for (int c = 0; c < m_image.channels(); ++c) {
            m_displayRanges.append(autoDisplayRange(m_image.plane(c, m_image.slices() / 2, 0)));
        }
    }
}

QString ImageDocument::fileName() const
{
    return m_image.sourcePath.isEmpty() ? tr("Untitled") : QFileInfo(m_image.sourcePath).fileName();
}

void ImageDocument::setPosition(PlanePosition p)
{
    p.c = std::clamp(p.c, 0, m_image.channels() - 1);
    p.z = std::clamp(p.z, 0, m_image.slices() - 1);
    p.t = std::clamp(p.t, 0, m_image.frames() - 1);
    if (p != m_position) {
        m_position = p;
        emit positionChanged(p);
    }
}

void ImageDocument::setDisplayRange(int c, DisplayRange range)
{
    if (c < 0 || c >= m_displayRanges.size() || m_displayRanges[c] == range) {
        return;
    }
    m_displayRanges[c] = range;
    emit displayRangeChanged(c);
}

DisplayRange autoDisplayRange(const cv::Mat& plane, double saturated)
{
    // Subsample to at most ~1M values, then take the two quantiles with nth_element.
    const qint64 total = qint64(plane.total());
    const int step = int(std::max<qint64>(1, total / 1000000));
    std::vector<float> values;
    values.reserve(size_t(total / step + 1));
    cv::Mat asFloat;
    plane.convertTo(asFloat, CV_32F);
    for (int r = 0; r < asFloat.rows; ++r) {
        const float* row = asFloat.ptr<float>(r);
        for (int c = (r * 7) % step; c < asFloat.cols; c += step) {
            if (std::isfinite(row[c])) {
                values.push_back(row[c]);
            }
        }
    }
    if (values.empty()) {
        return {0.0, 1.0};
    }
    const size_t n = values.size();
    const size_t lo = std::min(n - 1, size_t(double(n) * saturated / 2));
    const size_t hi = n - 1 - lo;
    std::nth_element(values.begin(), values.begin() + lo, values.end());
    const double vmin = values[lo];
    std::nth_element(values.begin(), values.begin() + hi, values.end());
    const double vmax = values[hi];
    if (vmax > vmin) {
        return {vmin, vmax};
    }
    return {vmin, vmin + 1.0};
}

} // namespace tessera
