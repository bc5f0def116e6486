#include "ui/results/ResultsView.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace tessera {

QTableView* createResultsView(QAbstractItemModel* model, QSortFilterProxyModel** proxy, const QString& objectName,
                              QWidget* parent)
{
    auto* sorter = new QSortFilterProxyModel(parent);
    sorter->setSourceModel(model);
    sorter->setSortRole(Qt::UserRole);
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(sorter);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // source order until the user sorts
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setResizeContentsPrecision(64); // column widths from 64 rows, not all 10,000
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 2); // fits a short window
    if (proxy) {
        *proxy = sorter;
    }
    return view;
}

} // namespace tessera
