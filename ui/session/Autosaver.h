#pragma once

#include "core/session/Session.h"

#include <QFutureWatcher>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QThreadPool;

namespace tessera {

class ImageDocument;
class Project;

/**
 * Autosave and crash recovery of one window's images (its Project). While the project is modified (an image has
 * unsaved edits, or images were added or removed), a recovery file (the
 * session format, with its layers) is written every intervalMs() and right after each analysis result, on a worker
 * thread (capturing the images on the GUI thread costs only copies of the ROI lists; layers are shared). The file is
 * RecoveryFolder/<id>.tessera, one per window, with a lock file <id>.tessera.lock held while the window lives, so that
 * another Tessera running at the same time does not take it. discard() (after a save, on a clean close, and whenever
 * the project becomes unmodified: its images replaced, or every edit undone back to the saved state) removes it.
 *
 * After a crash or kill, orphans() lists the recovery files whose lock is free (their process is gone); the next start
 * offers to restore them (offerRestore() in ui/session/Recovery.h).
 */
class Autosaver : public QObject
{
    Q_OBJECT

public:
    /** capture: the session to write (called on the GUI thread). pool: where files are written. */
    Autosaver(QThreadPool* pool, std::function<Session()> capture, QObject* parent = nullptr);
    ~Autosaver() override;

    /** QStandardPaths::AppLocalDataLocation + "/recovery". */
    static QString folder();
    /** The autosave interval: the environment variable TESSERA_AUTOSAVE_MS (> 0), else 60000. */
    static int intervalMs();
    /** Recovery files (*.tessera in folder()) that no running Tessera holds, oldest first. */
    static QStringList orphans();
    /** Deletes a recovery file, its layer folder and its lock file. */
    static void removeFiles(const QString& recoveryPath);

    /** Watches the images of project (which must outlive the autosaver) for edits. Call once. */
    void setProject(Project* project);
    /** Takes over an orphaned recovery file (restored): later autosaves overwrite it. False if it is locked. */
    bool adopt(const QString& recoveryPath);
    /** This window's recovery file (it may not exist yet). */
    QString recoveryPath() const { return m_path; }
    /** Writes now when the project has unsaved edits not yet autosaved (no-op while a write runs: it is queued). */
    void saveNow();
    /** Removes the recovery file (and any write in flight is removed when it ends). */
    void discard();
    /** Waits for a write in flight (tests, shutdown). */
    void waitForWrite();

signals:
    /** A recovery file was written (ok) or failed to be written. */
    void written(const QString& path, bool ok);

private:
    void markDirty();
    void watch(ImageDocument* document);
    /** Removes this window's recovery file and layers and releases (removes) its lock. */
    void releaseAndRemove();
    void writeFinished();

    QThreadPool* m_pool = nullptr;
    std::function<Session()> m_capture;
    QPointer<Project> m_project;
    QTimer m_timer;
    QTimer m_soon; ///< short delay after a result, so several results in a row give one write
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QFutureWatcher<Status> m_watcher;
    bool m_dirty = false;
    bool m_queued = false;
    bool m_discarded = false; ///< discard() was called while a write ran
};

} // namespace tessera
