#include "ui/session/SessionController.h"

#include "core/io/FileChecks.h"
#include "core/task/TaskContext.h"
#include "ui/app/FileDialogs.h"
#include "ui/app/MainWindow.h"
#include "ui/async/TaskRunner.h"
#include "ui/project/Project.h"
#include "ui/project/ProjectLoader.h"
#include "ui/session/Autosaver.h"
#include "ui/session/SessionState.h"
#include "ui/settings/Settings.h"
#include "ui/viewer/DisplayRenderer.h"
#include "ui/viewer/ImageView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

namespace tessera {
namespace {

const QString kOpenKey = QStringLiteral("session");

} // namespace

SessionController::SessionController(MainWindow* window) : QObject(window), m_window(window), m_runner(window->runner())
{
    m_autosaver = new Autosaver(
        m_runner->pool(),
        [this] {
            Session s = capture();
            if (!s.images.empty()) {
                // Where the user's own session is, so that a restore saves back there.
                s.images[0].panels.insert(QStringLiteral("recovery"),
                                          QJsonObject{{QStringLiteral("sessionPath"), m_path}});
            }
            return s;
        },
        this);
    m_autosaver->setProject(window->project());
    // The window's images were replaced (an image or a session opened): the session path is that session's or none.
    connect(window->projectLoader(), &ProjectLoader::replaced, this, [this] { m_path.clear(); });
    connect(window, &MainWindow::documentChanged, this, &SessionController::updateTitle);

    m_dialogs.locateImage = [this](const QString& missing) {
        const QString name = QFileInfo(missing).fileName();
        return askOpenFileName(m_window, tr("Where is the image “%1”?").arg(name), Settings().lastDirectory(),
                               tr("%1;;Images (*.tif *.tiff *.png *.jpg *.jpeg *.bmp);;All files (*)").arg(name));
    };
    m_dialogs.checksumWarning = [this](const QString& message) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Image changed"), message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("checksumWarningBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    m_dialogs.missingImages = [this](const QString& message) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Images left out"), message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("missingImagesBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    m_dialogs.askSave = [this](const QString& name) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("“%1” has changes that are not saved. Save them as a session?").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("saveChangesBox"));
        box.setDefaultButton(QMessageBox::Save);
        return QMessageBox::StandardButton(box.exec());
    };
    m_dialogs.saveFileName = [this](const QString& suggestion) {
        return askSaveFileName(m_window, tr("Save Session"), suggestion, tr("Tessera sessions (*.tessera)"));
    };
    m_dialogs.openFileName = [this] {
        return askOpenFileName(m_window, tr("Open Session"), Settings().lastDirectory(),
                               tr("Tessera sessions (*.tessera);;All files (*)"));
    };
}

SessionController::~SessionController() = default;

