#include "ui/app/MainWindow.h"

#include "core/session/Session.h"
#include "core/task/TaskContext.h"
#include "ui/app/AppContext.h"
#include "ui/app/DocumentPanel.h"
#include "ui/async/TaskRunner.h"
#include "ui/display/DisplayPanel.h"
#include "ui/figure/ExportFigureDialog.h"
#include "ui/histogram/HistogramPanel.h"
#include "ui/objects/ObjectsPanel.h"
#include "ui/plots/ScatterPlot.h"
#include "ui/project/ImagesPanel.h"
#include "ui/project/Project.h"
#include "ui/results/ObjectsTable.h"
#include "ui/results/ResultsTable.h"
#include "ui/roi/RoiManagerDock.h"
#include "ui/roi/tools/RoiTools.h"
#include "ui/segmentation/SegmentationPanel.h"
#include "ui/session/Autosaver.h"
#include "ui/session/SessionController.h"
#include "ui/settings/Settings.h"
#include "ui/texture/GlcmPanel.h"
#include "ui/threshold/ThresholdOverlay.h"
#include "ui/threshold/ThresholdPanel.h"
#include "ui/viewer/DisplayRenderer.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/PlaneRenderer.h"
#include "ui/viewer/PlaneSelector.h"
#include "ui/viewer/RoiOverlay.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tessera {
namespace {

QString formatValue(const cv::Mat& plane, int x, int y)
{
    switch (plane.depth()) {
    case CV_8U:
        return QString::number(plane.at<uchar>(y, x));
    case CV_16U:
        return QString::number(plane.at<quint16>(y, x));
    default:
        return QString::number(double(plane.at<float>(y, x)), 'g', 6);
    }
}

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Tessera[*]"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_runner = new TaskRunner(context.threadPool(), this);
    m_undoGroup = new QUndoGroup(this);
    m_project = new Project(this);
    m_loader = new ProjectLoader(m_project, m_runner, context, this);
    connect(m_project, &Project::currentChanged, this, &MainWindow::showDocument);
    connect(m_project, &Project::modifiedChanged, this, &QWidget::setWindowModified);

    createViewer();
    // The plane is rendered from the document's view state (off the GUI thread for large planes) for the viewer.
    m_displayRenderer = new DisplayRenderer(m_runner, this);
    connect(m_displayRenderer, &DisplayRenderer::imageReady, m_view, &ImageView::setImage);
    createStatusBar();
    createMenus();
    createRoiTools();
    createPanels();

    // Reading images: progress and Cancel in the status bar, one error box per file that fails.
    connect(m_loader, &ProjectLoader::started, this, [this](const QString& message) { setBusy(true, message); });
    connect(m_loader, &ProjectLoader::progress, this, [this](double f, const QString& file) {
        m_progress->setValue(int(f * 1000));
        m_progress->setToolTip(file);
    });
    connect(m_loader, &ProjectLoader::failed, this,
            [this](const QString&, const QString& message) { showError(tr("Cannot open image"), message); });
    connect(m_loader, &ProjectLoader::warnings, this, [this](const QString&, const QStringList& warnings) {
        statusBar()->showMessage(warnings.join(QLatin1Char(' ')), 8000);
    });
    connect(m_loader, &ProjectLoader::finished, this, [this] { setBusy(false); });
    // Failures of tasks started without their own onError: one message box each.
    connect(m_runner, &TaskRunner::taskFailed, this,
            [this](const QString&, const QString& message) { showError(tr("Operation failed"), message); });

    Settings settings;
    const bool defaultGeometry = settings.windowGeometry().isEmpty() || !restoreGeometry(settings.windowGeometry());
    if (defaultGeometry) {
        applyDefaultGeometry();
    }
    if (settings.windowState().isEmpty() || !restoreState(settings.windowState())) {
        applyDefaultDockLayout();
        if (defaultGeometry) {
            layout()->activate(); // the arranged docks need less room than all of them side by side: size again
            applyDefaultGeometry();
        }
    }
}

MainWindow::~MainWindow()
{
    m_runner->shutdown();
    // Panels refer to the documents: detach them before they go.
    for (DocumentPanel* panel : m_panels) {
        panel->setDocument(nullptr);
    }
    m_project->clear();
}

