#pragma once

#include "core/measure/MeasurementSelection.h"

#include <QDialog>
#include <QMap>

class QCheckBox;

namespace tessera {

/**
 * ImageJ's Analyze > Set Measurements for the objects table: one check box per MeasurementGroup with ImageJ's names
 * (object name "measure_<key>", e.g. "measure_min-max"), plus "GLCM features per object" (the 19 Haralick features
 * with the GLCM panel's parameters), and All / None / Defaults. selection() is the choice when accepted.
 */
class SetMeasurementsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SetMeasurementsDialog(const MeasurementSelection& selection, QWidget* parent = nullptr);

    MeasurementSelection selection() const;
    void setSelection(const MeasurementSelection& selection);
    QCheckBox* checkBox(MeasurementGroup group) const { return m_boxes.value(group); }

    /** ImageJ's name of a group ("Mean gray value", "Feret's diameter"), translated. */
    static QString groupLabel(MeasurementGroup group);

private:
    QMap<MeasurementGroup, QCheckBox*> m_boxes;
};

} // namespace tessera
