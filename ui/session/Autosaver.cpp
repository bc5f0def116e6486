#include "ui/session/Autosaver.h"

#include "ui/document/ImageDocument.h"
#include "ui/project/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent>

#include <algorithm>

namespace tessera {
namespace {

constexpr int kDefaultIntervalMs = 60000;

QString lockPath(const QString& recoveryPath)
{
    return recoveryPath + QStringLiteral(".lock");
}

} // namespace

Autosaver::Autosaver(QThreadPool* pool, std::function<Session()> capture, QObject* parent)
    : QObject(parent), m_pool(pool), m_capture(std::move(capture))
{
    m_path = QDir(folder()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".tessera"));
    m_timer.setInterval(intervalMs());
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    m_timer.start();
    m_soon.setSingleShot(true);
    m_soon.setInterval(200);
    connect(&m_soon, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &Autosaver::writeFinished);
}

Autosaver::~Autosaver()
{
    // Destroyed means the window went away without a crash: nothing to recover (a crash never gets here).
    waitForWrite();
    m_discarded = false;
    releaseAndRemove();
}

QString Autosaver::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

int Autosaver::intervalMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("TESSERA_AUTOSAVE_MS", &ok);
    return ok && ms > 0 ? ms : kDefaultIntervalMs;
}

QStringList Autosaver::orphans()
{
    QDir dir(folder());
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.tessera")}, QDir::Files, QDir::Time | QDir::Reversed);
    QStringList result;
    for (const QFileInfo& info : files) {
        QLockFile lock(lockPath(info.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) { // nobody holds it: its process is gone
            lock.unlock();
            result << info.absoluteFilePath();
        }
    }
    return result;
}

void Autosaver::removeFiles(const QString& recoveryPath)
{
    QFile::remove(recoveryPath);
    QDir(SessionFile::layerFolder(recoveryPath)).removeRecursively();
    QFile::remove(lockPath(recoveryPath));
}

void Autosaver::releaseAndRemove()
{
    if (m_lock) {
        QFile::remove(m_path);
        QDir(SessionFile::layerFolder(m_path)).removeRecursively();
        m_lock->unlock(); // removes the lock file
        m_lock.reset();
    }
}

void Autosaver::setProject(Project* project)
{
    m_project = project;
    m_dirty = false;
    connect(project, &Project::imageAdded, this, [this](int index) {
        watch(m_project->document(index));
        markDirty();
    });
    connect(project, &Project::imageRemoved, this, [this](int, ImageDocument* document) {
        disconnect(document, nullptr, this, nullptr);
        disconnect(document->undoStack(), nullptr, this, nullptr);
        markDirty();
    });
    connect(project, &Project::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            discard(); // saved, replaced, or back at the saved state (undo): nothing to recover
        }
    });
    for (ImageDocument* document : project->documents()) {
        watch(document);
    }
}

void Autosaver::watch(ImageDocument* document)
{
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::markDirty);
    connect(document, &ImageDocument::maskLayerChanged, this, &Autosaver::markDirty);
    connect(document, &ImageDocument::labelLayerChanged, this, &Autosaver::markDirty);
    connect(document, &ImageDocument::parametersChanged, this, &Autosaver::markDirty);
    connect(document, &ImageDocument::resultChanged, this, [this] {
        markDirty();
        m_soon.start(); // "after each analysis"
    });
}

bool Autosaver::adopt(const QString& recoveryPath)
{
    auto lock = std::make_unique<QLockFile>(lockPath(recoveryPath));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        return false;
    }
    if (m_lock) {
        m_lock->unlock();
    }
    m_lock = std::move(lock);
    m_path = recoveryPath;
    m_dirty = true; // its content is unsaved work: keep it current
    m_discarded = false;
    return true;
}

void Autosaver::markDirty()
{
    m_dirty = true;
}

void Autosaver::saveNow()
{
    if (!m_project || !m_dirty || !m_project->isModified()) {
        return;
    }
    if (m_watcher.isRunning()) {
        m_queued = true;
        return;
    }
    if (!m_lock) {
        QDir().mkpath(folder());
        m_lock = std::make_unique<QLockFile>(lockPath(m_path));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            return;
        }
    }
    Session session = m_capture();
    if (session.images.empty()) {
        return;
    }
    m_dirty = false;
    m_discarded = false;
    const QString path = m_path;
    m_watcher.setFuture(
        QtConcurrent::run(m_pool, [session = std::move(session), path] { return SessionFile::write(session, path); }));
}

void Autosaver::writeFinished()
{
    const Status status = m_watcher.result();
    if (m_discarded) {
        releaseAndRemove();
        m_discarded = false;
    } else {
        emit written(m_path, status.isOk());
    }
    if (m_queued) {
        m_queued = false;
        saveNow();
    }
}

void Autosaver::discard()
{
    m_queued = false;
    m_soon.stop();
    if (m_watcher.isRunning()) {
        m_discarded = true; // removed when the write ends
        return;
    }
    releaseAndRemove();
}

void Autosaver::waitForWrite()
{
    if (m_watcher.isRunning()) {
        m_watcher.waitForFinished();
    }
}

} // namespace tessera