QString MainWindow::samplePath()
{
    return QStringLiteral(":/samples/pyimagej_test_still.tif");
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

void MainWindow::createViewer()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view = new ImageView(central);
    m_view->setObjectName(QStringLiteral("imageView"));
    m_planeSelector = new PlaneSelector(central);
    m_planeSelector->setObjectName(QStringLiteral("planeSelector"));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_planeSelector);
    setCentralWidget(central);

    m_roiOverlay = new RoiOverlay(this);
    m_roiOverlay->setObjectName(QStringLiteral("roiOverlay"));
    m_view->addOverlay(m_roiOverlay, int(OverlayZ::Rois));
    auto* thresholdOverlay = new ThresholdOverlay(this);
    connect(this, &MainWindow::documentChanged, thresholdOverlay, &ThresholdOverlay::setDocument);
    m_view->addOverlay(thresholdOverlay, int(OverlayZ::ThresholdMask));

    connect(m_view, &ImageView::cursorMoved, this, &MainWindow::updateCursorInfo);
    // Panels ask the document to centre the view (results table row → object); the viewer follows.
    connect(this, &MainWindow::documentChanged, m_view, [this](ImageDocument* doc) {
        if (doc) {
            connect(doc, &ImageDocument::centreRequested, m_view, &ImageView::centerOn, Qt::UniqueConnection);
        }
    });
    connect(m_planeSelector, &PlaneSelector::positionRequested, this, [this](PlanePosition p) {
        if (document()) {
            document()->setPosition(p);
        }
    });
}

void MainWindow::createStatusBar()
{
    m_cursorLabel = new QLabel(this);
    m_cursorLabel->setObjectName(QStringLiteral("cursorLabel"));
    m_infoLabel = new QLabel(this);
    m_infoLabel->setObjectName(QStringLiteral("infoLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop reading the file"));
    statusBar()->addWidget(m_cursorLabel, 1);
    statusBar()->addPermanentWidget(m_infoLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    setBusy(false);
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        m_loader->cancel();
        setBusy(false);
        statusBar()->showMessage(tr("Loading cancelled."), 4000);
    });
}

void MainWindow::createRoiTools()
{
    // ROI tools: tool actions (R, E, P, F, V), class combo and fixed W × H in the tools tool bar, Edit > Specify…,
    // Select All, Select None, Delete; messages (clipped / refused ROIs) in the status bar.
    m_roiTools = new RoiTools(m_view, this);
    m_roiTools->install(m_toolsToolBar, m_editMenu);
    connect(m_roiTools, &RoiTools::message, statusBar(), &QStatusBar::showMessage);
    connect(this, &MainWindow::documentChanged, m_roiTools, &RoiTools::setDocument);
}

