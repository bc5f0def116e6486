#pragma once

#include "ui/document/ImageDocument.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace tessera {

/**
 * Sets the document's mask layer (ImageDocument::setMaskLayer()); an empty mask removes it. Undo restores the previous
 * layer (or none). text names the step ("Apply threshold"); empty gives "Set mask".
 */
class SetMaskLayerCommand : public QUndoCommand
{
public:
    SetMaskLayerCommand(ImageDocument* document, const cv::Mat& mask, PlanePosition plane,
                        const QString& text = QString(), QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_beforeMask(document->maskLayer()),
          m_beforePlane(document->maskLayerPlane()), m_afterMask(mask), m_afterPlane(plane)
    {
        setText(text.isEmpty() ? QCoreApplication::translate("tessera::SetMaskLayerCommand", "Set mask") : text);
    }
    void redo() override
    {
        if (m_document) {
            m_document->setMaskLayer(m_afterMask, m_afterPlane);
        }
    }
    void undo() override
    {
        if (m_document) {
            m_document->setMaskLayer(m_beforeMask, m_beforePlane);
        }
    }

private:
    QPointer<ImageDocument> m_document;
    cv::Mat m_beforeMask;
    PlanePosition m_beforePlane;
    cv::Mat m_afterMask;
    PlanePosition m_afterPlane;
};

} // namespace tessera
