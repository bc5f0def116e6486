#include "ui/project/ImageListModel.h"

#include "ui/document/ImageDocument.h"
#include "ui/project/Project.h"

#include <QDir>
#include <QFont>

namespace tessera {

ImageListModel::ImageListModel(Project* project, QObject* parent) : QAbstractTableModel(parent), m_project(project)
{
    connect(project, &Project::imageAdded, this, [this](int index) {
        beginInsertRows({}, index, index);
        endInsertRows();
        refreshAll(); // names of the others may gain a folder to stay unique
    });
    connect(project, &Project::imageRemoved, this, [this](int index) {
        beginRemoveRows({}, index, index);
        endRemoveRows();
        refreshAll();
    });
    connect(project, &Project::imageChanged, this, [this](int index) {
        if (index >= 0 && index < rowCount()) {
            emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
        }
    });
    connect(project, &Project::currentChanged, this, &ImageListModel::refreshAll);
}

int ImageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_project->count();
}

int ImageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageListModel::data(const QModelIndex& index, int role) const
{
    const ImageDocument* doc = m_project->document(index.row());
    if (!doc || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    const Image& image = doc->image();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return doc->isModified() ? m_project->imageName(doc) + QStringLiteral(" *") : m_project->imageName(doc);
        case Size: {
            QString size = tr("%1 × %2").arg(image.width()).arg(image.height());
            if (image.channels() > 1) {
                size += tr(" × %1 C").arg(image.channels());
            }
            if (image.slices() > 1) {
                size += tr(" × %1 Z").arg(image.slices());
            }
            if (image.frames() > 1) {
                size += tr(" × %1 T").arg(image.frames());
            }
            return tr("%1, %2").arg(size, pixelTypeName(image.pixelType()));
        }
        case Rois:
            return doc->roiCount();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = QDir::toNativeSeparators(image.sourcePath);
        if (doc->isModified()) {
            tip += QLatin1Char('\n') + tr("Unsaved edits");
        }
        return tip;
    }
    case Qt::FontRole:
        if (index.row() == m_project->currentIndex()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Rois ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ImageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Image");
    case Size:
        return tr("Size");
    case Rois:
        return tr("ROIs");
    default:
        return {};
    }
}

void ImageListModel::refreshAll()
{
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

} // namespace tessera
