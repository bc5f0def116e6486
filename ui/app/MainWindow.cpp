#include "ui/app/MainWindow.h"

#include "core/task/TaskContext.h"
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/display/DisplayPanel.h"
#include "ui/histogram/HistogramPanel.h"
#include "ui/settings/Settings.h"
#include "ui/viewer/DisplayRenderer.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/PlaneSelector.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

#include <cmath>

namespace tessera {
namespace {

/** What the loading worker hands back to the GUI thread. */
struct LoadResult
{
    Image image;
    QStringList warnings;
};

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
    m_runner = new TaskRunner(context.threadPool(), this);
    m_undoGroup = new QUndoGroup(this);

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
    statusBar()->addWidget(m_cursorLabel, 1);
    statusBar()->addPermanentWidget(m_infoLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    setBusy(false);

    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        m_runner->cancel(QStringLiteral("load"));
        setBusy(false);
        statusBar()->showMessage(tr("Loading cancelled."), 4000);
    });
    connect(m_runner, &TaskRunner::taskFinished, this, [this](const QString& key) {
        if (key == QLatin1String("load")) {
            setBusy(false);
        }
    });
    connect(m_runner, &TaskRunner::taskFailed, this,
            [this](const QString&, const QString& message) { showError(tr("Operation failed"), message); });
    connect(m_view, &ImageView::cursorMoved, this, &MainWindow::updateCursorInfo);
    connect(m_planeSelector, &PlaneSelector::positionRequested, this, [this](PlanePosition p) {
        if (m_document) {
            m_document->setPosition(p);
        }
    });

    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto* undoView = new QUndoView(m_undoGroup, m_undoDock);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<original>"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    // Display: the plane is rendered from the document's view state (off the GUI thread for large planes) and
    // handed to the viewer; display and histogram docks, the histogram below the display panel.
    m_displayRenderer = new DisplayRenderer(m_runner, this);
    connect(m_displayRenderer, &DisplayRenderer::imageReady, m_view, &ImageView::setImage);
    m_displayPanel = new DisplayPanel(m_runner, this);
    m_histogramPanel = new HistogramPanel(m_runner, this);
    addDockWidget(Qt::RightDockWidgetArea, m_displayPanel);
    splitDockWidget(m_displayPanel, m_histogramPanel, Qt::Vertical);

    createActions();
    Settings settings;
    restoreGeometry(settings.windowGeometry());
    if (settings.windowGeometry().isEmpty()) {
        resize(900, 700);
    }
}

MainWindow::~MainWindow()
{
    m_runner->shutdown();
}

QString MainWindow::samplePath()
{
    return QStringLiteral(":/samples/pyimagej_test_still.tif");
}

