// The Segment panel's widgets and the summary text (the logic is in SegmentationPanel.cpp).

#include "ui/app/DisplayNumber.h"
#include "ui/async/TaskRunner.h"
#include "ui/segmentation/PreprocessEditor.h"
#include "ui/segmentation/SegmentationPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace tessera {
namespace {
// Gesture ids of the panel's spin boxes (consecutive edits of one box merge into one undo step).
constexpr quint64 kToleranceGesture = 0x5e910001;
constexpr quint64 kMinDistanceGesture = 0x5e910002;
constexpr quint64 kMinSizeGesture = 0x5e910003;
constexpr quint64 kMaxSizeGesture = 0x5e910004;
constexpr quint64 kRefineGesture = 0x5e910005;
} // namespace

QWidget* SegmentationPanel::buildForm()
{
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);

    auto* preBox = new QGroupBox(tr("Pre-processing"), body);
    auto* preLayout = new QVBoxLayout(preBox);
    m_pre = new PreprocessEditor(preBox);
    preLayout->addWidget(m_pre);
    layout->addWidget(preBox);
    connect(m_pre, &PreprocessEditor::chainEdited, this,
            [this](const PreprocessChain& chain, const QString& text, quint64 gesture) {
                SegmentationParams p = stored();
                p.preprocess = chain;
                push(p, text, gesture);
            });

    m_maskSource = new QLabel(body);
    m_maskSource->setObjectName(QStringLiteral("maskSourceLabel"));
    m_maskSource->setWordWrap(true);
    layout->addWidget(m_maskSource);

    auto* splitBox = new QGroupBox(tr("Objects"), body);
    auto* form = new QFormLayout(splitBox);
    m_fillHoles = new QCheckBox(tr("Fill holes"), splitBox);
    m_fillHoles->setObjectName(QStringLiteral("fillHolesCheck"));
    m_fillHoles->setToolTip(tr("Fill holes inside objects (background not connected to the image border)"));
    form->addRow(m_fillHoles);
    m_watershed = new QComboBox(splitBox);
    m_watershed->setObjectName(QStringLiteral("watershedCombo"));
    m_watershed->addItem(tr("Off (connected particles)"), int(WatershedMode::None));
    m_watershed->addItem(tr("Distance map"), int(WatershedMode::DistanceTransform));
    m_watershed->addItem(tr("ImageJ (Binary > Watershed)"), int(WatershedMode::ImageJ));
    m_watershed->addItem(tr("Intensity"), int(WatershedMode::Intensity));
    m_watershed->setToolTip(tr("How touching objects are split: seeds on the distance map (scikit-image's recipe), "
                               "ImageJ's seed rule and object count, or seeds on the pre-processed intensities"));
    form->addRow(tr("Watershed:"), m_watershed);
    m_tolerance = new QDoubleSpinBox(splitBox);
    m_tolerance->setObjectName(QStringLiteral("toleranceSpin"));
    m_tolerance->setRange(0, 1e6);
    m_tolerance->setDecimals(2);
    m_tolerance->setKeyboardTracking(false);
    m_tolerance->setToolTip(tr("Seed prominence: a maximum is a seed only if it stands this much above the saddle to "
                               "a higher one (pixels on the distance map, image units for intensity)"));
    form->addRow(tr("Seed tolerance:"), m_tolerance);
    m_minDistance = new QSpinBox(splitBox);
    m_minDistance->setObjectName(QStringLiteral("minDistanceSpin"));
    m_minDistance->setRange(0, 10000);
    m_minDistance->setSuffix(tr(" px"));
    m_minDistance->setKeyboardTracking(false);
    m_minDistance->setToolTip(
        tr("Seeds at least this far apart (scikit-image's peak_local_max min_distance; 0 = off)"));
    form->addRow(tr("Seed min. distance:"), m_minDistance);

    m_minSize = new QDoubleSpinBox(splitBox);
    m_minSize->setObjectName(QStringLiteral("minSizeSpin"));
    m_minSize->setRange(0, 1e12);
    m_minSize->setDecimals(2);
    m_minSize->setKeyboardTracking(false);
    m_maxSize = new QDoubleSpinBox(splitBox);
    m_maxSize->setObjectName(QStringLiteral("maxSizeSpin"));
    m_maxSize->setRange(0, 1e12);
    m_maxSize->setDecimals(2);
    m_maxSize->setSpecialValueText(tr("no limit"));
    m_maxSize->setKeyboardTracking(false);
    m_sizeUnit = new QComboBox(splitBox);
    m_sizeUnit->setObjectName(QStringLiteral("sizeUnitCombo"));
    m_sizeUnit->addItem(tr("pixels"), int(SizeUnit::Pixels));
    m_sizeUnit->addItem(tr("calibrated"), int(SizeUnit::Calibrated));
    m_minSize->setToolTip(tr("Objects smaller than this are removed"));
    m_maxSize->setToolTip(tr("Objects larger than this are removed (0 = no limit)"));
    m_sizeUnit->setToolTip(tr("Sizes in pixels or in the image's calibrated unit²"));
    for (QWidget* w : {static_cast<QWidget*>(m_minSize), static_cast<QWidget*>(m_maxSize),
                       static_cast<QWidget*>(m_tolerance), static_cast<QWidget*>(m_minDistance)}) {
        w->setMinimumWidth(80); // the long ranges' size hints would widen the dock
    }
    form->addRow(tr("Min. size:"), m_minSize);
    form->addRow(tr("Max. size:"), m_maxSize);
    form->addRow(tr("Size unit:"), m_sizeUnit);
    m_excludeEdges = new QCheckBox(tr("Exclude objects on edges"), splitBox);
    m_excludeEdges->setObjectName(QStringLiteral("excludeEdgesCheck"));
    m_excludeEdges->setToolTip(tr("Remove objects that touch the image border"));
    form->addRow(m_excludeEdges);
    m_refine = new QCheckBox(tr("Refine outlines to intensity edges"), splitBox);
    m_refine->setObjectName(QStringLiteral("refineCheck"));
    m_refine->setToolTip(tr("Move each outline to the steepest edge of the pre-processed plane within the distance "
                            "(same objects, independent of the threshold level)"));
    m_refineDistance = new QDoubleSpinBox(splitBox);
    m_refineDistance->setObjectName(QStringLiteral("refineDistanceSpin"));
    m_refineDistance->setRange(0.5, 50);
    m_refineDistance->setDecimals(1);
    m_refineDistance->setSuffix(tr(" px"));
    m_refineDistance->setKeyboardTracking(false);
    m_refineDistance->setToolTip(tr("How far an outline may move inward or outward"));
    auto* refine = new QHBoxLayout;
    refine->addWidget(m_refine, 1);
    refine->addWidget(m_refineDistance);
    form->addRow(refine);
    layout->addWidget(splitBox);

    // The footer (outside the scroll area): what the user does and sees last.
    m_footer = new QWidget(this);
    auto* footer = new QVBoxLayout(m_footer);
    footer->setContentsMargins(6, 4, 6, 4); // always shown: as little height as it can do with
    m_preview = new QCheckBox(tr("Preview seeds and outlines on the image"), body);
    m_preview->setObjectName(QStringLiteral("previewCheck"));
    m_preview->setChecked(true);
    m_preview->setToolTip(tr("Segment the visible part of the image while parameters change and draw its seeds "
                             "(crosses) and outlines"));
    footer->addWidget(m_preview);
    auto* runRow = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), body);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setToolTip(tr("Segment the whole plane; the objects become the document's label layer (undoable)"));
    m_cancel = new QPushButton(tr("Cancel"), body);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the running segmentation"));
    m_progress = new QProgressBar(body);
    m_progress->setObjectName(QStringLiteral("segmentProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    footer->addLayout(runRow);
    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("segmentCountLabel"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    footer->addWidget(m_count);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    footer->addWidget(m_summary);
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("segmentStatus"));
    m_status->setWordWrap(true);
    footer->addWidget(m_status);
    layout->addStretch(1);

    // Edits → commands.
    auto onCheck = [this](QCheckBox* box, auto setter, const QString& on, const QString& off) {
        connect(box, &QCheckBox::toggled, this, [this, setter, on, off](bool checked) {
            if (!m_updating) {
                SegmentationParams p = stored();
                setter(p, checked);
                push(p, checked ? on : off);
            }
        });
    };
    onCheck(
        m_fillHoles, [](SegmentationParams& p, bool v) { p.fillHoles = v; }, tr("Fill holes on"), tr("Fill holes off"));
    onCheck(
        m_excludeEdges, [](SegmentationParams& p, bool v) { p.excludeEdges = v; }, tr("Exclude edge objects"),
        tr("Keep edge objects"));
    onCheck(
        m_refine, [](SegmentationParams& p, bool v) { p.refineOutlines = v; }, tr("Refine outlines on"),
        tr("Refine outlines off"));
    connect(m_watershed, &QComboBox::activated, this, [this] {
        SegmentationParams p = stored();
        p.watershed = WatershedMode(m_watershed->currentData().toInt());
        push(p, tr("Watershed: %1").arg(m_watershed->currentText()));
    });
    connect(m_sizeUnit, &QComboBox::activated, this, [this] {
        SegmentationParams p = stored();
        p.sizeUnit = SizeUnit(m_sizeUnit->currentData().toInt());
        push(p, tr("Size unit: %1").arg(m_sizeUnit->currentText()));
    });
    auto onReal = [this](QDoubleSpinBox* spin, auto setter, const QString& text, quint64 gesture) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, setter, text, gesture](double v) {
            if (!m_updating) {
                SegmentationParams p = stored();
                setter(p, v);
                push(p, text.arg(v), gesture);
            }
        });
    };
    onReal(
        m_tolerance, [](SegmentationParams& p, double v) { p.seeds.tolerance = v; }, tr("Seed tolerance: %1"),
        kToleranceGesture);
    onReal(
        m_minSize, [](SegmentationParams& p, double v) { p.minSize = v; }, tr("Minimum size: %1"), kMinSizeGesture);
    onReal(
        m_maxSize,
        [](SegmentationParams& p, double v) { p.maxSize = v > 0 ? v : std::numeric_limits<double>::infinity(); },
        tr("Maximum size: %1"), kMaxSizeGesture);
    onReal(
        m_refineDistance, [](SegmentationParams& p, double v) { p.refineDistance = v; }, tr("Refinement distance: %1"),
        kRefineGesture);
    connect(m_minDistance, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_updating) {
            SegmentationParams p = stored();
            p.seeds.minDistance = v;
            push(p, tr("Seed min. distance: %1").arg(v), kMinDistanceGesture);
        }
    });
    connect(m_preview, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            schedulePreview();
        } else {
            m_runner->cancel(previewTaskKey());
            m_overlay->clear();
        }
    });
    connect(m_run, &QPushButton::clicked, this, &SegmentationPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &SegmentationPanel::cancelRun);
    return body;
}

