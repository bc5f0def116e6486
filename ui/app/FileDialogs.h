#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace tessera {

/**
 * File choosers with a usable size: what QFileDialog::getOpenFileName() / getSaveFileName() do (the native dialog
 * where the platform has one; the argument meanings are the same: dir may end in a suggested file name, filters are
 * separated by ";;", selectedFilter is read and written), except that Qt's own dialog (used e.g. without a desktop
 * environment) opens at prepareFileDialog()'s size instead of one where the Name column is cut after a few letters.
 * An empty string when cancelled.
 */
QString askOpenFileName(QWidget* parent, const QString& caption, const QString& dir = {}, const QString& filter = {},
                        QString* selectedFilter = nullptr);
QString askSaveFileName(QWidget* parent, const QString& caption, const QString& dir = {}, const QString& filter = {},
                        QString* selectedFilter = nullptr);

/**
 * Gives dialog a reasonable size: 900 × 560 (at most 90 % of its screen's available area, at least its size hint),
 * and in Qt's own dialog the Name column half the file list's width. Native dialogs size themselves.
 */
void prepareFileDialog(QFileDialog& dialog);

} // namespace tessera
