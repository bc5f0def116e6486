#include "ui/roi/RoiManagerDock.h"

#include "ui/roi/RoiManagerPanel.h"

namespace tessera {

RoiManagerDock::RoiManagerDock(QWidget* parent)
    : DocumentPanel(tr("ROI Manager"), QStringLiteral("roiManagerDock"), parent), m_panel(new RoiManagerPanel(this))
{
    setWidget(m_panel);
}

void RoiManagerDock::documentChanged(ImageDocument* previous)
{
    Q_UNUSED(previous)
    m_panel->setDocument(document());
}

} // namespace tessera
