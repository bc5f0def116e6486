#pragma once

#include "ui/histogram/HistogramData.h"
#include "ui/plots/PlotExport.h"

#include "ui/app/DocumentPanel.h"
#include <QPointer>

class QCheckBox;
class QComboBox;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QTableWidget;
class QToolButton;

namespace tessera {

class ImageDocument;
class TaskRunner;

/**
 * Histogram dock: the histogram of the current plane (grey, filled) with, overlaid, one curve per selected ROI in the
 * colour of its class; bins (256, or every level for 8/16-bit), counts or normalised (fraction of the region's
 * pixels), log scale; the current channel's display range drawn as two vertical markers that can be dragged (this
 * sets the document's display range directly, not an undo step, like the display panel). Below, a statistics table
 * (n, mean, SD, min, max, median, mode; core computeStatistics()) with one row for the plane and one per selected ROI.
 *
 * Work: histograms and statistics are computed by computeHistogramSet() on the TaskRunner (key
 * ImageDocument::taskKey(AnalysisKind::Histogram), newest request wins); the plane's entry is cached per plane, so a
 * selection change only measures the selected ROIs. histogramsUpdated() follows every applied result.
 *
 * The threshold levels (the document's ThresholdSettings under AnalysisKind::Threshold, global mode, once levels are
 * set) are drawn as two solid lines in the threshold colour; dragging one pushes SetParametersCommand
 * <ThresholdSettings> with the method switched to Manual (as a slider drag in the threshold panel), merged into one
 * undo step per drag, so the threshold overlay follows live.
 *
 * Export… (enabled once a histogram is shown) saves the plot at a publication size with its axis labels
 * (exportPlotDialog(): size, DPI, then PNG, SVG or PDF).
 *
 * Object names: "histogramPanel", "binsCombo", "normalisedCheck", "logCheck", "histogramExportButton",
 * "histogramPlot", "statsTable", "histogramStatus". Stats table cells keep the exact double in Qt::UserRole.
 */
class HistogramPanel : public DocumentPanel
{
    Q_OBJECT

public:
    /** Stats table columns. */
    enum Column
    {
        RegionColumn,
        CountColumn,
        MeanColumn,
        SdColumn,
        MinColumn,
        MaxColumn,
        MedianColumn,
        ModeColumn,
        ColumnCount
    };

    /** runner: the window's runner (not owned; must outlive the panel); nullptr computes on the GUI thread. */
    explicit HistogramPanel(TaskRunner* runner, QWidget* parent = nullptr);
    ~HistogramPanel() override;

    /** The latest applied histograms (plane null before the first result). */
    const HistogramSet& histogramSet() const { return m_set; }
    QCustomPlot* plot() const { return m_plot; }
    QTableWidget* statsTable() const { return m_table; }
    /** Replaces the Export button's file dialog (tests); the size dialog stays. */
    void setExportFileChooser(PlotFileChooser chooser) { m_exportFileChooser = std::move(chooser); }
    /** Plot x position (image units) of the display range markers: {min, max}. */
    QPair<double, double> markerPositions() const;
    /** Plot x position of the threshold lines {lower, upper}; both NaN when they are hidden. */
    QPair<double, double> thresholdMarkerPositions() const;

signals:
    /** A new result was applied to the plot and table. */
    void histogramsUpdated();

protected:
    /** Follows the window's document (DocumentPanel::setDocument(); nullptr: empty, disabled). */
    void documentChanged(ImageDocument* previous) override;

private:
    PlotFileChooser m_exportFileChooser;
    void attach(ImageDocument* document);
    void requestUpdate();
    void apply(const HistogramSet& set);
    void clearAll();
    void replotCurves();
    void updateMarkers();
    void updateThresholdMarkers();
    void dragThreshold(bool lower, double value);
    void rebuildTable();
    void recolor();
    bool integerData() const;
    void onPlotPress(QMouseEvent* event);
    void onPlotMove(QMouseEvent* event);
    void onPlotRelease(QMouseEvent* event);
    int markerNear(double pixelX) const;

    TaskRunner* m_runner = nullptr;
    QPointer<ImageDocument> m_document;
    HistogramSet m_set;
    std::shared_ptr<const HistogramEntry> m_planeCache;
    PlanePosition m_planeCachePosition;

    QComboBox* m_binsCombo = nullptr;
    QCheckBox* m_normalisedCheck = nullptr;
    QCheckBox* m_logCheck = nullptr;
    QToolButton* m_exportButton = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPItemStraightLine* m_minMarker = nullptr;
    QCPItemStraightLine* m_maxMarker = nullptr;
    QCPItemStraightLine* m_lowerThreshold = nullptr;
    QCPItemStraightLine* m_upperThreshold = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    int m_dragMarker = -1;     ///< 0: display min, 1: display max, 2: lower threshold, 3: upper threshold, -1: none
    quint64 m_dragGesture = 0; ///< undo merge token of the current threshold drag
};

} // namespace tessera
