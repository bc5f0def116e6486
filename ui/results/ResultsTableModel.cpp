#include "ui/results/ResultsTableModel.h"

#include "core/batch/BatchRunner.h"
#include "core/measure/MeasurementTable.h"
#include "core/texture/GlcmExport.h"
#include "ui/app/DisplayNumber.h"
#include "ui/document/AnalysisResults.h"
#include "ui/document/ImageDocument.h"
#include "ui/project/Project.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {
/** An area unit as tables and files write it: "pixel" → "px²", "µm" → "µm²". */
QString areaUnitLabel(const QString& unit)
{
    return csvUnitLabel(unit + QStringLiteral("^2"));
}
} // namespace

ResultsTableModel::ResultsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

ResultsTableModel::~ResultsTableModel() = default;

void ResultsTableModel::setDocument(ImageDocument* document)
{
    const bool changed = document != m_document;
    m_document = document;
    if (isPooled()) {
        if (changed && columnCount() > 0) {
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        }
        return; // the rows stay: only the selection follows the current image
    }
    connectDocuments();
    rebuild();
}

void ResultsTableModel::setProject(Project* project)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    m_project = project;
    if (project) {
        // An image added or removed changes the pooled rows and may change the other images' names.
        connect(project, &Project::imageAdded, this, [this] {
            if (isPooled()) {
                connectDocuments();
                rebuild();
            }
        });
        connect(project, &Project::imageRemoved, this, [this] {
            if (isPooled()) {
                connectDocuments();
                rebuild();
            }
        });
    }
    if (m_pooled) {
        connectDocuments();
        rebuild();
    }
}

void ResultsTableModel::setPooled(bool on)
{
    if (on != m_pooled) {
        m_pooled = on;
        connectDocuments();
        rebuild();
    }
}

QList<ImageDocument*> ResultsTableModel::shownDocuments() const
{
    QList<ImageDocument*> docs;
    for (const Part& p : m_parts) {
        if (p.document) {
            docs.push_back(p.document);
        }
    }
    return docs;
}

QString ResultsTableModel::imageName(const ImageDocument* document) const
{
    return m_project && m_project->indexOf(document) >= 0 ? m_project->imageName(document)
           : document                                     ? document->fileName()
                                                          : QString();
}

void ResultsTableModel::connectDocuments()
{
    for (const QPointer<ImageDocument>& doc : std::as_const(m_connected)) {
        if (doc) {
            disconnect(doc, nullptr, this, nullptr);
        }
    }
    m_connected.clear();
    QList<ImageDocument*> docs;
    if (isPooled()) {
        docs = m_project->documents();
    } else if (m_document) {
        docs.push_back(m_document);
    }
    for (ImageDocument* document : std::as_const(docs)) {
        m_connected.push_back(document);
        connect(document, &ImageDocument::resultChanged, this, [this](AnalysisKind kind) {
            if (kind == AnalysisKind::Glcm) {
                rebuild();
            }
        });
        connect(document, &ImageDocument::roisRemoved, this, &ResultsTableModel::rebuild);
        connect(document, &ImageDocument::roiChanged, this, [this, document](RoiId id, RoiChanges what) {
            if (what & (RoiChange::Name | RoiChange::Class)) {
                roiRenamed(document, id);
            }
        });
        // Staleness (grey rows) and class colours.
        auto refreshAll = [this] {
            if (rowCount() > 0) {
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            }
        };
        connect(document, &ImageDocument::classesChanged, this, refreshAll);
        connect(document, &ImageDocument::parametersChanged, this, refreshAll);
        connect(document, &ImageDocument::roisInserted, this, refreshAll);
        connect(document, &ImageDocument::positionChanged, this, refreshAll);
    }
}

void ResultsTableModel::roiRenamed(ImageDocument* document, RoiId id)
{
    for (int row : rowsOf(document, id)) {
        emit dataChanged(index(row, column(ColName)), index(row, column(ColClass)));
    }
}

