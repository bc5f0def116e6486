#include "ui/document/commands/RoiCommands.h"

#include <algorithm>

namespace tessera {

Roi translatedRoi(const Roi& roi, const QPointF& delta)
{
    Roi out = roi;
    out.bounds.translate(delta);
    for (QPointF& v : out.vertices) {
        v += delta;
    }
    return out;
}

// --- AddRoisCommand --------------------------------------------------------------------------------------------------

AddRoisCommand::AddRoisCommand(ImageDocument* document, const QList<Roi>& rois, int index, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document)
{
    int at = (index < 0 || index > document->roiCount()) ? document->roiCount() : index;
    for (const Roi& roi : rois) {
        const RoiId id = document->allocateRoiId();
        m_records.append({id, at++, roi});
        m_ids.append(id);
    }
    setText(rois.size() == 1 ? tr("Add ROI “%1”").arg(rois.first().name) : tr("Add %1 ROIs").arg(rois.size()));
}

void AddRoisCommand::redo()
{
    if (m_document) {
        m_document->insertRois(m_records);
    }
}

void AddRoisCommand::undo()
{
    if (m_document) {
        m_document->removeRois(m_ids);
    }
}

// --- RemoveRoisCommand -----------------------------------------------------------------------------------------------

RemoveRoisCommand::RemoveRoisCommand(ImageDocument* document, const RoiIdList& ids, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_ids(ids)
{
    if (ids.size() == 1 && document->containsRoi(ids.first())) {
        setText(tr("Delete ROI “%1”").arg(document->roi(ids.first()).name));
    } else {
        setText(tr("Delete %1 ROIs").arg(ids.size()));
    }
}

void RemoveRoisCommand::redo()
{
    if (m_document) {
        m_removed = m_document->removeRois(m_ids);
    }
}

void RemoveRoisCommand::undo()
{
    if (m_document) {
        m_document->insertRois(m_removed); // ascending by index: each lands at its old place
    }
}

// --- EditRoisCommand -------------------------------------------------------------------------------------------------

EditRoisCommand::EditRoisCommand(ImageDocument* document, const QString& text, const QHash<RoiId, Roi>& after,
                                 int mergeId, quint64 gesture, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_mergeId(mergeId), m_gesture(gesture)
{
    for (RoiId id : document->roiIds()) {
        auto it = after.constFind(id);
        if (it != after.constEnd()) {
            m_ids.append(id);
            m_before.insert(id, document->roi(id));
            m_after.insert(id, *it);
        }
    }
    if (m_ids.isEmpty()) {
        setObsolete(true);
    }
}

bool EditRoisCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const EditRoisCommand*>(other);
    if (!o || o->m_gesture != m_gesture || m_gesture == 0 || o->m_mergeId != m_mergeId || o->m_ids != m_ids) {
        return false;
    }
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void EditRoisCommand::apply(const QHash<RoiId, Roi>& values)
{
    if (!m_document) {
        return;
    }
    for (RoiId id : m_ids) {
        m_document->setRoi(id, values.value(id));
    }
}

void EditRoisCommand::redo()
{
    apply(m_after);
}

void EditRoisCommand::undo()
{
    apply(m_before);
}

namespace {

/** one (with %1 = the ROI's name) for a single ROI, many (with %1 = the count) otherwise. */
QString describe(ImageDocument* document, const RoiIdList& ids, const QString& one, const QString& many)
{
    if (ids.size() == 1 && document->containsRoi(ids.first())) {
        return one.arg(document->roi(ids.first()).name);
    }
    return many.arg(ids.size());
}

QHash<RoiId, Roi> translated(ImageDocument* document, const RoiIdList& ids, const QPointF& delta)
{
    QHash<RoiId, Roi> out;
    for (RoiId id : ids) {
        if (document->containsRoi(id)) {
            out.insert(id, translatedRoi(document->roi(id), delta));
        }
    }
    return out;
}

QHash<RoiId, Roi> withGeometry(ImageDocument* document, RoiId id, const Roi& geometry)
{
    QHash<RoiId, Roi> out;
    if (document->containsRoi(id)) {
        Roi r = geometry;
        r.name = document->roi(id).name;
        r.className = document->roi(id).className;
        out.insert(id, r);
    }
    return out;
}

QHash<RoiId, Roi> withName(ImageDocument* document, RoiId id, const QString& name)
{
    QHash<RoiId, Roi> out;
    if (document->containsRoi(id)) {
        Roi r = document->roi(id);
        r.name = name;
        out.insert(id, r);
    }
    return out;
}

QHash<RoiId, Roi> withClass(ImageDocument* document, const RoiIdList& ids, const QString& className)
{
    QHash<RoiId, Roi> out;
    for (RoiId id : ids) {
        if (document->containsRoi(id)) {
            Roi r = document->roi(id);
            r.className = className;
            out.insert(id, r);
        }
    }
    return out;
}

} // namespace

MoveRoisCommand::MoveRoisCommand(ImageDocument* document, const RoiIdList& ids, const QPointF& delta, quint64 gesture,
                                 QUndoCommand* parent)
    : EditRoisCommand(document, describe(document, ids, tr("Move ROI “%1”"), tr("Move %1 ROIs")),
                      translated(document, ids, delta), int(CommandId::MoveRois), gesture, parent)
{}

SetRoiGeometryCommand::SetRoiGeometryCommand(ImageDocument* document, RoiId id, const Roi& geometry, quint64 gesture,
                                             QUndoCommand* parent)
    : EditRoisCommand(document,
                      tr("Reshape ROI “%1”").arg(document->containsRoi(id) ? document->roi(id).name : QString()),
                      withGeometry(document, id, geometry), int(CommandId::SetRoiGeometry), gesture, parent)
{}

RenameRoiCommand::RenameRoiCommand(ImageDocument* document, RoiId id, const QString& name, QUndoCommand* parent)
    : EditRoisCommand(document, tr("Rename ROI to “%1”").arg(name), withName(document, id, name), -1, 0, parent)
{}

SetRoiClassCommand::SetRoiClassCommand(ImageDocument* document, const RoiIdList& ids, const QString& className,
                                       QUndoCommand* parent)
    : EditRoisCommand(document,
                      className.isEmpty()
                          ? describe(document, ids, tr("Remove class from ROI “%1”"), tr("Remove class from %1 ROIs"))
                          : describe(document, ids, tr("Set class “%2” on ROI “%1”"), tr("Set class “%2” on %1 ROIs"))
                                .arg(className),
                      withClass(document, ids, className), -1, 0, parent)
{}

// --- ReorderRoisCommand ----------------------------------------------------------------------------------------------

ReorderRoisCommand::ReorderRoisCommand(ImageDocument* document, const RoiIdList& order, QUndoCommand* parent)
    : QUndoCommand(tr("Reorder ROIs"), parent), m_document(document), m_before(document->roiIds()), m_after(order)
{
    if (m_before == m_after) {
        setObsolete(true);
    }
}

RoiIdList ReorderRoisCommand::movedOrder(const RoiIdList& order, const RoiIdList& ids, int toIndex)
{
    RoiIdList moving;
    RoiIdList rest;
    for (RoiId id : order) {
        (ids.contains(id) ? moving : rest).append(id);
    }
    RoiIdList out = rest;
    const int at = std::clamp(toIndex, 0, int(rest.size()));
    for (int i = 0; i < moving.size(); ++i) {
        out.insert(at + i, moving[i]);
    }
    return out;
}

void ReorderRoisCommand::redo()
{
    if (m_document) {
        m_document->setRoiOrder(m_after);
    }
}

void ReorderRoisCommand::undo()
{
    if (m_document) {
        m_document->setRoiOrder(m_before);
    }
}

} // namespace tessera
