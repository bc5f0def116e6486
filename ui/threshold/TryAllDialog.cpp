#include "ui/threshold/TryAllDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

namespace {
constexpr int kThumbnail = 160;
}

TryAllDialog::TryAllDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("tryAllDialog"));
    setWindowTitle(tr("Try All Threshold Methods"));
    auto* layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tryAllList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setIconSize(QSize(kThumbnail, kThumbnail));
    m_list->setGridSize(QSize(kThumbnail + 24, kThumbnail + 48));
    m_list->setToolTip(tr("Every method's mask on the current plane (white = foreground). Click one to use it."));
    m_list->setMinimumSize(4 * (kThumbnail + 28), 2 * (kThumbnail + 52));
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tryAllStatus"));
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("tryAllProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setToolTip(tr("Progress of the computation"));
    layout->addWidget(m_progress);
    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("tryAllCancel"));
    m_cancel->setToolTip(tr("Stop computing the montage"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("tryAllClose"));
    close->setToolTip(tr("Close the montage"));
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &TryAllDialog::cancelRequested);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit methodPicked(item->data(Qt::UserRole).toString()); });
}

void TryAllDialog::start()
{
    m_list->clear();
    m_entries.clear();
    m_running = true;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Computing…"));
}

void TryAllDialog::setProgress(double fraction, const QString& message)
{
    m_progress->setValue(int(fraction * 1000.0));
    if (!message.isEmpty()) {
        m_status->setText(tr("Computing %1…").arg(message));
    }
}

void TryAllDialog::setEntries(const std::vector<TryAllEntry>& entries, bool floatLevels)
{
    m_entries = entries;
    m_running = false;
    m_list->clear();
    for (const TryAllEntry& e : entries) {
        const QString level = floatLevels ? tr("%1 – %2").arg(e.levels.lower, 0, 'g', 6).arg(e.levels.upper, 0, 'g', 6)
                                          : tr("%1 – %2").arg(e.levels.lower).arg(e.levels.upper);
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(e.thumbnail)), e.method + QLatin1Char('\n') + level);
        item->setData(Qt::UserRole, e.method);
        item->setToolTip(e.levels.found
                             ? tr("%1: levels %2").arg(e.method, level)
                             : tr("%1 found no threshold (ImageJ's fallback, levels %2)").arg(e.method, level));
        m_list->addItem(item);
    }
    m_progress->setValue(1000);
    m_cancel->setEnabled(false);
    m_status->setText(tr("%n method(s). Click one to use it.", nullptr, int(entries.size())));
}

void TryAllDialog::finishWithMessage(const QString& message)
{
    m_running = false;
    m_cancel->setEnabled(false);
    m_status->setText(message);
}

} // namespace tessera
