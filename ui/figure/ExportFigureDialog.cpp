#include "ui/figure/ExportFigureDialog.h"

#include "ui/app/FileDialogs.h"
#include "ui/document/ImageDocument.h"
#include "ui/figure/FigureRenderer.h"
#include "ui/settings/Settings.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace tessera {
namespace {
constexpr int kPreviewWidth = 320;
constexpr int kPreviewHeight = 240;

QColor buttonColor(const QToolButton* button)
{
    return button->property("color").value<QColor>();
}

void setButtonColor(QToolButton* button, const QColor& color)
{
    button->setProperty("color", color);
    QPixmap swatch(16, 16);
    swatch.fill(color);
    button->setIcon(QIcon(swatch));
}

QDoubleSpinBox* spin(QWidget* parent, const char* name, double lo, double hi, int decimals, const QString& suffix)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    return s;
}

QCheckBox* check(QWidget* parent, const char* name, const QString& text)
{
    auto* c = new QCheckBox(text, parent);
    c->setObjectName(QLatin1String(name));
    return c;
}
} // namespace

ExportFigureDialog::ExportFigureDialog(FigureContent content, QRect visibleRegion, QCustomPlot* plot, QWidget* parent)
    : QDialog(parent), m_content(std::move(content)), m_visible(visibleRegion), m_plot(plot)
{
    setObjectName(QStringLiteral("exportFigureDialog"));
    setWindowTitle(tr("Export Figure"));
    buildUi();
    loadSettings();
    updateState();
    fitToScreen();
}

void ExportFigureDialog::fitToScreen()
{
    if (const QScreen* s = parentWidget() ? parentWidget()->screen() : screen()) {
        fitTo(s->availableGeometry().size() * 19 / 20);
    }
}

void ExportFigureDialog::fitTo(QSize available)
{
    // As tall as the options need, at most the available height (the options scroll beyond it).
    const QMargins margins = layout()->contentsMargins();
    QSize wanted = sizeHint();
    wanted.setHeight(
        std::max(wanted.height(), m_optionsScroll->widget()->sizeHint().height() + margins.top() + margins.bottom()));
    resize(wanted.boundedTo(available).expandedTo(minimumSizeHint()));
}

