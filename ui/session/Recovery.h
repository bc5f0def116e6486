#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace tessera {

class AppContext;
class MainWindow;

/** Crash recovery at start-up (the recovery files are written by Autosaver). */
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(tessera::Recovery)

public:
    /** Asked with the orphaned recovery files: true = restore them, false = discard them. */
    using Ask = std::function<bool(const QStringList& files)>;

    /**
     * When recovery files of a Tessera that did not close properly exist (Autosaver::orphans()), asks (ask, or by
     * default a message box with object name "restoreBox") whether to restore them. Restore: one new window per file
     * (WA_DeleteOnClose, shown), each restoring its file (SessionController::restoreRecovery()); discard: the files
     * are deleted. Returns the new windows (empty when there was nothing to restore or the user discarded).
     */
    static QList<MainWindow*> offer(AppContext& context, Ask ask = {});
};

} // namespace tessera
