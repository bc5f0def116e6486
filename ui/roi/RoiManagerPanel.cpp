#include "ui/roi/RoiManagerPanel.h"

#include "core/roi/RoiFile.h"
#include "ui/app/FileDialogs.h"
#include "ui/document/ImageDocument.h"
#include "ui/document/commands/ClassCommands.h"
#include "ui/document/commands/RoiCommands.h"
#include "ui/roi/RoiClassDelegate.h"
#include "ui/roi/RoiClassEditor.h"
#include "ui/roi/RoiTableModel.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera {

RoiManagerPanel::RoiManagerPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("roiManagerPanel"));
    m_model = new RoiTableModel(this);
    m_delegate = new RoiClassDelegate(this);

    // While rows change, the view's selection is transient: do not copy it to the document (connected before the
    // view's selection model so the guard is up before it reacts), and re-read the document's selection afterwards.
    auto hold = [this] { m_syncing = true; };
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, hold);
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, hold);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("roiTable"));
    m_table->setToolTip(tr("The ROIs of the image. Select rows to select the ROIs on the image; double-click a name "
                           "or class to change it; drag rows to reorder."));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.horizontalAdvance(QLatin1Char('m'));
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("00")) + pad);
    header->setDefaultSectionSize(fm.horizontalAdvance(QStringLiteral("0000")) + pad); // x, y, w, h
    header->resizeSection(RoiTableModel::NameColumn, pad * 8);
    header->resizeSection(RoiTableModel::ClassColumn, fm.horizontalAdvance(tr("background")) + 16 + pad);
    header->resizeSection(RoiTableModel::ShapeColumn, fm.horizontalAdvance(tr("Rectangle")) + pad);
    header->resizeSection(RoiTableModel::PixelsColumn, fm.horizontalAdvance(QStringLiteral("00,000")) + pad);
    header->resizeSection(RoiTableModel::AreaColumn, fm.horizontalAdvance(QStringLiteral("Area (µm²)")) + pad);

    auto release = [this] {
        m_syncing = false;
        pullSelectionFromDocument(false);
        updateActions();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, release);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, release);
    connect(m_model, &QAbstractItemModel::modelReset, this, release);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, release);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoiManagerPanel::pushSelectionToDocument);

    createActions();

    m_classEditor = new RoiClassEditor(this);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    const std::pair<QAction*, const char*> buttonActions[] = {{m_duplicateAction, "duplicateRoisButton"},
                                                              {m_deleteAction, "deleteRoisButton"},
                                                              {m_upAction, "moveRoisUpButton"},
                                                              {m_downAction, "moveRoisDownButton"},
                                                              {nullptr, nullptr},
                                                              {m_showNamesAction, "showNamesButton"},
                                                              {m_importAction, "importRoisButton"},
                                                              {m_exportAction, "exportRoisButton"}};
    for (const auto& [action, name] : buttonActions) {
        if (!action) {
            buttons->addStretch();
            continue;
        }
        auto* button = new QToolButton(top);
        button->setObjectName(QLatin1String(name));
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        if (action == m_showNamesAction) {
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        }
        buttons->addWidget(button);
    }
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("roiManagerSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_classEditor);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);

    setDocument(nullptr);
}

RoiManagerPanel::~RoiManagerPanel() = default;

QSize RoiManagerPanel::sizeHint() const
{
    // Wide enough for every column of the table without scrolling.
    const QHeaderView* header = m_table->horizontalHeader();
    // The row numbers' header is empty (zero wide) before the first ROI: reserve room for three digits.
    const QFontMetrics fm = m_table->verticalHeader()->fontMetrics();
    const int rowNumbers =
        std::max(m_table->verticalHeader()->sizeHint().width(),
                 fm.horizontalAdvance(QStringLiteral("000")) + fm.horizontalAdvance(QLatin1Char('m')));
    const int width = header->length() + rowNumbers + m_table->verticalScrollBar()->sizeHint().width() +
                      4 * m_table->frameWidth() + 8;
    return {width, QWidget::sizeHint().height()};
}

