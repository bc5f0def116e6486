#include "ui/plots/FlowLegend.h"

#include <algorithm>

namespace tessera {

FlowLegend* FlowLegend::install(QCustomPlot* plot)
{
    if (QCPLegend* old = plot->legend) {
        if (QCPLayout* layout = old->layout()) {
            layout->take(old);
        }
        delete old; // clears plot->legend
    }
    auto* legend = new FlowLegend;
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setLayer(QStringLiteral("legend"));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend = legend;
    return legend;
}

QList<QCPAbstractLegendItem*> FlowLegend::items() const
{
    QList<QCPAbstractLegendItem*> list;
    for (int i = 0; i < itemCount(); ++i) {
        if (QCPAbstractLegendItem* it = item(i)) {
            list.append(it);
        }
    }
    return list;
}

int FlowLegend::columnsFor(int width) const
{
    QVector<int> widths;
    for (QCPAbstractLegendItem* it : items()) {
        widths.push_back(it->minimumOuterSizeHint().width());
    }
    const int n = int(widths.size());
    for (int columns = n; columns > 1; --columns) {
        int total = (columns - 1) * columnSpacing();
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (int i = c; i < n; i += columns) {
                widest = std::max(widest, widths[i]);
            }
            total += widest;
        }
        if (total <= width) {
            return columns;
        }
    }
    return 1;
}

QSize FlowLegend::maximumOuterSizeHint() const
{
    return QSize(QWIDGETSIZE_MAX, QCPLegend::maximumOuterSizeHint().height());
}

void FlowLegend::update(UpdatePhase phase)
{
    if (phase == upPreparation && mParentPlot) {
        const int available = mParentPlot->viewport().width() - margins().left() - margins().right();
        // Entries no wider than their text: the columns pack to the left instead of spreading over the row.
        for (QCPAbstractLegendItem* it : items()) {
            it->setSizeConstraintRect(QCPLayoutElement::scrOuterRect);
            it->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX); // so the hint is the content's
            it->setMaximumSize(it->minimumOuterSizeHint().width(), QWIDGETSIZE_MAX);
        }
        // Rearranged every time: removing entries leaves holes in the grid.
        setWrap(columnsFor(available));
        setFillOrder(fillOrder(), true);
    }
    QCPLegend::update(phase);
}

} // namespace tessera
