#include "ui/plots/ScatterPlot.h"

#include "core/texture/GlcmAnalysis.h"
#include "ui/document/AnalysisResults.h"
#include "ui/document/ImageDocument.h"
#include "ui/plots/PlotExport.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace tessera {
namespace {

/** Class names in legend order: the document's classes, then unknown names, then "" (no class). */
QStringList classOrder(const ImageDocument& doc, const QSet<QString>& used)
{
    QStringList order;
    for (const RoiClass& c : doc.classes()) {
        if (used.contains(c.name)) {
            order << c.name;
        }
    }
    QStringList unknown;
    for (const QString& name : used) {
        if (!name.isEmpty() && !order.contains(name)) {
            unknown << name;
        }
    }
    unknown.sort();
    order << unknown;
    if (used.contains(QString())) {
        order << QString();
    }
    return order;
}

/**
 * The marker of a class: a disc (filled) or a ring on white (hollow), 8 px. Vector shapes for small sets (sharp in
 * SVG/PDF); for many points a pre-rendered pixmap, which QCustomPlot blits instead of drawing an antialiased ellipse
 * per point (several times faster at 10,000 points).
 */
QCPScatterStyle markerStyle(const QColor& fill, const QColor& edge, bool hollow, bool pixmap)
{
    const QPen pen(edge, hollow ? 2.0 : 1.0);
    const QBrush brush = hollow ? QBrush(Qt::white) : QBrush(fill);
    if (!pixmap) {
        return QCPScatterStyle(hollow ? QCPScatterStyle::ssCircle : QCPScatterStyle::ssDisc, pen, brush, 8);
    }
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pm(QSize(11, 11) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(pen);
    p.setBrush(brush);
    p.drawEllipse(QPointF(5.5, 5.5), 4.0, 4.0);
    p.end();
    QCPScatterStyle style(pm);
    style.setPen(pen);
    style.setBrush(brush);
    return style;
}

QString formatValue(double v)
{
    return std::isnan(v) ? QStringLiteral("NaN") : QString::number(v, 'g', 6);
}

} // namespace

ScatterPlotDock::ScatterPlotDock(QWidget* parent)
    : DocumentPanel(tr("Texture Plot"), QStringLiteral("scatterPlotDock"), parent), m_plot(new ScatterPlot(this))
{
    setWidget(m_plot);
}

void ScatterPlotDock::documentChanged(ImageDocument*)
{
    m_plot->setDocument(document());
}

ScatterPlot::ScatterPlot(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scatterPlot"));
    buildUi();
    setDocument(nullptr);
}

ScatterPlot::~ScatterPlot() = default;

void ScatterPlot::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);

    m_xCombo = new QComboBox(this);
    m_xCombo->setObjectName(QStringLiteral("scatterX"));
    m_xCombo->setToolTip(tr("Feature on the horizontal axis (mean over the orientations)."));
    m_yCombo = new QComboBox(this);
    m_yCombo->setObjectName(QStringLiteral("scatterY"));
    m_yCombo->setToolTip(tr("Feature on the vertical axis (mean over the orientations)."));
    for (HaralickFeature f : allHaralickFeatures()) {
        m_xCombo->addItem(haralickFeatureName(f), int(f));
        m_yCombo->addItem(haralickFeatureName(f), int(f));
    }
    for (QComboBox* combo : {m_xCombo, m_yCombo}) {
        // Long feature names must not make the dock wide: the combos shrink and show the whole name in the popup.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_xCombo->setCurrentIndex(m_xCombo->findData(int(m_x)));
    m_yCombo->setCurrentIndex(m_yCombo->findData(int(m_y)));
    const auto axesChanged = [this] {
        setFeatures(HaralickFeature(m_xCombo->currentData().toInt()), HaralickFeature(m_yCombo->currentData().toInt()));
    };
    connect(m_xCombo, qOverload<int>(&QComboBox::activated), this, axesChanged);
    connect(m_yCombo, qOverload<int>(&QComboBox::activated), this, axesChanged);
    bar->addWidget(new QLabel(tr("X:"), this));
    bar->addWidget(m_xCombo, 1);
    bar->addWidget(new QLabel(tr("Y:"), this));
    bar->addWidget(m_yCombo, 1);

    m_distanceCombo = new QComboBox(this);
    m_distanceCombo->setObjectName(QStringLiteral("scatterDistance"));
    m_distanceCombo->setToolTip(tr("Pixel distance whose features are plotted (when several were computed)."));
    connect(m_distanceCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        m_distanceIndex = qMax(0, index);
        rebuild();
    });
    bar->addWidget(m_distanceCombo);

    m_panButton = new QToolButton(this);
    m_panButton->setObjectName(QStringLiteral("scatterPan"));
    m_panButton->setText(tr("Pan"));
    m_panButton->setCheckable(true);
    m_panButton->setToolTip(tr("On: drag to move the view. Off: drag a rectangle to select the ROIs inside it "
                               "(Ctrl adds to the selection). The mouse wheel zooms in both modes."));
    bar->addWidget(m_panButton);
    auto* reset = new QToolButton(this);
    reset->setObjectName(QStringLiteral("scatterReset"));
    reset->setText(tr("Fit"));
    reset->setToolTip(tr("Show all points."));
    connect(reset, &QToolButton::clicked, this, [this] {
        fitView();
        m_plot->replot();
    });
    bar->addWidget(reset);
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("scatterExport"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the plot as PNG (picture), SVG or PDF (vector graphics for figures)."));
    connect(exportButton, &QToolButton::clicked, this, &ScatterPlot::exportDialog);
    bar->addWidget(exportButton);

    m_staleLabel = new QLabel(tr("Out of date"), this);
    m_staleLabel->setObjectName(QStringLiteral("scatterStale"));
    m_staleLabel->setStyleSheet(QStringLiteral("color: #a05000; font-weight: bold"));
    m_staleLabel->setToolTip(tr("The ROIs or parameters changed since these values were computed; a new result "
                                "replaces them when the computation finishes."));
    layout->addWidget(m_staleLabel);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("scatterCanvas"));
    m_plot->setToolTip(QString()); // per-point tool tips are shown on hover
    m_plot->setMinimumSize(200, 160);
    m_plot->setInteractions(QCP::iRangeZoom);
    m_plot->setSelectionRectMode(QCP::srmCustom);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    // The legend in one row above the axes: it never hides a point, on screen or in an exported figure.
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 0));
    m_plot->addLayer(QStringLiteral("selection"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_plot->layer(QStringLiteral("selection"))->setMode(QCPLayer::lmBuffered); // selection changes repaint it alone
    m_selectionGraph = m_plot->addGraph();
    m_selectionGraph->setLayer(QStringLiteral("selection")); // drawn above every class graph
    m_selectionGraph->setLineStyle(QCPGraph::lsNone);
    m_selectionGraph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0, 90, 255), 2.5), Qt::NoBrush, 14));
    m_selectionGraph->setName(tr("selected"));
    m_selectionGraph->removeFromLegend();
    layout->addWidget(m_plot, 1);

    connect(m_panButton, &QToolButton::toggled, this, [this](bool pan) {
        m_plot->setSelectionRectMode(pan ? QCP::srmNone : QCP::srmCustom);
        m_plot->setInteractions(pan ? QCP::Interactions(QCP::iRangeZoom | QCP::iRangeDrag)
                                    : QCP::Interactions(QCP::iRangeZoom));
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) { m_pressPos = e->pos(); });
    connect(m_plot, &QCustomPlot::mouseMove, this, &ScatterPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ScatterPlot::onMouseRelease);
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this, &ScatterPlot::onRubberBand);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { updateLabels(); });
    connect(m_plot->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { updateLabels(); });
}

