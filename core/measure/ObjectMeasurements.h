#pragma once

#include "core/common/Status.h"
#include "core/image/Image.h"
#include "core/measure/MeasurementTable.h"
#include "core/roi/Roi.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

#include <vector>

namespace tessera {

class TaskContext;

/** One intensity plane to measure, with the suffix appended to its intensity column names ("" or "_C2"). */
struct IntensityChannel
{
    QString suffix;
    cv::Mat plane; ///< CV_8U, CV_16U or CV_32F, same size as the labels / the image the ROIs belong to
};

/** The planes of channels (all, or the given 0-based channel only) at slice z, frame t, named "_C1".. when more than
 * one. */
std::vector<IntensityChannel> intensityChannels(const Image& image, int z, int t, int onlyChannel = -1);

/**
 * ImageJ-style measurements ("Set Measurements" of Analyze > Measure and Analyze Particles) of labelled objects and of
 * ROIs, as a MeasurementTable with ImageJ's column names. Calibration: lengths are multiplied by pixelWidth (x) and
 * pixelHeight (y), areas by pixelWidth·pixelHeight; the unit is calibration.unit.
 *
 * Geometry of a region R of n pixels (pixel (c, r) covers [c, c+1) × [r, r+1)):
 * - Area = n·pw·ph; PixelCount = n.
 * - X, Y (centroid) = mean of the pixel centres (c+0.5, r+0.5), calibrated.
 * - BX, BY, Width, Height = the pixel bounding box (left, top, width, height), calibrated.
 * - Perim. = ImageJ's traced perimeter (PolygonRoi.getTracedPerimeter): the outer outline of the region (the
 *   8-connected component holding its first pixel in raster order) is traced along pixel edges into a polygon whose
 *   vertices are the direction changes, starting where ImageJ's Wand starts (traceOutline() in RegionOutline.h); with
 *   sumdx, sumdy the total horizontal and vertical edge lengths and nCorners the number of "non-adjacent" corners (a
 *   vertex counts when the edge arriving at it is longer than 1 pixel or the previous vertex did not count),
 *   Perim. = sumdx·pw + sumdy·ph − nCorners·(pw + ph − √(pw² + ph²)).
 *   So straight runs count 1 per pixel and one-pixel steps √2; a 1×1 pixel gives 4 − 2(2 − √2).
 * - Major, Minor, Angle: ImageJ's EllipseFitter: the ellipse with the same second central moments as the pixel set
 *   (each pixel a uniform unit square, hence +pw²/12 and +ph²/12 on the variances), rescaled to the same area:
 *   with λ1 ≥ λ2 the eigenvalues of the covariance, Major = 2√(Area/π)·(λ1/λ2)^¼, Minor = 2√(Area/π)·(λ2/λ1)^¼.
 *   Angle = direction of the major axis in degrees [0, 180), counter-clockwise from the x axis with y pointing up.
 *   Closed form, also in calibrated units for non-square pixels (ImageJ then reports Major = Minor = 0, and where
 *   u20 = u02 its fitter replaces a zero by 1e-6, off by up to 7e-5 relative; see docs/measurements.md).
 * - Circ. = 4π·Area/Perim.² capped at 1 (0 when Perim. is 0); AR = Major/Minor; Round = 4·Area/(π·Major²);
 *   Solidity = Area / area of the convex hull of the pixel squares (their corners).
 * - Feret = the largest distance between two convex-hull corners; FeretAngle its direction in degrees [0, 180)
 *   (counter-clockwise, y up); FeretX, FeretY the start point of that diameter (the end with the smaller x) in pixel
 *   coordinates (uncalibrated, as ImageJ). Among equally long diameters ImageJ's is chosen (feretValues()). MinFeret =
 * the smallest caliper width over all directions (rotating calipers on the hull edges). A w×h rectangle gives Feret =
 * √(w² + h²), MinFeret = min(w, h).
 *
 * Intensity, per channel (columns suffixed with the channel's suffix), over the values v_i of R:
 * - Mean = Σv/n; StdDev = √(Σ(v−Mean)²/(n−1)) (0 for n = 1); Min, Max;
 * - Median = for 8- and 16-bit images the value of rank ⌊n/2⌋ (0-based) among the sorted values (ImageJ's
 *   histogram median: the first value whose cumulative count exceeds n/2); for float images, like ImageJ, the middle
 *   value for odd n and the mean of the two middle values for even n; Mode = the most frequent value, the smallest on
 * ties (exact values also for float images, where ImageJ instead bins into 256 bins);
 * - Skew = m3/m2^{3/2}, Kurt = m4/m2² − 3 with the population central moments m_k = Σ(v−Mean)^k/n (ImageJ's
 *   definitions; NaN when m2 = 0, where ImageJ gives NaN for 8/16-bit and ±Infinity for float images);
 * - RawIntDen = Σv; IntDen = Area·Mean; XM, YM = intensity-weighted mean of the pixel centres (calibrated; the
 *   centroid when Σv = 0).
 *
 * Every column is compared with ImageJ 1.53t's Analyze Particles by TestImageJMeasurements; the table of agreements
 * and of the differences that are Tessera's choice (ellipse with non-square pixels, ImageJ's degenerate-ellipse
 * substitution) is in docs/measurements.md.
 *
 * Thread safety: pure functions; objects are measured in parallel on all cores. Cancellation is polled per object.
 */
class ObjectMeasurements
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ObjectMeasurements)

public:
    /**
     * Measures every object 1..count of labels (CV_32S). One row per label that occurs, in label order; column
     * "Label" holds the label number. channels may be empty (geometry only). Fails with StatusCode::InvalidInput
     * when sizes or types differ.
     */
    static Expected<MeasurementTable> measureLabels(const cv::Mat& labels, int count,
                                                    const std::vector<IntensityChannel>& channels,
                                                    const Calibration& calibration, TaskContext& task);

    /**
     * Measures each ROI (rasterised with rasterize(); the region is its inside pixels). One row per ROI in order;
     * column "Name" holds the ROI name and "Class" its class. Fails with StatusCode::InvalidInput naming a ROI with no
     * pixel inside the image.
     */
    static Expected<MeasurementTable> measureRois(const std::vector<Roi>& rois,
                                                  const std::vector<IntensityChannel>& channels, cv::Size imageSize,
                                                  const Calibration& calibration, TaskContext& task);
};

} // namespace tessera
