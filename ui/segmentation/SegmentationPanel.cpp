#include "ui/segmentation/SegmentationPanel.h"

#include "core/measure/MeasurementTable.h"
#include "core/task/TaskContext.h"
#include "ui/app/DisplayNumber.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/commands/LabelCommands.h"
#include "ui/document/commands/ParameterCommands.h"
#include "ui/segmentation/PreprocessEditor.h"
#include "ui/viewer/ImageView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace tessera {
namespace {
constexpr int kPreviewDebounceMs = 150;

/** p with the threshold fields of the threshold panel's settings t. */
SegmentationParams withThreshold(SegmentationParams p, const ThresholdSettings& t)
{
    p.darkBackground = t.darkBackground;
    p.fullHistogram = t.fullHistogram;
    if (t.method == manualMethodName()) {
        p.autoThreshold = false;
        p.manualLower = std::min(t.lower, t.upper);
        p.manualUpper = t.upper;
    } else if (const std::optional<ThresholdMethod> m = thresholdMethodFromName(t.method)) {
        p.autoThreshold = true;
        p.method = *m;
    }
    return p;
}
} // namespace

SegmentationPanel::SegmentationPanel(TaskRunner* runner, ImageView* view, QWidget* parent)
    : DocumentPanel(tr("Segment"), QStringLiteral("segmentationPanel"), parent), m_runner(runner), m_view(view)
{
    m_overlay = new SegmentationPreviewOverlay(this);
    if (m_view) {
        m_view->addOverlay(m_overlay, int(OverlayZ::Seeds));
    }
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDebounceMs);
    connect(m_previewTimer, &QTimer::timeout, this, &SegmentationPanel::runPreview);
    connect(m_overlay, &SegmentationPreviewOverlay::regionWanted, this, [this] {
        if (!m_previewTimer->isActive() && !m_runner->isRunning(previewTaskKey())) {
            schedulePreview();
        }
    });
    // The preview belongs to the panel: it is drawn only while the panel is shown (a hidden tab must not leave
    // outlines on the image of someone who is not segmenting).
    // (A dock in a tab that is not current still says isVisible(); visibilityChanged tells whether it is seen.)
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_shown = visible;
        if (visible) {
            schedulePreview();
        } else {
            m_previewTimer->stop();
            m_overlay->clear();
        }
    });
    connect(m_runner, &TaskRunner::taskFinished, this, [this](const QString& key) {
        if (key == runTaskKey() && m_running && !m_runner->isRunning(key)) {
            setRunning(false);
            emit runEnded();
        }
    });
    QWidget* form = buildForm();
    setScrollableWidget(form, m_footer); // Run and the result stay visible however small the dock is
    setEnabled(false);
}

SegmentationPanel::~SegmentationPanel()
{
    if (m_view) {
        m_view->removeOverlay(m_overlay);
    }
}

QString SegmentationPanel::previewTaskKey() const
{
    return document() ? document()->taskKey(AnalysisKind::Segmentation) + QStringLiteral("-preview") : QString();
}

QString SegmentationPanel::runTaskKey() const
{
    return document() ? document()->taskKey(AnalysisKind::Segmentation) : QString();
}

SegmentationParams SegmentationPanel::stored() const
{
    return document() ? document()->parameters<SegmentationParams>(AnalysisKind::Segmentation) : SegmentationParams();
}

SegmentationParams SegmentationPanel::effectiveParameters() const
{
    SegmentationParams p = stored();
    if (ImageDocument* doc = document()) {
        p = withThreshold(p, doc->parameters<ThresholdSettings>(AnalysisKind::Threshold));
        const PlanePosition pos = doc->position();
        p.channel = pos.c;
        p.slice = pos.z;
        p.frame = pos.t;
    }
    p.measure = true;
    return p;
}

void SegmentationPanel::push(SegmentationParams p, const QString& text, quint64 gesture)
{
    ImageDocument* doc = document();
    if (!doc) {
        return;
    }
    SegmentationParams effective = effectiveParameters();
    // Keep the threshold fields and the plane current with every change (see the class comment).
    p.autoThreshold = effective.autoThreshold;
    p.method = effective.method;
    p.darkBackground = effective.darkBackground;
    p.fullHistogram = effective.fullHistogram;
    p.manualLower = effective.manualLower;
    p.manualUpper = effective.manualUpper;
    p.channel = effective.channel;
    p.slice = effective.slice;
    p.frame = effective.frame;
    p.measure = true;
    const Status valid = p.validate();
    if (!valid.isOk()) {
        m_status->setText(valid.message());
        refresh(); // the controls show the stored values again
        return;
    }
    doc->undoStack()->push(
        new SetParametersCommand<SegmentationParams>(doc, AnalysisKind::Segmentation, p, text, gesture));
}

