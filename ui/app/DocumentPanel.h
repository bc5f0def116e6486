#pragma once

#include "ui/document/ImageDocument.h"

#include <QDockWidget>
#include <QPointer>

namespace tessera {

/**
 * Base of every panel (ROI manager, histogram, display, GLCM, plot, results, …): a dock widget in ui/<feature>/ that
 * reads and edits the current document and never talks to other panels. The window hands it the current document
 * (nullptr when none) through setDocument(); the panel reconnects in documentChanged().
 *
 * Adding a panel is one line in MainWindow's constructor:
 *     addPanel(new HistogramPanel(runner(), this), Qt::RightDockWidgetArea);
 * which docks it, restores its place, adds its toggle to View > Panels and keeps its document current.
 * The object name (given here) names the dock in saved layouts and tests, e.g. "histogramPanel".
 */
class DocumentPanel : public QDockWidget
{
    Q_OBJECT

public:
    DocumentPanel(const QString& title, const QString& objectName, QWidget* parent = nullptr);

    ImageDocument* document() const { return m_document; }
    /** Called by the window when the current document changes (nullptr: no image open). */
    void setDocument(ImageDocument* document);

protected:
    /**
     * Shows content in a frameless, vertically scrolling area: for form-like panels, so that a short window can still
     * hold every dock (the panel's minimum height no longer adds up in the dock column). footer (optional) stays
     * below the scrolling part, always visible: the panel's action buttons and result line (e.g. Run, Cancel, count).
     * Combo boxes, spin boxes and sliders of content take the mouse wheel only when they have focus, so that
     * scrolling the panel never changes a value by accident.
     */
    void setScrollableWidget(QWidget* content, QWidget* footer = nullptr);

    /**
     * Hook after the document changed: connect to the new one's signals (previous is already disconnected from this
     * panel, and may be nullptr) and refresh.
     */
    virtual void documentChanged(ImageDocument* previous) { Q_UNUSED(previous) }

private:
    QPointer<ImageDocument> m_document;
};

} // namespace tessera
