#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace tessera {

class ImageDocument;

/**
 * Editor of RoiTableModel's class column: a combo box (object name "roiClassCombo") with "(none)" and the document's
 * classes, each with its colour swatch. Choosing an entry commits at once (one SetRoiClassCommand through the model).
 * Other columns get the default editors.
 */
class RoiClassDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RoiClassDelegate(QObject* parent = nullptr);
    void setDocument(ImageDocument* document) { m_document = document; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    /** The class combo covers the whole cell (the default leaves out the colour swatch, which clips the name). */
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    QPointer<ImageDocument> m_document;
};

} // namespace tessera
