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

using DecodeFunction = bool (*)(const unsigned char*, std::size_t, cv::Mat*);

/**
 * Finds tesseraDecodeImage in the tessera_opencv_codecs module: next to the executable, in the install tree, then in
 * the build tree. QLibrary keeps a loaded module loaded, so later look-ups are cheap. Returns null when absent.
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
    const QByteArray head = file.peek(4);
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
    // Decode from memory so that non-ASCII paths work regardless of the C library's locale.
    const QByteArray bytes = file.readAll();
    const DecodeFunction decode = resolveDecoder();
    if (!decode) {
        return Status::unsupported(tr("Cannot read \"%1\": PNG, JPEG and BMP support (the tessera_opencv_codecs "
                                      "module) is not installed.")
                                       .arg(info.fileName()));
    }
    cv::Mat decoded;
    if (!decode(reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(bytes.size()), &decoded)) {
        return Status::unsupported(
            tr("Cannot read \"%1\": it is not a TIFF, PNG, JPEG or BMP image, or it is corrupt.").arg(info.fileName()));
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