void SessionController::install(QMenu* fileMenu, QAction* before)
{
    auto* open = new QAction(tr("Open Sess&ion…"), this);
    open->setObjectName(QStringLiteral("actionOpenSession"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(open, &QAction::triggered, this, &SessionController::openDialog);
    auto* save = new QAction(tr("&Save Session"), this);
    save->setObjectName(QStringLiteral("actionSaveSession"));
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save the ROIs, classes, parameters, layers and view as a .tessera session"));
    connect(save, &QAction::triggered, this, [this] { this->save(); });
    auto* saveAs = new QAction(tr("Save Session &As…"), this);
    saveAs->setObjectName(QStringLiteral("actionSaveSessionAs"));
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAs, &QAction::triggered, this, [this] { this->saveAs(); });
    for (QAction* a : {save, saveAs}) {
        a->setEnabled(false);
        connect(m_window, &MainWindow::documentChanged, a, [a](ImageDocument* doc) { a->setEnabled(doc != nullptr); });
    }
    fileMenu->insertSeparator(before);
    fileMenu->insertActions(before, {open, save, saveAs});
}

bool SessionController::isSessionFile(const QString& path)
{
    return path.endsWith(QLatin1Char('.') + SessionFile::extension(), Qt::CaseInsensitive);
}

Session SessionController::capture() const
{
    Session session;
    session.generator = QStringLiteral("Tessera %1").arg(QApplication::applicationVersion());
    const Project* project = m_window->project();
    for (ImageDocument* doc : project->documents()) {
        // The viewer's zoom and centre belong to the image it shows.
        const bool current = doc == project->current();
        session.images.push_back(
            SessionState::capture(*doc, project->checksum(doc), current ? m_window->view() : nullptr));
    }
    session.current = std::max(0, project->currentIndex());
    return session;
}

Status SessionController::saveTo(const QString& path)
{
    Project* project = m_window->project();
    if (project->isEmpty()) {
        return Status::invalid(tr("No image is open."));
    }
    QStringList inputs;
    for (const ImageDocument* doc : project->documents()) {
        inputs << doc->image().sourcePath;
    }
    const Status notInput = checkOutputIsNotInput(path, inputs);
    if (!notInput.isOk()) {
        return notInput;
    }
    const Status written = SessionFile::write(capture(), path);
    if (!written.isOk()) {
        return written;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    project->markClean();
    m_autosaver->discard();
    m_window->addRecentFile(m_path);
    updateTitle();
    m_window->statusBar()->showMessage(tr("Session saved to %1").arg(QDir::toNativeSeparators(m_path)), 4000);
    emit sessionSaved(m_path);
    return Status::ok();
}

bool SessionController::save()
{
    if (m_path.isEmpty()) {
        return saveAs();
    }
    const Status status = saveTo(m_path);
    if (!status.isOk()) {
        showError(tr("Cannot save session"), status.message());
    }
    return status.isOk();
}

bool SessionController::saveAs()
{
    const ImageDocument* doc = m_window->document();
    if (!doc) {
        return false;
    }
    QString suggestion = m_path;
    if (suggestion.isEmpty()) {
        const QFileInfo image(doc->image().sourcePath);
        const QString dir =
            doc->image().sourcePath.startsWith(QLatin1Char(':')) ? Settings().lastDirectory() : image.absolutePath();
        suggestion = QDir(dir).filePath(image.completeBaseName() + QLatin1Char('.') + SessionFile::extension());
    }
    QString path = m_dialogs.saveFileName(suggestion);
    if (path.isEmpty()) {
        return false;
    }
    if (!isSessionFile(path)) {
        path += QLatin1Char('.') + SessionFile::extension();
    }
    const Status status = saveTo(path);
    if (!status.isOk()) {
        showError(tr("Cannot save session"), status.message());
    }
    return status.isOk();
}

bool SessionController::maybeSave()
{
    const Project* project = m_window->project();
    if (!project->isModified()) {
        return true;
    }
    QString name = QFileInfo(m_path).fileName();
    if (m_path.isEmpty()) {
        name = project->count() == 1 ? project->imageName(project->document(0))
                                     : tr("%n image(s)", nullptr, int(project->count()));
    }
    switch (m_dialogs.askSave(name)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void SessionController::openDialog()
{
    const QString path = m_dialogs.openFileName();
    if (!path.isEmpty()) {
        Settings().setLastDirectory(QFileInfo(path).absolutePath());
        openSession(path);
    }
}

void SessionController::openSession(const QString& path)
{
    if (!maybeSave()) {
        emit sessionOpened(false);
        return;
    }
    open(path, false);
}

void SessionController::restoreRecovery(const QString& recoveryPath)
{
    open(recoveryPath, true);
}

void SessionController::open(const QString& path, bool recovery)
{
    std::function<Expected<Session>(TaskContext&)> work = [path](TaskContext&) { return SessionFile::read(path); };
    m_runner->run<Expected<Session>>(
        kOpenKey, work, this,
        [this, path, recovery](const Session& session) {
            // Images that are not where the session says are asked for, one by one; a cancelled one is left out.
            QStringList imagePaths;
            QList<int> sessionIndexes;
            QStringList skipped;
            for (int i = 0; i < int(session.images.size()); ++i) {
                const SessionImage& image = session.images[size_t(i)];
                QString imagePath = image.path;
                if (!image.imageFound) {
                    imagePath = m_dialogs.locateImage(image.storedAbsolutePath);
                }
                if (imagePath.isEmpty()) {
                    skipped << QDir::toNativeSeparators(image.storedAbsolutePath);
                    continue;
                }
                imagePaths << imagePath;
                sessionIndexes << i;
            }
            if (imagePaths.isEmpty()) {
                emit sessionOpened(false);
                return;
            }
            loadImages(session, path, imagePaths, sessionIndexes, skipped, recovery);
        },
        [this](const QString& message) {
            showError(tr("Cannot open session"), message);
            emit sessionOpened(false);
        });
}

void SessionController::loadImages(const Session& session, const QString& path, const QStringList& imagePaths,
                                   const QList<int>& sessionIndexes, const QStringList& skipped, bool recovery)
{
    const QString sessionPath = recovery ? session.images.front()
                                               .panels.value(QStringLiteral("recovery"))
                                               .toObject()
                                               .value(QStringLiteral("sessionPath"))
                                               .toString()
                                         : QFileInfo(path).absoluteFilePath();
    auto changed = std::make_shared<QStringList>(); // images whose checksum differs from the session's
    ProjectLoader::Request request;
    request.paths = imagePaths;
    request.mode = ProjectLoader::Mode::Replace;
    request.current = std::max(0, int(sessionIndexes.indexOf(session.current)));
    request.prepare = [session, sessionIndexes, imagePaths, changed](int index, ImageDocument& doc,
                                                                     const QString& sha256) -> Status {
        const SessionImage& image = session.images[size_t(sessionIndexes[index])];
        const Status fits = SessionState::checkFits(doc, image);
        if (!fits.isOk()) {
            return fits;
        }
        SessionState::apply(doc, image);
        if (!image.sha256.isEmpty() && !sha256.isEmpty() && sha256 != image.sha256) {
            changed->append(QDir::toNativeSeparators(imagePaths[index]));
        }
        return Status::ok();
    };
    request.done = [this, session, sessionIndexes, path, sessionPath, skipped, recovery,
                    changed](const ProjectLoader::Outcome& outcome) {
        if (outcome.ok()) {
            m_path = sessionPath;
            updateTitle();
            // Zoom of the current image as saved once the viewer shows it (small planes are rendered at once, large
            // ones on a worker: a first image of a new size is fitted to the window when it arrives).
            const int shown = int(outcome.documents.indexOf(m_window->document()));
            if (shown >= 0) {
                const SessionImage& image = session.images[size_t(sessionIndexes[outcome.loaded[shown]])];
                if (m_window->view()->image().size() == QSize(image.width, image.height)) {
                    SessionState::applyZoom(*m_window->view(), image.view);
                } else {
                    connect(
                        m_window->displayRenderer(), &DisplayRenderer::imageReady, this,
                        [this, view = image.view] { SessionState::applyZoom(*m_window->view(), view); },
                        Qt::SingleShotConnection);
                }
            }
            if (recovery) {
                for (ImageDocument* doc : outcome.documents) {
                    doc->undoStack()->resetClean(); // the restored edits are not saved anywhere
                }
                m_window->project()->setStructureModified(true);
                m_autosaver->adopt(path);
            } else {
                m_window->addRecentFile(QFileInfo(path).absoluteFilePath());
            }
            // Saving now would leave out the images that could not be opened: the session differs from its file.
            if (!skipped.isEmpty() || outcome.failed > 0) {
                m_window->project()->setStructureModified(true);
            }
            if (!skipped.isEmpty()) {
                m_dialogs.missingImages(
                    tr("These images of the session were not found and are left out: %1. Saving the session now "
                       "leaves them out of it.")
                        .arg(skipped.join(QStringLiteral(", "))));
            }
            for (const QString& image : *changed) {
                m_dialogs.checksumWarning(tr("The image “%1” is not the file the session was saved with (its "
                                             "SHA-256 checksum differs): it was changed or replaced. The ROIs "
                                             "and layers may not match it any more.")
                                              .arg(image));
            }
        }
        emit sessionOpened(outcome.ok());
    };
    m_window->loadImages(std::move(request));
}

void SessionController::updateTitle()
{
    const ImageDocument* doc = m_window->document();
    if (doc && !m_path.isEmpty()) {
        m_window->setWindowTitle(tr("%1 (%2)[*] — Tessera").arg(QFileInfo(m_path).fileName(), doc->fileName()));
    }
}

void SessionController::showError(const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace tessera
