#pragma once

#include "ui/document/ImageDocument.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPointer>

namespace tessera {

/**
 * The ROIs of one ImageDocument as a table, one row per ROI in document order: name, class, shape, x, y, w, h (pixels,
 * bounding box), pixel count and calibrated area. Name and class are editable; edits are pushed as undo commands
 * (RenameRoiCommand, SetRoiClassCommand), never applied directly; a new class given to one of several selected ROIs
 * goes to all selected ROIs. Rows can be dragged to reorder (ReorderRoisCommand).
 *
 * Pixel counts come from core rasterize() with the document's image size and are computed lazily, when a row is first
 * shown, and cached per ROI until its geometry changes, so 10,000 ROIs cost nothing until they are looked at. A ROI
 * partly outside the image shows a warning icon and "clipped: N of M pixels outside"; a ROI with no pixel inside an
 * error icon. The model follows the document's fine-grained signals (inserted / removed rows, data changes, layout
 * changes for reorders) so views keep their selection and scroll position.
 */
class RoiTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ClassColumn,
        ShapeColumn,
        XColumn,
        YColumn,
        WidthColumn,
        HeightColumn,
        PixelsColumn,
        AreaColumn,
        ColumnCount
    };
    enum Role
    {
        RoiIdRole = Qt::UserRole + 1, ///< the row's RoiId (quint64)
    };
    /** How many of a ROI's pixels lie inside the image. */
    struct PixelInfo
    {
        int inside = 0; ///< pixels inside the image (the ROI's pixel count)
        int total = 0;  ///< pixels of the whole, unclipped ROI (-1 when too large to count)
        bool clipped() const { return total != inside; }
        bool empty() const { return inside == 0; }
    };

    explicit RoiTableModel(QObject* parent = nullptr);

    /** Shows document's ROIs (nullptr: an empty table). The model does not own the document. */
    void setDocument(ImageDocument* document);
    ImageDocument* document() const { return m_document; }

    RoiId roiId(int row) const { return m_ids.value(row); }
    /** Row of id, or -1. O(1). */
    int rowOf(RoiId id) const { return m_rows.value(id, -1); }
    /** The pixel census of id (computed on first use, cached per geometry). */
    PixelInfo pixelInfo(RoiId id) const;
    /** A small square icon filled with color. */
    static QIcon colorSwatch(const QColor& color);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    /** Moves the dragged ROIs so that they land before row (end when -1); one ReorderRoisCommand. */
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    void rebuildRows();
    void resetFromDocument();
    void onRoisInserted(const RoiIdList& ids);
    void onRoisRemoved(const RoiIdList& ids);
    void onRoiChanged(RoiId id, RoiChanges what);
    void onRoisReordered();
    void onClassesChanged();
    QString pixelTooltip(const PixelInfo& info) const;

    QPointer<ImageDocument> m_document;
    RoiIdList m_ids;
    QHash<RoiId, int> m_rows;
    mutable QHash<RoiId, PixelInfo> m_pixels;
};

} // namespace tessera
