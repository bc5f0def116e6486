#include "core/io/FileChecks.h"

#include "core/io/TiffReader.h"

#include <QFile>
#include <QFileInfo>

namespace tessera {

Status openImageFile(const QString& path, QFile& file)
{
    // The messages keep TiffReader's translation context, where tessera_<lang>.ts already translates them.
    const QFileInfo info(path);
    if (!info.exists()) {
        return Status::ioError(TiffReader::tr("Cannot open \"%1\": the file does not exist.").arg(path));
    }
    if (info.isDir()) {
        return Status::ioError(TiffReader::tr("Cannot open \"%1\": it is a folder, not an image file.").arg(path));
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::ioError(TiffReader::tr("Cannot open \"%1\": %2.").arg(path, file.errorString()));
    }
    return Status::ok();
}

} // namespace tessera
