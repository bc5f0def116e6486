#include "ui/objects/ObjectsPanel.h"

#include "ui/objects/LabelOverlay.h"
#include "ui/objects/ObjectEditor.h"
#include "ui/objects/ObjectTools.h"
#include "ui/roi/tools/RoiTools.h"
#include "ui/viewer/ImageView.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera {
namespace {

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(Qt::black);
    p.setBrush(color);
    p.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

} // namespace

ObjectsPanel::ObjectsPanel(TaskRunner* runner, ImageView* view, RoiTools* roiTools, QWidget* parent)
    : DocumentPanel(tr("Objects"), QStringLiteral("objectsPanel"), parent), m_view(view), m_roiTools(roiTools)
{
    m_overlay = new LabelOverlay(runner, this);
    m_editor = new ObjectEditor(m_overlay, this);
    connect(m_editor, &ObjectEditor::message, this, &ObjectsPanel::showMessage);
    m_tools[int(Tool::Select)] = new ObjectSelectTool(*m_editor, this);
    m_tools[int(Tool::Split)] = new ObjectSplitTool(*m_editor, this);
    m_tools[int(Tool::Draw)] = new ObjectDrawTool(*m_editor, this);
    if (m_view) {
        m_view->addOverlay(m_overlay, int(OverlayZ::Labels));
        connect(m_view, &ImageView::toolChanged, this, [this](ViewTool* active) {
            if (std::find(std::begin(m_tools), std::end(m_tools), active) == std::end(m_tools)) {
                if (QAction* checked = m_toolGroup->checkedAction()) {
                    checked->setChecked(false);
                }
            }
            updateToolLabel();
        });
    }
    connect(m_overlay, &LabelOverlay::outlinesReady, this, &ObjectsPanel::updateState);
    buildUi();
    updateState();
}

ObjectsPanel::~ObjectsPanel()
{
    if (m_view && std::find(std::begin(m_tools), std::end(m_tools), m_view->tool()) != std::end(m_tools)) {
        m_view->setTool(nullptr);
    }
    if (m_view) {
        m_view->removeOverlay(m_overlay);
    }
}

QAction* ObjectsPanel::toolAction(Tool tool) const
{
    return m_toolActions[int(tool)];
}

ViewTool* ObjectsPanel::tool(Tool tool) const
{
    return m_tools[int(tool)];
}

