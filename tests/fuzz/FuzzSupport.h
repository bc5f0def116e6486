// Shared by the libFuzzer targets: a quiet Qt message handler and the in-memory TIFF read.
#pragma once

#include "core/io/TiffReader.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace tessera::fuzz {

/**
 * Drops Qt's debug, info and warning messages (QBuffer prints "QBuffer::seek: Invalid pos" for every out-of-range
 * offset a corrupt TIFF asks for, which would bury libFuzzer's own output); critical and fatal messages still go to
 * standard error.
 */
inline void installQuietMessageHandler()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg) {
            fprintf(stderr, "%s\n", qPrintable(message));
        }
    });
}

/**
 * Reads data as a TIFF from memory (a QBuffer, so every byte string reaches the reader's own code). maxBytes is kept
 * well below libFuzzer's 2 GB RSS limit, so that huge but valid dimensions are refused by the reader's check instead
 * of being reported as out-of-memory.
 */
inline Expected<Image> readFuzzInput(const uint8_t* data, size_t size, qint64 maxBytes)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly)) {
        return Status::invalid(QStringLiteral("QBuffer"));
    }
    TiffReadOptions options;
    options.maxBytes = maxBytes;
    TiffReader reader(options);
    return reader.read(buffer, QStringLiteral("fuzz.tif"));
}

} // namespace tessera::fuzz
