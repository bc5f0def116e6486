#pragma once

#include "ui/document/ImageDocument.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace tessera {

/**
 * Sets the document's label layer (ImageDocument::setLabelLayer()); empty labels remove it. Undo restores the previous
 * layer (or none) and its plane. text names the step ("Segment", "Delete object 12", "Merge objects"); empty gives
 * "Set objects". Object edits compute the new LabelImage (a copy; never modify the document's layer in place) and push
 * this command with it, so every edit is one undo step. Both layers are shared, not copied (cv::Mat semantics).
 */
class SetLabelLayerCommand : public QUndoCommand
{
public:
    SetLabelLayerCommand(ImageDocument* document, const LabelImage& labels, PlanePosition plane,
                         const QString& text = QString(), QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_before(document->labelLayer()),
          m_beforePlane(document->labelLayerPlane()), m_after(labels), m_afterPlane(plane)
    {
        setText(text.isEmpty() ? QCoreApplication::translate("tessera::SetLabelLayerCommand", "Set objects") : text);
    }
    void redo() override
    {
        if (m_document) {
            m_document->setLabelLayer(m_after, m_afterPlane);
        }
    }
    void undo() override
    {
        if (m_document) {
            m_document->setLabelLayer(m_before, m_beforePlane);
        }
    }

private:
    QPointer<ImageDocument> m_document;
    LabelImage m_before;
    PlanePosition m_beforePlane;
    LabelImage m_after;
    PlanePosition m_afterPlane;
};

} // namespace tessera
