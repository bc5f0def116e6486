#include "ui/results/ResultsTableModel.h"

#include "core/texture/GlcmExport.h"
#include "ui/document/AnalysisResults.h"
#include "ui/document/ImageDocument.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace tessera {

ResultsTableModel::ResultsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

ResultsTableModel::~ResultsTableModel() = default;

void ResultsTableModel::setDocument(ImageDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document, &ImageDocument::resultChanged, this, [this](AnalysisKind kind) {
            if (kind == AnalysisKind::Glcm) {
                rebuild();
            }
        });
        connect(document, &ImageDocument::roisRemoved, this, &ResultsTableModel::rebuild);
        connect(document, &ImageDocument::roiChanged, this, [this](RoiId id, RoiChanges what) {
            if (what & (RoiChange::Name | RoiChange::Class)) {
                for (int row : rowsOf(id)) {
                    emit dataChanged(index(row, ColName), index(row, ColClass));
                }
            }
        });
        connect(document, &ImageDocument::classesChanged, this, [this] {
            if (rowCount() > 0) {
                emit dataChanged(index(0, ColClass), index(rowCount() - 1, ColClass));
            }
        });
    }
    rebuild();
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
    m_result = m_document ? m_document->result<GlcmResult>(AnalysisKind::Glcm) : nullptr;
    m_table = MeasurementTable();
    m_rowRoi.clear();
    m_rowResult.clear();
    m_roiRows.clear();
    if (m_result) {
        GlcmRowOptions options;
        options.perOrientation = m_perOrientation;
        m_table = glcmMeasurementTable(m_result->table, options);
        const int distances = int(m_result->table.params.distances.size());
        const int orientations = int(m_result->table.params.orientations.size());
        const int rowsPerRoi = distances * ((m_perOrientation ? orientations : 0) + 1);
        Q_ASSERT(m_table.rowCount() == rowsPerRoi * int(m_result->roiIds.size()));
        m_rowRoi.reserve(m_table.rowCount());
        m_rowResult.reserve(m_table.rowCount());
        for (int i = 0; i < int(m_result->roiIds.size()); ++i) {
            const RoiId id = m_result->roiIds[i];
            if (m_document->containsRoi(id)) {
                QList<int>& rows = m_roiRows[id];
                for (int k = 0; k < rowsPerRoi; ++k) {
                    rows.push_back(i * rowsPerRoi + k);
                }
            }
            for (int k = 0; k < rowsPerRoi; ++k) {
                m_rowRoi.push_back(id);
                m_rowResult.push_back(i);
            }
        }
    }
    endResetModel();
}

int ResultsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int ResultsTableModel::columnCount(const QModelIndex& parent) const
{
    // The core table's first column ("roi") is shown as Name.
    return parent.isValid() || m_table.columnCount() == 0 ? 0 : FixedColumnCount + m_table.columnCount() - 1;
}

QList<int> ResultsTableModel::rowsOf(RoiId id) const
{
    return m_roiRows.value(id);
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
    switch (column) {
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
        return m_table.column(column - FixedColumnCount + 1).name;
    }
}

QVariant ResultsTableModel::rawValue(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) {
        return {};
    }
    const RoiId id = m_rowRoi[row];
    const bool exists = m_document && m_document->containsRoi(id);
    const int r = m_rowResult[row];
    const PlaneStatistics* stats =
        m_result && r < int(m_result->statistics.size()) && m_result->statistics[std::size_t(r)].count > 0
            ? &m_result->statistics[std::size_t(r)]
            : nullptr;
    const double nan = std::nan("");
    switch (column) {
    case ColName:
        return exists ? m_document->roi(id).name : m_result->table.rois[std::size_t(r)].name;
    case ColClass:
        return exists ? m_document->roi(id).className : QString();
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
    const MeasurementCell& cell = m_table.cell(row, column - FixedColumnCount + 1);
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
    if (!index.isValid()) {
        return {};
    }
    if (role == roiIdRole) {
        return QVariant::fromValue<quint64>(m_rowRoi.value(index.row()));
    }
    if (role == Qt::UserRole) {
        return rawValue(index.row(), index.column());
    }
    if (role == Qt::DecorationRole && index.column() == ColClass && m_document) {
        const QString cls = rawValue(index.row(), ColClass).toString();
        return cls.isEmpty() ? QVariant() : QVariant(m_document->classColor(cls));
    }
    if (role == Qt::TextAlignmentRole) {
        const QVariant v = rawValue(index.row(), index.column());
        return v.typeId() == QMetaType::Double ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QVariant v = rawValue(index.row(), index.column());
        if (v.typeId() == QMetaType::Double) {
            const double d = v.toDouble();
            if (std::isnan(d)) {
                return QString();
            }
            return role == Qt::ToolTipRole ? QString::number(d, 'g', 17) : QLocale().toString(d, 'g', 6);
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
    if (role == Qt::DisplayRole) {
        QString name = columnName(section);
        if (section == ColArea && m_document) {
            name += QStringLiteral(" (") + m_document->image().calibration.unit + QStringLiteral("²)");
        }
        return name;
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
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

MeasurementTable ResultsTableModel::toTable(const QList<int>& rows) const
{
    MeasurementTable t;
    for (int c = 0; c < columnCount(); ++c) {
        t.addColumn(headerData(c, Qt::Horizontal).toString());
    }
    QList<int> which = rows;
    if (which.isEmpty()) {
        for (int r = 0; r < rowCount(); ++r) {
            which.push_back(r);
        }
    }
    for (int r : which) {
        const int out = t.addRow();
        for (int c = 0; c < columnCount(); ++c) {
            const QVariant v = rawValue(r, c);
            if (v.typeId() == QMetaType::Double && !std::isnan(v.toDouble())) {
                t.setValue(out, c, v.toDouble());
            } else {
                t.setText(out, c, v.typeId() == QMetaType::Double ? QString() : v.toString());
            }
        }
    }
    return t;
}

} // namespace tessera
