#include "core/image/Image.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace tessera {

QString pixelTypeName(PixelType type)
{
    switch (type) {
    case PixelType::UInt8:
        return QStringLiteral("uint8");
    case PixelType::UInt16:
        return QStringLiteral("uint16");
    case PixelType::Float32:
        return QStringLiteral("float32");
    }
    return {};
}

int cvTypeOf(PixelType type)
{
    switch (type) {
    case PixelType::UInt8:
        return CV_8UC1;
    case PixelType::UInt16:
        return CV_16UC1;
    case PixelType::Float32:
        return CV_32FC1;
    }
    return CV_8UC1;
}

int bytesPerSample(PixelType type)
{
    switch (type) {
    case PixelType::UInt8:
        return 1;
    case PixelType::UInt16:
        return 2;
    case PixelType::Float32:
        return 4;
    }
    return 1;
}

bool Calibration::operator==(const Calibration& o) const
{
    return pixelWidth == o.pixelWidth && pixelHeight == o.pixelHeight && pixelDepth == o.pixelDepth && unit == o.unit &&
           frameInterval == o.frameInterval && timeUnit == o.timeUnit;
}

Expected<Image> Image::create(PixelType type, int width, int height, int channels, int slices, int frames,
                              qint64 maxBytes)
{
    if (width <= 0 || height <= 0 || channels <= 0 || slices <= 0 || frames <= 0) {
        return Status::invalid(QCoreApplication::translate("tessera::Image", "Invalid image size %1×%2 with %3 "
                                                                             "channels, %4 slices, %5 frames.")
                                   .arg(width)
                                   .arg(height)
                                   .arg(channels)
                                   .arg(slices)
                                   .arg(frames));
    }
    const double bytes = double(width) * height * double(channels) * slices * double(frames) * bytesPerSample(type);
    const double rows = double(height) * channels * slices * frames;
    if (bytes > double(maxBytes) || rows > double(std::numeric_limits<int>::max())) {
        return Status::tooLarge(QCoreApplication::translate("tessera::Image",
                                                            "The image needs %1 MiB of memory, more than the "
                                                            "limit of %2 MiB.")
                                    .arg(bytes / 1048576.0, 0, 'f', 0)
                                    .arg(double(maxBytes) / 1048576.0, 0, 'f', 0));
    }
    Image image;
    try {
        image.m_buffer = cv::Mat::zeros(int(rows), width, cvTypeOf(type));
    } catch (const cv::Exception&) {
        return Status::tooLarge(
            QCoreApplication::translate("tessera::Image", "Out of memory allocating %1 MiB of pixel data.")
                .arg(bytes / 1048576.0, 0, 'f', 0));
    } catch (const std::bad_alloc&) {
        return Status::tooLarge(
            QCoreApplication::translate("tessera::Image", "Out of memory allocating %1 MiB of pixel data.")
                .arg(bytes / 1048576.0, 0, 'f', 0));
    }
    image.m_type = type;
    image.m_width = width;
    image.m_height = height;
    image.m_channels = channels;
    image.m_slices = slices;
    image.m_frames = frames;
    return image;
}

Expected<Image> Image::fromPlane(const cv::Mat& plane)
{
    PixelType type;
    switch (plane.type()) {
    case CV_8UC1:
        type = PixelType::UInt8;
        break;
    case CV_16UC1:
        type = PixelType::UInt16;
        break;
    case CV_32FC1:
        type = PixelType::Float32;
        break;
    default:
        return Status::unsupported(
            QCoreApplication::translate("tessera::Image", "Only 8-bit, 16-bit and 32-bit float planes are supported."));
    }
    if (plane.empty()) {
        return Status::invalid(QCoreApplication::translate("tessera::Image", "The plane is empty."));
    }
    Image image;
    image.m_buffer = plane.isContinuous() ? plane : plane.clone();
    image.m_type = type;
    image.m_width = plane.cols;
    image.m_height = plane.rows;
    image.m_channels = image.m_slices = image.m_frames = 1;
    return image;
}

qint64 Image::byteSize() const
{
    return qint64(m_buffer.total()) * qint64(m_buffer.elemSize());
}

cv::Mat Image::planeAt(int i) const
{
    CV_Assert(i >= 0 && i < planeCount());
    return m_buffer.rowRange(i * m_height, (i + 1) * m_height);
}

Image Image::clone() const
{
    Image copy = *this;
    copy.m_buffer = m_buffer.clone();
    return copy;
}

ValueSummary summarizeValues(const Image& image)
{
    ValueSummary s;
    if (image.isNull()) {
        return s;
    }
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < image.planeCount(); ++i) {
        const cv::Mat p = image.planeAt(i);
        if (image.pixelType() != PixelType::Float32) {
            double mn = 0, mx = 0;
            cv::minMaxLoc(p, &mn, &mx);
            lo = std::min(lo, mn);
            hi = std::max(hi, mx);
            s.finite += quint64(p.total());
            continue;
        }
        for (int r = 0; r < p.rows; ++r) {
            const float* row = p.ptr<float>(r);
            float rowLo = std::numeric_limits<float>::infinity();
            float rowHi = -std::numeric_limits<float>::infinity();
            quint64 finite = 0;
            for (int c = 0; c < p.cols; ++c) {
                const float v = row[c];
                if (std::isfinite(v)) {
                    rowLo = std::min(rowLo, v);
                    rowHi = std::max(rowHi, v);
                    ++finite;
                } else if (std::isnan(v)) {
                    ++s.nan;
                } else if (v > 0) {
                    ++s.positiveInf;
                } else {
                    ++s.negativeInf;
                }
            }
            if (finite > 0) {
                lo = std::min(lo, double(rowLo));
                hi = std::max(hi, double(rowHi));
                s.finite += finite;
            }
        }
    }
    if (s.finite > 0) {
        s.min = lo;
        s.max = hi;
    }
    return s;
}

DisplayRange valueRange(const Image& image)
{
    const ValueSummary s = summarizeValues(image);
    return {s.min, s.max};
}

} // namespace tessera
