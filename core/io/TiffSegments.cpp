#include "core/io/TiffSegments.h"

#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <new>

namespace tessera {

SegmentDecoder::SegmentDecoder(TIFF* tif, const SegmentFormat& format, quint64 fileSize)
    : m_tif(tif), m_format(format), m_fileSize(fileSize)
{
    if (format.fillOrder != FILLORDER_MSB2LSB || format.rowBytes == 0) {
        return; // libtiff reverses the bits of such data itself
    }
    const uint16_t bits = format.bits;
    if (format.compression == COMPRESSION_ADOBE_DEFLATE || format.compression == COMPRESSION_DEFLATE) {
        const bool plain = format.predictor == PREDICTOR_NONE && (bits == 1 || bits == 8 || bits == 16 || bits == 32);
        const bool horizontal = format.predictor == PREDICTOR_HORIZONTAL && (bits == 8 || bits == 16 || bits == 32);
        const bool floating = format.predictor == PREDICTOR_FLOATINGPOINT && bits == 32;
        m_handles = plain || horizontal || floating;
        if (m_handles) {
            m_inflater = libdeflate_alloc_decompressor();
            if (!m_inflater) {
                throw std::bad_alloc();
            }
        }
    } else if (format.compression == COMPRESSION_PACKBITS) {
        m_handles = bits == 1 || bits == 8 || bits == 16 || bits == 32;
    }
}

SegmentDecoder::~SegmentDecoder()
{
    if (m_inflater) {
        libdeflate_free_decompressor(m_inflater);
    }
}

QString SegmentDecoder::decode(uint32_t index, bool tile, uint8_t* out, size_t want, size_t capacity)
{
    const uint64_t offset = TIFFGetStrileOffset(m_tif, index);
    const uint64_t count = TIFFGetStrileByteCount(m_tif, index);
    if (count == 0) {
        return tr("the compressed data are missing (byte count 0)");
    }
    if (offset > m_fileSize || count > m_fileSize - offset) {
        return tr("the compressed data are truncated (%1 bytes at offset %2 run past the end of the %3-byte file)")
            .arg(count)
            .arg(offset)
            .arg(m_fileSize);
    }
    m_raw.resize(size_t(count));
    const tmsize_t got = tile ? TIFFReadRawTile(m_tif, index, m_raw.data(), tmsize_t(count))
                              : TIFFReadRawStrip(m_tif, index, m_raw.data(), tmsize_t(count));
    if (got != tmsize_t(count)) {
        return tr("the compressed data cannot be read (%1 of %2 bytes at offset %3)")
            .arg(std::max<tmsize_t>(got, 0))
            .arg(count)
            .arg(offset);
    }
    const QString problem = m_format.compression == COMPRESSION_PACKBITS
                                ? unpackBits(m_raw.data(), m_raw.size(), out, want, capacity)
                                : inflate(m_raw.data(), m_raw.size(), out, want, capacity);
    if (!problem.isEmpty()) {
        return problem;
    }
    if (m_format.predictor != PREDICTOR_NONE && m_format.compression != COMPRESSION_PACKBITS) {
        undoPredictor(out, want);
    } else {
        swapSamples(out, want);
    }
    return {};
}

QString SegmentDecoder::inflate(const uint8_t* in, size_t inSize, uint8_t* out, size_t want, size_t capacity)
{
    size_t produced = 0;
    const libdeflate_result r =
        libdeflate_zlib_decompress_ex(m_inflater, in, inSize, out, capacity, nullptr, &produced);
    if (r == LIBDEFLATE_SUCCESS) {
        if (produced < want) {
            return tr("the compressed data are truncated (they decode to %1 of %2 bytes)").arg(produced).arg(want);
        }
        return {};
    }
    // A stream longer than the segment (some writers store whole rows in the last strip) or damaged data: zlib
    // decodes the first and names the damage.
    return inflateWithZlib(in, inSize, out, want, capacity);
}

QString SegmentDecoder::inflateWithZlib(const uint8_t* in, size_t inSize, uint8_t* out, size_t want, size_t capacity)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK) {
        throw std::bad_alloc();
    }
    struct End
    {
        z_stream& z;
        ~End() { inflateEnd(&z); }
    } end{z};
    std::vector<uint8_t> spill; // output past the segment: decoded only to reach the checksum
    size_t produced = 0;
    size_t offered = 0;
    int r = Z_OK;
    for (;;) {
        if (z.avail_in == 0 && offered < inSize) {
            const size_t n = std::min<size_t>(inSize - offered, std::numeric_limits<uInt>::max());
            z.next_in = const_cast<Bytef*>(in + offered);
            z.avail_in = uInt(n);
            offered += n;
        }
        uInt room = 0;
        if (produced < capacity) {
            room = uInt(std::min<size_t>(capacity - produced, std::numeric_limits<uInt>::max()));
            z.next_out = out + produced;
        } else {
            spill.resize(1 << 16);
            room = uInt(spill.size());
            z.next_out = spill.data();
        }
        z.avail_out = room;
        r = ::inflate(&z, Z_NO_FLUSH);
        if (produced < capacity) {
            produced += room - z.avail_out;
        }
        if (r == Z_STREAM_END) {
            break;
        }
        if (r == Z_BUF_ERROR && (z.avail_in > 0 || offered == inSize)) { // no progress: the input is used up
            return tr("the compressed data are truncated (the Deflate stream ends early)");
        }
        if (r == Z_DATA_ERROR && z.msg && std::strcmp(z.msg, "incorrect data check") == 0) {
            return tr("the compressed data are corrupt (Deflate checksum mismatch)");
        }
        if (r == Z_MEM_ERROR) {
            throw std::bad_alloc();
        }
        if (r != Z_OK && r != Z_BUF_ERROR) {
            return tr("the compressed data are corrupt (Deflate: %1)")
                .arg(QString::fromLatin1(z.msg ? z.msg : "unknown error"));
        }
    }
    if (produced < want) {
        return tr("the compressed data are truncated (they decode to %1 of %2 bytes)").arg(produced).arg(want);
    }
    return {};
}

