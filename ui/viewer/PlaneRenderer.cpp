#include "ui/viewer/PlaneRenderer.h"

#include "core/task/TaskContext.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>

namespace tessera {
namespace {

/** Maps one row of a plane to 0..255 indices with the display range rule of renderPlaneRgb(). */
class IndexMapper
{
public:
    explicit IndexMapper(DisplayRange range)
    {
        const double span = range.max > range.min ? range.max - range.min : 1.0;
        m_alpha = 255.0 / span;
        m_beta = -range.min * m_alpha;
    }

    void mapRow(const cv::Mat& plane, int r, uchar* out) const
    {
        if (plane.depth() == CV_32F) {
            const float* in = plane.ptr<float>(r);
            for (int c = 0; c < plane.cols; ++c) {
                const double t = double(in[c]) * m_alpha + m_beta;
                // NaN fails both comparisons and ends at 0; ±∞ clamp to the ends.
                out[c] = t >= 255.0 ? uchar(255) : (t > 0.0 ? uchar(cvRound(t)) : uchar(0));
            }
            return;
        }
        cv::Mat dst(1, plane.cols, CV_8U, out);
        plane.row(r).convertTo(dst, CV_8U, m_alpha, m_beta); // saturating, rounds to nearest
    }

private:
    double m_alpha = 1.0;
    double m_beta = 0.0;
};

/** Runs body(row, scratch) for every row in parallel bands; false when task was cancelled. */
template <typename Body> bool forEachRow(int rows, int cols, TaskContext* task, Body body)
{
    std::atomic<bool> cancelled{false};
    const int stripes = std::max(1, std::min(rows, 16));
    cv::parallel_for_(
        cv::Range(0, rows),
        [&](const cv::Range& range) {
            std::vector<uchar> scratch(size_t(std::max(cols, 1)));
            for (int r = range.start; r < range.end; ++r) {
                if (((r - range.start) & 63) == 0 && task && task->isCancelled()) {
                    cancelled = true;
                    return;
                }
                body(r, scratch.data());
            }
        },
        stripes);
    return !cancelled && !(task && task->isCancelled());
}

/** reuse when it fits (see PlaneRenderer.h), else a new image. */
QImage rgbTarget(int width, int height, QImage reuse)
{
    if (reuse.width() == width && reuse.height() == height && reuse.format() == QImage::Format_RGB32 &&
        reuse.isDetached()) {
        return reuse;
    }
    return QImage(width, height, QImage::Format_RGB32);
}

bool isRenderable(const cv::Mat& plane)
{
    return !plane.empty() && plane.channels() == 1 &&
           (plane.depth() == CV_8U || plane.depth() == CV_16U || plane.depth() == CV_32F);
}

} // namespace

Lut Lut::grays()
{
    return byName(QStringLiteral("Grays"));
}

QStringList Lut::names()
{
    return {QStringLiteral("Grays"), QStringLiteral("Fire"), QStringLiteral("Red"),     QStringLiteral("Green"),
            QStringLiteral("Blue"),  QStringLiteral("Cyan"), QStringLiteral("Magenta"), QStringLiteral("Yellow")};
}

Lut Lut::byName(const QString& name)
{
    Lut lut;
    lut.name = name;
    lut.colors.resize(256);
    for (int i = 0; i < 256; ++i) {
        int r = i, g = i, b = i;
        if (name == QLatin1String("Red")) {
            g = b = 0;
        } else if (name == QLatin1String("Green")) {
            r = b = 0;
        } else if (name == QLatin1String("Blue")) {
            r = g = 0;
        } else if (name == QLatin1String("Cyan")) {
            r = 0;
        } else if (name == QLatin1String("Magenta")) {
            g = 0;
        } else if (name == QLatin1String("Yellow")) {
            b = 0;
        } else if (name == QLatin1String("Fire")) {
            // black → blue/purple → red → orange → yellow → white, a smooth approximation of ImageJ's Fire
            const double x = i / 255.0;
            r = int(255 * std::clamp(1.6 * x, 0.0, 1.0));
            g = int(255 * std::clamp(2.0 * x - 0.8, 0.0, 1.0));
            b = int(255 *
                    std::clamp(x < 0.35 ? 2.2 * x : (x < 0.6 ? 0.77 - 3.0 * (x - 0.35) : 3.5 * (x - 0.75)), 0.0, 1.0));
        }
        lut.colors[i] = qRgb(r, g, b);
    }
    return lut;
}

Lut Lut::reversed() const
{
    Lut out = *this;
    std::reverse(out.colors.begin(), out.colors.end());
    return out;
}

QImage renderPlane(const cv::Mat& plane, DisplayRange range, const Lut& lut)
{
    QImage out(plane.cols, plane.rows, QImage::Format_Indexed8);
    out.setColorTable(lut.colors.size() == 256 ? lut.colors : Lut::grays().colors);
    if (!isRenderable(plane)) {
        out.fill(0);
        return out;
    }
    const IndexMapper mapper(range);
    forEachRow(plane.rows, plane.cols, nullptr, [&](int r, uchar*) { mapper.mapRow(plane, r, out.scanLine(r)); });
    return out;
}

QImage renderPlaneRgb(const cv::Mat& plane, DisplayRange range, const Lut& lut, TaskContext* task, QImage reuse)
{
    QImage out = rgbTarget(plane.cols, plane.rows, std::move(reuse));
    if (!isRenderable(plane)) {
        out.fill(Qt::black);
        return out;
    }
    const QVector<QRgb> colors = lut.colors.size() == 256 ? lut.colors : Lut::grays().colors;
    const IndexMapper mapper(range);
    const bool ok = forEachRow(plane.rows, plane.cols, task, [&](int r, uchar* indices) {
        mapper.mapRow(plane, r, indices);
        auto* dst = reinterpret_cast<QRgb*>(out.scanLine(r));
        for (int c = 0; c < plane.cols; ++c) {
            dst[c] = colors[indices[c]];
        }
    });
    return ok ? out : QImage();
}

QImage renderComposite(const std::vector<CompositeChannel>& channels, bool inverted, TaskContext* task, QImage reuse)
{
    if (channels.empty()) {
        return QImage();
    }
    const cv::Size size = channels.front().plane.size();
    QImage out = rgbTarget(size.width, size.height, std::move(reuse));
    struct Prepared
    {
        cv::Mat plane;
        IndexMapper mapper;
        std::array<std::array<quint16, 256>, 3> add; // contribution of index i to R, G, B
    };
    std::vector<Prepared> prepared;
    for (const CompositeChannel& ch : channels) {
        if (!isRenderable(ch.plane) || ch.plane.size() != size) {
            continue; // a missing or mismatched plane contributes nothing
        }
        Prepared p{ch.plane, IndexMapper(ch.range), {}};
        const int comp[3] = {ch.color.red(), ch.color.green(), ch.color.blue()};
        for (int k = 0; k < 3; ++k) {
            for (int i = 0; i < 256; ++i) {
                p.add[k][i] = quint16(cvRound(comp[k] * i / 255.0));
            }
        }
        prepared.push_back(std::move(p));
    }
    const int cols = size.width;
    const bool ok = forEachRow(size.height, cols, task, [&](int r, uchar* indices) {
        thread_local std::vector<int> sum;
        sum.assign(size_t(cols) * 3, 0);
        for (const Prepared& p : prepared) {
            p.mapper.mapRow(p.plane, r, indices);
            for (int c = 0; c < cols; ++c) {
                const uchar i = indices[c];
                sum[3 * c] += p.add[0][i];
                sum[3 * c + 1] += p.add[1][i];
                sum[3 * c + 2] += p.add[2][i];
            }
        }
        auto* dst = reinterpret_cast<QRgb*>(out.scanLine(r));
        for (int c = 0; c < cols; ++c) {
            int rgb[3] = {std::min(sum[3 * c], 255), std::min(sum[3 * c + 1], 255), std::min(sum[3 * c + 2], 255)};
            if (inverted) {
                for (int& v : rgb) {
                    v = 255 - v;
                }
            }
            dst[c] = qRgb(rgb[0], rgb[1], rgb[2]);
        }
    });
    return ok ? out : QImage();
}

DisplayState makeDisplayState(const Image& image, PlanePosition position, const QList<ChannelView>& views,
                              bool composite, bool inverted)
{
    DisplayState state;
    state.position = position;
    state.inverted = inverted;
    state.composite = composite && image.channels() > 1;
    if (state.composite) {
        state.position.c = 0;
        for (int c = 0; c < image.channels(); ++c) {
            ChannelView v = views.value(c);
            if (!v.visible) {
                v = ChannelView{}; // hidden channels render alike whatever their settings
                v.visible = false;
            }
            v.lut.clear(); // the LUT is not used in composite mode
            state.channels.append(v);
        }
    } else {
        ChannelView v = views.value(position.c);
        v.visible = true; // visibility only matters in composite mode
        v.color = QColor();
        state.channels.append(v);
    }
    return state;
}

QImage renderDisplay(const Image& image, const DisplayState& state, TaskContext* task, QImage reuse)
{
    if (image.isNull()) {
        return QImage();
    }
    const PlanePosition p = state.position;
    const int z = std::clamp(p.z, 0, image.slices() - 1);
    const int t = std::clamp(p.t, 0, image.frames() - 1);
    if (!state.composite) {
        const int c = std::clamp(p.c, 0, image.channels() - 1);
        const ChannelView v = state.channels.value(0);
        const Lut lut = Lut::byName(v.lut);
        return renderPlaneRgb(image.plane(c, z, t), v.range, state.inverted ? lut.reversed() : lut, task,
                              std::move(reuse));
    }
    std::vector<CompositeChannel> channels;
    for (int c = 0; c < image.channels() && c < state.channels.size(); ++c) {
        const ChannelView& v = state.channels[c];
        if (v.visible) {
            channels.push_back({image.plane(c, z, t), v.range, v.color});
        }
    }
    if (channels.empty()) {
        QImage out = rgbTarget(image.width(), image.height(), std::move(reuse));
        out.fill(state.inverted ? Qt::white : Qt::black);
        return out;
    }
    return renderComposite(channels, state.inverted, task, std::move(reuse));
}

} // namespace tessera
