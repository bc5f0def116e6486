#pragma once

#include "core/common/Status.h"
#include "core/measure/MeasurementTable.h"
#include "core/measure/ObjectMeasurements.h"
#include "core/texture/Glcm.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace tessera {

class TaskContext;

/**
 * The groups of ImageJ's Analyze > Set Measurements dialog, plus GLCM texture features per object. Each group is a set
 * of columns of ObjectMeasurements' table (measurementGroupColumns()); AreaFraction and GlcmFeatures are computed by
 * measureSelectedObjects() on top of it.
 */
enum class MeasurementGroup
{
    Area,              ///< Area, PixelCount
    Mean,              ///< Mean
    StdDev,            ///< StdDev
    Mode,              ///< Mode
    MinMax,            ///< Min, Max
    Centroid,          ///< X, Y
    CenterOfMass,      ///< XM, YM
    Perimeter,         ///< Perim.
    BoundingRectangle, ///< BX, BY, Width, Height
    FitEllipse,        ///< Major, Minor, Angle
    ShapeDescriptors,  ///< Circ., AR, Round, Solidity
    Feret,             ///< Feret, FeretX, FeretY, FeretAngle, MinFeret
    IntegratedDensity, ///< IntDen, RawIntDen
    Median,            ///< Median
    Skewness,          ///< Skew
    Kurtosis,          ///< Kurt
    AreaFraction,      ///< %Area: percentage of the object's pixels whose value is not 0 (ImageJ without threshold)
    GlcmFeatures,      ///< GLCM_<feature>: the 19 Haralick features of the object's pixels (see measureSelectedObjects)
};

/** Every group in dialog order (the enum order). */
std::vector<MeasurementGroup> allMeasurementGroups();
/** A stable key ("area", "mean", "min-max", "glcm", …): settings, sessions and `tessera-cli segment --measure`. */
QString measurementGroupKey(MeasurementGroup group);
/** The group with that key (case-insensitive), or false. */
bool measurementGroupFromKey(const QString& key, MeasurementGroup& group);
/** The base column names (without channel suffix) the group contributes, in table order. */
QStringList measurementGroupColumns(MeasurementGroup group);
/** True for groups whose columns exist once per channel (intensity measurements). */
bool isIntensityGroup(MeasurementGroup group);

/**
 * Which measurements are made per object: the document's AnalysisKind::Measurements parameters, the Set Measurements
 * dialog's choice and `tessera-cli segment --measure`. The default is every column ObjectMeasurements::measureLabels()
 * writes (all groups except AreaFraction and GlcmFeatures), so a default selection gives the full table of
 * `tessera-cli segment --out`. Value type.
 */
class MeasurementSelection
{
    Q_DECLARE_TR_FUNCTIONS(tessera::MeasurementSelection)

public:
    MeasurementSelection();
    /** Every group, including AreaFraction and GlcmFeatures. */
    static MeasurementSelection all();
    /** No group (the table then holds the label column only). */
    static MeasurementSelection none();

    bool has(MeasurementGroup group) const { return (m_bits & bit(group)) != 0; }
    void set(MeasurementGroup group, bool on);
    bool isDefault() const { return *this == MeasurementSelection(); }

    /** The keys of the selected groups in dialog order. */
    QStringList keys() const;
    /** The selection of exactly the given keys; unknown keys fail with InvalidInput naming them and the valid keys.
     *  "all" and "default" stand for all() and the default selection. */
    static Expected<MeasurementSelection> fromKeys(const QStringList& keys);

    bool operator==(const MeasurementSelection& o) const { return m_bits == o.m_bits; }
    bool operator!=(const MeasurementSelection& o) const { return m_bits != o.m_bits; }

private:
    static quint32 bit(MeasurementGroup group) { return quint32(1) << int(group); }
    quint32 m_bits = 0;
};

/**
 * The columns of table that selection keeps: text columns (Label, Name, Class) always, every other column only when
 * its base name (without the "_Cn" channel suffix) belongs to a selected group. Order and rows are kept. Pure.
 */
MeasurementTable selectMeasurements(const MeasurementTable& table, const MeasurementSelection& selection);

/** What GLCM features per object are computed from. */
struct ObjectGlcmInput
{
    cv::Mat plane;     ///< the one channel to measure (CV_8U, CV_16U or CV_32F), same size as the labels
    GlcmParams params; ///< quantisation, distances, orientations
};

/**
 * Per-object measurements with a selection: ObjectMeasurements::measureLabels() of every object, reduced by
 * selectMeasurements(), then (when selected) per channel "%Area" (100 × the object's pixels with a value ≠ 0 divided
 * by its pixel count, ImageJ's area fraction when no threshold is set; suffixed like the intensity columns) and the
 * 19 GLCM columns "GLCM_ASM" … "GLCM_Energy": computeGlcmTable() on each object's pixels of glcm.plane with
 * glcm.params, the mean over the params' orientations at the first distance (the MEAN row of `tessera-cli glcm` for
 * that distance); NaN for an object without a pixel pair. Rows are the objects in label order as measureLabels()
 * gives them. Fails like measureLabels(), and with InvalidInput when GlcmFeatures is selected and the GLCM plane or
 * params are not valid. Cancellation is polled per object. Thread-safe (pure function).
 */
Expected<MeasurementTable> measureSelectedObjects(const cv::Mat& labels, int count,
                                                  const std::vector<IntensityChannel>& channels,
                                                  const Calibration& calibration, const MeasurementSelection& selection,
                                                  const ObjectGlcmInput& glcm, TaskContext& task);

} // namespace tessera