void RoiManagerPanel::createActions()
{
    auto make = [this](const QString& text, const QString& tip, const QIcon& icon, const char* name) {
        auto* action = new QAction(icon, text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_deleteAction = make(tr("Delete"), tr("Delete the selected ROIs (Del)."),
                          style()->standardIcon(QStyle::SP_TrashIcon), "deleteRoisAction");
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut); // the table's: Del in the classes list is not for ROIs
    removeAction(m_deleteAction);
    m_table->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &RoiManagerPanel::deleteSelected);
    m_duplicateAction =
        make(tr("Duplicate"), tr("Copy the selected ROIs (same place, shape and class, next free number in the name)."),
             QIcon(QStringLiteral(":/icons/roi-duplicate.svg")), "duplicateRoisAction");
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicateAction, &QAction::triggered, this, &RoiManagerPanel::duplicateSelected);
    m_upAction = make(tr("Move Up"),
                      tr("Move the selected ROIs one place up in the list (the order of tables and "
                         "exports)."),
                      style()->standardIcon(QStyle::SP_ArrowUp), "moveRoisUpAction");
    connect(m_upAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    m_downAction = make(tr("Move Down"), tr("Move the selected ROIs one place down in the list."),
                        style()->standardIcon(QStyle::SP_ArrowDown), "moveRoisDownAction");
    connect(m_downAction, &QAction::triggered, this, [this] { moveSelected(+1); });
    m_importAction = make(tr("Import ROIs…"),
                          tr("Add ROIs from an ImageJ ROI set (RoiSet.zip) or .roi file, or a Tessera JSON or CSV ROI "
                             "file, keeping their names."),
                          style()->standardIcon(QStyle::SP_DialogOpenButton), "importRoisAction");
    connect(m_importAction, &QAction::triggered, this, &RoiManagerPanel::importDialog);
    m_exportAction = make(tr("Export ROIs…"),
                          tr("Save the selected ROIs (all when none is selected) as an ImageJ ROI set (.zip), one "
                             "ImageJ .roi or a Tessera JSON file, for ImageJ / Fiji or tessera-cli --rois."),
                          style()->standardIcon(QStyle::SP_DialogSaveButton), "exportRoisAction");
    connect(m_exportAction, &QAction::triggered, this, &RoiManagerPanel::exportDialog);
    m_showNamesAction = make(tr("Show Names"), tr("Write each ROI's name next to its outline on the image."),
                             style()->standardIcon(QStyle::SP_FileDialogDetailedView), "showRoiNamesAction");
    m_showNamesAction->setCheckable(true);
    connect(m_showNamesAction, &QAction::toggled, this, [this](bool on) {
        if (m_document) {
            m_document->setRoiNamesShown(on);
        }
    });
}

void RoiManagerPanel::setDocument(ImageDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_delegate->setDocument(document);
    m_classEditor->setDocument(document);
    m_model->setDocument(document); // resets the model, which re-reads the selection
    if (document) {
        connect(document, &ImageDocument::selectionChanged, this, [this] { pullSelectionFromDocument(true); });
        connect(document, &ImageDocument::roiNamesShownChanged, m_showNamesAction, &QAction::setChecked);
        connect(document, &ImageDocument::roisChanged, this, &RoiManagerPanel::updateActions);
        m_showNamesAction->setChecked(document->roiNamesShown());
    }
    setEnabled(document != nullptr);
    updateActions();
}

void RoiManagerPanel::updateActions()
{
    const bool hasSelection = m_document && !m_document->selection().isEmpty();
    m_deleteAction->setEnabled(hasSelection);
    m_duplicateAction->setEnabled(hasSelection);
    m_upAction->setEnabled(hasSelection);
    m_downAction->setEnabled(hasSelection);
    m_importAction->setEnabled(m_document != nullptr);
    m_exportAction->setEnabled(m_document && m_document->roiCount() > 0);
    m_showNamesAction->setEnabled(m_document != nullptr);
}

void RoiManagerPanel::pushSelectionToDocument()
{
    if (m_syncing || !m_document) {
        return;
    }
    QScopedValueRollback<bool> guard(m_syncing, true);
    RoiIdSet ids;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection()) {
        for (int r = range.top(); r <= range.bottom(); ++r) {
            ids.insert(m_model->roiId(r));
        }
    }
    m_document->setSelection(ids);
    updateActions();
}

