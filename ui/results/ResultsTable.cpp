#include "ui/results/ResultsTable.h"

#include "core/texture/GlcmExport.h"
#include "ui/document/AnalysisResults.h"
#include "ui/document/ImageDocument.h"
#include "ui/results/ExportProvenance.h"
#include "ui/results/ObjectsTable.h"
#include "ui/results/ResultsTableModel.h"
#include "ui/results/ResultsView.h"
#include "ui/settings/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera {

ResultsDock::ResultsDock(TaskRunner* runner, QWidget* parent)
    : DocumentPanel(tr("Results"), QStringLiteral("resultsDock"), parent), m_tabs(new QTabWidget(this)),
      m_table(new ResultsTable(m_tabs)), m_objects(new ObjectsTable(runner, m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("resultsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("ROIs"));
    m_tabs->addTab(m_objects, tr("Objects"));
    m_tabs->setTabToolTip(0, tr("GLCM texture features and statistics per ROI"));
    m_tabs->setTabToolTip(1, tr("Measurements per object of the segmentation"));
    setWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { emit exportableChanged(canExport()); });
    connect(m_table, &ResultsTable::exportableChanged, this, [this] { emit exportableChanged(canExport()); });
    connect(m_objects, &ObjectsTable::tableUpdated, this, [this] { emit exportableChanged(canExport()); });
}

bool ResultsDock::canExport() const
{
    if (m_tabs->currentWidget() == m_objects) {
        return document() && document()->hasResult(AnalysisKind::Measurements);
    }
    return m_table->canExport();
}

void ResultsDock::exportDialog()
{
    if (m_tabs->currentWidget() == m_objects) {
        m_objects->exportDialog();
    } else {
        m_table->exportDialog();
    }
}

void ResultsDock::documentChanged(ImageDocument*)
{
    m_table->setDocument(document());
    m_objects->setDocument(document());
    if (ImageDocument* doc = document()) {
        connect(doc, &ImageDocument::labelLayerChanged, this, [this] {
            if (document() && document()->hasLabelLayer()) {
                m_tabs->setCurrentWidget(m_objects);
            }
        });
        m_tabs->setCurrentWidget(doc->hasLabelLayer() ? static_cast<QWidget*>(m_objects) : m_table);
    }
}

ResultsTable::ResultsTable(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("resultsTable"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);
    m_perOrientation = new QCheckBox(tr("Per &orientation"), this);
    m_perOrientation->setObjectName(QStringLiteral("resultsPerOrientation"));
    m_perOrientation->setToolTip(tr("Also show one row per orientation above each ROI's MEAN row."));
    bar->addWidget(m_perOrientation);
    bar->addStretch(1);
    auto* copyButton = new QToolButton(this);
    copyButton->setObjectName(QStringLiteral("resultsCopy"));
    copyButton->setText(tr("Copy"));
    copyButton->setToolTip(tr("Copy the selected rows (all rows when none is selected) as tab-separated text for a "
                              "spreadsheet (Ctrl+C)."));
    bar->addWidget(copyButton);
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("resultsExport"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the GLCM table as CSV, identical to what tessera-cli glcm writes (File > "
                                "Export Table…); the arrow chooses where its provenance goes."));
    exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    exportButton->setMenu(createProvenanceMenu());
    bar->addWidget(exportButton);

    m_model = new ResultsTableModel(this);
    m_view = createResultsView(m_model, &m_proxy, QStringLiteral("resultsView"), this);
    m_view->setToolTip(tr("One row per ROI: click a row to select the ROI in the image, the manager and the plot; "
                          "click a header to sort."));
    layout->addWidget(m_view, 1);

    auto* copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &ResultsTable::copy);
    m_view->addAction(copyAction);
    connect(copyButton, &QToolButton::clicked, this, &ResultsTable::copy);
    connect(exportButton, &QToolButton::clicked, this, &ResultsTable::exportDialog);
    connect(m_perOrientation, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setPerOrientation(on);
        syncSelectionFromDocument();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, exportButton, copyButton] {
        exportButton->setEnabled(canExport());
        copyButton->setEnabled(m_model->rowCount() > 0);
        if (m_model->columnCount() != m_sizedColumns) { // size the columns once per layout, then keep the user's
            m_sizedColumns = m_model->columnCount();
            m_view->resizeColumnsToContents();
        }
        syncSelectionFromDocument();
        emit exportableChanged(canExport());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultsTable::syncSelectionToDocument);
    setDocument(nullptr);
}

ResultsTable::~ResultsTable() = default;