void MainWindow::createPanels()
{
    // Feature panels, one line each, arranged by applyDefaultDockLayout() unless a saved layout is restored.
    m_roiDock = addPanel(new RoiManagerDock(this), Qt::RightDockWidgetArea);
    m_glcmDock = addPanel(new GlcmDock(m_runner, m_project, this), Qt::RightDockWidgetArea);
    m_scatterDock = addPanel(new ScatterPlotDock(m_project, this), Qt::RightDockWidgetArea);
    m_histogramDock = addPanel(new HistogramPanel(m_runner, this), Qt::RightDockWidgetArea);
    m_displayDock = addPanel(new DisplayPanel(m_runner, this), Qt::RightDockWidgetArea);
    m_thresholdDock = addPanel(new ThresholdPanel(m_runner, this), Qt::RightDockWidgetArea);
    m_segmentationDock = addPanel(new SegmentationPanel(m_runner, m_view, this), Qt::RightDockWidgetArea);
    // Object editing: the label overlay, the object tools (sharing the viewer with the ROI tools) and the edits.
    m_objectsDock = addPanel(new ObjectsPanel(m_runner, m_view, m_roiTools, this), Qt::RightDockWidgetArea);
    // The results table and File > Export Table….
    m_resultsDock = addPanel(new ResultsDock(m_runner, m_project, this), Qt::BottomDockWidgetArea);
    auto* results = static_cast<ResultsDock*>(m_resultsDock);
    connect(results, &ResultsDock::runAllRequested, static_cast<GlcmDock*>(m_glcmDock)->panel(), &GlcmPanel::runAll);
    QMenu* fileMenu = menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
    auto* exportTable = new QAction(tr("Export &Table…"), this);
    exportTable->setObjectName(QStringLiteral("actionExportTable"));
    exportTable->setToolTip(tr("Save the results table shown as CSV: GLCM per ROI (as tessera-cli glcm writes) or "
                               "measurements per object (as tessera-cli segment --out writes)"));
    exportTable->setEnabled(false);
    connect(exportTable, &QAction::triggered, results, &ResultsDock::exportDialog);
    connect(results, &ResultsDock::exportableChanged, exportTable, &QAction::setEnabled);
    fileMenu->insertAction(fileMenu->actions().value(fileMenu->actions().size() - 2), exportTable);
    auto* setMeasurements = new QAction(tr("Set &Measurements…"), this);
    setMeasurements->setObjectName(QStringLiteral("actionSetMeasurements"));
    setMeasurements->setToolTip(tr("Choose the measurements made per object (the Objects tab of the results)"));
    connect(setMeasurements, &QAction::triggered, results->objectsTable(), &ObjectsTable::setMeasurementsDialog);
    connect(this, &MainWindow::documentChanged, setMeasurements,
            [setMeasurements](ImageDocument* doc) { setMeasurements->setEnabled(doc != nullptr); });
    setMeasurements->setEnabled(document() != nullptr);
    m_analyzeMenu->addAction(setMeasurements);
    // File > Export Figure…: the image as displayed with its overlays (ui/figure), or a panel with the scatter plot.
    auto* exportFigure = new QAction(tr("Export &Figure…"), this);
    exportFigure->setObjectName(QStringLiteral("actionExportFigure"));
    exportFigure->setToolTip(tr("Save the image as displayed, with ROIs, objects and a scale bar, as PNG, TIFF, SVG or "
                                "PDF"));
    exportFigure->setEnabled(false);
    connect(exportFigure, &QAction::triggered, this, [this] {
        showExportFigureDialog(this, document(), m_view->visibleImageRect().toAlignedRect(),
                               findChild<ThresholdOverlay*>(QStringLiteral("thresholdOverlay")),
                               static_cast<ScatterPlotDock*>(m_scatterDock)->plot()->plot());
    });
    connect(this, &MainWindow::documentChanged, exportFigure,
            [exportFigure](ImageDocument* doc) { exportFigure->setEnabled(doc != nullptr); });
    fileMenu->insertAction(fileMenu->actions().value(fileMenu->actions().size() - 2), exportFigure);

    // The images of the window (the project): list, Add Images…, Remove, Previous / Next Image in the Image menu.
    auto* images = new ImagesPanel(m_project, findChild<QAction*>(QStringLiteral("actionAddImages")), this);
    m_imagesDock = images;
    addDockWidget(Qt::RightDockWidgetArea, images);
    m_panelsMenu->addAction(images->toggleViewAction());
    m_imageMenu->addSeparator();
    m_imageMenu->addActions(images->navigationActions());

    // The undo history works on the undo group, not on a document, so it is a plain dock.
    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto* undoView = new QUndoView(m_undoGroup, m_undoDock);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    QAction* history = m_undoDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setObjectName(QStringLiteral("actionUndoHistory"));
    m_panelsMenu->addAction(history);

    // Menus and tool bars no feature has filled stay out of sight.
    m_analyzeMenu->menuAction()->setVisible(!m_analyzeMenu->isEmpty());
    m_toolsToolBar->toggleViewAction()->setVisible(!m_toolsToolBar->actions().isEmpty());
    m_toolsToolBar->setVisible(!m_toolsToolBar->actions().isEmpty());
}

DocumentPanel* MainWindow::addPanel(DocumentPanel* panel, Qt::DockWidgetArea area, bool tabbed)
{
    Q_ASSERT(!panel->objectName().isEmpty()); // names the dock in saved layouts
    panel->setParent(this);
    DocumentPanel* tabWith = nullptr;
    for (DocumentPanel* other : m_panels) {
        if (dockWidgetArea(other) == area) {
            tabWith = other;
        }
    }
    addDockWidget(area, panel);
    if (tabbed && tabWith) {
        tabifyDockWidget(tabWith, panel);
    }
    m_panels.append(panel);
    m_panelsMenu->addAction(panel->toggleViewAction());
    panel->setDocument(document());
    return panel;
}

void MainWindow::openFile(const QString& path)
{
    if (SessionController::isSessionFile(path)) {
        m_session->openSession(path);
        return;
    }
    if (!m_session->maybeSave()) {
        return;
    }
    ProjectLoader::Request request;
    request.paths = {path};
    loadImages(std::move(request));
}

void MainWindow::loadImages(ProjectLoader::Request request)
{
    const bool remember = !request.prepare;
    request.done = [this, remember, paths = request.paths,
                    done = std::move(request.done)](const ProjectLoader::Outcome& outcome) {
        if (remember) {
            for (int index : outcome.loaded) {
                if (!paths[index].startsWith(QLatin1Char(':'))) {
                    addRecentFile(QFileInfo(paths[index]).absoluteFilePath());
                }
            }
        }
        if (done) {
            done(outcome);
        }
        if (!outcome.cancelled) {
            emit loadFinished(!outcome.loaded.isEmpty());
        }
    };
    m_loader->load(std::move(request));
}

