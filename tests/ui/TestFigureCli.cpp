// `tessera-cli figure SESSION --out FIG [--panel]` in-process on a session written with core's SessionFile (the
// bundled sample, 0.325 µm/px, two named ROIs in session classes, two objects, an applied mask): the SVG holds the
// ROI names and the scale-bar label; the PNG has the requested size and DPI and a bar of the length the calibration
// gives (worked out by hand); the panel holds the plot's axis labels; bad arguments and a missing image fail with one
// line and status 2; the real executable runs without a display. `run --figures` draws one figure per image that
// succeeded (format, size, ROI names, the image's own objects, a bar only when calibrated); a figure that cannot be
// written fails only its image.
#include "app/cli/FigureCommand.h"
#include "core/session/Session.h"
#include "tests/core/CliTestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using namespace tessera::test;

namespace {
const QString samplePath = QStringLiteral(TESSERA_TEST_DATA "/pyimagej_test_still.tif");

/** Writes the test session to dir/cells.tessera and returns its path. */
QString writeSession(const QTemporaryDir& dir, const QString& imagePath = samplePath)
{
    SessionImage image;
    image.path = imagePath;
    image.width = 300;
    image.height = 300;
    image.classes = {{QStringLiteral("nucleus"), QStringLiteral("#00ff00")},
                     {QStringLiteral("cytoplasm"), QStringLiteral("#ff00ff")}};
    Roi a = Roi::rectangle(QStringLiteral("Kern 1"), 40, 40, 60, 50);
    a.className = QStringLiteral("nucleus");
    Roi b = Roi::ellipse(QStringLiteral("Plasma <2>"), 150, 120, 80, 60);
    b.className = QStringLiteral("cytoplasm");
    image.rois = {a, b};
    image.labelLayer = cv::Mat(300, 300, CV_32S, cv::Scalar(0));
    image.labelLayer(cv::Rect(200, 200, 30, 30)).setTo(1);
    image.labelLayer(cv::Rect(20, 200, 20, 40)).setTo(2);
    image.labelCount = 2;
    image.maskLayer = cv::Mat(300, 300, CV_8U, cv::Scalar(0));
    image.maskLayer(cv::Rect(250, 10, 40, 40)).setTo(255);
    Session session;
    session.images.push_back(image);
    const QString path = dir.filePath(QStringLiteral("cells.tessera"));
    const Status s = SessionFile::write(session, path);
    if (!s.isOk()) {
        qWarning("%s", qPrintable(s.message()));
    }
    return path;
}

CliRun figure(const QStringList& args)
{
    return runCliWith(QStringList{QStringLiteral("figure")} + args, {figureCommand()});
}

/** tessera-cli run as the executable has it (able to draw figures). */
CliRun runWithFigures(const QStringList& args)
{
    return runCliWith(QStringList{QStringLiteral("run")} + args, figureCliCommands());
}

/** The session of writeSession() with default segmentation parameters (so that run segments every image). */
QString writeSegmentingSession(const QTemporaryDir& dir)
{
    Expected<Session> session = SessionFile::read(writeSession(dir));
    if (!session.isOk()) {
        return {};
    }
    session->images[0].segmentation = SegmentationParams{};
    const QString path = dir.filePath(QStringLiteral("segmenting.tessera"));
    return SessionFile::write(session.value(), path).isOk() ? path : QString();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString svgTexts(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString texts;
    const QRegularExpression node(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto it = node.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();) {
        texts += it.next().captured(1) + QLatin1Char('\n');
    }
    return texts;
}

int longestRun(const QImage& image, QRgb color)
{
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        int run = 0;
        for (int x = 0; x < image.width(); ++x) {
            run = image.pixel(x, y) == color ? run + 1 : 0;
            best = std::max(best, run);
        }
    }
    return best;
}
} // namespace