QMenu* ResultsTable::createProvenanceMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("resultsProvenanceMenu"));
    menu->setToolTipsVisible(true);
    auto* group = new QActionGroup(menu);
    const ProvenanceMode current = Settings().tableProvenance();
    const struct
    {
        ProvenanceMode mode;
        QString text;
        QString tip;
        const char* name;
    } choices[] = {
        {ProvenanceMode::Sidecar, tr("Provenance in a &sidecar file (NAME.csv.json)"),
         tr("Write the image path and SHA-256, plane, calibration, ROIs and parameters beside the CSV (default)."),
         "resultsProvenanceSidecar"},
        {ProvenanceMode::CommentHeader, tr("Provenance as '#' &comment lines in the CSV"),
         tr("Put the provenance before the header as '#' lines (pandas: read_csv(..., comment='#'))."),
         "resultsProvenanceComment"},
        {ProvenanceMode::None, tr("&No provenance"), tr("Write the CSV only."), "resultsProvenanceNone"},
    };
    for (const auto& c : choices) {
        QAction* a = menu->addAction(c.text);
        a->setObjectName(QLatin1String(c.name));
        a->setToolTip(c.tip);
        a->setCheckable(true);
        a->setChecked(c.mode == current);
        group->addAction(a);
        const ProvenanceMode mode = c.mode;
        connect(a, &QAction::triggered, this, [mode] { Settings().setTableProvenance(mode); });
    }
    return menu;
}

void ResultsTable::setDocument(ImageDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document, &ImageDocument::selectionChanged, this, &ResultsTable::syncSelectionFromDocument);
    }
    m_model->setDocument(document);
}

bool ResultsTable::canExport() const
{
    return m_document && m_document->hasResult(AnalysisKind::Glcm);
}

namespace {
/** The result's GLCM table with the ROIs' current names (they may have been renamed since the run). */
GlcmTable tableWithCurrentNames(const ImageDocument& document, const GlcmResult& result)
{
    GlcmTable table = result.table;
    for (std::size_t i = 0; i < table.rois.size(); ++i) {
        const RoiId id = result.roiIds.value(int(i));
        if (document.containsRoi(id)) {
            table.rois[i].name = document.roi(id).name;
        }
    }
    return table;
}

CsvOptions exportOptions(bool european)
{
    CsvOptions options = glcmCsvOptions();
    if (european) {
        options.separator = QLatin1Char(';');
        options.decimalComma = true;
    }
    return options;
}
} // namespace

QByteArray ResultsTable::csv(bool european) const
{
    const auto result = m_document ? m_document->result<GlcmResult>(AnalysisKind::Glcm) : nullptr;
    if (!result) {
        return {};
    }
    return toCsv(glcmMeasurementTable(tableWithCurrentNames(*m_document, *result)), exportOptions(european));
}

Status ResultsTable::exportCsv(const QString& path, bool european, ProvenanceMode provenance) const
{
    if (!canExport()) {
        return Status::invalid(tr("There is no GLCM result to export yet."));
    }
    const auto result = m_document->result<GlcmResult>(AnalysisKind::Glcm);
    const GlcmRowOptions rows;
    TableWriteOptions options;
    options.csv = exportOptions(european);
    options.provenance = provenance;
    return writeTable(glcmMeasurementTable(tableWithCurrentNames(*m_document, *result), rows), path, options,
                      glcmProvenance(*m_document, *result, rows));
}

QString ResultsTable::selectionAsTsv() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        rows.push_back(m_proxy->mapToSource(index).row());
    }
    std::sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_proxy->mapFromSource(m_model->index(a, 0)).row() < m_proxy->mapFromSource(m_model->index(b, 0)).row();
    });
    if (rows.isEmpty() && m_model->rowCount() > 0) {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            rows.push_back(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        }
    }
    if (rows.isEmpty()) {
        return QString();
    }
    CsvOptions options;
    options.separator = QLatin1Char('\t');
    options.lineBreak = CsvLineBreak::Lf;
    return QString::fromUtf8(toCsv(m_model->toTable(rows), options));
}

void ResultsTable::copy()
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

void ResultsTable::exportDialog()
{
    if (!canExport()) {
        QMessageBox::information(this, tr("Export Table"), tr("There is no GLCM result to export yet."));
        return;
    }
    const std::optional<CsvExportTarget> target = askCsvExportTarget(this, tr("Export Table"));
    if (!target) {
        return;
    }
    const Status s = exportCsv(target->path, target->european, Settings().tableProvenance());
    if (!s.isOk()) {
        QMessageBox::warning(this, tr("Export Table"), s.message());
    }
}

void ResultsTable::syncSelectionFromDocument()
{
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    QItemSelection selection;
    if (m_document) {
        const int lastColumn = m_model->columnCount() - 1;
        for (RoiId id : m_document->selection()) {
            for (int row : m_model->rowsOf(id)) {
                const QModelIndex a = m_proxy->mapFromSource(m_model->index(row, 0));
                const QModelIndex b = m_proxy->mapFromSource(m_model->index(row, lastColumn));
                selection.select(a, b);
            }
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        m_view->scrollTo(selection.first().topLeft());
    }
    m_syncing = false;
}

void ResultsTable::syncSelectionToDocument()
{
    if (m_syncing || !m_document) {
        return;
    }
    RoiIdSet ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        ids.insert(m_model->roiIdAt(m_proxy->mapToSource(index).row()));
    }
    m_syncing = true;
    m_document->setSelection(ids);
    m_syncing = false;
    syncSelectionFromDocument(); // select every row of each selected ROI
}

} // namespace tessera
