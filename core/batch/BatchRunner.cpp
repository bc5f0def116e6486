#include "core/batch/BatchRunner.h"

#include "core/common/ExceptionText.h"
#include "core/task/TaskContext.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

namespace tessera {

QString batchTableName(BatchTable table)
{
    switch (table) {
    case BatchTable::Glcm:
        return QStringLiteral("glcm");
    case BatchTable::Rois:
        return QStringLiteral("rois");
    case BatchTable::Objects:
        return QStringLiteral("objects");
    }
    return {};
}

const MeasurementTable* batchTable(const ImageAnalysisResult& result, BatchTable table)
{
    const std::optional<MeasurementTable>& t = table == BatchTable::Glcm   ? result.glcm
                                               : table == BatchTable::Rois ? result.rois
                                                                           : result.objects;
    return t ? &*t : nullptr;
}

std::vector<BatchImageResult> runBatch(const BatchRecipe& recipe, const QStringList& paths, int jobs, TaskContext& task,
                                       const std::function<void(BatchImageResult&, int)>& onFinished)
{
    const int n = int(paths.size());
    std::vector<BatchImageResult> results(static_cast<size_t>(n));
    if (n == 0) {
        return results;
    }
    const int threads = std::clamp(jobs, 1, n);
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0;          // the next image to start
    std::deque<int> done;  // finished images the calling thread has not taken yet
    bool stopping = false; // onFinished threw: start no more images

    auto analyse = [&](int i) {
        BatchImageResult& r = results[size_t(i)];
        r.index = i;
        r.path = paths[i];
        QElapsedTimer timer;
        timer.start();
        if (task.isCancelled()) {
            r.status = Status::cancelled();
        } else {
            try {
                SubTask sub(task, 0.0, 0.0); // the batch's cancellation; its progress counts whole images only
                Expected<ImageAnalysisResult> analysed = ImageAnalysis::run(recipe, r.path, sub);
                if (analysed.isOk()) {
                    r.data = std::move(analysed).value();
                } else {
                    r.status = analysed.status();
                }
            } catch (...) { // bad_alloc, cv::Exception, ...: this image fails, the thread and the others go on
                r.data = ImageAnalysisResult{};
                r.status = Status::invalid(BatchRecipe::tr("%1: %2").arg(QFileInfo(r.path).fileName(),
                                                                         describeException(std::current_exception())));
            }
        }
        r.seconds = double(timer.nsecsElapsed()) * 1e-9;
    };
    auto worker = [&]() {
        for (;;) {
            int i = 0;
            {
                // At most `threads` results wait for the calling thread: memory stays bounded when onFinished is
                // slower than the analyses (figures, slow disks).
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] { return stopping || next >= n || int(done.size()) < threads; });
                if (stopping || next >= n) {
                    return;
                }
                i = next++;
            }
            analyse(i);
            {
                std::lock_guard<std::mutex> lock(mutex);
                done.push_back(i);
            }
            changed.notify_all();
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back(worker);
    }
    // The calling thread hands the results to onFinished in completion order while the workers go on.
    std::exception_ptr failure;
    for (int finished = 1; finished <= n; ++finished) {
        int i = 0;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return !done.empty() || (stopping && next == finished - 1); });
            if (done.empty()) {
                break; // stopping, and every started image was handed out
            }
            i = done.front();
            done.pop_front();
        }
        changed.notify_all();
        task.setProgress(double(finished) / n);
        if (onFinished && !failure) {
            try {
                onFinished(results[size_t(i)], finished);
            } catch (...) {
                failure = std::current_exception();
                std::lock_guard<std::mutex> lock(mutex);
                stopping = true;
            }
        }
    }
    changed.notify_all();
    for (std::thread& t : pool) {
        t.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    return results;
}

MeasurementTable combineTables(const std::vector<NamedTable>& tables)
{
    MeasurementTable out;
    const int imageColumn = out.addColumn(QStringLiteral("image"));
    // Columns in first-appearance order; another unit of a name goes right after that name's last column.
    std::vector<MeasurementColumn> columns;
    std::map<QString, QSet<QString>> unitsOf; // name → the units it comes with
    for (const NamedTable& t : tables) {
        for (const MeasurementColumn& c : t.table->columns()) {
            QSet<QString>& units = unitsOf[c.name];
            if (units.contains(c.unit)) {
                continue;
            }
            auto at = columns.end();
            for (auto it = columns.begin(); it != columns.end(); ++it) {
                if (it->name == c.name) {
                    at = it + 1;
                }
            }
            columns.insert(at, c);
            units.insert(c.unit);
        }
    }
    std::map<std::pair<QString, QString>, int> columnOf; // (name, unit) → column of out
    for (const MeasurementColumn& c : columns) {
        columnOf[std::make_pair(c.name, c.unit)] = out.columnCount();
        out.addColumn(c.name, c.unit, c.description);
    }
    for (const NamedTable& t : tables) {
        std::vector<int> target;
        for (const MeasurementColumn& c : t.table->columns()) {
            target.push_back(columnOf.at(std::make_pair(c.name, c.unit)));
        }
        for (int r = 0; r < t.table->rowCount(); ++r) {
            const int row = out.addRow();
            for (int c = 1; c < out.columnCount(); ++c) {
                out.setText(row, c, QString()); // columns this table lacks stay empty
            }
            out.setText(row, imageColumn, t.image);
            for (int c = 0; c < t.table->columnCount(); ++c) {
                const MeasurementCell& cell = t.table->cell(r, c);
                if (const double* v = std::get_if<double>(&cell)) {
                    out.setValue(row, target[size_t(c)], *v);
                } else {
                    out.setText(row, target[size_t(c)], std::get<QString>(cell));
                }
            }
        }
    }
    return out;
}

QStringList outputStems(const QStringList& paths, const QStringList& reserved)
{
    QSet<QString> taken;
    for (const QString& r : reserved) {
        taken.insert(r.toLower());
    }
    QStringList stems;
    for (const QString& path : paths) {
        QString base = QFileInfo(path).completeBaseName();
        for (QChar& ch : base) {
            if (!(ch.isLetterOrNumber() || ch == QLatin1Char('.') || ch == QLatin1Char('-') ||
                  ch == QLatin1Char('_'))) {
                ch = QLatin1Char('_');
            }
        }
        if (base.isEmpty() || base.startsWith(QLatin1Char('.'))) {
            base.prepend(QStringLiteral("image"));
        }
        QString stem = base;
        for (int k = 2; taken.contains(stem.toLower()); ++k) {
            stem = base + QLatin1Char('_') + QString::number(k);
        }
        taken.insert(stem.toLower());
        stems << stem;
    }
    return stems;
}

} // namespace tessera
