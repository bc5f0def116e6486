#pragma once

#include <QString>

#include <optional>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace tessera {

/**
 * The table view both results tables use (ROIs and objects): model behind a QSortFilterProxyModel that sorts by
 * Qt::UserRole (numbers as numbers), source order until the user clicks a header, whole-row extended selection, read
 * only, alternating rows, compact rows, column widths from the first 64 rows (not all 10,000), and a minimum of two
 * rows so it fits a short window. The proxy is returned through proxy; both get parent.
 */
QTableView* createResultsView(QAbstractItemModel* model, QSortFilterProxyModel** proxy, const QString& objectName,
                              QWidget* parent);

/** Where and how a results table is exported. */
struct CsvExportTarget
{
    QString path;          ///< ends in .csv when the user typed no suffix
    bool european = false; ///< ';' separator and decimal comma
};

/** Asks for the CSV file of a results table export (plain or European dialect); nullopt when cancelled. */
std::optional<CsvExportTarget> askCsvExportTarget(QWidget* parent, const QString& title);

} // namespace tessera
