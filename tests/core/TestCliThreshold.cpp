#include "core/image/Image.h"
#include "core/io/TiffWriter.h"
#include "tests/core/CliTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using tessera::test::CliRun;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

/** tessera-cli threshold with args (the arguments after the command name), run in-process. */
CliRun runThreshold(const QStringList& args)
{
    return test::runCliWith(QStringList{QStringLiteral("threshold")} + args);
}

QList<QJsonObject> jsonLines(const QString& out)
{
    QList<QJsonObject> objects;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        objects << QJsonDocument::fromJson(line.toUtf8()).object();
    }
    return objects;
}

/** ImageJ's lower threshold per method for one file, from reference/imagej_thresholds.csv. */
QMap<QString, double> referenceLower(const QString& file)
{
    QMap<QString, double> lower;
    QFile csv(dataDir + QStringLiteral("/reference/imagej_thresholds.csv"));
    if (!csv.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return lower;
    }
    csv.readLine();
    while (!csv.atEnd()) {
        const QStringList f = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
        if (f.size() == 4 && f[0] == file) {
            lower.insert(f[1], f[2].toDouble());
        }
    }
    return lower;
}
/** Image id of reference/threshold_corpus_inputs.csv, rebuilt as an 8-bit plane (rows x cols, ascending values). */
cv::Mat corpus8Bit(const QString& id)
{
    QFile csv(dataDir + QStringLiteral("/reference/threshold_corpus_inputs.csv"));
    if (!csv.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    while (!csv.atEnd()) {
        const QStringList f = QString::fromLatin1(csv.readLine()).trimmed().split(QLatin1Char(','));
        if (f.size() != 6 || f[0] != id || f[1] != QLatin1String("8")) {
            continue;
        }
        std::vector<quint8> v;
        for (const QString& p : f[5].split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            v.insert(v.end(), size_t(p.section(QLatin1Char(':'), 1).toInt()),
                     quint8(p.section(QLatin1Char(':'), 0, 0).toInt()));
        }
        if (v.size() != size_t(f[3].toInt()) * size_t(f[4].toInt())) {
            return {};
        }
        return cv::Mat(f[3].toInt(), f[4].toInt(), CV_8U, v.data()).clone();
    }
    return {};
}

/** ImageJ's (lower, upper) for id, method and background from reference/threshold_corpus_imagej.csv. */
std::pair<double, double> corpusImageJ(const QString& id, const QString& method, bool dark)
{
    QFile csv(dataDir + QStringLiteral("/reference/threshold_corpus_imagej.csv"));
    if (csv.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString key = id + QLatin1Char(',') + method + (dark ? QStringLiteral(",1,") : QStringLiteral(",0,"));
        while (!csv.atEnd()) {
            const QString line = QString::fromLatin1(csv.readLine()).trimmed();
            if (line.startsWith(key)) {
                const QStringList f = line.split(QLatin1Char(','));
                return {f[3].toDouble(), f[4].toDouble()};
            }
        }
    }
    return {-2.0, -2.0};
}
} // namespace

class TestCliThreshold : public QObject
{
    Q_OBJECT
private slots:
    void oneMethod()
    {
        const QMap<QString, double> ref = referenceLower(QStringLiteral("pyimagej_test_still.tif"));
        QVERIFY(ref.contains(QStringLiteral("Otsu")));
        const CliRun r = runThreshold(
            {dataDir + QStringLiteral("/pyimagej_test_still.tif"), QStringLiteral("--method"), QStringLiteral("Otsu")});
        QCOMPARE(r.status, int(CliOk));
        const QList<QJsonObject> o = jsonLines(r.out);
        QCOMPARE(o.size(), 1);
        QCOMPARE(o[0].value(QStringLiteral("method")).toString(), QStringLiteral("Otsu"));
        QCOMPARE(o[0].value(QStringLiteral("lower")).toDouble(), ref.value(QStringLiteral("Otsu")));
        QCOMPARE(o[0].value(QStringLiteral("upper")).toDouble(), 65535.0);
        QCOMPARE(o[0].value(QStringLiteral("histogram")).toString(), QStringLiteral("imagej"));
        QCOMPARE(o[0].value(QStringLiteral("found")).toBool(), true);
    }