bool MainWindow::isLoading() const
{
    return m_runner->isRunning(QStringLiteral("load"));
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    QAction* sample = file->addAction(tr("Open &Sample"), this, [this] { openFile(samplePath()); });
    sample->setObjectName(QStringLiteral("actionOpenSample"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = view->addAction(tr("Zoom &In"), m_view, &ImageView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), m_view, &ImageView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = view->addAction(tr("&Fit to Window"), m_view, &ImageView::fitToWindow);
    fit->setObjectName(QStringLiteral("actionFit"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* actual = view->addAction(tr("&Actual Size (1:1)"), m_view, &ImageView::zoomActualSize);
    actual->setObjectName(QStringLiteral("actionActualSize"));
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addSeparator();
    QAction* history = m_undoDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setObjectName(QStringLiteral("actionUndoHistory"));
    view->addAction(history);

    QMenu* image = menuBar()->addMenu(tr("&Image"));
    QMenu* luts = image->addMenu(tr("&Lookup Table"));
    auto* lutGroup = new QActionGroup(this);
    for (const QString& name : Lut::names()) {
        QAction* a = luts->addAction(name, this, [this, name] {
            if (m_document) {
                ChannelView v = m_document->channelView(m_document->position().c);
                v.lut = name;
                m_document->setChannelView(m_document->position().c, v);
            }
        });
        a->setCheckable(true);
        a->setChecked(name == Lut::grays().name);
        lutGroup->addAction(a);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tessera"), this, [this] {
        QMessageBox::about(this, tr("About Tessera"),
                           tr("<b>Tessera</b> %1<br>A workbench for microscopy textures, thresholds and "
                              "segmentation.<br>Sample image: pyimagej test_still.tif (Apache-2.0).")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings().recentFiles();
    for (const QString& path : files) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            Settings().clearRecentFiles();
            rebuildRecentMenu();
        });
    }
}

void MainWindow::openDialog()
{
    Settings settings;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Image"), settings.lastDirectory(),
                                     tr("Images (*.tif *.tiff *.png *.jpg *.jpeg *.bmp);;All files (*)"));
    if (!path.isEmpty()) {
        settings.setLastDirectory(QFileInfo(path).absolutePath());
        openFile(path);
    }
}

void MainWindow::openFile(const QString& path)
{
    m_loadingPath = path;
    setBusy(true, tr("Opening %1…").arg(QFileInfo(path).fileName()));
    const AppContext::ImageLoader loader = m_context.imageLoader();
    std::function<Expected<LoadResult>(TaskContext&)> work = [path, loader](TaskContext& task) -> Expected<LoadResult> {
        LoadResult result;
        SubTask readTask(task, 0.0, 0.9);
        Expected<Image> image = loader(path, readTask, &result.warnings);
        if (!image.isOk()) {
            return image.status();
        }
        result.image = std::move(image).value();
        // Display ranges are computed here, off the GUI thread, unless the file carries them.
        if (result.image.displayRanges.size() != result.image.channels()) {
            result.image.displayRanges.clear();
            for (int c = 0; c < result.image.channels(); ++c) {
                result.image.displayRanges.append(autoDisplayRange(result.image.plane(c, result.image.slices() / 2)));
            }
        }
        task.setProgress(1.0);
        return result;
    };
    m_runner->run<Expected<LoadResult>>(
        QStringLiteral("load"), work, this,
        [this, path](const LoadResult& result) {
            setDocument(std::make_unique<ImageDocument>(result.image));
            if (!path.startsWith(QLatin1Char(':'))) {
                Settings().addRecentFile(QFileInfo(path).absoluteFilePath());
                rebuildRecentMenu();
            }
            if (!result.warnings.isEmpty()) {
                statusBar()->showMessage(result.warnings.join(QLatin1Char(' ')), 8000);
            }
            emit loadFinished(true);
        },
        [this](const QString& message) {
            showError(tr("Cannot open image"), message);
            emit loadFinished(false);
        },
        [this](double f, const QString&) { m_progress->setValue(int(f * 1000)); });
}

void MainWindow::setDocument(std::unique_ptr<ImageDocument> document)
{
    // Work for the old image is void now (the load that produced this document has ended already).
    m_runner->cancelAll();
    m_document = std::move(document);
    const Image& image = m_document->image();
    connect(m_document.get(), &ImageDocument::modifiedChanged, this, &QWidget::setWindowModified);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    setWindowModified(m_document->isModified());
    m_planeSelector->setDimensions(image.channels(), image.slices(), image.frames(), m_document->position());
    setWindowTitle(tr("%1[*] — Tessera").arg(m_document->fileName()));
    const Calibration& cal = image.calibration;
    QString info = tr("%1×%2 px, %3").arg(image.width()).arg(image.height()).arg(pixelTypeName(image.pixelType()));
    if (cal.isCalibrated()) {
        info += tr(", %1 %2/px").arg(cal.pixelWidth, 0, 'g', 4).arg(cal.unit);
    }
    m_infoLabel->setText(info);
    // The plane selector follows position changes made elsewhere (e.g. the display panel's channel).
    connect(m_document.get(), &ImageDocument::positionChanged, this, [this](PlanePosition p) {
        const Image& im = m_document->image();
        m_planeSelector->setDimensions(im.channels(), im.slices(), im.frames(), p);
    });
    m_displayRenderer->setDocument(m_document.get());
    m_displayPanel->setDocument(m_document.get());
    m_histogramPanel->setDocument(m_document.get());
}

void MainWindow::updateCursorInfo(const QPointF& imagePos, bool inside)
{
    if (!m_document || !inside) {
        m_cursorLabel->clear();
        return;
    }
    const int x = int(std::floor(imagePos.x()));
    const int y = int(std::floor(imagePos.y()));
    const Calibration& cal = m_document->image().calibration;
    QString text = tr("x=%1, y=%2").arg(x).arg(y);
    if (cal.isCalibrated()) {
        text += tr(" (%1, %2 %3)").arg(x * cal.pixelWidth, 0, 'f', 2).arg(y * cal.pixelHeight, 0, 'f', 2).arg(cal.unit);
    }
    text += tr(", value=%1").arg(formatValue(m_document->currentPlane(), x, y));
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
        statusBar()->showMessage(message);
    } else {
        statusBar()->clearMessage();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_runner->shutdown();
    Settings().setWindowGeometry(saveGeometry());
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
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
}

} // namespace tessera
