#pragma once

#include "core/common/Status.h"
#include "core/measure/TableWriter.h"
#include "ui/app/DocumentPanel.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace tessera {

class ImageDocument;
class ObjectsTable;
class Project;
class ResultsTableModel;
class TaskRunner;

/**
 * The results table of one document (a dock's widget): ResultsTableModel in a sortable view whose row selection is
 * the document's ROI selection (both ways), per-orientation rows on request, Ctrl+C copies the selected rows (all when
 * none) as tab-separated text, and Export writes the GLCM CSV through the core's one table writer
 * (glcmMeasurementTable + writeTable), byte-identical to `tessera-cli glcm` for the same ROIs and parameters, or its
 * European flavour, with the provenance sidecar (or comment header) chosen in the Export button's menu.
 *
 * "All images" (checkbox "poolImagesCheck", enabled when the project has more than one image) pools the rows of every
 * image of the project that has a GLCM result, with an Image column first; a status line says which images have no
 * or an out-of-date result. Selecting a row of another image makes it the current image and selects the ROI there;
 * the view's selection is every image's ROI selection. Copy and Export then write the combined table of
 * `tessera-cli run` (combineTables(): a first column "image" with Project::imageName()) and the provenance lists
 * every image (docs/tables.md, "Pooled tables").
 */
class ResultsTable : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsTable(QWidget* parent = nullptr);
    ~ResultsTable() override;

    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }
    /** The window's images, for "All images" (not owned; may be null: the checkbox stays disabled). */
    void setProject(Project* project);
    /** Pools the rows of every image (the "All images" checkbox). */
    void setPooled(bool on);
    bool isPooled() const;

    ResultsTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    /** The pooled status line ("2 of 3 images have GLCM results…"; empty when not pooled). */
    QString poolStatusText() const;
    /** True when there is a GLCM result to export. */
    bool canExport() const;
    /** The CSV bytes export writes (European: ';' separators and decimal commas). */
    QByteArray csv(bool european = false) const;
    /**
     * Writes csv(european) to path atomically with its provenance (docs/tables.md: the document's image path and
     * SHA-256, plane, calibration, ROIs and GLCM parameters) as provenance says: the sidecar path.json (default), a
     * '#' comment header, or none.
     */
    Status exportCsv(const QString& path, bool european = false,
                     ProvenanceMode provenance = ProvenanceMode::Sidecar) const;
    /** The text Ctrl+C puts on the clipboard: header and the selected rows (all when none), tab-separated. */
    QString selectionAsTsv() const;

public slots:
    /** Asks for a file name and format and exports; errors in a message box. */
    void exportDialog();
    void copy();

signals:
    /** canExport() may have changed. */
    void exportableChanged(bool exportable);
    /** The status line's "Run on all images" link was clicked (the window runs the GLCM panel's runAll()). */
    void runAllRequested();

private:
    QMenu* createProvenanceMenu();
    void syncSelectionFromDocument();
    void syncSelectionToDocument();
    void connectSelections();
    void updatePoolControls();
    MeasurementTable pooledExportTable() const;

    QPointer<ImageDocument> m_document;
    QPointer<Project> m_project;
    QList<QPointer<ImageDocument>> m_selectionDocuments;
    QCheckBox* m_pool = nullptr;
    QLabel* m_poolStatus = nullptr;
    ResultsTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QCheckBox* m_perOrientation = nullptr;
    bool m_syncing = false;
    int m_sizedColumns = -1;
};

/**
 * The results dock (object name "resultsDock"): tabs "ROIs" (ResultsTable: GLCM rows per ROI) and "Objects"
 * (ObjectsTable: measurements per object of the label layer; shown when a label layer appears), object name
 * "resultsTabs".
 */
class ResultsDock : public DocumentPanel
{
    Q_OBJECT

public:
    /**
     * runner: the window's runner for the object measurements (not owned; nullptr computes on the GUI thread).
     * project: the window's images, pooled by the ROIs tab's "All images" (not owned; may be null).
     */
    explicit ResultsDock(TaskRunner* runner, Project* project = nullptr, QWidget* parent = nullptr);
    ResultsTable* table() const { return m_table; }
    ObjectsTable* objectsTable() const { return m_objects; }
    QTabWidget* tabs() const { return m_tabs; }
    /** True when the table of the current tab has something to export. */
    bool canExport() const;

public slots:
    /** Exports the table of the current tab (File > Export Table…). */
    void exportDialog();

signals:
    /** canExport() may have changed (new results or another tab). */
    void exportableChanged(bool exportable);
    /** The ROIs tab asks for the GLCM of every image (ResultsTable::runAllRequested). */
    void runAllRequested();

protected:
    void documentChanged(ImageDocument* previous) override;

private:
    QTabWidget* m_tabs = nullptr;
    ResultsTable* m_table = nullptr;
    ObjectsTable* m_objects = nullptr;
};

} // namespace tessera
