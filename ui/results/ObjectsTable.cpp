#include "ui/results/ObjectsTable.h"

#include "core/roi/Roi.h"
#include "core/segmentation/SegmentationParamsJson.h"
#include "core/task/TaskContext.h"
#include "ui/async/TaskRunner.h"
#include "ui/document/ImageDocument.h"
#include "ui/document/commands/ParameterCommands.h"
#include "ui/project/Project.h"
#include "ui/results/ExportProvenance.h"
#include "ui/results/ObjectResults.h"
#include "ui/results/ObjectsTableModel.h"
#include "ui/results/ResultsView.h"
#include "ui/results/SetMeasurementsDialog.h"
#include "ui/settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera {

ObjectsTable::ObjectsTable(TaskRunner* runner, QWidget* parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("objectsTable"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("objectsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_summary, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("objectsProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    bar->addWidget(m_progress);
    auto* setButton = new QToolButton(this);
    setButton->setObjectName(QStringLiteral("objectsSetMeasurements"));
    setButton->setText(tr("Set Measurements…"));
    setButton->setToolTip(tr("Choose the per-object measurements (ImageJ's Analyze > Set Measurements)."));
    bar->addWidget(setButton);
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("objectsCopy"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the selected rows (all rows when none is selected) as tab-separated text for "
                                "a spreadsheet (Ctrl+C)."));
    bar->addWidget(m_copyButton);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("objectsExport"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the objects table as CSV, identical to what tessera-cli segment --out writes "
                                  "for the same objects and measurements."));
    bar->addWidget(m_exportButton);

    m_model = new ObjectsTableModel(this);
    m_view = createResultsView(m_model, &m_proxy, QStringLiteral("objectsView"), this);
    m_view->setToolTip(tr("One row per object: click a row to select the object and centre it in the image; click a "
                          "header to sort."));
    layout->addWidget(m_view, 1);

    auto* copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &ObjectsTable::copy);
    m_view->addAction(copyAction);
    connect(setButton, &QToolButton::clicked, this, &ObjectsTable::setMeasurementsDialog);
    connect(m_copyButton, &QToolButton::clicked, this, &ObjectsTable::copy);
    connect(m_exportButton, &QToolButton::clicked, this, &ObjectsTable::exportDialog);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ObjectsTable::syncSelectionToDocument);
    if (m_runner) {
        connect(m_runner, &TaskRunner::taskFinished, this, [this](const QString& key) {
            if (key == m_taskKey) {
                m_progress->hide();
            }
        });
    }
    setDocument(nullptr);
}

ObjectsTable::~ObjectsTable()
{
    if (m_runner && !m_taskKey.isEmpty()) {
        m_runner->cancel(m_taskKey);
    }
}

void ObjectsTable::setDocument(ImageDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    if (m_runner && !m_taskKey.isEmpty()) {
        m_runner->cancel(m_taskKey);
    }
    m_document = document;
    m_taskKey = document ? document->taskKey(AnalysisKind::Measurements) : QString();
    setEnabled(document != nullptr);
    if (document) {
        attach();
    }
    rebuild();
    if (document && document->hasLabelLayer() &&
        (!document->hasResult(AnalysisKind::Measurements) || document->isStale(AnalysisKind::Measurements))) {
        run();
    }
}

void ObjectsTable::attach()
{
    ImageDocument* doc = m_document;
    if (!doc->hasParameters(AnalysisKind::Measurements)) {
        // The remembered choice, as the document's starting parameters (not an undo step, like loading).
        doc->setParameters(AnalysisKind::Measurements, Settings().measurementSelection());
    }
    connect(doc, &ImageDocument::labelLayerChanged, this, &ObjectsTable::run);
    connect(doc, &ImageDocument::parametersChanged, this, [this](AnalysisKind kind) {
        const bool glcmUsed =
            kind == AnalysisKind::Glcm && m_document->parameters<MeasurementSelection>(AnalysisKind::Measurements)
                                              .has(MeasurementGroup::GlcmFeatures);
        if (kind == AnalysisKind::Measurements || glcmUsed) {
            run(); // GLCM features per object follow the GLCM panel's parameters
        }
    });
    connect(doc, &ImageDocument::resultChanged, this, [this](AnalysisKind kind) {
        if (kind == AnalysisKind::Measurements || kind == AnalysisKind::Segmentation) {
            rebuild();
        }
    });
    connect(doc, &ImageDocument::objectSelectionChanged, this, &ObjectsTable::syncSelectionFromDocument);
}