void MainWindow::addImages(const QStringList& paths)
{
    if (paths.isEmpty()) {
        return;
    }
    ProjectLoader::Request request;
    request.paths = paths;
    // Into an empty window the files open as a new, unmodified set of images; otherwise they are added.
    request.mode = m_project->isEmpty() ? ProjectLoader::Mode::Replace : ProjectLoader::Mode::Add;
    request.done = [this](const ProjectLoader::Outcome& outcome) {
        if (!outcome.loaded.isEmpty()) {
            m_imagesDock->show();
            m_imagesDock->raise();
            statusBar()->showMessage(tr("%n image(s) added.", nullptr, int(outcome.loaded.size())), 4000);
        }
    };
    loadImages(std::move(request));
}

ImageDocument* MainWindow::document() const
{
    return m_project->current();
}

QString MainWindow::imageChecksum() const
{
    return m_project->checksum(document());
}

void MainWindow::showDocument(ImageDocument* doc, ImageDocument* previous)
{
    if (previous) {
        disconnect(previous, nullptr, this, nullptr);
    }
    if (!doc) {
        // Only while the project is being cleared or its last image removed: nothing refers to a gone document.
        m_roiOverlay->setDocument(nullptr);
        m_displayRenderer->setDocument(nullptr);
        for (DocumentPanel* panel : m_panels) {
            panel->setDocument(nullptr);
        }
        m_undoGroup->setActiveStack(nullptr);
        m_infoLabel->clear();
        m_cursorLabel->clear();
        setWindowTitle(tr("Tessera[*]"));
        emit documentChanged(nullptr);
        return;
    }
    const Image& image = doc->image();
    // The plane selector and the LUT menu follow changes made elsewhere (e.g. the display panel's channel or LUT).
    connect(doc, &ImageDocument::positionChanged, this, [this](PlanePosition p) {
        const Image& im = document()->image();
        m_planeSelector->setDimensions(im.channels(), im.slices(), im.frames(), p);
        syncLutMenu();
    });
    connect(doc, &ImageDocument::viewStateChanged, this, &MainWindow::syncLutMenu);
    if (!m_undoGroup->stacks().contains(doc->undoStack())) {
        m_undoGroup->addStack(doc->undoStack());
    }
    m_undoGroup->setActiveStack(doc->undoStack());
    setWindowModified(m_project->isModified());
    m_roiOverlay->setDocument(doc);
    m_displayRenderer->setDocument(doc);
    for (DocumentPanel* panel : m_panels) {
        panel->setDocument(doc);
    }

    m_planeSelector->setDimensions(image.channels(), image.slices(), image.frames(), doc->position());
    m_cursorLabel->clear(); // it described a pixel of the previous image
    setWindowTitle(tr("%1[*] — Tessera").arg(doc->fileName()));
    const Calibration& cal = image.calibration;
    QString info = tr("%1×%2 px, %3").arg(image.width()).arg(image.height()).arg(pixelTypeName(image.pixelType()));
    if (cal.isCalibrated()) {
        info += tr(", %1 %2/px").arg(cal.pixelWidth, 0, 'g', 4).arg(cal.unit);
    }
    m_infoLabel->setText(info);
    syncLutMenu();
    emit documentChanged(doc);
}

void MainWindow::updateCursorInfo(const QPointF& imagePos, bool inside)
{
    if (!document() || !inside) {
        m_cursorLabel->clear();
        return;
    }
    const int x = int(std::floor(imagePos.x()));
    const int y = int(std::floor(imagePos.y()));
    const Calibration& cal = document()->image().calibration;
    QString text = tr("x=%1, y=%2").arg(x).arg(y);
    if (cal.isCalibrated()) {
        text += tr(" (%1, %2 %3)").arg(x * cal.pixelWidth, 0, 'f', 2).arg(y * cal.pixelHeight, 0, 'f', 2).arg(cal.unit);
    }
    text += tr(", value=%1").arg(formatValue(document()->currentPlane(), x, y));
    m_cursorLabel->setText(text);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setBusy(bool busy, const QString& message)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_progress->setValue(0);
    if (busy) {
        m_busyMessage = message;
        statusBar()->showMessage(message);
    } else if (statusBar()->currentMessage() == m_busyMessage) {
        statusBar()->clearMessage(); // messages shown since (warnings, "added") stay
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_session->maybeSave()) {
        event->ignore();
        return;
    }
    m_session->autosaver()->discard(); // a clean close: nothing to recover
    m_runner->shutdown();
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    // A session opens (replacing the images); image files are added to the open images (to an empty window: opened),
    // as QuPath adds images dropped on a project.
    QStringList images;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (!url.isLocalFile()) {
            continue;
        }
        if (SessionController::isSessionFile(url.toLocalFile())) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
        images << url.toLocalFile();
    }
    if (!images.isEmpty()) {
        event->acceptProposedAction();
        addImages(images);
    }
}

} // namespace tessera
