#pragma once

#include "core/common/Status.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace tessera {

class AppContext;
class ImageDocument;
class Project;
class TaskRunner;

/**
 * Reads image files into a window's Project in the background: File > Open (replace every image), File > Add Images
 * to Session… and dropped files (add), and the images of a session (replace, each prepared from the session).
 *
 * A request loads its paths one after another, each on the runner's pool under taskKey() (the file is read with the
 * AppContext's loader, display ranges computed and its SHA-256 taken on the worker); progress() covers the whole
 * request. A file that fails (unreadable, or refused by prepare) emits failed() and the others go on.
 * - Add: each image is appended to the project as soon as it is read; the current image stays (an empty project
 *   makes the first one current). Added images make the project modified.
 * - Replace: the images are kept aside until all are read; then, when at least one was, they replace the project's
 *   images in one go (work for the old images is cancelled, the current one is request.current or the first read,
 *   the project is unmodified) and replaced() is emitted. When none was, the project is untouched.
 * cancel() (or a new request, or the runner's cancelAll()) ends a request: images added so far stay, a replace does
 * not happen. done(outcome) ends every request, after the project was updated; then finished(). GUI thread only.
 */
class ProjectLoader : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Replace,
        Add
    };
    /** Called with each new document (index: its position in the request's paths) before it enters the project; a
     *  not-ok Status refuses that image (failed() with the message). */
    using Prepare = std::function<Status(int index, ImageDocument& document, const QString& sha256)>;
    struct Outcome
    {
        QList<int> loaded;               ///< indexes (into the request's paths) of the images now in the project
        QList<ImageDocument*> documents; ///< their documents, in the same order
        int failed = 0;                  ///< images that could not be read or were refused
        bool cancelled = false;          ///< the request was cancelled before its end
        bool ok() const { return !loaded.isEmpty() && !cancelled; }
    };
    struct Request
    {
        QStringList paths;
        Mode mode = Mode::Replace;
        Prepare prepare;                          ///< optional
        int current = 0;                          ///< Replace: index (into paths) of the image to show
        std::function<void(const Outcome&)> done; ///< optional
    };

    /** project, runner and context must outlive the loader. */
    ProjectLoader(Project* project, TaskRunner* runner, AppContext& context, QObject* parent = nullptr);
    ~ProjectLoader() override;

    /** Starts request (ending a running one as cancelled). */
    void load(Request request);
    /** Ends the running request as cancelled (see the class comment). */
    void cancel();
    bool isLoading() const { return m_batch != nullptr; }
    /** The runner key of the read in flight ("load"). */
    static QString taskKey();

signals:
    /** A request started; message names the first file. */
    void started(const QString& message);
    /** Progress of the whole request (0..1) and the file being read. */
    void progress(double fraction, const QString& message);
    void failed(const QString& path, const QString& message);
    /** The reader's warnings for path (e.g. an unusual TIFF tag). */
    void warnings(const QString& path, const QStringList& warnings);
    /** A Replace request put its images into the project (before done). */
    void replaced();
    /** A request ended (after done). */
    void finished(const tessera::ProjectLoader::Outcome& outcome);

private:
    struct Batch;
    struct Loaded;
    void loadNext();
    void onLoaded(const Loaded& loaded);
    void onFailed(const QString& message);
    void complete(bool cancelled);

    Project* m_project = nullptr;
    TaskRunner* m_runner = nullptr;
    AppContext& m_context;
    std::unique_ptr<Batch> m_batch;
};

} // namespace tessera
