// Exported figures compared by content: the scale bar's length in pixels (measured in the rendered PNG as the longest
// run of bar-coloured pixels) matches the calibration worked out by hand; PNG and TIFF have the requested pixel size
// and DPI (read back by Qt and by ImageMagick's identify); the SVG holds the ROI names and the scale-bar label as
// text and renders (QSvgRenderer) with the bar where the PNG has it; the PDF is one page of the figure's physical
// size with an embedded font; a region is cropped and scaled pixel for pixel; object outlines, threshold overlay
// and ROI outlines colour the pixels they should.
#include "core/image/Image.h"
#include "ui/document/ImageDocument.h"
#include "ui/figure/FigureContent.h"
#include "ui/figure/FigureOptions.h"
#include "ui/figure/FigureRenderer.h"
#include "ui/threshold/ThresholdSettings.h"

#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <memory>

using namespace tessera;

namespace {

/** A width × height 8-bit image, value (x + 3y) mod 200 (never white), with the given pixel size and unit. */
std::unique_ptr<ImageDocument> makeDocument(int width, int height, double pixelWidth = 1.0,
                                            const QString& unit = QStringLiteral("pixel"))
{
    Image image = Image::create(PixelType::UInt8, width, height).value();
    cv::Mat plane = image.plane(0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            plane.at<uchar>(y, x) = uchar((x + 3 * y) % 200);
        }
    }
    image.calibration.pixelWidth = pixelWidth;
    image.calibration.pixelHeight = pixelWidth;
    image.calibration.unit = unit;
    image.sourcePath = QStringLiteral("/data/cells.tif");
    auto doc = std::make_unique<ImageDocument>(image);
    doc->setDisplayRange(0, {0.0, 255.0});
    return doc;
}

/** Longest horizontal run of pixels equal to color. */
int longestRun(const QImage& image, QRgb color)
{
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        int run = 0;
        for (int x = 0; x < image.width(); ++x) {
            run = (image.pixel(x, y) | 0xff000000) == (color | 0xff000000) ? run + 1 : 0;
            best = std::max(best, run);
        }
    }
    return best;
}

/** identify's "%w %h %x %y" (resolution in pixels per inch), or empty when identify is missing or fails. */
QString identify(const QString& path)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("identify"));
    if (exe.isEmpty()) {
        return {};
    }
    QProcess p;
    p.start(exe, {QStringLiteral("-units"), QStringLiteral("PixelsPerInch"), QStringLiteral("-format"),
                  QStringLiteral("%w %h %x %y"), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/**
 * The text a PDF written by Qt shows: every "<glyph id> Tj" of the content streams (inflated with zlib) mapped to
 * its character by the ToUnicode CMaps; white space is dropped (Qt maps the space glyph to U+0009).
 */
QString pdfText(const QByteArray& pdf)
{
    QHash<quint16, QChar> glyphs;
    QList<QByteArray> contents;
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream", at)) >= 0) {
        qsizetype begin = at + 6;
        if (pdf.mid(begin, 2) == "\r\n") {
            begin += 2;
        } else if (pdf.mid(begin, 1) == "\n") {
            begin += 1;
        } else {
            at = begin;
            continue;
        }
        const qsizetype end = pdf.indexOf("endstream", begin);
        if (end < 0) {
            break;
        }
        QByteArray data = pdf.mid(begin, end - begin);
        QByteArray sized(4, 0);
        qToBigEndian(quint32(data.size() * 50 + 1024), sized.data());
        const QByteArray inflated = qUncompress(sized + data);
        contents.append(inflated.isEmpty() ? data : inflated);
        at = end + 9;
    }
    // "<from> <to>" (bfchar), "<first> <last> <to>" and "<first> <last> [<to> …]" (bfrange).
    const QRegularExpression bfchar(QStringLiteral("^<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>\\s*$"));
    const QRegularExpression bfrange(
        QStringLiteral("^<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>\\s*(<[0-9A-Fa-f]{4}>|\\[[^\\]]*\\])\\s*$"));
    const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    const QRegularExpression tj(QStringLiteral("<([0-9A-Fa-f]{4})>\\s*Tj"));
    for (const QByteArray& c : contents) {
        const QString s = QString::fromLatin1(c);
        if (!s.contains(QStringLiteral("begincmap"))) {
            continue;
        }
        for (const QString& line : s.split(QLatin1Char('\n'))) {
            if (const auto m = bfchar.match(line); m.hasMatch()) {
                glyphs.insert(m.captured(1).toUShort(nullptr, 16), QChar(m.captured(2).toUShort(nullptr, 16)));
            } else if (const auto r = bfrange.match(line); r.hasMatch()) {
                const int first = r.captured(1).toInt(nullptr, 16);
                const int last = r.captured(2).toInt(nullptr, 16);
                QList<int> to;
                for (auto it = hex.globalMatch(r.captured(3)); it.hasNext();) {
                    to.append(it.next().captured(1).toInt(nullptr, 16));
                }
                for (int g = first; g <= last; ++g) {
                    const int u =
                        r.captured(3).startsWith(QLatin1Char('[')) ? to.value(g - first) : to.value(0) + g - first;
                    glyphs.insert(quint16(g), QChar(u));
                }
            }
        }
    }
    QString text;
    for (const QByteArray& c : contents) {
        for (auto it = tj.globalMatch(QString::fromLatin1(c)); it.hasNext();) {
            const QChar ch = glyphs.value(it.next().captured(1).toUShort(nullptr, 16), QLatin1Char('?'));
            if (!ch.isSpace()) {
                text += ch;
            }
        }
    }
    return text;
}

FigureOptions plainOptions()
{
    FigureOptions o;
    o.dpi = 72.0; // 1 pt = 1 px
    o.scaleBar.color = Qt::white;
    return o;
}

} // namespace