void ObjectsPanel::buildUi()
{
    // Two parts, as the Segment panel: the state, the look and the tools scroll; the edits, "Add to ROI Manager" and
    // the last message sit in a footer that is always visible, however short the dock.
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("objectCountLabel"));
    m_countLabel->setWordWrap(true);
    layout->addWidget(m_countLabel);
    m_selectionLabel = new QLabel;
    m_selectionLabel->setObjectName(QStringLiteral("objectSelectionLabel"));
    m_selectionLabel->setWordWrap(true);
    layout->addWidget(m_selectionLabel);

    auto* look = new QHBoxLayout;
    m_colorCombo = new QComboBox;
    m_colorCombo->setObjectName(QStringLiteral("labelColorCombo"));
    m_colorCombo->setToolTip(tr("Colour of the object outlines and numbers"));
    const std::pair<QString, QColor> colors[] = {
        {tr("Yellow"), QColor(255, 255, 0)}, {tr("Cyan"), QColor(0, 255, 255)}, {tr("Magenta"), QColor(255, 0, 255)},
        {tr("Green"), QColor(0, 255, 0)},    {tr("Red"), QColor(255, 0, 0)},    {tr("Blue"), QColor(0, 128, 255)},
        {tr("White"), QColor(255, 255, 255)}};
    for (const auto& [name, color] : colors) {
        m_colorCombo->addItem(swatch(color), name, color);
    }
    m_colorCombo->addItem(tr("Other…"));
    connect(m_colorCombo, &QComboBox::activated, this, &ObjectsPanel::chooseColor);
    m_showCheck = new QCheckBox(tr("Show"));
    m_showCheck->setObjectName(QStringLiteral("showObjectsCheck"));
    m_showCheck->setToolTip(tr("Show the objects on the image"));
    m_showCheck->setChecked(m_overlay->isVisible());
    connect(m_showCheck, &QCheckBox::toggled, m_overlay, &OverlayLayer::setVisible);
    look->addWidget(m_showCheck);
    auto* outlinesLabel = new QLabel(tr("Outlines:"));
    outlinesLabel->setBuddy(m_colorCombo);
    look->addWidget(outlinesLabel);
    look->addWidget(m_colorCombo);
    m_numbersCheck = new QCheckBox(tr("Numbers"));
    m_numbersCheck->setObjectName(QStringLiteral("showNumbersCheck"));
    m_numbersCheck->setToolTip(tr("Show each object's number at its centre (where the object is large enough on "
                                  "screen to hold it)"));
    m_numbersCheck->setChecked(m_overlay->showNumbers());
    connect(m_numbersCheck, &QCheckBox::toggled, m_overlay, &LabelOverlay::setShowNumbers);
    look->addWidget(m_numbersCheck);
    look->addStretch();
    layout->addLayout(look);

    // Object tools: exclusive with each other and with the ROI tools (one viewer tool at a time).
    auto* toolRow = new QHBoxLayout;
    auto* toolsLabel = new QLabel(tr("Tools:"));
    toolsLabel->setToolTip(tr("Object tools act on the image like the ROI tools; one tool of either set is active"));
    toolRow->addWidget(toolsLabel);
    m_toolGroup = new QActionGroup(this);
    m_toolGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    struct Spec
    {
        Tool tool;
        const char* name;
        QString text;
        QString tip;
    };
    const Spec specs[] = {
        {Tool::Select, "actionObjectSelect", tr("Select"),
         tr("Select objects: click an object (Shift adds, Ctrl toggles); Delete removes the selected objects, Esc "
            "clears the selection.")},
        {Tool::Split, "actionObjectSplit", tr("Split"),
         tr("Split an object: drag a line across it. The pieces become separate objects.")},
        {Tool::Draw, "actionObjectDraw", tr("Draw"),
         tr("Draw a missing object: drag its outline. Only background pixels are taken (objects do not overlap).")},
    };
    for (const Spec& spec : specs) {
        auto* action = new QAction(spec.text, this);
        action->setObjectName(QLatin1String(spec.name));
        action->setCheckable(true);
        action->setToolTip(spec.tip);
        action->setStatusTip(spec.tip);
        m_toolGroup->addAction(action);
        m_toolActions[int(spec.tool)] = action;
        const Tool tool = spec.tool;
        connect(action, &QAction::triggered, this, [this, tool](bool checked) {
            if (!m_view) {
                return;
            }
            if (checked) {
                m_view->setTool(m_tools[int(tool)]);
            } else if (m_roiTools) {
                m_roiTools->setCurrentTool(RoiTools::Kind::Select); // switched off: back to the ROI select tool
            }
            m_view->setFocus();
        });
        auto* button = new QToolButton;
        button->setObjectName(QLatin1String(spec.name) + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolRow->addWidget(button);
    }
    toolRow->addSpacing(8);
    auto* cutLabel = new QLabel(tr("Cut:"));
    m_cutWidthSpin = new QDoubleSpinBox;
    m_cutWidthSpin->setObjectName(QStringLiteral("cutWidthSpin"));
    m_cutWidthSpin->setRange(0.0, 50.0);
    m_cutWidthSpin->setDecimals(1);
    m_cutWidthSpin->setValue(m_editor->cutWidth());
    m_cutWidthSpin->setSuffix(tr(" px"));
    m_cutWidthSpin->setToolTip(tr("Width of the split cut: the pixels the line passes through and those whose "
                                  "centre lies within half this width become background"));
    cutLabel->setToolTip(m_cutWidthSpin->toolTip());
    cutLabel->setBuddy(m_cutWidthSpin);
    connect(m_cutWidthSpin, &QDoubleSpinBox::valueChanged, m_editor, &ObjectEditor::setCutWidth);
    toolRow->addWidget(cutLabel);
    toolRow->addWidget(m_cutWidthSpin);
    toolRow->addStretch();
    layout->addLayout(toolRow);
    m_toolLabel = new QLabel;
    m_toolLabel->setObjectName(QStringLiteral("objectToolLabel"));
    m_toolLabel->setWordWrap(true);
    layout->addWidget(m_toolLabel);
    layout->addStretch();

    auto* footer = new QWidget;
    footer->setObjectName(QStringLiteral("objectsFooter"));
    auto* footerLayout = new QVBoxLayout(footer);
    auto* editRow = new QHBoxLayout;
    m_deleteButton = new QPushButton(tr("Delete"));
    m_deleteButton->setObjectName(QStringLiteral("deleteObjectsButton"));
    m_deleteButton->setToolTip(tr("Delete the selected objects (Delete key with the object select tool)"));
    connect(m_deleteButton, &QPushButton::clicked, m_editor, &ObjectEditor::deleteSelected);
    m_mergeButton = new QPushButton(tr("Merge"));
    m_mergeButton->setObjectName(QStringLiteral("mergeObjectsButton"));
    m_mergeButton->setToolTip(tr("Merge the selected objects into one (the smallest number); one-pixel lines "
                                 "between them are filled"));
    connect(m_mergeButton, &QPushButton::clicked, m_editor, &ObjectEditor::mergeSelected);
    m_relabelButton = new QPushButton(tr("Relabel"));
    m_relabelButton->setObjectName(QStringLiteral("relabelObjectsButton"));
    m_relabelButton->setToolTip(tr("Number the objects 1, 2, 3, … again without gaps (top to bottom, left to right)"));
    connect(m_relabelButton, &QPushButton::clicked, m_editor, &ObjectEditor::relabel);
    editRow->addWidget(m_deleteButton);
    editRow->addWidget(m_mergeButton);
    editRow->addWidget(m_relabelButton);
    footerLayout->addLayout(editRow);

    auto* roiRow = new QHBoxLayout;
    m_addRoisButton = new QPushButton(tr("Add to ROI Manager"));
    m_addRoisButton->setObjectName(QStringLiteral("addObjectsToRoisButton"));
    m_addRoisButton->setToolTip(tr("Each object becomes a polygon ROI “object N” (its traced outline) of the chosen "
                                   "class, so GLCM and the texture plot work per object"));
    connect(m_addRoisButton, &QPushButton::clicked, this,
            [this] { m_editor->addToRoiManager(m_classCombo->currentData().toString()); });
    m_classCombo = new QComboBox;
    m_classCombo->setObjectName(QStringLiteral("objectRoiClassCombo"));
    m_classCombo->setToolTip(tr("Class given to the ROIs made from the objects"));
    auto* classLabel = new QLabel(tr("as class"));
    classLabel->setBuddy(m_classCombo);
    roiRow->addWidget(m_addRoisButton);
    roiRow->addWidget(classLabel);
    roiRow->addWidget(m_classCombo, 1);
    footerLayout->addLayout(roiRow);

    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("objectMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide(); // shown with a message: no empty line in the footer
    footerLayout->addWidget(m_messageLabel);
    setScrollableWidget(body, footer);
    rebuildClassCombo();
    updateToolLabel();
}

void ObjectsPanel::documentChanged(ImageDocument* previous)
{
    Q_UNUSED(previous)
    ImageDocument* doc = document();
    m_overlay->setDocument(doc);
    m_editor->setDocument(doc);
    m_messageLabel->clear();
    m_messageLabel->hide();
    if (doc) {
        connect(doc, &ImageDocument::labelLayerChanged, this, &ObjectsPanel::updateState);
        connect(doc, &ImageDocument::objectSelectionChanged, this, &ObjectsPanel::updateState);
        connect(doc, &ImageDocument::classesChanged, this, &ObjectsPanel::rebuildClassCombo);
    }
    rebuildClassCombo();
    updateState();
}

void ObjectsPanel::updateState()
{
    ImageDocument* doc = document();
    const bool hasLayer = doc && doc->hasLabelLayer();
    const int count = hasLayer ? m_editor->objectCount() : 0;
    if (!hasLayer) {
        m_countLabel->setText(tr("No objects yet: segment the image first (Segment panel)."));
    } else {
        m_countLabel->setText(tr("Objects: %1").arg(count));
    }
    QList<int> selected = doc ? doc->selectedObjects().values() : QList<int>();
    std::sort(selected.begin(), selected.end());
    QStringList numbers;
    for (int l : selected) {
        numbers.append(QString::number(l));
    }
    m_selectionLabel->setText(selected.isEmpty() ? tr("No object selected.")
                                                 : tr("Selected: %1").arg(numbers.join(QStringLiteral(", "))));
    m_selectionLabel->setVisible(hasLayer);
    for (QAction* a : m_toolActions) {
        a->setEnabled(hasLayer);
    }
    m_deleteButton->setEnabled(hasLayer && !selected.isEmpty());
    m_mergeButton->setEnabled(hasLayer && selected.size() >= 2);
    m_relabelButton->setEnabled(hasLayer && count > 0);
    m_addRoisButton->setEnabled(hasLayer && count > 0);
    // Without objects an object tool has nothing to act on: give the viewer back to the ROI select tool.
    if (!hasLayer && m_view && m_roiTools &&
        std::find(std::begin(m_tools), std::end(m_tools), m_view->tool()) != std::end(m_tools)) {
        m_roiTools->setCurrentTool(RoiTools::Kind::Select);
    }
}

void ObjectsPanel::updateToolLabel()
{
    QAction* checked = m_toolGroup->checkedAction();
    if (checked) {
        m_toolLabel->setText(tr("<b>Object tool active: %1.</b> ROI tools are off until you choose one again "
                                "(V, R, E, P, F).")
                                 .arg(checked->text()));
    } else {
        m_toolLabel->setText(tr("ROI tools are active. Choose an object tool to edit objects."));
    }
}

void ObjectsPanel::rebuildClassCombo()
{
    const QString previous = m_classCombo->currentData().toString();
    const QSignalBlocker block(m_classCombo);
    m_classCombo->clear();
    m_classCombo->addItem(swatch(ImageDocument::noClassColor()), tr("(none)"), QString());
    if (ImageDocument* doc = document()) {
        for (const RoiClass& c : doc->classes()) {
            m_classCombo->addItem(swatch(c.color), c.name, c.name);
        }
    }
    const int index = m_classCombo->findData(previous);
    m_classCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void ObjectsPanel::chooseColor(int index)
{
    QColor color = m_colorCombo->itemData(index).value<QColor>();
    if (!color.isValid()) {
        color = QColorDialog::getColor(m_overlay->color(), this, tr("Outline Colour"));
        if (!color.isValid()) {
            return;
        }
        m_colorCombo->setItemIcon(index, swatch(color));
    }
    m_overlay->setColor(color);
}

void ObjectsPanel::showMessage(const QString& text, int timeout)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
    if (auto* window = qobject_cast<QMainWindow*>(this->window())) {
        window->statusBar()->showMessage(text, timeout);
    }
}

} // namespace tessera