void ScatterPlot::setDocument(ImageDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document, &ImageDocument::resultChanged, this, [this](AnalysisKind kind) {
            if (kind == AnalysisKind::Glcm) {
                rebuild();
            }
        });
        connect(document, &ImageDocument::roiChanged, this, [this](RoiId id, RoiChanges what) {
            if (m_pointIndex.contains(id) && (what & (RoiChange::Name | RoiChange::Class))) {
                rebuild();
            }
            updateStale();
        });
        connect(document, &ImageDocument::roisRemoved, this, &ScatterPlot::rebuild);
        connect(document, &ImageDocument::roisInserted, this, &ScatterPlot::updateStale);
        connect(document, &ImageDocument::classesChanged, this, &ScatterPlot::rebuild);
        connect(document, &ImageDocument::selectionChanged, this, &ScatterPlot::updateSelection);
        connect(document, &ImageDocument::parametersChanged, this, &ScatterPlot::updateStale);
        connect(document, &ImageDocument::positionChanged, this, &ScatterPlot::updateStale);
    }
    rebuild();
}

void ScatterPlot::setFeatures(HaralickFeature x, HaralickFeature y)
{
    m_x = x;
    m_y = y;
    m_xCombo->setCurrentIndex(m_xCombo->findData(int(x)));
    m_yCombo->setCurrentIndex(m_yCombo->findData(int(y)));
    rebuild();
}

