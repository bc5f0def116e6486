#pragma once

#include "ui/app/DocumentPanel.h"

namespace tessera {

class RoiManagerPanel;

/**
 * The ROI manager as a window panel (object name "roiManagerDock"): hosts RoiManagerPanel and hands it the window's
 * current document.
 */
class RoiManagerDock : public DocumentPanel
{
    Q_OBJECT

public:
    explicit RoiManagerDock(QWidget* parent = nullptr);
    RoiManagerPanel* panel() const { return m_panel; }

protected:
    void documentChanged(ImageDocument* previous) override;

private:
    RoiManagerPanel* m_panel = nullptr;
};

} // namespace tessera
