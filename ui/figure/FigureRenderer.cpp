#include "ui/figure/FigureRenderer.h"

#include "core/measure/RegionOutline.h"
#include "core/segmentation/ConnectedComponents.h"
#include "ui/figure/FigureFile.h"

#include <QFontMetricsF>
#include <QPainter>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace tessera {
namespace {
/** A sans-serif font of pixelSize output pixels (fonts in pixels: the same size on every paint device). */
QFont figureFont(double pixelSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    return font;
}

/** Black or white, whichever reads better on background. */
QColor textColorOn(const QColor& background)
{
    return qGray(background.rgb()) > 140 ? Qt::black : Qt::white;
}
} // namespace

FigureRenderer::FigureRenderer(FigureContent content, FigureOptions options)
    : m_content(std::move(content)), m_options(std::move(options))
{
    const QRect whole(QPoint(0, 0), m_content.image.size());
    m_region = m_options.region.isEmpty() ? whole : m_options.region.intersected(whole);
    const double s = m_options.scale > 0 ? m_options.scale : 1.0;
    m_size = QSize(std::max(0, int(std::lround(m_region.width() * s))),
                   std::max(0, int(std::lround(m_region.height() * s))));
    m_transform = QTransform().translate(-m_region.x(), -m_region.y()) * QTransform::fromScale(s, s);
    computeObjects();
}

void FigureRenderer::computeObjects()
{
    const cv::Mat& labels = m_content.labels;
    if ((!m_options.objects && !m_options.objectNumbers) || labels.empty() || labels.type() != CV_32S ||
        m_content.labelCount <= 0 || m_region.isEmpty()) {
        return;
    }
    const LabelStats stats = labelStats(labels, m_content.labelCount);
    const cv::Rect region(m_region.x(), m_region.y(), m_region.width(), m_region.height());
    for (int label = 1; label <= m_content.labelCount; ++label) {
        const cv::Rect box = stats.box[size_t(label)];
        if (stats.area[size_t(label)] <= 0 || (box & region).empty()) {
            continue;
        }
        cv::Mat1b padded(box.height + 2, box.width + 2, uchar(0));
        cv::Mat1b inner = padded(cv::Rect(1, 1, box.width, box.height));
        cv::compare(labels(box), label, inner, cv::CMP_EQ);
        cv::Point first(-1, -1);
        for (int y = 0; y < inner.rows && first.x < 0; ++y) {
            const uchar* row = inner.ptr<uchar>(y);
            for (int x = 0; x < inner.cols; ++x) {
                if (row[x]) {
                    first = cv::Point(x, y);
                    break;
                }
            }
        }
        if (first.x < 0) {
            continue;
        }
        Object object;
        object.label = label;
        QPolygonF polygon;
        for (const cv::Point& p : traceOutline(padded, first)) {
            polygon.append(QPointF(p.x + box.x, p.y + box.y));
        }
        object.outline.addPolygon(polygon);
        object.outline.closeSubpath();
        const cv::Moments m = cv::moments(inner, true);
        object.centre = m.m00 > 0 ? QPointF(box.x + m.m10 / m.m00 + 0.5, box.y + m.m01 / m.m00 + 0.5)
                                  : QPointF(box.x + box.width / 2.0, box.y + box.height / 2.0);
        m_objects.push_back(std::move(object));
    }
}

