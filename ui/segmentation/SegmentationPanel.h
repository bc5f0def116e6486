#pragma once

#include "core/segmentation/SegmentationPipeline.h"
#include "ui/app/DocumentPanel.h"
#include "ui/segmentation/SegmentationPreview.h"
#include "ui/threshold/ThresholdSettings.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace tessera {

class ImageView;
class PreprocessEditor;
class TaskRunner;

/**
 * The "Segment" dock: pre-processing chain, foreground, watershed and object filters of SegmentationPipeline, with a
 * live preview on the viewer and a Run that makes the document's label layer.
 *
 * Parameters: a complete core SegmentationParams stored in the document under AnalysisKind::Segmentation and changed
 * only by SetParametersCommand<SegmentationParams> (edits of one spin box merge into one undo step). Its threshold
 * fields are those of the threshold panel's settings (ThresholdSettings under AnalysisKind::Threshold: an auto method
 * with its dark background / histogram choice, or the manual levels), copied in with every change made here and
 * before every run, so the stored parameters are exactly what ran (`tessera-cli segment` with the same options gives
 * the same objects). The foreground is the document's mask layer when the user applied one (threshold panel's Apply);
 * otherwise the threshold of the pre-processed plane. The panel says which ("maskSourceLabel").
 *
 * Preview (check box "previewCheck", on by default): 150 ms after the last change, and when the viewer shows another
 * part of the image, the visible part plus a margin is segmented in a worker (computeSegmentationPreview(), runner key
 * previewTaskKey(): newest wins) and drawn by a SegmentationPreviewOverlay (seed crosses and outlines) on the viewer.
 * Pre-processed plane and threshold are kept between previews while only later parameters change.
 *
 * Run: SegmentationPipeline::run() on the whole current plane in a worker (runner key runTaskKey()) with progress
 * and Cancel; a parameter change during a run restarts it. The result becomes the label layer through
 * SetLabelLayerCommand ("Segment", one undo step) and is stored as the AnalysisKind::Segmentation result (stamped).
 * The panel shows the count and a summary line; warnings (e.g. why there are no objects) appear in "segmentStatus".
 *
 * Object names: "segmentationPanel", the PreprocessEditor's names, "maskSourceLabel", "watershedCombo",
 * "toleranceSpin", "minDistanceSpin", "fillHolesCheck", "minSizeSpin", "maxSizeSpin" (0 = no limit),
 * "sizeUnitCombo", "excludeEdgesCheck", "refineCheck", "refineDistanceSpin", "previewCheck", "runButton",
 * "cancelRunButton", "segmentProgress", "segmentCountLabel", "summaryLabel", "segmentStatus".
 */
class SegmentationPanel : public DocumentPanel
{
    Q_OBJECT

public:
    /** runner: the window's runner; view: the viewer the preview is drawn on (both not owned, must outlive it). */
    SegmentationPanel(TaskRunner* runner, ImageView* view, QWidget* parent = nullptr);
    ~SegmentationPanel() override;

    /** The parameters a run would use now: the stored ones with the threshold panel's fields and the plane. */
    SegmentationParams effectiveParameters() const;
    SegmentationPreviewOverlay* previewOverlay() const { return m_overlay; }
    QString previewTaskKey() const;
    QString runTaskKey() const;
    /** Margin (image pixels) segmented around the visible part in a preview. */
    static constexpr int previewMargin() { return 48; }

public slots:
    /** Starts a full run (what the Run button does). */
    void run();
    /** Cancels a running run. */
    void cancelRun();

signals:
    /** A preview was drawn. */
    void previewComputed();
    /** A run finished and its label layer was pushed (objects = its count). */
    void segmented(int objects);
    /** A run ended without result (cancelled, failed or superseded by nothing). */
    void runEnded();

protected:
    void documentChanged(ImageDocument* previous) override;

private:
    /** Builds the parameter form (returned) and m_footer (preview switch, Run/Cancel, progress, count, summary). */
    QWidget* buildForm();
    QWidget* m_footer = nullptr;
    bool m_shown = false; ///< the dock is seen (visibilityChanged): the preview is computed and drawn only then
    SegmentationParams stored() const;
    void push(SegmentationParams p, const QString& text, quint64 gesture = 0);
    void refresh();
    void updateMaskSource();
    void schedulePreview();
    void runPreview();
    void setRunning(bool running);
    void showResult(const SegmentationResult& result, const SegmentationParams& params, bool fromMaskLayer);
    /** Whether the foreground can be made now (else the reason, shown in the panel). */
    bool foregroundAvailable(QString* reason) const;

    TaskRunner* m_runner = nullptr;
    QPointer<ImageView> m_view;
    SegmentationPreviewOverlay* m_overlay = nullptr;
    SegmentationPreviewCache m_cache;

    PreprocessEditor* m_pre = nullptr;
    QLabel* m_maskSource = nullptr;
    QComboBox* m_watershed = nullptr;
    QDoubleSpinBox* m_tolerance = nullptr;
    QSpinBox* m_minDistance = nullptr;
    QCheckBox* m_fillHoles = nullptr;
    QDoubleSpinBox* m_minSize = nullptr;
    QDoubleSpinBox* m_maxSize = nullptr;
    QComboBox* m_sizeUnit = nullptr;
    QCheckBox* m_excludeEdges = nullptr;
    QCheckBox* m_refine = nullptr;
    QDoubleSpinBox* m_refineDistance = nullptr;
    QCheckBox* m_preview = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_previewTimer = nullptr;
    bool m_updating = false;
    bool m_running = false;
    bool m_starting = false; ///< run() is storing its parameters (no restart for that change)
};

/** "median:5,gaussian:1; Otsu (dark); distance watershed (tolerance 0.5, min. distance 0); …": a run's parameters. */
QString segmentationParametersSummary(const SegmentationParams& params, bool fromMaskLayer);

} // namespace tessera
