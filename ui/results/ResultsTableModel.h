#pragma once

#include "core/measure/MeasurementTable.h"
#include "ui/document/DocumentTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace tessera {

class ImageDocument;
struct GlcmResult;

/**
 * The results table of one document as a Qt model: the core's flattened GLCM table (glcmMeasurementTable(): one MEAN
 * row per ROI and distance, plus one row per orientation on request) with the ROI's name and class (looked up live in
 * the document, so renames show at once), pixel count, area and intensity statistics in front. Display role: formatted
 * text; Qt::UserRole: the raw value for sorting (double or QString); roiIdRole: the row's RoiId.
 */
class ResultsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int roiIdRole = Qt::UserRole + 1;

    /** The columns before the core table's (whose "roi" column is replaced by Name). */
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

    void setDocument(ImageDocument* document);
    /** One row per orientation before each MEAN row (default false: MEAN rows only). */
    void setPerOrientation(bool on);
    bool perOrientation() const { return m_perOrientation; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    RoiId roiIdAt(int row) const { return m_rowRoi.value(row); }
    /** Rows showing id (several with per-orientation rows or several distances). */
    QList<int> rowsOf(RoiId id) const;
    /** Column index of a header name ("Correlation"), or -1. */
    int columnOf(const QString& name) const;
    /** The raw value of a cell (double or QString). */
    QVariant rawValue(int row, int column) const;
    /** The given rows (all when empty) and every column as a table (for copy). */
    MeasurementTable toTable(const QList<int>& rows = {}) const;

    /** Rebuilds from the document's current GLCM result. */
    void rebuild();

private:
    QString columnName(int column) const;

    QPointer<ImageDocument> m_document;
    std::shared_ptr<const GlcmResult> m_result;
    MeasurementTable m_table;
    QList<RoiId> m_rowRoi;  ///< RoiId per row
    QList<int> m_rowResult; ///< index into the result's ROIs per row
    QHash<RoiId, QList<int>> m_roiRows;
    bool m_perOrientation = false;
};

} // namespace tessera
