#include "ui/app/DocumentPanel.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

namespace tessera {
namespace {

/**
 * Keeps the mouse wheel from changing combo boxes, spin boxes and sliders that the user only scrolls past: without
 * focus they ignore the wheel, which then scrolls the panel (an accidental wheel over "Symmetry" would otherwise
 * change the analysis). Click or Tab into a field to use the wheel on it. Installed on every widget of a scrolling
 * panel, and on widgets added later (e.g. rows of the preprocessing list).
 */
class WheelGuard : public QObject
{
public:
    explicit WheelGuard(QObject* parent) : QObject(parent) {}

    void guard(QWidget* widget)
    {
        widget->installEventFilter(this);
        if (isValueWidget(widget)) {
            widget->setFocusPolicy(Qt::StrongFocus); // the wheel does not give them focus either
        }
        const QList<QWidget*> children = widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
        for (QWidget* child : children) {
            guard(child);
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (!widget) {
            return false;
        }
        if (event->type() == QEvent::ChildAdded) {
            if (auto* child = qobject_cast<QWidget*>(static_cast<QChildEvent*>(event)->child())) {
                guard(child);
            }
            return false;
        }
        if (event->type() == QEvent::Wheel && isValueWidget(widget) && !widget->hasFocus()) {
            event->ignore(); // handled here, not accepted: QApplication passes it on to the scroll area
            return true;
        }
        return false;
    }

private:
    static bool isValueWidget(const QWidget* w)
    {
        return qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
               qobject_cast<const QSlider*>(w);
    }
};

} // namespace

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
    (new WheelGuard(scroll))->guard(content);
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
