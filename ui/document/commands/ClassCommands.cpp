#include "ui/document/commands/ClassCommands.h"

namespace tessera {

AddClassCommand::AddClassCommand(ImageDocument* document, const RoiClass& roiClass, int index, QUndoCommand* parent)
    : QUndoCommand(tr("Add class “%1”").arg(roiClass.name), parent), m_document(document), m_class(roiClass),
      m_index(index < 0 ? int(document->classes().size()) : index)
{
    if (roiClass.name.isEmpty() || document->hasClass(roiClass.name)) {
        setObsolete(true);
    }
}

void AddClassCommand::redo()
{
    if (m_document && !isObsolete()) {
        m_document->insertClass(m_index, m_class);
    }
}

void AddClassCommand::undo()
{
    if (m_document && !isObsolete()) {
        m_document->removeClass(m_class.name);
    }
}

SetClassCommand::SetClassCommand(ImageDocument* document, const QString& name, const RoiClass& newValue,
                                 quint64 gesture, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_after(newValue), m_gesture(gesture)
{
    const int index = document->classIndex(name);
    const int taken = document->classIndex(newValue.name);
    if (index < 0 || newValue.name.isEmpty() || (taken >= 0 && taken != index)) {
        setObsolete(true);
        return;
    }
    m_before = document->classes().at(index);
    setText(m_before.name != m_after.name ? tr("Rename class “%1” to “%2”").arg(m_before.name, m_after.name)
                                          : tr("Recolour class “%1”").arg(m_before.name));
    if (m_before == m_after) {
        setObsolete(true);
    }
}

bool SetClassCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const SetClassCommand*>(other);
    if (!o || o->m_gesture != m_gesture || m_gesture == 0 || o->m_before != m_after) {
        return false;
    }
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void SetClassCommand::redo()
{
    if (m_document && !isObsolete()) {
        m_document->setClass(m_before.name, m_after);
    }
}

void SetClassCommand::undo()
{
    if (m_document && !isObsolete()) {
        m_document->setClass(m_after.name, m_before);
    }
}

RemoveClassCommand::RemoveClassCommand(ImageDocument* document, const QString& name, QUndoCommand* parent)
    : QUndoCommand(tr("Delete class “%1”").arg(name), parent), m_document(document), m_index(document->classIndex(name))
{
    if (m_index < 0) {
        setObsolete(true);
        return;
    }
    m_class = document->classes().at(m_index);
}

void RemoveClassCommand::redo()
{
    if (m_document && !isObsolete()) {
        m_members = m_document->removeClass(m_class.name);
    }
}

void RemoveClassCommand::undo()
{
    if (!m_document || isObsolete()) {
        return;
    }
    m_document->insertClass(m_index, m_class);
    for (RoiId id : m_members) {
        if (m_document->containsRoi(id)) {
            Roi r = m_document->roi(id);
            r.className = m_class.name;
            m_document->setRoi(id, r);
        }
    }
}

} // namespace tessera
