#include "ui/threshold/ThresholdPanel.h"

#include "core/task/TaskContext.h"
#include "core/threshold/ManualThreshold.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/commands/MaskCommands.h"
#include "ui/document/commands/ParameterCommands.h"
#include "ui/threshold/TryAllDialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace tessera {

namespace {
/** Planes with more pixels compute auto levels on the runner; smaller ones at once (a histogram pass of < ~2 ms). */
constexpr qint64 kSyncLevelsPixels = 1024 * 1024;
constexpr int kLocalDebounceMs = 150;

QIcon colorIcon(const QColor& color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    return QIcon(pixmap);
}
} // namespace

ThresholdPanel::ThresholdPanel(TaskRunner* runner, QWidget* parent)
    : DocumentPanel(tr("Threshold"), QStringLiteral("thresholdPanel"), parent), m_runner(runner)
{
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* top = new QFormLayout;
    m_mode = new QComboBox(body);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("Global"), int(ThresholdSettings::Mode::Global));
    m_mode->addItem(tr("Local"), int(ThresholdSettings::Mode::Local));
    m_mode->setToolTip(tr("Global: one pair of levels for the whole plane (ImageJ's Threshold). Local: each pixel "
                          "compared with its neighbourhood (Fiji's Auto Local Threshold)."));
    top->addRow(tr("Mode:"), m_mode);
    m_dark = new QCheckBox(tr("Dark background"), body);
    m_dark->setObjectName(QStringLiteral("darkBackgroundCheck"));
    m_dark->setToolTip(tr("Objects are bright on a dark background (ImageJ's \"dark\"); off: dark objects on a light "
                          "background."));
    top->addRow(m_dark);
    m_preview = new QCheckBox(tr("Show on image"), body);
    m_preview->setObjectName(QStringLiteral("previewCheck"));
    m_preview->setToolTip(tr("Colour the thresholded pixels on the image (turned on by any change in this panel)"));
    top->addRow(m_preview);
    layout->addLayout(top);

    m_pages = new QStackedWidget(body);
    m_pages->addWidget(buildGlobalPage());
    m_pages->addWidget(buildLocalPage());
    layout->addWidget(m_pages);

    auto* bottom = new QHBoxLayout;
    m_color = new QToolButton(body);
    m_color->setObjectName(QStringLiteral("colorButton"));
    m_color->setText(tr("Colour…"));
    m_color->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_color->setToolTip(tr("Colour of the threshold overlay on the image"));
    m_apply = new QPushButton(tr("Apply"), body);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Make the thresholded pixels the document's binary mask layer (undoable); segmentation "
                           "and measurements use it."));
    bottom->addWidget(m_color);
    bottom->addStretch(1);
    bottom->addWidget(m_apply);
    layout->addLayout(bottom);
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("thresholdStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    setScrollableWidget(body);

    m_localTimer = new QTimer(this);
    m_localTimer->setSingleShot(true);
    m_localTimer->setInterval(kLocalDebounceMs);
    connect(m_localTimer, &QTimer::timeout, this, &ThresholdPanel::runLocalPreview);

    connect(m_mode, &QComboBox::activated, this, [this] {
        ThresholdSettings s = settings();
        s.mode = ThresholdSettings::Mode(m_mode->currentData().toInt());
        push(s, tr("Threshold mode: %1").arg(m_mode->currentText()));
    });
    connect(m_dark, &QCheckBox::toggled, this, [this](bool dark) {
        if (m_updating) {
            return;
        }
        ThresholdSettings s = settings();
        s.darkBackground = dark;
        s.local.darkBackground = dark;
        if (s.mode == ThresholdSettings::Mode::Global && s.method != manualMethodName()) {
            computeLevels(s);
        } else {
            push(s, dark ? tr("Dark background") : tr("Light background"));
        }
    });
    connect(m_preview, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating) {
            ThresholdSettings s = settings();
            s.preview = on;
            push(s, on ? tr("Show threshold") : tr("Hide threshold"), 0, false);
        }
    });
    connect(m_color, &QToolButton::clicked, this, &ThresholdPanel::chooseColor);
    connect(m_apply, &QPushButton::clicked, this, &ThresholdPanel::apply);
    setEnabled(false);
}

