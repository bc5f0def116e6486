#include "ui/histogram/HistogramPanel.h"

#include "core/task/TaskContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/document/commands/CommandId.h"
#include "ui/document/commands/ParameterCommands.h"
#include "ui/plots/PlotExport.h"
#include "ui/threshold/ThresholdSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tessera {
namespace {

const QColor kPlaneColor(110, 110, 110);
const QColor kMarkerColor(230, 120, 0);
constexpr double kGrabPixels = 6.0;

} // namespace

HistogramPanel::HistogramPanel(TaskRunner* runner, QWidget* parent)
    : DocumentPanel(tr("Histogram"), QStringLiteral("histogramPanel"), parent), m_runner(runner)
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* controls = new QHBoxLayout;
    m_binsCombo = new QComboBox(content);
    m_binsCombo->setObjectName(QStringLiteral("binsCombo"));
    m_binsCombo->addItem(tr("256 bins"), 256);
    m_binsCombo->addItem(tr("Every level"), 0);
    m_binsCombo->setToolTip(tr("256 equal bins between the plane's minimum and maximum, or one bin per gray level "
                               "(8- and 16-bit images only; float images always use 256 bins)."));
    m_normalisedCheck = new QCheckBox(tr("Normalised"), content);
    m_normalisedCheck->setObjectName(QStringLiteral("normalisedCheck"));
    m_normalisedCheck->setToolTip(tr("Show the fraction of each region's pixels per bin instead of pixel counts, so "
                                     "a small ROI can be compared with the whole plane."));
    m_logCheck = new QCheckBox(tr("Log scale"), content);
    m_logCheck->setObjectName(QStringLiteral("logCheck"));
    m_logCheck->setToolTip(tr("Logarithmic vertical axis: makes rare values (e.g. a few bright spots) visible."));
    controls->addWidget(m_binsCombo);
    controls->addWidget(m_normalisedCheck);
    m_exportButton = new QToolButton(content);
    m_exportButton->setObjectName(QStringLiteral("histogramExportButton"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the histogram as a figure for a paper (PNG, SVG or PDF at a journal's column "
                                  "width and DPI), with its axis labels and curves as shown."));
    m_exportButton->setEnabled(false);
    controls->addWidget(m_logCheck);
    controls->addStretch(1);
    controls->addWidget(m_exportButton);
    layout->addLayout(controls);

    m_plot = new QCustomPlot(content);
    m_plot->setObjectName(QStringLiteral("histogramPlot"));
    m_plot->setMinimumHeight(100); // the dock can be short (a 720 px screen); the dock column's tabs share the room
    m_plot->setToolTip(tr("Histogram of the plane (grey) and of each selected ROI (class colour). Drag the orange "
                          "lines to change the display range, the solid threshold-coloured lines to set the "
                          "threshold levels by hand."));
    m_plot->xAxis->setLabel(tr("Value"));
    m_plot->yAxis->setLabel(tr("Pixels"));
    m_plot->setInteractions(QCP::iNone);
    m_minMarker = new QCPItemStraightLine(m_plot);
    m_maxMarker = new QCPItemStraightLine(m_plot);
    for (QCPItemStraightLine* marker : {m_minMarker, m_maxMarker}) {
        marker->setPen(QPen(kMarkerColor, 2, Qt::DashLine));
        marker->setSelectable(false);
        marker->setVisible(false);
    }
    m_lowerThreshold = new QCPItemStraightLine(m_plot);
    m_upperThreshold = new QCPItemStraightLine(m_plot);
    for (QCPItemStraightLine* marker : {m_lowerThreshold, m_upperThreshold}) {
        marker->setSelectable(false);
        marker->setVisible(false);
    }
    layout->addWidget(m_plot, 2);

    m_table = new QTableWidget(0, ColumnCount, content);
    m_table->setObjectName(QStringLiteral("statsTable"));
    m_table->setToolTip(tr("Statistics of the plane and of each selected ROI (pixels inside the ROI; NaN values are "
                           "not counted). SD is the sample standard deviation, as in ImageJ."));
    m_table->setHorizontalHeaderLabels(
        {tr("Region"), tr("n"), tr("Mean"), tr("SD"), tr("Min"), tr("Max"), tr("Median"), tr("Mode")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    // Numbers sized to their contents; the spare width goes to the region names (not to the last column, which
    // would push the mode far away from the rest of its row).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    // The error line stays below the scrolling part, always in sight.
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("histogramStatus"));
    m_status->setToolTip(tr("Why the histogram could not be computed."));
    m_status->setWordWrap(true);
    m_status->setContentsMargins(4, 2, 4, 2);
    m_status->hide();
    // Scrolls in a short dock rather than making the window taller than the screen.
    setScrollableWidget(content, m_status);

    connect(m_binsCombo, &QComboBox::currentIndexChanged, this, &HistogramPanel::replotCurves);
    connect(m_normalisedCheck, &QCheckBox::toggled, this, [this] {
        m_plot->yAxis->setLabel(m_normalisedCheck->isChecked() ? tr("Fraction of pixels") : tr("Pixels"));
        replotCurves();
    });
    connect(m_logCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_plot->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (on) {
            m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        } else {
            m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        }
        replotCurves();
    });
    connect(m_exportButton, &QToolButton::clicked, this,
            [this] { exportPlotDialog(this, m_plot, tr("Export Histogram"), m_exportFileChooser); });
    connect(m_plot, &QCustomPlot::mousePress, this, &HistogramPanel::onPlotPress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &HistogramPanel::onPlotMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &HistogramPanel::onPlotRelease);
}

