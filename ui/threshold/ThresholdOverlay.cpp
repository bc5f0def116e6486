#include "ui/threshold/ThresholdOverlay.h"

#include "ui/document/ImageDocument.h"

#include <QPainter>

#include <cmath>

namespace tessera {

ThresholdOverlay::ThresholdOverlay(QObject* parent) : OverlayLayer(parent)
{
    setObjectName(QStringLiteral("thresholdOverlay"));
}

void ThresholdOverlay::setDocument(ImageDocument* document)
{
    if (m_document == document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_showApplied = m_document && m_document->hasMaskLayer();
    if (m_document) {
        connect(m_document, &ImageDocument::parametersChanged, this, [this](AnalysisKind kind) {
            if (kind == AnalysisKind::Threshold) {
                m_showApplied = false;
                invalidate();
            }
        });
        connect(m_document, &ImageDocument::resultChanged, this, [this](AnalysisKind kind) {
            if (kind == AnalysisKind::Threshold) {
                invalidate();
            }
        });
        connect(m_document, &ImageDocument::maskLayerChanged, this, [this] {
            m_showApplied = m_document->hasMaskLayer();
            invalidate();
        });
        connect(m_document, &ImageDocument::positionChanged, this, &ThresholdOverlay::invalidate);
    }
    invalidate();
}

bool ThresholdOverlay::showsAppliedMask() const
{
    return m_showApplied && m_document && m_document->hasMaskLayer();
}

void ThresholdOverlay::invalidate()
{
    m_cacheValid = false;
    emit changed();
}

bool ThresholdOverlay::prepare()
{
    if (!m_document || !m_document->hasParameters(AnalysisKind::Threshold)) {
        if (!showsAppliedMask()) {
            return false;
        }
    }
    const auto s = m_document->parameters<ThresholdSettings>(AnalysisKind::Threshold);
    if (showsAppliedMask()) {
        m_renderer.setSource(m_document->maskLayer(), true);
    } else if (!s.preview) {
        return false;
    } else if (s.mode == ThresholdSettings::Mode::Local) {
        const auto preview = m_document->result<LocalThresholdPreview>(AnalysisKind::Threshold);
        if (!preview || m_document->resultStamp(AnalysisKind::Threshold).plane != m_document->position() ||
            preview->mask.empty()) {
            return false;
        }
        m_renderer.setSource(preview->mask, true);
    } else if (s.levelsSet) {
        m_renderer.setSource(m_document->currentPlane(), false);
    } else {
        return false;
    }
    m_renderer.setLevels(s.lower, s.upper, s.color);
    return true;
}

void ThresholdOverlay::paint(QPainter& painter, const ViewTransform& t, const QRectF& visibleImageRect)
{
    const QRect region = visibleImageRect.toAlignedRect();
    if (!m_cacheValid || !m_cacheRegion.contains(region)) {
        m_cache = renderRegion(region);
        m_cacheRegion = region;
        m_cacheValid = true;
    }
    if (m_cache.isNull()) {
        return;
    }
    const QRect drawn = m_cacheRegion.intersected(
        QRect(0, 0, m_document ? m_document->image().width() : 0, m_document ? m_document->image().height() : 0));
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(t.toWidget(QRectF(drawn)), m_cache);
    painter.restore();
}

QImage ThresholdOverlay::renderRegion(const QRect& region)
{
    if (!prepare()) {
        return {};
    }
    return m_renderer.render(region);
}

qint64 ThresholdOverlay::foregroundPixelCount()
{
    return prepare() ? m_renderer.countForeground() : 0;
}

} // namespace tessera
