#include "core/io/FileHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::FileHash)
};
} // namespace

Expected<QString> fileSha256(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        return Status::ioError(Tr::tr("Cannot read \"%1\" to compute its SHA-256: %2")
                                   .arg(path, QFileInfo(path).isDir() ? Tr::tr("it is a folder") : file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return Status::ioError(Tr::tr("Cannot read \"%1\" to compute its SHA-256: %2").arg(path, file.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace tessera