QString segmentationParametersSummary(const SegmentationParams& p, bool fromMaskLayer)
{
    QStringList parts;
    parts << SegmentationPanel::tr("pre %1").arg(Preprocess::toText(p.preprocess));
    if (fromMaskLayer) {
        parts << SegmentationPanel::tr("mask layer");
    } else if (p.autoThreshold) {
        parts << SegmentationPanel::tr("%1 (%2 background)")
                     .arg(thresholdMethodName(p.method),
                          p.darkBackground ? SegmentationPanel::tr("dark") : SegmentationPanel::tr("light"));
    } else {
        parts << SegmentationPanel::tr("levels %1–%2").arg(displayNumber(p.manualLower), displayNumber(p.manualUpper));
    }
    switch (p.watershed) {
    case WatershedMode::None:
        parts << SegmentationPanel::tr("no watershed");
        break;
    case WatershedMode::DistanceTransform:
        parts << SegmentationPanel::tr("distance watershed (tolerance %1, min. distance %2)")
                     .arg(displayNumber(p.seeds.tolerance), displayNumber(p.seeds.minDistance));
        break;
    case WatershedMode::ImageJ:
        parts << SegmentationPanel::tr("ImageJ watershed");
        break;
    case WatershedMode::Intensity:
        parts << SegmentationPanel::tr("intensity watershed (tolerance %1, min. distance %2)")
                     .arg(displayNumber(p.seeds.tolerance), displayNumber(p.seeds.minDistance));
        break;
    }
    if (p.fillHoles) {
        parts << SegmentationPanel::tr("holes filled");
    }
    if (p.minSize > 0 || std::isfinite(p.maxSize)) {
        parts << SegmentationPanel::tr("size %1–%2 %3")
                     .arg(displayNumber(p.minSize), displayNumber(p.maxSize),
                          p.sizeUnit == SizeUnit::Pixels ? SegmentationPanel::tr("px")
                                                         : SegmentationPanel::tr("calibrated"));
    }
    if (p.excludeEdges) {
        parts << SegmentationPanel::tr("edge objects excluded");
    }
    if (p.refineOutlines) {
        parts << SegmentationPanel::tr("outlines refined within %1 px").arg(displayNumber(p.refineDistance));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace tessera
