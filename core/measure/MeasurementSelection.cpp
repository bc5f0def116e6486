#include "core/measure/MeasurementSelection.h"

#include "core/segmentation/ConnectedComponents.h"
#include "core/task/TaskContext.h"
#include "core/texture/GlcmAnalysis.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace tessera {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/** The column's name without a "_C<n>" channel suffix. */
QString baseName(const QString& name)
{
    static const QRegularExpression suffix(QStringLiteral("_C\\d+$"));
    QString base = name;
    base.remove(suffix);
    return base;
}
} // namespace

std::vector<MeasurementGroup> allMeasurementGroups()
{
    std::vector<MeasurementGroup> out;
    for (int g = 0; g <= int(MeasurementGroup::GlcmFeatures); ++g) {
        out.push_back(MeasurementGroup(g));
    }
    return out;
}

QString measurementGroupKey(MeasurementGroup group)
{
    switch (group) {
    case MeasurementGroup::Area:
        return QStringLiteral("area");
    case MeasurementGroup::Mean:
        return QStringLiteral("mean");
    case MeasurementGroup::StdDev:
        return QStringLiteral("stddev");
    case MeasurementGroup::Mode:
        return QStringLiteral("mode");
    case MeasurementGroup::MinMax:
        return QStringLiteral("min-max");
    case MeasurementGroup::Centroid:
        return QStringLiteral("centroid");
    case MeasurementGroup::CenterOfMass:
        return QStringLiteral("center-of-mass");
    case MeasurementGroup::Perimeter:
        return QStringLiteral("perimeter");
    case MeasurementGroup::BoundingRectangle:
        return QStringLiteral("bounding");
    case MeasurementGroup::FitEllipse:
        return QStringLiteral("ellipse");
    case MeasurementGroup::ShapeDescriptors:
        return QStringLiteral("shape");
    case MeasurementGroup::Feret:
        return QStringLiteral("feret");
    case MeasurementGroup::IntegratedDensity:
        return QStringLiteral("integrated");
    case MeasurementGroup::Median:
        return QStringLiteral("median");
    case MeasurementGroup::Skewness:
        return QStringLiteral("skewness");
    case MeasurementGroup::Kurtosis:
        return QStringLiteral("kurtosis");
    case MeasurementGroup::AreaFraction:
        return QStringLiteral("area-fraction");
    case MeasurementGroup::GlcmFeatures:
        return QStringLiteral("glcm");
    }
    return QString();
}

bool measurementGroupFromKey(const QString& key, MeasurementGroup& group)
{
    for (MeasurementGroup g : allMeasurementGroups()) {
        if (measurementGroupKey(g).compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
            group = g;
            return true;
        }
    }
    return false;
}

QStringList measurementGroupColumns(MeasurementGroup group)
{
    switch (group) {
    case MeasurementGroup::Area:
        return {QStringLiteral("Area"), QStringLiteral("PixelCount")};
    case MeasurementGroup::Mean:
        return {QStringLiteral("Mean")};
    case MeasurementGroup::StdDev:
        return {QStringLiteral("StdDev")};
    case MeasurementGroup::Mode:
        return {QStringLiteral("Mode")};
    case MeasurementGroup::MinMax:
        return {QStringLiteral("Min"), QStringLiteral("Max")};
    case MeasurementGroup::Centroid:
        return {QStringLiteral("X"), QStringLiteral("Y")};
    case MeasurementGroup::CenterOfMass:
        return {QStringLiteral("XM"), QStringLiteral("YM")};
    case MeasurementGroup::Perimeter:
        return {QStringLiteral("Perim.")};
    case MeasurementGroup::BoundingRectangle:
        return {QStringLiteral("BX"), QStringLiteral("BY"), QStringLiteral("Width"), QStringLiteral("Height")};
    case MeasurementGroup::FitEllipse:
        return {QStringLiteral("Major"), QStringLiteral("Minor"), QStringLiteral("Angle")};
    case MeasurementGroup::ShapeDescriptors:
        return {QStringLiteral("Circ."), QStringLiteral("AR"), QStringLiteral("Round"), QStringLiteral("Solidity")};
    case MeasurementGroup::Feret:
        return {QStringLiteral("Feret"), QStringLiteral("FeretX"), QStringLiteral("FeretY"),
                QStringLiteral("FeretAngle"), QStringLiteral("MinFeret")};
    case MeasurementGroup::IntegratedDensity:
        return {QStringLiteral("IntDen"), QStringLiteral("RawIntDen")};
    case MeasurementGroup::Median:
        return {QStringLiteral("Median")};
    case MeasurementGroup::Skewness:
        return {QStringLiteral("Skew")};
    case MeasurementGroup::Kurtosis:
        return {QStringLiteral("Kurt")};
    case MeasurementGroup::AreaFraction:
        return {QStringLiteral("%Area")};
    case MeasurementGroup::GlcmFeatures: {
        QStringList names;
        for (HaralickFeature f : allHaralickFeatures()) {
            names << QStringLiteral("GLCM_") + haralickFeatureName(f);
        }
        return names;
    }
    }
    return {};
}

