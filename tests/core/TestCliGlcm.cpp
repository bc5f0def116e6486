// tessera-cli glcm, run in-process: reproduces the reference CSV end to end (ROI file → CSV), and checks the
// defaults, the options, the ROI file formats and the error handling (clipped, outside, no pairs, bad arguments).
#include "tests/core/CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace tessera;
using tessera::test::CliRun;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

/** tessera-cli glcm with args (the arguments after the command name), run in-process. */
CliRun runGlcm(const QStringList& args)
{
    return test::runCliWith(QStringList{QStringLiteral("glcm")} + args);
}

/** CSV (CRLF or LF) without quoted commas (the test ROI names have none) → rows of fields; row 0 is the header. */
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    for (QString line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        rows.append(line.split(QLatin1Char(',')));
    }
    return rows;
}

bool closeEnough(double actual, double expected)
{
    if (std::isnan(expected) || std::isnan(actual)) {
        return std::isnan(expected) && std::isnan(actual);
    }
    return std::abs(actual - expected) <= std::max(1e-9 * std::abs(expected), 1e-12);
}

const QString still = dataDir + QStringLiteral("/pyimagej_test_still.tif");
} // namespace

class TestCliGlcm : public QObject
{
    Q_OBJECT
private slots:
    /** The reference ROIs read from glcm_rois.json, at every (levels, distance) of the reference CSV. */
    void reproducesReferenceCsv_data()
    {
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("distance");
        QTest::newRow("128/7") << 128 << 7;
        QTest::newRow("32/1") << 32 << 1;
        QTest::newRow("64/2") << 64 << 2;
    }
    void reproducesReferenceCsv()
    {
        QFETCH(int, levels);
        QFETCH(int, distance);
        const CliRun r = runGlcm({still, QStringLiteral("--rois"),
                                  dataDir + QStringLiteral("/reference/glcm_rois.json"), QStringLiteral("--levels"),
                                  QString::number(levels), QStringLiteral("--distance"), QString::number(distance)});
        QCOMPARE(r.status, 0);
        const QList<QStringList> out = parseCsv(r.out);
        QFile file(dataDir + QStringLiteral("/reference/glcm_reference.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QList<QStringList> ref = parseCsv(QString::fromUtf8(file.readAll()));
        const QStringList& oh = out.front();
        const QStringList& rh = ref.front();
        int matched = 0;
        for (const QStringList& row : ref.mid(1)) {
            if (row[rh.indexOf(QStringLiteral("levels"))].toInt() != levels ||
                row[rh.indexOf(QStringLiteral("distance"))].toInt() != distance) {
                continue;
            }
            const QString roi = row[rh.indexOf(QStringLiteral("roi"))];
            const QString orientation = row[rh.indexOf(QStringLiteral("orientation"))];
            auto it = std::find_if(out.begin() + 1, out.end(), [&](const QStringList& o) {
                return o[0] == roi && o[2] == orientation && o[1].toInt() == distance;
            });
            QVERIFY2(it != out.end(), qPrintable(roi + QLatin1Char(' ') + orientation));
            QCOMPARE((*it)[3], row[rh.indexOf(QStringLiteral("pairs"))]);
            for (int k = rh.indexOf(QStringLiteral("pairs")) + 1; k < rh.size(); ++k) {
                const int col = oh.indexOf(rh[k]);
                QVERIFY2(col >= 0, qPrintable(rh[k]));
                QVERIFY2(
                    closeEnough((*it)[col].toDouble(), row[k].toDouble()),
                    qPrintable(QStringLiteral("%1 %2 %3: %4 vs %5").arg(roi, orientation, rh[k], (*it)[col], row[k])));
            }
            ++matched;
        }
        QCOMPARE(matched, 40); // 8 ROIs × (4 orientations + MEAN)
        QCOMPARE(out.size(), 1 + 40);
    }

    void defaultsToWholePlane()
    {
        const CliRun r = runGlcm({dataDir + QStringLiteral("/imagej-ops_haralick_test_img.tif")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        const QList<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 6);
        const QStringList header = rows.front();
        QCOMPARE(header.mid(0, 4), (QStringList{QStringLiteral("roi"), QStringLiteral("distance [px]"),
                                                QStringLiteral("orientation"), QStringLiteral("pairs")}));
        const QStringList features{QStringLiteral("ASM"),
                                   QStringLiteral("ClusterProminence"),
                                   QStringLiteral("ClusterShade"),
                                   QStringLiteral("Contrast"),
                                   QStringLiteral("Correlation"),
                                   QStringLiteral("DifferenceEntropy"),
                                   QStringLiteral("DifferenceVariance"),
                                   QStringLiteral("Entropy"),
                                   QStringLiteral("ICM1"),
                                   QStringLiteral("ICM2"),
                                   QStringLiteral("IFDM"),
                                   QStringLiteral("MaxProbability"),
                                   QStringLiteral("SumAverage"),
                                   QStringLiteral("SumEntropy"),
                                   QStringLiteral("SumVariance"),
                                   QStringLiteral("TextureHomogeneity"),
                                   QStringLiteral("Variance"),
                                   QStringLiteral("Dissimilarity"),
                                   QStringLiteral("Energy")};
        QCOMPARE(header.mid(4, 19), features);
        const QStringList orientations{QStringLiteral("HORIZONTAL"), QStringLiteral("VERTICAL"),
                                       QStringLiteral("DIAGONAL"), QStringLiteral("ANTIDIAGONAL"),
                                       QStringLiteral("MEAN")};
        for (int k = 1; k < rows.size(); ++k) {
            QCOMPARE(rows[k][0], QStringLiteral("image"));
            QCOMPARE(rows[k][1], QStringLiteral("1"));
            QCOMPARE(rows[k][2], orientations[k - 1]);
            QCOMPARE(rows[k][header.indexOf(QStringLiteral("rangeMin"))], QStringLiteral("1.0"));
            QCOMPARE(rows[k][header.indexOf(QStringLiteral("rangeMax"))], QStringLiteral("254.0"));
        }
        QCOMPARE(rows[1][3], QStringLiteral("380"));  // 19 × 20 horizontal pairs
        QCOMPARE(rows[5][3], QStringLiteral("1482")); // 380 + 380 + 361 + 361
    }

    void optionsShapeTheTable()
    {
        const CliRun r =
            runGlcm({still, QStringLiteral("--roi"), QStringLiteral("a=10,10,30,30"), QStringLiteral("--oval"),
                     QStringLiteral("b=50,50,40,20"), QStringLiteral("--distance"), QStringLiteral("1,3"),
                     QStringLiteral("--orientations"), QStringLiteral("VERTICAL,diagonal"),
                     QStringLiteral("--convention"), QStringLiteral("haralick"), QStringLiteral("--range"),
                     QStringLiteral("type"), QStringLiteral("--levels"), QStringLiteral("16")});
        QCOMPARE(r.status, 0);
        const QList<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 1 + 2 * 2 * 3);
        QCOMPARE(rows[1].mid(0, 3),
                 (QStringList{QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("VERTICAL")}));
        QCOMPARE(rows[2][2], QStringLiteral("DIAGONAL"));
        QCOMPARE(rows[3][2], QStringLiteral("MEAN"));
        QCOMPARE(rows[4][1], QStringLiteral("3"));
        QCOMPARE(rows[1][3], QStringLiteral("870")); // 30 × 29 vertical pairs
        const int rangeMax = rows[0].indexOf(QStringLiteral("rangeMax"));
        QCOMPARE(rows[1][rangeMax], QStringLiteral("65535.0"));
    }

    /** --with-range adds RANGE rows: max − min over the orientation rows of the same ROI and distance. */
    void rangeRowsOnRequest()
    {
        const CliRun r = runGlcm({still, QStringLiteral("--roi"), QStringLiteral("a=100,100,40,40"),
                                  QStringLiteral("--with-range"), QStringLiteral("--distance"), QStringLiteral("2")});
        QCOMPARE(r.status, 0);
        const QList<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 1 + 6);
        QCOMPARE(rows[5][2], QStringLiteral("MEAN"));
        QCOMPARE(rows[6][2], QStringLiteral("RANGE"));
        for (int col = 4; col < 4 + 19; ++col) {
            double lo = qInf();
            double hi = -qInf();
            double sum = 0;
            for (int k = 1; k <= 4; ++k) {
                const double v = rows[k][col].toDouble();
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                sum += v;
            }
            QVERIFY2(closeEnough(rows[6][col].toDouble(), hi - lo), qPrintable(rows[0][col]));
            QVERIFY2(closeEnough(rows[5][col].toDouble(), sum / 4), qPrintable(rows[0][col]));
        }
        QCOMPARE(parseCsv(runGlcm({still, QStringLiteral("--roi"), QStringLiteral("a=100,100,40,40")}).out).size(), 6);
    }

    void roiFilesJsonAndCsvAgree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csvPath = dir.filePath(QStringLiteral("rois.csv"));
        const QString jsonPath = dir.filePath(QStringLiteral("rois.json"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,x,y,w,h,shape\ncell,20,30,40,40\noval,100,100,60,40,ellipse\n");
        csv.close();
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"rois":[{"name":"cell","x":20,"y":30,"w":40,"h":40},)"
                   R"({"name":"oval","shape":"ellipse","x":100,"y":100,"w":60,"h":40}]})");
        json.close();
        const CliRun a = runGlcm({still, QStringLiteral("--rois"), csvPath});
        const CliRun b = runGlcm({still, QStringLiteral("--rois"), jsonPath});
        const CliRun c = runGlcm({still, QStringLiteral("--roi"), QStringLiteral("cell=20,30,40,40"),
                                  QStringLiteral("--oval"), QStringLiteral("oval=100,100,60,40")});
        QCOMPARE(a.status, 0);
        QCOMPARE(a.out, b.out);
        QCOMPARE(a.out, c.out);
        QCOMPARE(parseCsv(a.out).size(), 11);
        // --out writes the same bytes to a file.
        const QString outPath = dir.filePath(QStringLiteral("out.csv"));
        const CliRun d = runGlcm({still, QStringLiteral("--rois"), jsonPath, QStringLiteral("--out"), outPath});
        QCOMPARE(d.status, 0);
        QVERIFY(d.out.isEmpty());
        QFile written(outPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), a.out);
    }

