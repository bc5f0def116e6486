#pragma once

#include "core/common/Status.h"
#include "ui/figure/FigureContent.h"
#include "ui/figure/FigureOptions.h"
#include "ui/figure/FigurePanel.h"

#include <QDialog>
#include <QImage>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QScrollArea;
class QToolButton;

namespace tessera {

class ImageDocument;
class ThresholdOverlay;

/**
 * File > Export Figure…: the format (PNG, TIFF, SVG, PDF), the region (whole image or the viewer's visible part),
 * scale factor and DPI (the resulting size in pixels and mm is shown), what to draw (ROIs, names, objects, numbers,
 * threshold overlay, scale bar with length, corner, colour, font size and thickness; uncalibrated images: a bar in
 * pixels or none, with a note), and optionally a figure panel with the scatter plot beside the image. A small
 * preview follows every change (a miniature with the same proportions of text to image). The settings are
 * remembered (Settings::figureExport()) when a figure was written. "Object numbers" starts as
 * objectNumbersByDefault() of the image's objects until the user toggles it; from then on the choice is remembered.
 *
 * The options scroll ("figureOptionsScroll") when the screen is too short for them; the preview and the buttons stay
 * in view.
 *
 * OK asks for a file name and writes; errors in a message box (object name "errorBox"), the dialog stays open.
 * exportTo() writes without asking (tests, scripts).
 */
class ExportFigureDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * content: what the figure draws (FigureContent::fromDocument()); visibleRegion: the viewer's visible part in
     * image pixels (empty: only the whole image is offered); plot: the scatter plot for a panel (nullptr: no panel).
     */
    ExportFigureDialog(FigureContent content, QRect visibleRegion, QCustomPlot* plot, QWidget* parent = nullptr);

    /** The options as the widgets show them. */
    FigureOptions options() const;
    /** Shows options (the region chooses "visible region" when it equals the visible region, else whole image). */
    void setOptions(const FigureOptions& options);
    FigureFormat format() const;
    void setFormat(FigureFormat format);
    /** True when the figure panel (image beside the scatter plot) is chosen. */
    bool isPanel() const;
    void setPanel(bool panel);
    FigurePanelLayout panelLayout() const;

    /** Writes the figure (or panel) with the current settings to path. */
    Status exportTo(const QString& path) const;
    /** exportTo(), and on success remembers the settings for the next dialog (what OK does after asking). */
    Status exportAndRemember(const QString& path);
    /** Notes for the current settings (no scale bar on an uncalibrated image, …), as shown in the dialog. */
    QStringList notes() const;
    /** Sizes the dialog to its options within available (the options scroll when they need more height); the
     *  constructor fits it to 95 % of its screen's available area. */
    void fitTo(QSize available);
    /** The preview shown now. */
    QImage preview() const { return m_preview; }

public slots:
    void accept() override;

private:
    void buildUi();
    void fitToScreen();
    void loadSettings();
    void saveSettings() const;
    void updateState();
    void chooseColor(QToolButton* button);

    FigureContent m_content;
    QRect m_visible;
    QPointer<QCustomPlot> m_plot;
    QImage m_preview;
    bool m_updating = false;
    bool m_objectNumbersChosen = false; ///< the user set "Object numbers" (now or in a remembered export)

    QScrollArea* m_optionsScroll = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_region = nullptr;
    QDoubleSpinBox* m_scale = nullptr;
    QDoubleSpinBox* m_dpi = nullptr;
    QLabel* m_size = nullptr;
    QCheckBox* m_rois = nullptr;
    QCheckBox* m_roiNames = nullptr;
    QCheckBox* m_objects = nullptr;
    QCheckBox* m_objectNumbers = nullptr;
    QToolButton* m_objectColor = nullptr;
    QCheckBox* m_threshold = nullptr;
    QDoubleSpinBox* m_lineWidth = nullptr;
    QDoubleSpinBox* m_fontSize = nullptr;
    QCheckBox* m_bar = nullptr;
    QDoubleSpinBox* m_barLength = nullptr;
    QComboBox* m_barCorner = nullptr;
    QToolButton* m_barColor = nullptr;
    QDoubleSpinBox* m_barFontSize = nullptr;
    QDoubleSpinBox* m_barThickness = nullptr;
    QCheckBox* m_barLabel = nullptr;
    QComboBox* m_barUncalibrated = nullptr;
    QCheckBox* m_panel = nullptr;
    QDoubleSpinBox* m_panelHeight = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_previewLabel = nullptr;
};

/**
 * Shows the dialog for document (as displayed, with the threshold overlay the viewer draws, which may be nullptr)
 * and the viewer's visible region; plot: the scatter plot for panels (may be nullptr). Does nothing without a
 * document.
 */
void showExportFigureDialog(QWidget* parent, ImageDocument* document, QRect visibleRegion, ThresholdOverlay* overlay,
                            QCustomPlot* plot);

} // namespace tessera
