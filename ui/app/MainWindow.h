#pragma once

#include "ui/document/ImageDocument.h"
#include "ui/viewer/PlaneRenderer.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;
class QUndoGroup;

namespace tessera {

class AppContext;
class DisplayPanel;
class DisplayRenderer;
class HistogramPanel;
class ImageView;
class PlaneSelector;
class TaskRunner;

/**
 * Tessera's main window: one image document with its viewer. Files are read on a worker thread (TaskRunner on the
 * AppContext's shared pool); a bad file, or any failing task, gives a message box (object name "errorBox"), never a
 * crash, and leaves the current image open. Edit > Undo / Redo act on the document's undo stack; the title shows
 * "*" while the document has unsaved edits.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** context must outlive the window. */
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Starts loading path in the background; replaces the current image when it succeeds. */
    void openFile(const QString& path);
    /** Path of the bundled sample image (a Qt resource). */
    static QString samplePath();

    ImageDocument* document() const { return m_document.get(); }
    ImageView* view() const { return m_view; }
    TaskRunner* runner() const { return m_runner; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    /** True while a file is being read. */
    bool isLoading() const;

signals:
    /** Emitted when a file finished loading (ok) or failed (!ok), after the window was updated. */
    void loadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void rebuildRecentMenu();
    void setDocument(std::unique_ptr<ImageDocument> document);
    void updateCursorInfo(const QPointF& imagePos, bool inside);
    void showError(const QString& title, const QString& message);
    void setBusy(bool busy, const QString& message = QString());
    void openDialog();

    AppContext& m_context;
    std::unique_ptr<ImageDocument> m_document;
    QUndoGroup* m_undoGroup = nullptr;
    QDockWidget* m_undoDock = nullptr;
    ImageView* m_view = nullptr;
    PlaneSelector* m_planeSelector = nullptr;
    TaskRunner* m_runner = nullptr;
    QLabel* m_cursorLabel = nullptr;
    QLabel* m_infoLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QMenu* m_recentMenu = nullptr;
    DisplayRenderer* m_displayRenderer = nullptr;
    DisplayPanel* m_displayPanel = nullptr;
    HistogramPanel* m_histogramPanel = nullptr;
    QString m_loadingPath;
};

} // namespace tessera
