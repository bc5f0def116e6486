#include "ui/viewer/ImageView.h"

#include "ui/viewer/OverlayLayer.h"
#include "ui/viewer/ViewTool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tessera {
namespace {
constexpr double kMinScale = 1.0 / 64.0;
constexpr double kMaxScale = 64.0;
constexpr double kZoomStep = 1.25;
} // namespace

ImageView::ImageView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::WheelFocus);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ImageView::setImage(const QImage& image)
{
    const bool newSize = image.size() != m_image.size();
    m_image = image;
    // Painting a sub-rectangle of an RGB32 image is a plain copy; an indexed image would be converted whole on every
    // paint. Convert once here (callers that render RGB32 off the GUI thread skip this).
    const bool direct = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32_Premultiplied;
    m_displayImage = image.isNull() || direct ? image : image.convertToFormat(QImage::Format_RGB32);
    if (newSize) {
        m_fitMode = true;
        fitToWindow();
    }
    update();
}

QRectF ImageView::visibleImageRect() const
{
    if (m_image.isNull()) {
        return {};
    }
    return viewTransform().toImage(QRectF(rect())).intersected(QRectF(QPointF(0, 0), QSizeF(m_image.size())));
}

void ImageView::addOverlay(OverlayLayer* layer, int z)
{
    if (!layer) {
        return;
    }
    removeOverlay(layer);
    auto at = std::upper_bound(m_overlays.begin(), m_overlays.end(), z,
                               [](int value, const Overlay& o) { return value < o.z; });
    m_overlays.insert(at, Overlay{layer, z});
    connect(layer, &OverlayLayer::changed, this, qOverload<>(&QWidget::update));
    connect(layer, &QObject::destroyed, this, qOverload<>(&QWidget::update));
    update();
}

void ImageView::removeOverlay(OverlayLayer* layer)
{
    for (int i = int(m_overlays.size()) - 1; i >= 0; --i) {
        if (m_overlays[i].layer == layer) {
            disconnect(layer, nullptr, this, nullptr);
            m_overlays.removeAt(i);
        }
    }
    update();
}

QList<OverlayLayer*> ImageView::overlays() const
{
    QList<OverlayLayer*> out;
    for (const Overlay& o : m_overlays) {
        if (o.layer) {
            out.append(o.layer);
        }
    }
    return out;
}

void ImageView::setTool(ViewTool* tool)
{
    if (tool == m_tool) {
        return;
    }
    if (m_tool) {
        m_tool->setActive(false);
        disconnect(m_tool, nullptr, this, nullptr);
    }
    m_tool = tool;
    if (m_tool) {
        connect(m_tool, &ViewTool::changed, this, qOverload<>(&QWidget::update));
        m_tool->setActive(true);
        setCursor(m_tool->cursor());
    } else {
        unsetCursor();
    }
    update();
    emit toolChanged(m_tool);
}

bool ImageView::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride && m_tool &&
        m_tool->overridesShortcut(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

QPointF ImageView::widgetToImage(const QPointF& p) const
{
    return (p - m_origin) / m_scale;
}

QPointF ImageView::imageToWidget(const QPointF& p) const
{
    return p * m_scale + m_origin;
}

void ImageView::fitToWindow()
{
    m_fitMode = true;
    if (m_image.isNull() || width() <= 0 || height() <= 0) {
        return;
    }
    const double s = std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
    m_scale = std::clamp(s, kMinScale, kMaxScale);
    m_origin = QPointF((width() - m_image.width() * m_scale) / 2.0, (height() - m_image.height() * m_scale) / 2.0);
    update();
    emit scaleChanged(m_scale);
}

void ImageView::zoomActualSize()
{
    setScale(1.0, QPointF(width() / 2.0, height() / 2.0));
}

void ImageView::zoomIn()
{
    setScale(m_scale * kZoomStep, QPointF(width() / 2.0, height() / 2.0));
}

void ImageView::zoomOut()
{
    setScale(m_scale / kZoomStep, QPointF(width() / 2.0, height() / 2.0));
}

void ImageView::setScale(double scale, const QPointF& anchor)
{
    scale = std::clamp(scale, kMinScale, kMaxScale);
    const QPointF fixed = widgetToImage(anchor);
    m_scale = scale;
    m_origin = anchor - fixed * m_scale;
    m_fitMode = false;
    update();
    emit scaleChanged(m_scale);
}

void ImageView::centerOn(const QPointF& imagePoint)
{
    m_origin = QRectF(rect()).center() - imagePoint * m_scale;
    m_fitMode = false;
    update();
}

void ImageView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) {
        return;
    }
    // Draw only the visible pixels: whole source pixels covering the exposed part, mapped to their widget place.
    const QRectF visible = visibleImageRect();
    if (!visible.isEmpty()) {
        const QRect source = QRect(QPoint(int(std::floor(visible.left())), int(std::floor(visible.top()))),
                                   QPoint(int(std::ceil(visible.right())) - 1, int(std::ceil(visible.bottom())) - 1))
                                 .intersected(m_displayImage.rect());
        p.setRenderHint(QPainter::SmoothPixmapTransform, m_scale < 1.0);
        p.drawImage(viewTransform().toWidget(QRectF(source)), m_displayImage, source);
    }
    const ViewTransform t = viewTransform();
    for (const Overlay& o : m_overlays) {
        if (o.layer && o.layer->isVisible()) {
            p.save();
            o.layer->paint(p, t, visible);
            p.restore();
        }
    }
    if (m_tool) {
        p.save();
        m_tool->paint(p, t);
        p.restore();
    }
}

void ImageView::resizeEvent(QResizeEvent*)
{
    if (m_fitMode) {
        fitToWindow();
    }
}

void ImageView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0 || m_image.isNull()) {
        return;
    }
    const double factor = std::pow(kZoomStep, delta / 120.0);
    setScale(m_scale * factor, event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event)
{
    if (m_tool && event->button() != Qt::MiddleButton &&
        m_tool->mousePress(*this, event, widgetToImage(event->position()))) {
        return;
    }
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panStart = event->position();
        m_originAtPanStart = m_origin;
        setCursor(Qt::ClosedHandCursor);
    }
}

void ImageView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF ip = widgetToImage(event->position());
    if (m_panning) {
        m_origin = m_originAtPanStart + (event->position() - m_panStart);
        m_fitMode = false;
        update();
    } else if (m_tool) {
        m_tool->mouseMove(*this, event, ip);
    }
    const bool inside =
        !m_image.isNull() && ip.x() >= 0 && ip.y() >= 0 && ip.x() < m_image.width() && ip.y() < m_image.height();
    emit cursorMoved(ip, inside);
}

void ImageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        if (m_tool) {
            setCursor(m_tool->cursor());
        } else {
            unsetCursor();
        }
        return;
    }
    if (m_tool) {
        m_tool->mouseRelease(*this, event, widgetToImage(event->position()));
    }
}

void ImageView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (!m_tool || !m_tool->mouseDoubleClick(*this, event, widgetToImage(event->position()))) {
        QWidget::mouseDoubleClickEvent(event);
    }
}

void ImageView::keyPressEvent(QKeyEvent* event)
{
    if (!m_tool || !m_tool->keyPress(*this, event)) {
        QWidget::keyPressEvent(event);
    }
}

void ImageView::leaveEvent(QEvent*)
{
    emit cursorMoved(QPointF(-1, -1), false);
}

} // namespace tessera
