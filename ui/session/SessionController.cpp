#include "ui/session/SessionController.h"

#include "core/io/FileChecks.h"
#include "core/task/TaskContext.h"
#include "ui/app/MainWindow.h"
#include "ui/async/TaskRunner.h"
#include "ui/session/Autosaver.h"
#include "ui/session/SessionState.h"
#include "ui/settings/Settings.h"
#include "ui/viewer/DisplayRenderer.h"
#include "ui/viewer/ImageView.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
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
    connect(window, &MainWindow::documentChanged, this, &SessionController::onDocumentChanged);

    m_dialogs.locateImage = [this](const QString& missing) {
        const QString name = QFileInfo(missing).fileName();
        return QFileDialog::getOpenFileName(
            m_window, tr("Where is the image “%1”?").arg(name), Settings().lastDirectory(),
            tr("%1;;Images (*.tif *.tiff *.png *.jpg *.jpeg *.bmp);;All files (*)").arg(name));
    };
    m_dialogs.checksumWarning = [this](const QString& message) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Image changed"), message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("checksumWarningBox"));
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
        return QFileDialog::getSaveFileName(m_window, tr("Save Session"), suggestion,
                                            tr("Tessera sessions (*.tessera)"));
    };
    m_dialogs.openFileName = [this] {
        return QFileDialog::getOpenFileName(m_window, tr("Open Session"), Settings().lastDirectory(),
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
    if (const ImageDocument* doc = m_window->document()) {
        session.images.push_back(SessionState::capture(*doc, m_window->imageChecksum(), m_window->view()));
    }
    return session;
}

Status SessionController::saveTo(const QString& path)
{
    ImageDocument* doc = m_window->document();
    if (!doc) {
        return Status::invalid(tr("No image is open."));
    }
    const Status notInput = checkOutputIsNotInput(path, {doc->image().sourcePath});
    if (!notInput.isOk()) {
        return notInput;
    }
    const Status written = SessionFile::write(capture(), path);
    if (!written.isOk()) {
        return written;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    doc->undoStack()->setClean();
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
    const ImageDocument* doc = m_window->document();
    if (!doc || !doc->isModified()) {
        return true;
    }
    const QString name = m_path.isEmpty() ? doc->fileName() : QFileInfo(m_path).fileName();
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
            const SessionImage& image = session.images.front();
            QString imagePath = image.path;
            if (!image.imageFound) {
                imagePath = m_dialogs.locateImage(image.storedAbsolutePath);
                if (imagePath.isEmpty()) {
                    emit sessionOpened(false);
                    return;
                }
            }
            loadImage(session, path, imagePath, recovery);
        },
        [this](const QString& message) {
            showError(tr("Cannot open session"), message);
            emit sessionOpened(false);
        });
}

void SessionController::loadImage(const Session& session, const QString& path, const QString& imagePath, bool recovery)
{
    const SessionImage image = session.images.front();
    const QString sessionPath =
        recovery
            ? image.panels.value(QStringLiteral("recovery")).toObject().value(QStringLiteral("sessionPath")).toString()
            : QFileInfo(path).absoluteFilePath();
    auto checksumChanged = std::make_shared<bool>(false);
    auto prepare = [this, image, sessionPath, checksumChanged](ImageDocument& doc, const QString& sha256) -> Status {
        const Status fits = SessionState::checkFits(doc, image);
        if (!fits.isOk()) {
            return fits;
        }
        SessionState::apply(doc, image);
        *checksumChanged = !image.sha256.isEmpty() && !sha256.isEmpty() && sha256 != image.sha256;
        m_pendingPath = sessionPath;
        m_pending = true;
        return Status::ok();
    };
    auto done = [this, image, path, imagePath, recovery, checksumChanged, count = session.images.size()](bool ok) {
        if (ok) {
            // Zoom as saved once the viewer shows the new document (small planes are rendered at once, large ones
            // on a worker: a first image of a new size is fitted to the window when it arrives).
            if (m_window->view()->image().size() == QSize(image.width, image.height)) {
                SessionState::applyZoom(*m_window->view(), image.view);
            } else {
                connect(
                    m_window->displayRenderer(), &DisplayRenderer::imageReady, this,
                    [this, view = image.view] { SessionState::applyZoom(*m_window->view(), view); },
                    Qt::SingleShotConnection);
            }
            if (recovery) {
                m_window->document()->undoStack()->resetClean(); // the restored edits are not saved anywhere
                m_autosaver->adopt(path);
            } else {
                m_window->addRecentFile(QFileInfo(path).absoluteFilePath());
            }
            if (count > 1) {
                m_window->statusBar()->showMessage(
                    tr("The session has %1 images; this version shows the first one.").arg(count), 8000);
            }
            if (*checksumChanged) {
                m_dialogs.checksumWarning(tr("The image “%1” is not the file the session was saved with (its "
                                             "SHA-256 checksum differs): it was changed or replaced. The ROIs "
                                             "and layers may not match it any more.")
                                              .arg(QDir::toNativeSeparators(imagePath)));
            }
        }
        emit sessionOpened(ok);
    };
    m_window->loadImage(imagePath, prepare, done);
}

void SessionController::onDocumentChanged(ImageDocument* document)
{
    m_path = m_pending ? m_pendingPath : QString();
    m_pending = false;
    m_pendingPath.clear();
    m_autosaver->setDocument(document);
    updateTitle();
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