FigureRenderer::ScaleBar FigureRenderer::scaleBar() const
{
    ScaleBar sb;
    const ScaleBarOptions& o = m_options.scaleBar;
    const Calibration& cal = m_content.calibration;
    if (!o.enabled || m_size.isEmpty() || (!cal.isCalibrated() && !o.pixelsWhenUncalibrated)) {
        return sb;
    }
    const double pw = cal.isCalibrated() ? cal.pixelWidth : 1.0;
    if (!(pw > 0.0) || !std::isfinite(pw)) {
        return sb;
    }
    sb.length = o.length > 0.0 ? o.length : niceScaleBarLength(m_region.width() * pw);
    if (!(sb.length > 0.0)) {
        return sb;
    }
    sb.shown = true;
    sb.label = o.showLabel ? scaleBarLabel(sb.length, cal) : QString();
    const double W = m_size.width();
    const double H = m_size.height();
    const double barWidth = std::max(1.0, double(std::lround(sb.length / pw * m_options.scale)));
    // Automatic sizes follow the figure: a thumbnail gets a small label, a page-sized figure at most 10 pt.
    const double autoFont = std::min(m_options.pointsToPixels(10.0), std::max(8.0, 0.05 * std::min(W, H)));
    sb.fontPixels =
        std::max(1.0, double(std::lround(o.fontSize > 0.0 ? m_options.pointsToPixels(o.fontSize) : autoFont)));
    const double thickness = std::max(
        1.0, double(std::lround(o.thickness > 0.0 ? m_options.pointsToPixels(o.thickness) : 0.3 * sb.fontPixels)));
    const double margin =
        std::max(1.0, double(std::lround(std::min(m_options.pointsToPixels(8.0), 0.05 * std::min(W, H)))));
    const bool right = o.corner == FigureCorner::BottomRight || o.corner == FigureCorner::TopRight;
    const bool bottom = o.corner == FigureCorner::BottomRight || o.corner == FigureCorner::BottomLeft;
    QSizeF labelSize;
    double gap = 0.0;
    if (!sb.label.isEmpty()) {
        const QFontMetricsF fm(figureFont(sb.fontPixels));
        labelSize = QSizeF(fm.horizontalAdvance(sb.label), fm.height());
        gap = std::round(fm.height() * 0.15);
    }
    const double x = right ? W - margin - barWidth : margin;
    const double y = bottom ? H - margin - thickness : margin + (labelSize.isEmpty() ? 0.0 : labelSize.height() + gap);
    sb.bar = QRectF(x, y, barWidth, thickness);
    if (!labelSize.isEmpty()) {
        double lx = sb.bar.center().x() - labelSize.width() / 2.0;
        lx = std::clamp(lx, margin, std::max(margin, W - margin - labelSize.width()));
        sb.labelBox = QRectF(QPointF(lx, y - gap - labelSize.height()), labelSize);
        if (!bottom) {
            sb.labelBox.moveTop(margin);
        }
    }
    return sb;
}

QStringList FigureRenderer::notes() const
{
    QStringList notes;
    const QString note = scaleBarNote(m_content.calibration, m_options.scaleBar);
    if (!note.isEmpty()) {
        notes.append(note);
    }
    const ScaleBar sb = scaleBar();
    if (sb.shown && sb.bar.width() > m_size.width()) {
        notes.append(tr("The scale bar (%1) is longer than the figure is wide.")
                         .arg(scaleBarLabel(sb.length, m_content.calibration)));
    }
    if (m_options.objectNumbers && !m_objects.empty()) {
        const QFontMetricsF metrics(figureFont(m_options.pointsToPixels(m_options.labelFontSize)));
        const auto fitting =
            std::count_if(m_objects.begin(), m_objects.end(), [&](const Object& o) { return numberFits(o, metrics); });
        if (fitting < qsizetype(m_objects.size())) {
            notes.append(tr("%1 of %2 object numbers do not fit their objects and are left out (a larger scale "
                            "factor or a smaller name size makes room).")
                             .arg(qsizetype(m_objects.size()) - fitting)
                             .arg(m_objects.size()));
        }
    }
    return notes;
}

void FigureRenderer::paint(QPainter& painter) const
{
    if (m_size.isEmpty()) {
        return;
    }
    painter.save();
    const QRectF target = m_transform.mapRect(QRectF(m_region));
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(m_size)));
    // Pixels stay squares when enlarged; a reduction is smoothed.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_options.scale < 1.0);
    painter.setRenderHint(QPainter::LosslessImageRendering, true); // PDF would otherwise store JPEG
    painter.drawImage(target, m_content.image.copy(m_region));
    if (m_options.threshold && !m_content.threshold.isNull()) {
        painter.drawImage(target, m_content.threshold.copy(m_region));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintObjects(painter);
    paintRois(painter);
    paintScaleBar(painter);
    painter.restore();
}

void FigureRenderer::paintObjects(QPainter& painter) const
{
    if (m_objects.empty()) {
        return;
    }
    if (m_options.objects) {
        // Never wider than one image pixel: dense nuclei keep their shape instead of becoming rings of outline.
        const double pen = std::min(m_options.pointsToPixels(m_options.lineWidth), m_options.scale);
        painter.setPen(QPen(m_options.objectColor, pen));
        painter.setBrush(Qt::NoBrush);
        for (const Object& o : m_objects) {
            painter.drawPath(m_transform.map(o.outline));
        }
    }
    if (m_options.objectNumbers) {
        const QFont font = figureFont(m_options.pointsToPixels(m_options.labelFontSize));
        painter.setFont(font);
        painter.setPen(m_options.objectColor);
        const QFontMetricsF metrics(font);
        for (const Object& o : m_objects) {
            if (numberFits(o, metrics)) {
                const QPointF c = m_transform.map(o.centre);
                painter.drawText(QRectF(c.x() - 500, c.y() - 500, 1000, 1000), Qt::AlignCenter,
                                 QString::number(o.label));
            }
        }
    }
}