void ResultsTableModel::setPerOrientation(bool on)
{
    if (on != m_perOrientation) {
        m_perOrientation = on;
        rebuild();
    }
}

void ResultsTableModel::rebuild()
{
    beginResetModel();
    QList<ImageDocument*> docs;
    if (isPooled()) {
        docs = m_project->documents();
    } else if (m_document) {
        docs.push_back(m_document);
    }
    std::vector<Part> previous = std::move(m_parts);
    m_parts.clear();
    m_rows.clear();
    for (ImageDocument* doc : std::as_const(docs)) {
        Part part;
        part.document = doc;
        part.name = imageName(doc);
        part.result = doc->result<GlcmResult>(AnalysisKind::Glcm);
        if (!part.result) {
            continue;
        }
        part.perOrientation = m_perOrientation;
        // The flattened table of an unchanged result is kept (a pooled rebuild after one image's run is cheap).
        const auto same = std::find_if(previous.begin(), previous.end(), [&](const Part& p) {
            return p.result == part.result && p.perOrientation == part.perOrientation;
        });
        if (same != previous.end()) {
            part.table = std::move(same->table);
        } else {
            GlcmRowOptions options;
            options.perOrientation = m_perOrientation;
            part.table = glcmMeasurementTable(part.result->table, options);
        }
        const int distances = int(part.result->table.params.distances.size());
        const int orientations = int(part.result->table.params.orientations.size());
        const int rowsPerRoi = distances * ((m_perOrientation ? orientations : 0) + 1);
        Q_ASSERT(part.table.rowCount() == rowsPerRoi * int(part.result->roiIds.size()));
        const int partIndex = int(m_parts.size());
        for (int i = 0; i < int(part.result->roiIds.size()); ++i) {
            const RoiId id = part.result->roiIds[i];
            QList<int>* rows = doc->containsRoi(id) ? &part.roiRows[id] : nullptr;
            for (int k = 0; k < rowsPerRoi; ++k) {
                if (rows) {
                    rows->push_back(int(m_rows.size()));
                }
                m_rows.push_back(Row{partIndex, i, i * rowsPerRoi + k});
            }
        }
        m_parts.push_back(std::move(part));
    }
    endResetModel();
}

int ResultsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsTableModel::columnCount(const QModelIndex& parent) const
{
    // The core table's first column ("roi") is shown as Name.
    if (parent.isValid() || m_parts.empty()) {
        return 0;
    }
    return column(FixedColumnCount) + m_parts.front().table.columnCount() - 1;
}

RoiId ResultsTableModel::roiIdAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return RoiId();
    }
    const Row& r = m_rows[row];
    return m_parts[std::size_t(r.part)].result->roiIds.value(r.roi);
}

ImageDocument* ResultsTableModel::documentAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_parts[std::size_t(m_rows[row].part)].document.data() : nullptr;
}

QList<int> ResultsTableModel::rowsOf(const ImageDocument* document, RoiId id) const
{
    for (const Part& p : m_parts) {
        if (p.document == document) {
            return p.roiRows.value(id);
        }
    }
    return {};
}

QString ResultsTableModel::commonAreaUnit() const
{
    QString unit;
    for (const Part& p : m_parts) {
        if (!p.document) {
            continue;
        }
        const QString u = p.document->image().calibration.unit;
        if (!unit.isEmpty() && u != unit) {
            return QString();
        }
        unit = u;
    }
    return unit;
}

int ResultsTableModel::columnOf(const QString& name) const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (columnName(c) == name) {
            return c;
        }
    }
    return -1;
}

QString ResultsTableModel::columnName(int column) const
{
    const int shift = isPooled() ? 1 : 0;
    if (shift && column == 0) {
        return tr("Image");
    }
    switch (column - shift) {
    case ColName:
        return tr("Name");
    case ColClass:
        return tr("Class");
    case ColPixels:
        return tr("Pixels");
    case ColArea:
        return tr("Area");
    case ColMean:
        return tr("Mean");
    case ColStdDev:
        return tr("StdDev");
    case ColMin:
        return tr("Min");
    case ColMax:
        return tr("Max");
    default:
        return m_parts.empty() ? QString()
                               : m_parts.front().table.column(column - this->column(FixedColumnCount) + 1).name;
    }
}

