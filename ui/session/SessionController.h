#pragma once

#include "core/common/Status.h"
#include "core/session/Session.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;

namespace tessera {

class Autosaver;
class ImageDocument;
class MainWindow;
class TaskRunner;

/**
 * File > Save Session (Ctrl+S), Save Session As… (Ctrl+Shift+S) and Open Session… of one MainWindow, and its
 * autosave (Autosaver). A session (core/session/Session.h, docs/session.md) stores every image of the window (its
 * Project): ROIs, classes, parameters, mask and label layers, view state (the viewer's zoom and centre for the current
 * image), and which image is current.
 *
 * Opening reads the session on a worker, asks for each image that is not where the session says
 * (Dialogs::locateImage; a cancelled one is left out, with Dialogs::missingImages saying so, and the session opens
 * with the others — or not at all when none is left), then reads every image through the window
 * (MainWindow::loadImages(), one after another on the worker with one progress) and puts each session image into its
 * new document before the window shows them (SessionState::apply(); no undo steps, every document unmodified). An
 * image of another size is refused with the error box, the others open; one whose SHA-256 differs from the stored one
 * opens with a warning (Dialogs::checksumWarning), one box per image. The session's current image becomes current,
 * with its zoom. Images left out make the project modified (saving would drop them). Saving writes atomically and
 * marks the project clean. maybeSave() asks Save / Discard / Cancel when the project is modified (the window calls it
 * before it closes or replaces its images).
 *
 * The dialogs are std::functions so that tests can replace them; the defaults are real dialogs (message boxes with
 * object names "saveChangesBox", "checksumWarningBox" and "missingImagesBox", file dialogs).
 */
class SessionController : public QObject
{
    Q_OBJECT

public:
    struct Dialogs
    {
        /** Asks where the image now is (missing: its stored path); empty = cancel. */
        std::function<QString(const QString& missing)> locateImage;
        /** Shows that the image's checksum changed (message is user-readable). */
        std::function<void(const QString& message)> checksumWarning;
        /** Shows that images of a session were left out (not found, not located). */
        std::function<void(const QString& message)> missingImages;
        /** Asks whether to save the unsaved edits of name: Save, Discard or Cancel. */
        std::function<QMessageBox::StandardButton(const QString& name)> askSave;
        /** Asks for the path to save the session to; empty = cancel. */
        std::function<QString(const QString& suggestion)> saveFileName;
        /** Asks for a session to open; empty = cancel. */
        std::function<QString()> openFileName;
    };

    explicit SessionController(MainWindow* window);
    ~SessionController() override;

    /** Adds the session actions to the File menu before `before` (object names "actionSaveSession", …). */
    void install(QMenu* fileMenu, QAction* before);
    const Dialogs& dialogs() const { return m_dialogs; }
    void setDialogs(const Dialogs& dialogs) { m_dialogs = dialogs; }

    /** True for a path ending in ".tessera". */
    static bool isSessionFile(const QString& path);
    /** The session file of the window's images; empty when they were not opened from or saved to one. */
    QString sessionPath() const { return m_path; }
    Autosaver* autosaver() const { return m_autosaver; }

    /** The session of the window's images (none when the window has no image). */
    Session capture() const;
    /** Writes every image to path; on success it becomes the session path and the project is clean. */
    Status saveTo(const QString& path);
    /** Save: to sessionPath(), or asks for one (saveAs()). False when cancelled or failed (the error is shown). */
    bool save();
    bool saveAs();
    /** Opens the session at path in the window (see the class comment); sessionOpened(ok) follows. */
    void openSession(const QString& path);
    /**
     * Opens a recovery file (Autosaver) like a session, keeps every image (and the project) modified, takes over the
     * recovery file, and makes the session the user had saved (if any) the session path again.
     */
    void restoreRecovery(const QString& recoveryPath);
    /** When the project is modified, asks Save / Discard / Cancel; true when the window may go on. */
    bool maybeSave();

signals:
    /**
     * An openSession() / restoreRecovery() ended: ok after the window shows the session's images (at least one), !ok
     * after an error box, a cancel, or when no image could be opened.
     */
    void sessionOpened(bool ok);
    void sessionSaved(const QString& path);

private:
    void openDialog();
    void open(const QString& path, bool recovery);
    /** Reads imagePaths (session images sessionIndexes) into the window; skipped: images left out. */
    void loadImages(const Session& session, const QString& path, const QStringList& imagePaths,
                    const QList<int>& sessionIndexes, const QStringList& skipped, bool recovery);
    void updateTitle();
    void showError(const QString& title, const QString& message);

    MainWindow* m_window = nullptr;
    TaskRunner* m_runner = nullptr;
    Autosaver* m_autosaver = nullptr;
    Dialogs m_dialogs;
    QString m_path;
};

} // namespace tessera
