#pragma once

#include "core/measure/MeasurementTable.h"
#include "ui/document/DocumentTypes.h"
#include "ui/project/Project.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace tessera {

class ImageDocument;
struct GlcmResult;

/**
 * The results table of one document as a Qt model: the core's flattened GLCM table (glcmMeasurementTable(): one MEAN
 * row per ROI and distance, plus one row per orientation on request) with the ROI's name and class (looked up live in
 * the document, so renames show at once), pixel count, area and intensity statistics in front. Display role: numbers
 * as displayNumber() (tool tip: full precision), the area unit as the CSV header writes it ("Area (µm²)", "px²");
 * Qt::UserRole: the raw value for sorting (double or QString); roiIdRole: the row's RoiId. Rows of an out-of-date
 * result are grey.
 *
 * Pooled (setPooled(true), with a project): the rows of every image of the project that has a GLCM result, in project
 * order, with an Image column first (Project::imageName()); a row is identified by (documentAt(), roiIdAt()). It
 * follows every image's results, ROI names and classes, and images added or removed.
 */
class ResultsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int roiIdRole = Qt::UserRole + 1;

    /** The columns before the core table's (whose "roi" column is replaced by Name), after the Image column when
     *  pooled: use column(). */
    enum FixedColumn
    {
        ColName,
        ColClass,
        ColPixels,
        ColArea,
        ColMean,
        ColStdDev,
        ColMin,
        ColMax,
        FixedColumnCount,
    };

    explicit ResultsTableModel(QObject* parent = nullptr);
    ~ResultsTableModel() override;

    /** The current document: its rows when not pooled. */
    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }
    /** The project whose images pooled rows come from (not owned; may be null). */
    void setProject(Project* project);
    Project* project() const { return m_project; }
    /** Rows of every image of the project (default false: the current document's only). */
    void setPooled(bool on);
    bool isPooled() const { return m_pooled && m_project; }
    /** The index of a fixed column in this model (shifted by the Image column when pooled). */
    int column(FixedColumn c) const { return int(c) + (isPooled() ? 1 : 0); }
    /** The documents whose rows are shown, in row order. */
    QList<ImageDocument*> shownDocuments() const;
    /** The value of the Image column for document. */
    QString imageName(const ImageDocument* document) const;
    /** One row per orientation before each MEAN row (default false: MEAN rows only). */
    void setPerOrientation(bool on);
    bool perOrientation() const { return m_perOrientation; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    RoiId roiIdAt(int row) const;
    /** The document of row (null when out of range). */
    ImageDocument* documentAt(int row) const;
    /** Rows showing id of the current document (several with per-orientation rows or several distances). */
    QList<int> rowsOf(RoiId id) const { return rowsOf(m_document, id); }
    /** Rows showing document's ROI id. */
    QList<int> rowsOf(const ImageDocument* document, RoiId id) const;
    /** Column index of a header name ("Correlation"), or -1. */
    int columnOf(const QString& name) const;
    /** The raw value of a cell (double or QString). */
    QVariant rawValue(int row, int column) const;
    /**
     * The given rows (all when empty; in the order given) and every column as a table (for copy). Pooled: combined
     * like `tessera-cli run`'s tables (combineTables(): a first column "image"; an area in other units gets its own
     * column).
     */
    MeasurementTable toTable(const QList<int>& rows = {}) const;

    /** Rebuilds from the shown documents' current GLCM results. */
    void rebuild();

private:
    /** The rows of one document's result. */
    struct Part
    {
        QPointer<ImageDocument> document;
        QString name; ///< its Image column value
        std::shared_ptr<const GlcmResult> result;
        MeasurementTable table; ///< glcmMeasurementTable(result->table) with perOrientation
        bool perOrientation = false;
        QHash<RoiId, QList<int>> roiRows; ///< model rows per ROI still in the document
    };
    struct Row
    {
        int part = 0;
        int roi = 0;      ///< index into the result's ROIs
        int tableRow = 0; ///< row of the part's table
    };

    void connectDocuments();
    void roiRenamed(ImageDocument* document, RoiId id);
    QString columnName(int column) const;
    /** The area unit of every part ("" when they differ). */
    QString commonAreaUnit() const;
    MeasurementTable partTable(const QList<int>& rows) const;

    QPointer<ImageDocument> m_document;
    QPointer<Project> m_project;
    QList<QPointer<ImageDocument>> m_connected;
    std::vector<Part> m_parts;
    QList<Row> m_rows;
    bool m_perOrientation = false;
    bool m_pooled = false;
};

} // namespace tessera