QVector<ScatterPlot::Point> ScatterPlot::pointsFor(HaralickFeature x, HaralickFeature y) const
{
    QVector<Point> out;
    const auto result = m_document ? m_document->result<GlcmResult>(AnalysisKind::Glcm) : nullptr;
    if (!result) {
        return out;
    }
    out.reserve(int(result->roiIds.size()));
    for (int i = 0; i < int(result->roiIds.size()); ++i) {
        const RoiId id = result->roiIds[i];
        const GlcmRoiResult& r = result->table.rois[std::size_t(i)];
        if (!m_document->containsRoi(id) || !r.status.isOk() || m_distanceIndex >= int(r.summaries.size())) {
            continue;
        }
        const GlcmOrientationSummary& s = r.summaries[std::size_t(m_distanceIndex)];
        const double vx = s.mean[x];
        const double vy = s.mean[y];
        if (!std::isfinite(vx) || !std::isfinite(vy)) {
            continue;
        }
        out.push_back({id, vx, vy, s.lowPairCount});
    }
    return out;
}

void ScatterPlot::rebuild()
{
    m_result = m_document ? m_document->result<GlcmResult>(AnalysisKind::Glcm) : nullptr;
    // distance choices
    {
        const QSignalBlocker block(m_distanceCombo);
        m_distanceCombo->clear();
        if (m_result) {
            for (int d : m_result->table.params.distances) {
                m_distanceCombo->addItem(tr("d = %1").arg(d));
            }
        }
        if (m_distanceIndex >= m_distanceCombo->count()) {
            m_distanceIndex = 0;
        }
        m_distanceCombo->setCurrentIndex(m_distanceIndex);
        m_distanceCombo->setVisible(m_distanceCombo->count() > 1);
    }
    m_points = pointsFor(m_x, m_y);
    m_pointIndex.clear();
    m_rowIndex.clear();
    if (m_result) {
        for (int i = 0; i < int(m_result->roiIds.size()); ++i) {
            m_rowIndex.insert(m_result->roiIds[i], i);
        }
    }
    // Group by class: one filled and one hollow graph per class (graphs of previous builds are removed first).
    for (int g = m_plot->graphCount() - 1; g >= 0; --g) {
        if (m_plot->graph(g) != m_selectionGraph) {
            m_plot->removeGraph(g);
        }
    }
    QSet<QString> used;
    QHash<QString, QVector<int>> byClass;
    for (int i = 0; i < m_points.size(); ++i) {
        m_pointIndex.insert(m_points[i].id, i);
        const QString cls = m_document->roi(m_points[i].id).className;
        used.insert(cls);
        byClass[cls].push_back(i);
    }
    const bool many = m_points.size() > kVectorMarkerLimit;
    if (m_document) {
        for (const QString& cls : classOrder(*m_document, used)) {
            const QColor color = m_document->classColor(cls);
            const QColor edge = color.darker(160);
            QVector<double> fx, fy, hx, hy;
            for (int i : byClass.value(cls)) {
                (m_points[i].lowPairs ? hx : fx).push_back(m_points[i].x);
                (m_points[i].lowPairs ? hy : fy).push_back(m_points[i].y);
            }
            QCPGraph* filled = m_plot->addGraph();
            filled->setLineStyle(QCPGraph::lsNone);
            filled->setScatterStyle(markerStyle(color, edge, false, many));
            filled->setName(cls.isEmpty() ? tr("no class") : cls);
            filled->setData(fx, fy);
            if (!hx.isEmpty()) {
                QCPGraph* hollow = m_plot->addGraph();
                hollow->setLineStyle(QCPGraph::lsNone);
                hollow->setScatterStyle(markerStyle(color, color, true, many));
                hollow->setName(tr("%1 (too few pairs)").arg(filled->name()));
                hollow->setData(hx, hy);
                if (fx.isEmpty()) {
                    filled->removeFromLegend();
                }
            }
        }
    }
    m_plot->xAxis->setLabel(haralickFeatureName(m_x)); // the combos' tool tips say "mean over the orientations"
    m_plot->yAxis->setLabel(haralickFeatureName(m_y));
    m_plot->legend->setVisible(m_plot->legend->itemCount() > 0);
    if (!m_points.isEmpty()) {
        fitView();
    }
    updateSelection(); // also places the labels
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    updateStale();
    emit rebuilt();
}

