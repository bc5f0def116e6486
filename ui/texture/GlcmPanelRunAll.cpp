// GlcmPanel: "Run on all images" (the single run is in GlcmPanel.cpp).
#include "ui/texture/GlcmPanel.h"

#include "core/task/TaskContext.h"
#include "ui/document/ImageDocument.h"
#include "ui/document/commands/ParameterCommands.h"
#include "ui/project/Project.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <any>

namespace tessera {
namespace {

/** One image of a run over all images: its job, prepared on the GUI thread. */
struct ImageJob
{
    QPointer<ImageDocument> document;
    QString name;
    GlcmJob job;
    ResultStamp stamp;
};

/** What the worker hands back per image: the result, or why it failed. */
struct ImageOutcome
{
    std::shared_ptr<const GlcmResult> result;
    QString error;
};

/** True when the document's inputs (plane, ROIs, GLCM parameters) are still those of stamp. */
bool inputsUnchanged(const ImageDocument& document, const ResultStamp& stamp)
{
    const ResultStamp now = document.stamp(AnalysisKind::Glcm);
    const auto* a = std::any_cast<GlcmParams>(&now.parameters);
    const auto* b = std::any_cast<GlcmParams>(&stamp.parameters);
    return now.plane == stamp.plane && now.roiGeneration == stamp.roiGeneration && a && b && *a == *b;
}

/** Up to five names, then "…". */
QString shortList(const QStringList& names)
{
    return names.size() <= 5 ? names.join(QStringLiteral(", "))
                             : names.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", …");
}

} // namespace

void GlcmPanel::setProject(Project* project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    m_project = project;
    if (project) {
        connect(project, &Project::imageAdded, this, &GlcmPanel::updateState);
        connect(project, &Project::imageRemoved, this, &GlcmPanel::updateState);
    }
    updateState();
}

bool GlcmPanel::isRunningAll() const
{
    return m_runner && m_runner->isRunning(runAllKey());
}

QString GlcmPanel::runAllReport() const
{
    return m_runAllStatus->text();
}

void GlcmPanel::finishRunAll(bool ok, const QString& report)
{
    m_runAllStatus->setText(report);
    m_runAllStatus->setVisible(!report.isEmpty());
    updateState();
    emit runAllFinished(ok);
}

void GlcmPanel::runAll()
{
    if (!m_runner || !m_project || !m_document || isRunningAll()) {
        return;
    }
    const GlcmParams params = currentParams();
    if (const Status valid = params.validate(); !valid.isOk()) {
        finishRunAll(false, tr("Run on all images: %1").arg(valid.message()));
        return;
    }
    const QString source = m_project->imageName(m_document);
    // Each image gets the current image's parameters as its own (undoable) change, then its job and stamp.
    std::vector<ImageJob> jobs;
    QStringList skipped;
    for (ImageDocument* doc : m_project->documents()) {
        const QString name = m_project->imageName(doc);
        const RoiIdList ids = doc->roiIds();
        const bool hasArea = std::any_of(ids.cbegin(), ids.cend(), [doc](RoiId id) { return doc->roi(id).hasArea(); });
        if (!hasArea) {
            skipped << name;
            continue;
        }
        if (!doc->hasParameters(AnalysisKind::Glcm) || !(doc->parameters<GlcmParams>(AnalysisKind::Glcm) == params)) {
            doc->undoStack()->push(new SetParametersCommand<GlcmParams>(doc, AnalysisKind::Glcm, params,
                                                                        tr("GLCM parameters from %1").arg(source)));
        }
        jobs.push_back({doc, name, makeGlcmJob(*doc), doc->stamp(AnalysisKind::Glcm)});
    }
    if (jobs.empty()) {
        finishRunAll(false, tr("No image has a ROI with an area: nothing to compute."));
        return;
    }
    std::vector<GlcmJob> work;
    for (ImageJob& j : jobs) {
        work.push_back(std::move(j.job)); // the worker's copy; the GUI side keeps document, name and stamp
    }
    const Work compute = m_work;
    using Outcomes = std::vector<ImageOutcome>;
    m_runner->run<Expected<Outcomes>>(
        runAllKey(),
        [compute, work](TaskContext& task) -> Expected<Outcomes> {
            Outcomes out(work.size());
            const double n = double(work.size());
            for (std::size_t i = 0; i < work.size(); ++i) {
                SubTask part(task, double(i) / n, double(i + 1) / n);
                Expected<GlcmResult> r = compute(work[i], part);
                if (task.isCancelled()) {
                    return Status::cancelled();
                }
                if (r.isOk()) {
                    out[i].result = std::make_shared<const GlcmResult>(std::move(r.value()));
                } else {
                    out[i].error = r.status().message();
                }
            }
            return out;
        },
        this,
        [this, jobs, skipped](const Outcomes& outcomes) {
            QStringList done;
            QStringList failed;
            QStringList kept;
            for (std::size_t i = 0; i < jobs.size(); ++i) {
                const ImageJob& j = jobs[i];
                if (!j.document) {
                    continue; // removed while it ran
                }
                if (!outcomes[i].result) {
                    failed << tr("%1: %2").arg(j.name, outcomes[i].error);
                    continue;
                }
                // Never replace a current result by one whose inputs changed since the request (exactly like a
                // single run otherwise: the result is kept and marked out of date).
                ImageDocument& doc = *j.document;
                if (doc.hasResult(AnalysisKind::Glcm) && !doc.isStale(AnalysisKind::Glcm) &&
                    !inputsUnchanged(doc, j.stamp)) {
                    kept << j.name;
                    continue;
                }
                doc.setResult<GlcmResult>(AnalysisKind::Glcm, outcomes[i].result, j.stamp);
                done << j.name;
            }
            QStringList lines;
            lines << tr("Computed %n image(s).", nullptr, int(done.size()));
            if (!skipped.isEmpty()) {
                lines << tr("Skipped (no ROI with an area): %1").arg(shortList(skipped));
            }
            if (!kept.isEmpty()) {
                lines << tr("Kept the newer result of: %1").arg(shortList(kept));
            }
            if (!failed.isEmpty()) {
                lines << tr("Failed: %1").arg(failed.join(QStringLiteral("; ")));
            }
            finishRunAll(!done.isEmpty() || !kept.isEmpty(), lines.join(QLatin1Char('\n')));
        },
        [this](const QString& message) { finishRunAll(false, tr("Run on all images failed: %1").arg(message)); },
        [this](double fraction, const QString&) { m_progress->setValue(int(fraction * 1000.0)); });
    m_runAllStatus->setText(tr("Computing %n image(s)…", nullptr, int(jobs.size())));
    m_runAllStatus->show();
    updateState();
}

} // namespace tessera
