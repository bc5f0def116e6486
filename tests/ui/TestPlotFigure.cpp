// Plots at publication size and the figure panel, compared by content: 85 mm / 180 mm at 300 DPI give the pixel
// sizes worked out by hand with the DPI in the PNG (Qt and ImageMagick's identify), the SVG's width in mm and its
// axis labels, point labels and class legend as text, the PDF page in points; the panel (image with ROIs beside the
// scatter plot) has the image's ROI names, the scale-bar label and the plot's axis labels in one SVG, and a PNG of
// the hand-computed size.
#include "tests/ui/GlcmTestSupport.h"
#include "ui/figure/FigureContent.h"
#include "ui/figure/FigurePanel.h"
#include "ui/plots/PlotExport.h"
#include "ui/plots/ScatterPlot.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <qcustomplot.h>

using namespace tessera;
using namespace tessera::test;

namespace {
struct Fixture
{
    std::unique_ptr<ImageDocument> doc = openSampleDocument();
    ScatterPlot plot;

    Fixture()
    {
        if (doc) {
            addSyntheticResult(*doc, 6);
            plot.setDocument(doc.get());
        }
        plot.resize(600, 500);
        plot.show();
        plot.plot()->replot();
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Every <text> node of an SVG joined in document order (Qt writes one node per script run). */
QString svgText(const QByteArray& svg)
{
    QString texts;
    const QRegularExpression node(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto it = node.globalMatch(QString::fromUtf8(svg)); it.hasNext();) {
        texts += it.next().captured(1) + QLatin1Char('\n');
    }
    return texts;
}

/** With FIGURE_KEEP set, the exported files stay for a look (their folder is printed). */
void keepIfAsked(QTemporaryDir& dir)
{
    if (qEnvironmentVariableIsSet("FIGURE_KEEP")) {
        dir.setAutoRemove(false);
        qInfo("kept: %s", qPrintable(dir.path()));
    }
}

QString identify(const QString& path)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("identify")),
            {QStringLiteral("-units"), QStringLiteral("PixelsPerInch"), QStringLiteral("-format"),
             QStringLiteral("%w %h %x"), path});
    return p.waitForFinished(30000) && p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()).trimmed()
                                                         : QString();
}
} // namespace

class TestPlotFigure : public QObject
{
    Q_OBJECT

private slots:
    void publicationSize_data()
    {
        QTest::addColumn<double>("widthMm");
        QTest::addColumn<double>("heightMm");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<QString>("svgWidth");
        QTest::addColumn<double>("pdfWidthPt");
        // 85 mm = 3.3465 in → 1003.9 px at 300 DPI; 63.75 mm (3/4) → 752.95.
        QTest::newRow("85 mm, 300 DPI") << 85.0 << 0.0 << 300.0 << QSize(1004, 753) << "85" << 240.94;
        // 180 mm = 7.0866 in → 2125.98 px; 120 mm → 1417.3.
        QTest::newRow("180 mm x 120, 300 DPI") << 180.0 << 120.0 << 300.0 << QSize(2126, 1417) << "180" << 510.24;
        // 85 mm at 600 DPI → 2007.9; 60 mm → 1417.3.
        QTest::newRow("85 mm x 60, 600 DPI") << 85.0 << 60.0 << 600.0 << QSize(2008, 1417) << "85" << 240.94;
    }
    void publicationSize()
    {
        QFETCH(double, widthMm);
        QFETCH(double, heightMm);
        QFETCH(double, dpi);
        QFETCH(QSize, pixels);
        QFETCH(QString, svgWidth);
        QFETCH(double, pdfWidthPt);
        Fixture f;
        QVERIFY(f.doc);
        QCOMPARE(f.plot.points().size(), 6);
        const PlotFigureSize size{widthMm, heightMm, dpi};
        QTemporaryDir dir;
        keepIfAsked(dir);
        const QString png = dir.filePath(QStringLiteral("plot.png"));
        const QString svg = dir.filePath(QStringLiteral("plot.svg"));
        const QString pdf = dir.filePath(QStringLiteral("plot.pdf"));
        for (const QString& path : {png, svg, pdf}) {
            const Status s = exportPlotFigure(f.plot.plot(), path, size, QStringLiteral("Texture"));
            QVERIFY2(s.isOk(), qPrintable(s.message()));
        }
        const QImage image(png);
        QCOMPARE(image.size(), pixels);
        QVERIFY(qAbs(image.dotsPerMeterX() * 0.0254 - dpi) < 0.05);
        const QStringList id = identify(png).split(QLatin1Char(' '));
        QCOMPARE(id.size(), 3);
        QCOMPARE(id[0].toInt(), pixels.width());
        QVERIFY2(qAbs(id[2].toDouble() - dpi) < 0.05, qPrintable(id[2]));
        // The plot is drawn over the whole width: some pixel in the last 5 % of columns is not white (the legend or
        // the axis' end), and the axes' labels, the point labels and the legend are text in the SVG.
        bool inked = false;
        for (int y = 0; y < image.height() && !inked; ++y) {
            for (int x = image.width() * 95 / 100; x < image.width() && !inked; ++x) {
                inked = image.pixel(x, y) != qRgb(255, 255, 255);
            }
        }
        QVERIFY(inked);
        const QByteArray svgBytes = readAll(svg);
        QVERIFY2(svgBytes.contains(QByteArray("width=\"" + svgWidth.toUtf8())), svgBytes.left(300).constData());
        const QString texts = svgText(svgBytes);
        QVERIFY2(texts.contains(f.plot.plot()->xAxis->label()), qPrintable(texts));
        QVERIFY(texts.contains(f.plot.plot()->yAxis->label()));
        QVERIFY(texts.contains(QStringLiteral("s0\n")));   // a point label (the ROI's name)
        QVERIFY(texts.contains(QStringLiteral("cell\n"))); // the legend
        QVERIFY(texts.contains(QStringLiteral("background\n")));
        const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const auto m = box.match(QString::fromLatin1(readAll(pdf)));
        QVERIFY(m.hasMatch());
        QVERIFY2(qAbs(m.captured(1).toDouble() - pdfWidthPt) < 0.5, qPrintable(m.captured(1)));
    }