class TestFigureCli : public QObject
{
    Q_OBJECT

private slots:
    void svgHasNamesAndBar()
    {
        QTemporaryDir dir;
        const QString session = writeSession(dir);
        const QString out = dir.filePath(QStringLiteral("fig.svg"));
        const CliRun r = figure({session, QStringLiteral("--out"), out});
        QVERIFY2(r.status == CliOk, qPrintable(r.err));
        const QString texts = svgTexts(out);
        QVERIFY2(texts.contains(QStringLiteral("Kern 1\n")), qPrintable(texts));
        QVERIFY(texts.contains(QStringLiteral("Plasma &lt;2&gt;\n")));
        // 300 px × 0.325 µm = 97.5 µm; a fifth is 19.5 → 10 µm.
        QVERIFY(texts.contains(QStringLiteral("10 µm\n")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("stroke=\"#00ff00\"")); // class colours from the session
        QVERIFY(bytes.contains("stroke=\"#ff00ff\""));
        QVERIFY(bytes.contains("stroke=\"#00ffff\"")); // object outlines
    }

    void pngBar_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<int>("bar");
        // 10 µm / 0.325 µm = 30.77 px.
        QTest::newRow("x1") << QStringList{} << QSize(300, 300) << 300.0 << 31;
        QTest::newRow("x3, 600 dpi") << QStringList{QStringLiteral("--scale"), QStringLiteral("3"),
                                                    QStringLiteral("--dpi"), QStringLiteral("600")}
                                     << QSize(900, 900) << 600.0 << 92;
        // Region 100 px wide = 32.5 µm; a fifth is 6.5 → 5 µm = 15.38 px; × 2 = 30.8 → 31.
        QTest::newRow("region x2") << QStringList{QStringLiteral("--region"), QStringLiteral("100,100,100,50"),
                                                  QStringLiteral("--scale"), QStringLiteral("2")}
                                   << QSize(200, 100) << 300.0 << 31;
        // Set: 20 µm = 61.5 px → 62; top left.
        QTest::newRow("set 20, top left") << QStringList{QStringLiteral("--scale-bar"), QStringLiteral("20"),
                                                         QStringLiteral("--bar-corner"), QStringLiteral("tl")}
                                          << QSize(300, 300) << 300.0 << 62;
    }
    void pngBar()
    {
        QFETCH(QStringList, options);
        QFETCH(QSize, size);
        QFETCH(double, dpi);
        QFETCH(int, bar);
        QTemporaryDir dir;
        const QString session = writeSession(dir);
        const QString out = dir.filePath(QStringLiteral("fig.png"));
        const CliRun r = figure(QStringList{session, QStringLiteral("--out"), out, QStringLiteral("--bar-color"),
                                            QStringLiteral("#0000ff")} +
                                options);
        QVERIFY2(r.status == CliOk, qPrintable(r.err));
        const QImage image(out);
        QCOMPARE(image.size(), size);
        QVERIFY(qAbs(image.dotsPerMeterX() * 0.0254 - dpi) < 0.05);
        QCOMPARE(longestRun(image, qRgb(0, 0, 255)), bar); // the grey image has no pure blue
    }

    void panel()
    {
        QTemporaryDir dir;
        const QString session = writeSession(dir);
        const QString out = dir.filePath(QStringLiteral("panel.svg"));
        const CliRun r = figure({session, QStringLiteral("--out"), out, QStringLiteral("--panel")});
        QVERIFY2(r.status == CliOk, qPrintable(r.err));
        const QString texts = svgTexts(out);
        QVERIFY(texts.contains(QStringLiteral("Kern 1\n")));
        QVERIFY(texts.contains(QStringLiteral("10 µm\n")));
        QVERIFY2(texts.contains(QStringLiteral("Correlation")), qPrintable(texts)); // default x axis
        QVERIFY(texts.contains(QStringLiteral("nucleus\n")));                       // legend
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no out") << QStringList{QStringLiteral("SESSION")};
        QTest::newRow("bad suffix") << QStringList{QStringLiteral("SESSION"), QStringLiteral("--out"),
                                                   QStringLiteral("OUT.gif")};
        QTest::newRow("bad scale") << QStringList{QStringLiteral("SESSION"), QStringLiteral("--out"),
                                                  QStringLiteral("OUT.png"), QStringLiteral("--scale"),
                                                  QStringLiteral("0")};
        QTest::newRow("bad region") << QStringList{QStringLiteral("SESSION"), QStringLiteral("--out"),
                                                   QStringLiteral("OUT.png"), QStringLiteral("--region"),
                                                   QStringLiteral("1,2,3")};
        QTest::newRow("image 2 of 1") << QStringList{QStringLiteral("SESSION"), QStringLiteral("--out"),
                                                     QStringLiteral("OUT.png"), QStringLiteral("--image"),
                                                     QStringLiteral("2")};
        QTest::newRow("missing image") << QStringList{QStringLiteral("MISSING"), QStringLiteral("--out"),
                                                      QStringLiteral("OUT.png")};
        QTest::newRow("not a session") << QStringList{samplePath, QStringLiteral("--out"), QStringLiteral("OUT.png")};
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString session = writeSession(dir);
        const QString missing = writeSession(dir, dir.filePath(QStringLiteral("gone.tif")));
        for (QString& a : args) {
            a.replace(QStringLiteral("MISSING"), missing)
                .replace(QStringLiteral("SESSION"), session)
                .replace(QStringLiteral("OUT"), dir.filePath(QStringLiteral("out")));
        }
        const CliRun r = figure(args);
        QCOMPARE(r.status, int(CliError));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.png"))));
    }