QVariant ResultsTableModel::rawValue(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) {
        return {};
    }
    const Row& at = m_rows[row];
    const Part& part = m_parts[std::size_t(at.part)];
    const GlcmResult& result = *part.result;
    const RoiId id = result.roiIds.value(at.roi);
    const ImageDocument* doc = part.document;
    const bool exists = doc && doc->containsRoi(id);
    const int r = at.roi;
    const PlaneStatistics* stats = r < int(result.statistics.size()) && result.statistics[std::size_t(r)].count > 0
                                       ? &result.statistics[std::size_t(r)]
                                       : nullptr;
    const double nan = std::nan("");
    const int shift = isPooled() ? 1 : 0;
    if (shift && column == 0) {
        return part.name;
    }
    switch (column - shift) {
    case ColName:
        return exists ? doc->roi(id).name : result.table.rois[std::size_t(r)].name;
    case ColClass:
        return exists ? doc->roi(id).className : QString();
    case ColPixels:
        return stats ? double(stats->count) : nan;
    case ColArea:
        return stats ? stats->area : nan;
    case ColMean:
        return stats ? stats->mean : nan;
    case ColStdDev:
        return stats ? stats->stdDev : nan;
    case ColMin:
        return stats ? stats->min : nan;
    case ColMax:
        return stats ? stats->max : nan;
    default:
        break;
    }
    const MeasurementCell& cell = part.table.cell(at.tableRow, column - this->column(FixedColumnCount) + 1);
    if (const double* d = std::get_if<double>(&cell)) {
        return *d;
    }
    const QString text = std::get<QString>(cell);
    bool ok = false;
    const double number = text.toDouble(&ok); // distance and pairs are text in the core table (exact integers)
    if (text.isEmpty()) {
        return nan; // a value that is not defined (no pairs, failed ROI)
    }
    return ok ? QVariant(number) : QVariant(text);
}

QVariant ResultsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Part& part = m_parts[std::size_t(m_rows[index.row()].part)];
    const bool stale = part.document && part.document->isStale(AnalysisKind::Glcm);
    if (role == roiIdRole) {
        return QVariant::fromValue<quint64>(roiIdAt(index.row()));
    }
    if (role == Qt::UserRole) {
        return rawValue(index.row(), index.column());
    }
    if (role == Qt::DecorationRole && index.column() == column(ColClass) && part.document) {
        const QString cls = rawValue(index.row(), index.column()).toString();
        return cls.isEmpty() ? QVariant() : QVariant(part.document->classColor(cls));
    }
    if (role == Qt::ForegroundRole && stale) {
        return QBrush(QColor(128, 128, 128)); // out of date: ROIs, plane or parameters changed since
    }
    if (role == Qt::TextAlignmentRole) {
        const QVariant v = rawValue(index.row(), index.column());
        return v.typeId() == QMetaType::Double ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    if (role == Qt::ToolTipRole && stale && index.column() < column(ColClass)) {
        return tr("Out of date: the ROIs, plane or GLCM parameters of %1 changed since this result was computed.")
            .arg(part.name);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QVariant v = rawValue(index.row(), index.column());
        if (v.typeId() == QMetaType::Double) {
            const double d = v.toDouble();
            if (std::isnan(d)) {
                return QString();
            }
            QString text = role == Qt::ToolTipRole ? QString::number(d, 'g', 17) : displayNumber(d);
            if (index.column() == column(ColArea) && isPooled() && commonAreaUnit().isEmpty() && part.document) {
                text += QLatin1Char(' ') + areaUnitLabel(part.document->image().calibration.unit);
            }
            return text;
        }
        return v;
    }
    return {};
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const int shift = isPooled() ? 1 : 0;
    if (role == Qt::DisplayRole) {
        QString name = columnName(section);
        const QString unit = isPooled()   ? commonAreaUnit()
                             : m_document ? m_document->image().calibration.unit
                                          : QString();
        if (section == column(ColArea) && !unit.isEmpty()) {
            name += QStringLiteral(" (") + areaUnitLabel(unit) + QLatin1Char(')'); // as the ROI Manager's "Area (µm²)"
        }
        return name;
    }
    if (role == Qt::ToolTipRole) {
        if (shift && section == 0) {
            return tr("The image the ROI belongs to (the `image` column of exported tables).");
        }
        switch (section - shift) {
        case ColName:
            return tr("The ROI's name.");
        case ColClass:
            return tr("The ROI's class.");
        case ColPixels:
            return tr("Number of pixels inside the ROI (within the image).");
        case ColArea:
            return tr("Area of those pixels in calibrated units.");
        case ColMean:
        case ColStdDev:
        case ColMin:
        case ColMax:
            return tr("Intensity statistics of the ROI's pixels (as ImageJ's Measure; StdDev is the sample SD).");
        default:
            break;
        }
        const QString name = columnName(section);
        if (name == QLatin1String("orientation")) {
            return tr("Direction of the pixel pairs; MEAN is the mean over the checked orientations.");
        }
        if (name == QLatin1String("pairs")) {
            return tr("Pixel pairs counted (summed over the orientations on MEAN rows).");
        }
        if (name == QLatin1String("lowPairCount")) {
            return tr("true when some orientation has fewer than %1 pairs: the values are unreliable.")
                .arg(kGlcmLowPairCount);
        }
        if (name == QLatin1String("rangeMin") || name == QLatin1String("rangeMax")) {
            return tr("The intensity range mapped onto the gray levels.");
        }
        return tr("Haralick texture feature %1 (formulas: docs/texture.md).").arg(name);
    }
    return {};
}

