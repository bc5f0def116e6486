#include "ui/display/DisplayPanel.h"

#include "core/task/TaskContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/settings/Settings.h"
#include "ui/viewer/PlaneRenderer.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tessera {
namespace {

/** Planes with more pixels get their Auto range on the worker pool (and an estimated slider scale when float). */
constexpr qint64 kSyncAutoPixels = 1024 * 1024;
/** Item data of the colour combo's "Other…" entry. */
constexpr int kOtherColor = -1;

QIcon swatch(const QColor& color)
{
    QPixmap pm(14, 14);
    pm.fill(color);
    return QIcon(pm);
}

} // namespace

DisplayPanel::DisplayPanel(TaskRunner* runner, QWidget* parent)
    : DocumentPanel(tr("Display"), QStringLiteral("displayPanel"), parent), m_runner(runner)
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* grid = new QGridLayout;
    int row = 0;

    m_channelLabel = new QLabel(tr("Channel:"), content);
    m_channelCombo = new QComboBox(content);
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    m_channelCombo->setToolTip(tr("The channel these settings apply to (also the channel shown outside composite "
                                  "mode)."));
    grid->addWidget(m_channelLabel, row, 0);
    grid->addWidget(m_channelCombo, row++, 1, 1, 2);

    auto makeSlider = [content](const QString& name, const QString& tip) {
        auto* s = new QSlider(Qt::Horizontal, content);
        s->setObjectName(name);
        s->setRange(0, sliderSteps());
        s->setToolTip(tip);
        return s;
    };
    auto makeSpin = [content](const QString& name, const QString& tip) {
        auto* s = new QDoubleSpinBox(content);
        s->setObjectName(name);
        s->setKeyboardTracking(false);
        s->setToolTip(tip);
        return s;
    };
    m_minSlider = makeSlider(QStringLiteral("minSlider"),
                             tr("Lowest value of the display range: pixels at or below it are drawn black (the first "
                                "colour of the LUT). Changes the display only, never the pixel values."));
    m_minSpin = makeSpin(QStringLiteral("minSpin"), tr("Lowest value of the display range, in image units."));
    m_maxSlider = makeSlider(QStringLiteral("maxSlider"),
                             tr("Highest value of the display range: pixels at or above it are drawn white (the last "
                                "colour of the LUT). Changes the display only, never the pixel values."));
    m_maxSpin = makeSpin(QStringLiteral("maxSpin"), tr("Highest value of the display range, in image units."));
    grid->addWidget(new QLabel(tr("Minimum:"), content), row, 0);
    grid->addWidget(m_minSlider, row, 1);
    grid->addWidget(m_minSpin, row++, 2);
    grid->addWidget(new QLabel(tr("Maximum:"), content), row, 0);
    grid->addWidget(m_maxSlider, row, 1);
    grid->addWidget(m_maxSpin, row++, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    auto* buttons = new QHBoxLayout;
    m_autoButton = new QPushButton(tr("Auto"), content);
    m_autoButton->setObjectName(QStringLiteral("autoButton"));
    m_autoButton->setToolTip(tr("Set the display range so that the given percentage of pixels is saturated (half at "
                                "each end), like ImageJ's Auto."));
    m_saturatedSpin = new QDoubleSpinBox(content);
    m_saturatedSpin->setObjectName(QStringLiteral("saturatedSpin"));
    m_saturatedSpin->setRange(0.0, 49.0);
    m_saturatedSpin->setDecimals(2);
    m_saturatedSpin->setSingleStep(0.05);
    m_saturatedSpin->setSuffix(tr(" %"));
    m_saturatedSpin->setValue(Settings().autoContrastSaturation());
    m_saturatedSpin->setToolTip(tr("Percentage of pixels Auto lets saturate (ImageJ uses 0.35 %). Larger values give "
                                   "more contrast but clip more of the darkest and brightest pixels."));
    m_resetButton = new QPushButton(tr("Reset"), content);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_resetButton->setToolTip(tr("Show the full range: 0–255 for 8-bit images, the plane's minimum to maximum "
                                 "otherwise."));
    buttons->addWidget(m_autoButton);
    buttons->addWidget(m_saturatedSpin);
    buttons->addStretch(1);
    buttons->addWidget(m_resetButton);
    layout->addLayout(buttons);

    auto* look = new QGridLayout;
    m_lutCombo = new QComboBox(content);
    m_lutCombo->setObjectName(QStringLiteral("lutCombo"));
    const QStringList lutNames = Lut::names();
    const QStringList lutLabels = {tr("Grays"), tr("Fire"), tr("Red"),     tr("Green"),
                                   tr("Blue"),  tr("Cyan"), tr("Magenta"), tr("Yellow")};
    for (int i = 0; i < lutNames.size(); ++i) {
        m_lutCombo->addItem(lutLabels.value(i, lutNames[i]), lutNames[i]);
    }
    m_lutCombo->setToolTip(tr("Lookup table: the colours the display range is mapped to when this channel is shown "
                              "alone (not in composite mode)."));
    m_colorCombo = new QComboBox(content);
    m_colorCombo->setObjectName(QStringLiteral("colorCombo"));
    m_colorCombo->setToolTip(tr("Colour of this channel in the composite view (channels are added)."));
    const QList<QPair<QString, QColor>> presets = {
        {tr("Red"), QColor(255, 0, 0)},      {tr("Green"), QColor(0, 255, 0)},  {tr("Blue"), QColor(0, 0, 255)},
        {tr("Gray"), QColor(255, 255, 255)}, {tr("Cyan"), QColor(0, 255, 255)}, {tr("Magenta"), QColor(255, 0, 255)},
        {tr("Yellow"), QColor(255, 255, 0)}};
    for (const auto& [label, color] : presets) {
        m_colorCombo->addItem(swatch(color), label, color);
    }
    m_colorCombo->addItem(tr("Other…"), kOtherColor);
    look->addWidget(new QLabel(tr("LUT:"), content), 0, 0);
    look->addWidget(m_lutCombo, 0, 1);
    look->addWidget(new QLabel(tr("Colour:"), content), 1, 0);
    look->addWidget(m_colorCombo, 1, 1);
    look->setColumnStretch(1, 1);
    layout->addLayout(look);

    m_visibleCheck = new QCheckBox(tr("Show channel in composite"), content);
    m_visibleCheck->setObjectName(QStringLiteral("visibleCheck"));
    m_visibleCheck->setToolTip(tr("Include this channel in the composite view."));
    m_compositeCheck = new QCheckBox(tr("Composite"), content);
    m_compositeCheck->setObjectName(QStringLiteral("compositeCheck"));
    m_compositeCheck->setToolTip(tr("Show all visible channels at once, each in its colour, added together (images "
                                    "with several channels only)."));
    m_invertCheck = new QCheckBox(tr("Invert"), content);
    m_invertCheck->setObjectName(QStringLiteral("invertCheck"));
    m_invertCheck->setToolTip(tr("Invert the display (reversed LUT; in composite mode a white background). Pixel "
                                 "values are not changed."));
    layout->addWidget(m_visibleCheck);
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_compositeCheck);
    flags->addWidget(m_invertCheck);
    flags->addStretch(1);
    layout->addLayout(flags);
    layout->addStretch(1);
    setScrollableWidget(content);

    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_syncing && m_document && index >= 0) {
            PlanePosition p = m_document->position();
            p.c = index;
            m_document->setPosition(p);
        }
    });
    connect(m_minSlider, &QSlider::valueChanged, this, [this](int pos) {
        if (!m_syncing && m_document) {
            setRange({sliderToValue(pos), m_document->displayRange(channel()).max}, true);
        }
    });
    connect(m_maxSlider, &QSlider::valueChanged, this, [this](int pos) {
        if (!m_syncing && m_document) {
            setRange({m_document->displayRange(channel()).min, sliderToValue(pos)}, false);
        }
    });
    connect(m_minSpin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_syncing && m_document) {
            setRange({v, m_document->displayRange(channel()).max}, true);
        }
    });
    connect(m_maxSpin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_syncing && m_document) {
            setRange({m_document->displayRange(channel()).min, v}, false);
        }
    });
    connect(m_autoButton, &QPushButton::clicked, this, &DisplayPanel::runAuto);
    connect(m_resetButton, &QPushButton::clicked, this, &DisplayPanel::resetRange);
    connect(m_saturatedSpin, &QDoubleSpinBox::valueChanged, this,
            [](double v) { Settings().setAutoContrastSaturation(v); });
    connect(m_lutCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_syncing && m_document && index >= 0) {
            ChannelView v = m_document->channelView(channel());
            v.lut = m_lutCombo->itemData(index).toString();
            m_document->setChannelView(channel(), v);
        }
    });
    connect(m_colorCombo, &QComboBox::currentIndexChanged, this, &DisplayPanel::chooseColor);
    connect(m_visibleCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing && m_document) {
            ChannelView v = m_document->channelView(channel());
            v.visible = on;
            m_document->setChannelView(channel(), v);
        }
    });
    connect(m_compositeCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing && m_document) {
            m_document->setComposite(on);
        }
    });
    connect(m_invertCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing && m_document) {
            m_document->setInverted(on);
        }
    });
    attach(nullptr);
}

