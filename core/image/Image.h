#pragma once

#include "core/common/Status.h"

#include <QString>
#include <QVariantMap>
#include <QVector>

#include <opencv2/core.hpp>

namespace tessera {

/** Pixel type of every plane of an Image. */
enum class PixelType
{
    UInt8,   ///< CV_8U
    UInt16,  ///< CV_16U
    Float32, ///< CV_32F
};

/** "uint8", "uint16" or "float32" (the names used in JSON and CSV output). */
QString pixelTypeName(PixelType type);
/** The OpenCV single-channel type of a plane (CV_8U, CV_16U, CV_32F). */
int cvTypeOf(PixelType type);
/** Bytes per sample: 1, 2 or 4. */
int bytesPerSample(PixelType type);

/**
 * Physical size of a voxel and the time between frames, as ImageJ's Calibration.
 * An uncalibrated image has pixelWidth = pixelHeight = pixelDepth = 1 and unit "pixel".
 */
struct Calibration
{
    double pixelWidth = 1.0;
    double pixelHeight = 1.0;
    double pixelDepth = 1.0;
    QString unit = QStringLiteral("pixel");
    double frameInterval = 0.0; ///< 0 when unknown
    QString timeUnit = QStringLiteral("s");

    bool isCalibrated() const { return unit != QLatin1String("pixel"); }
    bool operator==(const Calibration& o) const;
    bool operator!=(const Calibration& o) const { return !(*this == o); }
};

/** Display range (contrast) of one channel, in pixel values. */
struct DisplayRange
{
    double min = 0.0;
    double max = 0.0;
    bool operator==(const DisplayRange& o) const { return min == o.min && max == o.max; }
};

/**
 * A 5-D microscopy image: channels (C) × slices (Z) × frames (T) planes of height × width pixels, all of one
 * PixelType, with calibration, per-channel display ranges, the source path and free-form metadata.
 *
 * Indices in this API are 0-based; everything user-facing (CLI, GUI, CSV) is 1-based like ImageJ.
 * Planes are stored in ImageJ's order (c fastest, then z, then t) in one contiguous buffer; plane() returns a
 * cv::Mat header that views that buffer in O(1) without copying. Copies of an Image share pixel data like
 * cv::Mat does; use clone() for a deep copy. Reading from several threads is safe; writing pixels while
 * another thread reads them is not.
 */
class Image
{
public:
    Image() = default;

    /**
     * Allocates a zero-filled image. Fails with StatusCode::InvalidInput for non-positive sizes and
     * StatusCode::TooLarge when the pixel data would exceed maxBytes.
     */
    static Expected<Image> create(PixelType type, int width, int height, int channels = 1, int slices = 1,
                                  int frames = 1, qint64 maxBytes = defaultMaxBytes());
    /** Wraps one existing single-channel plane (CV_8U, CV_16U or CV_32F; data is shared, not copied). */
    static Expected<Image> fromPlane(const cv::Mat& plane);

    /** The default limit on pixel bytes accepted by create() and the readers: 16 GiB. */
    static constexpr qint64 defaultMaxBytes() { return qint64(16) << 30; }

    bool isNull() const { return m_buffer.empty(); }
    int width() const { return m_width; }
    int height() const { return m_height; }
    int channels() const { return m_channels; }
    int slices() const { return m_slices; }
    int frames() const { return m_frames; }
    int planeCount() const { return m_channels * m_slices * m_frames; }
    PixelType pixelType() const { return m_type; }
    /** Total bytes of pixel data. */
    qint64 byteSize() const;

    /** Index of plane (c, z, t) in storage order; arguments 0-based and in range. */
    int planeIndex(int c, int z, int t) const { return c + m_channels * (z + m_slices * t); }
    /** A view of plane (c, z, t), 0-based. Precondition: indices in range (checked by assertion). */
    cv::Mat plane(int c, int z = 0, int t = 0) const { return planeAt(planeIndex(c, z, t)); }
    /** A view of the plane at storage index i (0 <= i < planeCount()). */
    cv::Mat planeAt(int i) const;

    /** A deep copy. */
    Image clone() const;

    Calibration calibration;
    /** One entry per channel; empty means "compute automatically". */
    QVector<DisplayRange> displayRanges;
    /** Path of the file this image was read from (UTF-8 capable); empty for computed images. */
    QString sourcePath;
    /** Free metadata (TIFF tags, ImageJ/OME keys) as read; never interpreted by analyses. */
    QVariantMap metadata;

private:
    cv::Mat m_buffer; // (planeCount * height) rows × width columns
    PixelType m_type = PixelType::UInt8;
    int m_width = 0;
    int m_height = 0;
    int m_channels = 0;
    int m_slices = 0;
    int m_frames = 0;
};

/** The finite value range of an image and how many of its values are not finite. */
struct ValueSummary
{
    double min = 0.0;        ///< smallest finite value; 0 when finite == 0
    double max = 0.0;        ///< largest finite value; 0 when finite == 0
    quint64 finite = 0;      ///< finite values (every pixel of 8/16-bit images)
    quint64 nan = 0;         ///< NaN values (float only)
    quint64 positiveInf = 0; ///< +infinity values (float only)
    quint64 negativeInf = 0; ///< -infinity values (float only)

    bool hasFinite() const { return finite > 0; }
};

/**
 * Finite minimum and maximum over all planes of image, with the counts of finite, NaN, +inf and -inf values.
 * Infinities and NaNs never enter min and max; an image without any finite value (or a null image) has finite == 0
 * and min = max = 0. Thread-safe (pure function).
 */
ValueSummary summarizeValues(const Image& image);

/** summarizeValues()'s finite {min, max}: NaN and ±infinity ignored; {0,0} for a null image or no finite value. */
DisplayRange valueRange(const Image& image);

} // namespace tessera