ThresholdPanel::~ThresholdPanel() = default;

QWidget* ThresholdPanel::buildGlobalPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_method = new QComboBox(page);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItems(thresholdMethodNames());
    m_method->addItem(manualMethodName());
    m_method->setItemText(m_method->count() - 1, tr("Manual"));
    for (int i = 0; i < m_method->count(); ++i) {
        m_method->setItemData(i, i + 1 < m_method->count() ? thresholdMethodNames().at(i) : manualMethodName());
    }
    m_method->setToolTip(tr("Automatic method (ImageJ's names) whose levels are set, or Manual for levels set by "
                            "hand. Moving a slider switches to Manual."));
    form->addRow(tr("Method:"), m_method);
    m_histogram = new QComboBox(page);
    m_histogram->setObjectName(QStringLiteral("histogramCombo"));
    m_histogram->addItem(tr("ImageJ (256 bins)"));
    m_histogram->addItem(tr("Full 16-bit (65536 bins)"));
    m_histogram->setToolTip(tr("Histogram the automatic methods run on: ImageJ's 256 bins between the plane's min and "
                               "max, or every level of a 16-bit plane (8-bit and float planes always use 256)."));
    form->addRow(tr("Histogram:"), m_histogram);

    auto makeLevelRow = [this, page, form](bool lower) {
        auto* slider = new QSlider(Qt::Horizontal, page);
        auto* spin = new QDoubleSpinBox(page);
        slider->setObjectName(lower ? QStringLiteral("lowerSlider") : QStringLiteral("upperSlider"));
        spin->setObjectName(lower ? QStringLiteral("lowerSpin") : QStringLiteral("upperSpin"));
        slider->setToolTip(lower ? tr("Lower level: pixels below it are background (drag for Manual)")
                                 : tr("Upper level: pixels above it are background (drag for Manual)"));
        spin->setToolTip(lower ? tr("Lower level in image units (inclusive)")
                               : tr("Upper level in image units (inclusive)"));
        spin->setKeyboardTracking(false);
        auto* row = new QHBoxLayout;
        row->addWidget(slider, 1);
        row->addWidget(spin);
        form->addRow(lower ? tr("Lower:") : tr("Upper:"), row);
        connect(slider, &QSlider::sliderPressed, this, [this] { m_dragGesture = newGestureId(); });
        connect(slider, &QSlider::sliderReleased, this, [this] { m_dragGesture = 0; });
        connect(slider, &QSlider::valueChanged, this, [this, lower](int position) {
            if (!m_updating) {
                setLevelFromControl(lower, sliderToValue(position), m_dragGesture);
            }
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, lower](double value) {
            if (!m_updating) {
                if (m_spinGesture == 0) {
                    m_spinGesture = newGestureId();
                }
                setLevelFromControl(lower, value, m_spinGesture);
            }
        });
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this] { m_spinGesture = 0; });
        (lower ? m_lowerSlider : m_upperSlider) = slider;
        (lower ? m_lowerSpin : m_upperSpin) = spin;
    };
    makeLevelRow(true);
    makeLevelRow(false);

    m_tryAllButton = new QPushButton(tr("Try All…"), page);
    m_tryAllButton->setObjectName(QStringLiteral("tryAllButton"));
    m_tryAllButton->setToolTip(tr("Show every method's mask on the current plane; click one to use it"));
    form->addRow(m_tryAllButton);

    connect(m_method, &QComboBox::activated, this, [this] {
        ThresholdSettings s = settings();
        s.method = m_method->currentData().toString();
        if (s.method == manualMethodName()) {
            push(s, tr("Threshold method: Manual"));
        } else {
            computeLevels(s);
        }
    });
    connect(m_histogram, &QComboBox::activated, this, [this](int index) {
        ThresholdSettings s = settings();
        s.fullHistogram = index == 1;
        if (s.method != manualMethodName()) {
            computeLevels(s);
        } else {
            push(s, tr("Threshold histogram: %1").arg(m_histogram->currentText()));
        }
    });
    connect(m_tryAllButton, &QPushButton::clicked, this, &ThresholdPanel::openTryAll);
    return page;
}

