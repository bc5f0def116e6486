#include "ui/roi/RoiClassDelegate.h"

#include "ui/document/ImageDocument.h"
#include "ui/roi/RoiTableModel.h"

#include <QComboBox>

namespace tessera {

RoiClassDelegate::RoiClassDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* RoiClassDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    if (index.column() != RoiTableModel::ClassColumn || !m_document) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("roiClassCombo"));
    combo->setToolTip(tr("The class of this ROI; its colour is used for the outline, the table and the plots."));
    combo->addItem(RoiTableModel::colorSwatch(ImageDocument::noClassColor()), tr("(none)"), QString());
    for (const RoiClass& c : m_document->classes()) {
        combo->addItem(RoiTableModel::colorSwatch(c.color), c.name, c.name);
    }
    auto* self = const_cast<RoiClassDelegate*>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void RoiClassDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && index.column() == RoiTableModel::ClassColumn) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RoiClassDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && index.column() == RoiTableModel::ClassColumn) {
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void RoiClassDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    if (index.column() == RoiTableModel::ClassColumn && qobject_cast<QComboBox*>(editor)) {
        editor->setGeometry(option.rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace tessera
