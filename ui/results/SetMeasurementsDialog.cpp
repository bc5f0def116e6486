#include "ui/results/SetMeasurementsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

QString SetMeasurementsDialog::groupLabel(MeasurementGroup group)
{
    switch (group) {
    case MeasurementGroup::Area:
        return tr("Area");
    case MeasurementGroup::Mean:
        return tr("Mean gray value");
    case MeasurementGroup::StdDev:
        return tr("Standard deviation");
    case MeasurementGroup::Mode:
        return tr("Modal gray value");
    case MeasurementGroup::MinMax:
        return tr("Min && max gray value");
    case MeasurementGroup::Centroid:
        return tr("Centroid");
    case MeasurementGroup::CenterOfMass:
        return tr("Center of mass");
    case MeasurementGroup::Perimeter:
        return tr("Perimeter");
    case MeasurementGroup::BoundingRectangle:
        return tr("Bounding rectangle");
    case MeasurementGroup::FitEllipse:
        return tr("Fit ellipse");
    case MeasurementGroup::ShapeDescriptors:
        return tr("Shape descriptors");
    case MeasurementGroup::Feret:
        return tr("Feret's diameter");
    case MeasurementGroup::IntegratedDensity:
        return tr("Integrated density");
    case MeasurementGroup::Median:
        return tr("Median");
    case MeasurementGroup::Skewness:
        return tr("Skewness");
    case MeasurementGroup::Kurtosis:
        return tr("Kurtosis");
    case MeasurementGroup::AreaFraction:
        return tr("Area fraction");
    case MeasurementGroup::GlcmFeatures:
        return tr("GLCM features per object");
    }
    return QString();
}

SetMeasurementsDialog::SetMeasurementsDialog(const MeasurementSelection& selection, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("setMeasurementsDialog"));
    setWindowTitle(tr("Set Measurements"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    layout->addLayout(grid);
    int i = 0;
    for (MeasurementGroup g : allMeasurementGroups()) {
        if (g == MeasurementGroup::GlcmFeatures) {
            continue;
        }
        auto* box = new QCheckBox(groupLabel(g), this);
        box->setObjectName(QStringLiteral("measure_") + measurementGroupKey(g));
        box->setToolTip(tr("Columns: %1%2")
                            .arg(measurementGroupColumns(g).join(QStringLiteral(", ")),
                                 isIntensityGroup(g) ? tr(" (one per channel)") : QString()));
        grid->addWidget(box, i / 2, i % 2);
        m_boxes.insert(g, box);
        ++i;
    }
    auto* glcm = new QCheckBox(groupLabel(MeasurementGroup::GlcmFeatures), this);
    glcm->setObjectName(QStringLiteral("measure_glcm"));
    glcm->setToolTip(tr("The 19 Haralick features (GLCM_ASM … GLCM_Energy) of each object's pixels in the segmented "
                        "channel, with the GLCM panel's gray levels, range and orientations: the mean over the "
                        "orientations at the first distance. Slower on many objects."));
    layout->addWidget(glcm);
    m_boxes.insert(MeasurementGroup::GlcmFeatures, glcm);
    auto* note = new QLabel(tr("Intensity measurements get one column per channel (_C1, _C2, …) on multi-channel "
                               "images. The defaults are the columns tessera-cli segment writes."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* allButton = buttons->addButton(tr("All"), QDialogButtonBox::ResetRole);
    allButton->setObjectName(QStringLiteral("measureAll"));
    QPushButton* noneButton = buttons->addButton(tr("None"), QDialogButtonBox::ResetRole);
    noneButton->setObjectName(QStringLiteral("measureNone"));
    QPushButton* defaultsButton = buttons->addButton(tr("Defaults"), QDialogButtonBox::ResetRole);
    defaultsButton->setObjectName(QStringLiteral("measureDefaults"));
    connect(allButton, &QPushButton::clicked, this, [this] { setSelection(MeasurementSelection::all()); });
    connect(noneButton, &QPushButton::clicked, this, [this] { setSelection(MeasurementSelection::none()); });
    connect(defaultsButton, &QPushButton::clicked, this, [this] { setSelection(MeasurementSelection()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setSelection(selection);
}

MeasurementSelection SetMeasurementsDialog::selection() const
{
    MeasurementSelection s = MeasurementSelection::none();
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it) {
        s.set(it.key(), it.value()->isChecked());
    }
    return s;
}

void SetMeasurementsDialog::setSelection(const MeasurementSelection& selection)
{
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it) {
        it.value()->setChecked(selection.has(it.key()));
    }
}

} // namespace tessera