bool ObjectsTable::isRunning() const
{
    return m_runner && !m_taskKey.isEmpty() && m_runner->isRunning(m_taskKey);
}

void ObjectsTable::run()
{
    ImageDocument* doc = m_document;
    if (!doc) {
        return;
    }
    if (!doc->hasLabelLayer()) {
        if (m_runner) {
            m_runner->cancel(m_taskKey);
        }
        doc->clearResult(AnalysisKind::Measurements);
        return;
    }
    const ObjectMeasurementJob job = makeObjectMeasurementJob(*doc);
    const ResultStamp stamp = doc->stamp(AnalysisKind::Measurements);
    QPointer<ImageDocument> document = doc;
    using Shared = std::shared_ptr<const ObjectMeasurementResult>;
    auto apply = [this, document, stamp](const Shared& result) {
        if (document && document == m_document) {
            document->setResult<ObjectMeasurementResult>(AnalysisKind::Measurements, result, stamp);
        }
    };
    auto work = [job](TaskContext& task) -> Expected<Shared> {
        Expected<ObjectMeasurementResult> r = computeObjectMeasurements(job, task);
        if (!r.isOk()) {
            return r.status();
        }
        return Shared(std::make_shared<const ObjectMeasurementResult>(std::move(r.value())));
    };
    auto fail = [this](const QString& message) { m_summary->setText(tr("Measurements failed: %1").arg(message)); };
    if (!m_runner) {
        TaskContext task;
        const Expected<Shared> r = work(task);
        if (r.isOk()) {
            apply(r.value());
        } else {
            fail(r.status().message());
        }
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_runner->run<Expected<Shared>>(m_taskKey, work, this, apply, fail, [this](double fraction, const QString&) {
        m_progress->setValue(int(fraction * 1000.0));
    });
}

void ObjectsTable::rebuild()
{
    const auto result = m_document ? m_document->result<ObjectMeasurementResult>(AnalysisKind::Measurements) : nullptr;
    if (result) {
        if (!(m_model->table() == result->table)) {
            m_model->setTable(result->table);
        }
        m_summary->setText(ObjectSummary::text(*m_document, *result));
    } else {
        m_model->setTable(MeasurementTable());
        m_summary->setText(m_document && m_document->hasLabelLayer()
                               ? tr("Measuring objects…")
                               : tr("No objects: segment the image (or draw objects) to measure them here."));
    }
    if (m_model->columnCount() != m_sizedColumns) { // size the columns once per layout, then keep the user's
        m_sizedColumns = m_model->columnCount();
        m_view->resizeColumnsToContents();
    }
    updateButtons();
    syncSelectionFromDocument();
    emit tableUpdated();
}

void ObjectsTable::updateButtons()
{
    m_copyButton->setEnabled(m_model->rowCount() > 0);
    m_exportButton->setEnabled(m_document && m_document->hasResult(AnalysisKind::Measurements));
}

void ObjectsTable::syncSelectionFromDocument()
{
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    QItemSelection selection;
    if (m_document && m_model->columnCount() > 0) {
        const int lastColumn = m_model->columnCount() - 1;
        for (int label : m_document->selectedObjects()) {
            const int row = m_model->rowOf(label);
            if (row >= 0) {
                selection.select(m_proxy->mapFromSource(m_model->index(row, 0)),
                                 m_proxy->mapFromSource(m_model->index(row, lastColumn)));
            }
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        m_view->scrollTo(selection.first().topLeft());
    }
    m_syncing = false;
}

void ObjectsTable::syncSelectionToDocument()
{
    if (m_syncing || !m_document) {
        return;
    }
    QSet<int> labels;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        labels.insert(m_model->labelAt(m_proxy->mapToSource(index).row()));
    }
    m_syncing = true;
    m_document->setSelectedObjects(labels);
    m_syncing = false;
    if (labels.size() == 1 && m_document->hasLabelLayer()) {
        // Centre on the object: the middle of its bounding box (one pass over the label layer, on a click).
        const RoiMask mask = RoiMask::fromLabel(m_document->labelLayer().labels, *labels.begin());
        if (!mask.box.empty()) {
            const QPointF centre(mask.box.x + mask.box.width / 2.0, mask.box.y + mask.box.height / 2.0);
            m_document->requestCentreOn(centre);
        }
    }
}

QByteArray ObjectsTable::csv(bool european) const
{
    const auto result = m_document ? m_document->result<ObjectMeasurementResult>(AnalysisKind::Measurements) : nullptr;
    return result ? toCsv(result->table, european ? CsvOptions::european() : CsvOptions()) : QByteArray();
}

TableProvenance ObjectsTable::provenance() const
{
    TableProvenance p = documentProvenance(*m_document, AnalysisKind::Measurements);
    p.analysis = QStringLiteral("measurements");
    p.inputSha256 = m_project ? m_project->checksum(m_document) : QString();
    const PlanePosition plane = m_document->labelLayerPlane(); // the objects' plane; all its channels are measured
    p.channel = plane.c;
    p.slice = plane.z;
    p.frame = plane.t;
    p.regions = segmentationRegions();
    if (m_document->hasResult(AnalysisKind::Segmentation)) {
        const ResultStamp stamp = m_document->resultStamp(AnalysisKind::Segmentation);
        if (const auto* params = std::any_cast<SegmentationParams>(&stamp.parameters)) {
            p.parameters = segmentationParamsJson(*params);
        }
    }
    const ResultStamp stamp = m_document->resultStamp(AnalysisKind::Measurements);
    const auto* selection = std::any_cast<MeasurementSelection>(&stamp.parameters);
    p.parameters.insert(QStringLiteral("measurements"),
                        QJsonArray::fromStringList(selection ? selection->keys() : QStringList()));
    return p;
}

Status ObjectsTable::exportCsv(const QString& path, bool european, ProvenanceMode provenance) const
{
    const auto result = m_document ? m_document->result<ObjectMeasurementResult>(AnalysisKind::Measurements) : nullptr;
    if (!result) {
        return Status::invalid(tr("There are no object measurements to export yet."));
    }
    TableWriteOptions options;
    options.csv = european ? CsvOptions::european() : CsvOptions();
    options.provenance = provenance;
    return writeTable(result->table, path, options, this->provenance());
}

QString ObjectsTable::selectionAsTsv() const
{
    QList<int> viewRows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        viewRows.push_back(index.row());
    }
    if (viewRows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            viewRows.push_back(r);
        }
    }
    if (viewRows.isEmpty()) {
        return QString();
    }
    std::sort(viewRows.begin(), viewRows.end());
    QList<int> rows;
    for (int r : viewRows) {
        rows.push_back(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    }
    CsvOptions options;
    options.separator = QLatin1Char('\t');
    options.lineBreak = CsvLineBreak::Lf;
    return QString::fromUtf8(toCsv(m_model->toTable(rows), options));
}

void ObjectsTable::copy()
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

void ObjectsTable::setMeasurementsDialog()
{
    if (!m_document) {
        return;
    }
    SetMeasurementsDialog dialog(m_document->parameters<MeasurementSelection>(AnalysisKind::Measurements), this);
    if (dialog.exec() != QDialog::Accepted || !m_document) {
        return;
    }
    const MeasurementSelection selection = dialog.selection();
    Settings().setMeasurementSelection(selection);
    m_document->undoStack()->push(new SetParametersCommand<MeasurementSelection>(m_document, AnalysisKind::Measurements,
                                                                                 selection, tr("Set measurements")));
}

void ObjectsTable::exportDialog()
{
    if (!m_document || !m_document->hasResult(AnalysisKind::Measurements)) {
        QMessageBox::information(this, tr("Export Objects"), tr("There are no object measurements to export yet."));
        return;
    }
    const std::optional<CsvExportTarget> target = askCsvExportTarget(this, tr("Export Objects"));
    if (!target) {
        return;
    }
    const Status s = exportCsv(target->path, target->european, Settings().tableProvenance());
    if (!s.isOk()) {
        QMessageBox::warning(this, tr("Export Objects"), s.message());
    }
}

} // namespace tessera