void ScatterPlot::fitView()
{
    m_plot->rescaleAxes();
    // room for the markers and, on the right, for the name labels
    const QCPRange x = m_plot->xAxis->range();
    const QCPRange y = m_plot->yAxis->range();
    const double dx = x.size() > 0 ? x.size() : std::max(1.0, std::abs(x.center()));
    const double dy = y.size() > 0 ? y.size() : std::max(1.0, std::abs(y.center()));
    m_plot->xAxis->setRange(x.lower - 0.06 * dx, x.upper + 0.18 * dx);
    m_plot->yAxis->setRange(y.lower - 0.08 * dy, y.upper + 0.12 * dy);
}

void ScatterPlot::updateSelection()
{
    QVector<double> sx, sy;
    if (m_document) {
        for (RoiId id : m_document->selection()) {
            const int i = m_pointIndex.value(id, -1);
            if (i >= 0) {
                sx.push_back(m_points[i].x);
                sy.push_back(m_points[i].y);
            }
        }
    }
    m_selectionGraph->setData(sx, sy);
    updateLabels();
    m_plot->layer(QStringLiteral("selection"))->replot(); // the class graphs' buffer is reused
}

void ScatterPlot::updateStale()
{
    m_staleLabel->setVisible(m_document && m_document->hasResult(AnalysisKind::Glcm) &&
                             m_document->isStale(AnalysisKind::Glcm));
}

void ScatterPlot::updateLabels()
{
    const QCPRange xr = m_plot->xAxis->range();
    const QCPRange yr = m_plot->yAxis->range();
    QVector<int> visible;
    for (int i = 0; i < m_points.size() && visible.size() <= kMaxLabels; ++i) {
        if (xr.contains(m_points[i].x) && yr.contains(m_points[i].y)) {
            visible.push_back(i);
        }
    }
    if (visible.size() > kMaxLabels) {
        visible.clear();
    }
    while (m_labels.size() < visible.size()) {
        auto* label = new QCPItemText(m_plot);
        label->setSelectable(false);
        label->setClipToAxisRect(true);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(6, 0, 0, 2));
        label->setFont(font());
        label->setLayer(QStringLiteral("selection"));
        m_labels.push_back(label);
    }
    for (int k = 0; k < m_labels.size(); ++k) {
        QCPItemText* label = m_labels[k];
        if (k < visible.size()) {
            const Point& p = m_points[visible[k]];
            label->position->setCoords(p.x, p.y);
            // Names of points in the right quarter go to their left, so the axes do not cut them off.
            const bool right = p.x > xr.lower + 0.75 * xr.size();
            label->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
            label->setPadding(right ? QMargins(0, 0, 6, 2) : QMargins(6, 0, 0, 2));
            label->setText(m_document->roi(p.id).name);
            label->setVisible(true);
        } else {
            label->setVisible(false);
        }
    }
}

int ScatterPlot::visibleLabelCount() const
{
    return int(std::count_if(m_labels.begin(), m_labels.end(), [](QCPItemText* l) { return l->visible(); }));
}