QString SegmentDecoder::unpackBits(const uint8_t* in, size_t inSize, uint8_t* out, size_t want, size_t capacity) const
{
    size_t i = 0;
    size_t o = 0;
    while (i < inSize && o < capacity) {
        const int n = int(int8_t(in[i++]));
        if (n >= 0) { // n + 1 literal bytes
            const size_t len = size_t(n) + 1;
            if (len > inSize - i) {
                return tr("the compressed data are truncated (a PackBits literal run ends past the data)");
            }
            if (len > capacity - o) {
                return tr("the compressed data are corrupt (a PackBits run overruns the decoded size)");
            }
            std::memcpy(out + o, in + i, len);
            i += len;
            o += len;
        } else if (n != -128) { // 1 - n copies of the next byte
            const size_t len = size_t(1 - n);
            if (i >= inSize) {
                return tr("the compressed data are truncated (a PackBits repeat run has no byte)");
            }
            if (len > capacity - o) {
                return tr("the compressed data are corrupt (a PackBits run overruns the decoded size)");
            }
            std::memset(out + o, in[i++], len);
            o += len;
        }
    }
    while (i < inSize && in[i] == 0x80) {
        ++i; // no-op headers
    }
    if (i < inSize) {
        return tr("the compressed data are corrupt (%1 bytes of PackBits data are left after the decoded size)")
            .arg(inSize - i);
    }
    if (o != want && o != capacity) {
        return o < want ? tr("the compressed data are truncated (they decode to %1 of %2 bytes)").arg(o).arg(want)
                        : tr("the compressed data are corrupt (they decode to %1 bytes, not %2 or %3)")
                              .arg(o)
                              .arg(want)
                              .arg(capacity);
    }
    return {};
}

void SegmentDecoder::swapSamples(uint8_t* data, size_t bytes) const
{
    if (!m_format.byteSwapped) {
        return;
    }
    if (m_format.bits == 16) {
        TIFFSwabArrayOfShort(reinterpret_cast<uint16_t*>(data), tmsize_t(bytes / 2));
    } else if (m_format.bits == 32) {
        TIFFSwabArrayOfLong(reinterpret_cast<uint32_t*>(data), tmsize_t(bytes / 4));
    }
}

namespace {
template <typename T> void accumulate(T* p, size_t count, size_t stride)
{
    for (size_t i = stride; i < count; ++i) {
        p[i] = T(p[i] + p[i - stride]);
    }
}
} // namespace

void SegmentDecoder::undoPredictor(uint8_t* data, size_t bytes)
{
    const size_t rowBytes = m_format.rowBytes;
    const size_t stride = m_format.stride;
    for (size_t at = 0; at + rowBytes <= bytes; at += rowBytes) {
        uint8_t* row = data + at;
        if (m_format.predictor == PREDICTOR_HORIZONTAL) {
            // Samples are stored in the file's byte order: swap first, then add (as libtiff's swabHorAcc*).
            swapSamples(row, rowBytes);
            if (m_format.bits == 8) {
                accumulate(row, rowBytes, stride);
            } else if (m_format.bits == 16) {
                accumulate(reinterpret_cast<uint16_t*>(row), rowBytes / 2, stride);
            } else {
                accumulate(reinterpret_cast<uint32_t*>(row), rowBytes / 4, stride);
            }
            continue;
        }
        // Floating point: the row holds the bytes of its samples in planes, most significant first, each plane
        // differenced byte by byte (with the pixel stride); the result is in host byte order.
        accumulate(row, rowBytes, stride);
        const size_t bps = m_format.bits / 8;
        const size_t samples = rowBytes / bps;
        m_row.assign(row, row + rowBytes);
        for (size_t s = 0; s < samples; ++s) {
            for (size_t b = 0; b < bps; ++b) {
                const size_t plane = Q_BYTE_ORDER == Q_BIG_ENDIAN ? b : bps - 1 - b;
                row[s * bps + b] = m_row[plane * samples + s];
            }
        }
    }
}

} // namespace tessera
