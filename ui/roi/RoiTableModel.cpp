#include "ui/roi/RoiTableModel.h"

#include "core/measure/MeasurementTable.h"
#include "ui/document/commands/RoiCommands.h"

#include <QApplication>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace tessera {
namespace {

const char* const kMimeType = "application/x-tessera-roi-ids";

/** Whole numbers without decimals, others with up to 3 (pixel coordinates are usually whole). */
QString formatNumber(double v)
{
    const QLocale locale;
    if (v == std::round(v) && std::abs(v) < 1e15) {
        return locale.toString(qint64(v));
    }
    return locale.toString(v, 'f', 3);
}

RoiTableModel::PixelInfo computePixelInfo(const Roi& roi, cv::Size imageSize)
{
    RoiTableModel::PixelInfo info;
    const Expected<RoiMask> mask = rasterize(roi, imageSize);
    if (mask.isOk()) {
        info.inside = mask->pixelCount();
        if (!mask->clipped) {
            info.total = info.inside;
            return info;
        }
    }
    // The whole ROI: shifted by whole pixels (so the same pixel centres fall inside) into a canvas that holds it.
    const QRectF box = roi.boundingRect();
    const double w = std::ceil(box.width()) + 3;
    const double h = std::ceil(box.height()) + 3;
    if (!std::isfinite(w * h) || w * h > 2.5e8) {
        info.total = -1;
        return info;
    }
    const QPointF shift(1 - std::floor(box.x()), 1 - std::floor(box.y()));
    const Expected<RoiMask> whole = rasterize(translatedRoi(roi, shift), cv::Size(int(w), int(h)));
    info.total = whole.isOk() ? whole->pixelCount() : 0;
    return info;
}

QString shapeText(RoiShape shape)
{
    switch (shape) {
    case RoiShape::Rectangle:
        return RoiTableModel::tr("Rectangle");
    case RoiShape::Ellipse:
        return RoiTableModel::tr("Ellipse");
    case RoiShape::Polygon:
        return RoiTableModel::tr("Polygon");
    case RoiShape::Line:
        return RoiTableModel::tr("Line");
    case RoiShape::Points:
        return RoiTableModel::tr("Points");
    }
    return {};
}

} // namespace

RoiTableModel::RoiTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RoiTableModel::setDocument(ImageDocument* document)
{
    if (document == m_document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    beginResetModel();
    m_document = document;
    m_pixels.clear();
    m_ids = document ? document->roiIds() : RoiIdList();
    rebuildRows();
    endResetModel();
    if (!document) {
        return;
    }
    connect(document, &ImageDocument::roisInserted, this, &RoiTableModel::onRoisInserted);
    connect(document, &ImageDocument::roisRemoved, this, &RoiTableModel::onRoisRemoved);
    connect(document, &ImageDocument::roiChanged, this, &RoiTableModel::onRoiChanged);
    connect(document, &ImageDocument::roisReordered, this, &RoiTableModel::onRoisReordered);
    connect(document, &ImageDocument::classesChanged, this, &RoiTableModel::onClassesChanged);
    connect(document, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_ids.clear();
        m_rows.clear();
        m_pixels.clear();
        endResetModel();
    });
}

void RoiTableModel::rebuildRows()
{
    m_rows.clear();
    m_rows.reserve(m_ids.size());
    for (int r = 0; r < m_ids.size(); ++r) {
        m_rows.insert(m_ids[r], r);
    }
}

void RoiTableModel::resetFromDocument()
{
    beginResetModel();
    m_ids = m_document ? m_document->roiIds() : RoiIdList();
    rebuildRows();
    endResetModel();
}

void RoiTableModel::onRoisInserted(const RoiIdList& ids)
{
    const RoiIdList& order = m_document->roiIds();
    const RoiIdSet insertedSet(ids.begin(), ids.end());
    int first = int(order.size());
    int last = -1;
    for (int at = 0; at < order.size(); ++at) { // O(n), not a search per inserted id
        if (insertedSet.contains(order[at])) {
            first = std::min(first, at);
            last = at;
        }
    }
    if (last - first + 1 != ids.size() || m_ids.size() + ids.size() != order.size()) {
        resetFromDocument(); // scattered insert (e.g. undo of a scattered delete): rebuild
        return;
    }
    beginInsertRows(QModelIndex(), first, last);
    m_ids = order;
    rebuildRows();
    endInsertRows();
}

