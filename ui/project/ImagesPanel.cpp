#include "ui/project/ImagesPanel.h"

#include "ui/document/ImageDocument.h"
#include "ui/project/ImageListModel.h"
#include "ui/project/Project.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera {

ImagesPanel::ImagesPanel(Project* project, QAction* addImages, QWidget* parent)
    : QDockWidget(tr("Images"), parent), m_project(project), m_addAction(addImages)
{
    setObjectName(QStringLiteral("imagesPanel"));
    m_model = new ImageListModel(project, this);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("imagesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ImageListModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ImageListModel::Size, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ImageListModel::Rois, QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);

    m_removeAction = new QAction(tr("&Remove Image from Session"), this);
    m_removeAction->setObjectName(QStringLiteral("actionRemoveImage"));
    m_removeAction->setToolTip(tr("Close the selected image and leave it out of the session (the file stays)"));
    connect(m_removeAction, &QAction::triggered, this, [this] { removeImage(m_view->currentIndex().row()); });
    m_previousAction = new QAction(tr("&Previous Image"), this);
    m_previousAction->setObjectName(QStringLiteral("actionPreviousImage"));
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousAction, &QAction::triggered, this, [this] { step(-1); });
    m_nextAction = new QAction(tr("&Next Image"), this);
    m_nextAction->setObjectName(QStringLiteral("actionNextImage"));
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextAction, &QAction::triggered, this, [this] { step(1); });

    auto* buttons = new QHBoxLayout;
    if (m_addAction) {
        auto* add = new QToolButton(content);
        add->setObjectName(QStringLiteral("addImagesButton"));
        add->setText(tr("Add…"));
        add->setToolTip(m_addAction->toolTip());
        connect(add, &QToolButton::clicked, m_addAction, &QAction::trigger);
        buttons->addWidget(add);
    }
    auto* remove = new QToolButton(content);
    remove->setObjectName(QStringLiteral("removeImageButton"));
    remove->setText(tr("Remove"));
    remove->setToolTip(m_removeAction->toolTip());
    connect(remove, &QToolButton::clicked, m_removeAction, &QAction::trigger);
    connect(m_removeAction, &QAction::changed, remove,
            [this, remove] { remove->setEnabled(m_removeAction->isEnabled()); });
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setWidget(content);

    m_confirmRemove = [this](const QString& name, int rois, bool modified) {
        const QString what = modified ? tr("“%1” has %n ROI(s) and unsaved edits.", nullptr, rois).arg(name)
                                      : tr("“%1” has %n ROI(s).", nullptr, rois).arg(name);
        QMessageBox box(QMessageBox::Question, tr("Remove image"),
                        what + QLatin1Char(' ') +
                            tr("Remove it from the session? Its ROIs, analyses and undo history are closed with it "
                               "(the image file stays)."),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("removeImageBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    };

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        if (m_addAction) {
            menu.addAction(m_addAction);
        }
        menu.addAction(m_removeAction);
        menu.addSeparator();
        menu.addAction(m_previousAction);
        menu.addAction(m_nextAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (!m_syncing && index.isValid()) {
            m_project->setCurrent(index.row());
        }
    });
    connect(project, &Project::currentChanged, this, &ImagesPanel::syncSelection);
    // Rows come and go: the project decides which image is current, not the view's own adjustment of its selection.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { m_syncing = true; });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_syncing = true; });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ImagesPanel::syncSelection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ImagesPanel::syncSelection);
    syncSelection();
}

QList<QAction*> ImagesPanel::navigationActions() const
{
    return {m_previousAction, m_nextAction, m_removeAction};
}

void ImagesPanel::setConfirmRemove(std::function<bool(const QString&, int, bool)> confirm)
{
    m_confirmRemove = std::move(confirm);
}

bool ImagesPanel::removeImage(int index)
{
    ImageDocument* doc = m_project->document(index);
    if (!doc) {
        return false;
    }
    if ((doc->roiCount() > 0 || doc->isModified()) &&
        !m_confirmRemove(m_project->imageName(doc), doc->roiCount(), doc->isModified())) {
        return false;
    }
    m_project->remove(index);
    return true;
}

void ImagesPanel::syncSelection()
{
    m_syncing = true;
    const int current = m_project->currentIndex();
    if (current >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(current, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncing = false;
    updateActions();
}

void ImagesPanel::updateActions()
{
    const int count = m_project->count();
    m_removeAction->setEnabled(count > 0);
    m_previousAction->setEnabled(count > 1);
    m_nextAction->setEnabled(count > 1);
}

void ImagesPanel::step(int delta)
{
    const int count = m_project->count();
    if (count > 1) {
        // Wraps around, as Fiji's Window > Next Window does.
        m_project->setCurrent(((m_project->currentIndex() + delta) % count + count) % count);
    }
}

} // namespace tessera
