#pragma once

#include "ui/document/ImageDocument.h"
#include "ui/viewer/PlaneRenderer.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace tessera {

class ImageView;
class PlaneSelector;
class TaskRunner;

/**
 * Tessera's main window: one image document with its viewer. Files are read on a worker thread (TaskRunner); a bad
 * file gives a message box (object name "errorBox"), never a crash, and leaves the current image open.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Starts loading path in the background; replaces the current image when it succeeds. */
    void openFile(const QString& path);
    /** Path of the bundled sample image (a Qt resource). */
    static QString samplePath();

    ImageDocument* document() const { return m_document.get(); }
    ImageView* view() const { return m_view; }
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
    void renderCurrentPlane();
    void updateCursorInfo(const QPointF& imagePos, bool inside);
    void showError(const QString& title, const QString& message);
    void setBusy(bool busy, const QString& message = QString());
    void openDialog();

    std::unique_ptr<ImageDocument> m_document;
    ImageView* m_view = nullptr;
    PlaneSelector* m_planeSelector = nullptr;
    TaskRunner* m_runner = nullptr;
    QLabel* m_cursorLabel = nullptr;
    QLabel* m_infoLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QMenu* m_recentMenu = nullptr;
    Lut m_lut = Lut::grays();
    QString m_loadingPath;
};

} // namespace tessera
