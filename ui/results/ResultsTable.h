#pragma once

#include "core/common/Status.h"
#include "core/measure/TableWriter.h"
#include "ui/app/DocumentPanel.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace tessera {

class ImageDocument;
class ResultsTableModel;

/**
 * The results table of one document (a dock's widget): ResultsTableModel in a sortable view whose row selection is
 * the document's ROI selection (both ways), per-orientation rows on request, Ctrl+C copies the selected rows (all when
 * none) as tab-separated text, and Export writes the GLCM CSV through the core's one table writer
 * (glcmMeasurementTable + writeTable), byte-identical to `tessera-cli glcm` for the same ROIs and parameters, or its
 * European flavour, with the provenance sidecar (or comment header) chosen in the Export button's menu.
 */
class ResultsTable : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsTable(QWidget* parent = nullptr);
    ~ResultsTable() override;

    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }

    ResultsTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

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

private:
    QMenu* createProvenanceMenu();
    void syncSelectionFromDocument();
    void syncSelectionToDocument();

    QPointer<ImageDocument> m_document;
    ResultsTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QCheckBox* m_perOrientation = nullptr;
    bool m_syncing = false;
    int m_sizedColumns = -1;
};

/** The dock of the results table (object name "resultsDock"). */
class ResultsDock : public DocumentPanel
{
    Q_OBJECT

public:
    explicit ResultsDock(QWidget* parent = nullptr);
    ResultsTable* table() const { return m_table; }

protected:
    void documentChanged(ImageDocument* previous) override;

private:
    ResultsTable* m_table = nullptr;
};

} // namespace tessera
