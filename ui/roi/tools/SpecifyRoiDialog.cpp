#include "ui/roi/tools/SpecifyRoiDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace tessera {
namespace {

QDoubleSpinBox* makeSpin(QWidget* parent, const QString& objectName, double min, double value, const QString& tip)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setDecimals(2);
    spin->setRange(min, 1e6);
    spin->setValue(value);
    spin->setSuffix(SpecifyRoiDialog::tr(" px"));
    spin->setToolTip(tip);
    return spin;
}

} // namespace

SpecifyRoiDialog::SpecifyRoiDialog(const Roi& initial, bool canEdit, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("specifyRoiDialog"));
    setWindowTitle(tr("Specify ROI"));
    const QRectF b = initial.boundingRect();
    m_x = makeSpin(this, QStringLiteral("specifyX"), -1e6, b.x(),
                   tr("Left edge in pixels (0 = left border of the image)"));
    m_y =
        makeSpin(this, QStringLiteral("specifyY"), -1e6, b.y(), tr("Top edge in pixels (0 = top border of the image)"));
    m_w = makeSpin(this, QStringLiteral("specifyWidth"), 1, b.width(), tr("Width in pixels"));
    m_h = makeSpin(this, QStringLiteral("specifyHeight"), 1, b.height(), tr("Height in pixels"));
    m_shape = new QComboBox(this);
    m_shape->setObjectName(QStringLiteral("specifyShape"));
    m_shape->addItem(tr("Rectangle"), int(RoiShape::Rectangle));
    m_shape->addItem(tr("Ellipse"), int(RoiShape::Ellipse));
    m_shape->setCurrentIndex(initial.shape == RoiShape::Ellipse ? 1 : 0);
    m_shape->setToolTip(tr("A rectangle, or the ellipse inscribed in the box"));
    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("specifyName"));
    m_name->setPlaceholderText(tr("automatic"));
    m_name->setToolTip(tr("Name of the ROI; empty gives an automatic name"));
    m_addNew = new QCheckBox(tr("Add as a new ROI"), this);
    m_addNew->setObjectName(QStringLiteral("specifyAddNew"));
    m_addNew->setChecked(!canEdit);
    m_addNew->setEnabled(canEdit);
    m_addNew->setToolTip(canEdit ? tr("Unchecked: change the selected ROI. Checked: keep it and add a new ROI.")
                                 : tr("Select one ROI to edit it; otherwise a new ROI is added."));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&X:"), m_x);
    form->addRow(tr("&Y:"), m_y);
    form->addRow(tr("&Width:"), m_w);
    form->addRow(tr("&Height:"), m_h);
    form->addRow(tr("&Shape:"), m_shape);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_addNew);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("specifyButtons"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Roi SpecifyRoiDialog::roi() const
{
    const auto shape = RoiShape(m_shape->currentData().toInt());
    const QString name = m_name->text().trimmed();
    return shape == RoiShape::Ellipse ? Roi::ellipse(name, m_x->value(), m_y->value(), m_w->value(), m_h->value())
                                      : Roi::rectangle(name, m_x->value(), m_y->value(), m_w->value(), m_h->value());
}

bool SpecifyRoiDialog::addsNew() const
{
    return m_addNew->isChecked();
}

} // namespace tessera