QWidget* ThresholdPanel::buildLocalPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_localMethod = new QComboBox(page);
    m_localMethod->setObjectName(QStringLiteral("localMethodCombo"));
    m_localMethod->addItems(localThresholdMethodNames());
    m_localMethod->setToolTip(tr("Local method (Fiji's Auto Local Threshold names)"));
    form->addRow(tr("Method:"), m_localMethod);
    m_radius = new QSpinBox(page);
    m_radius->setObjectName(QStringLiteral("radiusSpin"));
    m_radius->setRange(1, 1000);
    m_radius->setSuffix(tr(" px"));
    m_radius->setKeyboardTracking(false);
    m_radius->setToolTip(tr("Radius of the circular neighbourhood in pixels"));
    form->addRow(tr("Radius:"), m_radius);
    m_param1 = new QDoubleSpinBox(page);
    m_param1->setObjectName(QStringLiteral("parameter1Spin"));
    m_param2 = new QDoubleSpinBox(page);
    m_param2->setObjectName(QStringLiteral("parameter2Spin"));
    for (QDoubleSpinBox* spin : {m_param1, m_param2}) {
        spin->setRange(-1e6, 1e6);
        spin->setDecimals(3);
        spin->setKeyboardTracking(false);
    }
    m_param1->setToolTip(tr("Fiji's parameter 1 (Bernsen: contrast threshold; Mean, Median, MidGrey: C; Niblack, "
                            "Phansalkar, Sauvola: k), in 8-bit units"));
    m_param2->setToolTip(tr("Fiji's parameter 2 (Niblack: C; Phansalkar, Sauvola: r)"));
    form->addRow(tr("Parameter 1:"), m_param1);
    form->addRow(tr("Parameter 2:"), m_param2);

    connect(m_localMethod, &QComboBox::activated, this, [this] {
        ThresholdSettings s = settings();
        s.local.method = *localThresholdMethodFromName(m_localMethod->currentText());
        s.local.parameter1.reset();
        s.local.parameter2.reset();
        push(s, tr("Local method: %1").arg(m_localMethod->currentText()));
    });
    connect(m_radius, &QSpinBox::valueChanged, this, [this](int radius) {
        if (!m_updating) {
            ThresholdSettings s = settings();
            s.local.radius = radius;
            push(s, tr("Local radius: %1").arg(radius));
        }
    });
    for (QDoubleSpinBox* spin : {m_param1, m_param2}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin](double value) {
            if (!m_updating) {
                ThresholdSettings s = settings();
                (spin == m_param1 ? s.local.parameter1 : s.local.parameter2) = value;
                push(s, tr("Local parameter: %1").arg(value));
            }
        });
    }
    return page;
}

TryAllDialog* ThresholdPanel::tryAllDialog() const
{
    return m_tryAll;
}

QString ThresholdPanel::levelsTaskKey() const
{
    return document() ? document()->taskKey(AnalysisKind::Threshold) + QStringLiteral("-levels") : QString();
}

QString ThresholdPanel::tryAllTaskKey() const
{
    return document() ? document()->taskKey(AnalysisKind::Threshold) + QStringLiteral("-tryall") : QString();
}

ThresholdSettings ThresholdPanel::settings() const
{
    return document() ? document()->parameters<ThresholdSettings>(AnalysisKind::Threshold) : ThresholdSettings{};
}

