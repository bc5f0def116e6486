#pragma once

#include <QString>

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

} // namespace tessera
