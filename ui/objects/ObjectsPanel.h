#pragma once

#include "ui/app/DocumentPanel.h"
#include "ui/roi/tools/RoiTools.h"
#include "ui/viewer/ImageView.h"

#include <QPointer>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace tessera {

class LabelOverlay;
class ObjectEditor;
class TaskRunner;
class ViewTool;

/**
 * The Objects panel ("objectsPanel"): the label layer's object count and selection, the layer's look (colour, object
 * numbers; LabelOverlay), the object tools (select, split, draw; viewer tools like the ROI tools, and only one of
 * either set is active: choosing an object tool unchecks the ROI tool, choosing a ROI tool unchecks the object
 * tool, and the panel says which set is active), the edits (delete, merge, relabel; ObjectEditor, all undoable) and
 * "Add to ROI Manager" with a class. The count, look and tools scroll; the edits, "Add to ROI Manager" and the last
 * message are in a footer ("objectsFooter") that stays visible however short the dock.
 *
 * Object names for tests: objectCountLabel, objectSelectionLabel, showObjectsCheck, labelColorCombo, showNumbersCheck,
 * actionObjectSelect, actionObjectSplit, actionObjectDraw (their buttons: the action's name + "Button"),
 * objectToolLabel, deleteObjectsButton, mergeObjectsButton, relabelObjectsButton, cutWidthSpin, objectRoiClassCombo,
 * addObjectsToRoisButton, objectMessageLabel, objectsFooter.
 */
class ObjectsPanel : public DocumentPanel
{
    Q_OBJECT

public:
    /** The panel adds its LabelOverlay to view and sets its tools on it; roiTools gets the view back when an object
     *  tool is switched off. */
    ObjectsPanel(TaskRunner* runner, ImageView* view, RoiTools* roiTools, QWidget* parent = nullptr);
    ~ObjectsPanel() override;

    LabelOverlay* overlay() const { return m_overlay; }
    ObjectEditor* editor() const { return m_editor; }
    enum class Tool
    {
        Select,
        Split,
        Draw,
    };
    QAction* toolAction(Tool tool) const;
    ViewTool* tool(Tool tool) const;

protected:
    void documentChanged(ImageDocument* previous) override;

private:
    void buildUi();
    void updateState();
    void updateToolLabel();
    void rebuildClassCombo();
    void chooseColor(int index);
    void showMessage(const QString& text, int timeout);

    QPointer<ImageView> m_view;
    QPointer<RoiTools> m_roiTools;
    LabelOverlay* m_overlay = nullptr;
    ObjectEditor* m_editor = nullptr;
    ViewTool* m_tools[3] = {};
    QAction* m_toolActions[3] = {};
    QActionGroup* m_toolGroup = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_selectionLabel = nullptr;
    QComboBox* m_colorCombo = nullptr;
    QCheckBox* m_showCheck = nullptr;
    QCheckBox* m_numbersCheck = nullptr;
    QLabel* m_toolLabel = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_mergeButton = nullptr;
    QPushButton* m_relabelButton = nullptr;
    QDoubleSpinBox* m_cutWidthSpin = nullptr;
    QComboBox* m_classCombo = nullptr;
    QPushButton* m_addRoisButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace tessera
