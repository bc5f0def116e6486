// `tessera-cli figure SESSION --out FIG [--panel]` in-process on a session written with core's SessionFile (the
// bundled sample, 0.325 µm/px, two named ROIs in session classes, two objects, an applied mask): the SVG holds the
// ROI names and the scale-bar label; the PNG has the requested size and DPI and a bar of the length the calibration
// gives (worked out by hand); the panel holds the plot's axis labels; bad arguments and a missing image fail with one
// line and status 2; the real executable runs without a display.
#include "app/cli/FigureCommand.h"
#include "core/session/Session.h"
#include "tests/core/CliTestSupport.h"

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
    }
};

QTEST_MAIN(TestFigureCli)
#include "TestFigureCli.moc"