void ThresholdPanel::push(ThresholdSettings s, const QString& text, quint64 gesture, bool showPreview)
{
    if (document()) {
        if (showPreview) {
            s.preview = true; // working with the panel shows the preview
        }
        document()->undoStack()->push(
            new SetParametersCommand<ThresholdSettings>(document(), AnalysisKind::Threshold, s, text, gesture));
    }
}

void ThresholdPanel::documentChanged(ImageDocument* previous)
{
    Q_UNUSED(previous)
    m_localTimer->stop();
    if (m_tryAll) {
        m_tryAll->close();
    }
    setEnabled(document() != nullptr);
    if (!document()) {
        return;
    }
    connect(document(), &ImageDocument::parametersChanged, this, [this](AnalysisKind kind) {
        if (kind == AnalysisKind::Threshold) {
            refresh();
            scheduleLocalPreview();
        }
    });
    connect(document(), &ImageDocument::positionChanged, this, [this] {
        updateRange();
        refresh();
        scheduleLocalPreview();
        const ThresholdSettings s = settings();
        if (s.mode == ThresholdSettings::Mode::Global && thresholdMethodFromName(s.method)) {
            // Automatic levels belong to the plane they were computed on: recompute them for the new plane, as
            // ImageJ's dialog does when the slice changes (not an undo step). Manual levels stay.
            computeLevels(s, false);
        }
    });
    updateRange();
    refresh();
    if (!settings().levelsSet) {
        // First use on this document: the Default method's levels, as ImageJ's dialog opens (not an undo step).
        computeLevels(settings(), false);
    }
}

void ThresholdPanel::updateRange()
{
    if (!document()) {
        return;
    }
    const PixelType type = document()->image().pixelType();
    m_isFloat = type == PixelType::Float32;
    const cv::Mat plane = document()->currentPlane();
    if (type == PixelType::UInt8) {
        m_range = {0.0, 255.0};
    } else {
        Expected<Image> wrapped = Image::fromPlane(plane);
        m_range = wrapped.isOk() ? valueRange(wrapped.value()) : DisplayRange{0.0, 1.0};
        if (!std::isfinite(m_range.min) || !std::isfinite(m_range.max)) {
            m_range = autoDisplayRange(plane, 0.0);
        }
    }
    if (!(m_range.max > m_range.min)) {
        m_range.max = m_range.min + 1.0;
    }
    m_updating = true;
    for (QSlider* slider : {m_lowerSlider, m_upperSlider}) {
        slider->setRange(m_isFloat ? 0 : int(m_range.min), m_isFloat ? sliderSteps() : int(m_range.max));
    }
    const double typeMax = type == PixelType::UInt8 ? 255.0 : 65535.0;
    for (QDoubleSpinBox* spin : {m_lowerSpin, m_upperSpin}) {
        spin->setDecimals(m_isFloat ? 4 : 0);
        spin->setRange(m_isFloat ? -1e30 : 0.0, m_isFloat ? 1e30 : typeMax);
    }
    m_histogram->setEnabled(type == PixelType::UInt16);
    m_updating = false;
}

double ThresholdPanel::sliderToValue(int position) const
{
    if (!m_isFloat) {
        return position;
    }
    return m_range.min + (m_range.max - m_range.min) * position / sliderSteps();
}

int ThresholdPanel::valueToSlider(double value) const
{
    if (!m_isFloat) {
        return int(std::lround(std::clamp(value, m_range.min, m_range.max)));
    }
    const double f = (value - m_range.min) / (m_range.max - m_range.min);
    return int(std::lround(std::clamp(f, 0.0, 1.0) * sliderSteps()));
}