void ExportFigureDialog::buildUi()
{
    auto* layout = new QHBoxLayout(this);
    // The options scroll (vertically) when the screen is too short for them, e.g. a laptop at 200 % scaling; the
    // preview and the buttons beside them stay in view.
    auto* options = new QWidget(this);
    auto* left = new QVBoxLayout(options);
    left->setContentsMargins(0, 0, 0, 0);
    m_optionsScroll = new QScrollArea(this);
    m_optionsScroll->setObjectName(QStringLiteral("figureOptionsScroll"));
    m_optionsScroll->setFrameShape(QFrame::NoFrame);
    m_optionsScroll->setWidgetResizable(true);
    m_optionsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_optionsScroll);

    auto* output = new QGroupBox(tr("Output"), this);
    auto* outForm = new QFormLayout(output);
    m_format = new QComboBox(output);
    m_format->setObjectName(QStringLiteral("figureFormat"));
    m_format->addItem(tr("PNG image"), int(FigureFormat::Png));
    m_format->addItem(tr("TIFF image"), int(FigureFormat::Tiff));
    m_format->addItem(tr("SVG (vector overlays)"), int(FigureFormat::Svg));
    m_format->addItem(tr("PDF (vector overlays)"), int(FigureFormat::Pdf));
    outForm->addRow(tr("Format:"), m_format);
    m_region = new QComboBox(output);
    m_region->setObjectName(QStringLiteral("figureRegion"));
    m_region->addItem(tr("Whole image"));
    if (!m_visible.isEmpty()) {
        m_region->addItem(tr("Visible region (%1 × %2 px)").arg(m_visible.width()).arg(m_visible.height()));
    }
    outForm->addRow(tr("Region:"), m_region);
    m_scale = spin(output, "figureScale", 0.05, 32.0, 2, tr(" ×"));
    m_scale->setToolTip(tr("Output pixels per image pixel"));
    outForm->addRow(tr("Scale factor:"), m_scale);
    m_dpi = spin(output, "figureDpi", 10, 4800, 0, tr(" DPI"));
    m_dpi->setToolTip(tr("Written into the file; text and lines are sized in points at this resolution"));
    outForm->addRow(tr("Resolution:"), m_dpi);
    m_size = new QLabel(output);
    m_size->setObjectName(QStringLiteral("figureSize"));
    outForm->addRow(tr("Size:"), m_size);
    m_panel = check(output, "figurePanel", tr("Figure panel: the image beside the scatter plot"));
    m_panel->setEnabled(m_plot != nullptr);
    outForm->addRow(m_panel);
    m_panelHeight = spin(output, "figurePanelHeight", 10, 1000, 1, tr(" mm"));
    m_panelHeight->setToolTip(tr("Height of the panel; the image is scaled to it (the scale factor is not used)"));
    outForm->addRow(tr("Panel height:"), m_panelHeight);
    left->addWidget(output);

    auto* layers = new QGroupBox(tr("Include"), this);
    auto* layerForm = new QFormLayout(layers);
    m_rois = check(layers, "figureRois", tr("ROI outlines"));
    m_roiNames = check(layers, "figureRoiNames", tr("ROI names"));
    m_objects = check(layers, "figureObjects", tr("Object outlines"));
    m_objectNumbers = check(layers, "figureObjectNumbers", tr("Object numbers"));
    m_objectColor = new QToolButton(layers);
    m_objectColor->setObjectName(QStringLiteral("figureObjectColor"));
    m_objectColor->setToolTip(tr("Colour of object outlines and numbers"));
    m_threshold = check(layers, "figureThreshold", tr("Threshold overlay"));
    m_threshold->setEnabled(!m_content.threshold.isNull());
    const bool hasObjects = !m_content.labels.empty();
    m_objects->setEnabled(hasObjects);
    m_objectNumbers->setEnabled(hasObjects);
    auto* roiRow = new QHBoxLayout;
    roiRow->addWidget(m_rois);
    roiRow->addWidget(m_roiNames);
    layerForm->addRow(roiRow);
    auto* objectRow = new QHBoxLayout;
    objectRow->addWidget(m_objects);
    objectRow->addWidget(m_objectNumbers);
    objectRow->addWidget(m_objectColor);
    layerForm->addRow(objectRow);
    layerForm->addRow(m_threshold);
    m_lineWidth = spin(layers, "figureLineWidth", 0.1, 72, 1, tr(" pt"));
    layerForm->addRow(tr("Line width:"), m_lineWidth);
    m_fontSize = spin(layers, "figureFontSize", 1, 200, 1, tr(" pt"));
    layerForm->addRow(tr("Name size:"), m_fontSize);
    left->addWidget(layers);

    auto* bar = new QGroupBox(tr("Scale bar"), this);
    auto* barForm = new QFormLayout(bar);
    m_bar = check(bar, "scaleBarEnabled", tr("Show a scale bar"));
    barForm->addRow(m_bar);
    const QString unit = scaleBarUnit(m_content.calibration);
    m_barLength = spin(bar, "scaleBarLength", 0, 1e9, 3, QLatin1Char(' ') + unit);
    m_barLength->setSpecialValueText(tr("Automatic"));
    m_barLength->setToolTip(tr("0 = automatic: a 1-2-5 length of at most a fifth of the width"));
    barForm->addRow(tr("Length:"), m_barLength);
    m_barCorner = new QComboBox(bar);
    m_barCorner->setObjectName(QStringLiteral("scaleBarCorner"));
    m_barCorner->addItem(tr("Bottom right"), int(FigureCorner::BottomRight));
    m_barCorner->addItem(tr("Bottom left"), int(FigureCorner::BottomLeft));
    m_barCorner->addItem(tr("Top right"), int(FigureCorner::TopRight));
    m_barCorner->addItem(tr("Top left"), int(FigureCorner::TopLeft));
    m_barColor = new QToolButton(bar);
    m_barColor->setObjectName(QStringLiteral("scaleBarColor"));
    m_barColor->setToolTip(tr("Colour of the bar and its label"));
    auto* cornerRow = new QHBoxLayout;
    cornerRow->addWidget(m_barCorner, 1);
    cornerRow->addWidget(m_barColor);
    barForm->addRow(tr("Position:"), cornerRow);
    m_barFontSize = spin(bar, "scaleBarFontSize", 0, 200, 1, tr(" pt"));
    m_barFontSize->setSpecialValueText(tr("Automatic"));
    m_barFontSize->setToolTip(tr("Label size in points; 0 = automatic: follows the figure's size (at most 10 pt)"));
    m_barThickness = spin(bar, "scaleBarThickness", 0, 200, 1, tr(" pt"));
    m_barThickness->setSpecialValueText(tr("Automatic"));
    m_barThickness->setToolTip(tr("Bar height in points; 0 = automatic: 0.3 × the label size"));
    m_barLabel = check(bar, "scaleBarLabel", tr("Label"));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_barLabel);
    sizeRow->addWidget(m_barFontSize);
    barForm->addRow(tr("Text:"), sizeRow);
    barForm->addRow(tr("Thickness:"), m_barThickness);
    m_barUncalibrated = new QComboBox(bar);
    m_barUncalibrated->setObjectName(QStringLiteral("scaleBarUncalibrated"));
    m_barUncalibrated->addItem(tr("Bar in pixels"));
    m_barUncalibrated->addItem(tr("No bar"));
    m_barUncalibrated->setEnabled(!m_content.calibration.isCalibrated());
    barForm->addRow(tr("Uncalibrated:"), m_barUncalibrated);
    left->addWidget(bar);
    left->addStretch(1);
    m_optionsScroll->setWidget(options);
    m_optionsScroll->setMinimumWidth(options->sizeHint().width() +
                                     m_optionsScroll->verticalScrollBar()->sizeHint().width());

    auto* right = new QVBoxLayout;
    layout->addLayout(right);
    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("figurePreview"));
    m_previewLabel->setMinimumSize(kPreviewWidth, kPreviewHeight);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    right->addWidget(m_previewLabel);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("figureNote"));
    m_note->setWordWrap(true);
    right->addWidget(m_note);
    right->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportFigureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);

    for (QComboBox* c : {m_format, m_region, m_barCorner, m_barUncalibrated}) {
        connect(c, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::updateState);
    }
    for (QDoubleSpinBox* s :
         {m_scale, m_dpi, m_lineWidth, m_fontSize, m_barLength, m_barFontSize, m_barThickness, m_panelHeight}) {
        connect(s, &QDoubleSpinBox::valueChanged, this, &ExportFigureDialog::updateState);
    }
    for (QCheckBox* c : {m_rois, m_roiNames, m_objects, m_objectNumbers, m_threshold, m_bar, m_barLabel, m_panel}) {
        connect(c, &QCheckBox::toggled, this, &ExportFigureDialog::updateState);
    }
    m_objectNumbers->setToolTip(tr("Each object's number at its centre, where it fits the object (on by default for "
                                   "up to %1 objects)")
                                    .arg(maxDefaultObjectNumbers()));
    connect(m_objectNumbers, &QCheckBox::toggled, this, [this] {
        if (!m_updating) {
            m_objectNumbersChosen = true;
        }
    });
    connect(m_objectColor, &QToolButton::clicked, this, [this] { chooseColor(m_objectColor); });
    connect(m_barColor, &QToolButton::clicked, this, [this] { chooseColor(m_barColor); });
}