QPoint ScatterPlot::pixelPosition(RoiId id) const
{
    const int i = m_pointIndex.value(id, -1);
    if (i < 0) {
        return {-1, -1};
    }
    return QPoint(qRound(m_plot->xAxis->coordToPixel(m_points[i].x)),
                  qRound(m_plot->yAxis->coordToPixel(m_points[i].y)));
}

RoiId ScatterPlot::roiAt(const QPoint& pixel, double maxDistance) const
{
    RoiId best = 0;
    double bestD2 = maxDistance * maxDistance;
    const QRect area = m_plot->axisRect()->rect();
    if (!area.contains(pixel)) {
        return 0;
    }
    for (const Point& p : m_points) {
        const double dx = m_plot->xAxis->coordToPixel(p.x) - pixel.x();
        const double dy = m_plot->yAxis->coordToPixel(p.y) - pixel.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = p.id;
        }
    }
    return best;
}

QString ScatterPlot::toolTipFor(RoiId id) const
{
    const int row = m_rowIndex.value(id, -1);
    if (!m_result || row < 0 || !m_document || !m_document->containsRoi(id)) {
        return QString();
    }
    const Roi& roi = m_document->roi(id);
    const GlcmRoiResult& r = m_result->table.rois[std::size_t(row)];
    QString text = QStringLiteral("<b>%1</b>").arg(roi.name.toHtmlEscaped());
    text += tr("<br>class: %1").arg(roi.className.isEmpty() ? tr("none") : roi.className.toHtmlEscaped());
    if (m_distanceIndex < int(r.summaries.size())) {
        const GlcmOrientationSummary& s = r.summaries[std::size_t(m_distanceIndex)];
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
    }
    return text;
}

void ScatterPlot::onMouseMove(QMouseEvent* event)
{
    if (event->buttons() != Qt::NoButton) {
        return;
    }
    const RoiId id = roiAt(event->pos());
    if (id != 0) {
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(id), m_plot);
    } else {
        QToolTip::hideText();
    }
}

void ScatterPlot::onMouseRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 3 || !m_document) {
        return;
    }
    const RoiId id = roiAt(event->pos());
    const bool add = event->modifiers().testFlag(Qt::ControlModifier);
    if (add && id != 0) {
        RoiIdSet sel = m_document->selection();
        if (sel.contains(id)) {
            sel.remove(id);
        } else {
            sel.insert(id);
        }
        m_document->setSelection(sel);
    } else if (id != 0) {
        m_document->setSelection({id});
    } else if (!add) {
        m_document->clearSelection();
    }
}

void ScatterPlot::onRubberBand(const QRect& rect, QMouseEvent* event)
{
    RoiIdSet ids;
    const QRect r = rect.normalized();
    for (const Point& p : m_points) {
        const QPointF px(m_plot->xAxis->coordToPixel(p.x), m_plot->yAxis->coordToPixel(p.y));
        if (r.contains(px.toPoint())) {
            ids.insert(p.id);
        }
    }
    selectIds(ids, event && event->modifiers().testFlag(Qt::ControlModifier));
}

void ScatterPlot::selectIds(const RoiIdSet& ids, bool add)
{
    if (!m_document) {
        return;
    }
    m_document->setSelection(add ? m_document->selection() + ids : ids);
}

bool ScatterPlot::exportPng(const QString& path, int width, int height, double scale)
{
    const Status s = exportPlotPng(m_plot, path, QSize(width, height), scale);
    m_lastError = s.message();
    return s.isOk();
}

bool ScatterPlot::exportSvg(const QString& path, int width, int height)
{
    const Status s =
        exportPlotSvg(m_plot, path, QSize(width, height), tr("Texture scatter plot"),
                      tr("%1 vs %2, exported from Tessera").arg(haralickFeatureName(m_x), haralickFeatureName(m_y)));
    m_lastError = s.message();
    return s.isOk();
}

bool ScatterPlot::exportPdf(const QString& path, int width, int height)
{
    const Status s = exportPlotPdf(m_plot, path, QSize(width, height), tr("Texture scatter plot"));
    m_lastError = s.message();
    return s.isOk();
}

void ScatterPlot::exportDialog()
{
    exportPlotDialog(this, m_plot, tr("Export Plot"));
}

} // namespace tessera
