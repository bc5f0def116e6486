#pragma once

#include "core/common/Status.h"
#include "core/measure/MeasurementTable.h"
#include "core/measure/TableWriter.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace tessera {

class ImageDocument;
class ObjectsTableModel;
class Project;
class TaskRunner;

/**
 * The objects tab of the results dock: one row per object of the document's label layer with the measurements chosen
 * in Set Measurements (the document's AnalysisKind::Measurements parameters, a MeasurementSelection), and a summary
 * line above (count, mean area, area fraction, the segmentation parameters).
 *
 * Work: whenever the label layer or the selection changes, computeObjectMeasurements() runs on the TaskRunner (key
 * ImageDocument::taskKey(AnalysisKind::Measurements), newest wins, progress bar) and the result is stored as the
 * document's AnalysisKind::Measurements result, which the table shows.
 *
 * Linked both ways with the document's object selection: selecting rows selects the objects (a single object is also
 * centred in the viewer through ImageDocument::requestCentreOn()); objects selected elsewhere select and reveal their
 * rows. Sortable; Ctrl+C copies the selected rows (all when none) tab-separated with the header; Export writes the
 * table with the core table writer (writeTable(): CSV and provenance, as chosen in the ROIs tab's Export menu), the
 * same CSV `tessera-cli segment --out` writes for the same objects and measurements.
 *
 * Object names: "objectsTable", "objectsSummary", "objectsView", "objectsSetMeasurements", "objectsCopy",
 * "objectsExport", "objectsProgress".
 */
class ObjectsTable : public QWidget
{
    Q_OBJECT

public:
    /** runner: the window's runner (not owned; must outlive the table); nullptr computes on the GUI thread. */
    explicit ObjectsTable(TaskRunner* runner, QWidget* parent = nullptr);
    ~ObjectsTable() override;

    void setDocument(ImageDocument* document);
    /** The project whose checksum of the document's file (Project::checksum()) export writes, so that exporting does
     *  not read the image again on the GUI thread; without it (or when unknown) the file is hashed then. */
    void setProject(Project* project) { m_project = project; }

    ObjectsTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLabel* summary() const { return m_summary; }

    /** True while measurements are computed. */
    bool isRunning() const;
    /** The CSV bytes export writes (European: ';' and decimal comma); empty when there is no result. */
    QByteArray csv(bool european = false) const;
    /** Writes csv(european) to path atomically with its provenance (docs/tables.md: the image, the label layer's
     *  plane, the segmentation parameters of the run when there is one, and the measurement keys). */
    Status exportCsv(const QString& path, bool european = false,
                     ProvenanceMode provenance = ProvenanceMode::Sidecar) const;
    /** The provenance export writes (analysis "measurements", regions "segmentation"). */
    TableProvenance provenance() const;
    /** Header and the selected rows (all when none), tab-separated, in view order. */
    QString selectionAsTsv() const;

public slots:
    /** Measures the document's label layer now (also when the result is current). */
    void run();
    /** Opens Set Measurements; OK stores the choice in the document (undoable) and in the settings. */
    void setMeasurementsDialog();
    void exportDialog();
    void copy();

signals:
    /** A new result was shown. */
    void tableUpdated();

private:
    void attach();
    void rebuild();
    void syncSelectionFromDocument();
    void syncSelectionToDocument();
    void updateButtons();

    TaskRunner* m_runner = nullptr;
    QPointer<ImageDocument> m_document;
    QPointer<Project> m_project;
    QString m_taskKey;
    ObjectsTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_copyButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    bool m_syncing = false;
    int m_sizedColumns = -1;
};

} // namespace tessera
