#include "core/roi/ZipArchive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ZipArchive)
};

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr int kLocalHeaderSize = 30;
constexpr int kCentralHeaderSize = 46;
constexpr int kEndSize = 22;
constexpr quint16 kFlagEncrypted = 0x0001;
constexpr quint16 kFlagUtf8 = 0x0800;

quint16 le16(const QByteArray& d, qint64 at)
{
    const auto* p = reinterpret_cast<const uchar*>(d.constData() + at);
    return quint16(p[0] | (p[1] << 8));
}

quint32 le32(const QByteArray& d, qint64 at)
{
    const auto* p = reinterpret_cast<const uchar*>(d.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

void put16(QByteArray& d, quint32 v)
{
    d.append(char(v & 0xff));
    d.append(char((v >> 8) & 0xff));
}

void put32(QByteArray& d, quint32 v)
{
    put16(d, v & 0xffff);
    put16(d, v >> 16);
}

quint32 crc32Of(const QByteArray& data)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    qint64 done = 0;
    while (done < data.size()) {
        const uInt chunk = uInt(std::min<qint64>(data.size() - done, std::numeric_limits<uInt>::max() / 2));
        crc = crc32(crc, reinterpret_cast<const Bytef*>(data.constData() + done), chunk);
        done += chunk;
    }
    return quint32(crc);
}

/** Raw inflate of compressed into exactly size bytes; false when the stream is broken or not exactly size long. */
bool inflateExactly(const QByteArray& compressed, qint64 size, QByteArray& out)
{
    out = QByteArray(size, Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        return false;
    }
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    z.avail_in = uInt(compressed.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(size);
    int rc = inflate(&z, Z_FINISH);
    if (rc == Z_BUF_ERROR && z.avail_out == 0 && size == 0) {
        rc = inflate(&z, Z_FINISH); // an empty entry still has an end-of-block marker
    }
    const bool ok = rc == Z_STREAM_END && z.total_out == uLong(size);
    inflateEnd(&z);
    return ok;
}

/** Raw deflate of data; empty when zlib fails. */
QByteArray deflateRaw(const QByteArray& data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

/** MS-DOS time and date of now (the zip timestamp format). */
std::pair<quint16, quint16> dosNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDate d = now.date();
    const QTime t = now.time();
    const quint16 time = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    const quint16 date = quint16(((std::max(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    return {time, date};
}

} // namespace

Expected<std::vector<ZipEntry>> readZip(const QByteArray& archive, const QString& source, const ZipLimits& limits)
{
    const auto broken = [&](const QString& why) {
        return Status::invalid(Tr::tr("\"%1\" is not a readable zip archive: %2").arg(source, why));
    };
    const qint64 size = archive.size();
    // The end-of-central-directory record: the last 22 bytes plus a comment of up to 65535 bytes.
    qint64 end = -1;
    for (qint64 at = size - kEndSize; at >= 0 && at >= size - kEndSize - 0xffff; --at) {
        if (le32(archive, at) == kEndSignature && at + kEndSize + le16(archive, at + 20) == size) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        return broken(Tr::tr("no end of central directory (truncated, or not a zip file)."));
    }
    const quint16 disk = le16(archive, end + 4), cdDisk = le16(archive, end + 6);
    const quint16 onDisk = le16(archive, end + 8), count = le16(archive, end + 10);
    const quint32 cdSize = le32(archive, end + 12), cdOffset = le32(archive, end + 16);
    if (count == 0xffff || cdSize == 0xffffffffu || cdOffset == 0xffffffffu ||
        (end >= 20 && le32(archive, end - 20) == kZip64LocatorSignature)) {
        return Status::unsupported(Tr::tr("\"%1\" is a zip64 archive, which is not supported.").arg(source));
    }
    if (disk != 0 || cdDisk != 0 || onDisk != count) {
        return Status::unsupported(Tr::tr("\"%1\" is a multi-disk zip archive, which is not supported.").arg(source));
    }
    if (qint64(cdOffset) + cdSize > end) {
        return broken(Tr::tr("the central directory lies outside the file."));
    }
    if (count > limits.maxEntries) {
        return Status::tooLarge(
            Tr::tr("\"%1\" has %2 entries, more than the %3 allowed.").arg(source).arg(count).arg(limits.maxEntries));
    }
    std::vector<ZipEntry> entries;
    qint64 total = 0;
    qint64 at = cdOffset;
    for (int i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > end || le32(archive, at) != kCentralSignature) {
            return broken(Tr::tr("central directory entry %1 is damaged.").arg(i + 1));
        }
        const quint16 flags = le16(archive, at + 8), method = le16(archive, at + 10);
        const quint32 crc = le32(archive, at + 16), packed = le32(archive, at + 20), unpacked = le32(archive, at + 24);
        const quint16 nameLength = le16(archive, at + 28), extraLength = le16(archive, at + 30);
        const quint16 commentLength = le16(archive, at + 32);
        const quint32 localOffset = le32(archive, at + 42);
        if (at + kCentralHeaderSize + nameLength + extraLength + commentLength > end) {
            return broken(Tr::tr("central directory entry %1 is damaged.").arg(i + 1));
        }
        const QByteArray rawName = archive.mid(at + kCentralHeaderSize, nameLength);
        const QString name = QString::fromUtf8(rawName);
        at += kCentralHeaderSize + nameLength + extraLength + commentLength;
        if (packed == 0xffffffffu || unpacked == 0xffffffffu || localOffset == 0xffffffffu) {
            return Status::unsupported(Tr::tr("\"%1\" is a zip64 archive, which is not supported.").arg(source));
        }
        if (name.endsWith(QLatin1Char('/'))) {
            continue; // a directory
        }
        if (flags & kFlagEncrypted) {
            return Status::unsupported(
                Tr::tr("the entry \"%1\" of \"%2\" is encrypted, which is not supported.").arg(name, source));
        }
        if (method != 0 && method != 8) {
            return Status::unsupported(Tr::tr("the entry \"%1\" of \"%2\" uses compression method %3; only stored "
                                              "and deflate are supported.")
                                           .arg(name, source)
                                           .arg(method));
        }
        total += unpacked;
        if (unpacked > limits.maxEntrySize || total > limits.maxTotalSize) {
            return Status::tooLarge(Tr::tr("the entry \"%1\" of \"%2\" would unpack to %3 bytes, more than allowed "
                                           "(%4 per entry, %5 in all).")
                                        .arg(name, source)
                                        .arg(unpacked)
                                        .arg(limits.maxEntrySize)
                                        .arg(limits.maxTotalSize));
        }
        const qint64 local = localOffset;
        if (local + kLocalHeaderSize > size || le32(archive, local) != kLocalSignature) {
            return broken(Tr::tr("the local header of \"%1\" is damaged.").arg(name));
        }
        const qint64 dataAt = local + kLocalHeaderSize + le16(archive, local + 26) + le16(archive, local + 28);
        if (dataAt + qint64(packed) > size) {
            return broken(Tr::tr("the data of \"%1\" is truncated.").arg(name));
        }
        const QByteArray stored = archive.mid(dataAt, packed);
        ZipEntry entry{name, {}};
        if (method == 0) {
            if (packed != unpacked) {
                return broken(Tr::tr("the stored entry \"%1\" has inconsistent sizes.").arg(name));
            }
            entry.data = stored;
        } else if (!inflateExactly(stored, unpacked, entry.data)) {
            return broken(
                Tr::tr("the compressed data of \"%1\" is damaged or not %2 bytes long.").arg(name).arg(unpacked));
        }
        if (crc32Of(entry.data) != crc) {
            return broken(Tr::tr("the CRC-32 of \"%1\" does not match its data.").arg(name));
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

Expected<QByteArray> writeZip(const std::vector<ZipEntry>& entries)
{
    if (entries.size() > 0xffff) {
        return Status::tooLarge(
            Tr::tr("%1 files do not fit a zip archive without zip64 (at most 65535).").arg(entries.size()));
    }
    const auto [time, date] = dosNow();
    QByteArray out;
    QByteArray central;
    QSet<QString> names;
    for (const ZipEntry& entry : entries) {
        if (entry.name.isEmpty() || names.contains(entry.name)) {
            return Status::invalid(Tr::tr("zip entry names must be unique and non-empty (\"%1\").").arg(entry.name));
        }
        names.insert(entry.name);
        const QByteArray name = entry.name.toUtf8();
        const quint32 crc = crc32Of(entry.data);
        QByteArray packed = deflateRaw(entry.data);
        quint16 method = 8;
        if (packed.isEmpty() || packed.size() >= entry.data.size()) {
            packed = entry.data;
            method = 0;
        }
        const qint64 offset = out.size();
        if (name.size() > 0xffff || offset + kLocalHeaderSize + name.size() + packed.size() > 0xfffffffe) {
            return Status::tooLarge(Tr::tr("the zip archive would exceed 4 GiB, which needs zip64 (not supported)."));
        }
        const auto header = [&](QByteArray& d, bool isCentral) {
            put32(d, isCentral ? kCentralSignature : kLocalSignature);
            if (isCentral) {
                put16(d, 20); // made by: version 2.0
            }
            put16(d, 20); // needed to extract: 2.0 (deflate)
            put16(d, kFlagUtf8);
            put16(d, method);
            put16(d, time);
            put16(d, date);
            put32(d, crc);
            put32(d, quint32(packed.size()));
            put32(d, quint32(entry.data.size()));
            put16(d, quint32(name.size()));
            put16(d, 0); // extra field length
            if (isCentral) {
                put16(d, 0); // comment length
                put16(d, 0); // disk number
                put16(d, 0); // internal attributes
                put32(d, 0); // external attributes
                put32(d, quint32(offset));
            }
            d.append(name);
        };
        header(out, false);
        out.append(packed);
        header(central, true);
    }
    const qint64 cdOffset = out.size();
    if (cdOffset + central.size() > 0xfffffffe) {
        return Status::tooLarge(Tr::tr("the zip archive would exceed 4 GiB, which needs zip64 (not supported)."));
    }
    out.append(central);
    put32(out, kEndSignature);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, quint32(cdOffset));
    put16(out, 0); // comment length
    return out;
}

} // namespace tessera