void RoiManagerPanel::pullSelectionFromDocument(bool scroll)
{
    if (m_syncing) {
        return;
    }
    QScopedValueRollback<bool> guard(m_syncing, true);
    QList<int> rows;
    if (m_document) {
        for (RoiId id : m_document->selection()) {
            const int r = m_model->rowOf(id);
            if (r >= 0) {
                rows.append(r);
            }
        }
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    const int lastColumn = RoiTableModel::ColumnCount - 1;
    for (int k = 0; k < rows.size();) {
        int end = k;
        while (end + 1 < rows.size() && rows[end + 1] == rows[end] + 1) {
            ++end;
        }
        selection.select(m_model->index(rows[k], 0), m_model->index(rows[end], lastColumn));
        k = end + 1;
    }
    QItemSelectionModel* sm = m_table->selectionModel();
    sm->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.isEmpty()) {
        const QModelIndex first = m_model->index(rows.first(), 0);
        if (!sm->currentIndex().isValid() || !sm->isRowSelected(sm->currentIndex().row(), QModelIndex())) {
            sm->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        }
        if (scroll) {
            m_table->scrollTo(first);
        }
    }
    updateActions();
}

void RoiManagerPanel::deleteSelected()
{
    if (m_document && !m_document->selection().isEmpty()) {
        m_document->undoStack()->push(new RemoveRoisCommand(m_document, m_document->selectedRoiIds()));
    }
}

void RoiManagerPanel::duplicateSelected()
{
    if (!m_document || m_document->selection().isEmpty()) {
        return;
    }
    static const QRegularExpression numbered(QStringLiteral("^(.*\\S)\\s+\\d+$"));
    const RoiIdList originals = m_document->selectedRoiIds();
    QUndoStack* stack = m_document->undoStack();
    RoiIdSet copies;
    // Pushed one by one inside a macro so each name sees the copies before it: one undo step.
    stack->beginMacro(tr("Duplicate %n ROI(s)", nullptr, int(originals.size())));
    for (RoiId id : originals) {
        Roi copy = m_document->roi(id);
        const QRegularExpressionMatch m = numbered.match(copy.name);
        copy.name = m_document->uniqueRoiName(m.hasMatch() ? m.captured(1) : copy.name);
        auto* command = new AddRoisCommand(m_document, {copy}, m_document->roiIndex(id) + 1);
        copies.insert(command->ids().first());
        stack->push(command);
    }
    stack->endMacro();
    m_document->setSelection(copies);
}

void RoiManagerPanel::moveSelected(int delta)
{
    if (!m_document || m_document->selection().isEmpty()) {
        return;
    }
    RoiIdList order = m_document->roiIds();
    const RoiIdSet& selected = m_document->selection();
    const int n = int(order.size());
    // Each selected ROI swaps with its unselected neighbour; a block at the end stays where it is.
    if (delta < 0) {
        for (int i = 1; i < n; ++i) {
            if (selected.contains(order[i]) && !selected.contains(order[i - 1])) {
                order.swapItemsAt(i, i - 1);
            }
        }
    } else {
        for (int i = n - 2; i >= 0; --i) {
            if (selected.contains(order[i]) && !selected.contains(order[i + 1])) {
                order.swapItemsAt(i, i + 1);
            }
        }
    }
    if (order != m_document->roiIds()) {
        m_document->undoStack()->push(new ReorderRoisCommand(m_document, order));
    }
}

