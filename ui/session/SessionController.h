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
 * autosave (Autosaver). A session (core/session/Session.h, docs/session.md) stores the window's document: ROIs,
 * classes, parameters, mask and label layers, view state.
 *
 * Opening reads the session on a worker, then loads its image through the window (MainWindow::loadImage()) and puts
 * the session into the new document before the window shows it (SessionState::apply(); no undo steps, the document is
 * unmodified). An image that is not where the session says is asked for (Dialogs::locateImage); one whose SHA-256
 * differs from the stored one opens with a warning (Dialogs::checksumWarning). Saving writes atomically and marks the
 * undo stack clean. maybeSave() asks Save / Discard / Cancel when the document has unsaved edits (the window calls it
 * before it closes or replaces the document).
 *
 * The dialogs are std::functions so that tests can replace them; the defaults are real dialogs (message boxes with
 * object names "saveChangesBox" and "checksumWarningBox", file dialogs).
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
    /** The session file of the current document; empty when it was not opened from or saved to one. */
    QString sessionPath() const { return m_path; }
    Autosaver* autosaver() const { return m_autosaver; }

    /** The session of the current document (null document: no images). */
    Session capture() const;
    /** Writes the current document to path; on success it becomes the session path and the undo stack is clean. */
    Status saveTo(const QString& path);
    /** Save: to sessionPath(), or asks for one (saveAs()). False when cancelled or failed (the error is shown). */
    bool save();
    bool saveAs();
    /** Opens the session at path in the window (see the class comment); sessionOpened(ok) follows. */
    void openSession(const QString& path);
    /**
     * Opens a recovery file (Autosaver) like a session, keeps the document modified, takes over the recovery file,
     * and makes the session the user had saved (if any) the session path again.
     */
    void restoreRecovery(const QString& recoveryPath);
    /** When the document has unsaved edits, asks Save / Discard / Cancel; true when the window may go on. */
    bool maybeSave();

signals:
    /** An openSession() / restoreRecovery() ended (after the window shows the document, or after the error box). */
    void sessionOpened(bool ok);
    void sessionSaved(const QString& path);

private:
    void openDialog();
    void onDocumentChanged(ImageDocument* document);
    void open(const QString& path, bool recovery);
    void loadImage(const Session& session, const QString& path, const QString& imagePath, bool recovery);
    void updateTitle();
    void showError(const QString& title, const QString& message);

    MainWindow* m_window = nullptr;
    TaskRunner* m_runner = nullptr;
    Autosaver* m_autosaver = nullptr;
    Dialogs m_dialogs;
    QString m_path;
    QString m_pendingPath; ///< the session path of the document being opened
    bool m_pending = false;
};

} // namespace tessera
