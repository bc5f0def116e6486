#include "ui/figure/FigureFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTransform>
#include <QtEndian>

#include <cmath>
#include <numeric>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::FigureFile)
};

void putU16(QByteArray& b, int at, quint16 v)
{
    qToLittleEndian(v, b.data() + at);
}

void putU32(QByteArray& b, int at, quint32 v)
{
    qToLittleEndian(v, b.data() + at);
}
} // namespace

int dotsPerMeter(double dpi)
{
    return int(std::lround(dpi / 0.0254));
}

bool writeRgbTiff(const QImage& image, double dpi, QIODevice& device)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const qint64 rowBytes = qint64(rgb.width()) * 3;
    const qint64 dataBytes = rowBytes * rgb.height();
    if (rgb.isNull() || dataBytes >= (qint64(1) << 32) - 4096) {
        return false;
    }
    // Header (8) | IFD: count (2) + 14 entries (12 each) + next offset (4) | BitsPerSample (6) | 2 rationals (16) |
    // Software | pixels.
    constexpr int kEntries = 14;
    const int ifd = 8;
    const int bitsAt = ifd + 2 + kEntries * 12 + 4;
    const int xResAt = bitsAt + 6;
    const int yResAt = xResAt + 8;
    const QByteArray software = QByteArrayLiteral("Tessera") + '\0';
    const int softwareAt = yResAt + 8;
    const int dataAt = softwareAt + int(software.size() + (software.size() % 2));
    QByteArray head(dataAt, '\0');
    head[0] = 'I';
    head[1] = 'I';
    putU16(head, 2, 42);
    putU32(head, 4, quint32(ifd));
    putU16(head, ifd, kEntries);
    int at = ifd + 2;
    auto entry = [&head, &at](quint16 tag, quint16 type, quint32 count, quint32 value) {
        putU16(head, at, tag);
        putU16(head, at + 2, type);
        putU32(head, at + 4, count);
        if (type == 3 && count == 1) {
            putU16(head, at + 8, quint16(value)); // SHORT values sit left-justified in the value field
        } else {
            putU32(head, at + 8, value);
        }
        at += 12;
    };
    constexpr quint16 kShort = 3;
    constexpr quint16 kLong = 4;
    constexpr quint16 kRational = 5;
    constexpr quint16 kAscii = 2;
    entry(256, kLong, 1, quint32(rgb.width()));
    entry(257, kLong, 1, quint32(rgb.height()));
    entry(258, kShort, 3, quint32(bitsAt));
    entry(259, kShort, 1, 1); // no compression
    entry(262, kShort, 1, 2); // RGB
    entry(273, kLong, 1, quint32(dataAt));
    entry(277, kShort, 1, 3);
    entry(278, kLong, 1, quint32(rgb.height()));
    entry(279, kLong, 1, quint32(dataBytes));
    entry(282, kRational, 1, quint32(xResAt));
    entry(283, kRational, 1, quint32(yResAt));
    entry(284, kShort, 1, 1); // chunky
    entry(296, kShort, 1, 2); // inch
    entry(305, kAscii, quint32(software.size()), quint32(softwareAt));
    putU32(head, at, 0); // no further IFD
    for (int i = 0; i < 3; ++i) {
        putU16(head, bitsAt + 2 * i, 8);
    }
    // dpi as a fraction with denominator 1000, reduced.
    quint32 num = quint32(std::llround(dpi * 1000.0));
    quint32 den = 1000;
    const quint32 g = std::gcd(num, den);
    num /= g;
    den /= g;
    for (int r : {xResAt, yResAt}) {
        putU32(head, r, num);
        putU32(head, r + 4, den);
    }
    std::copy(software.begin(), software.end(), head.begin() + softwareAt);
    if (device.write(head) != head.size()) {
        return false;
    }
    for (int y = 0; y < rgb.height(); ++y) {
        if (device.write(reinterpret_cast<const char*>(rgb.constScanLine(y)), rowBytes) != rowBytes) {
            return false;
        }
    }
    return true;
}

Status writeFigureFile(const QString& path, FigureFormat format, QSize size, double dpi, const QString& title,
                       const std::function<bool(QPaintDevice&, const QTransform&)>& paint)
{
    if (size.isEmpty()) {
        return Status::invalid(Tr::tr("Cannot write \"%1\": the figure is empty.").arg(path));
    }
    if ((format == FigureFormat::Png || format == FigureFormat::Tiff) &&
        qint64(size.width()) * size.height() > qint64(1) << 28) {
        return Status::tooLarge(
            Tr::tr("Cannot write \"%1\": %2 × %3 pixels is too large; choose a smaller scale factor or region.")
                .arg(path)
                .arg(size.width())
                .arg(size.height()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::ioError(Tr::tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    }
    bool ok = false;
    switch (format) {
    case FigureFormat::Png:
    case FigureFormat::Tiff: {
        QImage image(size, QImage::Format_RGB32);
        if (image.isNull()) {
            return Status::tooLarge(Tr::tr("Cannot write \"%1\": not enough memory for the figure.").arg(path));
        }
        image.fill(Qt::white);
        image.setDotsPerMeterX(dotsPerMeter(96.0));
        image.setDotsPerMeterY(dotsPerMeter(96.0));
        ok = paint(image, QTransform());
        image.setDotsPerMeterX(dotsPerMeter(dpi));
        image.setDotsPerMeterY(dotsPerMeter(dpi));
        if (ok) {
            ok = format == FigureFormat::Png ? image.save(&file, "PNG") : writeRgbTiff(image, dpi, file);
        }
        break;
    }
    case FigureFormat::Svg: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(96);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("Tessera figure"));
        ok = paint(svg, QTransform());
        if (ok) {
            // The generator derives the size in mm from its resolution (96, for the fonts): state the real one.
            QByteArray bytes = buffer.data();
            const qsizetype open = bytes.indexOf("<svg ");
            const qsizetype close = open >= 0 ? bytes.indexOf('>', open) : -1;
            if (close > open) {
                const QString header =
                    QString::fromUtf8(bytes.mid(open, close - open))
                        .replace(QRegularExpression(QStringLiteral("width=\"[0-9.]+mm\"")),
                                 QStringLiteral("width=\"%1mm\"").arg(size.width() * 25.4 / dpi, 0, 'f', 4))
                        .replace(QRegularExpression(QStringLiteral("height=\"[0-9.]+mm\"")),
                                 QStringLiteral("height=\"%1mm\"").arg(size.height() * 25.4 / dpi, 0, 'f', 4));
                bytes.replace(open, close - open, header.toUtf8());
            }
            ok = file.write(bytes) == bytes.size();
        }
        break;
    }
    case FigureFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Tessera"));
        pdf.setTitle(title);
        pdf.setResolution(96);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(size.width() * 72.0 / dpi, size.height() * 72.0 / dpi), QPageSize::Point,
                                  QString(), QPageSize::ExactMatch));
        ok = paint(pdf, QTransform::fromScale(96.0 / dpi, 96.0 / dpi));
        break;
    }
    }
    if (!ok || !file.commit()) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : Tr::tr("drawing failed");
        return Status::ioError(Tr::tr("Cannot write \"%1\": %2").arg(path, reason));
    }
    return Status::ok();
}

} // namespace tessera