void ExportFigureDialog::chooseColor(QToolButton* button)
{
    const QColor c = QColorDialog::getColor(buttonColor(button), this);
    if (c.isValid()) {
        setButtonColor(button, c);
        updateState();
    }
}

FigureOptions ExportFigureDialog::options() const
{
    FigureOptions o;
    o.region = m_region->currentIndex() == 1 ? m_visible : QRect();
    o.scale = m_scale->value();
    o.dpi = m_dpi->value();
    o.rois = m_rois->isChecked();
    o.roiNames = m_roiNames->isChecked();
    o.objects = m_objects->isChecked();
    o.objectNumbers = m_objectNumbers->isChecked();
    o.objectColor = buttonColor(m_objectColor);
    o.threshold = m_threshold->isChecked();
    o.lineWidth = m_lineWidth->value();
    o.labelFontSize = m_fontSize->value();
    ScaleBarOptions& b = o.scaleBar;
    b.enabled = m_bar->isChecked();
    b.length = m_barLength->value();
    b.corner = FigureCorner(m_barCorner->currentData().toInt());
    b.color = buttonColor(m_barColor);
    b.fontSize = m_barFontSize->value();
    b.thickness = m_barThickness->value();
    b.showLabel = m_barLabel->isChecked();
    b.pixelsWhenUncalibrated = m_barUncalibrated->currentIndex() == 0;
    return o;
}

