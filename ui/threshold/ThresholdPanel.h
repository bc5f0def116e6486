#pragma once

#include "core/image/Image.h"
#include "ui/app/DocumentPanel.h"
#include "ui/threshold/ThresholdSettings.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace tessera {

class TaskRunner;
class TryAllDialog;

/**
 * Threshold dock (ImageJ's Image > Adjust > Threshold plus Fiji's Auto Local Threshold) on the current plane.
 *
 * Global mode: method combo (every thresholdMethodNames() entry, both Default and IJ_IsoData, plus "Manual"), dark
 * background, ImageJ's 256-bin histogram or the full 16-bit one, lower/upper sliders and spin boxes in image units
 * (whole numbers for 8/16-bit, decimals for float). Choosing an auto method (or changing dark / histogram) computes
 * its levels with computeAutoThreshold() — on the TaskRunner for planes over 1024² pixels, at once otherwise — and
 * stores them; moving a slider or spin box switches the method to Manual. "Try all…" opens TryAllDialog, filled in a
 * worker with progress and cancel; clicking a thumbnail picks that method with its levels.
 * Local mode: the 9 methods of computeLocalThreshold() with radius and parameters 1 and 2 (the method's defaults until
 * edited); the preview mask is computed in a worker 150 ms after the last change and stored as the document's
 * AnalysisKind::Threshold result (LocalThresholdPreview, stamped).
 *
 * Every change is a SetParametersCommand<ThresholdSettings> (a slider drag or a spin box series is one undo step).
 * The viewer's ThresholdOverlay draws the preview from the document. Apply pushes SetMaskLayerCommand with the binary
 * mask (global: applyThreshold() of the levels; local: the preview mask, recomputed when stale).
 *
 * Object names: "thresholdPanel", "modeCombo", "methodCombo", "darkBackgroundCheck", "previewCheck", "histogramCombo",
 * "lowerSlider", "upperSlider", "lowerSpin", "upperSpin", "tryAllButton", "localMethodCombo", "radiusSpin",
 * "parameter1Spin", "parameter2Spin", "colorButton", "applyButton", "thresholdStatus".
 */
class ThresholdPanel : public DocumentPanel
{
    Q_OBJECT

public:
    /** Slider positions of float planes run 0..sliderSteps() over the plane's range. */
    static constexpr int sliderSteps() { return 1000; }
    /** runner: the window's runner (not owned; must outlive the panel). */
    explicit ThresholdPanel(TaskRunner* runner, QWidget* parent = nullptr);
    ~ThresholdPanel() override;

    /** Image value of a slider position; slider position of a value (clamped). */
    double sliderToValue(int position) const;
    int valueToSlider(double value) const;
    /** The "Try all" dialog once opened (nullptr before). */
    TryAllDialog* tryAllDialog() const;
    /** Runner keys of the levels, local preview and try-all requests of the current document. */
    QString levelsTaskKey() const;
    QString tryAllTaskKey() const;

signals:
    /** An auto method's levels were stored in the document. */
    void levelsComputed();
    /** A local preview was stored in the document. */
    void localPreviewComputed();

protected:
    void documentChanged(ImageDocument* previous) override;

private:
    QWidget* buildGlobalPage();
    QWidget* buildLocalPage();
    ThresholdSettings settings() const;
    /** Pushes s as a command; showPreview turns the overlay preview on with it. */
    void push(ThresholdSettings s, const QString& text, quint64 gesture = 0, bool showPreview = true);
    void refresh();
    void updateRange();
    /** Computes s.method's levels on the current plane and stores s with them (undoable: as a command). */
    void computeLevels(ThresholdSettings s, bool undoable = true);
    /** The status after computing levels: "Otsu: levels 87–255.", "(the same as Default)" when only the method
     *  changed, or why the method found none. */
    QString levelsStatus(const ThresholdSettings& now, const ThresholdSettings& before, bool found) const;
    void setLevelFromControl(bool lower, double value, quint64 gesture);
    void scheduleLocalPreview();
    void runLocalPreview();
    void apply();
    void openTryAll();
    void chooseColor();

    TaskRunner* m_runner = nullptr;
    QComboBox* m_mode = nullptr;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_method = nullptr;
    QCheckBox* m_dark = nullptr;
    QCheckBox* m_preview = nullptr;
    QComboBox* m_histogram = nullptr;
    QSlider* m_lowerSlider = nullptr;
    QSlider* m_upperSlider = nullptr;
    QDoubleSpinBox* m_lowerSpin = nullptr;
    QDoubleSpinBox* m_upperSpin = nullptr;
    QPushButton* m_tryAllButton = nullptr;
    QComboBox* m_localMethod = nullptr;
    QSpinBox* m_radius = nullptr;
    QDoubleSpinBox* m_param1 = nullptr;
    QDoubleSpinBox* m_param2 = nullptr;
    QToolButton* m_color = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_localTimer = nullptr;
    QPointer<TryAllDialog> m_tryAll;

    DisplayRange m_range{0.0, 255.0};
    bool m_isFloat = false;
    bool m_updating = false;
    quint64 m_dragGesture = 0;
    quint64 m_spinGesture = 0;
};

} // namespace tessera