    void allMethodsAsJsonLines_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("8-bit") << QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif");
        QTest::newRow("16-bit") << QStringLiteral("pyimagej_test_still.tif");
    }
    void allMethodsAsJsonLines()
    {
        QFETCH(QString, file);
        const QMap<QString, double> ref = referenceLower(file);
        QVERIFY(ref.size() >= 16);
        const CliRun r =
            runThreshold({dataDir + QLatin1Char('/') + file, QStringLiteral("--method"), QStringLiteral("all")});
        QCOMPARE(r.status, int(CliOk));
        const QList<QJsonObject> o = jsonLines(r.out);
        QCOMPARE(o.size(), 18); // ImageJ's 17 and Huang2
        int checked = 0;
        for (const QJsonObject& line : o) {
            const QString method = line.value(QStringLiteral("method")).toString();
            QVERIFY(line.contains(QStringLiteral("lower")) && line.contains(QStringLiteral("upper")));
            if (ref.contains(method)) {
                QCOMPARE(line.value(QStringLiteral("lower")).toDouble(), ref.value(method));
                ++checked;
            }
        }
        QCOMPARE(checked, 17); // every method except Huang2, which ImageJ 1.53t does not have
    }

    void defaultAndIJIsoDataNames_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("reported");
        QTest::addColumn<bool>("dark");
        for (bool dark : {true, false}) {
            const char* bg = dark ? " dark" : " light";
            QTest::newRow(QByteArray("Default").append(bg).constData()) << "Default"
                                                                        << "Default" << dark;
            QTest::newRow(QByteArray("default").append(bg).constData()) << "default"
                                                                        << "Default" << dark;
            QTest::newRow(QByteArray("IJ_IsoData").append(bg).constData()) << "IJ_IsoData"
                                                                           << "IJ_IsoData" << dark;
            QTest::newRow(QByteArray("ij_isodata").append(bg).constData()) << "ij_isodata"
                                                                           << "IJ_IsoData" << dark;
        }
    }
    void defaultAndIJIsoDataNames()
    {
        // Both of ImageJ's names are accepted and reported as asked. They are two methods in ImageJ 1.53t (Default
        // caps the mode first): corpus image c0226 is one where ImageJ's answers differ (176 vs 177).
        QFETCH(QString, asked);
        QFETCH(QString, reported);
        QFETCH(bool, dark);
        const cv::Mat plane = corpus8Bit(QStringLiteral("c0226"));
        QVERIFY(!plane.empty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c0226.tif"));
        Expected<Image> image = Image::fromPlane(plane);
        QVERIFY(image.isOk());
        TiffWriter writer;
        QVERIFY(writer.write(image.value(), path).isOk());
        QStringList args{path, QStringLiteral("--method"), asked};
        if (!dark) {
            args << QStringLiteral("--light-background");
        }
        const CliRun r = runThreshold(args);
        QCOMPARE(r.status, int(CliOk));
        const QList<QJsonObject> o = jsonLines(r.out);
        QCOMPARE(o.size(), 1);
        QCOMPARE(o[0].value(QStringLiteral("method")).toString(), reported);
        const auto [lower, upper] = corpusImageJ(QStringLiteral("c0226"), reported, dark);
        QCOMPARE(o[0].value(QStringLiteral("lower")).toDouble(), lower);
        QCOMPARE(o[0].value(QStringLiteral("upper")).toDouble(), upper);
        const auto other = corpusImageJ(
            QStringLiteral("c0226"),
            reported == QLatin1String("Default") ? QStringLiteral("IJ_IsoData") : QStringLiteral("Default"), dark);
        QVERIFY(other.first != lower || other.second != upper); // the two names really are two answers here

        // segment accepts both names too, and reports the method it thresholded with.
        const CliRun s = test::runCliWith({QStringLiteral("segment"), path, QStringLiteral("--method"), asked,
                                           QStringLiteral("--out"), dir.filePath(QStringLiteral("t.csv"))});
        QCOMPARE(s.status, int(CliOk));
        QCOMPARE(QJsonDocument::fromJson(s.out.toUtf8()).object().value(QStringLiteral("method")).toString(), reported);
    }

    void fullHistogramAndPlaneOptions()
    {
        const CliRun r =
            runThreshold({dataDir + QStringLiteral("/synthetic/hyperstack.tif"), QStringLiteral("--method"),
                          QStringLiteral("Otsu"), QStringLiteral("--channel"), QStringLiteral("2"),
                          QStringLiteral("--slice"), QStringLiteral("3"), QStringLiteral("--full-histogram")});
        QCOMPARE(r.status, int(CliOk));
        const QList<QJsonObject> o = jsonLines(r.out);
        QCOMPARE(o.size(), 1);
        QCOMPARE(o[0].value(QStringLiteral("histogram")).toString(), QStringLiteral("full"));
        QCOMPARE(o[0].value(QStringLiteral("channel")).toInt(), 2);
        QCOMPARE(o[0].value(QStringLiteral("slice")).toInt(), 3);
        QCOMPARE(o[0].value(QStringLiteral("upper")).toDouble(), 65535.0);
        QVERIFY(o[0].value(QStringLiteral("lower")).toDouble() > 0);
    }

    void lightBackground()
    {
        const CliRun r = runThreshold({dataDir + QStringLiteral("/synthetic/textures8.tif"), QStringLiteral("--method"),
                                       QStringLiteral("Default"), QStringLiteral("--light-background")});
        QCOMPARE(r.status, int(CliOk));
        const QList<QJsonObject> o = jsonLines(r.out);
        QCOMPARE(o.size(), 1);
        QCOMPARE(o[0].value(QStringLiteral("lower")).toDouble(), 0.0);
        const double darkLower = referenceLower(QStringLiteral("textures8.tif")).value(QStringLiteral("Default"));
        QCOMPARE(o[0].value(QStringLiteral("upper")).toDouble(), darkLower - 1);
        QCOMPARE(o[0].value(QStringLiteral("darkBackground")).toBool(), false);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        const QString img = dataDir + QStringLiteral("/synthetic/textures8.tif");
        QTest::newRow("unknown method") << QStringList{img, QStringLiteral("--method"), QStringLiteral("Bogus")}
                                        << int(CliUsage);
        QTest::newRow("no image") << QStringList{QStringLiteral("--method"), QStringLiteral("Otsu")} << int(CliUsage);
        QTest::newRow("bad channel") << QStringList{img, QStringLiteral("--channel"), QStringLiteral("2")}
                                     << int(CliUsage);
        QTest::newRow("missing file") << QStringList{dataDir + QStringLiteral("/nope.tif")} << int(CliError);
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        const CliRun r = runThreshold(args);
        QCOMPARE(r.status, status);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void helpListsMethods()
    {
        const CliRun r = runThreshold({QStringLiteral("--help")});
        QCOMPARE(r.status, int(CliOk));
        QVERIFY(r.out.contains(QStringLiteral("RenyiEntropy")));
        QVERIFY(r.out.contains(QStringLiteral("--full-histogram")));
    }
};

QTEST_GUILESS_MAIN(TestCliThreshold)
#include "TestCliThreshold.moc"
