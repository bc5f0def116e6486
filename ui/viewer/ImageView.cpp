#include "ui/viewer/ImageView.h"

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
    if (newSize) {
        m_fitMode = true;
        fitToWindow();
    }
    update();
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

void ImageView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) {
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_scale < 1.0);
    const QRectF target(m_origin, QSizeF(m_image.width() * m_scale, m_image.height() * m_scale));
    p.drawImage(target, m_image);
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
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panStart = event->position();
        m_originAtPanStart = m_origin;
        setCursor(Qt::ClosedHandCursor);
    }
}

void ImageView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_origin = m_originAtPanStart + (event->position() - m_panStart);
        m_fitMode = false;
        update();
    }
    const QPointF ip = widgetToImage(event->position());
    const bool inside =
        !m_image.isNull() && ip.x() >= 0 && ip.y() >= 0 && ip.x() < m_image.width() && ip.y() < m_image.height();
    emit cursorMoved(ip, inside);
}

void ImageView::mouseReleaseEvent(QMouseEvent*)
{
    m_panning = false;
    unsetCursor();
}

void ImageView::leaveEvent(QEvent*)
{
    emit cursorMoved(QPointF(-1, -1), false);
}

} // namespace tessera
