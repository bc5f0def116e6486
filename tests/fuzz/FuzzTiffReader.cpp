// libFuzzer entry point for TiffReader: every input is read from memory through a QBuffer. The reader must return
// an Image or a Status for any byte string; crashes, leaks and undefined behaviour are the findings.
#include "core/io/TiffReader.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly)) {
        return 0;
    }
    // A limit well below libFuzzer's default 2 GB RSS limit, so that huge (but valid) dimensions are refused
    // by the reader's own check instead of being reported as out-of-memory.
    tessera::TiffReadOptions options;
    options.maxBytes = qint64(64) << 20;
    tessera::TiffReader reader(options);
    const tessera::Expected<tessera::Image> image = reader.read(buffer, QStringLiteral("fuzz.tif"));
    if (image.isOk()) {
        // Touch the result so that the decode cannot be optimised away and plane views are valid.
        volatile int planes = image->planeCount();
        (void)planes;
    }
    return 0;
}