MeasurementTable ResultsTableModel::partTable(const QList<int>& rows) const
{
    // The single-image layout (no Image column), the area's unit from the rows' document.
    const int shift = isPooled() ? 1 : 0;
    const ImageDocument* doc = rows.isEmpty() ? m_document.data() : documentAt(rows.front());
    MeasurementTable t;
    for (int c = shift; c < columnCount(); ++c) {
        QString header = columnName(c);
        if (c == column(ColArea) && doc) {
            header += QStringLiteral(" (") + doc->image().calibration.unit + QStringLiteral("²)");
        }
        t.addColumn(header);
    }
    for (int r : rows) {
        const int out = t.addRow();
        for (int c = shift; c < columnCount(); ++c) {
            const QVariant v = rawValue(r, c);
            if (v.typeId() == QMetaType::Double && !std::isnan(v.toDouble())) {
                t.setValue(out, c - shift, v.toDouble());
            } else {
                t.setText(out, c - shift, v.typeId() == QMetaType::Double ? QString() : v.toString());
            }
        }
    }
    return t;
}

MeasurementTable ResultsTableModel::toTable(const QList<int>& rows) const
{
    QList<int> which = rows;
    if (which.isEmpty()) {
        for (int r = 0; r < rowCount(); ++r) {
            which.push_back(r);
        }
    }
    if (!isPooled()) {
        return partTable(which);
    }
    // Runs of rows of one image, combined as tessera-cli run combines its images' tables (row order kept).
    std::vector<MeasurementTable> runs;
    std::vector<NamedTable> named;
    QStringList names;
    for (int i = 0; i < which.size();) {
        int j = i;
        while (j < which.size() && m_rows[which[j]].part == m_rows[which[i]].part) {
            ++j;
        }
        runs.push_back(partTable(which.mid(i, j - i)));
        names.push_back(m_parts[std::size_t(m_rows[which[i]].part)].name);
        i = j;
    }
    for (std::size_t k = 0; k < runs.size(); ++k) {
        named.push_back({names[int(k)], &runs[k]});
    }
    if (named.empty()) {
        MeasurementTable empty = partTable({});
        return combineTables({{QString(), &empty}});
    }
    return combineTables(named);
}

} // namespace tessera
