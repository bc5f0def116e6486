// MainWindow: the default window geometry and dock arrangement, used when no saved ones are restored.
#include "ui/app/MainWindow.h"

#include "ui/app/DocumentPanel.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace tessera {

void MainWindow::applyDefaultGeometry()
{
    // Most of the screen, centred: the image is the point, a window that starts small wastes it.
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize size(std::min(available.width(), std::max(1000, available.width() * 9 / 10)),
                     std::min(available.height(), std::max(700, available.height() * 9 / 10)));
    resize(size);
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
    if (height() < 900) {
        tabifyDockWidget(m_scatterDock, m_resultsDock);
    }
    // Sizes once the window is laid out (before that the dock layout has no geometry to share).
    QTimer::singleShot(0, this, [this] {
        if (!m_roiDock->isVisible() || !m_scatterDock->isVisible()) {
            return; // hidden (or closed) panels keep their sizes
        }
        const int dockWidth = std::min(std::max(width() * 3 / 10, m_roiDock->sizeHint().width()), width() * 9 / 20);
        resizeDocks({m_roiDock}, {dockWidth}, Qt::Horizontal);
        const int column = centralWidget()->height();
        resizeDocks({m_roiDock, m_scatterDock}, {column / 2, column - column / 2}, Qt::Vertical);
    });
    // The undo history (hidden at first) opens as a tab next to the ROI manager.
    tabifyDockWidget(m_roiDock, m_undoDock);
    m_undoDock->hide();
    m_roiDock->raise();
    m_scatterDock->raise();
}

} // namespace tessera
