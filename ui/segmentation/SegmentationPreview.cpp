#include "ui/segmentation/SegmentationPreview.h"

#include "core/filters/Preprocess.h"
#include "core/task/TaskContext.h"

#include <QPainter>

namespace tessera {
namespace {
bool sameThreshold(const SegmentationParams& a, const SegmentationParams& b)
{
    return a.autoThreshold == b.autoThreshold && a.method == b.method && a.fullHistogram == b.fullHistogram &&
           a.darkBackground == b.darkBackground && a.manualLower == b.manualLower && a.manualUpper == b.manualUpper;
}

/** Outline pixels: object pixels with a 4-neighbour of another label inside the region. */
QImage outlineImage(const cv::Mat& labels, const QColor& color)
{
    QImage image(labels.cols, labels.rows, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QRgb c = color.rgba();
    for (int y = 0; y < labels.rows; ++y) {
        const int* row = labels.ptr<int>(y);
        const int* up = y > 0 ? labels.ptr<int>(y - 1) : row;
        const int* down = y + 1 < labels.rows ? labels.ptr<int>(y + 1) : row;
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < labels.cols; ++x) {
            const int l = row[x];
            if (l == 0) {
                continue;
            }
            const int left = x > 0 ? row[x - 1] : l;
            const int right = x + 1 < labels.cols ? row[x + 1] : l;
            if (left != l || right != l || up[x] != l || down[x] != l) {
                out[x] = c;
            }
        }
    }
    return image;
}
} // namespace

QColor segmentationPreviewColor()
{
    return QColor(0, 230, 255);
}

Expected<SegmentationPreview> computeSegmentationPreview(const SegmentationPreviewRequest& request, TaskContext& task)
{
    const SegmentationParams& params = request.params;
    if (const Status valid = params.validate(); !valid.isOk()) {
        return valid;
    }
    const cv::Mat& plane = request.plane;
    const QRect region = request.region.intersected(QRect(0, 0, plane.cols, plane.rows));
    if (plane.empty() || region.isEmpty()) {
        return Status::invalid(QStringLiteral("empty preview region"));
    }
    SegmentationPreview out;
    out.region = region;
    SegmentationPreviewCache cache = request.cache;
    if (cache.plane.data != plane.data || cache.maskLayer.data != request.maskLayer.data) {
        cache = SegmentationPreviewCache();
        cache.plane = plane;
        cache.maskLayer = request.maskLayer;
    }
    if (cache.chain != params.preprocess) {
        cache.preprocessed.release();
        cache.chain = params.preprocess;
        if (request.maskLayer.empty()) {
            cache.foreground.release();
        }
    }
    const bool needsIntensity = params.refineOutlines || params.watershed == WatershedMode::Intensity;
    const bool thresholding = request.maskLayer.empty();
    if (cache.preprocessed.empty() && (needsIntensity || thresholding)) {
        SubTask sub(task, 0.0, 0.3);
        Expected<cv::Mat> pre = applyPreprocess(plane, params.preprocess, sub);
        if (!pre.isOk()) {
            return pre.status();
        }
        cache.preprocessed = pre.value();
    }
    if (thresholding && (cache.foreground.empty() || !sameThreshold(cache.thresholdOf, params))) {
        SubTask sub(task, 0.3, 0.4);
        SegmentationResult partial;
        Expected<cv::Mat> fg = SegmentationPipeline::thresholdForeground(cache.preprocessed, params, partial, sub);
        if (!fg.isOk()) {
            return fg.status();
        }
        cache.foreground = fg.value();
        cache.thresholdOf = params;
        cache.warnings = partial.warnings;
    } else if (!thresholding && cache.foreground.empty()) {
        cache.foreground = request.maskLayer;
        cache.warnings.clear();
    }
    out.warnings = cache.warnings;

    const cv::Rect roi(region.x(), region.y(), region.width(), region.height());
    const cv::Mat foreground = cache.foreground(roi).clone();
    const cv::Mat preprocessed = needsIntensity ? cache.preprocessed(roi).clone() : cv::Mat();
    SegmentationParams local = params;
    local.excludeEdges = false; // the region's border is not the image's: done below
    std::vector<cv::Point> seeds;
    SubTask sub(task, 0.4, 0.95);
    Expected<LabelImage> objects =
        SegmentationPipeline::splitObjects(preprocessed, foreground, local, request.pixelArea, sub, &seeds);
    if (!objects.isOk()) {
        return objects.status();
    }
    cv::Mat labels = objects->labels;
    if (params.excludeEdges && objects->count > 0) {
        std::vector<bool> touches(size_t(objects->count) + 1, false);
        auto markRow = [&](int y) {
            for (int x = 0; x < labels.cols; ++x) {
                touches[size_t(labels.at<int>(y, x))] = true;
            }
        };
        auto markColumn = [&](int x) {
            for (int y = 0; y < labels.rows; ++y) {
                touches[size_t(labels.at<int>(y, x))] = true;
            }
        };
        if (region.top() == 0) {
            markRow(0);
        }
        if (region.bottom() == plane.rows - 1) {
            markRow(labels.rows - 1);
        }
        if (region.left() == 0) {
            markColumn(0);
        }
        if (region.right() == plane.cols - 1) {
            markColumn(labels.cols - 1);
        }
        std::vector<bool> keep(touches.size());
        for (size_t l = 1; l < keep.size(); ++l) {
            keep[l] = !touches[l];
        }
        LabelImage kept = relabelSequential(labels, keep);
        labels = kept.labels;
        out.objects = kept.count;
    } else {
        out.objects = objects->count;
    }
    for (const cv::Point& p : seeds) {
        if (labels.at<int>(p) > 0) {
            out.seeds.emplace_back(region.x() + p.x + 0.5, region.y() + p.y + 0.5);
        }
    }
    out.outlines = outlineImage(labels, segmentationPreviewColor());
    out.cache = cache;
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    return out;
}

SegmentationPreviewOverlay::SegmentationPreviewOverlay(QObject* parent) : OverlayLayer(parent)
{
    setObjectName(QStringLiteral("segmentationPreviewOverlay"));
}

void SegmentationPreviewOverlay::setPreview(const SegmentationPreview& preview)
{
    m_preview = preview;
    m_has = true;
    emit changed();
}

void SegmentationPreviewOverlay::clear()
{
    m_has = false;
    m_preview = SegmentationPreview();
    emit changed();
}

void SegmentationPreviewOverlay::paint(QPainter& painter, const ViewTransform& t, const QRectF& visibleImageRect)
{
    m_lastVisible = visibleImageRect.toAlignedRect();
    if (!m_has) {
        return;
    }
    if (!m_preview.region.contains(m_lastVisible)) {
        emit regionWanted(m_lastVisible);
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(t.toWidget(QRectF(m_preview.region)), m_preview.outlines);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(255, 170, 0), 1.5));
    const double arm = 4.0; // screen pixels
    const QRectF visible = visibleImageRect.adjusted(-1, -1, 1, 1);
    for (const QPointF& s : m_preview.seeds) {
        if (!visible.contains(s)) {
            continue;
        }
        const QPointF c = t.toWidget(s);
        painter.drawLine(c - QPointF(arm, 0), c + QPointF(arm, 0));
        painter.drawLine(c - QPointF(0, arm), c + QPointF(0, arm));
    }
    painter.restore();
}

} // namespace tessera