bool FigureRenderer::numberFits(const Object& object, const QFontMetricsF& metrics) const
{
    // A number is drawn only where it fits inside its object (as in the viewer): numbers larger than the objects
    // would cover the image and could not be told apart.
    const QPointF c = m_transform.map(object.centre);
    const QRectF box = m_transform.map(object.outline).boundingRect();
    const QRectF text = metrics.tightBoundingRect(QString::number(object.label));
    return QRectF(QPointF(0, 0), QSizeF(m_size)).contains(c) && text.width() <= box.width() &&
           text.height() <= box.height();
}

void FigureRenderer::paintRois(QPainter& painter) const
{
    if (!m_options.rois) {
        return;
    }
    const QRectF area(m_region);
    const double pen = m_options.pointsToPixels(m_options.lineWidth);
    const QFont font = figureFont(m_options.pointsToPixels(m_options.labelFontSize));
    const QFontMetricsF fm(font);
    painter.setFont(font);
    for (const FigureContent::RoiItem& roi : m_content.rois) {
        const QRectF box = roi.path.boundingRect();
        if (!box.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(area)) {
            continue;
        }
        painter.setPen(QPen(roi.color, pen));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(m_transform.map(roi.path));
        if (!m_options.roiNames || roi.name.isEmpty()) {
            continue;
        }
        // The name on a label in the class colour just above the ROI's top-left corner (inside when that is off
        // the figure's top), kept within the figure.
        const QPointF corner = m_transform.map(box.topLeft());
        const double pad = std::max(1.0, fm.height() * 0.15);
        QRectF label(0, 0, fm.horizontalAdvance(roi.name) + 2 * pad, fm.height());
        label.moveBottomLeft(QPointF(corner.x(), corner.y() - pen / 2));
        if (label.top() < 0) {
            label.moveTop(std::max(0.0, corner.y() + pen / 2));
        }
        label.moveLeft(std::clamp(label.left(), 0.0, std::max(0.0, m_size.width() - label.width())));
        QColor fill = roi.color;
        fill.setAlpha(200);
        painter.fillRect(label, fill);
        painter.setPen(textColorOn(roi.color));
        painter.drawText(label, Qt::AlignCenter, roi.name);
    }
}

void FigureRenderer::paintScaleBar(QPainter& painter) const
{
    const ScaleBar sb = scaleBar();
    if (!sb.shown) {
        return;
    }
    const QColor color = m_options.scaleBar.color;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false); // the bar covers whole pixels
    painter.fillRect(sb.bar, color);
    painter.restore();
    if (!sb.label.isEmpty()) {
        painter.setFont(figureFont(sb.fontPixels));
        painter.setPen(color);
        painter.drawText(sb.labelBox, Qt::AlignCenter, sb.label);
    }
}

QImage FigureRenderer::toImage() const
{
    QImage image(m_size, QImage::Format_RGB32);
    if (image.isNull()) {
        return image;
    }
    image.fill(Qt::white);
    image.setDotsPerMeterX(dotsPerMeter(m_options.dpi));
    image.setDotsPerMeterY(dotsPerMeter(m_options.dpi));
    QPainter painter(&image);
    paint(painter);
    return image;
}

Status FigureRenderer::write(const QString& path) const
{
    FigureFormat format = FigureFormat::Png;
    if (!figureFormatForPath(path, &format)) {
        return Status::invalid(
            tr("Cannot write \"%1\": unknown figure format (use .png, .tif, .svg or .pdf).").arg(path));
    }
    return write(path, format);
}

Status FigureRenderer::write(const QString& path, FigureFormat format) const
{
    const QString problem = m_options.validate();
    if (!problem.isEmpty()) {
        return Status::invalid(problem);
    }
    if (m_content.image.isNull() || m_size.isEmpty()) {
        return Status::invalid(tr("Cannot write \"%1\": the figure's region is empty.").arg(path));
    }
    return writeFigureFile(path, format, m_size, m_options.dpi, m_content.title,
                           [this](QPaintDevice& device, const QTransform& toDevice) {
                               QPainter painter(&device);
                               if (!painter.isActive()) {
                                   return false;
                               }
                               painter.setTransform(toDevice);
                               paint(painter);
                               return painter.end();
                           });
}

} // namespace tessera
