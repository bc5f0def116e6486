#include "ui/project/ProjectLoader.h"

#include "core/session/Session.h"
#include "core/task/TaskContext.h"
#include "ui/app/AppContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/project/Project.h"

#include <QFileInfo>

namespace tessera {

/** What the worker hands back to the GUI thread. */
struct ProjectLoader::Loaded
{
    Image image;
    QStringList warnings;
    QString sha256; ///< of the file read (empty if it could not be read again)
};

struct ProjectLoader::Batch
{
    Request request;
    int next = 0; ///< index of the path being read
    Outcome outcome;
    /** Replace: the documents read so far, with their path index and checksum. */
    struct Pending
    {
        int index;
        std::unique_ptr<ImageDocument> document;
        QString sha256;
    };
    std::vector<Pending> pending;
};

ProjectLoader::ProjectLoader(Project* project, TaskRunner* runner, AppContext& context, QObject* parent)
    : QObject(parent), m_project(project), m_runner(runner), m_context(context)
{
    // A read that ended without delivering anything (cancelled through the runner, e.g. cancelAll()) ends the request.
    connect(m_runner, &TaskRunner::taskFinished, this, [this](const QString& key) {
        if (key == taskKey() && m_batch && !m_runner->isRunning(taskKey())) {
            complete(true);
        }
    });
}

ProjectLoader::~ProjectLoader() = default;

QString ProjectLoader::taskKey()
{
    return QStringLiteral("load");
}

void ProjectLoader::load(Request request)
{
    if (m_batch) {
        complete(true);
    }
    if (request.paths.isEmpty()) {
        if (request.done) {
            request.done(Outcome{});
        }
        return;
    }
    m_batch = std::make_unique<Batch>();
    m_batch->request = std::move(request);
    const QStringList& paths = m_batch->request.paths;
    emit started(paths.size() == 1 ? tr("Opening %1…").arg(QFileInfo(paths.first()).fileName())
                                   : tr("Opening %n images…", nullptr, int(paths.size())));
    loadNext();
}

void ProjectLoader::cancel()
{
    if (m_batch) {
        m_runner->cancel(taskKey());
        complete(true);
    }
}

void ProjectLoader::loadNext()
{
    Batch& batch = *m_batch;
    const int count = int(batch.request.paths.size());
    if (batch.next >= count) {
        complete(false);
        return;
    }
    const QString path = batch.request.paths[batch.next];
    const AppContext::ImageLoader reader = m_context.imageLoader();
    std::function<Expected<Loaded>(TaskContext&)> work = [path, reader](TaskContext& task) -> Expected<Loaded> {
        Loaded result;
        SubTask readTask(task, 0.0, 0.8);
        Expected<Image> image = reader(path, readTask, &result.warnings);
        if (!image.isOk()) {
            return image.status();
        }
        result.image = std::move(image).value();
        // Display ranges are computed here, off the GUI thread, unless the file carries them.
        if (result.image.displayRanges.size() != result.image.channels()) {
            result.image.displayRanges.clear();
            for (int c = 0; c < result.image.channels(); ++c) {
                result.image.displayRanges.append(autoDisplayRange(result.image.plane(c, result.image.slices() / 2)));
            }
        }
        // The checksum sessions keep, computed here so that a large file does not stall the GUI.
        SubTask hashTask(task, 0.9, 1.0);
        Expected<QString> sha256 = sha256OfFile(path, &hashTask);
        if (sha256.status().isCancelled()) {
            return sha256.status();
        }
        result.sha256 = sha256.isOk() ? sha256.value() : QString();
        task.setProgress(1.0);
        return result;
    };
    const QString message = count == 1
                                ? QFileInfo(path).fileName()
                                : tr("%1 (%2 of %3)").arg(QFileInfo(path).fileName()).arg(batch.next + 1).arg(count);
    const int done = batch.next;
    m_runner->run<Expected<Loaded>>(
        taskKey(), work, this, [this](const Loaded& loaded) { onLoaded(loaded); },
        [this](const QString& error) { onFailed(error); },
        [this, done, count, message](double f, const QString&) { emit progress((done + f) / count, message); });
}

void ProjectLoader::onLoaded(const Loaded& loaded)
{
    Batch& batch = *m_batch;
    const int index = batch.next++;
    const QString path = batch.request.paths[index];
    auto document = std::make_unique<ImageDocument>(loaded.image);
    if (batch.request.prepare) {
        const Status status = batch.request.prepare(index, *document, loaded.sha256);
        if (!status.isOk()) {
            --batch.next;
            onFailed(status.message());
            return;
        }
    }
    if (!loaded.warnings.isEmpty()) {
        emit warnings(path, loaded.warnings);
    }
    batch.outcome.loaded.append(index);
    batch.outcome.documents.append(document.get());
    if (batch.request.mode == Mode::Add) {
        m_project->add(std::move(document), loaded.sha256);
    } else {
        batch.pending.push_back({index, std::move(document), loaded.sha256});
    }
    loadNext();
}

void ProjectLoader::onFailed(const QString& message)
{
    Batch& batch = *m_batch;
    const QString path = batch.request.paths[batch.next++];
    ++batch.outcome.failed;
    emit failed(path, message);
    if (m_batch) { // a slot of failed() may have cancelled
        loadNext();
    }
}

void ProjectLoader::complete(bool cancelled)
{
    std::unique_ptr<Batch> batch = std::move(m_batch);
    batch->outcome.cancelled = cancelled;
    if (cancelled && batch->request.mode == Mode::Replace) {
        batch->outcome.loaded.clear();
        batch->outcome.documents.clear();
    }
    if (!cancelled && batch->request.mode == Mode::Replace && !batch->pending.empty()) {
        // Work for the old images is void now (the reads of this request have ended already).
        m_runner->cancelAll();
        const int old = m_project->count();
        int current = -1;
        for (Batch::Pending& p : batch->pending) {
            const int at = m_project->add(std::move(p.document), p.sha256);
            if (p.index == batch->request.current || current < 0) {
                current = at;
            }
        }
        // The new current image is shown before the old ones go, so that panels move straight to it.
        m_project->setCurrent(current);
        for (int i = 0; i < old; ++i) {
            m_project->remove(0);
        }
        m_project->setStructureModified(false);
        emit replaced();
    }
    if (batch->request.done) {
        batch->request.done(batch->outcome);
    }
    emit finished(batch->outcome);
}

} // namespace tessera
