#pragma once

#include <QAbstractTableModel>

namespace tessera {

class Project;

/**
 * The images of a Project as a table for the Images panel, one row per image in project order: name
 * (Project::imageName(), with " *" while it has unsaved edits; bold for the current image), size and pixel type
 * ("512 × 512 × 3 C, 16-bit"), and ROI count. Rows follow the project's signals. GUI thread only.
 */
class ImageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Size,
        Rois,
        ColumnCount
    };
    /** project must outlive the model. */
    explicit ImageListModel(Project* project, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refreshAll();

    Project* m_project = nullptr;
};

} // namespace tessera
