#pragma once

#include "core/common/Status.h"
#include "core/io/TiffClient.h"

#include <QString>

#include <opencv2/core.hpp>
#include <tiffio.h>

#include <cstdint>
#include <vector>

class QIODevice;

namespace tessera {

class Image;
class SegmentDecoder;
class TaskContext;

/** The layout of one TIFF directory (internal to core/io: TiffReader and TiffPageDecoder). */
struct TiffPageInfo
{
    uint32_t width = 0;
    uint32_t height = 0;
    uint16_t bits = 0;
    uint16_t format = SAMPLEFORMAT_UINT;
    uint16_t samples = 1;
    uint16_t planar = PLANARCONFIG_CONTIG;
    uint16_t photometric = PHOTOMETRIC_MINISBLACK;
    uint16_t compression = COMPRESSION_NONE;
    bool tiled = false;
    uint32_t subfileType = 0;
    uint64_t offset = 0; ///< IFD offset in the file

    /** Reads the layout of tif's current directory (libtiff's defaults for absent tags). */
    static TiffPageInfo read(TIFF* tif);

    /** Same size, depth, sample format and samples per pixel: a plane of the same image. */
    bool sameLayout(const TiffPageInfo& o) const
    {
        return width == o.width && height == o.height && bits == o.bits && format == o.format && samples == o.samples;
    }
    /** Bytes of the decoded pixels of this page. */
    quint64 pixelBytes() const { return quint64(width) * height * samples * ((bits + 7) / 8); }
};

/**
 * "Cannot read "<fileName>": <what>", with libtiff's first error of the handle appended when there was one: the one
 * shape of TiffReader's failures (translated in TiffReader's context).
 */
Status tiffReadFailure(StatusCode code, const QString& fileName, const tiffclient::Messages& msgs, const QString& what);

/**
 * Decodes the pixels of an open TIFF into an allocated Image (internal to core/io; TiffReader decides the type,
 * dimensions and plane order, checks the limits and allocates, then hands over here).
 *
 * Strips and tiles, contiguous and planar samples, 1-bit (to 0/255), byte-swapped files. Each strip or tile is decoded
 * by SegmentDecoder where it verifies the data itself (Deflate, PackBits), else by libtiff, whose errors and warnings
 * while decoding both mean damaged data: a damaged segment fails the read with StatusCode::InvalidInput naming the
 * page and the strip or tile (1-based), never giving wrong pixels. Progress is reported per page and cancellation
 * polled per tile row and every 64 strips (Status::cancelled()).
 *
 * The handle, device, messages and task must outlive the decoder; not thread safe (one decoder per read).
 */
class TiffPageDecoder
{
public:
    /** maxBytes: TiffReadOptions::maxBytes (a larger tile is corrupt); task may be null. */
    TiffPageDecoder(TIFF* tif, QIODevice& device, const QString& fileName, tiffclient::Messages& msgs, qint64 maxBytes,
                    TaskContext* task);

    /**
     * Makes libtiff convert YCbCr to RGB when it can (8-bit JPEG with 3 samples) for tif's current directory, described
     * by page. Returns false for other YCbCr data (unsupported); true otherwise.
     */
    static bool prepareColour(TIFF* tif, const TiffPageInfo& page);

    /**
     * Decodes the directories at the IFD offsets planeDirs, in storage order, into image. Each must have first's
     * layout (first: the first page's); with first.samples > 1 the samples of directory k are the channels of slice k
     * (image storage index s + samples × k), else directory k is image plane k.
     */
    Status decodePages(const std::vector<uint64_t>& planeDirs, const TiffPageInfo& first, Image& image);

    /**
     * Reads every plane of an ImageJ stack written with a single directory (ImageJ does this for stacks over 4 GiB),
     * tif being on that directory: its uncompressed strips must be contiguous, and plane k starts k plane sizes after
     * them. Refuses non-contiguous strips and files too short for image.planeCount() planes.
     */
    Status readContiguousStack(Image& image);

private:
    Status decodePage(int page, const TiffPageInfo& info, std::vector<cv::Mat> planes);
    QString decodeSegment(SegmentDecoder& decoder, uint32_t index, bool tile, std::vector<uint8_t>& buf, size_t want);
    Status fail(StatusCode code, const QString& what) const;

    TIFF* m_tif;
    QIODevice& m_device;
    QString m_fileName;
    tiffclient::Messages& m_msgs;
    qint64 m_maxBytes;
    TaskContext* m_task;
};

} // namespace tessera