void ExportFigureDialog::setOptions(const FigureOptions& o)
{
    m_updating = true;
    m_region->setCurrentIndex(!m_visible.isEmpty() && o.region == m_visible ? 1 : 0);
    m_scale->setValue(o.scale);
    m_dpi->setValue(o.dpi);
    m_rois->setChecked(o.rois);
    m_roiNames->setChecked(o.roiNames);
    m_objects->setChecked(o.objects);
    m_objectNumbers->setChecked(o.objectNumbers);
    setButtonColor(m_objectColor, o.objectColor);
    m_threshold->setChecked(o.threshold);
    m_lineWidth->setValue(o.lineWidth);
    m_fontSize->setValue(o.labelFontSize);
    const ScaleBarOptions& b = o.scaleBar;
    m_bar->setChecked(b.enabled);
    m_barLength->setValue(b.length);
    m_barCorner->setCurrentIndex(std::max(0, m_barCorner->findData(int(b.corner))));
    setButtonColor(m_barColor, b.color);
    m_barFontSize->setValue(b.fontSize);
    m_barThickness->setValue(b.thickness);
    m_barLabel->setChecked(b.showLabel);
    m_barUncalibrated->setCurrentIndex(b.pixelsWhenUncalibrated ? 0 : 1);
    m_updating = false;
    updateState();
}

FigureFormat ExportFigureDialog::format() const
{
    return FigureFormat(m_format->currentData().toInt());
}

