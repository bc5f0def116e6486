#pragma once

#include "core/texture/HaralickFeatures.h"
#include "ui/app/DocumentPanel.h"
#include "ui/document/DocumentTypes.h"
#include "ui/plots/ScatterData.h"

#include <QHash>
#include <QPointer>
#include <QVector>
#include <QWidget>

class QCPGraph;
class QCPItemText;
class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QToolButton;

namespace tessera {

class FlowLegend;
class ImageDocument;
class Project;

/**
 * The texture scatter plot (a dock's widget): one point per ROI of a GLCM result, X and Y chosen among the 19 features
 * (mean over the orientations, at one distance), labelled with the ROI's name while few points are visible. Points of
 * ROIs with too few pixel pairs are hollow. Shows the current document's ROIs, or with "All images" (setPooled) those
 * of every image of the project that has a GLCM result with the chosen distance; coloured by the ROI's class (legend
 * of the classes) or by image (a colour-blind-safe palette, legend of the image names). Points are identified by
 * (document, ROI id). Hovering a point shows its image and all its features; clicking selects its ROI (Ctrl toggles)
 * and makes its image current, a rubber band selects every point inside it in each image, and every image's selection
 * is highlighted. A status line names stale and left-out images; without points a hint in the plot area (not in
 * exports) says how to get them. Export as PNG, SVG or PDF with the legend.
 *
 * Scales to 10,000 points: one QCPGraph per colour group (filled and hollow) plus one for the selection, labels
 * (QCPItemText) only when at most kMaxLabels points are in view, hit testing by a linear scan of the points in pixel
 * space.
 */
class ScatterPlot : public QWidget
{
    Q_OBJECT

public:
    /** Labels are drawn when at most this many points are in view (zoom in to see them on large sets). */
    static constexpr int kMaxLabels = 150;
    /** Above this many points markers are pre-rendered pixmaps instead of vector shapes (speed over vector export). */
    static constexpr int kVectorMarkerLimit = 2000;

    using Point = ScatterPoint;

    explicit ScatterPlot(QWidget* parent = nullptr);
    ~ScatterPlot() override;

    /**
     * The project whose images can be pooled (nullable; not owned). The plot follows its current image, its added and
     * removed images and their names; clicking a point of another image makes it current.
     */
    void setProject(Project* project);
    Project* project() const;
    /** The current document (nullable: empty plot unless pooled). */
    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }

    /** Plots every image of the project (check box "scatterPoolCheck", enabled with more than one image). */
    void setPooled(bool pooled);
    bool isPooled() const { return m_pooled; }
    /** Colour by class or by image (combo "scatterColourCombo"). */
    void setColouring(ScatterColouring colouring);
    ScatterColouring colouring() const { return m_colouring; }
    /** The documents whose ROIs are plotted (pooled: the project's, else the current one), in project order. */
    QList<ImageDocument*> sourceDocuments() const;

    HaralickFeature xFeature() const { return m_x; }
    HaralickFeature yFeature() const { return m_y; }
    /** Chooses the axes (also through the combos); default Correlation vs DifferenceVariance. */
    void setFeatures(HaralickFeature x, HaralickFeature y);
    /** Index of the plotted distance in the distance combo (default 0: the first distance of the results). */
    int distanceIndex() const;
    /** The plotted distance in pixels (0 when nothing is plotted). */
    int distance() const { return m_data.distance; }

    /** Per plotted ROI with finite values: (document, id, x, y) of features x and y at the current distance. */
    QVector<Point> pointsFor(HaralickFeature x, HaralickFeature y) const;
    /** The points as plotted now. */
    const QVector<Point>& points() const { return m_data.points; }
    /** Pixel position of a point in plot() coordinates (after a replot), or (-1, -1) when not plotted. */
    QPoint pixelPosition(const ImageDocument* document, RoiId id) const;
    /** pixelPosition() of the current document's ROI id. */
    QPoint pixelPosition(RoiId id) const { return pixelPosition(m_document, id); }
    /** The point nearest to pixel within maxDistance pixels, or nullptr. */
    const Point* pointAt(const QPoint& pixel, double maxDistance = 8.0) const;
    /** The id of pointAt(), or 0. */
    RoiId roiAt(const QPoint& pixel, double maxDistance = 8.0) const;
    /** The hover text of a point: name, image, class, pairs and every feature (empty when not plotted). */
    QString toolTipFor(const ImageDocument* document, RoiId id) const;
    QString toolTipFor(RoiId id) const { return toolTipFor(m_document, id); }
    /** Number of name labels currently shown. */
    int visibleLabelCount() const;
    /** The status line (stale and left-out images); empty when hidden. */
    QString statusText() const;
    /** True while the empty-plot hint is shown. */
    bool isHintShown() const;

    QCustomPlot* plot() const { return m_plot; }
    QSize sizeHint() const override { return QSize(480, 420); }

    /** Rebuilds every graph from the documents and replots; refit: rescale the axes to the points. */
    void rebuild(bool refit = true);
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
    /** The plot was rebuilt (new result, axes, classes, names or images). */
    void rebuilt();

private:
    void buildUi();
    void buildToolBar();
    void buildCanvas();
    void connectSources();
    void connectDocument(ImageDocument* document);
    void sourcesChanged();
    QVector<ScatterSource> sources() const;
    QString imageName(const ImageDocument* document) const;
    void updateLabels();
    void fitView();
    void updateStatus();
    void updateControls();
    void placeHint();
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void onRubberBand(const QRect& rect, QMouseEvent* event);
    void selectPoints(const QVector<const Point*>& points, bool add);

    QPointer<Project> m_project;
    QPointer<ImageDocument> m_document;
    QList<QPointer<ImageDocument>> m_connected; ///< documents whose signals the plot follows
    bool m_pooled = false;
    ScatterColouring m_colouring = ScatterColouring::Class;
    HaralickFeature m_x = HaralickFeature::Correlation;
    HaralickFeature m_y = HaralickFeature::DifferenceVariance;
    int m_distance = 0; ///< the chosen distance (0: the first)
    ScatterData m_data;
    QStringList m_plottedNames;                                  ///< image names at the last rebuild
    QHash<QPair<const ImageDocument*, RoiId>, int> m_pointIndex; ///< (document, id) → index in points()
    QVector<QCPItemText*> m_labels;                              ///< pool, reused
    QCPGraph* m_selectionGraph = nullptr;
    QPoint m_pressPos;
    QString m_lastError;

    QCustomPlot* m_plot = nullptr;
    FlowLegend* m_legend = nullptr;
    QComboBox* m_xCombo = nullptr;
    QComboBox* m_yCombo = nullptr;
    QComboBox* m_distanceCombo = nullptr;
    QCheckBox* m_poolCheck = nullptr;
    QComboBox* m_colourCombo = nullptr;
    QToolButton* m_panButton = nullptr;
    QLabel* m_staleLabel = nullptr;
    QLabel* m_hint = nullptr;
};

/** The dock of the scatter plot (object name "scatterPlotDock"); project: the window's images (nullable). */
class ScatterPlotDock : public DocumentPanel
{
    Q_OBJECT

public:
    explicit ScatterPlotDock(Project* project, QWidget* parent = nullptr);
    ScatterPlot* plot() const { return m_plot; }

protected:
    void documentChanged(ImageDocument* previous) override;

private:
    ScatterPlot* m_plot = nullptr;
};

} // namespace tessera
