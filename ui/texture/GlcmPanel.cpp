#include "ui/texture/GlcmPanel.h"

#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/document/commands/CommandId.h"
#include "ui/document/commands/ParameterCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <opencv2/core.hpp>

#include <cmath>

namespace tessera {
namespace {

enum PresetIndex
{
    PresetCustom,
    PresetImageJOps,
    PresetTutorial,
};

/** Up to five names, then "and N more". */
QString nameList(const QStringList& names)
{
    QStringList shown = names.mid(0, 5);
    QString text = shown.join(QStringLiteral(", "));
    if (names.size() > 5) {
        text += GlcmPanel::tr(" and %n more", nullptr, int(names.size() - 5));
    }
    return text;
}

} // namespace

GlcmDock::GlcmDock(TaskRunner* runner, Project* project, QWidget* parent)
    : DocumentPanel(tr("GLCM Texture"), QStringLiteral("glcmDock"), parent), m_panel(new GlcmPanel(runner, this))
{
    m_panel->setProject(project);
    setScrollableWidget(m_panel, m_panel->footer());
}

void GlcmDock::documentChanged(ImageDocument*)
{
    m_panel->setDocument(document());
}

GlcmPanel::GlcmPanel(TaskRunner* runner, QWidget* parent) : QWidget(parent), m_runner(runner), m_work(&computeGlcmJob)
{
    Q_ASSERT(runner);
    setObjectName(QStringLiteral("glcmPanel"));
    m_debounce = new QTimer(this);
    m_debounce->setObjectName(QStringLiteral("glcmDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &GlcmPanel::run);
    m_levelsGesture = newGestureId();
    m_rangeGesture = newGestureId();
    buildUi();
    connect(m_runner, &TaskRunner::taskFinished, this, [this](const QString& key) {
        if (key == m_taskKey || key == runAllKey()) {
            updateState();
        }
    });
    setDocument(nullptr);
}

GlcmPanel::~GlcmPanel()
{
    if (m_runner && !m_taskKey.isEmpty()) {
        m_runner->cancel(m_taskKey);
    }
    if (m_runner) {
        m_runner->cancel(runAllKey());
    }
}

GlcmParams GlcmPanel::imagejOpsPreset()
{
    GlcmParams p;
    p.levels = 32;
    p.distances = {1};
    return p;
}

GlcmParams GlcmPanel::tutorialPreset()
{
    GlcmParams p;
    p.levels = 128;
    p.distances = {7};
    return p;
}

void GlcmPanel::setDocument(ImageDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    if (m_runner && !m_taskKey.isEmpty()) {
        m_runner->cancel(m_taskKey);
    }
    m_debounce->stop();
    m_document = document;
    m_taskKey = document ? document->taskKey(AnalysisKind::Glcm) : QString();
    m_lastError.clear();
    if (document) {
        connect(document, &ImageDocument::parametersChanged, this, [this](AnalysisKind kind) {
            if (kind == AnalysisKind::Glcm) {
                onParametersChanged();
            }
        });
        connect(document, &ImageDocument::roisInserted, this, &GlcmPanel::scheduleRun);
        connect(document, &ImageDocument::roisRemoved, this, &GlcmPanel::scheduleRun);
        connect(document, &ImageDocument::roiChanged, this, [this](RoiId, RoiChanges what) {
            if (what.testFlag(RoiChange::Geometry)) {
                scheduleRun();
            }
        });
        connect(document, &ImageDocument::roisChanged, this, &GlcmPanel::updateState);
        connect(document, &ImageDocument::roisChanged, this, &GlcmPanel::showResultWarnings);
        connect(document, &ImageDocument::positionChanged, this, &GlcmPanel::scheduleRun);
        connect(document, &ImageDocument::resultChanged, this, [this](AnalysisKind kind) {
            if (kind == AnalysisKind::Glcm) {
                showResultWarnings();
                updateState();
            }
        });
        if (!document->hasParameters(AnalysisKind::Glcm)) {
            document->setParameters(AnalysisKind::Glcm, GlcmParams{}); // not a user edit: no undo step
        }
        const bool isFloat = document->image().pixelType() == PixelType::Float32;
        m_rangeMode->setItemData(3, isFloat ? QVariant(0) : QVariant(), Qt::UserRole - 1); // disable "type" for float
    }
    syncFromDocument();
    showResultWarnings();
    updateState();
}

void GlcmPanel::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

void GlcmPanel::setWork(Work work)
{
    m_work = work ? std::move(work) : Work(&computeGlcmJob);
}

bool GlcmPanel::isRunning() const
{
    return m_runner && !m_taskKey.isEmpty() && m_runner->isRunning(m_taskKey);
}

QString GlcmPanel::warningText() const
{
    return m_warnings->text();
}

GlcmParams GlcmPanel::currentParams() const
{
    return m_document ? m_document->parameters<GlcmParams>(AnalysisKind::Glcm) : GlcmParams{};
}

void GlcmPanel::pushParams(const GlcmParams& params, const QString& text, quint64 gesture)
{
    if (m_syncing || !m_document) {
        return;
    }
    m_document->undoStack()->push(
        new SetParametersCommand<GlcmParams>(m_document, AnalysisKind::Glcm, params, text, gesture));
}

void GlcmPanel::applyPreset(int index)
{
    if (index == PresetImageJOps) {
        pushParams(imagejOpsPreset(), tr("Preset: imagej-ops defaults"));
    } else if (index == PresetTutorial) {
        pushParams(tutorialPreset(), tr("Preset: PyImageJ GLCM tutorial"));
    }
    syncFromDocument(); // "Custom" or an unchanged preset: show what the document holds
}

void GlcmPanel::onParametersChanged()
{
    syncFromDocument();
    updateState();
    scheduleRun();
}

void GlcmPanel::syncFromDocument()
{
    const GlcmParams p = currentParams();
    m_syncing = true;
    const QSignalBlocker b1(m_levels);
    m_levels->setValue(p.levels);
    if (!m_distances->hasFocus() || parseDistances(m_distances->text()) == p.distances) {
        m_distances->setText(distancesText(p.distances));
        m_distances->setStyleSheet(QString());
    }
    const std::vector<GlcmOrientation> all = allGlcmOrientations();
    for (int k = 0; k < 4; ++k) {
        const QSignalBlocker b(m_orient[k]);
        m_orient[k]->setChecked(std::find(p.orientations.begin(), p.orientations.end(), all[std::size_t(k)]) !=
                                p.orientations.end());
    }
    m_convention->setCurrentIndex(m_convention->findData(int(p.convention)));
    m_symmetry->setCurrentIndex(m_symmetry->findData(int(p.symmetry)));
    m_rangeMode->setCurrentIndex(m_rangeMode->findData(int(p.rangeMode)));
    {
        const QSignalBlocker b2(m_customMin);
        const QSignalBlocker b3(m_customMax);
        m_customMin->setValue(p.customMin);
        m_customMax->setValue(p.customMax);
    }
    const bool custom = p.rangeMode == GlcmRangeMode::Custom;
    m_customMin->setEnabled(custom && m_document);
    m_customMax->setEnabled(custom && m_document);
    m_preset->setCurrentIndex(p == tutorialPreset()    ? PresetTutorial
                              : p == imagejOpsPreset() ? PresetImageJOps
                                                       : PresetCustom);
    m_syncing = false;
}

void GlcmPanel::updateState()
{
    const bool hasDoc = m_document != nullptr;
    const bool hasRois = hasDoc && m_document->roiCount() > 0;
    const bool running = isRunning() || isRunningAll();
    for (QWidget* w : std::initializer_list<QWidget*>{m_preset, m_levels, m_distances, m_convention, m_symmetry,
                                                      m_rangeMode, m_autoRunBox}) {
        w->setEnabled(hasDoc);
    }
    for (QCheckBox* box : m_orient) {
        box->setEnabled(hasDoc);
    }
    m_runButton->setEnabled(hasRois);
    m_runButton->setToolTip(!hasDoc    ? tr("Open an image first.")
                            : !hasRois ? tr("Draw or import at least one ROI first: the GLCM is computed per ROI.")
                                       : tr("Compute the GLCM features of every ROI now."));
    const int images = m_project ? m_project->count() : 0;
    m_runAllButton->setEnabled(images > 1 && !isRunningAll());
    m_runAllButton->setToolTip(images > 1 ? tr("Compute the GLCM features of the ROIs of every open image with these "
                                               "parameters (copied to each image as an undoable change); images "
                                               "without ROIs are skipped.")
                                          : tr("Open more than one image to compute them all at once."));
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running);
    if (!running) {
        m_progress->setValue(0);
    }
    QString status;
    QString style;
    if (isRunningAll()) {
        status = tr("Computing every image…");
    } else if (running) {
        status = tr("Computing…");
    } else if (!m_lastError.isEmpty()) {
        status = tr("Failed: %1").arg(m_lastError);
        style = QStringLiteral("color: #c00000");
    } else if (!hasDoc) {
        status = tr("No image.");
    } else if (!m_document->hasResult(AnalysisKind::Glcm)) {
        status = hasRois ? tr("No result yet.") : tr("No ROI: draw or import ROIs to compute textures.");
    } else if (m_document->isStale(AnalysisKind::Glcm)) {
        status = tr("Out of date: ROIs, plane or parameters changed since this result was computed.");
        style = QStringLiteral("color: #a05000; font-weight: bold");
    } else {
        const auto result = m_document->result<GlcmResult>(AnalysisKind::Glcm);
        status = tr("Up to date: %n ROI(s).", nullptr, result ? int(result->roiIds.size()) : 0);
    }
    m_status->setText(status);
    m_status->setStyleSheet(style);
}

void GlcmPanel::showResultWarnings()
{
    const auto result = m_document ? m_document->result<GlcmResult>(AnalysisKind::Glcm) : nullptr;
    QStringList clipped;
    QStringList refused;
    QStringList low;
    if (result) {
        for (const GlcmRoiResult& r : result->table.rois) {
            if (!r.status.isOk()) {
                refused << r.name;
                continue;
            }
            if (r.clipped) {
                clipped << r.name;
            }
            const bool anyLow = std::any_of(r.summaries.begin(), r.summaries.end(),
                                            [](const GlcmOrientationSummary& s) { return s.lowPairCount; });
            if (anyLow) {
                low << r.name;
            }
        }
    }
    QStringList noArea; // lines and points: never computed (GlcmJob leaves them out)
    if (m_document) {
        for (RoiId id : m_document->roiIds()) {
            if (!m_document->roi(id).hasArea()) {
                noArea << m_document->roi(id).name;
            }
        }
    }
    QStringList lines;
    if (!noArea.isEmpty()) {
        lines << tr("Skipped (lines and points have no area): %1").arg(nameList(noArea));
    }
    if (!refused.isEmpty()) {
        lines << tr("Refused (no pixel inside the image): %1").arg(nameList(refused));
    }
    if (!clipped.isEmpty()) {
        lines << tr("Clipped to the image (partly outside): %1").arg(nameList(clipped));
    }
    if (!low.isEmpty()) {
        lines << tr("Too few pixel pairs (< %1), unreliable: %2").arg(kGlcmLowPairCount).arg(nameList(low));
    }
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!lines.isEmpty());
}

void GlcmPanel::scheduleRun()
{
    updateState();
    if (m_autoRun && m_document && m_document->roiCount() > 0) {
        m_debounce->start();
    }
}

void GlcmPanel::cancel()
{
    m_debounce->stop();
    if (isRunningAll()) {
        m_runner->cancel(runAllKey());
        finishRunAll(false,
                     tr("Run on all images cancelled: no new result was stored; each image keeps the result it had."));
    }
    if (isRunning()) {
        m_runner->cancel(m_taskKey);
        updateState();
        emit runFinished(false);
    }
}

void GlcmPanel::run()
{
    m_debounce->stop();
    if (!m_runner || !m_document || m_document->roiCount() == 0) {
        updateState();
        return;
    }
    const GlcmJob job = makeGlcmJob(*m_document);
    const ResultStamp stamp = m_document->stamp(AnalysisKind::Glcm);
    if (const Status valid = job.params.validate(); !valid.isOk()) {
        m_runner->cancel(m_taskKey);
        m_lastError = valid.message();
        updateState();
        emit runFinished(false);
        return;
    }
    m_lastError.clear();
    QPointer<ImageDocument> document = m_document;
    const Work work = m_work;
    using Shared = std::shared_ptr<const GlcmResult>;
    m_runner->run<Expected<Shared>>(
        m_taskKey,
        [work, job](TaskContext& task) -> Expected<Shared> {
            Expected<GlcmResult> r = work(job, task);
            if (!r.isOk()) {
                return r.status();
            }
            return Shared(std::make_shared<const GlcmResult>(std::move(r.value())));
        },
        this,
        [this, document, stamp](const Shared& result) {
            if (document && document == m_document) {
                document->setResult<GlcmResult>(AnalysisKind::Glcm, result, stamp);
            }
            updateState();
            emit runFinished(true);
        },
        [this](const QString& message) {
            m_lastError = message;
            updateState();
            emit runFinished(false);
        },
        [this](double fraction, const QString&) { m_progress->setValue(int(fraction * 1000.0)); });
    updateState();
    emit runStarted();
}

} // namespace tessera