void ThresholdPanel::refresh()
{
    if (!document()) {
        return;
    }
    const ThresholdSettings s = settings();
    m_updating = true;
    m_mode->setCurrentIndex(m_mode->findData(int(s.mode)));
    m_pages->setCurrentIndex(s.mode == ThresholdSettings::Mode::Global ? 0 : 1);
    m_method->setCurrentIndex(m_method->findData(s.method));
    m_dark->setChecked(s.darkBackground);
    m_preview->setChecked(s.preview);
    m_histogram->setCurrentIndex(s.fullHistogram ? 1 : 0);
    if (!m_lowerSlider->isSliderDown()) {
        m_lowerSlider->setValue(valueToSlider(s.lower));
    }
    if (!m_upperSlider->isSliderDown()) {
        m_upperSlider->setValue(valueToSlider(s.upper));
    }
    m_lowerSpin->setValue(s.lower);
    m_upperSpin->setValue(s.upper);
    m_localMethod->setCurrentText(localThresholdMethodName(s.local.method));
    m_radius->setValue(s.local.radius);
    m_param1->setValue(s.local.effectiveParameter1());
    m_param2->setValue(s.local.effectiveParameter2());
    m_color->setIcon(colorIcon(s.color));
    m_updating = false;
}

void ThresholdPanel::setLevelFromControl(bool lower, double value, quint64 gesture)
{
    ThresholdSettings s = settings();
    s.method = manualMethodName();
    s.levelsSet = true;
    (lower ? s.lower : s.upper) = value;
    if (s.lower > s.upper) {
        (lower ? s.upper : s.lower) = value; // the other level follows, as in ImageJ
    }
    push(s, lower ? tr("Lower level: %1").arg(value) : tr("Upper level: %1").arg(value), gesture);
}

void ThresholdPanel::computeLevels(ThresholdSettings s, bool undoable)
{
    ImageDocument* doc = document();
    const std::optional<ThresholdMethod> method = thresholdMethodFromName(s.method);
    if (!doc || !method) {
        return;
    }
    AutoThresholdParams params;
    params.method = *method;
    params.darkBackground = s.darkBackground;
    params.fullHistogram = s.fullHistogram && doc->image().pixelType() == PixelType::UInt16;
    const cv::Mat plane = doc->currentPlane();
    auto work = [plane, params](TaskContext& task) { return computeAutoThreshold(plane, cv::Mat(), params, task); };
    auto done = [this, s, undoable](const ThresholdResult& r) mutable {
        s.lower = r.lower;
        s.upper = r.upper;
        s.levelsSet = true;
        if (undoable) {
            push(s, tr("Threshold method: %1").arg(s.method));
        } else if (document()) {
            document()->setParameters(AnalysisKind::Threshold, s);
        }
        m_status->setText(r.found ? QString()
                                  : tr("%1 found no threshold; ImageJ's fallback levels are used.").arg(s.method));
        emit levelsComputed();
    };
    if (qint64(plane.total()) <= kSyncLevelsPixels || !m_runner) {
        TaskContext task;
        const Expected<ThresholdResult> r = work(task);
        if (r.isOk()) {
            done(r.value());
        } else {
            m_status->setText(r.status().message());
        }
        return;
    }
    m_runner->run<Expected<ThresholdResult>>(levelsTaskKey(), work, this, done,
                                             [this](const QString& message) { m_status->setText(message); });
}

void ThresholdPanel::scheduleLocalPreview()
{
    ImageDocument* doc = document();
    if (!doc || settings().mode != ThresholdSettings::Mode::Local) {
        return;
    }
    if (doc->hasResult(AnalysisKind::Threshold) && !doc->isStale(AnalysisKind::Threshold)) {
        return;
    }
    m_localTimer->start();
}

void ThresholdPanel::runLocalPreview()
{
    ImageDocument* doc = document();
    if (!doc || !m_runner) {
        return;
    }
    const ResultStamp stamp = doc->stamp(AnalysisKind::Threshold);
    const LocalThresholdParams params = settings().local;
    const cv::Mat plane = doc->currentPlane();
    m_status->setText(tr("Computing the local threshold…"));
    QPointer<ImageDocument> guard(doc);
    m_runner->run<Expected<cv::Mat>>(
        doc->taskKey(AnalysisKind::Threshold),
        [plane, params](TaskContext& task) { return computeLocalThreshold(plane, params, task); }, this,
        [this, guard, stamp](const cv::Mat& mask) {
            if (guard) {
                guard->setResult(AnalysisKind::Threshold,
                                 std::make_shared<const LocalThresholdPreview>(LocalThresholdPreview{mask}), stamp);
                m_status->clear();
                emit localPreviewComputed();
            }
        },
        [this](const QString& message) { m_status->setText(message); });
}

