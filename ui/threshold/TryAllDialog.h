#pragma once

#include "ui/threshold/ThresholdSettings.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace tessera {

/**
 * "Try all": a montage of every auto method's mask on the current plane (thumbnail, method name and level under
 * each), filled by the threshold panel from a worker (computeTryAll()). Clicking a thumbnail emits methodPicked.
 * While running it shows progress and a Cancel button (cancelRequested); the panel cancels the worker.
 *
 * Object names: "tryAllDialog", "tryAllList", "tryAllProgress", "tryAllCancel", "tryAllStatus".
 */
class TryAllDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TryAllDialog(QWidget* parent = nullptr);

    /** Clears the montage and shows the progress bar and Cancel. */
    void start();
    void setProgress(double fraction, const QString& message);
    /** Fills the montage (one item per entry, in order; the item's data(Qt::UserRole) is the method name). */
    void setEntries(const std::vector<TryAllEntry>& entries, bool floatLevels);
    /** Ends a run without entries, showing message ("Cancelled.", an error). */
    void finishWithMessage(const QString& message);
    const std::vector<TryAllEntry>& entries() const { return m_entries; }
    bool isRunning() const { return m_running; }

signals:
    void methodPicked(const QString& method);
    void cancelRequested();

private:
    QListWidget* m_list = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    std::vector<TryAllEntry> m_entries;
    bool m_running = false;
};

} // namespace tessera
