#include "ui/session/Recovery.h"

#include "ui/app/MainWindow.h"
#include "ui/session/Autosaver.h"
#include "ui/session/SessionController.h"

#include <QMessageBox>
#include <QPushButton>

namespace tessera {

QList<MainWindow*> Recovery::offer(AppContext& context, Ask ask)
{
    const QStringList files = Autosaver::orphans();
    if (files.isEmpty()) {
        return {};
    }
    if (!ask) {
        ask = [](const QStringList& found) {
            QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
                            tr("Tessera did not close properly. Unsaved work of %n window(s) was kept. Restore it?",
                               nullptr, int(found.size())),
                            QMessageBox::NoButton);
            box.setObjectName(QStringLiteral("restoreBox"));
            QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
            box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
            box.setDefaultButton(restore);
            box.exec();
            return box.clickedButton() == restore;
        };
    }
    if (!ask(files)) {
        for (const QString& file : files) {
            Autosaver::removeFiles(file);
        }
        return {};
    }
    QList<MainWindow*> windows;
    for (const QString& file : files) {
        auto* window = new MainWindow(context);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->sessionController()->restoreRecovery(file);
        windows << window;
    }
    return windows;
}

} // namespace tessera
