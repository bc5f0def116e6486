#pragma once

#include <QCoreApplication>
#include <QString>

#include <tiffio.h>

#include <cstddef>
#include <cstdint>
#include <vector>

struct libdeflate_decompressor;

namespace tessera {

/** How the strips or tiles of one TIFF directory are stored, as far as SegmentDecoder needs to know. */
struct SegmentFormat
{
    uint16_t compression = COMPRESSION_NONE;
    uint16_t predictor = PREDICTOR_NONE;
    uint16_t bits = 8; ///< bits per sample
    uint16_t fillOrder = FILLORDER_MSB2LSB;
    uint16_t stride = 1;      ///< samples per pixel in one decoded row (1 for planar data)
    bool byteSwapped = false; ///< the file's byte order differs from the host's
    size_t rowBytes = 0;      ///< bytes of one decoded row of a strip or tile
};

/**
 * Decodes the strips and tiles of one TIFF directory without ever returning wrong pixels for corrupt data.
 *
 * libtiff decodes Deflate only until its output buffer is full: for a partial last strip (and, through libdeflate,
 * for a stream that holds more than its segment) it never reaches the zlib Adler-32, so damaged data are returned
 * with success. PackBits runs that overrun a row but not the strip are not noticed at all, and overruns of the strip
 * are only a warning. So SegmentDecoder decodes these two codecs itself: it reads the raw segment
 * (TIFFReadRawStrip/TIFFReadRawTile), checks that it lies inside the file, inflates Deflate with libdeflate (the
 * library libtiff uses) to the end of the stream, which verifies the Adler-32 (zlib explains failures and decodes
 * streams longer than the segment), undoes the predictor (horizontal differencing for 8/16/32-bit samples, the
 * floating-point predictor for 32-bit samples) and swaps bytes as libtiff would. PackBits must decode exactly to the
 * rows asked for or to the full segment, with no run past the end and no data left over. Every other codec and
 * combination (FillOrder 2, predictors on other depths) is decoded by libtiff; handles() says which.
 *
 * The result is byte-identical to libtiff's TIFFReadEncodedStrip/Tile for intact data. Not thread safe: one decoder
 * per thread and directory.
 */
class SegmentDecoder
{
    Q_DECLARE_TR_FUNCTIONS(tessera::SegmentDecoder)

public:
    /** tif must stay open and on the same directory while the decoder is used; fileSize is the file's size. */
    SegmentDecoder(TIFF* tif, const SegmentFormat& format, quint64 fileSize);
    ~SegmentDecoder();
    SegmentDecoder(const SegmentDecoder&) = delete;
    SegmentDecoder& operator=(const SegmentDecoder&) = delete;

    /** True when decode() decodes this directory's segments; false when the caller must use libtiff. */
    bool handles() const { return m_handles; }

    /**
     * Decodes strip (or, when tile is true, tile) `index` into out, which holds capacity bytes (what a whole segment
     * decodes to); `want` (≤ capacity, whole rows) are the bytes the caller needs. Returns an empty string on success,
     * else the problem as a translated sentence fragment ("compressed data are corrupt (Deflate checksum mismatch)").
     * Throws std::bad_alloc when the raw segment cannot be held in memory.
     */
    QString decode(uint32_t index, bool tile, uint8_t* out, size_t want, size_t capacity);

private:
    QString inflate(const uint8_t* in, size_t inSize, uint8_t* out, size_t want, size_t capacity);
    QString inflateWithZlib(const uint8_t* in, size_t inSize, uint8_t* out, size_t want, size_t capacity);
    QString unpackBits(const uint8_t* in, size_t inSize, uint8_t* out, size_t want, size_t capacity) const;
    void undoPredictor(uint8_t* data, size_t bytes);
    void swapSamples(uint8_t* data, size_t bytes) const;

    TIFF* m_tif;
    SegmentFormat m_format;
    quint64 m_fileSize;
    bool m_handles = false;
    libdeflate_decompressor* m_inflater = nullptr;
    std::vector<uint8_t> m_raw;
    std::vector<uint8_t> m_row; ///< scratch row for the floating-point predictor
};

} // namespace tessera