void SegmentationPanel::documentChanged(ImageDocument* previous)
{
    Q_UNUSED(previous)
    m_previewTimer->stop();
    m_overlay->clear();
    m_cache = SegmentationPreviewCache();
    setRunning(false);
    m_count->clear();
    m_summary->clear();
    m_status->clear();
    ImageDocument* doc = document();
    setEnabled(doc != nullptr);
    if (!doc) {
        return;
    }
    connect(doc, &ImageDocument::parametersChanged, this, [this](AnalysisKind kind) {
        if (kind != AnalysisKind::Segmentation && kind != AnalysisKind::Threshold) {
            return;
        }
        refresh();
        schedulePreview();
        if (m_running && !m_starting) {
            run(); // newest wins: restart with the new parameters
        }
    });
    connect(doc, &ImageDocument::maskLayerChanged, this, [this] {
        m_cache = SegmentationPreviewCache();
        refresh();
        schedulePreview();
        if (m_running) {
            run();
        }
    });
    connect(doc, &ImageDocument::positionChanged, this, [this] {
        m_cache = SegmentationPreviewCache();
        m_overlay->clear();
        schedulePreview();
    });
    connect(doc, &ImageDocument::labelLayerChanged, this, [this] {
        if (!document()->hasLabelLayer()) {
            m_count->setText(tr("No objects in the document."));
        }
    });
    if (!doc->hasParameters(AnalysisKind::Segmentation)) {
        // First use on this document: the core defaults (not an undo step; the first edit stores them anyway).
        doc->setParameters(AnalysisKind::Segmentation, effectiveParameters());
    }
    refresh();
    if (const auto result = doc->result<SegmentationResult>(AnalysisKind::Segmentation)) {
        showResult(*result, doc->parameters<SegmentationParams>(AnalysisKind::Segmentation), doc->hasMaskLayer());
    }
    schedulePreview();
}

bool SegmentationPanel::foregroundAvailable(QString* reason) const
{
    ImageDocument* doc = document();
    if (!doc) {
        return false;
    }
    if (doc->hasMaskLayer()) {
        return true;
    }
    const ThresholdSettings t = doc->parameters<ThresholdSettings>(AnalysisKind::Threshold);
    if (t.mode == ThresholdSettings::Mode::Local) {
        *reason = tr("The threshold panel is in local mode: press its Apply to make a mask layer, which the "
                     "segmentation then uses.");
        return false;
    }
    return true;
}

void SegmentationPanel::updateMaskSource()
{
    ImageDocument* doc = document();
    if (!doc) {
        return;
    }
    QString reason;
    if (!foregroundAvailable(&reason)) {
        m_maskSource->setText(reason);
        m_run->setEnabled(false);
        return;
    }
    m_run->setEnabled(true);
    if (doc->hasMaskLayer()) {
        m_maskSource->setText(tr("Foreground: the applied mask layer (threshold panel's Apply). Pre-processing feeds "
                                 "only the outline refinement and the intensity watershed."));
        return;
    }
    const SegmentationParams p = effectiveParameters();
    if (p.autoThreshold) {
        m_maskSource->setText(tr("Foreground: %1 threshold (%2 background) of the pre-processed plane, from the "
                                 "threshold panel's settings; Apply there to use its mask instead.")
                                  .arg(thresholdMethodName(p.method), p.darkBackground ? tr("dark") : tr("light")));
    } else {
        m_maskSource->setText(tr("Foreground: %1 ≤ value ≤ %2 of the pre-processed plane (the threshold panel's "
                                 "manual levels); Apply there to use its mask instead.")
                                  .arg(p.manualLower)
                                  .arg(p.manualUpper));
    }
}

void SegmentationPanel::refresh()
{
    if (!document()) {
        return;
    }
    const SegmentationParams p = stored();
    m_updating = true;
    m_pre->setChain(p.preprocess);
    m_watershed->setCurrentIndex(m_watershed->findData(int(p.watershed)));
    m_tolerance->setValue(p.seeds.tolerance);
    m_minDistance->setValue(p.seeds.minDistance);
    const bool seeded = p.watershed == WatershedMode::DistanceTransform || p.watershed == WatershedMode::Intensity;
    m_tolerance->setEnabled(seeded);
    m_minDistance->setEnabled(seeded);
    m_fillHoles->setChecked(p.fillHoles);
    m_minSize->setValue(p.minSize);
    m_maxSize->setValue(std::isfinite(p.maxSize) ? p.maxSize : 0.0);
    const Calibration& cal = document()->image().calibration;
    m_sizeUnit->setItemText(1, cal.isCalibrated() ? csvUnitLabel(cal.unit + QStringLiteral("^2")) : tr("calibrated"));
    m_sizeUnit->setCurrentIndex(m_sizeUnit->findData(int(p.sizeUnit)));
    m_excludeEdges->setChecked(p.excludeEdges);
    m_refine->setChecked(p.refineOutlines);
    m_refineDistance->setValue(p.refineDistance);
    m_refineDistance->setEnabled(p.refineOutlines);
    m_updating = false;
    updateMaskSource();
}

void SegmentationPanel::schedulePreview()
{
    if (document() && m_preview->isChecked() && m_shown) {
        m_previewTimer->start();
    }
}

