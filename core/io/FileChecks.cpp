#include "core/io/FileChecks.h"

#include "core/io/TiffReader.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace tessera {
namespace {

/** stat() of path (following links); errno in *error on failure. */
bool statPath(const QString& path, struct stat& st, int* error = nullptr)
{
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        return true;
    }
    if (error) {
        *error = errno;
    }
    return false;
}

QString fileKind(mode_t mode)
{
    if (S_ISFIFO(mode)) {
        return TiffReader::tr("a named pipe (FIFO)");
    }
    if (S_ISCHR(mode)) {
        return TiffReader::tr("a character device");
    }
    if (S_ISBLK(mode)) {
        return TiffReader::tr("a block device");
    }
    if (S_ISSOCK(mode)) {
        return TiffReader::tr("a socket");
    }
    return TiffReader::tr("a special file");
}

} // namespace

Status openImageFile(const QString& path, QFile& file)
{
    // The messages keep TiffReader's translation context, where tessera_<lang>.ts already translates them.
    if (path.startsWith(QLatin1Char(':'))) { // a Qt resource (the bundled sample): no file system object to stat
        if (!QFileInfo::exists(path)) {
            return Status::ioError(TiffReader::tr("Cannot open \"%1\": the file does not exist.").arg(path));
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Status::ioError(TiffReader::tr("Cannot open \"%1\": %2.").arg(path, file.errorString()));
        }
        return Status::ok();
    }
    struct stat st = {};
    int error = 0;
    if (!statPath(path, st, &error)) {
        if (error == ELOOP) {
            return Status::ioError(
                TiffReader::tr("Cannot open \"%1\": too many levels of symbolic links (a symbolic link loop).")
                    .arg(path));
        }
        struct stat link = {};
        if (error == ENOENT && ::lstat(QFile::encodeName(path).constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
            return Status::ioError(
                TiffReader::tr("Cannot open \"%1\": it is a symbolic link to a file that does not exist.").arg(path));
        }
        if (error == ENOENT || error == ENOTDIR) {
            return Status::ioError(TiffReader::tr("Cannot open \"%1\": the file does not exist.").arg(path));
        }
        return Status::ioError(
            TiffReader::tr("Cannot open \"%1\": %2.").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    if (S_ISDIR(st.st_mode)) {
        return Status::ioError(TiffReader::tr("Cannot open \"%1\": it is a folder, not an image file.").arg(path));
    }
    if (!S_ISREG(st.st_mode)) {
        return Status::ioError(TiffReader::tr("Cannot open \"%1\": it is %2, not a regular file; only image files "
                                              "can be read.")
                                   .arg(path, fileKind(st.st_mode)));
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::ioError(TiffReader::tr("Cannot open \"%1\": %2.").arg(path, file.errorString()));
    }
    if (st.st_size == 0 && !file.peek(1).isEmpty()) {
        file.close();
        return Status::ioError(TiffReader::tr("Cannot open \"%1\": it is a special file of unknown size (as under "
                                              "/proc or /sys), not an image file.")
                                   .arg(path));
    }
    return Status::ok();
}

bool isStandardOutputPath(const QString& path)
{
    return path == QLatin1String("-") || path == QLatin1String("/dev/stdout");
}

Status checkOutputIsNotInput(const QString& output, const QStringList& inputs)
{
    if (isStandardOutputPath(output)) {
        return Status::ok();
    }
    struct stat out = {};
    if (!statPath(output, out)) {
        return Status::ok(); // does not exist (yet): cannot be an input
    }
    const QString outCanonical = QFileInfo(output).canonicalFilePath();
    for (const QString& input : inputs) {
        struct stat in = {};
        if (input.isEmpty() || isStandardOutputPath(input) || !statPath(input, in)) {
            continue;
        }
        const QString inCanonical = QFileInfo(input).canonicalFilePath();
        const bool sameFile = (in.st_dev == out.st_dev && in.st_ino == out.st_ino) ||
                              (!outCanonical.isEmpty() && outCanonical == inCanonical);
        if (sameFile) {
            return Status::invalid(TiffReader::tr("Refusing to write \"%1\": it is the input file \"%2\"%3. An input "
                                                  "is never overwritten; choose another output file.")
                                       .arg(output, input,
                                            output == input ? QString()
                                                            : TiffReader::tr(" (the same file through a link or "
                                                                             "another path)")));
        }
    }
    return Status::ok();
}

} // namespace tessera