    void layoutIndependentOfDpi()
    {
        // The same 85 mm figure at 150 and 300 DPI: the 300 DPI image reduced to the 150 DPI size looks the same
        // (text and lines keep their size on paper instead of growing with the resolution).
        Fixture f;
        QVERIFY(f.doc);
        QTemporaryDir dir;
        const QString low = dir.filePath(QStringLiteral("low.png"));
        const QString high = dir.filePath(QStringLiteral("high.png"));
        QVERIFY(exportPlotFigure(f.plot.plot(), low, {85.0, 60.0, 150.0}).isOk());
        QVERIFY(exportPlotFigure(f.plot.plot(), high, {85.0, 60.0, 300.0}).isOk());
        const QImage a = QImage(low).convertToFormat(QImage::Format_Grayscale8);
        const QImage b = QImage(high)
                             .scaled(a.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(a.size(), QSize(502, 354)); // 85 mm, 60 mm at 150 DPI
        double diff = 0.0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                diff += std::abs(int(a.constScanLine(y)[x]) - int(b.constScanLine(y)[x]));
            }
        }
        diff /= double(a.width()) * a.height();
        QVERIFY2(diff < 6.0, qPrintable(QString::number(diff)));
    }

    void badSize()
    {
        Fixture f;
        QTemporaryDir dir;
        QVERIFY(!exportPlotFigure(f.plot.plot(), dir.filePath(QStringLiteral("p.png")), {5.0, 0.0, 300.0}).isOk());
        QVERIFY(!exportPlotFigure(f.plot.plot(), dir.filePath(QStringLiteral("p.png")), {85.0, 0.0, 1.0}).isOk());
        QVERIFY(!exportPlotFigure(f.plot.plot(), dir.filePath(QStringLiteral("p.gif")), {}).isOk());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void panel_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("svg") << "svg";
        QTest::newRow("png") << "png";
        QTest::newRow("pdf") << "pdf";
    }
    void panel()
    {
        QFETCH(QString, suffix);
        Fixture f;
        QVERIFY(f.doc);
        FigureContent content = FigureContent::fromDocument(*f.doc);
        content.calibration.pixelWidth = 0.5; // 300 px = 150 µm → auto bar 20 µm
        content.calibration.pixelHeight = 0.5;
        content.calibration.unit = QStringLiteral("micron");
        FigureOptions options; // 300 DPI
        FigurePanelLayout layout;
        layout.heightMm = 70.0;
        QTemporaryDir dir;
        keepIfAsked(dir);
        const QString path = dir.filePath(QStringLiteral("panel.") + suffix);
        const Status s = writeFigurePanel(content, options, f.plot.plot(), path, layout);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        // 70 mm at 300 DPI = 826.8 → 827 px tall; the 300 × 300 image 827 wide; gap 3 mm = 35.4 → 35; plot
        // 84 mm = 992.1 → 992: 1854 × 827.
        if (suffix == QLatin1String("png")) {
            QCOMPARE(QImage(path).size(), QSize(1854, 827));
        } else if (suffix == QLatin1String("svg")) {
            const QByteArray bytes = readAll(path);
            QVERIFY(bytes.contains("viewBox=\"0 0 1854 827\""));
            const QString texts = svgText(bytes);
            QVERIFY(texts.contains(QStringLiteral("s0\n")));    // ROI name on the image and point label
            QVERIFY(texts.contains(QStringLiteral("20 µm\n"))); // scale bar
            QVERIFY(texts.contains(f.plot.plot()->xAxis->label()));
            QVERIFY(bytes.contains("<image"));
        } else {
            const QByteArray bytes = readAll(path);
            QVERIFY(bytes.startsWith("%PDF-"));
            const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
            const auto m = box.match(QString::fromLatin1(bytes));
            QVERIFY(m.hasMatch());
            QVERIFY(qAbs(m.captured(1).toDouble() - 1854 * 72.0 / 300.0) < 0.5);
        }
    }
};

QTEST_MAIN(TestPlotFigure)
#include "TestPlotFigure.moc"
