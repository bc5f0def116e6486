#pragma once

#include <qcustomplot.h>

namespace tessera {

/**
 * A legend laid out in a row above a plot's axes that wraps into as many rows as its width needs: before every layout
 * (on screen and in exports at any size) it puts as many entries in a row as fit the plot's width. It never covers a
 * point. Entries keep the order they were added in.
 */
class FlowLegend : public QCPLegend
{
    // No Q_OBJECT: moc's file would include qcustomplot.h, which needs Qt's foreach (see ui/CMakeLists.txt).
public:
    FlowLegend() = default;

    /**
     * Replaces plot's default legend (in the axis rect's corner) by a FlowLegend in a new first row of the plot's
     * layout, assigns it to plot->legend and returns it. The plot owns it.
     */
    static FlowLegend* install(QCustomPlot* plot);

    /** The legend's entries in order (the grid's empty cells left out). */
    QList<QCPAbstractLegendItem*> items() const;
    /** Entries per row for the available width (≥ 1). */
    int columnsFor(int width) const;

    void update(UpdatePhase phase) override;
    /** As wide as the plot allows: an empty grid's hint (width 0) would squeeze the axes below into its column. */
    QSize maximumOuterSizeHint() const override;
};

} // namespace tessera
