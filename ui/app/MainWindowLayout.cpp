// MainWindow: the default window geometry and dock arrangement, used when no saved ones are restored.
#include "ui/app/MainWindow.h"

#include "ui/app/DocumentPanel.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace tessera {

namespace {
QRect availableArea(const QWidget* window)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
}

/** Most of the available area: the image is the point, a window that starts small wastes it. */
QSize defaultSize(const QRect& available)
{
    return {std::min(available.width(), std::max(1000, available.width() * 9 / 10)),
            std::min(available.height(), std::max(700, available.height() * 9 / 10))};
}
} // namespace

void MainWindow::applyDefaultGeometry()
{
    // Most of the screen, centred.
    // The window frame (known once shown) must fit as well.
    const QSize frame = (frameGeometry().size() - size()).expandedTo(QSize(0, 0));
    const QRect available = availableArea(this).adjusted(0, 0, -frame.width(), -frame.height());
    resize(defaultSize(available));
    // Centred by the size the window really got (at least its minimum size).
    move(available.x() + std::max(0, (available.width() - width()) / 2),
         available.y() + std::max(0, (available.height() - height()) / 2));
}

void MainWindow::applyDefaultDockLayout()
{
    // The viewer large on the left. On the right, two tabbed areas: above, the ROI manager and the GLCM panel (what
    // the user edits); below, the texture plot, histogram, display, threshold and segment panels (what the user looks
    // at).
    // The results table runs along the bottom.
    splitDockWidget(m_roiDock, m_scatterDock, Qt::Vertical);
    tabifyDockWidget(m_roiDock, m_glcmDock);
    tabifyDockWidget(m_roiDock, m_objectsDock);
    tabifyDockWidget(m_roiDock, m_imagesDock);
    for (DocumentPanel* below : {m_histogramDock, m_displayDock, m_thresholdDock, m_segmentationDock}) {
        tabifyDockWidget(m_scatterDock, below);
    }
    // The results table along the bottom needs a tall window; in a short one it is one more tab beside the plot.
    // (Judged by the default size for the screen: until the docks are arranged the window may be far taller, as
    // tall as all docks stacked.)
    if (defaultSize(availableArea(this)).height() < 900) {
        tabifyDockWidget(m_scatterDock, m_resultsDock);
    }
    // Sizes once the window is laid out (before that the dock layout has no geometry to share).
    QTimer::singleShot(0, this, [this] {
        if (!m_roiDock->isVisible() || !m_scatterDock->isVisible()) {
            return; // hidden (or closed) panels keep their sizes
        }
        const int dockWidth = std::min(std::max(width() * 3 / 10, m_roiDock->sizeHint().width()), width() * 9 / 20);
        resizeDocks({m_roiDock}, {dockWidth}, Qt::Horizontal);
        if (tabifiedDockWidgets(m_resultsDock).isEmpty() && m_resultsDock->isVisible()) {
            // A few rows of results along the bottom; the image and the plot keep the height.
            resizeDocks({m_resultsDock}, {std::max(m_resultsDock->minimumSizeHint().height(), height() / 5)},
                        Qt::Vertical);
            layout()->activate();
        }
        const int column = centralWidget()->height();
        resizeDocks({m_roiDock, m_scatterDock}, {column / 2, column - column / 2}, Qt::Vertical);
    });
    // The undo history (hidden at first) opens as a tab next to the ROI manager.
    tabifyDockWidget(m_roiDock, m_undoDock);
    m_undoDock->hide();
    // On a very short screen (e.g. 1600×1000 at scale factor 2: 500 px) even the two tabbed areas would make the
    // window taller than the screen: then every panel on the right is a tab of one area.
    layout()->activate();
    if (minimumSizeHint().height() > availableArea(this).height()) {
        for (QDockWidget* below :
             {static_cast<QDockWidget*>(m_scatterDock), static_cast<QDockWidget*>(m_histogramDock),
              static_cast<QDockWidget*>(m_displayDock), static_cast<QDockWidget*>(m_thresholdDock),
              static_cast<QDockWidget*>(m_segmentationDock), static_cast<QDockWidget*>(m_resultsDock)}) {
            tabifyDockWidget(m_roiDock, below);
        }
    }
    m_scatterDock->raise();
    m_roiDock->raise(); // last: in front when all panels share one area
}

} // namespace tessera
