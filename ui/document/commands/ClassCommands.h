#pragma once

#include "ui/document/ImageDocument.h"
#include "ui/document/commands/CommandId.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace tessera {

/** Adds a class at index (-1 = at the end). Obsolete (not pushed) when the name is empty or taken. */
class AddClassCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AddClassCommand)

public:
    AddClassCommand(ImageDocument* document, const RoiClass& roiClass, int index = -1, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<ImageDocument> m_document;
    RoiClass m_class;
    int m_index = -1;
};

/**
 * Renames and/or recolours the class named name; the class's ROIs follow a rename. Obsolete when name is unknown or
 * the new name is empty or taken. With a gesture (e.g. live colour previews) consecutive changes of the same class
 * merge (CommandId::RecolorClass).
 */
class SetClassCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SetClassCommand)

public:
    SetClassCommand(ImageDocument* document, const QString& name, const RoiClass& newValue, quint64 gesture = 0,
                    QUndoCommand* parent = nullptr);
    int id() const override { return m_gesture != 0 ? int(CommandId::RecolorClass) : -1; }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    QPointer<ImageDocument> m_document;
    RoiClass m_before;
    RoiClass m_after;
    quint64 m_gesture = 0;
};

/** Deletes a class; its ROIs become class-less. Undo restores the class at its place and the ROIs' class. */
class RemoveClassCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RemoveClassCommand)

public:
    RemoveClassCommand(ImageDocument* document, const QString& name, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<ImageDocument> m_document;
    RoiClass m_class;
    int m_index = -1;
    RoiIdList m_members;
};

} // namespace tessera
