#pragma once

#include "core/roi/Roi.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace tessera {

/**
 * Edit > Specify…: exact x, y, width, height (pixels), shape (rectangle / ellipse) and name of a ROI, like ImageJ's
 * Edit > Selection > Specify. "Add as a new ROI" is forced on when nothing editable is selected. Object names:
 * "specifyRoiDialog", "specifyX", "specifyY", "specifyWidth", "specifyHeight", "specifyShape", "specifyName",
 * "specifyAddNew".
 */
class SpecifyRoiDialog : public QDialog
{
    Q_OBJECT

public:
    /** initial: the values shown (bounds, shape, name); canEdit: an existing ROI may be edited (else only adding). */
    SpecifyRoiDialog(const Roi& initial, bool canEdit, QWidget* parent = nullptr);

    /** The ROI entered (rectangle or ellipse). */
    Roi roi() const;
    /** True when the values make a new ROI instead of editing the selected one. */
    bool addsNew() const;

private:
    QDoubleSpinBox* m_x = nullptr;
    QDoubleSpinBox* m_y = nullptr;
    QDoubleSpinBox* m_w = nullptr;
    QDoubleSpinBox* m_h = nullptr;
    QComboBox* m_shape = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_addNew = nullptr;
};

} // namespace tessera