DisplayPanel::~DisplayPanel()
{
    if (m_runner && m_document) {
        m_runner->cancel(QStringLiteral("display-auto@%1").arg(quintptr(m_document.data()), 0, 16));
    }
}

int DisplayPanel::channel() const
{
    return m_document ? m_document->position().c : 0;
}

bool DisplayPanel::isInteger() const
{
    return !m_document || m_document->image().pixelType() != PixelType::Float32;
}

void DisplayPanel::documentChanged(ImageDocument* previous)
{
    Q_UNUSED(previous)
    attach(document());
}

void DisplayPanel::attach(ImageDocument* document)
{
    if (m_document && m_document != document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    widget()->setEnabled(m_document != nullptr);
    if (!m_document) {
        return;
    }
    connect(m_document, &ImageDocument::positionChanged, this, [this] {
        updateScale();
        syncFromDocument();
    });
    connect(m_document, &ImageDocument::viewStateChanged, this, &DisplayPanel::syncFromDocument);
    connect(m_document, &QObject::destroyed, this, [this] { attach(nullptr); });
    m_syncing = true;
    m_channelCombo->clear();
    for (int c = 0; c < m_document->channelCount(); ++c) {
        m_channelCombo->addItem(tr("Channel %1").arg(c + 1));
    }
    m_syncing = false;
    const bool multi = m_document->channelCount() > 1;
    m_channelCombo->setVisible(multi);
    m_channelLabel->setVisible(multi);
    m_compositeCheck->setEnabled(multi);
    m_visibleCheck->setEnabled(multi);
    m_colorCombo->setEnabled(multi); // colours only matter in the composite
    const bool integer = isInteger();
    const int decimals = integer ? 0 : 4;
    const double typeMax = m_document->image().pixelType() == PixelType::UInt8 ? 255.0 : 65535.0;
    for (QDoubleSpinBox* spin : {m_minSpin, m_maxSpin}) {
        spin->setDecimals(decimals);
        spin->setRange(integer ? 0.0 : -1e9, integer ? typeMax : 1e9);
    }
    updateScale();
    syncFromDocument();
}

DisplayRange DisplayPanel::dataRange(bool exact) const
{
    const cv::Mat plane = m_document->currentPlane();
    if (m_document->image().pixelType() == PixelType::UInt8) {
        return {0.0, 255.0};
    }
    if (m_document->image().pixelType() == PixelType::Float32 && (!exact && qint64(plane.total()) > kSyncAutoPixels)) {
        // The slider scale of a large float plane: its finite extremes from a subsample (a few ms instead of a masked
        // pass over the whole plane on every plane change); Reset uses the exact range.
        return autoDisplayRange(plane, 0.0);
    }
    Expected<Image> wrapped = Image::fromPlane(plane);
    DisplayRange range = wrapped.isOk() ? valueRange(wrapped.value()) : DisplayRange{0.0, 1.0};
    if (!std::isfinite(range.min) || !std::isfinite(range.max)) {
        range = autoDisplayRange(plane, 0.0); // ±∞ in a float plane: the finite extremes (subsampled)
    }
    return range;
}

void DisplayPanel::updateScale()
{
    if (!m_document) {
        return;
    }
    m_dataRange = dataRange(false);
    const DisplayRange range = m_document->displayRange(channel());
    m_scale = {std::min(m_dataRange.min, range.min), std::max(m_dataRange.max, range.max)};
    if (!(m_scale.max > m_scale.min)) {
        m_scale.max = m_scale.min + 1.0;
    }
    if (!isInteger()) {
        const double span = m_scale.max - m_scale.min;
        const int decimals = std::clamp(4 - int(std::floor(std::log10(span))), 2, 10);
        const double step = std::pow(10.0, -decimals + 1);
        for (QDoubleSpinBox* spin : {m_minSpin, m_maxSpin}) {
            spin->setDecimals(decimals);
            spin->setSingleStep(step);
        }
    }
}

double DisplayPanel::sliderToValue(int position) const
{
    const double v = m_scale.min + (m_scale.max - m_scale.min) * double(position) / sliderSteps();
    return isInteger() ? std::round(v) : v;
}

int DisplayPanel::valueToSlider(double value) const
{
    const double f = (value - m_scale.min) / (m_scale.max - m_scale.min);
    return std::clamp(int(std::lround(f * sliderSteps())), 0, sliderSteps());
}

void DisplayPanel::setRange(DisplayRange range, bool minMoved)
{
    if (!m_document || !std::isfinite(range.min) || !std::isfinite(range.max)) {
        return;
    }
    const double gap = isInteger() ? 1.0 : (m_scale.max - m_scale.min) / sliderSteps();
    if (range.max - range.min < gap) {
        // The moved end pushes the other one, as in ImageJ's B&C.
        if (minMoved) {
            range.max = range.min + gap;
        } else {
            range.min = range.max - gap;
        }
    }
    m_document->setDisplayRange(channel(), range);
}

void DisplayPanel::syncFromDocument()
{
    if (!m_document) {
        return;
    }
    const ChannelView view = m_document->channelView(channel());
    if (view.range.min < m_scale.min || view.range.max > m_scale.max) {
        updateScale();
    }
    m_syncing = true;
    m_channelCombo->setCurrentIndex(channel());
    if (!m_minSlider->isSliderDown()) {
        m_minSlider->setValue(valueToSlider(view.range.min));
    }
    if (!m_maxSlider->isSliderDown()) {
        m_maxSlider->setValue(valueToSlider(view.range.max));
    }
    m_minSpin->setValue(view.range.min);
    m_maxSpin->setValue(view.range.max);
    m_lutCombo->setCurrentIndex(std::max(0, m_lutCombo->findData(view.lut)));
    int colorIndex = -1;
    for (int i = 0; i < m_colorCombo->count(); ++i) {
        if (m_colorCombo->itemData(i).value<QColor>() == view.color &&
            m_colorCombo->itemData(i).userType() == QMetaType::QColor) {
            colorIndex = i;
            break;
        }
    }
    if (colorIndex < 0) {
        // A colour that is not a preset: shown as its own entry before "Other…".
        const int other = m_colorCombo->count() - 1;
        if (other > 7) {
            m_colorCombo->removeItem(7);
        }
        m_colorCombo->insertItem(7, swatch(view.color), view.color.name(), view.color);
        colorIndex = 7;
    }
    m_colorCombo->setCurrentIndex(colorIndex);
    m_visibleCheck->setChecked(view.visible);
    m_compositeCheck->setChecked(m_document->isComposite());
    m_invertCheck->setChecked(m_document->isInverted());
    m_syncing = false;
}

void DisplayPanel::chooseColor(int index)
{
    if (m_syncing || !m_document || index < 0) {
        return;
    }
    ChannelView v = m_document->channelView(channel());
    const QVariant data = m_colorCombo->itemData(index);
    if (data.userType() == QMetaType::QColor) {
        v.color = data.value<QColor>();
    } else {
        const QColor chosen = QColorDialog::getColor(v.color, this, tr("Channel Colour"));
        if (chosen.isValid()) {
            v.color = chosen;
        }
    }
    m_document->setChannelView(channel(), v);
    syncFromDocument(); // the combo shows the colour in effect (also after a cancelled dialog)
}

void DisplayPanel::runAuto()
{
    if (!m_document) {
        return;
    }
    const double fraction = m_saturatedSpin->value() / 100.0;
    const cv::Mat plane = m_document->currentPlane();
    const PlanePosition position = m_document->position();
    QPointer<ImageDocument> guard(m_document);
    auto apply = [this, guard, position](const DisplayRange& range) {
        if (guard && guard == m_document && m_document->position() == position) {
            m_document->setDisplayRange(position.c, range);
            emit autoApplied(range);
        }
    };
    if (!m_runner || qint64(plane.total()) <= kSyncAutoPixels) {
        apply(autoDisplayRange(plane, fraction));
        return;
    }
    m_runner->run<DisplayRange>(
        QStringLiteral("display-auto@%1").arg(quintptr(m_document.data()), 0, 16),
        [plane, fraction](TaskContext&) { return autoDisplayRange(plane, fraction); }, this, apply);
}

void DisplayPanel::resetRange()
{
    if (!m_document) {
        return;
    }
    DisplayRange range = dataRange(true);
    if (!(range.max > range.min)) {
        range.max = range.min + 1.0;
    }
    m_document->setDisplayRange(channel(), range);
}

} // namespace tessera
