#include "ui/viewer/RoiOverlay.h"

#include "ui/document/ImageDocument.h"

#include <QPainter>

#include <algorithm>

namespace tessera {

RoiOverlay::RoiOverlay(QObject* parent) : OverlayLayer(parent) {}

void RoiOverlay::setDocument(ImageDocument* document)
{
    if (m_document == document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ImageDocument::roisChanged, this, &OverlayLayer::changed);
        connect(m_document, &ImageDocument::selectionChanged, this, &OverlayLayer::changed);
        connect(m_document, &ImageDocument::classesChanged, this, &OverlayLayer::changed);
        connect(m_document, &ImageDocument::roiNamesShownChanged, this, &OverlayLayer::changed);
    }
    emit changed();
}

bool RoiOverlay::showNames() const
{
    return m_document && m_document->roiNamesShown();
}

void RoiOverlay::setShowNames(bool show)
{
    if (m_document) {
        m_document->setRoiNamesShown(show);
    }
}

QPainterPath RoiOverlay::roiPath(const Roi& roi)
{
    QPainterPath path;
    switch (roi.shape) {
    case RoiShape::Rectangle:
        path.addRect(roi.bounds);
        break;
    case RoiShape::Ellipse:
        path.addEllipse(roi.bounds);
        break;
    case RoiShape::Polygon:
        if (!roi.vertices.empty()) {
            path.addPolygon(QPolygonF(QList<QPointF>(roi.vertices.begin(), roi.vertices.end())));
            path.closeSubpath();
        }
        break;
    case RoiShape::Line:
        if (!roi.vertices.empty()) {
            path.addPolygon(QPolygonF(QList<QPointF>(roi.vertices.begin(), roi.vertices.end())));
        }
        break;
    case RoiShape::Points:
        for (const QPointF& p : roi.vertices) {
            path.addEllipse(p, 1.0, 1.0);
        }
        break;
    }
    return path;
}

QList<QPointF> RoiOverlay::handlePositions(const Roi& roi)
{
    if (roi.hasVertices()) {
        return QList<QPointF>(roi.vertices.begin(), roi.vertices.end());
    }
    const QRectF b = roi.bounds;
    const QPointF c = b.center();
    return {b.topLeft(),     QPointF(c.x(), b.top()),    b.topRight(),   QPointF(b.right(), c.y()),
            b.bottomRight(), QPointF(c.x(), b.bottom()), b.bottomLeft(), QPointF(b.left(), c.y())};
}

void RoiOverlay::paint(QPainter& painter, const ViewTransform& t, const QRectF& visibleImageRect)
{
    if (!m_document || m_document->roiCount() == 0) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QTransform toWidget = t.transform();
    const QFontMetricsF metrics(painter.font());
    // A margin (in image units) so outlines and names of ROIs just off screen still show their visible part.
    const double margin = 2.0 / t.scale;
    const QRectF area = visibleImageRect.adjusted(-margin, -margin, margin, margin);
    QList<RoiId> selected;
    for (RoiId id : m_document->roiIds()) {
        const Roi& roi = m_document->roi(id);
        const QRectF box = roi.boundingRect();
        const bool isSelected = m_document->isSelected(id);
        if (!box.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(area)) {
            continue;
        }
        // An unclassified ROI with its own stroke colour (from an ImageJ file) is drawn in that colour.
        const QColor color = roi.className.isEmpty() && roi.color != 0 ? QColor::fromRgba(roi.color)
                                                                       : m_document->classColor(roi.className);
        // Widths in widget (logical) pixels: the painter has no transform but the screen scale, so lines keep their
        // look at 100 % and 200 %.
        painter.setPen(QPen(color, isSelected ? 2.0 : 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(toWidget.map(roiPath(roi)));
        if (m_document->roiNamesShown() && !roi.name.isEmpty()) {
            // A label in the class colour with black or white text, whichever reads better on it.
            QPointF at = t.toWidget(box.topLeft()) + QPointF(2, -3);
            QRectF textBox = metrics.boundingRect(roi.name).translated(at).adjusted(-2, 0, 2, 0);
            // A label the top of the view would cut off (ROI at the image's top edge) goes just inside the ROI, or
            // stays pinned to the top of the view while the ROI is partly scrolled out.
            if (textBox.top() < 0) {
                const double down = std::max(0.0, t.toWidget(box.topLeft()).y() + 1) - textBox.top();
                at.ry() += down;
                textBox.translate(0, down);
            }
            QColor fill = color;
            fill.setAlpha(200);
            painter.fillRect(textBox, fill);
            painter.setPen(qGray(color.rgb()) > 140 ? Qt::black : Qt::white);
            painter.drawText(at, roi.name);
        }
        if (isSelected) {
            selected.append(id);
        }
    }
    // Handles on top of every outline.
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (RoiId id : selected) {
        const Roi& roi = m_document->roi(id);
        painter.setPen(QPen(m_document->classColor(roi.className), 1.0));
        painter.setBrush(Qt::white);
        for (const QPointF& h : handlePositions(roi)) {
            const QPointF w = t.toWidget(h);
            painter.drawRect(QRectF(w.x() - kHandleSize / 2, w.y() - kHandleSize / 2, kHandleSize, kHandleSize));
        }
    }
}

} // namespace tessera
