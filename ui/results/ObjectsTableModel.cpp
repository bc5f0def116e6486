#include "ui/results/ObjectsTableModel.h"

#include "ui/app/DisplayNumber.h"

#include <cmath>

namespace tessera {

ObjectsTableModel::ObjectsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ObjectsTableModel::setTable(const MeasurementTable& table)
{
    beginResetModel();
    m_table = table;
    m_labels.clear();
    m_rowOfLabel.clear();
    const int labelColumn = m_table.columnIndex(QStringLiteral("Label"));
    for (int r = 0; r < m_table.rowCount(); ++r) {
        const double v = labelColumn >= 0 ? m_table.value(r, labelColumn) : std::nan("");
        const int label = std::isfinite(v) ? int(v) : 0;
        m_labels.push_back(label);
        m_rowOfLabel.insert(label, r);
    }
    endResetModel();
}

int ObjectsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int ObjectsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant ObjectsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const MeasurementCell& cell = m_table.cell(index.row(), index.column());
    const double* d = std::get_if<double>(&cell);
    switch (role) {
    case labelRole:
        return m_labels.value(index.row());
    case Qt::UserRole:
        return d ? QVariant(*d) : QVariant(std::get<QString>(cell));
    case Qt::TextAlignmentRole:
        return d ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (!d) {
            return std::get<QString>(cell);
        }
        if (std::isnan(*d)) {
            return QStringLiteral("NaN");
        }
        if (index.column() == m_table.columnIndex(QStringLiteral("Label"))) {
            return QString::number(qint64(*d));
        }
        return role == Qt::ToolTipRole ? QString::number(*d, 'g', 17) : displayNumber(*d);
    default:
        return {};
    }
}

QVariant ObjectsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const MeasurementColumn& column = m_table.column(section);
    if (role == Qt::DisplayRole) {
        return column.name;
    }
    if (role == Qt::ToolTipRole) {
        return column.unit.isEmpty() ? column.description
                                     : QStringLiteral("%1 [%2]").arg(column.description, csvUnitLabel(column.unit));
    }
    return {};
}

MeasurementTable ObjectsTableModel::toTable(const QList<int>& rows) const
{
    MeasurementTable out;
    for (const MeasurementColumn& c : m_table.columns()) {
        out.addColumn(c.name, c.unit, c.description);
    }
    QList<int> which = rows;
    if (which.isEmpty()) {
        for (int r = 0; r < rowCount(); ++r) {
            which.push_back(r);
        }
    }
    for (int r : which) {
        const int row = out.addRow();
        for (int c = 0; c < m_table.columnCount(); ++c) {
            const MeasurementCell& cell = m_table.cell(r, c);
            if (const double* d = std::get_if<double>(&cell)) {
                out.setValue(row, c, *d);
            } else {
                out.setText(row, c, std::get<QString>(cell));
            }
        }
    }
    return out;
}

} // namespace tessera
