// MainWindow: the menus (File, Edit, View, Image, Analyze, Help) and the tools tool bar, File > Open Recent, the file
// dialogs of File > Open… and Add Images to Session…, and the Image > Lookup Table menu following the document.
#include "ui/app/MainWindow.h"

#include "ui/app/FileDialogs.h"
#include "ui/session/SessionController.h"
#include "ui/settings/Settings.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/PlaneRenderer.h"
#include "ui/viewer/RoiOverlay.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoGroup>

namespace tessera {

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    QAction* sample = file->addAction(tr("Open &Sample"), this, [this] { openFile(samplePath()); });
    sample->setObjectName(QStringLiteral("actionOpenSample"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    QAction* addImagesAction = file->addAction(tr("&Add Images to Session…"), this, &MainWindow::addImagesDialog);
    addImagesAction->setObjectName(QStringLiteral("actionAddImages"));
    addImagesAction->setToolTip(
        tr("Add image files to the images of this window (the Images panel); each keeps its own "
           "ROIs, analyses and undo history"));
    m_session = new SessionController(this);
    m_session->install(file, nullptr);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    m_editMenu->addAction(undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction* zoomIn = m_viewMenu->addAction(tr("Zoom &In"), m_view, &ImageView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), m_view, &ImageView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = m_viewMenu->addAction(tr("&Fit to Window"), m_view, &ImageView::fitToWindow);
    fit->setObjectName(QStringLiteral("actionFit"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* actual = m_viewMenu->addAction(tr("&Actual Size (1:1)"), m_view, &ImageView::zoomActualSize);
    actual->setObjectName(QStringLiteral("actionActualSize"));
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_viewMenu->addSeparator();
    QAction* showRois = m_viewMenu->addAction(tr("Show &ROIs"));
    showRois->setObjectName(QStringLiteral("actionShowRois"));
    showRois->setCheckable(true);
    showRois->setChecked(true);
    connect(showRois, &QAction::toggled, m_roiOverlay, &OverlayLayer::setVisible);
    QAction* showNames = m_viewMenu->addAction(tr("Show ROI &Names"));
    showNames->setObjectName(QStringLiteral("actionShowRoiNames"));
    showNames->setCheckable(true);
    showNames->setChecked(true);
    connect(showNames, &QAction::toggled, m_roiOverlay, &RoiOverlay::setShowNames);
    // The document holds the setting (the ROI manager's "Show names" toggles it too); the action follows it.
    connect(this, &MainWindow::documentChanged, showNames, [showNames](ImageDocument* doc) {
        const QSignalBlocker block(showNames);
        showNames->setChecked(doc && doc->roiNamesShown());
        if (doc) {
            connect(doc, &ImageDocument::roiNamesShownChanged, showNames, [showNames](bool shown) {
                const QSignalBlocker b(showNames);
                showNames->setChecked(shown);
            });
        }
    });
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(tr("&Panels"));
    m_panelsMenu->setObjectName(QStringLiteral("panelsMenu"));

    m_imageMenu = menuBar()->addMenu(tr("&Image"));
    m_imageMenu->setObjectName(QStringLiteral("imageMenu"));
    m_lutMenu = m_imageMenu->addMenu(tr("&Lookup Table"));
    m_lutMenu->setToolTip(tr("Colour table of the current channel"));
    auto* lutGroup = new QActionGroup(this);
    for (const QString& name : Lut::names()) {
        QAction* a = m_lutMenu->addAction(name, this, [this, name] {
            if (document()) {
                const int c = document()->position().c;
                ChannelView view = document()->channelView(c);
                view.lut = name;
                document()->setChannelView(c, view);
            }
        });
        a->setCheckable(true);
        a->setChecked(name == QLatin1String("Grays"));
        a->setData(name);
        lutGroup->addAction(a);
    }
    QAction* invert = m_imageMenu->addAction(tr("&Invert LUT"));
    invert->setObjectName(QStringLiteral("actionInvertLut"));
    invert->setCheckable(true);
    connect(invert, &QAction::toggled, this, [this](bool on) {
        if (document()) {
            document()->setInverted(on);
        }
    });
    connect(this, &MainWindow::documentChanged, invert, [invert](ImageDocument* doc) {
        const QSignalBlocker block(invert);
        invert->setChecked(doc && doc->isInverted());
    });

    m_analyzeMenu = menuBar()->addMenu(tr("&Analyze"));
    m_analyzeMenu->setObjectName(QStringLiteral("analyzeMenu"));

    m_toolsToolBar = addToolBar(tr("Tools"));
    m_toolsToolBar->setObjectName(QStringLiteral("toolsToolBar"));

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

void MainWindow::addRecentFile(const QString& path)
{
    Settings().addRecentFile(path);
    rebuildRecentMenu();
}

void MainWindow::openDialog()
{
    Settings settings;
    const QString path = askOpenFileName(this, tr("Open Image"), settings.lastDirectory(),
                                         tr("Images (*.tif *.tiff *.png *.jpg *.jpeg *.bmp);;All files (*)"));
    if (!path.isEmpty()) {
        settings.setLastDirectory(QFileInfo(path).absolutePath());
        openFile(path);
    }
}

void MainWindow::addImagesDialog()
{
    Settings settings;
    const QStringList paths =
        m_addImagesDialog
            ? m_addImagesDialog()
            : QFileDialog::getOpenFileNames(this, tr("Add Images to Session"), settings.lastDirectory(),
                                            tr("Images (*.tif *.tiff *.png *.jpg *.jpeg *.bmp);;All files (*)"));
    if (!paths.isEmpty()) {
        settings.setLastDirectory(QFileInfo(paths.first()).absolutePath());
        addImages(paths);
    }
}

void MainWindow::syncLutMenu()
{
    if (!document()) {
        return;
    }
    const QString lut = document()->channelView(document()->position().c).lut;
    for (QAction* a : m_lutMenu->actions()) {
        a->setChecked(a->data().toString() == lut);
    }
}

} // namespace tessera
