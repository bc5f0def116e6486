#pragma once

#include "core/texture/HaralickFeatures.h"
#include "ui/app/DocumentPanel.h"
#include "ui/document/DocumentTypes.h"

#include <QHash>
#include <QPointer>
#include <QVector>
#include <QWidget>

class QCPGraph;
class QCPItemText;
class QComboBox;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QToolButton;

namespace tessera {

class ImageDocument;
struct GlcmResult;

/**
 * The texture scatter plot of one document (a dock's widget): one point per ROI of the GLCM result, X and Y chosen
 * among the 19 features (mean over the orientations, at one distance), coloured by the ROI's class with a legend of
 * the classes, labelled with the ROI's name while few points are visible. Points of ROIs with too few pixel pairs are
 * hollow. Hovering a point shows all its features; clicking selects its ROI in the document (Ctrl toggles), a
 * rubber band selects every point inside it, and the document's selection is highlighted. Export as PNG, SVG or PDF.
 *
 * Scales to 10,000 points: one QCPGraph per class (filled and hollow) plus one for the selection, labels (QCPItemText)
 * only when at most kMaxLabels points are in view, hit testing by a linear scan of the points in pixel space.
 */
class ScatterPlot : public QWidget
{
    Q_OBJECT

public:
    /** Labels are drawn when at most this many points are in view (zoom in to see them on large sets). */
    static constexpr int kMaxLabels = 150;
    /** Above this many points markers are pre-rendered pixmaps instead of vector shapes (speed over vector export). */
    static constexpr int kVectorMarkerLimit = 2000;

    /** One plotted point. */
    struct Point
    {
        RoiId id = 0;
        double x = 0.0;
        double y = 0.0;
        bool lowPairs = false; ///< fewer than kGlcmLowPairCount pairs in some orientation: drawn hollow
    };

    explicit ScatterPlot(QWidget* parent = nullptr);
    ~ScatterPlot() override;

    /** Shows document's GLCM result (nullable: empty plot). */
    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }

    HaralickFeature xFeature() const { return m_x; }
    HaralickFeature yFeature() const { return m_y; }
    /** Chooses the axes (also through the combos); default Correlation vs DifferenceVariance. */
    void setFeatures(HaralickFeature x, HaralickFeature y);
    /** Index into the result's distances of the plotted summaries (default 0). */
    int distanceIndex() const { return m_distanceIndex; }

    /** Per ROI of the current result with finite values: (id, x, y) of features x and y at the current distance. */
    QVector<Point> pointsFor(HaralickFeature x, HaralickFeature y) const;
    /** The points as plotted now. */
    const QVector<Point>& points() const { return m_points; }
    /** Pixel position of id's point in plot() coordinates (after a replot), or (-1, -1) when not plotted. */
    QPoint pixelPosition(RoiId id) const;
    /** The point nearest to pixel within maxDistance pixels, or 0. */
    RoiId roiAt(const QPoint& pixel, double maxDistance = 8.0) const;
    /** The hover text of id's point: name, class, pairs and every feature (empty when not plotted). */
    QString toolTipFor(RoiId id) const;
    /** Number of name labels currently shown. */
    int visibleLabelCount() const;

    QCustomPlot* plot() const { return m_plot; }
    QSize sizeHint() const override { return QSize(480, 420); }

    /** Rebuilds every graph from the document and replots. */
    void rebuild();
    /** Redraws the selection highlight only. */
    void updateSelection();

    /** Export the plot (atomic writes). width/height ≤ 0: the widget's size. False with lastError() on failure. */
    bool exportPng(const QString& path, int width = 0, int height = 0, double scale = 2.0);
    bool exportSvg(const QString& path, int width = 0, int height = 0);
    bool exportPdf(const QString& path, int width = 0, int height = 0);
    QString lastError() const { return m_lastError; }
    /** Asks for a file name and format and exports. */
    void exportDialog();

signals:
    /** The plot was rebuilt (new result, axes, classes or names). */
    void rebuilt();

private:
    void buildUi();
    void updateLabels();
    void fitView();
    void updateStale();
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void onRubberBand(const QRect& rect, QMouseEvent* event);
    void selectIds(const RoiIdSet& ids, bool add);

    QPointer<ImageDocument> m_document;
    std::shared_ptr<const GlcmResult> m_result;
    HaralickFeature m_x = HaralickFeature::Correlation;
    HaralickFeature m_y = HaralickFeature::DifferenceVariance;
    int m_distanceIndex = 0;
    QVector<Point> m_points;
    QHash<RoiId, int> m_pointIndex; ///< id → index in m_points
    QHash<RoiId, int> m_rowIndex;   ///< id → index in the result's rows
    QVector<QCPItemText*> m_labels; ///< pool, reused
    QCPGraph* m_selectionGraph = nullptr;
    QPoint m_pressPos;
    QString m_lastError;

    QCustomPlot* m_plot = nullptr;
    QComboBox* m_xCombo = nullptr;
    QComboBox* m_yCombo = nullptr;
    QComboBox* m_distanceCombo = nullptr;
    QToolButton* m_panButton = nullptr;
    QLabel* m_staleLabel = nullptr;
};

/** The dock of the scatter plot (object name "scatterPlotDock"). */
class ScatterPlotDock : public DocumentPanel
{
    Q_OBJECT

public:
    explicit ScatterPlotDock(QWidget* parent = nullptr);
    ScatterPlot* plot() const { return m_plot; }

protected:
    void documentChanged(ImageDocument* previous) override;

private:
    ScatterPlot* m_plot = nullptr;
};

} // namespace tessera
