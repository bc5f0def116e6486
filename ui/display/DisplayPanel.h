#pragma once

#include "core/image/Image.h"

#include "ui/app/DocumentPanel.h"
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;

namespace tessera {

class ImageDocument;
class TaskRunner;

/**
 * Display dock (ImageJ's Brightness & Contrast plus channel settings) for the current channel of a document:
 * min/max sliders and spin boxes in image units (whole numbers for 8/16-bit, decimals for float), Auto (the range that
 * saturates a settable percentage of the pixels, autoDisplayRange()), Reset (0..255 for 8-bit, the plane's data range
 * otherwise, as ImageJ), LUT, channel colour and visibility in the composite, composite and invert.
 *
 * Display changes are NOT undo steps (as in ImageJ, where contrast is not undoable): they set the document's view
 * state directly, so a slider drag never floods the undo history. The sliders span the plane's data range (0..255 for
 * 8-bit), extended to the current display range.
 *
 * Auto on planes over 1024² pixels runs on the TaskRunner (key "display-auto@<document>"), smaller ones at once.
 *
 * Object names: "displayPanel", "channelCombo", "minSlider", "maxSlider", "minSpin", "maxSpin", "autoButton",
 * "saturatedSpin", "resetButton", "lutCombo", "colorCombo", "visibleCheck", "compositeCheck", "invertCheck".
 */
class DisplayPanel : public DocumentPanel
{
    Q_OBJECT

public:
    /** Slider positions run 0..sliderSteps() over sliderRange(). */
    static constexpr int sliderSteps() { return 1000; }

    /** runner: the window's runner (not owned; must outlive the panel); nullptr runs Auto on the GUI thread. */
    explicit DisplayPanel(TaskRunner* runner, QWidget* parent = nullptr);
    ~DisplayPanel() override;

    /** The values the sliders' ends stand for. */
    DisplayRange sliderRange() const { return m_scale; }
    /** Image value of a slider position (rounded to whole numbers for 8/16-bit). */
    double sliderToValue(int position) const;
    int valueToSlider(double value) const;

signals:
    /** An Auto request finished and was applied (after the document changed). */
    void autoApplied(tessera::DisplayRange range);

protected:
    /** Follows the window's document (DocumentPanel::setDocument(); nullptr: empty, disabled). */
    void documentChanged(ImageDocument* previous) override;

private:
    void attach(ImageDocument* document);
    void syncFromDocument();
    /** 0..255 for 8-bit, else the current plane's finite min..max (exact, or estimated for large float planes). */
    DisplayRange dataRange(bool exact) const;
    void updateScale();
    void setRange(DisplayRange range, bool minMoved);
    void runAuto();
    void resetRange();
    void chooseColor(int index);
    int channel() const;
    bool isInteger() const;

    TaskRunner* m_runner = nullptr;
    QPointer<ImageDocument> m_document;
    DisplayRange m_scale{0.0, 255.0};
    DisplayRange m_dataRange{0.0, 255.0};
    bool m_syncing = false;

    QComboBox* m_channelCombo = nullptr;
    QLabel* m_channelLabel = nullptr;
    QSlider* m_minSlider = nullptr;
    QSlider* m_maxSlider = nullptr;
    QDoubleSpinBox* m_minSpin = nullptr;
    QDoubleSpinBox* m_maxSpin = nullptr;
    QPushButton* m_autoButton = nullptr;
    QDoubleSpinBox* m_saturatedSpin = nullptr;
    QPushButton* m_resetButton = nullptr;
    QComboBox* m_lutCombo = nullptr;
    QComboBox* m_colorCombo = nullptr;
    QCheckBox* m_visibleCheck = nullptr;
    QCheckBox* m_compositeCheck = nullptr;
    QCheckBox* m_invertCheck = nullptr;
};

} // namespace tessera