HistogramPanel::~HistogramPanel()
{
    if (m_runner && m_document) {
        m_runner->cancel(m_document->taskKey(AnalysisKind::Histogram));
    }
}

void HistogramPanel::documentChanged(ImageDocument* previous)
{
    Q_UNUSED(previous)
    attach(document());
}

void HistogramPanel::attach(ImageDocument* document)
{
    if (m_document == document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        if (m_runner) {
            m_runner->cancel(m_document->taskKey(AnalysisKind::Histogram));
        }
    }
    m_document = document;
    m_planeCache.reset();
    clearAll();
    if (!m_document) {
        return;
    }
    connect(m_document, &ImageDocument::positionChanged, this, &HistogramPanel::requestUpdate);
    connect(m_document, &ImageDocument::selectionChanged, this, &HistogramPanel::requestUpdate);
    connect(m_document, &ImageDocument::roiChanged, this, [this](RoiId id, RoiChanges what) {
        if (m_document->isSelected(id) && (what & (RoiChange::Geometry | RoiChange::Name))) {
            requestUpdate();
        } else if (m_document->isSelected(id)) {
            recolor();
        }
    });
    connect(m_document, &ImageDocument::classesChanged, this, &HistogramPanel::recolor);
    connect(m_document, &ImageDocument::parametersChanged, this, [this](AnalysisKind kind) {
        if (kind == AnalysisKind::Threshold) {
            updateThresholdMarkers();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
    });
    connect(m_document, &ImageDocument::viewStateChanged, this, [this] {
        const DisplayRange r = m_document->displayRange(m_document->position().c);
        const QCPRange axis = m_plot->xAxis->range();
        if (m_dragMarker < 0 && m_set.plane && (r.min < axis.lower || r.max > axis.upper)) {
            replotCurves(); // widens the axis to show the markers
            return;
        }
        updateMarkers();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(m_document, &QObject::destroyed, this, [this] { clearAll(); });
    const bool isFloat = m_document->image().pixelType() == PixelType::Float32;
    if (isFloat) {
        m_binsCombo->setCurrentIndex(0);
    }
    m_binsCombo->setEnabled(!isFloat);
    requestUpdate();
}

void HistogramPanel::clearAll()
{
    m_set = HistogramSet{};
    m_exportButton->setEnabled(false);
    m_plot->clearGraphs();
    m_minMarker->setVisible(false);
    m_maxMarker->setVisible(false);
    m_lowerThreshold->setVisible(false);
    m_upperThreshold->setVisible(false);
    m_plot->replot();
    m_table->setRowCount(0);
    m_status->hide();
}

bool HistogramPanel::integerData() const
{
    return m_document && m_document->image().pixelType() != PixelType::Float32;
}

void HistogramPanel::requestUpdate()
{
    if (!m_document) {
        return;
    }
    ImageDocument* doc = m_document;
    HistogramRequest request;
    request.plane = doc->currentPlane();
    const Calibration& cal = doc->image().calibration;
    request.statistics.pixelWidth = cal.pixelWidth > 0 && std::isfinite(cal.pixelWidth) ? cal.pixelWidth : 1.0;
    request.statistics.pixelHeight = cal.pixelHeight > 0 && std::isfinite(cal.pixelHeight) ? cal.pixelHeight : 1.0;
    if (m_planeCache && m_planeCachePosition == doc->position()) {
        request.planeEntry = m_planeCache;
    }
    request.planeLabel = tr("Plane");
    request.planeColor = kPlaneColor;
    for (RoiId id : doc->selectedRoiIds()) {
        const Roi& roi = doc->roi(id);
        request.rois.push_back({id, roi, doc->classColor(roi.className)});
    }
    const PlanePosition position = doc->position();
    QPointer<ImageDocument> guard(doc);
    auto applyIfCurrent = [this, guard, position](const HistogramSet& set) {
        if (guard && guard == m_document && m_document->position() == position) {
            m_planeCache = set.plane;
            m_planeCachePosition = position;
            apply(set);
        }
    };
    auto showError = [this](const QString& message) {
        m_status->setText(tr("Histogram failed: %1").arg(message));
        m_status->show();
    };
    if (!m_runner) {
        TaskContext task;
        Expected<HistogramSet> set = computeHistogramSet(request, task);
        if (set.isOk()) {
            applyIfCurrent(set.value());
        } else {
            showError(set.status().message());
        }
        return;
    }
    m_runner->run<Expected<HistogramSet>>(
        doc->taskKey(AnalysisKind::Histogram),
        [request](TaskContext& task) { return computeHistogramSet(request, task); }, this, applyIfCurrent, showError);
}

void HistogramPanel::apply(const HistogramSet& set)
{
    m_set = set;
    m_status->hide();
    m_exportButton->setEnabled(bool(m_set.plane));
    replotCurves();
    rebuildTable();
    emit histogramsUpdated();
}

void HistogramPanel::recolor()
{
    if (!m_document || !m_set.plane) {
        return;
    }
    for (HistogramEntry& e : m_set.rois) {
        if (m_document->containsRoi(e.roi)) {
            e.color = m_document->classColor(m_document->roi(e.roi).className);
        }
    }
    replotCurves();
    rebuildTable();
}

void HistogramPanel::replotCurves()
{
    m_plot->clearGraphs();
    if (!m_document || !m_set.plane || !m_set.plane->isValid()) {
        updateMarkers();
        m_plot->replot();
        return;
    }
    const bool integer = integerData();
    const double planeMin = m_set.plane->histogram.dataMin;
    const double planeMax = m_set.plane->histogram.dataMax;
    CurveOptions options;
    options.everyLevel = m_binsCombo->currentData().toInt() == 0;
    options.normalised = m_normalisedCheck->isChecked();
    const bool log = m_logCheck->isChecked();
    double smallest = std::numeric_limits<double>::infinity();
    double largest = 0.0;
    auto addCurve = [&](const HistogramEntry& entry, bool isPlane) {
        const HistogramCurve curve = histogramCurve(entry, planeMin, planeMax, integer, options);
        if (curve.values.isEmpty()) {
            return;
        }
        // Step curve: one point per bin start plus the last edge repeating the last value.
        QVector<double> values = curve.values;
        values.append(curve.values.last());
        for (double& v : values) {
            if (v > 0) {
                smallest = std::min(smallest, v);
                largest = std::max(largest, v);
            } else if (log) {
                v = std::numeric_limits<double>::quiet_NaN(); // no point at 0 on a log axis
            }
        }
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(entry.label);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setData(curve.edges, values, true);
        QPen pen(entry.color, isPlane ? 1.0 : 1.6);
        graph->setPen(pen);
        if (isPlane) {
            QColor fill = entry.color;
            fill.setAlpha(70);
            graph->setBrush(fill);
        }
    };
    addCurve(*m_set.plane, true);
    for (const HistogramEntry& e : m_set.rois) {
        addCurve(e, false);
    }
    // The axis spans the data and the display range, so both markers can be seen and grabbed.
    const DisplayRange display = m_document->displayRange(m_document->position().c);
    const double lo = std::min(planeMin, display.min);
    const double hi =
        std::max(integer ? planeMax + 1.0 : (planeMax > planeMin ? planeMax : planeMin + 1.0), display.max);
    const double margin = (hi - lo) * 0.02;
    m_plot->xAxis->setRange(lo - margin, hi + margin);
    if (largest > 0) {
        if (log) {
            m_plot->yAxis->setRange(smallest / 2.0, largest * 2.0);
        } else {
            m_plot->yAxis->setRange(0.0, largest * 1.05);
        }
    }
    updateMarkers();
    m_plot->replot();
}

void HistogramPanel::updateMarkers()
{
    updateThresholdMarkers();
    if (!m_document || !m_set.plane) {
        m_minMarker->setVisible(false);
        m_maxMarker->setVisible(false);
        return;
    }
    const DisplayRange range = m_document->displayRange(m_document->position().c);
    m_minMarker->point1->setCoords(range.min, 0.0);
    m_minMarker->point2->setCoords(range.min, 1.0);
    m_maxMarker->point1->setCoords(range.max, 0.0);
    m_maxMarker->point2->setCoords(range.max, 1.0);
    m_minMarker->setVisible(true);
    m_maxMarker->setVisible(true);
}

QPair<double, double> HistogramPanel::markerPositions() const
{
    return {m_minMarker->point1->coords().x(), m_maxMarker->point1->coords().x()};
}

void HistogramPanel::updateThresholdMarkers()
{
    const ThresholdSettings s =
        m_document ? m_document->parameters<ThresholdSettings>(AnalysisKind::Threshold) : ThresholdSettings{};
    const bool shown = m_document && m_set.plane && s.mode == ThresholdSettings::Mode::Global && s.levelsSet;
    m_lowerThreshold->setVisible(shown);
    m_upperThreshold->setVisible(shown);
    if (!shown) {
        return;
    }
    const QPen pen(s.color, 2, Qt::SolidLine);
    m_lowerThreshold->setPen(pen);
    m_upperThreshold->setPen(pen);
    m_lowerThreshold->point1->setCoords(s.lower, 0.0);
    m_lowerThreshold->point2->setCoords(s.lower, 1.0);
    m_upperThreshold->point1->setCoords(s.upper, 0.0);
    m_upperThreshold->point2->setCoords(s.upper, 1.0);
}

QPair<double, double> HistogramPanel::thresholdMarkerPositions() const
{
    if (!m_lowerThreshold->visible()) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan};
    }
    return {m_lowerThreshold->point1->coords().x(), m_upperThreshold->point1->coords().x()};
}

void HistogramPanel::dragThreshold(bool lower, double value)
{
    ThresholdSettings s = m_document->parameters<ThresholdSettings>(AnalysisKind::Threshold);
    s.method = manualMethodName(); // a drag sets the levels by hand, as a slider drag in the threshold panel
    s.levelsSet = true;
    s.preview = true;
    (lower ? s.lower : s.upper) = value;
    if (s.lower > s.upper) {
        (lower ? s.upper : s.lower) = value; // the other level follows, as in ImageJ
    }
    const QString text = lower ? tr("Lower level: %1").arg(value) : tr("Upper level: %1").arg(value);
    m_document->undoStack()->push(
        new SetParametersCommand<ThresholdSettings>(m_document, AnalysisKind::Threshold, s, text, m_dragGesture));
}

void HistogramPanel::rebuildTable()
{
    m_table->setRowCount(0);
    if (!m_set.plane) {
        return;
    }
    const bool integer = integerData();
    std::vector<const HistogramEntry*> entries{m_set.plane.get()};
    for (const HistogramEntry& e : m_set.rois) {
        entries.push_back(&e);
    }
    m_table->setRowCount(int(entries.size()));
    auto number = [integer](double v, bool isLevel) {
        if (integer && isLevel) {
            return QString::number(v, 'f', 0);
        }
        return QString::number(v, 'g', 6);
    };
    for (int row = 0; row < int(entries.size()); ++row) {
        const HistogramEntry& e = *entries[size_t(row)];
        auto* name = new QTableWidgetItem(e.label);
        QPixmap swatch(10, 10);
        swatch.fill(e.color);
        name->setIcon(QIcon(swatch));
        name->setData(Qt::UserRole, QVariant::fromValue<quint64>(e.roi));
        if (!e.isValid()) {
            name->setToolTip(tr("Not measured: %1").arg(e.error));
        } else if (e.clipped) {
            name->setToolTip(tr("Partly outside the image: only the pixels inside are counted."));
        }
        m_table->setItem(row, RegionColumn, name);
        const PlaneStatistics& s = e.stats;
        const double values[] = {double(s.count), s.mean, s.stdDev, s.min, s.max, s.median, s.mode};
        const bool isLevel[] = {true, false, false, true, true, true, true};
        for (int k = 0; k < 7; ++k) {
            auto* item = new QTableWidgetItem(e.isValid() ? number(values[k], isLevel[k]) : QStringLiteral("—"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (e.isValid()) {
                item->setData(Qt::UserRole, values[k]);
            }
            m_table->setItem(row, CountColumn + k, item);
        }
    }
}

int HistogramPanel::markerNear(double pixelX) const
{
    // The nearest visible line within grabbing distance; threshold lines win ties (they are drawn on top).
    const QCPItemStraightLine* markers[] = {m_minMarker, m_maxMarker, m_lowerThreshold, m_upperThreshold};
    int best = -1;
    double bestDistance = kGrabPixels;
    for (int i = 3; i >= 0; --i) {
        if (!markers[i]->visible()) {
            continue;
        }
        const double d = std::abs(m_plot->xAxis->coordToPixel(markers[i]->point1->coords().x()) - pixelX);
        if (d < bestDistance || (best < 0 && d <= bestDistance)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void HistogramPanel::onPlotPress(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_document) {
        m_dragMarker = markerNear(event->position().x());
        m_dragGesture = m_dragMarker >= 2 ? newGestureId() : 0; // one undo step per threshold drag
    }
}

void HistogramPanel::onPlotMove(QMouseEvent* event)
{
    if (m_dragMarker < 0 || !m_document) {
        m_plot->setCursor(markerNear(event->position().x()) >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    double v = m_plot->xAxis->pixelToCoord(event->position().x());
    const bool integer = integerData();
    if (integer) {
        v = std::round(v);
    }
    if (m_dragMarker >= 2) {
        if (m_set.plane && m_set.plane->isValid()) { // levels stay within the plane's values
            v = std::clamp(v, m_set.plane->histogram.dataMin, m_set.plane->histogram.dataMax);
        }
        dragThreshold(m_dragMarker == 2, v);
        return;
    }
    const int c = m_document->position().c;
    DisplayRange range = m_document->displayRange(c);
    const double gap = integer ? 1.0 : std::max(1e-6, std::abs(range.max - range.min) * 1e-6);
    if (m_dragMarker == 0) {
        range.min = std::min(v, range.max - gap);
    } else {
        range.max = std::max(v, range.min + gap);
    }
    m_document->setDisplayRange(c, range);
}

void HistogramPanel::onPlotRelease(QMouseEvent* event)
{
    Q_UNUSED(event)
    m_dragMarker = -1;
    m_dragGesture = 0;
}

} // namespace tessera
