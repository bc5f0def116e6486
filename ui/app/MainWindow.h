#pragma once

#include "ui/document/ImageDocument.h"
#include "ui/project/ProjectLoader.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolBar;
class QToolButton;
class QUndoGroup;

namespace tessera {

class AppContext;
class DisplayRenderer;
class DocumentPanel;
class ImageView;
class PlaneSelector;
class Project;
class RoiOverlay;
class RoiTools;
class SessionController;
class TaskRunner;

/**
 * Tessera's main window, a shell: it owns the window's images (a Project of ImageDocuments, shown in the Images dock),
 * creates the viewer, menus, tool bars and docks, and hands the current document to every panel. Panels
 * (DocumentPanel subclasses in ui/<feature>/) do the work; they are added in createPanels() with one addPanel() line
 * each.
 *
 * Files are read on a worker thread (ProjectLoader, on the AppContext's shared pool); a bad file, or any failing task,
 * gives a message box (object name "errorBox"), never a crash, and leaves the open images open. Opening another
 * image replaces every image and cancels all work of the window; File > Add Images to Session… adds images. Edit >
 * Undo / Redo act on the current document's undo stack; the title shows "*" while the project is modified (an image
 * has unsaved edits, or images were added or removed), and closing the window then asks whether to save a session.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** context must outlive the window. */
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens path: a session (".tessera", see SessionController) or an image, which is loaded in the background and
     * replaces every image of the window when it succeeds. Unsaved edits are offered for saving first.
     */
    void openFile(const QString& path);
    /**
     * Reads images in the background into the project (ProjectLoader: replace every image, or add), with the window's
     * progress bar, Cancel button and one error box per failing file; loadFinished follows each request that was not
     * cancelled. Images opened without a prepare step are remembered in Open Recent.
     */
    void loadImages(ProjectLoader::Request request);
    /** Adds the images at paths to the project (File > Add Images to Session…, files dropped on an open image). */
    void addImages(const QStringList& paths);
    /** Replaces the file dialog of File > Add Images to Session… (tests); it returns the chosen paths. */
    void setAddImagesDialog(std::function<QStringList()> dialog) { m_addImagesDialog = std::move(dialog); }
    /** The background reader of the window's images. */
    ProjectLoader* projectLoader() const { return m_loader; }
    /** SHA-256 (hex) of the current document's file as read; empty when unknown. */
    QString imageChecksum() const;
    /** Save / open session and autosave of this window. */
    SessionController* sessionController() const { return m_session; }
    /** Renders the document's plane for the viewer (imageReady → ImageView::setImage). */
    DisplayRenderer* displayRenderer() const { return m_displayRenderer; }
    /** Puts path at the top of File > Open Recent. */
    void addRecentFile(const QString& path);
    /** Path of the bundled sample image (a Qt resource). */
    static QString samplePath();

    /** The current image's document (the project's current one; nullptr when no image is open). */
    ImageDocument* document() const;
    /**
     * The window's images (ui/project/Project.h). Opening an image replaces them all, Add Images appends; the current
     * one is what the viewer and the panels show, and switching it (Project::setCurrent, the Images dock) rebinds them.
     */
    Project* project() const { return m_project; }
    ImageView* view() const { return m_view; }
    /** The window's runner (on the shared pool); panels run their analyses on it with document()->taskKey(kind). */
    TaskRunner* runner() const { return m_runner; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    RoiOverlay* roiOverlay() const { return m_roiOverlay; }
    /** The ROI tools (tool actions, class combo, fixed size, Edit > Specify/Select All/None/Delete). */
    RoiTools* roiTools() const { return m_roiTools; }
    /** True while a file is being read. */
    bool isLoading() const;

    /**
     * Docks panel in area (tabbed with the panels already there when tabbed is true), adds its toggle to
     * View > Panels, and gives it the current document now and on every change. The window owns the panel.
     */
    DocumentPanel* addPanel(DocumentPanel* panel, Qt::DockWidgetArea area, bool tabbed = false);
    QList<DocumentPanel*> panels() const { return m_panels; }

    /** Menus and the tool bar features add their actions to (object names "editMenu", "toolsToolBar", …). */
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* imageMenu() const { return m_imageMenu; }
    QMenu* analyzeMenu() const { return m_analyzeMenu; }
    QToolBar* toolsToolBar() const { return m_toolsToolBar; }

signals:
    /**
     * A load request ended, after the window was updated: ok when at least one image was opened or added, !ok when
     * every file failed (after the error boxes). Not emitted after a cancel.
     */
    void loadFinished(bool ok);
    /** The current document changed (panels are already updated). */
    void documentChanged(tessera::ImageDocument* document);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /** Most of the screen's available area, centred, frame included once known (no saved geometry). */
    void applyDefaultGeometry();
    /**
     * Viewer left; ROI manager, display and histogram on the right (no saved layout), in two tabbed areas, or in one
     * when two would make the window taller than the screen. Defined in MainWindowLayout.cpp.
     */
    void applyDefaultDockLayout();
    void createViewer();
    void createStatusBar();
    /** Menus, File > Open Recent, the file dialogs and the LUT menu are in MainWindowMenus.cpp. */
    void createMenus();
    void createRoiTools();
    void createPanels();
    void rebuildRecentMenu();
    /** File > Add Images to Session…: a multi-selection file dialog, then addImages(). */
    void addImagesDialog();
    /** Binds the viewer, tools and panels to the project's current document. */
    void showDocument(ImageDocument* document, ImageDocument* previous);
    void updateCursorInfo(const QPointF& imagePos, bool inside);
    void showError(const QString& title, const QString& message);
    void setBusy(bool busy, const QString& message = QString());
    /** Checks the LUT menu entry of the current channel's LUT. */
    void syncLutMenu();
    void openDialog();

    AppContext& m_context;
    Project* m_project = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    TaskRunner* m_runner = nullptr;
    ImageView* m_view = nullptr;
    RoiOverlay* m_roiOverlay = nullptr;
    RoiTools* m_roiTools = nullptr;
    PlaneSelector* m_planeSelector = nullptr;
    QList<DocumentPanel*> m_panels;
    QDockWidget* m_undoDock = nullptr;
    DocumentPanel* m_roiDock = nullptr;
    DocumentPanel* m_displayDock = nullptr;
    DocumentPanel* m_histogramDock = nullptr;
    DocumentPanel* m_glcmDock = nullptr;
    DocumentPanel* m_scatterDock = nullptr;
    DocumentPanel* m_thresholdDock = nullptr;
    DocumentPanel* m_segmentationDock = nullptr;
    DocumentPanel* m_objectsDock = nullptr;
    DocumentPanel* m_resultsDock = nullptr;

    QLabel* m_cursorLabel = nullptr;
    QLabel* m_infoLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;

    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_panelsMenu = nullptr;
    QMenu* m_imageMenu = nullptr;
    QMenu* m_lutMenu = nullptr;
    QMenu* m_analyzeMenu = nullptr;
    QToolBar* m_toolsToolBar = nullptr;
    DisplayRenderer* m_displayRenderer = nullptr;
    ProjectLoader* m_loader = nullptr;
    QString m_busyMessage;
    std::function<QStringList()> m_addImagesDialog;
    QDockWidget* m_imagesDock = nullptr;
    SessionController* m_session = nullptr;
};

} // namespace tessera
