#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QListWidget;
class QListWidgetItem;

namespace tessera {

class ImageDocument;

/**
 * The classes of a document (object name "roiClassEditor"): a list (object name "classList") of names with colour
 * swatches, and add, rename (edit in place), recolour (a QColorDialog, object name "classColorDialog") and delete.
 * Every change is a class command on the document's undo stack; deleting a class leaves its ROIs without a class.
 */
class RoiClassEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RoiClassEditor(QWidget* parent = nullptr);
    /** nullptr: empty and disabled. */
    void setDocument(ImageDocument* document);

    QListWidget* list() const { return m_list; }
    /** Name of the current class, or empty. */
    QString currentClass() const;

    /** Adds a class "class N" with an unused colour, makes it current and starts editing its name. */
    void addClass();
    /** Deletes the current class. */
    void removeCurrentClass();
    /** Opens the colour dialog for the current class (non-modal); choosing a colour recolours it. */
    void recolorCurrentClass();

    /** A colour of a fixed palette not yet used by any class of document (or the first when all are used). */
    static QColor suggestedColor(const ImageDocument& document);

private:
    void rebuild();
    void onItemChanged(QListWidgetItem* item);
    void updateActions();

    QPointer<ImageDocument> m_document;
    QListWidget* m_list = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_recolorAction = nullptr;
    QAction* m_removeAction = nullptr;
    bool m_rebuilding = false;
};

} // namespace tessera
