#include "ui/results/ResultsView.h"

#include "ui/app/FileDialogs.h"

#include <QCoreApplication>
#include <QFileInfo>
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

std::optional<CsvExportTarget> askCsvExportTarget(QWidget* parent, const QString& title)
{
    // Texts of the results table's context (translated there).
    const QString plain = QCoreApplication::translate("tessera::ResultsTable", "CSV (*.csv)");
    const QString european = QCoreApplication::translate(
        "tessera::ResultsTable", "CSV for European spreadsheets: ';' and decimal comma (*.csv)");
    QString filter = plain;
    QString path = askSaveFileName(parent, title, QString(), plain + QStringLiteral(";;") + european, &filter);
    if (path.isEmpty()) {
        return std::nullopt;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".csv");
    }
    return CsvExportTarget{path, filter == european};
}

} // namespace tessera