void SegmentationPanel::runPreview()
{
    ImageDocument* doc = document();
    QString reason;
    if (!doc || !m_view || !m_preview->isChecked() || !foregroundAvailable(&reason)) {
        m_overlay->clear();
        return;
    }
    const QRect visible = m_view->visibleImageRect().toAlignedRect();
    if (visible.isEmpty()) {
        return;
    }
    SegmentationPreviewRequest request;
    request.plane = doc->currentPlane();
    request.maskLayer = doc->maskLayer();
    request.params = effectiveParameters();
    request.params.measure = false;
    const Calibration& cal = doc->image().calibration;
    request.pixelArea = request.params.sizeUnit == SizeUnit::Calibrated ? cal.pixelWidth * cal.pixelHeight : 1.0;
    const int m = previewMargin();
    request.region = visible.adjusted(-m, -m, m, m);
    request.cache = m_cache;
    QPointer<ImageDocument> guard(doc);
    m_runner->run<Expected<SegmentationPreview>>(
        previewTaskKey(), [request](TaskContext& task) { return computeSegmentationPreview(request, task); }, this,
        [this, guard](const SegmentationPreview& preview) {
            if (!guard || guard != document()) {
                return;
            }
            m_cache = preview.cache;
            if (!m_shown) {
                return; // hidden while it was computed
            }
            m_overlay->setPreview(preview);
            if (!m_running) {
                m_status->setText(preview.warnings.join(QLatin1Char('\n')));
            }
            emit previewComputed();
        },
        [this](const QString& message) { m_status->setText(message); });
}

void SegmentationPanel::run()
{
    ImageDocument* doc = document();
    if (!doc) {
        return;
    }
    QString reason;
    if (!foregroundAvailable(&reason)) {
        m_status->setText(reason);
        return;
    }
    const SegmentationParams params = effectiveParameters();
    if (params != stored()) {
        // The threshold panel or the plane changed since the last edit here: store what runs.
        m_starting = true;
        push(params, tr("Segmentation parameters"));
        m_starting = false;
    }
    const ResultStamp stamp = doc->stamp(AnalysisKind::Segmentation);
    const Image image = doc->image();
    const cv::Mat mask = doc->maskLayer();
    const PlanePosition plane = doc->position();
    const bool fromMask = !mask.empty();
    QPointer<ImageDocument> guard(doc);
    setRunning(true);
    m_status->setText(tr("Segmenting…"));
    m_runner->run<Expected<SegmentationResult>>(
        runTaskKey(),
        [image, params, mask](TaskContext& task) { return SegmentationPipeline::run(image, params, task, mask); }, this,
        [this, guard, stamp, plane, params, fromMask](const SegmentationResult& result) {
            setRunning(false);
            if (!guard || guard != document()) {
                return;
            }
            guard->setResult(AnalysisKind::Segmentation, std::make_shared<const SegmentationResult>(result), stamp);
            guard->undoStack()->push(new SetLabelLayerCommand(guard, result.labels, plane, tr("Segment")));
            showResult(result, params, fromMask);
            m_overlay->clear(); // the label layer shows the objects now; the next change previews again
            emit segmented(result.labels.count);
        },
        [this](const QString& message) {
            setRunning(false);
            m_status->setText(message);
        },
        [this](double fraction, const QString&) { m_progress->setValue(int(fraction * 1000)); });
}

void SegmentationPanel::cancelRun()
{
    if (!m_running) {
        return;
    }
    setRunning(false);
    m_runner->cancel(runTaskKey());
    m_status->setText(tr("Cancelled."));
    emit runEnded();
}

void SegmentationPanel::setRunning(bool running)
{
    m_running = running;
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setValue(0);
    }
}

void SegmentationPanel::showResult(const SegmentationResult& result, const SegmentationParams& params,
                                   bool fromMaskLayer)
{
    const int n = result.labels.count;
    const Image& image = document()->image();
    const qint64 total = qint64(image.width()) * image.height();
    const qint64 covered = result.labels.labels.empty() ? 0 : cv::countNonZero(result.labels.labels);
    if (n == 0) {
        m_count->setText(tr("No objects."));
    } else {
        m_count->setText(tr("Objects: %1").arg(n));
    }
    const Calibration& cal = image.calibration;
    const double pixelArea = cal.pixelWidth * cal.pixelHeight;
    // The unit as the tables write it ("µm²", "px²"), the numbers as every panel shows them.
    const QString areaUnit = csvUnitLabel(cal.unit + QStringLiteral("^2"));
    const double meanArea = n > 0 ? double(covered) / n * (cal.isCalibrated() ? pixelArea : 1.0) : 0.0;
    m_summary->setText(tr("Objects: %1, mean area %2 %3, area fraction %4; %5")
                           .arg(QString::number(n), displayNumber(meanArea), areaUnit,
                                displayPercent(total > 0 ? 100.0 * double(covered) / double(total) : 0.0),
                                segmentationParametersSummary(params, fromMaskLayer)));
    m_status->setText(n == 0 && result.warnings.isEmpty() ? tr("No object passed the size and edge filters.")
                                                          : result.warnings.join(QLatin1Char('\n')));
}

} // namespace tessera
