#pragma once

#include <QDockWidget>
#include <QList>

#include <functional>

class QAction;
class QTableView;
class QToolButton;

namespace tessera {

class ImageListModel;
class Project;

/**
 * The Images dock (object name "imagesPanel"): the window's images (a Project) as a list — name, size and type, ROI
 * count, "*" for unsaved edits, the current image in bold. Clicking a row (or moving through the list with the arrow
 * keys) makes that image current; the viewer and every panel follow it, and Edit > Undo / Redo act on its own undo
 * history. Buttons and context menu: Add Images… (the window's File > Add Images to Session… action) and Remove.
 * Removing an image with ROIs or unsaved edits asks first (message box "removeImageBox"); removal marks the session
 * modified. Previous Image (Ctrl+PgUp) and Next Image (Ctrl+PgDown), as tabs in browsers and editors, switch images
 * from anywhere in the window: navigationActions() go to the Image menu.
 *
 * It shows the project, not one document, so it is a plain dock rather than a DocumentPanel.
 */
class ImagesPanel : public QDockWidget
{
    Q_OBJECT

public:
    /** project must outlive the panel; addImages (may be null) is the window's Add Images action. */
    ImagesPanel(Project* project, QAction* addImages, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    /** Previous Image, Next Image, Remove Image (object names "actionPreviousImage", …). */
    QList<QAction*> navigationActions() const;
    /** Asks whether to remove the image named name (it has ROIs or unsaved edits); replaceable for tests. */
    void setConfirmRemove(std::function<bool(const QString& name, int rois, bool modified)> confirm);

    /** Removes the image at index from the project, asking first when it has ROIs or unsaved edits. */
    bool removeImage(int index);

private:
    void syncSelection();
    void updateActions();
    void step(int delta);

    Project* m_project = nullptr;
    ImageListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_nextAction = nullptr;
    std::function<bool(const QString&, int, bool)> m_confirmRemove;
    bool m_syncing = false;
};

} // namespace tessera
