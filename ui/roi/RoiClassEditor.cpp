#include "ui/roi/RoiClassEditor.h"

#include "ui/document/ImageDocument.h"
#include "ui/document/commands/ClassCommands.h"
#include "ui/roi/RoiTableModel.h"

#include <QAction>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera {

RoiClassEditor::RoiClassEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("roiClassEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Classes"), this);
    title->setToolTip(tr("Groups of ROIs such as cells and background; each class has a colour used for outlines, "
                         "table and plot points."));
    header->addWidget(title);
    header->addStretch();

    auto addButton = [this, header](QAction* action, const QString& objectName) {
        auto* button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        header->addWidget(button);
        addAction(action);
    };
    m_addAction = new QAction(tr("Add Class"), this);
    m_addAction->setIcon(QIcon(QStringLiteral(":/icons/class-add.svg")));
    m_addAction->setToolTip(tr("Add a new class with its own colour; type its name."));
    connect(m_addAction, &QAction::triggered, this, &RoiClassEditor::addClass);
    addButton(m_addAction, QStringLiteral("addClassButton"));

    m_recolorAction = new QAction(tr("Change Colour…"), this);
    m_recolorAction->setIcon(QIcon(QStringLiteral(":/icons/class-color.svg")));
    m_recolorAction->setToolTip(tr("Choose another colour for the selected class (outlines, table, plot points)."));
    connect(m_recolorAction, &QAction::triggered, this, &RoiClassEditor::recolorCurrentClass);
    addButton(m_recolorAction, QStringLiteral("recolorClassButton"));

    m_removeAction = new QAction(tr("Delete Class"), this);
    m_removeAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_removeAction->setToolTip(tr("Delete the selected class; its ROIs are kept and get no class."));
    connect(m_removeAction, &QAction::triggered, this, &RoiClassEditor::removeCurrentClass);
    addButton(m_removeAction, QStringLiteral("removeClassButton"));
    layout->addLayout(header);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("classList"));
    m_list->setToolTip(tr("Classes of ROIs. Double-click a name to rename it; the ROIs of the class follow."));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_list, &QListWidget::itemChanged, this, &RoiClassEditor::onItemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &RoiClassEditor::updateActions);
    layout->addWidget(m_list);
    updateActions();
}

void RoiClassEditor::setDocument(ImageDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document, &ImageDocument::classesChanged, this, &RoiClassEditor::rebuild);
        connect(document, &QObject::destroyed, this, &RoiClassEditor::rebuild);
    }
    rebuild();
}

QString RoiClassEditor::currentClass() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RoiClassEditor::rebuild()
{
    QScopedValueRollback<bool> guard(m_rebuilding, true);
    const QString current = currentClass();
    m_list->clear();
    if (m_document) {
        for (const RoiClass& c : m_document->classes()) {
            auto* item = new QListWidgetItem(RoiTableModel::colorSwatch(c.color), c.name, m_list);
            item->setData(Qt::UserRole, c.name);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setToolTip(tr("Class “%1”, colour %2. Double-click to rename.").arg(c.name, c.color.name()));
            if (c.name == current) {
                m_list->setCurrentItem(item);
            }
        }
    }
    setEnabled(m_document != nullptr);
    updateActions();
}

void RoiClassEditor::updateActions()
{
    const bool has = m_document && m_list->currentItem();
    m_addAction->setEnabled(m_document != nullptr);
    m_recolorAction->setEnabled(has);
    m_removeAction->setEnabled(has);
}

void RoiClassEditor::onItemChanged(QListWidgetItem* item)
{
    if (m_rebuilding || !m_document) {
        return;
    }
    const QString oldName = item->data(Qt::UserRole).toString();
    const QString newName = item->text().trimmed();
    const int at = m_document->classIndex(oldName);
    if (at < 0 || newName == oldName) {
        return;
    }
    if (newName.isEmpty() || m_document->hasClass(newName)) {
        rebuild(); // refused: an empty or taken name; show the old one again
        return;
    }
    {
        QScopedValueRollback<bool> guard(m_rebuilding, true);
        item->setData(Qt::UserRole, newName); // keeps it current across the rebuild the command triggers
    }
    const RoiClass changed{newName, m_document->classes().at(at).color};
    // Pushed after the item view has closed its editor: the command rebuilds the list, which would delete the item
    // under the open editor.
    QPointer<ImageDocument> document = m_document;
    QMetaObject::invokeMethod(
        this,
        [document, oldName, changed] {
            if (document && document->hasClass(oldName) && !document->hasClass(changed.name)) {
                document->undoStack()->push(new SetClassCommand(document, oldName, changed));
            }
        },
        Qt::QueuedConnection);
}

QColor RoiClassEditor::suggestedColor(const ImageDocument& document)
{
    static const QColor palette[] = {QColor(0, 200, 255), QColor(255, 80, 200),  QColor(120, 255, 80),
                                     QColor(255, 160, 0), QColor(160, 100, 255), QColor(0, 255, 190),
                                     QColor(255, 60, 60), QColor(200, 200, 200)};
    for (const QColor& c : palette) {
        bool used = false;
        for (const RoiClass& existing : document.classes()) {
            used = used || existing.color == c;
        }
        if (!used) {
            return c;
        }
    }
    return palette[0];
}

void RoiClassEditor::addClass()
{
    if (!m_document) {
        return;
    }
    QString name;
    for (int n = 1; name.isEmpty() || m_document->hasClass(name); ++n) {
        name = tr("class %1").arg(n);
    }
    m_document->undoStack()->push(new AddClassCommand(m_document, {name, suggestedColor(*m_document)}));
    const int row = m_document->classIndex(name);
    if (row >= 0 && row < m_list->count()) {
        m_list->setCurrentRow(row);
        m_list->editItem(m_list->item(row));
    }
}

void RoiClassEditor::removeCurrentClass()
{
    const QString name = currentClass();
    if (m_document && m_document->hasClass(name)) {
        m_document->undoStack()->push(new RemoveClassCommand(m_document, name));
    }
}

void RoiClassEditor::recolorCurrentClass()
{
    const QString name = currentClass();
    if (!m_document || !m_document->hasClass(name)) {
        return;
    }
    auto* dialog = new QColorDialog(m_document->classColor(name), this);
    dialog->setObjectName(QStringLiteral("classColorDialog"));
    dialog->setWindowTitle(tr("Colour of class “%1”").arg(name));
    dialog->setOption(QColorDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ImageDocument> document = m_document;
    connect(dialog, &QColorDialog::colorSelected, this, [document, name](const QColor& color) {
        if (document && document->hasClass(name) && color.isValid() && color != document->classColor(name)) {
            document->undoStack()->push(new SetClassCommand(document, name, {name, color}));
        }
    });
    dialog->open();
}

} // namespace tessera
