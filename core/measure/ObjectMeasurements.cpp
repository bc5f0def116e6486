#include "core/measure/ObjectMeasurements.h"

#include "core/measure/RegionOutline.h"
#include "core/segmentation/ConnectedComponents.h"
#include "core/task/TaskContext.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <functional>
#include <limits>

namespace tessera {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kPi = 3.14159265358979323846;

/** Column indices of the geometry block (fixed order) and of each channel's intensity block. */
enum GeometryColumn
{
    ColArea,
    ColPixelCount,
    ColX,
    ColY,
    ColPerim,
    ColBX,
    ColBY,
    ColWidth,
    ColHeight,
    ColMajor,
    ColMinor,
    ColAngle,
    ColCirc,
    ColFeret,
    ColFeretX,
    ColFeretY,
    ColFeretAngle,
    ColMinFeret,
    ColAR,
    ColRound,
    ColSolidity,
    GeometryCount
};

enum IntensityColumn
{
    ColMean,
    ColStdDev,
    ColMode,
    ColMin,
    ColMax,
    ColXM,
    ColYM,
    ColIntDen,
    ColMedian,
    ColSkew,
    ColKurt,
    ColRawIntDen,
    IntensityCount
};

void addColumns(MeasurementTable& table, const std::vector<IntensityChannel>& channels, const Calibration& cal)
{
    const QString u = cal.unit;
    const QString u2 = cal.unit + QStringLiteral("^2");
    const QString px = QStringLiteral("pixel");
    const QString deg = QStringLiteral("degree");
    table.addColumn(QStringLiteral("Area"), u2,
                    ObjectMeasurements::tr("Number of pixels times pixel width times pixel height."));
    table.addColumn(QStringLiteral("PixelCount"), px, ObjectMeasurements::tr("Number of pixels."));
    table.addColumn(QStringLiteral("X"), u, ObjectMeasurements::tr("Centroid x: mean of the pixel centres."));
    table.addColumn(QStringLiteral("Y"), u, ObjectMeasurements::tr("Centroid y: mean of the pixel centres."));
    table.addColumn(QStringLiteral("Perim."), u,
                    ObjectMeasurements::tr("ImageJ's traced perimeter of the outer outline."));
    table.addColumn(QStringLiteral("BX"), u, ObjectMeasurements::tr("Left edge of the bounding box."));
    table.addColumn(QStringLiteral("BY"), u, ObjectMeasurements::tr("Top edge of the bounding box."));
    table.addColumn(QStringLiteral("Width"), u, ObjectMeasurements::tr("Width of the bounding box."));
    table.addColumn(QStringLiteral("Height"), u, ObjectMeasurements::tr("Height of the bounding box."));
    table.addColumn(QStringLiteral("Major"), u,
                    ObjectMeasurements::tr("Major axis of the same-moments, same-area ellipse."));
    table.addColumn(QStringLiteral("Minor"), u,
                    ObjectMeasurements::tr("Minor axis of the same-moments, same-area ellipse."));
    table.addColumn(QStringLiteral("Angle"), deg,
                    ObjectMeasurements::tr("Angle of the major axis, counter-clockwise from x, 0-180."));
    table.addColumn(QStringLiteral("Circ."), QString(),
                    ObjectMeasurements::tr("Circularity 4π·Area/Perim.², at most 1."));
    table.addColumn(QStringLiteral("Feret"), u, ObjectMeasurements::tr("Largest caliper (Feret) diameter."));
    table.addColumn(QStringLiteral("FeretX"), px,
                    ObjectMeasurements::tr("x of the start point of the Feret diameter."));
    table.addColumn(QStringLiteral("FeretY"), px,
                    ObjectMeasurements::tr("y of the start point of the Feret diameter."));
    table.addColumn(QStringLiteral("FeretAngle"), deg, ObjectMeasurements::tr("Angle of the Feret diameter, 0-180."));
    table.addColumn(QStringLiteral("MinFeret"), u, ObjectMeasurements::tr("Smallest caliper width."));
    table.addColumn(QStringLiteral("AR"), QString(), ObjectMeasurements::tr("Aspect ratio Major/Minor."));
    table.addColumn(QStringLiteral("Round"), QString(), ObjectMeasurements::tr("Roundness 4·Area/(π·Major²)."));
    table.addColumn(QStringLiteral("Solidity"), QString(),
                    ObjectMeasurements::tr("Area divided by the convex hull area."));
    for (const IntensityChannel& ch : channels) {
        const QString s = ch.suffix;
        table.addColumn(QStringLiteral("Mean") + s, QString(), ObjectMeasurements::tr("Mean pixel value."));
        table.addColumn(QStringLiteral("StdDev") + s, QString(),
                        ObjectMeasurements::tr("Sample standard deviation (n-1)."));
        table.addColumn(QStringLiteral("Mode") + s, QString(),
                        ObjectMeasurements::tr("Most frequent value (smallest on ties)."));
        table.addColumn(QStringLiteral("Min") + s, QString(), ObjectMeasurements::tr("Smallest pixel value."));
        table.addColumn(QStringLiteral("Max") + s, QString(), ObjectMeasurements::tr("Largest pixel value."));
        table.addColumn(QStringLiteral("XM") + s, u,
                        ObjectMeasurements::tr("Centre of mass x (intensity-weighted centroid)."));
        table.addColumn(QStringLiteral("YM") + s, u,
                        ObjectMeasurements::tr("Centre of mass y (intensity-weighted centroid)."));
        table.addColumn(QStringLiteral("IntDen") + s, u2, ObjectMeasurements::tr("Integrated density Area·Mean."));
        table.addColumn(QStringLiteral("Median") + s, QString(),
                        ObjectMeasurements::tr("Sorted value of rank floor(n/2)."));
        table.addColumn(QStringLiteral("Skew") + s, QString(),
                        ObjectMeasurements::tr("Skewness m3/m2^1.5 (population moments)."));
        table.addColumn(QStringLiteral("Kurt") + s, QString(),
                        ObjectMeasurements::tr("Excess kurtosis m4/m2²-3 (population)."));
        table.addColumn(QStringLiteral("RawIntDen") + s, QString(), ObjectMeasurements::tr("Sum of the pixel values."));
    }
}

double angleDegrees(double dxRight, double dyUp)
{
    double a = std::atan2(dyUp, dxRight) * 180.0 / kPi;
    if (a < 0) {
        a += 180.0;
    }
    if (a >= 180.0) {
        a -= 180.0;
    }
    return a;
}

/** Measures one region (mask: CV_8U crop, origin: its top-left pixel in image coordinates) into row. */
void measureRegion(const cv::Mat1b& mask, cv::Point origin, const std::vector<IntensityChannel>& channels,
                   const Calibration& cal, double* row)
{
    const double pw = cal.pixelWidth;
    const double ph = cal.pixelHeight;
    const int w = mask.cols;
    const int h = mask.rows;
    qint64 n = 0;
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    int bx0 = INT_MAX, by0 = INT_MAX, bx1 = -1, by1 = -1;
    std::vector<cv::Point> corners;
    cv::Point first(-1, -1);
    for (int y = 0; y < h; ++y) {
        const uchar* m = mask.ptr<uchar>(y);
        int rowMin = -1, rowMax = -1;
        for (int x = 0; x < w; ++x) {
            if (!m[x]) {
                continue;
            }
            if (rowMin < 0) {
                rowMin = x;
            }
            rowMax = x;
            ++n;
            sx += x;
            sy += y;
            sxx += double(x) * x;
            syy += double(y) * y;
            sxy += double(x) * y;
        }
        if (rowMin >= 0) {
            if (first.x < 0) {
                first = cv::Point(rowMin, y);
            }
            bx0 = std::min(bx0, rowMin);
            bx1 = std::max(bx1, rowMax);
            by0 = std::min(by0, y);
            by1 = y;
            corners.emplace_back(rowMin, y);
            corners.emplace_back(rowMin, y + 1);
            corners.emplace_back(rowMax + 1, y);
            corners.emplace_back(rowMax + 1, y + 1);
        }
    }
    if (n == 0) {
        return;
    }
    const double area = double(n) * pw * ph;
    const double mx = sx / double(n);
    const double my = sy / double(n);
    row[ColArea] = area;
    row[ColPixelCount] = double(n);
    row[ColX] = (origin.x + mx + 0.5) * pw;
    row[ColY] = (origin.y + my + 0.5) * ph;
    row[ColBX] = (origin.x + bx0) * pw;
    row[ColBY] = (origin.y + by0) * ph;
    row[ColWidth] = (bx1 - bx0 + 1) * pw;
    row[ColHeight] = (by1 - by0 + 1) * ph;

    // Perimeter from the traced outline.
    cv::Mat1b padded(h + 2, w + 2, uchar(0));
    mask.copyTo(padded(cv::Rect(1, 1, w, h)));
    const double perim = tracedPerimeter(traceOutline(padded, first), pw, ph);
    row[ColPerim] = perim;
    row[ColCirc] = perim > 0 ? std::min(1.0, 4.0 * kPi * area / (perim * perim)) : 0.0;

    // Ellipse with the same second moments (calibrated, pixels as uniform squares) and the same area.
    const double vxx = (sxx / double(n) - mx * mx + 1.0 / 12.0) * pw * pw;
    const double vyy = (syy / double(n) - my * my + 1.0 / 12.0) * ph * ph;
    const double vxy = (sxy / double(n) - mx * my) * pw * ph;
    const double tr = vxx + vyy;
    const double disc = std::sqrt(std::max(0.0, (vxx - vyy) * (vxx - vyy) / 4.0 + vxy * vxy));
    const double l1 = tr / 2.0 + disc;
    const double l2 = std::max(tr / 2.0 - disc, 1e-300);
    const double r = std::sqrt(std::sqrt(l1 / l2));
    const double major = 2.0 * std::sqrt(area / kPi) * r;
    const double minor = 2.0 * std::sqrt(area / kPi) / r;
    row[ColMajor] = major;
    row[ColMinor] = minor;
    // Major-axis direction in image coordinates (y down) is ½·atan2(2vxy, vxx − vyy); y up flips its sign.
    row[ColAngle] = angleDegrees(std::cos(0.5 * std::atan2(2.0 * vxy, vxx - vyy)),
                                 -std::sin(0.5 * std::atan2(2.0 * vxy, vxx - vyy)));
    row[ColAR] = major / minor;
    row[ColRound] = 4.0 * area / (kPi * major * major);

    // Convex hull of the pixel squares, Feret diameters.
    const std::vector<cv::Point> hull = convexHullImageJOrder(std::move(corners));
    double hullArea = 0;
    for (size_t i = 0; i < hull.size(); ++i) {
        const cv::Point2d a(hull[i].x * pw, hull[i].y * ph);
        const cv::Point2d b(hull[(i + 1) % hull.size()].x * pw, hull[(i + 1) % hull.size()].y * ph);
        hullArea += a.x * b.y - b.x * a.y;
    }
    hullArea = std::abs(hullArea) / 2.0;
    row[ColSolidity] = hullArea > 0 ? area / hullArea : kNaN;
    const FeretValues feret = feretValues(hull, pw, ph);
    row[ColFeret] = feret.feret;
    row[ColFeretX] = origin.x + feret.start.x;
    row[ColFeretY] = origin.y + feret.start.y;
    row[ColFeretAngle] = feret.angle;
    row[ColMinFeret] = feret.minFeret;

    // Intensity statistics per channel.
    std::vector<double> values;
    values.reserve(size_t(n));
    for (size_t c = 0; c < channels.size(); ++c) {
        double* out = row + GeometryCount + c * IntensityCount;
        const cv::Mat& plane = channels[c].plane;
        values.clear();
        double sum = 0, wx = 0, wy = 0;
        for (int y = 0; y < h; ++y) {
            const uchar* m = mask.ptr<uchar>(y);
            const int iy = origin.y + y;
            for (int x = 0; x < w; ++x) {
                if (!m[x]) {
                    continue;
                }
                const int ix = origin.x + x;
                double v = 0;
                switch (plane.depth()) {
                case CV_8U:
                    v = plane.at<uchar>(iy, ix);
                    break;
                case CV_16U:
                    v = plane.at<ushort>(iy, ix);
                    break;
                default:
                    v = plane.at<float>(iy, ix);
                    break;
                }
                values.push_back(v);
                sum += v;
                wx += v * (ix + 0.5);
                wy += v * (iy + 0.5);
            }
        }
        const double mean = sum / double(n);
        double m2 = 0, m3 = 0, m4 = 0;
        for (const double v : values) {
            const double d = v - mean;
            const double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        out[ColMean] = mean;
        out[ColStdDev] = n > 1 ? std::sqrt(m2 / double(n - 1)) : 0.0;
        const double pm2 = m2 / double(n);
        out[ColSkew] = pm2 > 0 ? (m3 / double(n)) / std::pow(pm2, 1.5) : kNaN;
        out[ColKurt] = pm2 > 0 ? (m4 / double(n)) / (pm2 * pm2) - 3.0 : kNaN;
        out[ColRawIntDen] = sum;
        out[ColIntDen] = area * mean;
        out[ColXM] = sum != 0 ? wx / sum * pw : row[ColX];
        out[ColYM] = sum != 0 ? wy / sum * ph : row[ColY];
        std::sort(values.begin(), values.end());
        out[ColMin] = values.front();
        out[ColMax] = values.back();
        const size_t middle = values.size() / 2;
        // Integer images: ImageJ's histogram median; float images: the mean of the two middle values for even n.
        out[ColMedian] = plane.depth() == CV_32F && values.size() % 2 == 0 ? (values[middle - 1] + values[middle]) / 2.0
                                                                           : values[middle];
        double mode = values.front();
        size_t bestRun = 0;
        for (size_t i = 0; i < values.size();) {
            size_t j = i;
            while (j < values.size() && values[j] == values[i]) {
                ++j;
            }
            if (j - i > bestRun) {
                bestRun = j - i;
                mode = values[i];
            }
            i = j;
        }
        out[ColMode] = mode;
    }
}

Status checkChannels(const std::vector<IntensityChannel>& channels, cv::Size size)
{
    for (const IntensityChannel& ch : channels) {
        const int d = ch.plane.depth();
        if (ch.plane.size() != size || ch.plane.channels() != 1 || (d != CV_8U && d != CV_16U && d != CV_32F)) {
            return Status::invalid(ObjectMeasurements::tr(
                "Every intensity plane must be single-channel 8-bit, 16-bit or float and of the labels' size."));
        }
    }
    return Status::ok();
}

struct Region
{
    cv::Mat1b mask;
    cv::Point origin;
};

/** Measures regions in parallel into rows of width GeometryCount + channels·IntensityCount. */
Expected<std::vector<std::vector<double>>> measureAll(const std::function<Region(int)>& regionAt, int count,
                                                      const std::vector<IntensityChannel>& channels,
                                                      const Calibration& cal, TaskContext& task)
{
    const size_t width = size_t(GeometryCount) + channels.size() * size_t(IntensityCount);
    std::vector<std::vector<double>> rows(size_t(count), std::vector<double>(width, kNaN));
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    cv::parallel_for_(cv::Range(0, count), [&](const cv::Range& range) {
        for (int i = range.start; i < range.end; ++i) {
            if (cancelled.load(std::memory_order_relaxed) || task.isCancelled()) {
                cancelled = true;
                return;
            }
            const Region r = regionAt(i);
            if (!r.mask.empty()) {
                measureRegion(r.mask, r.origin, channels, cal, rows[size_t(i)].data());
            }
            const int d = ++done;
            if ((d & 63) == 0) {
                task.setProgress(double(d) / double(count));
            }
        }
    });
    if (cancelled || task.isCancelled()) {
        return Status::cancelled();
    }
    task.setProgress(1.0);
    return rows;
}
} // namespace

std::vector<IntensityChannel> intensityChannels(const Image& image, int z, int t, int onlyChannel)
{
    std::vector<IntensityChannel> out;
    const bool single = onlyChannel >= 0 || image.channels() == 1;
    for (int c = 0; c < image.channels(); ++c) {
        if (onlyChannel >= 0 && c != onlyChannel) {
            continue;
        }
        out.push_back({single ? QString() : QStringLiteral("_C%1").arg(c + 1), image.plane(c, z, t)});
    }
    return out;
}

Expected<MeasurementTable> ObjectMeasurements::measureLabels(const cv::Mat& labels, int count,
                                                             const std::vector<IntensityChannel>& channels,
                                                             const Calibration& calibration, TaskContext& task)
{
    if (labels.empty() || labels.type() != CV_32SC1) {
        return Status::invalid(tr("The label image must be a non-empty 32-bit integer image."));
    }
    if (count < 0) {
        return Status::invalid(tr("The object count cannot be negative."));
    }
    const Status ok = checkChannels(channels, labels.size());
    if (!ok.isOk()) {
        return ok;
    }
    const LabelStats stats = labelStats(labels, count);
    if (task.isCancelled()) {
        return Status::cancelled();
    }
    auto regionAt = [&](int i) {
        const int label = i + 1;
        if (stats.area[size_t(label)] == 0) {
            return Region{};
        }
        const cv::Rect box = stats.box[size_t(label)];
        cv::Mat1b m;
        cv::compare(labels(box), label, m, cv::CMP_EQ);
        return Region{m, box.tl()};
    };
    Expected<std::vector<std::vector<double>>> rows = measureAll(regionAt, count, channels, calibration, task);
    if (!rows.isOk()) {
        return rows.status();
    }
    MeasurementTable table;
    const int labelColumn = table.addColumn(QStringLiteral("Label"), QString(), tr("Object label in the label image."));
    addColumns(table, channels, calibration);
    for (int i = 0; i < count; ++i) {
        if (stats.area[size_t(i + 1)] == 0) {
            continue;
        }
        const int r = table.addRow();
        table.setValue(r, labelColumn, double(i + 1));
        const std::vector<double>& v = rows.value()[size_t(i)];
        for (size_t c = 0; c < v.size(); ++c) {
            table.setValue(r, int(c) + 1, v[c]);
        }
    }
    return table;
}

Expected<MeasurementTable> ObjectMeasurements::measureRois(const std::vector<Roi>& rois,
                                                           const std::vector<IntensityChannel>& channels,
                                                           cv::Size imageSize, const Calibration& calibration,
                                                           TaskContext& task)
{
    const Status ok = checkChannels(channels, imageSize);
    if (!ok.isOk()) {
        return ok;
    }
    std::vector<RoiMask> masks;
    masks.reserve(rois.size());
    for (const Roi& roi : rois) {
        Expected<RoiMask> m = rasterize(roi, imageSize);
        if (!m.isOk()) {
            return m.status();
        }
        masks.push_back(m.value());
    }
    auto regionAt = [&](int i) { return Region{masks[size_t(i)].mask, masks[size_t(i)].box.tl()}; };
    Expected<std::vector<std::vector<double>>> rows =
        measureAll(regionAt, int(rois.size()), channels, calibration, task);
    if (!rows.isOk()) {
        return rows.status();
    }
    MeasurementTable table;
    const int nameColumn = table.addColumn(QStringLiteral("Name"), QString(), tr("ROI name."));
    const int classColumn = table.addColumn(QStringLiteral("Class"), QString(), tr("ROI class."));
    addColumns(table, channels, calibration);
    for (size_t i = 0; i < rois.size(); ++i) {
        const int r = table.addRow();
        table.setText(r, nameColumn, rois[i].name);
        table.setText(r, classColumn, rois[i].className);
        const std::vector<double>& v = rows.value()[i];
        for (size_t c = 0; c < v.size(); ++c) {
            table.setValue(r, int(c) + 2, v[c]);
        }
    }
    return table;
}

} // namespace tessera
