#include "core/io/ImageReader.h"

#include "core/io/FileChecks.h"
#include "core/task/TaskContext.h"

#include "core/io/codecs/OpenCvDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

#include <vector>

namespace tessera {
namespace {

using DecodeFunction = bool (*)(const unsigned char*, std::size_t, cv::Mat*, char*, std::size_t);

/** The non-TIFF formats ImageReader decodes, recognised by their signature (magic bytes). */
enum class Codec
{
    None,
    Png,
    Jpeg,
    Bmp,
};

Codec codecOf(const QByteArray& head)
{
    if (head.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"))) {
        return Codec::Png;
    }
    if (head.startsWith(QByteArrayLiteral("\xFF\xD8\xFF"))) {
        return Codec::Jpeg;
    }
    if (head.startsWith("BM")) {
        return Codec::Bmp;
    }
    return Codec::None;
}

QString codecName(Codec codec)
{
    switch (codec) {
    case Codec::Png:
        return QStringLiteral("PNG");
    case Codec::Jpeg:
        return QStringLiteral("JPEG");
    case Codec::Bmp:
        return QStringLiteral("BMP");
    case Codec::None:
        break;
    }
    return QString();
}

/** What a decoder library printed, as one line: lines joined by "; ", at most ~300 characters. */
QString oneLine(const char* text)
{
    QStringList lines = QString::fromLocal8Bit(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& l : lines) {
        l = l.trimmed();
    }
    lines.removeAll(QString());
    lines.removeDuplicates();
    QString joined = lines.join(QStringLiteral("; "));
    if (joined.size() > 300) {
        joined = joined.left(299) + QChar(0x2026);
    }
    return joined;
}

/**
 * Finds the decoder (TESSERA_DECODE_IMAGE_SYMBOL) in the tessera_opencv_codecs module: next to the executable, in
 * the install tree, then in the build tree. QLibrary keeps a loaded module loaded, so later look-ups are cheap. Returns
 * null when absent.
 */
DecodeFunction resolveDecoder()
{
    QStringList dirs;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        dirs << appDir << appDir + QStringLiteral("/../lib/tessera");
    }
    dirs << QStringLiteral(TESSERA_CODECS_INSTALL_DIR) << QStringLiteral(TESSERA_CODECS_BUILD_DIR);
    for (const QString& dir : dirs) {
        const QString path = QDir(dir).filePath(QStringLiteral("tessera_opencv_codecs.so"));
        if (!QFileInfo::exists(path)) {
            continue;
        }
        QLibrary library(path);
        if (auto f = reinterpret_cast<DecodeFunction>(library.resolve(TESSERA_DECODE_IMAGE_SYMBOL))) {
            return f;
        }
    }
    return nullptr;
}

} // namespace

Expected<Image> ImageReader::read(const QString& path, TaskContext* task)
{
    m_warnings.clear();
    QFile file;
    if (Status opened = openImageFile(path, file); !opened.isOk()) {
        return opened;
    }
    const QFileInfo info(path);
    const QByteArray head = file.peek(8);
    if (head.startsWith("II") || head.startsWith("MM")) {
        TiffReader reader(m_options);
        Expected<Image> image = reader.read(file, path, task);
        m_warnings = reader.warnings();
        if (image.isOk()) {
            image->sourcePath = info.absoluteFilePath();
        }
        return image;
    }
    if (file.size() == 0) {
        return Status::ioError(tr("Cannot read \"%1\": the file is empty.").arg(info.fileName()));
    }
    if (file.size() > m_options.maxBytes) {
        return Status::tooLarge(tr("Cannot read \"%1\": the file is larger than the limit of %2 MiB.")
                                    .arg(info.fileName())
                                    .arg(m_options.maxBytes / 1048576));
    }
    // The decoder is chosen by content, never by the file name, and only for the formats Tessera documents: other
    // data never reaches OpenCV (whose imdecode would try a dozen more formats and their libraries).
    const Codec codec = codecOf(head);
    if (codec == Codec::None) {
        return Status::unsupported(
            tr("Cannot read \"%1\": it is not a TIFF, PNG, JPEG or BMP image.").arg(info.fileName()));
    }
    // Decode from memory so that non-ASCII paths work regardless of the C library's locale.
    const QByteArray bytes = file.readAll();
    if (codec == Codec::Jpeg) {
        // libjpeg fills the rows of a cut JPEG with grey and reports success (OpenCV keeps its warning to itself):
        // wrong pixels without a word. Image data ends with the end-of-image marker FF D9, which cannot occur inside
        // entropy-coded data (FF there is followed by 00 or a restart marker) and must follow the last scan (FF DA).
        const qsizetype lastScan = bytes.lastIndexOf(QByteArrayLiteral("\xFF\xDA"));
        if (lastScan < 0 || bytes.lastIndexOf(QByteArrayLiteral("\xFF\xD9")) < lastScan) {
            return Status::invalid(
                tr("Cannot read \"%1\": the JPEG data is truncated (no end-of-image marker after the image data).")
                    .arg(info.fileName()));
        }
    }
    const DecodeFunction decode = resolveDecoder();
    if (!decode) {
        return Status::unsupported(tr("Cannot read \"%1\": PNG, JPEG and BMP support (the tessera_opencv_codecs "
                                      "module) is not installed.")
                                       .arg(info.fileName()));
    }
    cv::Mat decoded;
    std::vector<char> messages(4096, '\0');
    const bool decodedOk = decode(reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(bytes.size()),
                                  &decoded, messages.data(), messages.size());
    const QString libraryMessage = oneLine(messages.data());
    if (!decodedOk) {
        return Status::unsupported(
            libraryMessage.isEmpty()
                ? tr("Cannot read \"%1\": it is a %2 image, but corrupt or truncated.")
                      .arg(info.fileName(), codecName(codec))
                : tr("Cannot read \"%1\": it is a %2 image, but corrupt or truncated (the decoder says: %3).")
                      .arg(info.fileName(), codecName(codec), libraryMessage));
    }
    if (!libraryMessage.isEmpty()) {
        // For example libjpeg's "Premature end of JPEG file" (the missing rows are filled) or a libpng warning.
        m_warnings << tr("\"%1\": the %2 decoder reported: %3").arg(info.fileName(), codecName(codec), libraryMessage);
    }
    if (decoded.depth() == CV_8S || decoded.depth() == CV_16S || decoded.depth() == CV_32S ||
        decoded.depth() == CV_64F || decoded.depth() == CV_16F) {
        return Status::unsupported(tr("Cannot read \"%1\": its sample type is not supported.").arg(info.fileName()));
    }
    std::vector<cv::Mat> channels;
    cv::split(decoded, channels);
    if (channels.size() >= 3) {
        std::swap(channels[0], channels[2]); // OpenCV decodes to B, G, R(, A)
    }
    const PixelType type = decoded.depth() == CV_8U    ? PixelType::UInt8
                           : decoded.depth() == CV_16U ? PixelType::UInt16
                                                       : PixelType::Float32;
    Expected<Image> created =
        Image::create(type, decoded.cols, decoded.rows, int(channels.size()), 1, 1, m_options.maxBytes);
    if (!created.isOk()) {
        return created.status();
    }
    Image image = std::move(created).value();
    for (size_t c = 0; c < channels.size(); ++c) {
        channels[c].copyTo(image.plane(int(c)));
    }
    image.sourcePath = info.absoluteFilePath();
    if (task) {
        task->setProgress(1.0);
    }
    return image;
}

} // namespace tessera
