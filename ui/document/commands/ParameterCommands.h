#pragma once

#include "ui/document/ImageDocument.h"
#include "ui/document/commands/CommandId.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace tessera {

/**
 * Sets the parameters of one analysis (P: the value type stored under kind, e.g. GlcmParams for AnalysisKind::Glcm).
 * text names the change for the undo history ("Gray levels: 128"); empty gives "Change parameters". With a gesture
 * (e.g. one per spin box focus or slider drag) consecutive changes of the same kind merge into one step
 * (CommandId::SetParameters); a merge back to the start value drops the step.
 */
template <typename P> class SetParametersCommand : public QUndoCommand
{
public:
    SetParametersCommand(ImageDocument* document, AnalysisKind kind, const P& params, const QString& text = QString(),
                         quint64 gesture = 0, QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_kind(kind), m_before(document->parameters<P>(kind)),
          m_after(params), m_gesture(gesture)
    {
        setText(text.isEmpty() ? QCoreApplication::translate("tessera::SetParametersCommand", "Change parameters")
                               : text);
        if (document->hasParameters(kind) && m_before == m_after) {
            setObsolete(true);
        }
    }
    int id() const override { return m_gesture != 0 ? int(CommandId::SetParameters) : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = dynamic_cast<const SetParametersCommand<P>*>(other);
        if (!o || o->m_gesture != m_gesture || o->m_kind != m_kind) {
            return false;
        }
        m_after = o->m_after;
        setText(o->text());
        setObsolete(m_after == m_before);
        return true;
    }
    void redo() override
    {
        if (m_document) {
            m_document->setParameters(m_kind, m_after);
        }
    }
    void undo() override
    {
        if (m_document) {
            m_document->setParameters(m_kind, m_before);
        }
    }

private:
    QPointer<ImageDocument> m_document;
    AnalysisKind m_kind;
    P m_before;
    P m_after;
    quint64 m_gesture = 0;
};

} // namespace tessera
