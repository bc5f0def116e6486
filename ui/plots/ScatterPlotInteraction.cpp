// ScatterPlot: hit testing, hover text, clicks, the rubber band and the selection highlight (the mouse side of the
// plot; building the graphs is in ScatterPlot.cpp).
#include "core/texture/GlcmAnalysis.h"
#include "ui/document/AnalysisResults.h"
#include "ui/document/ImageDocument.h"
#include "ui/plots/ScatterPlot.h"
#include "ui/project/Project.h"

#include <QToolTip>

#include <qcustomplot.h>

#include <cmath>

namespace tessera {
namespace {
QString formatValue(double v)
{
    return std::isnan(v) ? QStringLiteral("NaN") : QString::number(v, 'g', 6);
}
} // namespace

void ScatterPlot::updateSelection()
{
    QVector<double> sx, sy;
    for (ImageDocument* doc : sourceDocuments()) {
        for (RoiId id : doc->selection()) {
            const int i = m_pointIndex.value({doc, id}, -1);
            if (i >= 0) {
                sx.push_back(m_data.points[i].x);
                sy.push_back(m_data.points[i].y);
            }
        }
    }
    m_selectionGraph->setData(sx, sy);
    updateLabels();
    m_plot->layer(QStringLiteral("selection"))->replot(); // the class graphs' buffer is reused
}

QPoint ScatterPlot::pixelPosition(const ImageDocument* document, RoiId id) const
{
    const int i = m_pointIndex.value({document, id}, -1);
    if (i < 0) {
        return {-1, -1};
    }
    return QPoint(qRound(m_plot->xAxis->coordToPixel(m_data.points[i].x)),
                  qRound(m_plot->yAxis->coordToPixel(m_data.points[i].y)));
}

const ScatterPlot::Point* ScatterPlot::pointAt(const QPoint& pixel, double maxDistance) const
{
    const Point* best = nullptr;
    double bestD2 = maxDistance * maxDistance;
    if (!m_plot->axisRect()->rect().contains(pixel)) {
        return nullptr;
    }
    for (const Point& p : m_data.points) {
        const double dx = m_plot->xAxis->coordToPixel(p.x) - pixel.x();
        const double dy = m_plot->yAxis->coordToPixel(p.y) - pixel.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = &p;
        }
    }
    return best;
}

RoiId ScatterPlot::roiAt(const QPoint& pixel, double maxDistance) const
{
    const Point* p = pointAt(pixel, maxDistance);
    return p ? p->id : 0;
}

QString ScatterPlot::toolTipFor(const ImageDocument* document, RoiId id) const
{
    const int i = m_pointIndex.value({document, id}, -1);
    if (i < 0 || !document || !document->containsRoi(id)) {
        return QString();
    }
    const auto result = document->result<GlcmResult>(AnalysisKind::Glcm);
    const Point& p = m_data.points[i];
    if (!result || p.row < 0 || p.row >= int(result->table.rois.size())) {
        return QString();
    }
    const Roi& roi = document->roi(id);
    const GlcmRoiResult& r = result->table.rois[std::size_t(p.row)];
    QString text = QStringLiteral("<b>%1</b>").arg(roi.name.toHtmlEscaped());
    text += tr("<br>image: %1").arg(imageName(document).toHtmlEscaped());
    text += tr("<br>class: %1").arg(roi.className.isEmpty() ? tr("none") : roi.className.toHtmlEscaped());
    for (const GlcmOrientationSummary& s : r.summaries) {
        if (s.distance != m_data.distance) {
            continue;
        }
        text += tr("<br>distance %1, %2 pixel pairs").arg(s.distance).arg(s.pairs);
        if (s.lowPairCount) {
            text += tr("<br><b>Hollow: fewer than %1 pixel pairs in some orientation</b> — the matrix is mostly "
                       "empty and these values are unreliable.")
                        .arg(kGlcmLowPairCount);
        }
        text += QStringLiteral("<table>");
        for (HaralickFeature f : allHaralickFeatures()) {
            text += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                        .arg(haralickFeatureName(f), formatValue(s.mean[f]));
        }
        text += QStringLiteral("</table>");
        break;
    }
    return text;
}

void ScatterPlot::onMouseMove(QMouseEvent* event)
{
    if (event->buttons() != Qt::NoButton) {
        return;
    }
    const Point* p = pointAt(event->pos());
    if (p) {
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(p->document, p->id), m_plot);
    } else {
        QToolTip::hideText();
    }
}

void ScatterPlot::onMouseRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 3) {
        return;
    }
    const Point* hit = pointAt(event->pos());
    const bool add = event->modifiers().testFlag(Qt::ControlModifier);
    if (!hit) {
        if (!add) {
            selectPoints({}, false);
        }
        return;
    }
    // Copy: making another image current may rebuild the plot.
    QPointer<ImageDocument> doc = hit->document;
    const RoiId id = hit->id;
    if (add) {
        RoiIdSet sel = doc->selection();
        if (sel.contains(id)) {
            sel.remove(id);
        } else {
            sel.insert(id);
        }
        doc->setSelection(sel);
    } else {
        selectPoints({hit}, false);
    }
    if (m_project && doc && doc != m_project->current() && m_project->indexOf(doc) >= 0) {
        m_project->setCurrent(doc.data());
    }
}

void ScatterPlot::onRubberBand(const QRect& rect, QMouseEvent* event)
{
    QVector<const Point*> inside;
    const QRect r = rect.normalized();
    for (const Point& p : std::as_const(m_data.points)) {
        const QPointF px(m_plot->xAxis->coordToPixel(p.x), m_plot->yAxis->coordToPixel(p.y));
        if (r.contains(px.toPoint())) {
            inside.push_back(&p);
        }
    }
    selectPoints(inside, event && event->modifiers().testFlag(Qt::ControlModifier));
}

void ScatterPlot::selectPoints(const QVector<const Point*>& points, bool add)
{
    // Every plotted image's selection becomes its points among these (add: grows by them).
    QHash<ImageDocument*, RoiIdSet> byDocument;
    for (const Point* p : points) {
        byDocument[p->document].insert(p->id);
    }
    for (ImageDocument* doc : sourceDocuments()) {
        const RoiIdSet ids = byDocument.value(doc);
        doc->setSelection(add ? doc->selection() + ids : ids);
    }
}

} // namespace tessera