void RoiTableModel::onRoisRemoved(const RoiIdList& ids)
{
    QList<int> rows;
    for (RoiId id : ids) {
        m_pixels.remove(id);
        const int r = rowOf(id);
        if (r >= 0) {
            rows.append(r);
        }
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    // Contiguous blocks, from the bottom up so the rows above stay valid; many blocks: one reset is cheaper.
    QList<QPair<int, int>> blocks; // (first, last)
    for (int r : rows) {
        if (!blocks.isEmpty() && blocks.last().first == r + 1) {
            blocks.last().first = r;
        } else {
            blocks.append({r, r});
        }
    }
    if (blocks.size() > 32) {
        resetFromDocument();
        return;
    }
    for (const auto& [first, last] : blocks) {
        beginRemoveRows(QModelIndex(), first, last);
        m_ids.remove(first, last - first + 1);
        endRemoveRows();
    }
    rebuildRows();
}

void RoiTableModel::onRoiChanged(RoiId id, RoiChanges what)
{
    if (what & RoiChange::Geometry) {
        m_pixels.remove(id);
    }
    const int r = rowOf(id);
    if (r >= 0) {
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

void RoiTableModel::onRoisReordered()
{
    emit layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    RoiIdList fromIds;
    fromIds.reserve(from.size());
    for (const QModelIndex& i : from) {
        fromIds.append(roiId(i.row()));
    }
    m_ids = m_document->roiIds();
    rebuildRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (int k = 0; k < from.size(); ++k) {
        to.append(index(rowOf(fromIds[k]), from[k].column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged();
}

void RoiTableModel::onClassesChanged()
{
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, ClassColumn), index(m_ids.size() - 1, ClassColumn));
    }
}

RoiTableModel::PixelInfo RoiTableModel::pixelInfo(RoiId id) const
{
    auto it = m_pixels.constFind(id);
    if (it != m_pixels.constEnd()) {
        return *it;
    }
    if (!m_document || !m_document->containsRoi(id)) {
        return {};
    }
    const Image& image = m_document->image();
    const PixelInfo info = computePixelInfo(m_document->roi(id), cv::Size(image.width(), image.height()));
    m_pixels.insert(id, info);
    return info;
}

QIcon RoiTableModel::colorSwatch(const QColor& color)
{
    // Not cached: a 12 × 12 fill costs microseconds, and only visible rows ask; a static cache of pixmaps would
    // outlive the QGuiApplication.
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

int RoiTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RoiTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoiTableModel::pixelTooltip(const PixelInfo& info) const
{
    if (info.empty()) {
        return tr("No pixels inside the image: this ROI lies outside it (or is thinner than a pixel) and cannot be "
                  "measured.");
    }
    if (info.total < 0) {
        return tr("Clipped: part of this ROI lies outside the image; only its %n pixel(s) inside are measured.",
                  nullptr, info.inside);
    }
    return tr("Clipped: %1 of %2 pixels outside the image; only the pixels inside are measured.")
        .arg(info.total - info.inside)
        .arg(info.total);
}

QVariant RoiTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_ids.size()) {
        return {};
    }
    const RoiId id = m_ids[index.row()];
    if (role == RoiIdRole) {
        return QVariant::fromValue(id);
    }
    if (!m_document->containsRoi(id)) {
        return {}; // removed from the document, row not yet removed here (another listener asked first)
    }
    const Roi& roi = m_document->roi(id);
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        return column >= XColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (column == NameColumn && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const PixelInfo info = pixelInfo(id);
        if (info.clipped() || info.empty()) {
            if (role == Qt::ToolTipRole) {
                return pixelTooltip(info);
            }
            const QStyle* style = QApplication::style();
            return style->standardIcon(info.empty() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        }
        return role == Qt::ToolTipRole ? QVariant(tr("Double-click to rename “%1”.").arg(roi.name)) : QVariant();
    }
    if (column == ClassColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return roi.className.isEmpty() ? tr("(none)") : roi.className;
        case Qt::EditRole:
            return roi.className;
        case Qt::DecorationRole:
            return colorSwatch(m_document->classColor(roi.className));
        case Qt::ToolTipRole:
            return tr("Class of the ROI; double-click to choose another. Its colour is used for the outline and the "
                      "plot points.");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (column == PixelsColumn || column == AreaColumn)) {
        const PixelInfo info = pixelInfo(id);
        return (info.clipped() || info.empty()) ? QVariant(pixelTooltip(info)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    const QRectF box = roi.boundingRect();
    switch (column) {
    case NameColumn:
        return roi.name;
    case ShapeColumn:
        return shapeText(roi.shape);
    case XColumn:
        return formatNumber(box.x());
    case YColumn:
        return formatNumber(box.y());
    case WidthColumn:
        return formatNumber(box.width());
    case HeightColumn:
        return formatNumber(box.height());
    case PixelsColumn:
        return QLocale().toString(pixelInfo(id).inside);
    case AreaColumn: {
        const Calibration& cal = m_document->image().calibration;
        return QLocale().toString(pixelInfo(id).inside * cal.pixelWidth * cal.pixelHeight, 'g', 6);
    }
    default:
        return {};
    }
}

QVariant RoiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    // The area unit as the tables write it: "µm²", "px²" (uncalibrated).
    const QString areaUnit = csvUnitLabel(
        (m_document ? m_document->image().calibration.unit : QStringLiteral("pixel")) + QStringLiteral("^2"));
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case ClassColumn:
            return tr("Class");
        case ShapeColumn:
            return tr("Shape");
        case XColumn:
            return tr("X");
        case YColumn:
            return tr("Y");
        case WidthColumn:
            return tr("W");
        case HeightColumn:
            return tr("H");
        case PixelsColumn:
            return tr("Pixels");
        case AreaColumn:
            return tr("Area (%1)").arg(areaUnit);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The ROI's name, used in tables, plots and exported files. Double-click to rename.");
        case ClassColumn:
            return tr("The ROI's class (e.g. cell or background); its colour is used everywhere.");
        case ShapeColumn:
            return tr("Rectangle, ellipse or polygon.");
        case XColumn:
        case YColumn:
            return tr("Top-left corner of the ROI's bounding box, in pixels from the image's top-left corner.");
        case WidthColumn:
        case HeightColumn:
            return tr("Width and height of the ROI's bounding box, in pixels.");
        case PixelsColumn:
            return tr("Number of image pixels inside the ROI (a pixel is inside when its centre is).");
        case AreaColumn:
            return tr("Pixel count × pixel size, in %1 (from the image's calibration).").arg(areaUnit);
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags RoiTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn || index.column() == ClassColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool RoiTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_document || !index.isValid() || role != Qt::EditRole || index.row() >= m_ids.size()) {
        return false;
    }
    const RoiId id = m_ids[index.row()];
    if (!m_document->containsRoi(id)) {
        return false;
    }
    const Roi& roi = m_document->roi(id);
    if (index.column() == NameColumn) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) {
            return false;
        }
        if (name != roi.name) {
            m_document->undoStack()->push(new RenameRoiCommand(m_document, id, name));
        }
        return true;
    }
    if (index.column() == ClassColumn) {
        const QString className = value.toString();
        if (!className.isEmpty() && !m_document->hasClass(className)) {
            return false;
        }
        // Reclassifying one of several selected ROIs reclassifies all of them (one undo step).
        const RoiIdList ids = m_document->isSelected(id) && m_document->selection().size() > 1
                                  ? m_document->selectedRoiIds()
                                  : RoiIdList{id};
        bool differs = false;
        for (RoiId other : ids) {
            differs = differs || m_document->roi(other).className != className;
        }
        if (differs) {
            m_document->undoStack()->push(new SetRoiClassCommand(m_document, ids, className));
        }
        return true;
    }
    return false;
}

QStringList RoiTableModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* RoiTableModel::mimeData(const QModelIndexList& indexes) const
{
    QList<int> rows;
    for (const QModelIndex& i : indexes) {
        rows.append(i.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (int r : rows) {
        stream << quint64(roiId(r));
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), bytes);
    return mime;
}

bool RoiTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    Q_UNUSED(column)
    if (!m_document || action != Qt::MoveAction || !data->hasFormat(QString::fromLatin1(kMimeType))) {
        return false;
    }
    if (row < 0) {
        row = parent.isValid() ? parent.row() : rowCount();
    }
    QByteArray bytes = data->data(QString::fromLatin1(kMimeType));
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    RoiIdList ids;
    int before = 0; // dragged rows above the drop row: the target index shifts up by that many
    while (!stream.atEnd()) {
        quint64 id = 0;
        stream >> id;
        if (m_document->containsRoi(id)) {
            ids.append(id);
            before += rowOf(id) < row ? 1 : 0;
        }
    }
    if (ids.isEmpty()) {
        return false;
    }
    const RoiIdList order = ReorderRoisCommand::movedOrder(m_document->roiIds(), ids, row - before);
    if (order != m_document->roiIds()) {
        m_document->undoStack()->push(new ReorderRoisCommand(m_document, order));
    }
    return true;
}

} // namespace tessera