bool isIntensityGroup(MeasurementGroup group)
{
    switch (group) {
    case MeasurementGroup::Mean:
    case MeasurementGroup::StdDev:
    case MeasurementGroup::Mode:
    case MeasurementGroup::MinMax:
    case MeasurementGroup::CenterOfMass:
    case MeasurementGroup::IntegratedDensity:
    case MeasurementGroup::Median:
    case MeasurementGroup::Skewness:
    case MeasurementGroup::Kurtosis:
    case MeasurementGroup::AreaFraction:
        return true;
    default:
        return false;
    }
}

MeasurementSelection::MeasurementSelection()
{
    for (MeasurementGroup g : allMeasurementGroups()) {
        set(g, g != MeasurementGroup::AreaFraction && g != MeasurementGroup::GlcmFeatures);
    }
}

MeasurementSelection MeasurementSelection::all()
{
    MeasurementSelection s;
    for (MeasurementGroup g : allMeasurementGroups()) {
        s.set(g, true);
    }
    return s;
}

MeasurementSelection MeasurementSelection::none()
{
    MeasurementSelection s;
    s.m_bits = 0;
    return s;
}

void MeasurementSelection::set(MeasurementGroup group, bool on)
{
    m_bits = on ? (m_bits | bit(group)) : (m_bits & ~bit(group));
}

QStringList MeasurementSelection::keys() const
{
    QStringList out;
    for (MeasurementGroup g : allMeasurementGroups()) {
        if (has(g)) {
            out << measurementGroupKey(g);
        }
    }
    return out;
}

Expected<MeasurementSelection> MeasurementSelection::fromKeys(const QStringList& keys)
{
    MeasurementSelection s = none();
    QStringList unknown;
    for (const QString& raw : keys) {
        const QString key = raw.trimmed();
        if (key.isEmpty()) {
            continue;
        }
        MeasurementGroup g;
        if (key.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            s = all();
        } else if (key.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0) {
            const MeasurementSelection d;
            for (MeasurementGroup group : allMeasurementGroups()) {
                if (d.has(group)) {
                    s.set(group, true);
                }
            }
        } else if (measurementGroupFromKey(key, g)) {
            s.set(g, true);
        } else {
            unknown << key;
        }
    }
    if (!unknown.isEmpty()) {
        QStringList valid;
        for (MeasurementGroup g : allMeasurementGroups()) {
            valid << measurementGroupKey(g);
        }
        return Status::invalid(tr("Unknown measurement \"%1\"; use all, default or any of: %2.")
                                   .arg(unknown.join(QStringLiteral("\", \"")), valid.join(QStringLiteral(", "))));
    }
    return s;
}

MeasurementTable selectMeasurements(const MeasurementTable& table, const MeasurementSelection& selection)
{
    QStringList keep;
    for (MeasurementGroup g : allMeasurementGroups()) {
        if (selection.has(g)) {
            keep << measurementGroupColumns(g);
        }
    }
    std::vector<int> columns;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString& name = table.column(c).name;
        const bool text =
            name == QLatin1String("Label") || name == QLatin1String("Name") || name == QLatin1String("Class");
        if (text || keep.contains(baseName(name))) {
            columns.push_back(c);
        }
    }
    MeasurementTable out;
    for (int c : columns) {
        const MeasurementColumn& col = table.column(c);
        out.addColumn(col.name, col.unit, col.description);
    }
    for (int r = 0; r < table.rowCount(); ++r) {
        const int row = out.addRow();
        for (size_t i = 0; i < columns.size(); ++i) {
            const MeasurementCell& cell = table.cell(r, columns[i]);
            if (const double* d = std::get_if<double>(&cell)) {
                out.setValue(row, int(i), *d);
            } else {
                out.setText(row, int(i), std::get<QString>(cell));
            }
        }
    }
    return out;
}

