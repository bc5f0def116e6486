#pragma once

#include "ui/document/ImageDocument.h"
#include "ui/document/commands/CommandId.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QUndoCommand>

namespace tessera {

/** roi moved by delta (bounds and vertices). */
Roi translatedRoi(const Roi& roi, const QPointF& delta);

/**
 * Adds ROIs at index (-1 = at the end), in the given order. Their ids are reserved in the constructor (ids()) and
 * kept across undo/redo, so callers can select them right after pushing. Does not change the selection.
 */
class AddRoisCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AddRoisCommand)

public:
    AddRoisCommand(ImageDocument* document, const QList<Roi>& rois, int index = -1, QUndoCommand* parent = nullptr);
    const RoiIdList& ids() const { return m_ids; }
    void redo() override;
    void undo() override;

private:
    QPointer<ImageDocument> m_document;
    QList<ImageDocument::RoiRecord> m_records;
    RoiIdList m_ids;
};

/** Deletes ROIs; undo puts them back at their places with the same ids. */
class RemoveRoisCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RemoveRoisCommand)

public:
    RemoveRoisCommand(ImageDocument* document, const RoiIdList& ids, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<ImageDocument> m_document;
    RoiIdList m_ids;
    QList<ImageDocument::RoiRecord> m_removed;
};

/**
 * The base of every command that replaces some ROIs' values (name, class, geometry): it keeps the values before
 * (read from the document in the constructor) and after, so undo restores them exactly (no floating-point drift).
 * With a non-zero gesture and a merge id it merges with the previous command of the same id, gesture and ROIs;
 * a merge that ends where it started makes the command obsolete (dropped from the stack).
 */
class EditRoisCommand : public QUndoCommand
{
public:
    EditRoisCommand(ImageDocument* document, const QString& text, const QHash<RoiId, Roi>& after, int mergeId = -1,
                    quint64 gesture = 0, QUndoCommand* parent = nullptr);
    int id() const override { return m_gesture != 0 ? m_mergeId : -1; }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    void apply(const QHash<RoiId, Roi>& values);

    QPointer<ImageDocument> m_document;
    RoiIdList m_ids; ///< in document order, for deterministic signals
    QHash<RoiId, Roi> m_before;
    QHash<RoiId, Roi> m_after;
    int m_mergeId = -1;
    quint64 m_gesture = 0;
};

/** Moves ROIs by delta (image pixels). Merges within one gesture (CommandId::MoveRois): a drag is one undo step. */
class MoveRoisCommand : public EditRoisCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::MoveRoisCommand)

public:
    MoveRoisCommand(ImageDocument* document, const RoiIdList& ids, const QPointF& delta, quint64 gesture = 0,
                    QUndoCommand* parent = nullptr);
};

/**
 * Gives one ROI a new geometry (shape, bounds, vertices of `geometry`; its name and class are kept): resize with a
 * handle, move a polygon vertex, change the shape. Merges within one gesture (CommandId::SetRoiGeometry).
 */
class SetRoiGeometryCommand : public EditRoisCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SetRoiGeometryCommand)

public:
    SetRoiGeometryCommand(ImageDocument* document, RoiId id, const Roi& geometry, quint64 gesture = 0,
                          QUndoCommand* parent = nullptr);
};

/** Renames one ROI. */
class RenameRoiCommand : public EditRoisCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RenameRoiCommand)

public:
    RenameRoiCommand(ImageDocument* document, RoiId id, const QString& name, QUndoCommand* parent = nullptr);
};

/** Gives ROIs a class (empty = no class). */
class SetRoiClassCommand : public EditRoisCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SetRoiClassCommand)

public:
    SetRoiClassCommand(ImageDocument* document, const RoiIdList& ids, const QString& className,
                       QUndoCommand* parent = nullptr);
};

/** Changes the order of the ROIs (manager: drag rows, move up/down). */
class ReorderRoisCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ReorderRoisCommand)

public:
    /** order: a permutation of document->roiIds(). */
    ReorderRoisCommand(ImageDocument* document, const RoiIdList& order, QUndoCommand* parent = nullptr);
    /** Moves ids (kept in their relative order) so that the first of them lands at toIndex of the new order. */
    static RoiIdList movedOrder(const RoiIdList& order, const RoiIdList& ids, int toIndex);
    void redo() override;
    void undo() override;

private:
    QPointer<ImageDocument> m_document;
    RoiIdList m_before;
    RoiIdList m_after;
};

} // namespace tessera