void ThresholdPanel::apply()
{
    ImageDocument* doc = document();
    if (!doc) {
        return;
    }
    const ThresholdSettings s = settings();
    const PlanePosition plane = doc->position();
    if (s.mode == ThresholdSettings::Mode::Local) {
        const auto preview = doc->result<LocalThresholdPreview>(AnalysisKind::Threshold);
        if (preview && !doc->isStale(AnalysisKind::Threshold)) {
            doc->undoStack()->push(new SetMaskLayerCommand(doc, preview->mask, plane, tr("Apply local threshold")));
        } else {
            m_status->setText(tr("The local preview is still being computed; apply again when it is shown."));
            m_localTimer->stop();
            runLocalPreview();
        }
        return;
    }
    if (!s.levelsSet) {
        m_status->setText(tr("Set the levels first."));
        return;
    }
    TaskContext task;
    const Expected<cv::Mat> mask =
        applyThreshold(doc->currentPlane(), cv::Mat(), ManualThresholdParams{s.lower, s.upper}, task);
    if (!mask.isOk()) {
        m_status->setText(mask.status().message());
        return;
    }
    doc->undoStack()->push(new SetMaskLayerCommand(doc, mask.value(), plane, tr("Apply threshold")));
}

void ThresholdPanel::openTryAll()
{
    ImageDocument* doc = document();
    if (!doc || !m_runner) {
        return;
    }
    if (!m_tryAll) {
        m_tryAll = new TryAllDialog(this);
        connect(m_tryAll, &TryAllDialog::cancelRequested, this, [this] {
            m_runner->cancel(tryAllTaskKey());
            m_tryAll->finishWithMessage(tr("Cancelled."));
        });
        connect(m_tryAll, &TryAllDialog::methodPicked, this, [this](const QString& method) {
            for (const TryAllEntry& e : m_tryAll->entries()) {
                if (e.method == method) {
                    ThresholdSettings s = settings();
                    s.mode = ThresholdSettings::Mode::Global;
                    s.method = method;
                    s.lower = e.levels.lower;
                    s.upper = e.levels.upper;
                    s.levelsSet = true;
                    push(s, tr("Threshold method: %1").arg(method));
                }
            }
        });
    }
    const ThresholdSettings s = settings();
    const bool full = s.fullHistogram && doc->image().pixelType() == PixelType::UInt16;
    const bool isFloat = doc->image().pixelType() == PixelType::Float32;
    const cv::Mat plane = doc->currentPlane();
    const bool dark = s.darkBackground;
    m_tryAll->start();
    m_tryAll->show();
    QPointer<TryAllDialog> dialog = m_tryAll;
    m_runner->run<Expected<std::vector<TryAllEntry>>>(
        tryAllTaskKey(), [plane, dark, full](TaskContext& task) { return computeTryAll(plane, dark, full, 160, task); },
        m_tryAll,
        [dialog, isFloat](const std::vector<TryAllEntry>& entries) {
            if (dialog) {
                dialog->setEntries(entries, isFloat);
            }
        },
        [dialog](const QString& message) {
            if (dialog) {
                dialog->finishWithMessage(message);
            }
        },
        [dialog](double fraction, const QString& message) {
            if (dialog) {
                dialog->setProgress(fraction, message);
            }
        });
}

void ThresholdPanel::chooseColor()
{
    ThresholdSettings s = settings();
    const QColor color = QColorDialog::getColor(s.color, this, tr("Threshold Overlay Colour"));
    if (color.isValid()) {
        s.color = color;
        push(s, tr("Threshold colour"));
    }
}

} // namespace tessera
