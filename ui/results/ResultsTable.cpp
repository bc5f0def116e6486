#include "ui/results/ResultsTable.h"

#include "core/batch/BatchRunner.h"
#include "core/texture/GlcmExport.h"
#include "ui/document/AnalysisResults.h"
#include "ui/document/ImageDocument.h"
#include "ui/project/Project.h"
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
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera {

ResultsDock::ResultsDock(TaskRunner* runner, Project* project, QWidget* parent)
    : DocumentPanel(tr("Results"), QStringLiteral("resultsDock"), parent), m_tabs(new QTabWidget(this)),
      m_table(new ResultsTable(m_tabs)), m_objects(new ObjectsTable(runner, m_tabs))
{
    m_table->setProject(project);
    m_objects->setProject(project);
    connect(m_table, &ResultsTable::runAllRequested, this, &ResultsDock::runAllRequested);
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
        // A click on another image's row in the pooled ROIs table makes that image current: stay on the table.
        if (!(m_table->isPooled() && m_tabs->currentWidget() == m_table)) {
            m_tabs->setCurrentWidget(doc->hasLabelLayer() ? static_cast<QWidget*>(m_objects) : m_table);
        }
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
    m_pool = new QCheckBox(tr("&All images"), this);
    m_pool->setObjectName(QStringLiteral("poolImagesCheck"));
    bar->addWidget(m_pool);
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
    m_poolStatus = new QLabel(this);
    m_poolStatus->setObjectName(QStringLiteral("poolImagesStatus"));
    m_poolStatus->setWordWrap(true);
    m_poolStatus->setTextFormat(Qt::RichText);
    m_poolStatus->setToolTip(tr("Which images the pooled table holds. Images without a GLCM result have no rows; "
                                "grey rows belong to an out-of-date result."));
    m_poolStatus->hide();
    connect(m_poolStatus, &QLabel::linkActivated, this, &ResultsTable::runAllRequested);
    layout->addWidget(m_poolStatus);

    auto* copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &ResultsTable::copy);
    m_view->addAction(copyAction);
    connect(copyButton, &QToolButton::clicked, this, &ResultsTable::copy);
    connect(exportButton, &QToolButton::clicked, this, &ResultsTable::exportDialog);
    connect(m_pool, &QCheckBox::toggled, this, &ResultsTable::setPooled);
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
        updatePoolControls();
        emit exportableChanged(canExport());
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResultsTable::updatePoolControls); // staleness
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
    m_document = document;
    connectSelections();
    m_model->setDocument(document);
    syncSelectionFromDocument();
}

void ResultsTable::setProject(Project* project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    m_project = project;
    m_model->setProject(project); // first: its rows change before this table reacts below
    if (project) {
        connect(project, &Project::imageAdded, this, [this] {
            connectSelections();
            updatePoolControls();
        });
        connect(project, &Project::imageRemoved, this, [this] {
            if (m_project->count() <= 1) {
                setPooled(false); // nothing left to pool
            }
            connectSelections();
            updatePoolControls();
        });
    }
    connectSelections();
    updatePoolControls();
}

void ResultsTable::setPooled(bool on)
{
    on = on && m_project;
    if (on == m_model->isPooled()) {
        return;
    }
    {
        const QSignalBlocker blocker(m_pool);
        m_pool->setChecked(on);
    }
    m_sizedColumns = -1; // the Image column: size the columns again
    m_model->setPooled(on);
    connectSelections();
    updatePoolControls();
}

bool ResultsTable::isPooled() const
{
    return m_model->isPooled();
}

void ResultsTable::connectSelections()
{
    for (const QPointer<ImageDocument>& doc : std::as_const(m_selectionDocuments)) {
        if (doc) {
            disconnect(doc, &ImageDocument::selectionChanged, this, nullptr);
        }
    }
    m_selectionDocuments.clear();
    QList<ImageDocument*> docs;
    if (m_model->isPooled()) {
        docs = m_project->documents();
    } else if (m_document) {
        docs.push_back(m_document);
    }
    for (ImageDocument* doc : std::as_const(docs)) {
        m_selectionDocuments.push_back(doc);
        connect(doc, &ImageDocument::selectionChanged, this, &ResultsTable::syncSelectionFromDocument);
    }
}

QString ResultsTable::poolStatusText() const
{
    if (!m_model->isPooled()) {
        return QString();
    }
    const QList<ImageDocument*> docs = m_project->documents();
    QStringList missing;
    QStringList stale;
    for (const ImageDocument* doc : docs) {
        if (!doc->hasResult(AnalysisKind::Glcm)) {
            missing << m_project->imageName(doc);
        } else if (doc->isStale(AnalysisKind::Glcm)) {
            stale << m_project->imageName(doc);
        }
    }
    auto names = [](const QStringList& list) {
        return list.size() <= 3 ? list.join(QStringLiteral(", "))
                                : list.mid(0, 3).join(QStringLiteral(", ")) + QStringLiteral(", …");
    };
    QString text =
        tr("%1 of %n image(s) have GLCM results.", nullptr, int(docs.size())).arg(docs.size() - missing.size());
    if (!missing.isEmpty()) {
        text += QLatin1Char(' ') + tr("No result: %1.").arg(names(missing));
    }
    if (!stale.isEmpty()) {
        text += QLatin1Char(' ') + tr("Out of date (grey rows): %1.").arg(names(stale));
    }
    return text;
}

