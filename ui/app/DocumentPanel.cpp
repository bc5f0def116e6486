#include "ui/app/DocumentPanel.h"

#include <QScrollArea>

namespace tessera {

DocumentPanel::DocumentPanel(const QString& title, const QString& objectName, QWidget* parent)
    : QDockWidget(title, parent)
{
    setObjectName(objectName);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
}

void DocumentPanel::setScrollableWidget(QWidget* content)
{
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    setWidget(scroll);
}

void DocumentPanel::setDocument(ImageDocument* document)
{
    if (document == m_document) {
        return;
    }
    ImageDocument* previous = m_document;
    if (previous) {
        disconnect(previous, nullptr, this, nullptr);
    }
    m_document = document;
    documentChanged(previous);
}

} // namespace tessera
