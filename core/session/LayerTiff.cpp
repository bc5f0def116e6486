#include "core/session/LayerTiff.h"

#include "core/io/TiffClient.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>

#include <tiffio.h>

#include <algorithm>

namespace tessera {
namespace {

// libtiff client procs over a QBuffer (read, write and seek: libtiff may read back what it wrote).
tmsize_t bufferRead(thandle_t h, void* data, tmsize_t size)
{
    return tmsize_t(static_cast<QBuffer*>(h)->read(static_cast<char*>(data), qint64(size)));
}
tmsize_t bufferWrite(thandle_t h, void* data, tmsize_t size)
{
    return tmsize_t(static_cast<QBuffer*>(h)->write(static_cast<const char*>(data), qint64(size)));
}
toff_t bufferSeek(thandle_t h, toff_t offset, int whence)
{
    auto* b = static_cast<QBuffer*>(h);
    qint64 target = qint64(offset);
    if (whence == SEEK_CUR) {
        target += b->pos();
    } else if (whence == SEEK_END) {
        target += b->size();
    }
    if (target > b->size()) { // seeking past the end: grow with zeros as a file would
        b->seek(b->size());
        b->write(QByteArray(int(target - b->size()), '\0'));
    }
    return b->seek(target) ? toff_t(target) : toff_t(-1);
}
int bufferClose(thandle_t)
{
    return 0;
}
toff_t bufferSize(thandle_t h)
{
    return toff_t(static_cast<QBuffer*>(h)->size());
}
int noMap(thandle_t, void**, toff_t*)
{
    return 0;
}
void noUnmap(thandle_t, void*, toff_t) {}

constexpr int kRowsPerStrip = 64;

} // namespace

Status LayerTiff::write(const cv::Mat& layer, const QString& path)
{
    if (layer.empty() || layer.channels() != 1 || (layer.type() != CV_8U && layer.type() != CV_32S)) {
        return Status::invalid(
            tr("cannot write the layer \"%1\": it must be an 8-bit or 32-bit label image.").arg(path));
    }
    const cv::Mat data = layer.isContinuous() ? layer : layer.clone();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadWrite);
    const QByteArray name = path.toUtf8();
    TIFF* tif = TIFFClientOpen(name.constData(), "wl", &buffer, bufferRead, bufferWrite, bufferSeek, bufferClose,
                               bufferSize, noMap, noUnmap);
    if (!tif) {
        return Status::ioError(tr("cannot write the layer \"%1\".").arg(path));
    }
    const bool labels = data.type() == CV_32S;
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(data.cols));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(data.rows));
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, uint16_t(labels ? 32 : 8));
    TIFFSetField(tif, TIFFTAG_SAMPLEFORMAT, uint16_t(labels ? SAMPLEFORMAT_INT : SAMPLEFORMAT_UINT));
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_MINISBLACK));
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
    TIFFSetField(tif, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_ADOBE_DEFLATE));
    TIFFSetField(tif, TIFFTAG_PREDICTOR, uint16_t(PREDICTOR_HORIZONTAL));
    TIFFSetField(tif, TIFFTAG_ZIPQUALITY, 1); // fast: label and mask layers compress well at any level
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(kRowsPerStrip));
    bool ok = true;
    const size_t rowBytes = data.cols * data.elemSize();
    std::vector<char> strip; // the predictor encodes in place: give libtiff a copy
    for (int y = 0; ok && y < data.rows; y += kRowsPerStrip) {
        const int rows = std::min(kRowsPerStrip, data.rows - y);
        strip.assign(data.ptr<char>(y), data.ptr<char>(y) + rows * rowBytes);
        ok = TIFFWriteEncodedStrip(tif, y / kRowsPerStrip, strip.data(), tmsize_t(strip.size())) >= 0;
    }
    ok = ok && TIFFWriteDirectory(tif);
    TIFFClose(tif);
    if (!ok) {
        return Status::ioError(tr("cannot write the layer \"%1\": compression failed.").arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::ioError(tr("cannot write the layer \"%1\": %2").arg(path, file.errorString()));
    }
    return Status::ok();
}

Expected<cv::Mat> LayerTiff::read(const QString& path, int type, int width, int height)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::ioError(tr("cannot read the layer \"%1\": %2").arg(path, file.errorString()));
    }
    tiffclient::Messages msgs;
    const qint64 maxAlloc = qint64(width) * height * 4 + (1 << 20);
    tiffclient::TiffHandle tif = tiffclient::openTiffClient(file, path.toUtf8(), msgs, maxAlloc);
    const auto bad = [&](const QString& why) { return Status::invalid(tr("the layer \"%1\" %2").arg(path, why)); };
    if (!tif) {
        return bad(tr("is not a TIFF file (%1).").arg(msgs.lastError));
    }
    uint32_t w = 0;
    uint32_t h = 0;
    uint16_t bits = 0;
    uint16_t spp = 1;
    uint16_t format = SAMPLEFORMAT_UINT;
    TIFFGetField(tif.get(), TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetField(tif.get(), TIFFTAG_IMAGELENGTH, &h);
    TIFFGetFieldDefaulted(tif.get(), TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(tif.get(), TIFFTAG_SAMPLESPERPIXEL, &spp);
    TIFFGetFieldDefaulted(tif.get(), TIFFTAG_SAMPLEFORMAT, &format);
    if (w != uint32_t(width) || h != uint32_t(height)) {
        return bad(tr("is %1 × %2 pixels, but the image is %3 × %4.").arg(w).arg(h).arg(width).arg(height));
    }
    const bool labels = type == CV_32S;
    if (spp != 1 || bits != (labels ? 32 : 8) || format != (labels ? SAMPLEFORMAT_INT : SAMPLEFORMAT_UINT) ||
        TIFFIsTiled(tif.get())) {
        return bad(labels ? tr("is not a one-channel 32-bit signed integer TIFF (a label layer).")
                          : tr("is not a one-channel 8-bit TIFF (a mask layer)."));
    }
    cv::Mat out(height, width, type);
    const tmsize_t total = tmsize_t(out.total() * out.elemSize());
    tmsize_t offset = 0;
    for (tstrip_t s = 0; s < TIFFNumberOfStrips(tif.get()) && offset < total; ++s) {
        const tmsize_t got = TIFFReadEncodedStrip(tif.get(), s, out.data + offset, total - offset);
        if (got < 0) {
            return bad(tr("is damaged (%1).").arg(msgs.lastError));
        }
        offset += got;
    }
    if (offset != total) {
        return bad(tr("is damaged (it holds fewer pixels than its size says)."));
    }
    return out;
}

} // namespace tessera
