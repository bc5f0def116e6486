#include "ui/roi/tools/RoiTools.h"

#include "ui/document/commands/RoiCommands.h"
#include "ui/roi/tools/RoiTool.h"
#include "ui/roi/tools/SelectTool.h"
#include "ui/roi/tools/SpecifyRoiDialog.h"
#include "ui/viewer/ImageView.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>
#include <QToolBar>

#include <algorithm>

namespace tessera {
namespace {

QIcon colorIcon(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(Qt::black);
    p.setBrush(color);
    p.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

QSpinBox* makeSizeSpin(const QString& objectName, const QString& tip)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(1, 100000);
    spin->setValue(50);
    spin->setSuffix(RoiTools::tr(" px"));
    spin->setToolTip(tip);
    spin->setKeyboardTracking(false);
    return spin;
}

} // namespace

RoiTools::RoiTools(ImageView* view, QObject* parent) : QObject(parent), m_view(view)
{
    setObjectName(QStringLiteral("roiTools"));
    m_tools[size_t(Kind::Select)] = new SelectTool(*this, this);
    m_tools[size_t(Kind::Rectangle)] = new ShapeTool(*this, RoiShape::Rectangle, this);
    m_tools[size_t(Kind::Ellipse)] = new ShapeTool(*this, RoiShape::Ellipse, this);
    m_tools[size_t(Kind::Polygon)] = new PolygonTool(*this, this);
    m_tools[size_t(Kind::Freehand)] = new FreehandTool(*this, this);
    createActions();
    // The fixed-size preview follows the cursor; drop it when the cursor leaves the image view.
    connect(view, &ImageView::cursorMoved, this, [this](const QPointF&, bool inside) {
        if (!inside) {
            static_cast<ShapeTool*>(tool(Kind::Rectangle))->clearHover();
            static_cast<ShapeTool*>(tool(Kind::Ellipse))->clearHover();
        }
    });
    // Another tool set (the object tools of the Objects panel): no ROI tool shows as active then; choosing one
    // takes the view back.
    connect(view, &ImageView::toolChanged, this, [this](ViewTool* active) {
        if (std::find(m_tools.begin(), m_tools.end(), active) == m_tools.end()) {
            if (QAction* checked = m_toolGroup->checkedAction()) {
                checked->setChecked(false);
            }
        }
    });
    setCurrentTool(Kind::Select);
    updateEnabled();
}

RoiTools::~RoiTools()
{
    if (m_view && m_view->tool() && m_view->tool()->parent() == this) {
        m_view->setTool(nullptr);
    }
}

void RoiTools::createActions()
{
    struct ToolSpec
    {
        Kind kind;
        const char* name;
        const char* icon;
        QString text;
        QKeySequence key;
        QString tip;
    };
    const ToolSpec specs[] = {
        {Kind::Select, "actionToolSelect", "tool-select", tr("&Select"), QKeySequence(Qt::Key_V),
         tr("Select, move and resize ROIs (V). Click a ROI to select it (Shift adds, Ctrl toggles), drag on empty "
            "space "
            "to select several, drag the handles to resize, arrow keys nudge by 1 px (Shift: 10 px).")},
        {Kind::Rectangle, "actionToolRectangle", "tool-rectangle", tr("&Rectangle"), QKeySequence(Qt::Key_R),
         tr("Rectangle (R): drag from corner to corner, Shift for a square. With Fixed size on, each click places a "
            "W × H crop centred on the cursor.")},
        {Kind::Ellipse, "actionToolEllipse", "tool-ellipse", tr("&Ellipse"), QKeySequence(Qt::Key_E),
         tr("Ellipse (E): drag the box of the ellipse, Shift for a circle. With Fixed size on, each click places a "
            "W × H ellipse centred on the cursor.")},
        {Kind::Polygon, "actionToolPolygon", "tool-polygon", tr("&Polygon"), QKeySequence(Qt::Key_P),
         tr("Polygon (P): click the vertices; double-click, Enter or a click on the first vertex closes it, "
            "Backspace removes the last vertex, Esc cancels.")},
        {Kind::Freehand, "actionToolFreehand", "tool-freehand", tr("&Freehand"), QKeySequence(Qt::Key_F),
         tr("Freehand (F): drag around a region; the outline is closed and simplified when you release.")},
    };
    m_toolGroup = new QActionGroup(this);
    m_toolGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (const ToolSpec& spec : specs) {
        auto* action =
            new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(spec.icon))), spec.text, this);
        action->setObjectName(QLatin1String(spec.name));
        action->setCheckable(true);
        action->setShortcut(spec.key);
        action->setToolTip(spec.tip);
        action->setStatusTip(spec.tip);
        m_toolGroup->addAction(action);
        m_toolActions[size_t(spec.kind)] = action;
        const Kind kind = spec.kind;
        connect(action, &QAction::triggered, this, [this, kind] { setCurrentTool(kind); });
    }

    m_classCombo = new QComboBox;
    m_classCombo->setObjectName(QStringLiteral("roiClassCombo"));
    m_classCombo->setToolTip(tr("Class given to new ROIs (their outline colour and name prefix)"));
    m_classCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    rebuildClassCombo();

    m_fixedSizeAction = new QAction(QIcon(QStringLiteral(":/icons/tool-fixed-size.svg")), tr("Fi&xed Size"), this);
    m_fixedSizeAction->setObjectName(QStringLiteral("actionFixedSize"));
    m_fixedSizeAction->setCheckable(true);
    m_fixedSizeAction->setToolTip(
        tr("Fixed size: with the rectangle or ellipse tool each click places a W × H crop centred on the cursor, "
           "snapped to whole pixels (x = round(cursor x − W/2), y = round(cursor y − H/2))."));
    m_widthSpin = makeSizeSpin(QStringLiteral("fixedWidthSpin"), tr("Width W of fixed-size crops in pixels"));
    m_heightSpin = makeSizeSpin(QStringLiteral("fixedHeightSpin"), tr("Height H of fixed-size crops in pixels"));
    m_widthSpin->setEnabled(false);
    m_heightSpin->setEnabled(false);
    connect(m_fixedSizeAction, &QAction::toggled, this, [this](bool on) {
        m_widthSpin->setEnabled(on);
        m_heightSpin->setEnabled(on);
        // Fixed size is a mode of the rectangle and ellipse tools: switch to one when neither is active.
        if (on && m_current != Kind::Rectangle && m_current != Kind::Ellipse) {
            setCurrentTool(Kind::Rectangle);
        }
    });

    // Edit actions; their shortcuts act while the viewer (or a child) has the focus.
    auto viewShortcut = [this](QAction* action, const QList<QKeySequence>& keys) {
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (m_view) {
            m_view->addAction(action);
        }
    };
    m_specifyAction = new QAction(tr("S&pecify…"), this);
    m_specifyAction->setObjectName(QStringLiteral("actionSpecify"));
    m_specifyAction->setToolTip(tr("Enter the exact position and size of a ROI (edits the selected one or adds one)"));
    connect(m_specifyAction, &QAction::triggered, this, &RoiTools::specify);
    m_selectAllAction = new QAction(tr("Select &All"), this);
    m_selectAllAction->setObjectName(QStringLiteral("actionSelectAll"));
    m_selectAllAction->setToolTip(tr("Select the whole image as a ROI named “whole”"));
    viewShortcut(m_selectAllAction, {QKeySequence::SelectAll});
    connect(m_selectAllAction, &QAction::triggered, this, &RoiTools::selectAll);
    m_selectNoneAction = new QAction(tr("Select &None"), this);
    m_selectNoneAction->setObjectName(QStringLiteral("actionSelectNone"));
    m_selectNoneAction->setToolTip(tr("Deselect all ROIs"));
    viewShortcut(m_selectNoneAction, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    connect(m_selectNoneAction, &QAction::triggered, this, &RoiTools::selectNone);
    m_deleteAction = new QAction(tr("&Delete ROIs"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDeleteRois"));
    m_deleteAction->setToolTip(tr("Delete the selected ROIs"));
    viewShortcut(m_deleteAction, {QKeySequence::Delete});
    connect(m_deleteAction, &QAction::triggered, this, &RoiTools::deleteSelection);
}

void RoiTools::install(QToolBar* toolBar, QMenu* editMenu)
{
    toolBar->addActions(m_toolGroup->actions());
    toolBar->addSeparator();
    auto* classLabel = new QLabel(tr(" Class: "), toolBar);
    classLabel->setToolTip(m_classCombo->toolTip());
    toolBar->addWidget(classLabel);
    toolBar->addWidget(m_classCombo);
    toolBar->addSeparator();
    toolBar->addAction(m_fixedSizeAction);
    toolBar->addWidget(m_widthSpin);
    auto* times = new QLabel(tr(" × "), toolBar);
    toolBar->addWidget(times);
    toolBar->addWidget(m_heightSpin);

    editMenu->addAction(m_specifyAction);
    editMenu->addSeparator();
    editMenu->addAction(m_selectAllAction);
    editMenu->addAction(m_selectNoneAction);
    editMenu->addAction(m_deleteAction);
}

void RoiTools::setDocument(ImageDocument* document)
{
    if (m_document == document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    // A gesture in progress belongs to the old image.
    for (RoiTool* t : m_tools) {
        t->setActive(false);
    }
    if (m_document) {
        connect(m_document, &ImageDocument::classesChanged, this, &RoiTools::rebuildClassCombo);
        connect(m_document, &ImageDocument::selectionChanged, this, &RoiTools::updateEnabled);
        connect(m_document, &ImageDocument::roisChanged, this, &RoiTools::updateEnabled);
    }
    rebuildClassCombo();
    updateEnabled();
}

void RoiTools::setCurrentTool(Kind kind)
{
    m_current = kind;
    m_toolActions[size_t(kind)]->setChecked(true);
    if (m_view) {
        m_view->setTool(tool(kind));
    }
    emit currentToolChanged(kind);
}

QString RoiTools::currentClass() const
{
    return m_classCombo->currentData().toString();
}

void RoiTools::setCurrentClass(const QString& name)
{
    const int index = m_classCombo->findData(name);
    if (index >= 0) {
        m_classCombo->setCurrentIndex(index);
    }
}

bool RoiTools::isFixedSize() const
{
    return m_fixedSizeAction->isChecked();
}

QSize RoiTools::fixedSize() const
{
    return {m_widthSpin->value(), m_heightSpin->value()};
}

void RoiTools::rebuildClassCombo()
{
    const QString previous = m_classCombo->count() > 0 ? currentClass() : QString();
    const QSignalBlocker block(m_classCombo);
    m_classCombo->clear();
    m_classCombo->addItem(colorIcon(ImageDocument::noClassColor()), tr("(none)"), QString());
    if (m_document) {
        for (const RoiClass& c : m_document->classes()) {
            m_classCombo->addItem(colorIcon(c.color), c.name, c.name);
        }
    }
    const int index = m_classCombo->findData(previous);
    m_classCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void RoiTools::updateEnabled()
{
    const bool hasDoc = m_document != nullptr;
    const bool hasSelection = hasDoc && !m_document->selection().isEmpty();
    m_specifyAction->setEnabled(hasDoc);
    m_selectAllAction->setEnabled(hasDoc);
    m_selectNoneAction->setEnabled(hasSelection);
    m_deleteAction->setEnabled(hasSelection);
}

RoiId RoiTools::addRoi(Roi roi, const QString& name)
{
    ImageDocument* doc = m_document;
    if (!doc) {
        return 0;
    }
    roi.className = currentClass();
    // Names are data (CSV, JSON, the CLI's --rois), not interface text: the "ROI" prefix is not translated.
    roi.name =
        !name.isEmpty() ? name : doc->uniqueRoiName(roi.className.isEmpty() ? QStringLiteral("ROI") : roi.className);
    const Image& image = doc->image();
    const Expected<RoiMask> mask = rasterize(roi, cv::Size(image.width(), image.height()));
    if (!mask.isOk()) {
        emit message(tr("Not added: the ROI has no pixel inside the image."), 8000);
        return 0;
    }
    auto* command = new AddRoisCommand(doc, {roi});
    const RoiId id = command->ids().first();
    doc->undoStack()->push(command);
    doc->setSelection({id});
    if (checkInside({id})) {
        const QRectF b = roi.boundingRect();
        emit message(
            tr("Added “%1”: x=%2, y=%3, %4 × %5 px").arg(roi.name).arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height()),
            4000);
    }
    return id;
}

bool RoiTools::checkInside(const RoiIdList& ids)
{
    ImageDocument* doc = m_document;
    if (!doc) {
        return true;
    }
    const cv::Size size(doc->image().width(), doc->image().height());
    for (RoiId id : ids) {
        if (!doc->containsRoi(id)) {
            continue;
        }
        const Roi& roi = doc->roi(id);
        const Expected<RoiMask> mask = rasterize(roi, size);
        if (!mask.isOk()) {
            emit message(tr("“%1” has no pixel inside the image: analyses will refuse it.").arg(roi.name), 8000);
            return false;
        }
        if (mask->clipped) {
            emit message(tr("“%1” lies partly outside the image: only its %2 pixels inside are used.")
                             .arg(roi.name)
                             .arg(mask->pixelCount()),
                         8000);
            return false;
        }
    }
    return true;
}

void RoiTools::selectAll()
{
    ImageDocument* doc = m_document;
    if (!doc) {
        return;
    }
    const QRectF image(0, 0, doc->image().width(), doc->image().height());
    for (RoiId id : doc->roiIds()) {
        const Roi& roi = doc->roi(id);
        if (roi.shape == RoiShape::Rectangle && roi.bounds == image) {
            doc->setSelection({id});
            return;
        }
    }
    const QString whole = QStringLiteral("whole"); // a name (data), as in the CLI's ROI files; not translated
    const QString name = doc->findRoi(whole) == 0 ? whole : doc->uniqueRoiName(whole);
    addRoi(Roi::rectangle(QString(), image.x(), image.y(), image.width(), image.height()), name);
}

void RoiTools::selectNone()
{
    if (m_document) {
        m_document->clearSelection();
    }
}

void RoiTools::deleteSelection()
{
    ImageDocument* doc = m_document;
    if (!doc || doc->selection().isEmpty()) {
        return;
    }
    doc->undoStack()->push(new RemoveRoisCommand(doc, doc->selectedRoiIds()));
}

void RoiTools::specify()
{
    ImageDocument* doc = m_document;
    if (!doc) {
        return;
    }
    const RoiIdList selected = doc->selectedRoiIds();
    const RoiId editId = selected.size() == 1 ? selected.first() : 0;
    Roi initial = editId ? doc->roi(editId) : Roi::rectangle(QString(), 0, 0, 50, 50);
    if (!editId) {
        const QSize size = fixedSize();
        initial.bounds = QRectF(0, 0, size.width(), size.height());
    }
    auto* dialog = new SpecifyRoiDialog(initial, editId != 0, m_view ? m_view->window() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ImageDocument> guard(doc);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guard, editId] {
        ImageDocument* d = guard;
        if (!d || d != m_document) {
            return;
        }
        Roi entered = dialog->roi();
        if (dialog->addsNew() || !d->containsRoi(editId)) {
            addRoi(entered, entered.name);
            return;
        }
        const Image& image = d->image();
        if (!rasterize(entered, cv::Size(image.width(), image.height())).isOk()) {
            emit message(tr("Not changed: the ROI would have no pixel inside the image."), 8000);
            return;
        }
        const Roi current = d->roi(editId);
        const bool rename = !entered.name.isEmpty() && entered.name != current.name;
        entered.name = current.name;
        entered.className = current.className;
        const bool reshape = entered != current;
        if (!rename && !reshape) {
            return;
        }
        d->undoStack()->beginMacro(tr("Specify ROI “%1”").arg(current.name));
        if (reshape) {
            d->undoStack()->push(new SetRoiGeometryCommand(d, editId, entered));
        }
        if (rename) {
            d->undoStack()->push(new RenameRoiCommand(d, editId, dialog->roi().name));
        }
        d->undoStack()->endMacro();
    });
    dialog->open();
}

} // namespace tessera
