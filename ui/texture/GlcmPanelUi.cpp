// GlcmPanel: building the controls (the run control, document sync and warnings are in GlcmPanel.cpp).
#include "ui/texture/GlcmPanel.h"

#include "ui/document/ImageDocument.h"
#include "ui/document/commands/CommandId.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>

namespace tessera {

/** "1, 3, 7" → {1, 3, 7}; nullopt when a part is not a whole number ≥ 1 or repeats. */
std::optional<std::vector<int>> GlcmPanel::parseDistances(const QString& text)
{
    std::vector<int> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (!ok || d < 1 || std::find(out.begin(), out.end(), d) != out.end()) {
            return std::nullopt;
        }
        out.push_back(d);
    }
    if (out.empty()) {
        return std::nullopt;
    }
    return out;
}

QString GlcmPanel::distancesText(const std::vector<int>& distances)
{
    QStringList parts;
    for (int d : distances) {
        parts << QString::number(d);
    }
    return parts.join(QStringLiteral(", "));
}

void GlcmPanel::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("glcmPreset"));
    m_preset->addItem(tr("Custom"));
    m_preset->addItem(tr("imagej-ops defaults (32 levels, d = 1)"));
    m_preset->addItem(tr("PyImageJ GLCM tutorial (128 levels, d = 7)"));
    m_preset->setToolTip(tr("Parameter sets of well-known workflows. \"imagej-ops defaults\" is what Fiji's Haralick "
                            "ops use unless told otherwise; the PyImageJ tutorial compares 50 × 50 crops of cells and "
                            "background with 128 gray levels at distance 7, averaged over the four directions."));
    connect(m_preset, qOverload<int>(&QComboBox::activated), this, &GlcmPanel::applyPreset);
    form->addRow(tr("&Preset:"), m_preset);

    m_levels = new QSpinBox(this);
    m_levels->setObjectName(QStringLiteral("glcmLevels"));
    m_levels->setRange(2, 65536);
    m_levels->setToolTip(tr("Number of gray levels the ROI's intensities are binned into before pixel pairs are "
                            "counted. Few levels (8–32) make the matrix well filled even for small crops; many levels "
                            "keep fine intensity differences but need large ROIs, or most cells of the matrix stay "
                            "empty and the features become noisy."));
    connect(m_levels, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) {
        GlcmParams p = currentParams();
        p.levels = v;
        pushParams(p, tr("Gray levels: %1").arg(v), m_levelsGesture);
    });
    connect(m_levels, &QSpinBox::editingFinished, this, [this] { m_levelsGesture = newGestureId(); });
    form->addRow(tr("Gray &levels:"), m_levels);

    m_distances = new QLineEdit(this);
    m_distances->setObjectName(QStringLiteral("glcmDistances"));
    m_distances->setToolTip(tr("How far apart (in pixels) the two pixels of a pair are, e.g. \"1, 3, 7\" for "
                               "several distances. Small distances describe fine grain; a distance near the size "
                               "of the structures you care about (granules, fibres) describes their spacing. "
                               "Features are computed for each distance."));
    connect(m_distances, &QLineEdit::editingFinished, this, [this] {
        const std::optional<std::vector<int>> d = parseDistances(m_distances->text());
        if (!d) {
            m_distances->setStyleSheet(QStringLiteral("color: #c00000"));
            m_status->setText(tr("Distances must be whole numbers ≥ 1 separated by commas, each once."));
            return;
        }
        m_distances->setStyleSheet(QString());
        GlcmParams p = currentParams();
        p.distances = *d;
        pushParams(p, tr("Distances: %1").arg(distancesText(*d)));
    });
    form->addRow(tr("&Distances:"), m_distances);

    auto* orientBox = new QGroupBox(tr("Orientations (averaged)"), this);
    orientBox->setObjectName(QStringLiteral("glcmOrientations"));
    orientBox->setToolTip(tr("Directions in which pairs are taken. The features of the checked directions are "
                             "averaged (the MEAN rows, as in the PyImageJ tutorial), which makes them independent "
                             "of how the cell happens to be rotated; check a single direction to study "
                             "oriented structures such as fibres."));
    auto* orientLayout = new QHBoxLayout(orientBox);
    const QString names[4] = {tr("0° →"), tr("90° ↓"), tr("45° ↗"), tr("135° ↘")};
    const QString tips[4] = {tr("Horizontal pairs: the second pixel lies to the right."),
                             tr("Vertical pairs: the second pixel lies below."),
                             tr("Diagonal pairs: the second pixel lies up and to the right."),
                             tr("Anti-diagonal pairs: the second pixel lies down and to the right.")};
    const std::vector<GlcmOrientation> all = allGlcmOrientations();
    for (int k = 0; k < 4; ++k) {
        m_orient[k] = new QCheckBox(names[k], orientBox);
        m_orient[k]->setObjectName(QStringLiteral("glcmOrientation%1").arg(glcmOrientationName(all[std::size_t(k)])));
        m_orient[k]->setToolTip(tips[k]);
        orientLayout->addWidget(m_orient[k]);
        connect(m_orient[k], &QCheckBox::toggled, this, [this] {
            GlcmParams p = currentParams();
            p.orientations.clear();
            const std::vector<GlcmOrientation> os = allGlcmOrientations();
            for (int j = 0; j < 4; ++j) {
                if (m_orient[j]->isChecked()) {
                    p.orientations.push_back(os[std::size_t(j)]);
                }
            }
            if (p.orientations.empty()) {
                m_status->setText(tr("Check at least one orientation."));
                syncFromDocument();
                return;
            }
            pushParams(p, tr("Orientations"));
        });
    }
    layout->addWidget(orientBox);

    m_convention = new QComboBox(this);
    m_convention->setObjectName(QStringLiteral("glcmConvention"));
    m_convention->addItem(tr("ImageJ (imagej-ops, Fiji)"), int(GlcmConvention::ImageJ));
    m_convention->addItem(tr("Haralick 1973 (textbook)"), int(GlcmConvention::Haralick));
    m_convention->setToolTip(tr("Which formulas are used. ImageJ gives exactly Fiji's and PyImageJ's numbers, "
                                "including their quirks, so results compare with published Fiji analyses. Haralick "
                                "uses the textbook definitions on a symmetric matrix; the values differ from Fiji's."));
    connect(m_convention, qOverload<int>(&QComboBox::activated), this, [this] {
        GlcmParams p = currentParams();
        p.convention = GlcmConvention(m_convention->currentData().toInt());
        pushParams(p, tr("Convention: %1").arg(m_convention->currentText()));
    });
    form->addRow(tr("&Convention:"), m_convention);

    m_symmetry = new QComboBox(this);
    m_symmetry->setObjectName(QStringLiteral("glcmSymmetry"));
    m_symmetry->addItem(tr("As the convention says"), int(GlcmSymmetry::ByConvention));
    m_symmetry->addItem(tr("Symmetric (count both directions)"), int(GlcmSymmetry::Symmetric));
    m_symmetry->addItem(tr("Asymmetric (one direction)"), int(GlcmSymmetry::Asymmetric));
    m_symmetry->setToolTip(tr("Whether a pair is also counted in the opposite direction (right-to-left as well as "
                              "left-to-right), which averages each orientation with its opposite. ImageJ does not "
                              "(Fiji's numbers); the textbook convention does. Leave it to the convention unless you "
                              "need to match another program."));
    connect(m_symmetry, qOverload<int>(&QComboBox::activated), this, [this] {
        GlcmParams p = currentParams();
        p.symmetry = GlcmSymmetry(m_symmetry->currentData().toInt());
        pushParams(p, tr("Symmetry: %1").arg(m_symmetry->currentText()));
    });
    form->addRow(tr("S&ymmetry:"), m_symmetry);

    m_rangeMode = new QComboBox(this);
    m_rangeMode->setObjectName(QStringLiteral("glcmRangeMode"));
    m_rangeMode->addItem(tr("Each ROI's min–max"), int(GlcmRangeMode::Roi));
    m_rangeMode->addItem(tr("Whole image min–max"), int(GlcmRangeMode::Image));
    m_rangeMode->addItem(tr("Shared by all ROIs"), int(GlcmRangeMode::AllRois));
    m_rangeMode->addItem(tr("Pixel type (0–255 / 0–65535)"), int(GlcmRangeMode::PixelType));
    m_rangeMode->addItem(tr("Custom min–max"), int(GlcmRangeMode::Custom));
    m_rangeMode->setToolTip(
        tr("Which intensities are mapped onto the gray levels. \"Each ROI's min–max\" (Fiji's behaviour) stretches "
           "every crop to its own contrast: a dim and a bright crop with the same pattern give the same texture, "
           "so crops are NOT comparable in absolute brightness. Use \"Shared by all ROIs\", the whole image or a "
           "fixed range when absolute differences between crops matter."));
    connect(m_rangeMode, qOverload<int>(&QComboBox::activated), this, [this] {
        GlcmParams p = currentParams();
        p.rangeMode = GlcmRangeMode(m_rangeMode->currentData().toInt());
        if (p.rangeMode == GlcmRangeMode::Custom && !(p.customMin < p.customMax) && m_document) {
            double lo = 0;
            double hi = 0;
            cv::Mat plane = m_document->currentPlane();
            cv::minMaxLoc(plane, &lo, &hi);
            p.customMin = std::isfinite(lo) ? lo : 0.0;
            p.customMax = std::isfinite(hi) && hi > p.customMin ? hi : p.customMin + 1.0;
        }
        pushParams(p, tr("Quantisation range: %1").arg(m_rangeMode->currentText()));
    });
    form->addRow(tr("&Range:"), m_rangeMode);

    auto* customRow = new QHBoxLayout;
    m_customMin = new QDoubleSpinBox(this);
    m_customMin->setObjectName(QStringLiteral("glcmCustomMin"));
    m_customMax = new QDoubleSpinBox(this);
    m_customMax->setObjectName(QStringLiteral("glcmCustomMax"));
    for (QDoubleSpinBox* box : {m_customMin, m_customMax}) {
        box->setRange(-1e12, 1e12);
        box->setDecimals(3);
        box->setKeyboardTracking(false);
        customRow->addWidget(box);
        connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this] {
            GlcmParams p = currentParams();
            p.customMin = m_customMin->value();
            p.customMax = m_customMax->value();
            if (!(p.customMin < p.customMax)) {
                m_status->setText(tr("The custom minimum must be below the maximum."));
                return;
            }
            pushParams(p, tr("Custom range: %1 – %2").arg(p.customMin).arg(p.customMax), m_rangeGesture);
        });
        connect(box, &QDoubleSpinBox::editingFinished, this, [this] { m_rangeGesture = newGestureId(); });
    }
    m_customMin->setToolTip(tr("Intensity mapped to the lowest gray level (used with \"Custom min–max\")."));
    m_customMax->setToolTip(tr("Intensity mapped to the highest gray level (used with \"Custom min–max\")."));
    form->addRow(tr("Min – max:"), customRow);

    // Run, Cancel, progress and status: the footer (GlcmDock keeps it visible below the scrolling form).
    m_footer = new QWidget(this);
    m_footer->setObjectName(QStringLiteral("glcmFooter"));
    auto* footerLayout = new QVBoxLayout(m_footer);
    footerLayout->setContentsMargins(layout->contentsMargins().left(), 4, layout->contentsMargins().right(), 4);
    auto* runRow = new QHBoxLayout;
    m_autoRunBox = new QCheckBox(tr("&Live"), this);
    m_autoRunBox->setObjectName(QStringLiteral("glcmAutoRun"));
    m_autoRunBox->setChecked(true);
    m_autoRunBox->setToolTip(tr("Recompute automatically whenever a ROI or a parameter changes, so the plot follows "
                                "your edits."));
    connect(m_autoRunBox, &QCheckBox::toggled, this, [this](bool on) { m_autoRun = on; });
    m_runButton = new QPushButton(tr("&Run"), this);
    m_runButton->setObjectName(QStringLiteral("glcmRun"));
    connect(m_runButton, &QPushButton::clicked, this, &GlcmPanel::run);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("glcmCancel"));
    m_cancelButton->setToolTip(tr("Stop the running computation; the previous result stays."));
    connect(m_cancelButton, &QPushButton::clicked, this, &GlcmPanel::cancel);
    runRow->addWidget(m_autoRunBox);
    runRow->addStretch(1);
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_cancelButton);
    footerLayout->addLayout(runRow);
    auto* runAllRow = new QHBoxLayout;
    m_runAllButton = new QPushButton(tr("Run on &all images"), this);
    m_runAllButton->setObjectName(QStringLiteral("glcmRunAllButton"));
    connect(m_runAllButton, &QPushButton::clicked, this, &GlcmPanel::runAll);
    runAllRow->addStretch(1);
    runAllRow->addWidget(m_runAllButton);
    footerLayout->addLayout(runAllRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("glcmProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setToolTip(tr("Progress of the GLCM computation."));
    footerLayout->addWidget(m_progress);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("glcmStatus"));
    m_status->setWordWrap(true);
    m_status->setToolTip(tr("State of the GLCM result: current, out of date (parameters or ROIs changed since it was "
                            "computed) or failed."));
    footerLayout->addWidget(m_status);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("glcmWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #a05000"));
    m_warnings->setToolTip(
        tr("Problems with single ROIs. Too few pixel pairs (fewer than %1 in some direction, e.g. a thin or tiny "
           "ROI at a large distance) means the matrix is mostly empty and its features depend on chance: such "
           "points are drawn hollow in the plot.")
            .arg(kGlcmLowPairCount));
    layout->addWidget(m_warnings);
    m_runAllStatus = new QLabel(this);
    m_runAllStatus->setObjectName(QStringLiteral("glcmRunAllStatus"));
    m_runAllStatus->setWordWrap(true);
    m_runAllStatus->setToolTip(tr("What the last \"Run on all images\" computed, skipped and failed."));
    m_runAllStatus->hide();
    layout->addWidget(m_runAllStatus);
    layout->addWidget(m_footer);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // leave the height to the plot below
}

} // namespace tessera
