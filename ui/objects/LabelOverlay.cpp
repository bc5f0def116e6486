#include "ui/objects/LabelOverlay.h"

#include "core/task/TaskContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"

#include <QPainter>
#include <QPainterPath>

namespace tessera {
namespace {

QString outlinesKey(const ImageDocument* document)
{
    return QStringLiteral("labelOutlines@%1").arg(quintptr(document), 0, 16);
}

} // namespace

LabelOverlay::LabelOverlay(TaskRunner* runner, QObject* parent)
    : OverlayLayer(parent), m_runner(runner), m_outlines(std::make_shared<std::vector<ObjectOutline>>())
{
    setObjectName(QStringLiteral("labelOverlay"));
}

void LabelOverlay::setDocument(ImageDocument* document)
{
    if (m_document == document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ImageDocument::labelLayerChanged, this, &LabelOverlay::rebuild);
        connect(m_document, &ImageDocument::objectSelectionChanged, this, &OverlayLayer::changed);
        connect(m_document, &ImageDocument::positionChanged, this, &OverlayLayer::changed);
    }
    rebuild();
}

void LabelOverlay::setColor(const QColor& color)
{
    if (color.isValid() && color != m_color) {
        m_color = color;
        emit changed();
    }
}

void LabelOverlay::setShowNumbers(bool show)
{
    if (show != m_showNumbers) {
        m_showNumbers = show;
        emit changed();
    }
}

bool LabelOverlay::isReady() const
{
    return m_document && m_hasOutlines && m_generation == m_document->labelGeneration();
}

bool LabelOverlay::planeMatches() const
{
    const PlanePosition layer = m_document->labelLayerPlane();
    const PlanePosition now = m_document->position();
    return layer.z == now.z && layer.t == now.t;
}

void LabelOverlay::rebuild()
{
    m_hasOutlines = false;
    m_outlines = std::make_shared<std::vector<ObjectOutline>>();
    if (!m_document || !m_document->hasLabelLayer()) {
        if (m_document) {
            m_generation = m_document->labelGeneration();
            m_hasOutlines = true;
        }
        emit changed();
        return;
    }
    const cv::Mat labels = m_document->labelLayer().labels; // shared; the document never writes to it
    const quint64 generation = m_document->labelGeneration();
    auto accept = [this, generation](const std::vector<ObjectOutline>& outlines) {
        if (!m_document || m_document->labelGeneration() != generation) {
            return;
        }
        m_outlines = std::make_shared<std::vector<ObjectOutline>>(outlines);
        m_generation = generation;
        m_hasOutlines = true;
        emit changed();
        emit outlinesReady();
    };
    if (qint64(labels.total()) <= kSyncPixels || !m_runner) {
        TaskContext task;
        const Expected<std::vector<ObjectOutline>> outlines = objectOutlines(labels, task);
        if (outlines.isOk()) {
            accept(outlines.value());
        }
        return;
    }
    emit changed();
    std::function<Expected<std::vector<ObjectOutline>>(TaskContext&)> work = [labels](TaskContext& task) {
        return objectOutlines(labels, task);
    };
    m_runner->run<Expected<std::vector<ObjectOutline>>>(outlinesKey(m_document), work, this, accept,
                                                        [](const QString&) {});
}

void LabelOverlay::paint(QPainter& painter, const ViewTransform& t, const QRectF& visibleImageRect)
{
    m_lastOutlines = 0;
    m_lastNumbers = 0;
    if (!isReady() || m_outlines->empty() || !planeMatches()) {
        return;
    }
    const QSet<int>& selected = m_document->selectedObjects();
    const double margin = 2.0 / t.scale;
    const QRectF area = visibleImageRect.adjusted(-margin, -margin, margin, margin);
    // Pixel-edge outlines are axis-parallel: crisp without antialiasing, and fast for a thousand objects.
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPen pen(m_color, 1.0);
    QPen selectedPen(m_color, 3.0);
    selectedPen.setJoinStyle(Qt::MiterJoin);
    QColor fill = m_color;
    fill.setAlpha(70);
    QFont font = painter.font();
    font.setBold(true);
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 0.9); // compact, so small nuclei still get theirs at fit zoom
    }
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    struct Number
    {
        QPointF at;
        QString text;
    };
    std::vector<Number> numbers;
    QPolygonF polygon;
    for (const ObjectOutline& o : *m_outlines) {
        const QRectF box(o.box.x, o.box.y, o.box.width, o.box.height);
        if (!box.intersects(area)) {
            continue;
        }
        const bool isSelected = selected.contains(o.label);
        for (const std::vector<cv::Point>& part : o.parts) {
            polygon.resize(qsizetype(part.size()));
            for (size_t i = 0; i < part.size(); ++i) {
                polygon[qsizetype(i)] = t.toWidget(QPointF(part[i].x, part[i].y));
            }
            if (isSelected) {
                QPainterPath path;
                path.addPolygon(polygon);
                path.closeSubpath();
                painter.fillPath(path, fill);
                painter.setPen(selectedPen);
            } else {
                painter.setPen(pen);
            }
            painter.setBrush(Qt::NoBrush);
            painter.drawPolygon(polygon);
        }
        ++m_lastOutlines;
        if (m_showNumbers) {
            const QString text = QString::number(o.label);
            const QSizeF size = metrics.size(Qt::TextSingleLine, text);
            // Only where the object on screen is large enough to hold its number.
            if (box.width() * t.scale >= size.width() && box.height() * t.scale >= size.height() * 0.8) {
                const QPointF c = t.toWidget(QPointF(o.centroid.x, o.centroid.y));
                numbers.push_back({c - QPointF(size.width() / 2, -metrics.ascent() / 2 + metrics.descent() / 2), text});
            }
        }
    }
    // Numbers above every outline: a dark halo under the text in the layer colour keeps them readable on any image.
    for (const Number& n : numbers) {
        painter.setPen(QColor(0, 0, 0, 200));
        for (const QPointF& d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)}) {
            painter.drawText(n.at + d, n.text);
        }
        painter.setPen(m_color);
        painter.drawText(n.at, n.text);
        ++m_lastNumbers;
    }
}

} // namespace tessera