Status RoiManagerPanel::importRois(const QString& path, QStringList* warnings)
{
    if (!m_document) {
        return Status::invalid(tr("No image is open."));
    }
    Expected<std::vector<Roi>> read = readRoiFile(path, warnings);
    if (!read.isOk()) {
        return read.status();
    }
    if (read->empty()) {
        return Status::invalid(tr("The ROI file “%1” contains no ROIs.").arg(path));
    }
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(tr("Import %n ROI(s)", nullptr, int(read->size())));
    for (const Roi& roi : read.value()) {
        if (!roi.className.isEmpty() && !m_document->hasClass(roi.className)) {
            const QColor color =
                roi.color != 0 ? QColor::fromRgb(roi.color | 0xff000000u) : RoiClassEditor::suggestedColor(*m_document);
            stack->push(new AddClassCommand(m_document, {roi.className, color}));
        }
    }
    auto* add = new AddRoisCommand(m_document, QList<Roi>(read->begin(), read->end()));
    const RoiIdList ids = add->ids();
    stack->push(add);
    stack->endMacro();
    m_document->setSelection(RoiIdSet(ids.begin(), ids.end()));
    return Status::ok();
}

Status RoiManagerPanel::exportRois(const QString& path, bool selectedOnly) const
{
    if (!m_document) {
        return Status::invalid(tr("No image is open."));
    }
    std::vector<Roi> rois;
    rois.reserve(m_document->roiCount());
    const bool onlySelected = selectedOnly && !m_document->selection().isEmpty();
    for (RoiId id : m_document->roiIds()) {
        if (!onlySelected || m_document->isSelected(id)) {
            rois.push_back(m_document->roi(id));
        }
    }
    if (rois.empty()) {
        return Status::invalid(tr("There are no ROIs to export."));
    }
    return writeRoiFile(path, rois);
}

QString RoiManagerPanel::chooseFile(bool save, const QString& caption, const QString& filter, QString* selectedFilter)
{
    if (m_fileChooser) {
        return m_fileChooser(save, caption, filter, selectedFilter);
    }
    return save ? askSaveFileName(this, caption, QString(), filter, selectedFilter)
                : askOpenFileName(this, caption, QString(), filter, selectedFilter);
}

void RoiManagerPanel::importDialog()
{
    const QString path = chooseFile(false, tr("Import ROIs"),
                                    tr("ROI files (*.zip *.roi *.json *.csv);;ImageJ ROI sets (*.zip);;ImageJ ROIs "
                                       "(*.roi);;Tessera ROI files (*.json *.csv);;All files (*)"),
                                    nullptr);
    if (path.isEmpty()) {
        return;
    }
    QStringList warnings;
    const Status status = importRois(path, &warnings);
    if (!status.isOk()) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot import ROIs"), status.message(), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("errorBox"));
        box.exec();
        return;
    }
    if (!warnings.isEmpty()) {
        // Not modal: the ROIs are in; this only says what was left behind.
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("ROIs imported with changes"),
                            tr("Some details of “%1” cannot be kept in Tessera:").arg(path), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importWarningsBox"));
        box->setDetailedText(warnings.join(QLatin1Char('\n')));
        box->setInformativeText(
            warnings.mid(0, 5).join(QLatin1Char('\n')) +
            (warnings.size() > 5 ? tr("\n… and %n more.", nullptr, int(warnings.size() - 5)) : QString()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->show();
    }
}

void RoiManagerPanel::exportDialog()
{
    if (!m_document || m_document->roiCount() == 0) {
        return;
    }
    const int selected = int(m_document->selection().size());
    const QString caption = selected > 0 ? tr("Export %n Selected ROI(s)", nullptr, selected)
                                         : tr("Export All %n ROI(s)", nullptr, m_document->roiCount());
    const QString zipFilter = tr("ImageJ ROI set (*.zip)");
    const QString roiFilter = tr("ImageJ ROI, one ROI (*.roi)");
    const QString jsonFilter = tr("Tessera JSON ROI file (*.json)");
    QString filter = zipFilter;
    QString path =
        chooseFile(true, caption, QStringList{zipFilter, roiFilter, jsonFilter}.join(QLatin1String(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("zip") && suffix != QLatin1String("roi") && suffix != QLatin1String("json")) {
        path += filter == roiFilter    ? QLatin1String(".roi")
                : filter == jsonFilter ? QLatin1String(".json")
                                       : QLatin1String(".zip");
    }
    const Status status = exportRois(path, true);
    if (!status.isOk()) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot export ROIs"), status.message(), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("errorBox"));
        box.exec();
    }
}

} // namespace tessera