void ExportFigureDialog::setFormat(FigureFormat format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

bool ExportFigureDialog::isPanel() const
{
    return m_plot && m_panel->isChecked();
}

void ExportFigureDialog::setPanel(bool panel)
{
    m_panel->setChecked(panel && m_plot);
}

FigurePanelLayout ExportFigureDialog::panelLayout() const
{
    FigurePanelLayout layout;
    layout.heightMm = m_panelHeight->value();
    return layout;
}

QStringList ExportFigureDialog::notes() const
{
    return FigureRenderer(m_content, options()).notes();
}

void ExportFigureDialog::updateState()
{
    if (m_updating) {
        return;
    }
    const FigureOptions o = options();
    const bool panel = isPanel();
    m_panelHeight->setEnabled(panel);
    m_scale->setEnabled(!panel);
    m_roiNames->setEnabled(o.rois);
    const bool bar = o.scaleBar.enabled;
    for (QWidget* w : {static_cast<QWidget*>(m_barLength), static_cast<QWidget*>(m_barCorner),
                       static_cast<QWidget*>(m_barColor), static_cast<QWidget*>(m_barFontSize),
                       static_cast<QWidget*>(m_barThickness), static_cast<QWidget*>(m_barLabel)}) {
        w->setEnabled(bar);
    }

    const FigureRenderer figure(m_content, o);
    QSize pixels = figure.outputSize();
    if (panel) {
        pixels = figurePanelGeometry(m_content, o, panelLayout()).size;
    }
    m_size->setText(tr("%1 × %2 px, %3 × %4 mm")
                        .arg(pixels.width())
                        .arg(pixels.height())
                        .arg(pixels.width() * 25.4 / o.dpi, 0, 'f', 1)
                        .arg(pixels.height() * 25.4 / o.dpi, 0, 'f', 1));
    QStringList notes = figure.notes();
    const QString problem = o.validate();
    if (!problem.isEmpty()) {
        notes.prepend(problem);
    }
    m_note->setText(notes.join(QLatin1Char('\n')));

    // A miniature: the scale that fits the preview, and the DPI reduced alike so text keeps its size to the image.
    const QRect region = figure.region();
    if (region.isEmpty()) {
        m_preview = QImage();
        m_previewLabel->clear();
        return;
    }
    FigureOptions mini = o;
    mini.scale = std::min({double(kPreviewWidth) / region.width(), double(kPreviewHeight) / region.height(), 8.0});
    mini.dpi = o.dpi * mini.scale /
               (panel ? figurePanelGeometry(m_content, o, panelLayout()).image.height() / std::max(1, region.height())
                      : o.scale);
    m_preview = FigureRenderer(m_content, mini).toImage();
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
}

Status ExportFigureDialog::exportTo(const QString& path) const
{
    const FigureOptions o = options();
    if (isPanel()) {
        return writeFigurePanel(m_content, o, m_plot, path, panelLayout());
    }
    return FigureRenderer(m_content, o).write(path, format());
}

void ExportFigureDialog::loadSettings()
{
    const QVariantMap saved = Settings().figureExport();
    FigureOptions options = FigureOptions::fromVariantMap(saved);
    // Object numbers follow the image until the user chooses (then the choice is remembered).
    m_objectNumbersChosen = saved.contains(QStringLiteral("objectNumbers"));
    if (!m_objectNumbersChosen) {
        options.objectNumbers = objectNumbersByDefault(m_content.labels.empty() ? 0 : m_content.labelCount);
    }
    setOptions(options);
    FigureFormat format = FigureFormat::Png;
    if (figureFormatForPath(QStringLiteral("x.") + saved.value(QStringLiteral("format")).toString(), &format)) {
        setFormat(format);
    }
    if (saved.value(QStringLiteral("visibleRegion")).toBool() && !m_visible.isEmpty()) {
        m_region->setCurrentIndex(1);
    }
    m_panelHeight->setValue(saved.value(QStringLiteral("panelHeightMm"), FigurePanelLayout().heightMm).toDouble());
    setPanel(saved.value(QStringLiteral("panel")).toBool());
}

void ExportFigureDialog::saveSettings() const
{
    QVariantMap map = options().toVariantMap();
    if (!m_objectNumbersChosen) {
        map.remove(QStringLiteral("objectNumbers"));
    }
    map.insert(QStringLiteral("format"), figureFormatSuffix(format()));
    map.insert(QStringLiteral("visibleRegion"), m_region->currentIndex() == 1);
    map.insert(QStringLiteral("panel"), m_panel->isChecked());
    map.insert(QStringLiteral("panelHeightMm"), m_panelHeight->value());
    Settings().setFigureExport(map);
}

void ExportFigureDialog::accept()
{
    const FigureFormat f = format();
    const QString suffix = figureFormatSuffix(f);
    const QString filter = m_format->currentText() + QStringLiteral(" (*.") + suffix +
                           (f == FigureFormat::Tiff ? QStringLiteral(" *.tiff)") : QStringLiteral(")"));
    Settings settings;
    const QString base = QFileInfo(m_content.title).completeBaseName();
    const QString suggested = settings.lastDirectory() + QLatin1Char('/') +
                              (base.isEmpty() ? QStringLiteral("figure") : base + QStringLiteral("_figure")) +
                              QLatin1Char('.') + suffix;
    QString path = askSaveFileName(this, tr("Export Figure"), suggested, filter);
    if (path.isEmpty()) {
        return;
    }
    FigureFormat chosen = f;
    if (!figureFormatForPath(path, &chosen) || chosen != f) {
        path += QLatin1Char('.') + suffix;
    }
    const Status s = exportAndRemember(path);
    if (!s.isOk()) {
        QMessageBox box(QMessageBox::Warning, tr("Export Figure"), s.message(), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("errorBox"));
        box.exec();
        return;
    }
    QDialog::accept();
}

Status ExportFigureDialog::exportAndRemember(const QString& path)
{
    const Status s = exportTo(path);
    if (s.isOk()) {
        saveSettings();
    }
    return s;
}

void showExportFigureDialog(QWidget* parent, ImageDocument* document, QRect visibleRegion, ThresholdOverlay* overlay,
                            QCustomPlot* plot)
{
    if (!document) {
        return;
    }
    ExportFigureDialog dialog(FigureContent::fromDocument(*document, overlay), visibleRegion, plot, parent);
    dialog.exec();
}

} // namespace tessera