    /** The table options every table-writing command shares: sidecar by default, none for stdout, or none at all,
     *  or the comment header; the sidecar records the ROI file with its SHA-256 and the parameters. */
    void tableOptionsAndSidecar_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("toStdout");
        QTest::addColumn<bool>("sidecar");
        QTest::addColumn<bool>("comment");
        QTest::newRow("default") << QStringList() << false << true << false;
        QTest::newRow("european") << QStringList{QStringLiteral("--european")} << false << true << false;
        QTest::newRow("no sidecar") << QStringList{QStringLiteral("--no-sidecar")} << false << false << false;
        QTest::newRow("comment header") << QStringList{QStringLiteral("--comment-header")} << false << false << true;
        QTest::newRow("stdout") << QStringList() << true << false << false;
        QTest::newRow("stdout comment header")
            << QStringList{QStringLiteral("--comment-header")} << true << false << true;
    }
    void tableOptionsAndSidecar()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, toStdout);
        QFETCH(bool, sidecar);
        QFETCH(bool, comment);
        QTemporaryDir dir;
        const QString rois = dir.filePath(QStringLiteral("rois.json"));
        QFile json(rois);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"rois":[{"name":"cell","x":20,"y":30,"w":40,"h":40}]})");
        json.close();
        const QString out = dir.filePath(QStringLiteral("t.csv"));
        const CliRun r =
            runGlcm(QStringList{still, QStringLiteral("--rois"), rois, QStringLiteral("--levels"), QStringLiteral("16"),
                                QStringLiteral("--out"), toStdout ? QStringLiteral("-") : out} +
                    options);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(QFile::exists(out + QStringLiteral(".json")), sidecar);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1 + (toStdout ? 0 : 1) + (sidecar ? 1 : 0));
        QByteArray bytes = r.out.toUtf8();
        if (!toStdout) {
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes = f.readAll();
        }
        QCOMPARE(bytes.startsWith("# {"), comment);
        const bool european = options.contains(QStringLiteral("--european"));
        QVERIFY(bytes.contains(european ? "\r\ncell;1;HORIZONTAL;" : "\r\ncell,1,HORIZONTAL,"));
        if (sidecar) {
            QFile f(out + QStringLiteral(".json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            QCOMPARE(o.value(QStringLiteral("analysis")).toString(), QStringLiteral("glcm"));
            QCOMPARE(o.value(QStringLiteral("tessera")).toObject().value(QStringLiteral("program")).toString(),
                     QStringLiteral("tessera-cli glcm"));
            const QJsonObject roiFile =
                o.value(QStringLiteral("regions")).toObject().value(QStringLiteral("roiFile")).toObject();
            QCOMPARE(roiFile.value(QStringLiteral("path")).toString(), QFileInfo(rois).absoluteFilePath());
            QCOMPARE(roiFile.value(QStringLiteral("sha256")).toString().size(), 64);
            const QJsonObject parameters = o.value(QStringLiteral("parameters")).toObject();
            QCOMPARE(parameters.value(QStringLiteral("levels")).toInt(), 16);
            QCOMPARE(parameters.value(QStringLiteral("convention")).toString(), QStringLiteral("imagej"));
            QCOMPARE(parameters.value(QStringLiteral("orientations")).toArray().size(), 4);
            QCOMPARE(o.value(QStringLiteral("table"))
                         .toObject()
                         .value(QStringLiteral("format"))
                         .toObject()
                         .value(QStringLiteral("separator")),
                     QJsonValue(european ? QStringLiteral(";") : QStringLiteral(",")));
        }
    }

    /** The sidecar is an output too: it may not overwrite an input. */
    void sidecarMayNotOverwriteAnInput()
    {
        QTemporaryDir dir;
        const QString rois = dir.filePath(QStringLiteral("t.csv.json"));
        QFile json(rois);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"rois":[{"name":"cell","x":20,"y":30,"w":40,"h":40}]})");
        json.close();
        const CliRun r = runGlcm(
            {still, QStringLiteral("--rois"), rois, QStringLiteral("--out"), dir.filePath(QStringLiteral("t.csv"))});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QLatin1String("sidecar")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t.csv"))));
        const CliRun ok = runGlcm({still, QStringLiteral("--rois"), rois, QStringLiteral("--no-sidecar"),
                                   QStringLiteral("--out"), dir.filePath(QStringLiteral("t.csv"))});
        QCOMPARE(ok.status, 0);
    }

    void clippedOutsideAndPairlessRois()
    {
        const CliRun r = runGlcm({still, QStringLiteral("--roi"), QStringLiteral("edge=280,280,50,50"),
                                  QStringLiteral("--roi"), QStringLiteral("outside=400,400,10,10"),
                                  QStringLiteral("--roi"), QStringLiteral("line=5,5,1,30")});
        QCOMPARE(r.status, 2); // rows with an error: exit status 2, although the other ROIs were measured
        QVERIFY(r.err.contains(QStringLiteral("\"edge\"")) && r.err.contains(QStringLiteral("clipped")));
        QVERIFY(r.err.contains(QStringLiteral("\"outside\"")));
        const QList<QStringList> rows = parseCsv(r.out);
        const int error = rows[0].indexOf(QStringLiteral("error"));
        QCOMPARE(rows.size(), 1 + 3 * 5);
        QCOMPARE(rows[1][3], QStringLiteral("380")); // clipped to 20×20: 19 × 20 pairs
        for (int k = 6; k <= 10; ++k) {
            QCOMPARE(rows[k][0], QStringLiteral("outside"));
            QCOMPARE(rows[k][3], QStringLiteral("0"));
            QVERIFY(rows[k][4].isEmpty()); // no silent zero
            QVERIFY(!rows[k][error].isEmpty());
        }
        // A one-pixel-wide column has vertical pairs only.
        QCOMPARE(rows[11][2], QStringLiteral("HORIZONTAL"));
        QCOMPARE(rows[11][3], QStringLiteral("0"));
        QVERIFY(rows[11][4].isEmpty());
        QCOMPARE(rows[12][3], QStringLiteral("29"));
        QVERIFY(!rows[12][4].isEmpty());
        QCOMPARE(rows[12][rows[0].indexOf(QStringLiteral("lowPairCount"))], QStringLiteral("true"));
        QVERIFY(r.err.contains(QStringLiteral("no pixel pair")));

        const CliRun only = runGlcm({still, QStringLiteral("--roi"), QStringLiteral("outside=400,400,10,10")});
        QCOMPARE(only.status, 2);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("levels 1") << QStringList{still, QStringLiteral("--levels"), QStringLiteral("1")};
        QTest::newRow("levels text") << QStringList{still, QStringLiteral("--levels"), QStringLiteral("many")};
        QTest::newRow("distance 0") << QStringList{still, QStringLiteral("--distance"), QStringLiteral("0")};
        QTest::newRow("orientation") << QStringList{still, QStringLiteral("--orientations"), QStringLiteral("UP")};
        QTest::newRow("convention") << QStringList{still, QStringLiteral("--convention"), QStringLiteral("cp")};
        QTest::newRow("range") << QStringList{still, QStringLiteral("--range"), QStringLiteral("9:3")};
        QTest::newRow("roi syntax") << QStringList{still, QStringLiteral("--roi"), QStringLiteral("a=1,2,3")};
        QTest::newRow("roi size") << QStringList{still, QStringLiteral("--roi"), QStringLiteral("a=1,2,0,5")};
        QTest::newRow("no image") << QStringList{};
        QTest::newRow("channel") << QStringList{still, QStringLiteral("--channel"), QStringLiteral("2")};
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        const CliRun r = runGlcm(args);
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    /**
     * The rule: every ROI gets its rows (a failed one with empty features and the reason in the error column, and on
     * stderr), written to stdout or --out alike; exit status 2 when any row has an error, 0 otherwise.
     */
    void failedRoisGiveRowsAndStatus2_data()
    {
        QTest::addColumn<QStringList>("rois");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("failed"); // ROI names whose rows carry an error
        const QString good = QStringLiteral("good=10,10,40,40");
        const QString clipped = QStringLiteral("edge=280,280,50,50");
        const QString outside = QStringLiteral("outside=400,400,10,10");
        const QString line = QStringLiteral("line=5,5,1,30");
        QTest::newRow("good") << QStringList{good} << 0 << QStringList{};
        QTest::newRow("clipped is a warning") << QStringList{clipped} << 0 << QStringList{};
        QTest::newRow("good and outside") << QStringList{good, outside} << 2 << QStringList{QStringLiteral("outside")};
        QTest::newRow("outside and good") << QStringList{outside, good} << 2 << QStringList{QStringLiteral("outside")};
        QTest::newRow("outside only") << QStringList{outside} << 2 << QStringList{QStringLiteral("outside")};
        QTest::newRow("good and no pairs") << QStringList{good, line} << 2 << QStringList{QStringLiteral("line")};
    }
    void failedRoisGiveRowsAndStatus2()
    {
        QFETCH(QStringList, rois);
        QFETCH(int, status);
        QFETCH(QStringList, failed);
        QStringList args{still};
        for (const QString& roi : rois) {
            args << QStringLiteral("--roi") << roi;
        }
        QTemporaryDir dir;
        const QString outPath = dir.filePath(QStringLiteral("glcm.csv"));
        const CliRun r = runGlcm(args);
        const CliRun toFile = runGlcm(args + QStringList{QStringLiteral("--out"), outPath});
        QCOMPARE(r.status, status);
        QCOMPARE(toFile.status, status);
        QFile written(outPath);
        QVERIFY(written.open(QIODevice::ReadOnly)); // the CSV is written whatever the status
        QCOMPARE(QString::fromUtf8(written.readAll()), r.out);
        const QList<QStringList> rows = parseCsv(r.out);
        const int error = rows[0].indexOf(QStringLiteral("error"));
        QCOMPARE(rows.size(), 1 + 5 * rois.size()); // 4 orientations + MEAN per ROI
        QStringList seen;
        for (int k = 1; k < rows.size(); ++k) {
            seen << rows[k][0];
            const bool isFailed = failed.contains(rows[k][0]);
            if (!isFailed) {
                QVERIFY2(rows[k][error].isEmpty(), qPrintable(rows[k].join(QLatin1Char(','))));
                QVERIFY(!rows[k][4].isEmpty());
            } else if (rows[k][2] == QLatin1String("MEAN") || rows[k][3] == QLatin1String("0")) {
                QVERIFY2(!rows[k][error].isEmpty(), qPrintable(rows[k].join(QLatin1Char(','))));
                QVERIFY(rows[k][4].isEmpty());
            }
        }
        seen.removeDuplicates();
        QCOMPARE(seen.size(), rois.size()); // every ROI has rows, in the order given
        for (const QString& name : failed) {
            QVERIFY2(r.err.contains(QStringLiteral("\"%1\"").arg(name)), qPrintable(r.err));
        }
    }
    void fractionalCoordinatesAreRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("--roi x") << QStringLiteral("--roi") << QStringLiteral("a=1.5,0,10,10");
        QTest::newRow("--roi w") << QStringLiteral("--roi") << QStringLiteral("a=1,0,10.25,10");
        QTest::newRow("--oval h") << QStringLiteral("--oval") << QStringLiteral("a=1,0,10,9.5");
        QTest::newRow("csv file") << QStringLiteral("--rois") << QStringLiteral("csv:a,0,0.5,10,10");
        QTest::newRow("json file") << QStringLiteral("--rois")
                                   << QStringLiteral(R"(json:{"rois":[{"name":"a","x":0,"y":0,"w":10.5,"h":10}]})");
    }
    void fractionalCoordinatesAreRefused()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QTemporaryDir dir;
        if (value.startsWith(QLatin1String("csv:")) || value.startsWith(QLatin1String("json:"))) {
            const QString path = dir.filePath(value.startsWith(QLatin1String("csv:")) ? QStringLiteral("r.csv")
                                                                                      : QStringLiteral("r.json"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(value.section(QLatin1Char(':'), 1).toUtf8());
            f.close();
            value = path;
        }
        const CliRun r = runGlcm({still, option, value});
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("whole pixels")), qPrintable(r.err));
        // Whole numbers written as decimals are whole pixels.
        const CliRun whole = runGlcm({still, QStringLiteral("--roi"), QStringLiteral("a=1.0,0,10,10.000")});
        QCOMPARE(whole.status, 0);
    }
    void helpDocumentsTheFailureRule()
    {
        const CliRun r = runGlcm({QStringLiteral("--help")});
        QVERIFY(r.out.simplified().contains(QStringLiteral("whole pixels")));
        QVERIFY(r.out.simplified().contains(QStringLiteral("exit status is 2 when any row has an error")));
    }

    void helpDocumentsRoiFiles()
    {
        const CliRun r = runGlcm({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("--rois")));
        QVERIFY(r.out.contains(QStringLiteral("name,x,y,w,h")));
        QVERIFY(r.out.contains(QStringLiteral("haralick")));
    }
};

QTEST_GUILESS_MAIN(TestCliGlcm)
#include "TestCliGlcm.moc"