void ResultsTable::updatePoolControls()
{
    const int images = m_project ? m_project->count() : 0;
    m_pool->setEnabled(images > 1 || m_model->isPooled());
    m_pool->setToolTip(images > 1 ? tr("Show the ROIs of every open image that has a GLCM result in one table, with an "
                                       "Image column first; Copy and Export then write this combined table.")
                                  : tr("Open more than one image to pool their ROIs in one table."));
    const QString text = poolStatusText();
    if (text.isEmpty()) {
        m_poolStatus->hide();
        return;
    }
    const bool incomplete =
        std::any_of(m_selectionDocuments.cbegin(), m_selectionDocuments.cend(), [](const QPointer<ImageDocument>& d) {
            return d && (!d->hasResult(AnalysisKind::Glcm) || d->isStale(AnalysisKind::Glcm));
        });
    m_poolStatus->setText(
        text.toHtmlEscaped() +
        (incomplete ? QStringLiteral(" <a href=\"run\">%1</a>").arg(tr("Run on all images")) : QString()));
    m_poolStatus->show();
}

bool ResultsTable::canExport() const
{
    if (m_model->isPooled()) {
        return !m_model->shownDocuments().isEmpty();
    }
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

MeasurementTable ResultsTable::pooledExportTable() const
{
    // Each image's table exactly as its own export writes it, stacked as tessera-cli run's combined table.
    std::vector<MeasurementTable> tables;
    std::vector<NamedTable> parts;
    const QList<ImageDocument*> docs = m_model->shownDocuments();
    tables.reserve(std::size_t(docs.size()));
    for (ImageDocument* doc : docs) {
        const auto result = doc->result<GlcmResult>(AnalysisKind::Glcm);
        if (!result) {
            continue; // cleared since the table was built
        }
        tables.push_back(glcmMeasurementTable(tableWithCurrentNames(*doc, *result), GlcmRowOptions()));
        parts.push_back({m_model->imageName(doc), &tables.back()});
    }
    return combineTables(parts);
}

QByteArray ResultsTable::csv(bool european) const
{
    if (m_model->isPooled()) {
        return canExport() ? toCsv(pooledExportTable(), exportOptions(european)) : QByteArray();
    }
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
    const GlcmRowOptions rows;
    TableWriteOptions options;
    options.csv = exportOptions(european);
    options.provenance = provenance;
    if (m_model->isPooled()) {
        QList<const ImageDocument*> docs;
        QStringList names;
        QStringList checksums; // known since loading: hashing every image here would block the GUI thread
        for (const ImageDocument* doc : m_model->shownDocuments()) {
            docs.push_back(doc);
            names.push_back(m_model->imageName(doc));
            checksums.push_back(m_project ? m_project->checksum(doc) : QString());
        }
        return writeTable(pooledExportTable(), path, options, pooledGlcmProvenance(docs, names, rows, checksums));
    }
    const auto result = m_document->result<GlcmResult>(AnalysisKind::Glcm);
    TableProvenance source = glcmProvenance(*m_document, *result, rows);
    source.inputSha256 = m_project ? m_project->checksum(m_document) : QString(); // known since loading
    return writeTable(glcmMeasurementTable(tableWithCurrentNames(*m_document, *result), rows), path, options, source);
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
    const int lastColumn = m_model->columnCount() - 1;
    // Pooled: every image's ROI selection (clicking another image's row makes it current and selects there).
    const QList<ImageDocument*> docs = m_model->isPooled() ? m_model->shownDocuments()
                                       : m_document        ? QList<ImageDocument*>{m_document.data()}
                                                           : QList<ImageDocument*>();
    for (ImageDocument* doc : docs) {
        for (RoiId id : doc->selection()) {
            for (int row : m_model->rowsOf(doc, id)) {
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
    if (m_syncing || (!m_document && !m_model->isPooled())) {
        return;
    }
    QHash<ImageDocument*, RoiIdSet> ids;
    if (m_document && !m_model->isPooled()) {
        ids[m_document]; // its selection is cleared when none of its rows is selected
    } else {
        for (ImageDocument* doc : m_model->shownDocuments()) {
            ids[doc];
        }
    }
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        const int row = m_proxy->mapToSource(index).row();
        if (ImageDocument* doc = m_model->documentAt(row); doc && ids.contains(doc)) {
            ids[doc].insert(m_model->roiIdAt(row));
        }
    }
    // The image of the row clicked last becomes the current one.
    ImageDocument* clicked = nullptr;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (m_model->isPooled() && current.isValid() && m_view->selectionModel()->isSelected(current)) {
        clicked = m_model->documentAt(m_proxy->mapToSource(current).row());
    }
    m_syncing = true;
    for (auto it = ids.begin(); it != ids.end(); ++it) {
        it.key()->setSelection(it.value());
    }
    if (clicked && m_project && clicked != m_project->current()) {
        m_project->setCurrent(clicked); // the window shows it; this table keeps its rows
    }
    m_syncing = false;
    syncSelectionFromDocument(); // select every row of each selected ROI
}

} // namespace tessera
