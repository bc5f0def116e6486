#include "core/io/ImageReader.h"

#include "core/task/TaskContext.h"

#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>

#include <vector>

namespace tessera {

Expected<Image> ImageReader::read(const QString& path, TaskContext* task)
{
    m_warnings.clear();
    const QFileInfo info(path);
    if (!info.exists()) {
        return Status::ioError(tr("Cannot open \"%1\": the file does not exist.").arg(path));
    }
    if (info.isDir()) {
        return Status::ioError(tr("Cannot open \"%1\": it is a folder, not an image file.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::ioError(tr("Cannot open \"%1\": %2.").arg(path, file.errorString()));
    }
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
    cv::Mat decoded;
    try {
        const cv::Mat raw(1, int(bytes.size()), CV_8UC1, const_cast<char*>(bytes.constData()));
        decoded = cv::imdecode(raw, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        decoded.release();
    }
    if (decoded.empty()) {
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
