#include "ui/plots/ScatterPlot.h"

#include "ui/document/ImageDocument.h"
#include "ui/plots/FlowLegend.h"
#include "ui/plots/PlotExport.h"
#include "ui/project/Project.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace tessera {
namespace {

/**
 * The marker of a colour group: a disc (filled) or a ring on white (hollow), 8 px. Vector shapes for small sets (sharp
 * in SVG/PDF); for many points a pre-rendered pixmap, which QCustomPlot blits instead of drawing an antialiased
 * ellipse per point (several times faster at 10,000 points).
 */
QCPScatterStyle markerStyle(const QColor& fill, const QColor& edge, bool hollow, bool pixmap)
{
    const QPen pen(edge, hollow ? 2.0 : 1.0);
    const QBrush brush = hollow ? QBrush(Qt::white) : QBrush(fill);
    if (!pixmap) {
        // A circle filled with the brush (a disc would take the darker edge colour for its fill).
        return QCPScatterStyle(QCPScatterStyle::ssCircle, pen, brush, 8);
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

} // namespace

ScatterPlotDock::ScatterPlotDock(Project* project, QWidget* parent)
    : DocumentPanel(tr("Texture Plot"), QStringLiteral("scatterPlotDock"), parent), m_plot(new ScatterPlot(this))
{
    m_plot->setProject(project);
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
    buildToolBar();

    m_staleLabel = new QLabel(this);
    m_staleLabel->setObjectName(QStringLiteral("scatterStale"));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setStyleSheet(QStringLiteral("color: #a05000; font-weight: bold"));
    m_staleLabel->setToolTip(tr("The ROIs or parameters changed since these values were computed (a new result "
                                "replaces them when the computation finishes), or some images are not plotted."));
    layout->addWidget(m_staleLabel);

    buildCanvas();
    layout->addWidget(m_plot, 1);
}

void ScatterPlot::buildToolBar()
{
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
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

    // Second row: which images, their colours, the distance.
    auto* row = new QHBoxLayout;
    layout->addLayout(row);
    m_poolCheck = new QCheckBox(tr("All images"), this);
    m_poolCheck->setObjectName(QStringLiteral("scatterPoolCheck"));
    m_poolCheck->setToolTip(tr("Plot the ROIs of every open image that has GLCM results (e.g. control and treated "
                               "fields on one plot), not only those of the current image."));
    connect(m_poolCheck, &QCheckBox::toggled, this, &ScatterPlot::setPooled);
    row->addWidget(m_poolCheck);
    row->addWidget(new QLabel(tr("Colour by:"), this));
    m_colourCombo = new QComboBox(this);
    m_colourCombo->setObjectName(QStringLiteral("scatterColourCombo"));
    m_colourCombo->setToolTip(tr("Colour the points by the ROI's class or by the image they belong to."));
    m_colourCombo->addItem(tr("Class"), int(ScatterColouring::Class));
    m_colourCombo->addItem(tr("Image"), int(ScatterColouring::Image));
    connect(m_colourCombo, qOverload<int>(&QComboBox::activated), this,
            [this] { setColouring(ScatterColouring(m_colourCombo->currentData().toInt())); });
    row->addWidget(m_colourCombo);
    m_distanceCombo = new QComboBox(this);
    m_distanceCombo->setObjectName(QStringLiteral("scatterDistance"));
    m_distanceCombo->setToolTip(tr("Pixel distance whose features are plotted (when several were computed)."));
    connect(m_distanceCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        m_distance = m_distanceCombo->itemData(index).toInt();
        rebuild();
    });
    row->addWidget(m_distanceCombo);
    row->addStretch(1);
}

void ScatterPlot::buildCanvas()
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("scatterCanvas"));
    m_plot->setToolTip(QString()); // per-point tool tips are shown on hover
    // Low enough for the dock column of a 720 px screen (TestMainWindow::defaultLayoutFitsShortScreens).
    m_plot->setMinimumSize(200, 110);
    m_plot->setInteractions(QCP::iRangeZoom);
    m_plot->setSelectionRectMode(QCP::srmCustom);
    m_plot->setNoAntialiasingOnDrag(true);
    // The legend in rows above the axes: it never hides a point, on screen or in an exported figure.
    m_legend = FlowLegend::install(m_plot);
    m_legend->setFont(font());
    m_legend->setBorderPen(Qt::NoPen);
    m_legend->setMargins(QMargins(4, 2, 4, 0));
    m_legend->setIconSize(14, 12); // room for a marker: more entries fit a row of a single-column figure
    m_legend->setIconTextPadding(4);
    m_plot->addLayer(QStringLiteral("selection"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_plot->layer(QStringLiteral("selection"))->setMode(QCPLayer::lmBuffered); // selection changes repaint it alone
    m_selectionGraph = m_plot->addGraph();
    m_selectionGraph->setLayer(QStringLiteral("selection")); // drawn above every class graph
    m_selectionGraph->setLineStyle(QCPGraph::lsNone);
    m_selectionGraph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0, 90, 255), 2.5), Qt::NoBrush, 14));
    m_selectionGraph->setName(tr("selected"));
    m_selectionGraph->removeFromLegend();

    // The empty-plot hint is a widget over the axis rect, so exports (which paint the plot's layers) never show it.
    m_hint = new QLabel(m_plot);
    m_hint->setObjectName(QStringLiteral("scatterEmptyHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hint->setStyleSheet(QStringLiteral("color: #606060"));
    connect(m_plot, &QCustomPlot::afterLayout, this, &ScatterPlot::placeHint);

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

void ScatterPlot::setProject(Project* project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    m_project = project;
    if (project) {
        connect(project, &Project::imageAdded, this, &ScatterPlot::sourcesChanged);
        connect(project, &Project::imageRemoved, this, [this](int, ImageDocument* gone) {
            if (m_document == gone) {
                m_document = nullptr; // currentChanged follows with the new current image
            }
            disconnect(gone, nullptr, this, nullptr);
            sourcesChanged();
        });
        connect(project, &Project::currentChanged, this, [this](ImageDocument* current) { setDocument(current); });
        connect(project, &Project::imageChanged, this, [this] {
            QStringList names;
            for (const ScatterSource& s : sources()) {
                names << s.name;
            }
            if (names != m_plottedNames) { // an image was renamed
                rebuild(false);
            }
        });
    }
    sourcesChanged();
}

Project* ScatterPlot::project() const
{
    return m_project;
}

void ScatterPlot::setDocument(ImageDocument* document)
{
    if (document == m_document && m_document) {
        return;
    }
    const QList<ImageDocument*> before = sourceDocuments();
    m_document = document;
    if (sourceDocuments() == before && !before.isEmpty()) {
        updateStatus(); // pooled: the same points, only the current image changed
        return;
    }
    sourcesChanged();
}

void ScatterPlot::setPooled(bool pooled)
{
    if (pooled == m_pooled) {
        return;
    }
    m_pooled = pooled;
    sourcesChanged();
}

void ScatterPlot::setColouring(ScatterColouring colouring)
{
    if (colouring == m_colouring) {
        return;
    }
    m_colouring = colouring;
    updateControls();
    rebuild(false);
}

QList<ImageDocument*> ScatterPlot::sourceDocuments() const
{
    if (m_pooled && m_project && !m_project->isEmpty()) {
        return m_project->documents();
    }
    return m_document ? QList<ImageDocument*>{m_document.data()} : QList<ImageDocument*>{};
}

QVector<ScatterSource> ScatterPlot::sources() const
{
    QVector<ScatterSource> list;
    for (ImageDocument* doc : sourceDocuments()) {
        const int index = m_project ? m_project->indexOf(doc) : -1;
        list.push_back({doc, imageName(doc), std::max(0, index)});
    }
    return list;
}

QString ScatterPlot::imageName(const ImageDocument* document) const
{
    if (m_project && m_project->indexOf(document) >= 0) {
        return m_project->imageName(document);
    }
    return document ? document->fileName() : QString();
}

void ScatterPlot::sourcesChanged()
{
    connectSources();
    updateControls();
    rebuild();
}

void ScatterPlot::connectSources()
{
    for (const QPointer<ImageDocument>& doc : std::as_const(m_connected)) {
        if (doc) {
            disconnect(doc, nullptr, this, nullptr);
        }
    }
    m_connected.clear();
    for (ImageDocument* doc : sourceDocuments()) {
        connectDocument(doc);
        m_connected.append(doc);
    }
}

void ScatterPlot::connectDocument(ImageDocument* document)
{
    // A plotted document deleted without imageRemoved (the project torn down with the window): forget every point,
    // since they hold its address; the project cannot be asked for its images while it deletes them.
    connect(document, &QObject::destroyed, this, [this] {
        m_data = ScatterData();
        m_pointIndex.clear();
        for (int g = 0; g < m_plot->graphCount(); ++g) {
            m_plot->graph(g)->data()->clear();
        }
        updateLabels();
    });
    connect(document, &ImageDocument::resultChanged, this, [this](AnalysisKind kind) {
        if (kind == AnalysisKind::Glcm) {
            rebuild();
        }
    });
    connect(document, &ImageDocument::roiChanged, this, [this, document](RoiId id, RoiChanges what) {
        if (m_pointIndex.contains({document, id}) && (what & (RoiChange::Name | RoiChange::Class))) {
            rebuild(false);
        }
        updateStatus();
    });
    connect(document, &ImageDocument::roisRemoved, this, [this] { rebuild(); });
    connect(document, &ImageDocument::roisInserted, this, &ScatterPlot::updateStatus);
    connect(document, &ImageDocument::classesChanged, this, [this] { rebuild(false); });
    connect(document, &ImageDocument::selectionChanged, this, &ScatterPlot::updateSelection);
    connect(document, &ImageDocument::parametersChanged, this, &ScatterPlot::updateStatus);
    connect(document, &ImageDocument::positionChanged, this, &ScatterPlot::updateStatus);
}

void ScatterPlot::updateControls()
{
    const bool several = m_project && m_project->count() > 1;
    m_poolCheck->setEnabled(several);
    m_poolCheck->setVisible(m_project != nullptr);
    {
        const QSignalBlocker block(m_poolCheck);
        m_poolCheck->setChecked(m_pooled);
    }
    m_colourCombo->setCurrentIndex(m_colourCombo->findData(int(m_colouring)));
}

void ScatterPlot::setFeatures(HaralickFeature x, HaralickFeature y)
{
    m_x = x;
    m_y = y;
    m_xCombo->setCurrentIndex(m_xCombo->findData(int(x)));
    m_yCombo->setCurrentIndex(m_yCombo->findData(int(y)));
    rebuild();
}

int ScatterPlot::distanceIndex() const
{
    return std::max(0, int(m_data.distances.indexOf(m_data.distance)));
}

QVector<ScatterPlot::Point> ScatterPlot::pointsFor(HaralickFeature x, HaralickFeature y) const
{
    return ScatterData::build(sources(), x, y, m_data.distance, m_colouring).points;
}

void ScatterPlot::rebuild(bool refit)
{
    const QVector<ScatterSource> sourceList = sources();
    m_data = ScatterData::build(sourceList, m_x, m_y, m_distance, m_colouring);
    m_plottedNames.clear();
    for (const ScatterSource& s : sourceList) {
        m_plottedNames << s.name;
    }
    {
        const QSignalBlocker block(m_distanceCombo);
        m_distanceCombo->clear();
        for (int d : std::as_const(m_data.distances)) {
            m_distanceCombo->addItem(tr("d = %1").arg(d), d);
        }
        m_distanceCombo->setCurrentIndex(distanceIndex());
        m_distanceCombo->setVisible(m_distanceCombo->count() > 1);
    }
    m_pointIndex.clear();
    for (int i = 0; i < m_data.points.size(); ++i) {
        m_pointIndex.insert({m_data.points[i].document, m_data.points[i].id}, i);
    }
    // One graph per series (graphs of previous builds are removed first).
    for (int g = m_plot->graphCount() - 1; g >= 0; --g) {
        if (m_plot->graph(g) != m_selectionGraph) {
            m_plot->removeGraph(g);
        }
    }
    const bool many = m_data.points.size() > kVectorMarkerLimit;
    for (const ScatterSeries& series : std::as_const(m_data.series)) {
        QVector<double> xs, ys;
        xs.reserve(series.points.size());
        ys.reserve(series.points.size());
        for (int i : series.points) {
            xs.push_back(m_data.points[i].x);
            ys.push_back(m_data.points[i].y);
        }
        QCPGraph* graph = m_plot->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(
            markerStyle(series.colour, series.hollow ? series.colour : series.colour.darker(140), series.hollow, many));
        graph->setName(series.name);
        graph->setData(xs, ys);
    }
    m_plot->xAxis->setLabel(haralickFeatureName(m_x)); // the combos' tool tips say "mean over the orientations"
    m_plot->yAxis->setLabel(haralickFeatureName(m_y));
    m_plot->legend->setVisible(!m_data.series.isEmpty());
    if (refit && !m_data.points.isEmpty()) {
        fitView();
    }
    const bool anyRoi = std::any_of(sourceList.cbegin(), sourceList.cend(),
                                    [](const ScatterSource& src) { return src.document->roiCount() > 0; });
    m_hint->setText(anyRoi ? tr("Compute GLCM features (GLCM Texture panel) to plot your ROIs here: one point per ROI, "
                                "with the features chosen above.")
                           : tr("Draw ROIs on the image (e.g. crops of cells and of background), then compute their "
                                "GLCM features (GLCM Texture panel) to plot them here."));
    m_hint->setVisible(m_data.points.isEmpty());
    updateSelection(); // also places the labels
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    updateStatus();
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

void ScatterPlot::placeHint()
{
    m_hint->setGeometry(m_plot->axisRect()->rect().adjusted(12, 12, -12, -12));
}

bool ScatterPlot::isHintShown() const
{
    return !m_hint->isHidden();
}

void ScatterPlot::updateStatus()
{
    // Staleness can change without a rebuild (ROIs or parameters edited): ask the documents again.
    QStringList stale;
    for (const ScatterSource& s : sources()) {
        if (s.document->hasResult(AnalysisKind::Glcm) && s.document->isStale(AnalysisKind::Glcm) &&
            !m_data.missingDistance.contains(s.name)) {
            stale << s.name;
        }
    }
    m_data.stale = stale;
    const QString text = m_data.statusText(m_pooled && m_project && m_project->count() > 1);
    m_staleLabel->setText(text);
    m_staleLabel->setVisible(!text.isEmpty());
}

QString ScatterPlot::statusText() const
{
    return m_staleLabel->isHidden() ? QString() : m_staleLabel->text();
}

void ScatterPlot::updateLabels()
{
    const QCPRange xr = m_plot->xAxis->range();
    const QCPRange yr = m_plot->yAxis->range();
    QVector<int> visible;
    for (int i = 0; i < m_data.points.size() && visible.size() <= kMaxLabels; ++i) {
        if (xr.contains(m_data.points[i].x) && yr.contains(m_data.points[i].y)) {
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
            const Point& p = m_data.points[visible[k]];
            label->position->setCoords(p.x, p.y);
            // Names of points in the right quarter go to their left, so the axes do not cut them off.
            const bool right = p.x > xr.lower + 0.75 * xr.size();
            label->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
            label->setPadding(right ? QMargins(0, 0, 6, 2) : QMargins(6, 0, 0, 2));
            label->setText(p.document->roi(p.id).name);
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

bool ScatterPlot::exportPng(const QString& path, int width, int height, double scale)
{
    const Status s = exportPlotPng(m_plot, path, QSize(width, height), scale);
    m_lastError = s.message();
    return s.isOk();
}

bool ScatterPlot::exportSvg(const QString& path, int width, int height)
{
    QString description = tr("%1 vs %2, exported from Tessera").arg(haralickFeatureName(m_x), haralickFeatureName(m_y));
    if (sourceDocuments().size() > 1) {
        description += tr("; images: %1").arg(m_plottedNames.join(QStringLiteral(", ")));
    }
    const Status s = exportPlotSvg(m_plot, path, QSize(width, height), tr("Texture scatter plot"), description);
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