class TestFigureRenderer : public QObject
{
    Q_OBJECT

private slots:
    void niceLength_data()
    {
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("expected");
        QTest::newRow("5 -> 1") << 5.0 << 1.0;
        QTest::newRow("10 -> 2") << 10.0 << 2.0;
        QTest::newRow("24.9 -> 2") << 24.9 << 2.0;
        QTest::newRow("25 -> 5") << 25.0 << 5.0;
        QTest::newRow("256 -> 50") << 256.0 << 50.0;
        QTest::newRow("1000 -> 200") << 1000.0 << 200.0;
        QTest::newRow("5000 -> 1000") << 5000.0 << 1000.0;
        QTest::newRow("0.003 -> 0.0005") << 0.003 << 0.0005;
        QTest::newRow("0 -> none") << 0.0 << 0.0;
    }
    void niceLength()
    {
        QFETCH(double, width);
        QFETCH(double, expected);
        QCOMPARE(niceScaleBarLength(width), expected);
    }

    void scaleBarLength_data()
    {
        QTest::addColumn<double>("pixelWidth");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("setLength");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("barPixels");
        // 512 px × 0.5 µm = 256 µm; a fifth is 51.2 → 50 µm = 100 px.
        QTest::newRow("0.5 um, auto") << 0.5 << "micron" << 512 << 1.0 << 0.0 << "50 µm" << 100;
        QTest::newRow("0.5 um, auto, x2") << 0.5 << "micron" << 512 << 2.0 << 0.0 << "50 µm" << 200;
        QTest::newRow("0.5 um, auto, x0.5") << 0.5 << "um" << 512 << 0.5 << 0.0 << "50 µm" << 50;
        // 400 px × 0.325 µm = 130 µm; a fifth is 26 → 20 µm = 61.54 px → 62.
        QTest::newRow("0.325 um, auto") << 0.325 << "µm" << 400 << 1.0 << 0.0 << "20 µm" << 62;
        // 300 px × 20 nm = 6000 nm; a fifth is 1200 → 1000 nm = 50 px; × 3 = 150.
        QTest::newRow("20 nm, auto, x3") << 20.0 << "nm" << 300 << 3.0 << 0.0 << "1000 nm" << 150;
        // Set: 30 µm at 0.5 µm/px = 60 px, × 1.5 = 90.
        QTest::newRow("0.5 um, set 30") << 0.5 << "micron" << 512 << 1.5 << 30.0 << "30 µm" << 90;
        // Uncalibrated: 400 px; a fifth is 80 → 50 px.
        QTest::newRow("pixels, auto") << 1.0 << "pixel" << 400 << 1.0 << 0.0 << "50 px" << 50;
    }
    void scaleBarLength()
    {
        QFETCH(double, pixelWidth);
        QFETCH(QString, unit);
        QFETCH(int, width);
        QFETCH(double, scale);
        QFETCH(double, setLength);
        QFETCH(QString, label);
        QFETCH(int, barPixels);
        auto doc = makeDocument(width, 200, pixelWidth, unit);
        FigureOptions o = plainOptions();
        o.scale = scale;
        o.scaleBar.length = setLength;
        o.scaleBar.corner = FigureCorner::BottomLeft;
        const FigureRenderer figure(FigureContent::fromDocument(*doc), o);
        QCOMPARE(figure.scaleBar().label, label);

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("bar.png"));
        const Status s = figure.write(png);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        QImage read(png);
        QCOMPARE(read.size(), QSize(qRound(width * scale), qRound(200 * scale)));
        // The image never reaches white, and the label's glyphs are far shorter than the bar.
        QCOMPARE(longestRun(read, qRgb(255, 255, 255)), barPixels);
    }

    // Automatic scale-bar text follows the figure: 5 % of the smaller side, at least 8 px, at most 10 pt; sizes set
    // by the user are points at the DPI. Expected pixel sizes worked out by hand from that rule.
    void scaleBarTextFollowsFigure_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<double>("fontPoints");
        QTest::addColumn<double>("thicknessPoints");
        QTest::addColumn<int>("fontPixels");
        QTest::addColumn<int>("barPixels");
        // 5 % of 100 = 5 → the 8 px floor; bar 0.3 × 8 = 2.4 → 2.
        QTest::newRow("thumbnail") << QSize(100, 100) << 300.0 << 0.0 << 0.0 << 8 << 2;
        // 5 % of 256 = 12.8 → 13 (10 pt at 300 DPI would be 42 px: a sixth of the image); bar 3.9 → 4.
        QTest::newRow("small") << QSize(256, 256) << 300.0 << 0.0 << 0.0 << 13 << 4;
        // The smaller side counts: 5 % of 400 = 20; bar 6.
        QTest::newRow("wide") << QSize(600, 400) << 300.0 << 0.0 << 0.0 << 20 << 6;
        // 5 % of 1500 = 75 > 10 pt = 41.67 → 42; bar 12.5 → 13 (lround).
        QTest::newRow("large, capped at 10 pt") << QSize(2000, 1500) << 300.0 << 0.0 << 0.0 << 42 << 13;
        // At 72 DPI 10 pt = 10 px.
        QTest::newRow("large at 72 DPI") << QSize(2000, 1500) << 72.0 << 0.0 << 0.0 << 10 << 3;
        // Set sizes stay points: 10 pt at 300 DPI = 41.67 → 42 px, 3 pt = 12.5 → 13 px, whatever the image.
        QTest::newRow("set 10 pt on a small image") << QSize(256, 256) << 300.0 << 10.0 << 3.0 << 42 << 13;
        QTest::newRow("set 12 pt, auto bar") << QSize(300, 200) << 72.0 << 12.0 << 0.0 << 12 << 4;
    }
    void scaleBarTextFollowsFigure()
    {
        QFETCH(QSize, size);
        QFETCH(double, dpi);
        QFETCH(double, fontPoints);
        QFETCH(double, thicknessPoints);
        QFETCH(int, fontPixels);
        QFETCH(int, barPixels);
        auto doc = makeDocument(size.width(), size.height());
        FigureOptions o;
        o.dpi = dpi;
        o.scaleBar.fontSize = fontPoints;
        o.scaleBar.thickness = thicknessPoints;
        o.scaleBar.color = Qt::white;
        const FigureRenderer figure(FigureContent::fromDocument(*doc), o);
        const FigureRenderer::ScaleBar bar = figure.scaleBar();
        QVERIFY(bar.shown);
        QCOMPARE(bar.fontPixels, double(fontPixels));
        QCOMPARE(bar.bar.height(), double(barPixels));
        // The rendered label: its ink (the rows above the bar that differ from the figure without a label) is about
        // the font's pixel size tall ("20 px": digits and a descender, plus a row of antialiasing on each side).
        const QImage out = figure.toImage();
        o.scaleBar.showLabel = false;
        const QImage unlabelled = FigureRenderer(FigureContent::fromDocument(*doc), o).toImage();
        int top = out.height();
        int bottom = -1;
        for (int y = 0; y < int(bar.bar.top()); ++y) {
            for (int x = 0; x < out.width(); ++x) {
                if (out.pixel(x, y) != unlabelled.pixel(x, y)) {
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
            }
        }
        const int ink = bottom - top + 1;
        QVERIFY2(ink > fontPixels / 2 && ink <= fontPixels * 1.2 + 2, qPrintable(QString::number(ink)));
        QVERIFY(bar.labelBox.bottom() <= bar.bar.top());
    }

    void uncalibratedWithoutPixels()
    {
        auto doc = makeDocument(200, 100);
        FigureOptions o = plainOptions();
        o.scaleBar.pixelsWhenUncalibrated = false;
        const FigureRenderer figure(FigureContent::fromDocument(*doc), o);
        QVERIFY(!figure.scaleBar().shown);
        QCOMPARE(figure.notes().size(), 1);
        QCOMPARE(longestRun(figure.toImage(), qRgb(255, 255, 255)), 0);
    }

    void rasterSizeAndDpi_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QRect>("region");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QSize>("size");
        QTest::newRow("png whole x1 300") << "png" << QRect() << 1.0 << 300.0 << QSize(320, 240);
        QTest::newRow("png whole x2.5 600") << "png" << QRect() << 2.5 << 600.0 << QSize(800, 600);
        QTest::newRow("png region x3 150") << "png" << QRect(10, 20, 50, 30) << 3.0 << 150.0 << QSize(150, 90);
        QTest::newRow("png region clipped") << "png" << QRect(300, 200, 100, 100) << 1.0 << 72.0 << QSize(20, 40);
        QTest::newRow("tif whole x2 300") << "tif" << QRect() << 2.0 << 300.0 << QSize(640, 480);
        QTest::newRow("tiff region x1 96") << "tiff" << QRect(0, 0, 33, 17) << 1.0 << 96.0 << QSize(33, 17);
    }
    void rasterSizeAndDpi()
    {
        QFETCH(QString, suffix);
        QFETCH(QRect, region);
        QFETCH(double, scale);
        QFETCH(double, dpi);
        QFETCH(QSize, size);
        auto doc = makeDocument(320, 240, 0.2, QStringLiteral("micron"));
        FigureOptions o;
        o.region = region;
        o.scale = scale;
        o.dpi = dpi;
        const FigureRenderer figure(FigureContent::fromDocument(*doc), o);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fig.") + suffix);
        const Status s = figure.write(path);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        if (suffix == QLatin1String("png")) {
            QImage read(path);
            QCOMPARE(read.size(), size);
            QVERIFY(qAbs(read.dotsPerMeterX() * 0.0254 - dpi) < 0.05);
            QVERIFY(qAbs(read.dotsPerMeterY() * 0.0254 - dpi) < 0.05);
        }
        // ImageMagick is a declared dependency (packaging/install-deps.sh): an independent reader of both formats.
        const QStringList fields = identify(path).split(QLatin1Char(' '));
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields[0].toInt(), size.width());
        QCOMPARE(fields[1].toInt(), size.height());
        QVERIFY2(qAbs(fields[2].toDouble() - dpi) < 0.05, qPrintable(fields[2]));
        QVERIFY2(qAbs(fields[3].toDouble() - dpi) < 0.05, qPrintable(fields[3]));
    }

    void regionPixels()
    {
        auto doc = makeDocument(120, 90);
        FigureOptions o = plainOptions();
        o.region = QRect(10, 20, 50, 30);
        o.scale = 2.0;
        o.scaleBar.enabled = false;
        const QImage out = FigureRenderer(FigureContent::fromDocument(*doc), o).toImage();
        QCOMPARE(out.size(), QSize(100, 60));
        const cv::Mat plane = doc->image().plane(0);
        for (int y = 0; y < 60; ++y) {
            for (int x = 0; x < 100; ++x) {
                const int v = plane.at<uchar>(20 + y / 2, 10 + x / 2);
                QCOMPARE(out.pixel(x, y), qRgb(v, v, v));
            }
        }
    }

    void svgHasNamesAndLabel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "nucleus A"
                               << "nucleus A";
        QTest::newRow("markup") << "cyto <1> & co"
                                << "cyto &lt;1&gt; &amp; co";
        QTest::newRow("unicode") << "Zelle α–β"
                                 << "Zelle α–β";
    }
    void svgHasNamesAndLabel()
    {
        QFETCH(QString, name);
        QFETCH(QString, escaped);
        auto doc = makeDocument(512, 256, 0.5, QStringLiteral("micron"));
        doc->insertRois({{doc->allocateRoiId(), -1, Roi::rectangle(name, 40, 60, 80, 50)},
                         {doc->allocateRoiId(), -1, Roi::ellipse(QStringLiteral("second"), 200, 100, 60, 40)}});
        Roi cell = doc->roi(doc->roiIds().first());
        cell.className = QStringLiteral("cell");
        doc->setRoi(doc->roiIds().first(), cell);
        doc->setClass(QStringLiteral("cell"), {QStringLiteral("cell"), QColor(0, 200, 0)});
        FigureOptions o;
        const FigureRenderer figure(FigureContent::fromDocument(*doc), o);
        QTemporaryDir dir;
        const QString svg = qEnvironmentVariableIsSet("FIGURE_KEEP")
                                ? QStringLiteral("/tmp/i10fig-%1.svg").arg(QString::fromLatin1(QTest::currentDataTag()))
                                : dir.filePath(QStringLiteral("fig.svg"));
        const Status s = figure.write(svg);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        // Qt writes one <text> per script run ("Zelle " and "α–β"): join the text nodes in document order.
        QString texts;
        const QRegularExpression node(QStringLiteral("<text[^>]*>([^<]*)</text>"));
        for (auto it = node.globalMatch(text); it.hasNext();) {
            texts += it.next().captured(1);
        }
        QVERIFY2(texts.contains(escaped), qPrintable(texts));
        QVERIFY(text.contains(QStringLiteral(">second<")));
        QVERIFY(text.contains(QStringLiteral("50 µm")));
        QVERIFY(text.contains(QStringLiteral("<image")));  // the raster
        QVERIFY(text.contains(QStringLiteral("#00c800"))); // the class colour of the first ROI
        // Physical size: 512 px at 300 DPI = 43.35 mm.
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("width=\"43\\.3\\d*mm\""))),
                 qPrintable(text.left(400)));

        // Rendered by Qt's SVG renderer at the figure's size, the bar is where and as long as in the PNG.
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QImage drawn(figure.outputSize(), QImage::Format_RGB32);
        drawn.fill(Qt::black);
        QPainter painter(&drawn);
        renderer.render(&painter);
        painter.end();
        if (qEnvironmentVariableIsSet("FIGURE_KEEP")) {
            drawn.save(svg + QStringLiteral(".png"));
            figure.toImage().save(svg + QStringLiteral(".direct.png"));
        }
        QCOMPARE(longestRun(drawn, qRgb(255, 255, 255)), longestRun(figure.toImage(), qRgb(255, 255, 255)));
        QCOMPARE(longestRun(figure.toImage(), qRgb(255, 255, 255)), 100); // 50 µm at 0.5 µm/px
    }

    void pdfPage()
    {
        auto doc = makeDocument(600, 300, 0.5, QStringLiteral("micron"));
        doc->insertRois({{doc->allocateRoiId(), -1, Roi::rectangle(QStringLiteral("nucleus"), 40, 60, 80, 50)}});
        FigureOptions o;
        o.dpi = 150.0;
        o.scale = 2.0;
        const FigureRenderer figure(FigureContent::fromDocument(*doc), o);
        QTemporaryDir dir;
        const QString pdf = qEnvironmentVariableIsSet("FIGURE_KEEP") ? QStringLiteral("/tmp/i10fig.pdf")
                                                                     : dir.filePath(QStringLiteral("fig.pdf"));
        const Status s = figure.write(pdf);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // 1200 × 600 px at 150 DPI = 8 × 4 inch = 576 × 288 pt.
        const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const auto m = box.match(QString::fromLatin1(bytes));
        QVERIFY(m.hasMatch());
        QVERIFY(qAbs(m.captured(1).toDouble() - 576.0) < 0.5);
        QVERIFY(qAbs(m.captured(2).toDouble() - 288.0) < 0.5);
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 1);
        QVERIFY(bytes.contains("/FontFile2"));  // text drawn as text (embedded font), not as paths
        QVERIFY(!bytes.contains("/DCTDecode")); // the image is stored losslessly, not as JPEG
        // The text as a PDF reader extracts it: the glyph ids shown by Tj in the (Flate) content streams, mapped to
        // characters by the font's ToUnicode CMap.
        const QString text = pdfText(bytes);
        QVERIFY2(text.contains(QStringLiteral("nucleus")), qPrintable(text));
        // 600 px × 0.5 µm = 300 µm; a fifth is 60 → 50 µm.
        QVERIFY2(text.contains(QStringLiteral("50µm")), qPrintable(text));
        QVERIFY(bytes.contains("/Subtype /Image"));
        QVERIFY(bytes.contains(QByteArrayLiteral("\0c\0e\0l\0l\0s\0.\0t\0i\0f"))); // the title, UTF-16
    }

    void overlaysColourPixels()
    {
        auto doc = makeDocument(100, 80);
        cv::Mat labels(80, 100, CV_32S, cv::Scalar(0));
        labels(cv::Rect(10, 10, 20, 20)).setTo(1);
        labels(cv::Rect(60, 40, 15, 25)).setTo(2);
        QVERIFY(doc->setLabelLayer({labels, 2}));
        ThresholdSettings t;
        t.preview = true;
        t.levelsSet = true;
        t.lower = 300; // nothing is in range: the overlay draws no pixel …
        t.upper = 400;
        t.color = QColor(255, 0, 0);
        doc->setParameters(AnalysisKind::Threshold, t);
        doc->insertRois({{doc->allocateRoiId(), -1, Roi::rectangle(QStringLiteral("r"), 40, 5, 10, 10)}});
        FigureOptions o = plainOptions();
        o.scale = 4.0;
        o.lineWidth = 2.0; // 2 px at 72 DPI: covers one output pixel on each side of the edge
        o.roiNames = false;
        o.scaleBar.enabled = false;
        QImage out = FigureRenderer(FigureContent::fromDocument(*doc), o).toImage();
        // Object 1's left edge at x = 10 → output column 40; object 2's bottom edge y = 65 → row 260.
        QCOMPARE(out.pixel(40, 80), o.objectColor.rgb());
        QCOMPARE(out.pixel(39, 80), o.objectColor.rgb());
        QCOMPARE(out.pixel(270, 260), o.objectColor.rgb());
        QVERIFY(out.pixel(80, 80) != o.objectColor.rgb()); // inside
        // ROI in the no-class colour (yellow): top edge y = 5 → row 20.
        QCOMPARE(out.pixel(180, 20), ImageDocument::noClassColor().rgb());
        // Without objects the edge pixel is the image's.
        o.objects = false;
        out = FigureRenderer(FigureContent::fromDocument(*doc), o).toImage();
        const int v = doc->image().plane(0).at<uchar>(20, 10);
        QCOMPARE(out.pixel(40, 80), qRgb(v, v, v));
        QCOMPARE(out.pixel(200, 200),
                 qRgb(doc->image().plane(0).at<uchar>(50, 50), doc->image().plane(0).at<uchar>(50, 50),
                      doc->image().plane(0).at<uchar>(50, 50)));
        // … levels over the image's values colour every pixel red-tinted (alpha 128 over grey).
        t.lower = 0;
        t.upper = 255;
        doc->setParameters(AnalysisKind::Threshold, t);
        out = FigureRenderer(FigureContent::fromDocument(*doc), o).toImage();
        const QColor c = out.pixelColor(200, 200);
        QVERIFY(c.red() > c.green() + 60);
        QCOMPARE(c.green(), c.blue());
        o.threshold = false;
        out = FigureRenderer(FigureContent::fromDocument(*doc), o).toImage();
        QCOMPARE(out.pixelColor(200, 200).red(), out.pixelColor(200, 200).green());
    }

    void objectNumbersOnlyWhereTheyFit()
    {
        // A 60 × 60 object holds its number at 8 pt / 300 DPI (≈ 33 px text); a 6 × 6 one does not.
        auto doc = makeDocument(200, 100);
        cv::Mat labels(100, 200, CV_32S, cv::Scalar(0));
        labels(cv::Rect(10, 10, 60, 60)).setTo(1);
        labels(cv::Rect(120, 40, 6, 6)).setTo(2);
        QVERIFY(doc->setLabelLayer({labels, 2}));
        FigureOptions o;
        o.objectNumbers = true;
        o.scaleBar.enabled = false;
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("numbers.svg"));
        const Status s = FigureRenderer(FigureContent::fromDocument(*doc), o).write(svg);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral(">1</text>")));
        QVERIFY(!text.contains(QStringLiteral(">2</text>")));
        // The user is told that one number was left out.
        const QStringList notes = FigureRenderer(FigureContent::fromDocument(*doc), o).notes();
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(QStringLiteral("1 of 2 ")), qPrintable(notes.first()));
        // At 4× the small object is 24 px wide and still too small; at 16× (96 px) its number fits.
        o.scale = 16;
        f.close();
        QVERIFY(FigureRenderer(FigureContent::fromDocument(*doc), o).write(svg).isOk());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral(">2</text>")));
        QVERIFY(FigureRenderer(FigureContent::fromDocument(*doc), o).notes().isEmpty()); // all fit: no note
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("scale");
        QTest::newRow("unknown suffix") << "fig.bmp" << 1.0;
        QTest::newRow("missing folder") << "no/such/dir/fig.png" << 1.0;
        QTest::newRow("scale 0") << "fig.png" << 0.0;
        QTest::newRow("scale 100") << "fig.png" << 100.0;
    }
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(double, scale);
        auto doc = makeDocument(50, 40);
        FigureOptions o;
        o.scale = scale;
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        const Status s = FigureRenderer(FigureContent::fromDocument(*doc), o).write(path);
        QVERIFY(!s.isOk());
        QVERIFY(!s.message().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void optionsRoundTrip()
    {
        FigureOptions o;
        o.scale = 2.5;
        o.dpi = 600;
        o.roiNames = false;
        o.objectNumbers = true;
        o.objectColor = QColor(10, 20, 30);
        o.scaleBar.length = 25;
        o.scaleBar.corner = FigureCorner::TopLeft;
        o.scaleBar.color = Qt::black;
        o.scaleBar.pixelsWhenUncalibrated = false;
        QCOMPARE(FigureOptions::fromVariantMap(o.toVariantMap()), o);
        o.scaleBar.fontSize = 12; // set sizes survive as well as automatic (0) ones
        o.scaleBar.thickness = 2;
        QCOMPARE(FigureOptions::fromVariantMap(o.toVariantMap()), o);
        QCOMPARE(FigureOptions().scaleBar.fontSize, 0.0);
        QVERIFY(FigureOptions().validate().isEmpty());
        QVariantMap bad = o.toVariantMap();
        bad[QStringLiteral("scale")] = -3;
        bad[QStringLiteral("scaleBarColor")] = QStringLiteral("nonsense");
        const FigureOptions read = FigureOptions::fromVariantMap(bad);
        QCOMPARE(read.scale, FigureOptions().scale);
        QCOMPARE(read.scaleBar.color, FigureOptions().scaleBar.color);
    }
};

QTEST_MAIN(TestFigureRenderer)
#include "TestFigureRenderer.moc"