    /**
     * run --figures: one figure per image that succeeded, in the format asked for, drawn with the session's ROIs
     * (names in the SVG), the image's own objects when the session segments (never the session image's layers), a
     * scale bar on the calibrated image only; the corrupt image fails without a figure.
     */
    void runDrawsAFigurePerImage_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("segment");
        QTest::addColumn<int>("jobs");
        QTest::newRow("svg, segmenting, 2 jobs") << "svg" << true << 2;
        QTest::newRow("svg, no segmentation, 1 job") << "svg" << false << 1;
        QTest::newRow("png, segmenting, 1 job") << "png" << true << 1;
        QTest::newRow("pdf, no segmentation, 2 jobs") << "pdf" << false << 2;
    }
    void runDrawsAFigurePerImage()
    {
        QFETCH(QString, format);
        QFETCH(bool, segment);
        QFETCH(int, jobs);
        QTemporaryDir dir;
        const QString session = segment ? writeSegmentingSession(dir) : writeSession(dir);
        QVERIFY(!session.isEmpty());
        const QString out = dir.filePath(QStringLiteral("out"));
        // The sample (300², 0.325 µm/px) and the nuclei image (512², uncalibrated); the corrupt one fails.
        const QString nuclei =
            QStringLiteral(TESSERA_TEST_DATA "/cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif");
        const QString corrupt = QStringLiteral(TESSERA_TEST_DATA "/corrupt/lzw_truncated.tif");
        QStringList args{session,
                         samplePath,
                         corrupt,
                         nuclei,
                         QStringLiteral("--out"),
                         out,
                         QStringLiteral("--jobs"),
                         QString::number(jobs),
                         QStringLiteral("--figures")};
        if (format != QLatin1String("svg")) { // svg is the default
            args << QStringLiteral("--figure-format") << format;
        }
        const CliRun r = runWithFigures(args);
        QCOMPARE(r.status, int(CliSomeFailed));
        QVERIFY2(r.err.contains(QStringLiteral("lzw_truncated.tif FAILED: ")), qPrintable(r.err));
        QCOMPARE(
            QDir(out).entryList({QStringLiteral("*.figure.*")}, QDir::Files),
            QStringList({QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.figure.") + format,
                         QStringLiteral("pyimagej_test_still.figure.") + format}));
        const QString still = QDir(out).filePath(QStringLiteral("pyimagej_test_still.figure.") + format);
        const QString other = QDir(out).filePath(
            QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.figure.") + format);
        if (format == QLatin1String("png")) {
            // One output pixel per image pixel at 300 DPI.
            const QImage a(still);
            const QImage b(other);
            QCOMPARE(a.size(), QSize(300, 300));
            QCOMPARE(b.size(), QSize(512, 512));
            QVERIFY(qAbs(a.dotsPerMeterX() * 0.0254 - 300.0) < 0.05);
        } else if (format == QLatin1String("pdf")) {
            // A page of the figure's size: 300 px at 300 DPI = 1 inch = 72 pt.
            const QByteArray pdf = readAll(still);
            QVERIFY(pdf.startsWith("%PDF-"));
            const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
            const auto m = box.match(QString::fromLatin1(pdf));
            QVERIFY(m.hasMatch());
            QVERIFY2(qAbs(m.captured(1).toDouble() - 72.0) < 0.5, qPrintable(m.captured(1)));
            QVERIFY(readAll(other).startsWith("%PDF-"));
        } else {
            for (const QString& path : {still, other}) {
                const QString texts = svgTexts(path);
                QVERIFY2(texts.contains(QStringLiteral("Kern 1\n")), qPrintable(texts));
                QVERIFY(texts.contains(QStringLiteral("Plasma &lt;2&gt;\n")));
                const QByteArray bytes = readAll(path);
                QVERIFY(bytes.contains("stroke=\"#00ff00\"")); // class colours from the session
                QVERIFY(bytes.contains("stroke=\"#ff00ff\""));
                // Object outlines: the image's own segmentation, never the session image's label layer.
                QCOMPARE(bytes.contains("stroke=\"#00ffff\""), segment);
            }
            // 300 px × 0.325 µm = 97.5 µm; a fifth is 19.5 → 10 µm. The uncalibrated image gets no bar.
            QVERIFY(svgTexts(still).contains(QStringLiteral("10 µm\n")));
            QVERIFY(!svgTexts(other).contains(QStringLiteral(" px\n")));
        }
    }

    /** A figure that cannot be written fails its image (reported, left out of the combined tables); the rest go on. */
    void runFigureFailureFailsOnlyItsImage()
    {
        QTemporaryDir dir;
        const QString session = writeSession(dir);
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString nuclei =
            QStringLiteral(TESSERA_TEST_DATA "/cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif");
        QVERIFY(QDir().mkpath(QDir(out).filePath(QStringLiteral("pyimagej_test_still.figure.svg")))); // a folder
        const CliRun r =
            runWithFigures({session, samplePath, nuclei, QStringLiteral("--out"), out, QStringLiteral("--figures")});
        QCOMPARE(r.status, int(CliSomeFailed));
        QVERIFY2(r.err.contains(QStringLiteral("pyimagej_test_still.tif FAILED: figure: ")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif ok ")));
        QVERIFY(QFileInfo(QDir(out).filePath(
                              QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.figure.svg")))
                    .isFile());
        const QString combined = QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("combined.rois.csv"))));
        QVERIFY(combined.contains(nuclei));
        QVERIFY(!combined.contains(samplePath));
    }

    /** Which commands get a QGuiApplication / QApplication in tessera-cli's main(). */
    void drawingCommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("drawing");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << int(CliDrawing::None);
        QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("x.tif")} << int(CliDrawing::None);
        QTest::newRow("run") << QStringList{QStringLiteral("run"), QStringLiteral("s"), QStringLiteral("x.tif")}
                             << int(CliDrawing::None);
        QTest::newRow("run --figures") << QStringList{QStringLiteral("run"), QStringLiteral("s"),
                                                      QStringLiteral("--figures")}
                                       << int(CliDrawing::Gui);
        QTest::newRow("run --figure-format=pdf")
            << QStringList{QStringLiteral("run"), QStringLiteral("--figure-format=pdf")} << int(CliDrawing::Gui);
        QTest::newRow("run -- --figures")
            << QStringList{QStringLiteral("run"), QStringLiteral("--"), QStringLiteral("--figures")}
            << int(CliDrawing::None);
        QTest::newRow("figure") << QStringList{QStringLiteral("figure"), QStringLiteral("s")}
                                << int(CliDrawing::Widgets);
        QTest::newRow("info --figures") << QStringList{QStringLiteral("info"), QStringLiteral("--figures")}
                                        << int(CliDrawing::None);
    }
    void drawingCommands()
    {
        QFETCH(QStringList, args);
        QFETCH(int, drawing);
        std::vector<QByteArray> bytes{QByteArray("tessera-cli")};
        for (const QString& a : args) {
            bytes.push_back(a.toUtf8());
        }
        std::vector<const char*> argv;
        for (const QByteArray& b : bytes) {
            argv.push_back(b.constData());
        }
        QCOMPARE(int(cliDrawing(int(argv.size()), argv.data())), drawing);
    }

    void executableWithoutDisplay()
    {
        QTemporaryDir dir;
        const QString session = writeSession(dir);
        const QString out = dir.filePath(QStringLiteral("fig.pdf"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TESSERA_CLI_PATH), {QStringLiteral("figure"), session, QStringLiteral("--out"), out});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("%PDF-"));
        // run --figures too (a QGuiApplication on the offscreen platform).
        const QString folder = dir.filePath(QStringLiteral("run"));
        p.start(QStringLiteral(TESSERA_CLI_PATH), {QStringLiteral("run"), session, samplePath, QStringLiteral("--out"),
                                                   folder, QStringLiteral("--figures")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(readAll(QDir(folder).filePath(QStringLiteral("pyimagej_test_still.figure.svg"))).contains("<svg"));
    }
};

QTEST_MAIN(TestFigureCli)
#include "TestFigureCli.moc"
