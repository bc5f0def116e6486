#pragma once

#include "core/measure/MeasurementTable.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tessera {

/**
 * The per-object measurements (ObjectMeasurementResult::table) as a Qt model: one row per object, the table's columns
 * as they are (ImageJ's names; "Label" first). Display role: displayNumber() (the labels as integers); tool tip: the
 * number with full precision; Qt::UserRole: the exact value (double, or QString for text cells) for sorting;
 * labelRole: the row's object label. Header tool tips give the column's description and its unit as the CSV header
 * writes it (csvUnitLabel(): "µm²", "px").
 */
class ObjectsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int labelRole = Qt::UserRole + 1;

    explicit ObjectsTableModel(QObject* parent = nullptr);

    /** Replaces the table (model reset). */
    void setTable(const MeasurementTable& table);
    const MeasurementTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The label of row (0 when out of range). */
    int labelAt(int row) const { return m_labels.value(row); }
    /** The row of label, or -1. */
    int rowOf(int label) const { return m_rowOfLabel.value(label, -1); }
    /** The given rows (all when empty) as a table with the same columns. */
    MeasurementTable toTable(const QList<int>& rows = {}) const;

private:
    MeasurementTable m_table;
    QList<int> m_labels;
    QHash<int, int> m_rowOfLabel;
};

} // namespace tessera
