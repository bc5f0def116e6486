#pragma once

#include <QtGlobal>

namespace tessera {

/**
 * QUndoCommand::id() of every mergeable command, in one place so ids never collide. QUndoStack only asks a command
 * to merge with the one on top of the stack when both return the same id; our commands then also require the same
 * gesture (a token from newGestureId(), taken on mouse press or on the first key of a series) and the same ROIs, so one
 * drag is one undo step but two drags are two. Commands that never merge return -1 (QUndoCommand's default) and are not
 * listed.
 */
enum class CommandId : int
{
    MoveRois = 1,       ///< MoveRoisCommand: translate ROIs (drag, arrow-key nudges)
    SetRoiGeometry = 2, ///< SetRoiGeometryCommand: resize / reshape one ROI with its handles
    SetParameters = 3,  ///< SetParametersCommand<P>: spin box steps of one analysis's parameters
    RecolorClass = 4,   ///< SetClassCommand while a colour dialog previews colours
};

/**
 * A fresh gesture token (> 0), unique in the process. Take one when a gesture starts (mouse press, first arrow key)
 * and pass it to every command of that gesture; pass 0 for a command that must never merge.
 */
quint64 newGestureId();

} // namespace tessera
