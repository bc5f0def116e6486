#include "ui/app/FileDialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QTreeView>

namespace tessera {
namespace {
QString ask(bool save, QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
            QString* selectedFilter)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    const QFileInfo suggested(dir);
    if (!dir.isEmpty() && !suggested.isDir()) { // a suggested file: its folder, and its name in the name field
        dialog.setDirectory(suggested.absolutePath());
        dialog.selectFile(suggested.fileName());
    }
    if (selectedFilter && !selectedFilter->isEmpty()) {
        dialog.selectNameFilter(*selectedFilter);
    }
    prepareFileDialog(dialog);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    if (selectedFilter) {
        *selectedFilter = dialog.selectedNameFilter();
    }
    return dialog.selectedFiles().value(0);
}
} // namespace

QString askOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                        QString* selectedFilter)
{
    return ask(false, parent, caption, dir, filter, selectedFilter);
}

QString askSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                        QString* selectedFilter)
{
    return ask(true, parent, caption, dir, filter, selectedFilter);
}

void prepareFileDialog(QFileDialog& dialog)
{
    const QScreen* screen = dialog.parentWidget() ? dialog.parentWidget()->screen() : QGuiApplication::primaryScreen();
    QSize size(900, 560);
    if (screen) {
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    }
    dialog.resize(size.expandedTo(dialog.minimumSizeHint()));
    // Qt's own dialog: file names are what the user reads (half the list, which is about 3/4 of the dialog); the
    // date column takes what is left, so it is not cut either.
    if (auto* list = dialog.findChild<QTreeView*>(QStringLiteral("treeView"))) {
        list->header()->resizeSection(0, size.width() * 3 / 8);
        list->header()->setStretchLastSection(true);
    }
}

} // namespace tessera
