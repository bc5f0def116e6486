#pragma once

#include "core/common/Status.h"
#include "core/histogram/Histogram.h"
#include "core/histogram/Statistics.h"
#include "core/roi/Roi.h"
#include "ui/document/DocumentTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>
#include <vector>

namespace tessera {

class TaskContext;

/**
 * The histogram and statistics of one region of a plane: the whole plane (roi == 0) or one ROI.
 * histogram: for 8/16-bit planes the exact one (bin width 1, bin i = value i, see computeHistogram()); for float
 * planes 256 equal bins over the plane's finite [min, max], so curves of the plane and its ROIs share bin edges.
 */
struct HistogramEntry
{
    RoiId roi = 0; ///< 0: the whole plane
    QString label;
    QColor color;
    Histogram histogram;
    PlaneStatistics stats;
    bool clipped = false; ///< the ROI lies partly outside the image (only its inside part is counted)
    QString error;        ///< non-empty when the region has no (finite) pixel; histogram and stats are then empty
    bool isValid() const { return error.isEmpty(); }
};

/** A ROI to measure, with the label and colour its curve and table row get. */
struct HistogramRoi
{
    RoiId id = 0;
    Roi roi;
    QColor color;
};

/** What the histogram panel hands to its worker. plane is shared, not copied. */
struct HistogramRequest
{
    cv::Mat plane;
    StatisticsParams statistics;
    /** The plane's entry when it was computed before for this plane (reused as is), else null. */
    std::shared_ptr<const HistogramEntry> planeEntry;
    QString planeLabel;
    QColor planeColor;
    std::vector<HistogramRoi> rois;
};

/** The plane's entry and one entry per requested ROI (same order). */
struct HistogramSet
{
    std::shared_ptr<const HistogramEntry> plane;
    std::vector<HistogramEntry> rois;
};

/**
 * Computes the HistogramSet of request: the plane's entry (unless given) and, for each ROI, its mask from core
 * rasterize() and computeHistogram() + computeStatistics() inside it (a ROI without pixels in the image gets an
 * entry with error set instead of failing the whole set). Fails only for a bad plane or when cancelled.
 * Thread-safe (pure function).
 */
Expected<HistogramSet> computeHistogramSet(const HistogramRequest& request, TaskContext& task);

/** How a curve is drawn. */
struct CurveOptions
{
    bool everyLevel = false; ///< 8/16-bit: one bin per level between the plane's min and max; ignored for float
    bool normalised = false; ///< fraction of the region's pixels per bin instead of counts
};

/** A step curve: bin i spans [edges[i], edges[i+1]) and has value values[i]; edges.size() == values.size() + 1. */
struct HistogramCurve
{
    QVector<double> edges;
    QVector<double> values;
};

/**
 * The displayed curve of entry over the plane's value range [planeMin, planeMax] (the plane entry's dataMin/dataMax):
 * integer planes: everyLevel → one bin per level planeMin..planeMax, else 256 equal bins over [planeMin, planeMax + 1)
 * (derived from the exact histogram by rebinHistogram(); for 8-bit data spanning 0..255 that is one bin per level);
 * float planes: the entry's 256 bins. Empty for an invalid entry.
 */
HistogramCurve histogramCurve(const HistogramEntry& entry, double planeMin, double planeMax, bool integerData,
                              const CurveOptions& options);

} // namespace tessera
