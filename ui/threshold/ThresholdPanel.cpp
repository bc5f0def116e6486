#include "ui/threshold/ThresholdPanel.h"

#include "core/task/TaskContext.h"
#include "core/threshold/ManualThreshold.h"
#include "ui/app/DisplayNumber.h"
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

    // Colour, Apply and the status (e.g. the levels a method gave) in a footer, visible however short the dock.
    auto* footer = new QWidget(this);
    auto* footerLayout = new QVBoxLayout(footer);
    auto* bottom = new QHBoxLayout;
    m_color = new QToolButton(footer);
    m_color->setObjectName(QStringLiteral("colorButton"));
    m_color->setText(tr("Colour…"));
    m_color->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_color->setToolTip(tr("Colour of the threshold overlay on the image"));
    m_apply = new QPushButton(tr("Apply"), footer);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Make the thresholded pixels the document's binary mask layer (undoable); segmentation "
                           "and measurements use it."));
    bottom->addWidget(m_color);
    bottom->addStretch(1);
    bottom->addWidget(m_apply);
    footerLayout->addLayout(bottom);
    m_status = new QLabel(footer);
    m_status->setObjectName(QStringLiteral("thresholdStatus"));
    m_status->setWordWrap(true);
    footerLayout->addWidget(m_status);
    layout->addStretch(1);
    setScrollableWidget(body, footer);

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
    const ThresholdSettings before = settings();
    auto work = [plane, params](TaskContext& task) { return computeAutoThreshold(plane, cv::Mat(), params, task); };
    auto done = [this, s, before, undoable](const ThresholdResult& r) mutable {
        s.lower = r.lower;
        s.upper = r.upper;
        s.levelsSet = true;
        if (undoable) {
            push(s, tr("Threshold method: %1").arg(s.method));
        } else if (document()) {
            document()->setParameters(AnalysisKind::Threshold, s);
        }
        m_status->setText(levelsStatus(s, before, r.found));
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

QString ThresholdPanel::levelsStatus(const ThresholdSettings& now, const ThresholdSettings& before, bool found) const
{
    if (!found) {
        return tr("%1 found no threshold; ImageJ's fallback levels are used.").arg(now.method);
    }
    // Always name the levels: another method giving the same levels would otherwise look as if nothing happened.
    const QString levels = tr("%1: levels %2–%3").arg(now.method, displayNumber(now.lower), displayNumber(now.upper));
    if (before.levelsSet && before.method != now.method && before.lower == now.lower && before.upper == now.upper) {
        const int index = m_method->findData(before.method);
        return tr("%1 (the same as %2).").arg(levels, index >= 0 ? m_method->itemText(index) : before.method);
    }
    return levels + QLatin1Char('.');
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