Expected<MeasurementTable> measureSelectedObjects(const cv::Mat& labels, int count,
                                                  const std::vector<IntensityChannel>& channels,
                                                  const Calibration& calibration, const MeasurementSelection& selection,
                                                  const ObjectGlcmInput& glcm, TaskContext& task)
{
    const bool withGlcm = selection.has(MeasurementGroup::GlcmFeatures);
    if (withGlcm) {
        if (glcm.plane.empty() || glcm.plane.size() != labels.size()) {
            return Status::invalid(MeasurementSelection::tr("GLCM features per object need the intensity plane of "
                                                            "the objects' image."));
        }
        if (const Status valid = glcm.params.validate(); !valid.isOk()) {
            return valid;
        }
    }
    SubTask measureTask(task, 0.0, withGlcm ? 0.5 : 1.0);
    Expected<MeasurementTable> full =
        ObjectMeasurements::measureLabels(labels, count, channels, calibration, measureTask);
    if (!full.isOk()) {
        return full.status();
    }
    MeasurementTable table = selectMeasurements(full.value(), selection);
    const int labelColumn = table.columnIndex(QStringLiteral("Label"));
    std::vector<int> rowOfLabel(size_t(count) + 1, -1);
    for (int r = 0; r < table.rowCount(); ++r) {
        const int label = int(table.value(r, labelColumn));
        if (label >= 0 && label <= count) {
            rowOfLabel[size_t(label)] = r;
        }
    }

    if (selection.has(MeasurementGroup::AreaFraction)) {
        const QString description =
            MeasurementSelection::tr("Percentage of the object's pixels whose value is not 0 (ImageJ's %Area).");
        for (const IntensityChannel& ch : channels) {
            std::vector<qint64> nonZero(size_t(count) + 1, 0), total(size_t(count) + 1, 0);
            cv::Mat values;
            ch.plane.convertTo(values, CV_32F);
            for (int y = 0; y < labels.rows; ++y) {
                const int* l = labels.ptr<int>(y);
                const float* v = values.ptr<float>(y);
                for (int x = 0; x < labels.cols; ++x) {
                    if (l[x] > 0 && l[x] <= count) {
                        ++total[size_t(l[x])];
                        nonZero[size_t(l[x])] += v[x] != 0.0f ? 1 : 0; // NaN counts as not 0, as in ImageJ
                    }
                }
            }
            const int column = table.addColumn(QStringLiteral("%Area") + ch.suffix, QString(), description);
            for (int label = 1; label <= count; ++label) {
                const int r = rowOfLabel[size_t(label)];
                if (r >= 0 && total[size_t(label)] > 0) {
                    table.setValue(r, column, 100.0 * double(nonZero[size_t(label)]) / double(total[size_t(label)]));
                }
            }
            if (task.isCancelled()) {
                return Status::cancelled();
            }
        }
    }

    if (withGlcm) {
        const LabelStats stats = labelStats(labels, count);
        std::vector<NamedRoiMask> masks;
        std::vector<int> maskLabel;
        for (int label = 1; label <= count; ++label) {
            if (stats.area[size_t(label)] == 0) {
                continue;
            }
            NamedRoiMask m;
            m.name = QString::number(label);
            m.mask.box = stats.box[size_t(label)];
            cv::compare(labels(m.mask.box), label, m.mask.mask, cv::CMP_EQ);
            masks.push_back(std::move(m));
            maskLabel.push_back(label);
        }
        SubTask glcmTask(task, 0.5, 1.0);
        Expected<GlcmTable> glcmTable = computeGlcmTable(glcm.plane, masks, glcm.params, glcmTask);
        if (!glcmTable.isOk()) {
            return glcmTable.status();
        }
        const QString description = MeasurementSelection::tr(
            "Haralick feature of the object's pixels: mean over the GLCM orientations at the first distance.");
        std::vector<int> columns;
        for (const QString& name : measurementGroupColumns(MeasurementGroup::GlcmFeatures)) {
            columns.push_back(table.addColumn(name, QString(), description));
        }
        const std::vector<HaralickFeature> features = allHaralickFeatures();
        for (size_t i = 0; i < masks.size(); ++i) {
            const int r = rowOfLabel[size_t(maskLabel[i])];
            const GlcmRoiResult& roi = glcmTable->rois[i];
            if (r < 0 || !roi.status.isOk() || roi.summaries.empty()) {
                continue;
            }
            const GlcmOrientationSummary& summary = roi.summaries.front();
            for (size_t f = 0; f < features.size(); ++f) {
                const double v = summary.pairs > 0 ? summary.mean[features[f]] : kNaN;
                table.setValue(r, columns[f], v);
            }
        }
    }
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return table;
}

} // namespace tessera
