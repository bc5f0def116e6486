#pragma once

#include "core/common/Status.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <opencv2/core.hpp>

#include <vector>

namespace tessera {

/** The geometric kind of a Roi. */
enum class RoiShape
{
    Rectangle, ///< axis-aligned box `bounds`
    Ellipse,   ///< the ellipse inscribed in `bounds`
    Polygon,   ///< closed polygon through `vertices`
    Line,      ///< open line through `vertices` (2 = straight line, more = polyline); no area
    Points,    ///< one or more points `vertices` (a multi-point selection); no area
};

/** How the outline of a Polygon or Line was drawn; kept so ImageJ's freehand/traced types survive a round trip. */
enum class RoiOutline
{
    Segments, ///< straight segments (ImageJ polygon, line, polyline)
    Freehand, ///< drawn by hand (ImageJ freehand, freeline)
    Traced,   ///< traced along pixel edges (ImageJ traced, wand)
};

/** "rect", "ellipse", "polygon", "line" or "points" (the names used in CSV and JSON). */
QString roiShapeName(RoiShape shape);

/**
 * A named region of interest in pixel coordinates: x to the right, y down, origin at the top-left corner of the
 * top-left pixel, so pixel (c, r) covers [c, c+1) × [r, r+1) and its centre is (c+0.5, r+0.5).
 *
 * Inside rule, the same everywhere in Tessera (ImageJ's for rectangles and ovals): a pixel belongs to the ROI when its
 * centre lies inside the shape. For a rectangle with integer x, y, w, h that is exactly columns x..x+w-1 and rows
 * y..y+h-1, as in ImageJ's makeRectangle(x, y, w, h).
 */
struct Roi
{
    QString name;
    QString className; ///< user class such as "cell" or "background"; may be empty
    RoiShape shape = RoiShape::Rectangle;
    QRectF bounds;                             ///< box of Rectangle and Ellipse (x, y = top-left; w, h = size)
    std::vector<QPointF> vertices;             ///< vertices of Polygon, Line and Points, in pixel coordinates
    RoiOutline outline = RoiOutline::Segments; ///< how a Polygon or Line was drawn; ignored for other shapes
    quint32 color = 0;                         ///< stroke colour as 0xAARRGGBB, 0 = none (drawn in its class colour)
    /// Plane the ROI belongs to, 1-based (ImageJ's hyperstack position); 0 = every channel / slice / frame.
    int channel = 0, slice = 0, frame = 0;
    /// ImageJ's plain stack position (1-based image index in a stack), 0 = none; kept for ImageJ files.
    int stackPosition = 0;

    static Roi rectangle(const QString& name, double x, double y, double w, double h);
    static Roi ellipse(const QString& name, double x, double y, double w, double h);
    static Roi polygon(const QString& name, std::vector<QPointF> vertices);
    /** An open line through vertices (at least 2). */
    static Roi line(const QString& name, std::vector<QPointF> vertices);
    /** A multi-point ROI (at least 1 point). */
    static Roi points(const QString& name, std::vector<QPointF> vertices);

    /** True for Polygon, Line and Points, whose geometry is `vertices` (bounds is then their box). */
    bool hasVertices() const
    {
        return shape == RoiShape::Polygon || shape == RoiShape::Line || shape == RoiShape::Points;
    }
    /** True for the shapes that enclose pixels (Rectangle, Ellipse, Polygon). */
    bool hasArea() const { return shape != RoiShape::Line && shape != RoiShape::Points; }

    /** Bounding box of the shape (vertices' box for Polygon, Line and Points). */
    QRectF boundingRect() const;
    bool operator==(const Roi& o) const;
    bool operator!=(const Roi& o) const { return !(*this == o); }
};

/**
 * A rasterised region: `box` is the part of the ROI's pixel bounding box inside the image, `mask` an 8-bit image
 * of box.size() with 255 for pixels inside the region and 0 outside. Cheap to copy (cv::Mat semantics).
 */
struct RoiMask
{
    cv::Rect box;
    cv::Mat1b mask;
    bool clipped = false; ///< part of the ROI lies outside the image and was dropped

    /** Number of pixels inside. */
    int pixelCount() const;
    bool isEmpty() const { return box.empty() || pixelCount() == 0; }
    /** True when pixel (x, y) in image coordinates is inside. */
    bool contains(int x, int y) const { return box.contains(cv::Point(x, y)) && mask(y - box.y, x - box.x) != 0; }

    /** Every pixel of an image of the given size. */
    static RoiMask whole(cv::Size imageSize);
    /** The pixels of a label image (CV_32S) equal to label; box is their bounding box (empty if none). */
    static RoiMask fromLabel(const cv::Mat& labels, int label);
};

/**
 * Rasterises roi for an image of imageSize with the inside rule above. A ROI partly outside is clipped and
 * flagged; a Line or Points ROI (no area) and one with no pixel inside the image fail with StatusCode::InvalidInput and
 * a message naming the ROI. Thread-safe (pure function).
 */
Expected<RoiMask> rasterize(const Roi& roi, cv::Size imageSize);

} // namespace tessera
