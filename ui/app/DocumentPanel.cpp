#include "ui/app/DocumentPanel.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace tessera {

DocumentPanel::DocumentPanel(const QString& title, const QString& objectName, QWidget* parent)
    : QDockWidget(title, parent)
{
    setObjectName(objectName);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
}

void DocumentPanel::setScrollableWidget(QWidget* content, QWidget* footer)
{
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    if (!footer) {
        setWidget(scroll);
        return;
    }
    auto* frame = new QWidget(this);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addWidget(footer);
    setWidget(frame);
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
