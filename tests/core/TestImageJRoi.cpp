// core/roi/ImageJRoi and ZipArchive: ImageJ .roi files and RoiSet.zip (issue 10).
// (1) A set and single files written by ImageJ 1.53t (tests/tools/imagej_rois/make_set.ijm) read with the names,
//     types, coordinates, positions and classes ImageJ itself reads back (imagej_rois.csv), and with the areas
//     ImageJ measured. (2) Tessera → file → Tessera is exact. (3) The set Tessera wrote (tessera_set.zip, still what
//     the writer produces) opened in ImageJ gave the names and measured areas in imagej_of_tessera.csv.
// (4) Damaged files and zip archives fail with a message, never a crash. (5) tessera-cli reads and writes them.

#include "core/roi/ImageJRoi.h"
#include "core/roi/RoiFile.h"
#include "core/roi/ZipArchive.h"
#include "tests/core/CliTestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace tessera;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tessera::Roi)

namespace {
const QString kDir = QStringLiteral(TESSERA_TEST_DATA "/imagej_rois/");
const cv::Size kCanvas(200, 160); // the image both macros measure on

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Rows of a macro's CSV as header → value maps (no field holds a comma). */
QList<QHash<QString, QString>> readCsv(const QString& path)
{
    QList<QHash<QString, QString>> rows;
    const QStringList lines = QString::fromUtf8(readAll(path)).split(u'\n', Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(u',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(u',');
        QHash<QString, QString> row;
        for (qsizetype k = 0; k < header.size(); ++k) {
            row.insert(header[k], f.value(k));
        }
        rows.append(row);
    }
    return rows;
}

/** ImageJ's Roi.getType name of a Tessera ROI. */
QString imagejType(const Roi& roi)
{
    switch (roi.shape) {
    case RoiShape::Rectangle:
        return u"rectangle"_s;
    case RoiShape::Ellipse:
        return u"oval"_s;
    case RoiShape::Polygon:
        return roi.outline == RoiOutline::Freehand ? u"freehand"_s
               : roi.outline == RoiOutline::Traced ? u"traced"_s
                                                   : u"polygon"_s;
    case RoiShape::Line:
        return roi.outline == RoiOutline::Freehand ? u"freeline"_s
               : roi.vertices.size() == 2          ? u"line"_s
                                                   : u"polyline"_s;
    case RoiShape::Points:
        return u"point"_s;
    }
    return {};
}

/** ImageJ's colour text ("none", "#rrggbb", "#aarrggbb") as 0xAARRGGBB. */
quint32 imagejColor(const QString& text)
{
    if (text == QLatin1String("none")) {
        return 0;
    }
    const quint32 v = text.mid(1).toUInt(nullptr, 16);
    return text.size() == 7 ? 0xff000000u | v : v;
}

std::vector<double> numbers(const QString& text)
{
    std::vector<double> out;
    for (const QString& s : text.split(u' ', Qt::SkipEmptyParts)) {
        out.push_back(s.toDouble());
    }
    return out;
}

/**
 * The pixels ImageJ 1.53t measures for roi: a rectangle or oval with subpixel bounds is measured on its integer
 * bounds ((int) x, (int) y, ceil(w), ceil(h); Roi(double...) and OvalRoi.getMask()), everything else as it is.
 */
int imagejArea(const Roi& roi)
{
    Roi measured = roi;
    if (!roi.hasVertices()) {
        const QRectF b = roi.bounds;
        measured.bounds = QRectF(std::trunc(b.x()), std::trunc(b.y()), std::ceil(b.width()), std::ceil(b.height()));
    }
    const Expected<RoiMask> mask = rasterize(measured, kCanvas);
    return mask.isOk() ? mask->pixelCount() : -1;
}

double polylineLength(const Roi& roi)
{
    double sum = 0;
    for (size_t i = 1; i < roi.vertices.size(); ++i) {
        sum += std::hypot(roi.vertices[i].x() - roi.vertices[i - 1].x(), roi.vertices[i].y() - roi.vertices[i - 1].y());
    }
    return sum;
}

/** A valid .roi to damage. */
QByteArray polygonRoi()
{
    return encodeImageJRoi(Roi::polygon(u"p"_s, {{1.5, 2}, {10, 2}, {5, 9.25}})).value();
}

void put32be(QByteArray& d, int at, quint32 v)
{
    for (int k = 0; k < 4; ++k) {
        d[at + k] = char((v >> (24 - 8 * k)) & 0xff);
    }
}

void put32le(QByteArray& d, qsizetype at, quint32 v)
{
    for (int k = 0; k < 4; ++k) {
        d[at + k] = char((v >> (8 * k)) & 0xff);
    }
}

Roi styled(Roi roi, quint32 color, int c, int z, int t, int position, const QString& className = {})
{
    roi.color = color;
    roi.channel = c;
    roi.slice = z;
    roi.frame = t;
    roi.stackPosition = position;
    roi.className = className;
    return roi;
}
} // namespace

class TestImageJRoi : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatImageJWrote_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("index");
        QTest::addColumn<QVariant>("row");
        const auto rows = readCsv(kDir + u"imagej_rois.csv"_s);
        QVERIFY(rows.size() >= 18);
        for (const auto& row : rows) {
            QTest::newRow(qPrintable(row[u"file"_s] + u" › "_s + row[u"name"_s]))
                << row[u"file"_s] << row[u"index"_s].toInt() << QVariant::fromValue(row);
        }
    }

    void readsWhatImageJWrote()
    {
        QFETCH(QString, file);
        QFETCH(int, index);
        QFETCH(QVariant, row);
        const auto r = row.value<QHash<QString, QString>>();
        QStringList warnings;
        const Expected<std::vector<Roi>> rois = readRoiFile(kDir + file, &warnings);
        QVERIFY2(rois.isOk(), qPrintable(rois.status().message()));
        QVERIFY(index < int(rois->size()));
        const Roi& roi = rois->at(size_t(index));
        QCOMPARE(roi.name, r[u"name"_s]);
        QCOMPARE(imagejType(roi), r[u"type"_s]);
        const double eps = 1e-6;
        if (roi.hasVertices()) {
            const std::vector<double> xs = numbers(r[u"xs"_s]), ys = numbers(r[u"ys"_s]);
            QCOMPARE(roi.vertices.size(), xs.size());
            for (size_t i = 0; i < xs.size(); ++i) {
                QVERIFY2(std::abs(roi.vertices[i].x() - xs[i]) < eps && std::abs(roi.vertices[i].y() - ys[i]) < eps,
                         qPrintable(u"vertex %1"_s.arg(i)));
            }
        } else {
            const QRectF b = roi.bounds;
            QVERIFY(std::abs(b.x() - r[u"x"_s].toDouble()) < eps && std::abs(b.y() - r[u"y"_s].toDouble()) < eps);
            QVERIFY(std::abs(b.width() - r[u"w"_s].toDouble()) < eps &&
                    std::abs(b.height() - r[u"h"_s].toDouble()) < eps);
        }
        // Roi.getPosition reports a plain stack position P as (0, P, 0).
        QCOMPARE(roi.channel, r[u"c"_s].toInt());
        QCOMPARE(roi.slice ? roi.slice : roi.stackPosition, r[u"z"_s].toInt());
        QCOMPARE(roi.frame, r[u"t"_s].toInt());
        const int group = r[u"group"_s].toInt();
        QCOMPARE(roi.className, r[u"class"_s].isEmpty() && group > 0 ? u"group %1"_s.arg(group) : r[u"class"_s]);
        if (group == 0) { // ImageJ shows a group's colour instead of the stored one
            QCOMPARE(roi.color, imagejColor(r[u"color"_s]));
        }
        if (roi.hasArea() && file != QLatin1String("rounded_rect.roi")) {
            QCOMPARE(imagejArea(roi), qRound(r[u"area"_s].toDouble()));
        }
        if (file == QLatin1String("rounded_rect.roi")) {
            QVERIFY2(warnings.join(u' ').contains(u"rounded corners"_s), qPrintable(warnings.join(u' ')));
        }
    }

    void roundTripIsExact_data()
    {
        QTest::addColumn<Roi>("roi");
        QTest::newRow("rect") << Roi::rectangle(u"r"_s, 3, 4, 50, 60);
        QTest::newRow("rect subpixel, colour, c/z/t")
            << styled(Roi::rectangle(u"Zelle ü €"_s, 3.25, 4.5, 50.75, 0.5), 0x80ff1020u, 2, 7, 3, 0);
        QTest::newRow("oval at negative coordinates") << Roi::ellipse(u"o"_s, -20.5, -3, 41, 17.125);
        QTest::newRow("oval with class and position")
            << styled(Roi::ellipse(u"o"_s, 100, 200, 30, 30), 0, 0, 0, 0, 12, u"nucleus: a\\b\nc"_s);
        QTest::newRow("group class") << styled(Roi::ellipse(u"g"_s, 1, 1, 3, 3), 0, 0, 0, 0, 0, u"group 7"_s);
        QTest::newRow("polygon whole") << Roi::polygon(u"p"_s, {{0, 0}, {30000, 5}, {7, 32000}});
        QTest::newRow("polygon subpixel")
            << styled(Roi::polygon(u"p"_s, {{1.5, 2.25}, {10.125, -2}, {-5.75, 9}}), 0xff00ff00u, 0, 0, 2, 0);
        Roi freehand = Roi::polygon(u"f"_s, {{10, 10}, {20, 12}, {18, 25}, {9, 20}});
        freehand.outline = RoiOutline::Freehand;
        QTest::newRow("freehand") << freehand;
        Roi traced = Roi::polygon(u"t"_s, {{1, 1}, {4, 1}, {4, 3}, {1, 3}});
        traced.outline = RoiOutline::Traced;
        QTest::newRow("traced") << traced;
        QTest::newRow("line") << Roi::line(u"l"_s, {{0.5, 1.5}, {100.25, 30}});
        QTest::newRow("line whole") << Roi::line(u"l"_s, {{0, 1}, {100, 30}});
        QTest::newRow("polyline") << Roi::line(u"pl"_s, {{0, 1}, {100, 30}, {50.5, 60}});
        Roi freeline = Roi::line(u"fl"_s, {{0, 1}, {10, 3}});
        freeline.outline = RoiOutline::Freehand;
        QTest::newRow("freeline of 2") << freeline;
        QTest::newRow("one point") << Roi::points(u"pt"_s, {{5, 6}});
        std::vector<QPointF> many;
        for (int i = 0; i < 70000; ++i) {
            many.emplace_back(i % 300 + 0.5, i / 300);
        }
        QTest::newRow("70000 points") << Roi::points(u"many"_s, many);
        QTest::newRow("empty name") << Roi::rectangle(QString(), 1, 2, 3, 4);
    }

    void roundTripIsExact()
    {
        QFETCH(Roi, roi);
        const Expected<QByteArray> data = encodeImageJRoi(roi);
        QVERIFY2(data.isOk(), qPrintable(data.status().message()));
        QStringList warnings;
        const Expected<Roi> back = decodeImageJRoi(data.value(), u"x.roi"_s, u"test"_s, &warnings);
        QVERIFY2(back.isOk(), qPrintable(back.status().message()));
        Roi expected = roi;
        if (expected.name.isEmpty()) {
            expected.name = u"x"_s; // no name in the file: the file name without ".roi"
        }
        QCOMPARE(back.value(), expected);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        // The same through a set on disk.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"set.zip"_s);
        QVERIFY(writeRoiFile(path, {roi, roi}).isOk());
        const Expected<std::vector<Roi>> set = readRoiFile(path);
        QVERIFY2(set.isOk(), qPrintable(set.status().message()));
        QCOMPARE(set->size(), size_t(2));
        if (!roi.name.isEmpty()) {
            QCOMPARE(set->at(0), roi);
            QCOMPARE(set->at(1), roi); // same name twice: entries differ, the names in the headers win
        }
    }

    void refusesWhatImageJCannotHold()
    {
        QVERIFY(!encodeImageJRoi(Roi::rectangle(u"far"_s, 40000, 0, 5, 5)).isOk());
        QVERIFY(!encodeImageJRoi(Roi::rectangle(u"wide"_s, -30000, 0, 40000, 5)).isOk());
        QVERIFY(!encodeImageJRoi(Roi::points(u"none"_s, {})).isOk());
        QTemporaryDir dir;
        const Status two = writeRoiFile(dir.filePath(u"a.roi"_s),
                                        {Roi::rectangle(u"a"_s, 0, 0, 1, 1), Roi::rectangle(u"b"_s, 0, 0, 1, 1)});
        QVERIFY(!two.isOk());
        QVERIFY2(two.message().contains(u".zip"_s), qPrintable(two.message()));
        QVERIFY(!QFile::exists(dir.filePath(u"a.roi"_s)));
    }

    void tesseraSetOpensInImageJ()
    {
        const Expected<std::vector<Roi>> rois = readRoiFile(kDir + u"tessera_rois.json"_s);
        QVERIFY2(rois.isOk(), qPrintable(rois.status().message()));
        // The committed set is what the writer produces today, entry by entry.
        const Expected<std::vector<ZipEntry>> committed = readZip(readAll(kDir + u"tessera_set.zip"_s), u"set"_s);
        const Expected<std::vector<ZipEntry>> now = readZip(imageJRoiSet(rois.value()).value(), u"now"_s);
        QVERIFY(committed.isOk() && now.isOk());
        QCOMPARE(committed->size(), now->size());
        for (size_t i = 0; i < now->size(); ++i) {
            QCOMPARE(committed->at(i).name, now->at(i).name);
            QCOMPARE(committed->at(i).data, now->at(i).data);
        }
        const auto rows = readCsv(kDir + u"imagej_of_tessera.csv"_s);
        QCOMPARE(rows.size(), qsizetype(rois->size()));
        int areas = 0;
        QStringList mismatches;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Roi& roi = rois->at(size_t(i));
            const auto& r = rows[i];
            const QString what = roi.name + u": "_s;
            QVERIFY2(r[u"name"_s] == roi.name, qPrintable(what + r[u"name"_s]));
            QVERIFY2(r[u"type"_s] == imagejType(roi), qPrintable(what + r[u"type"_s]));
            QVERIFY2(r[u"class"_s] == roi.className, qPrintable(what + r[u"class"_s]));
            QVERIFY2(r[u"c"_s].toInt() == roi.channel && r[u"t"_s].toInt() == roi.frame &&
                         r[u"z"_s].toInt() == (roi.slice ? roi.slice : roi.stackPosition),
                     qPrintable(what + r[u"z"_s]));
            if (roi.hasArea()) {
                if (imagejArea(roi) != qRound(r[u"area"_s].toDouble())) {
                    mismatches << what + u"Tessera %1 px, ImageJ %2"_s.arg(imagejArea(roi)).arg(r[u"area"_s]);
                }
                ++areas;
            } else if (roi.shape == RoiShape::Line && roi.outline == RoiOutline::Segments) {
                QVERIFY2(std::abs(polylineLength(roi) - r[u"length"_s].toDouble()) < 1e-6, qPrintable(what));
            } else if (roi.shape == RoiShape::Points) {
                QCOMPARE(r[u"n"_s].toInt(), int(roi.vertices.size()));
            }
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u"; "_s)));
        QVERIFY(areas >= 10);
    }

    void zipRoundTrip()
    {
        QByteArray big(100000, 'a');
        const std::vector<ZipEntry> entries{{u"a.roi"_s, "xyz"}, {u"dir/ü.txt"_s, big}, {u"empty"_s, {}}};
        const Expected<QByteArray> zip = writeZip(entries);
        QVERIFY(zip.isOk());
        QVERIFY(zip->size() < 2000); // the repetitive entry was deflated
        const Expected<std::vector<ZipEntry>> back = readZip(zip.value(), u"z"_s);
        QVERIFY2(back.isOk(), qPrintable(back.status().message()));
        QCOMPARE(back->size(), entries.size());
        for (size_t i = 0; i < entries.size(); ++i) {
            QCOMPARE(back->at(i).name, entries[i].name);
            QCOMPARE(back->at(i).data, entries[i].data);
        }
        QVERIFY(!writeZip({{u"a"_s, "1"}, {u"a"_s, "2"}}).isOk());
    }

    void badFilesFailClearly_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected"); // a part of the message
        const QByteArray roi = polygonRoi();
        QTest::newRow("empty") << QByteArray() << u"neither"_s;
        QTest::newRow("wrong magic") << QByteArray("Iouq") + roi.mid(4) << u"neither"_s;
        QTest::newRow("header only") << roi.left(40) << u"shorter than the 64-byte header"_s;
        QTest::newRow("truncated coordinates") << roi.left(70) << u"truncated"_s;
        QByteArray absurd = roi;
        absurd[16] = char(0xff);
        absurd[17] = char(0xff);
        QTest::newRow("absurd count") << absurd << u"truncated"_s;
        QByteArray zeroPoints = encodeImageJRoi(Roi::points(u"p"_s, {{1, 1}})).value();
        zeroPoints[16] = 0;
        zeroPoints[17] = 0;
        put32be(zeroPoints, 18, 0x7fffffff);
        QTest::newRow("absurd point count") << zeroPoints << u"vertex count"_s;
        QByteArray nan = encodeImageJRoi(Roi::line(u"l"_s, {{1, 1}, {2, 2}})).value();
        put32be(nan, 18, 0x7fc00000);
        QTest::newRow("NaN coordinate") << nan << u"not finite"_s;
        QByteArray unknown = roi;
        unknown[6] = 42;
        QTest::newRow("unknown type") << unknown << u"type 42"_s;
        QByteArray composite = roi;
        put32be(composite, 36, 12);
        QTest::newRow("composite") << composite << u"composite"_s;
        QByteArray angle = roi;
        angle[6] = 9;
        QTest::newRow("angle") << angle << u"angle"_s;

        const QByteArray zip = writeZip({{u"a.roi"_s, roi}, {u"b.roi"_s, QByteArray(5000, 'x')}}).value();
        QTest::newRow("zip truncated") << zip.left(zip.size() - 10) << u"end of central directory"_s;
        QTest::newRow("zip cut in data") << zip.left(40) << u"end of central directory"_s;
        QByteArray noise(64, '\0');
        for (int i = 0; i < noise.size(); ++i) {
            noise[i] = char((i * 73 + 41) * 151 % 251); // incompressible enough to be stored
        }
        QByteArray crc = writeZip({{u"n.roi"_s, noise}}).value();
        QCOMPARE(crc[8], char(0)); // stored
        crc[30 + 5 + 10] = char(crc[30 + 5 + 10] ^ 1);
        QTest::newRow("zip crc") << crc << u"CRC-32"_s;
        QTest::newRow("zip without .roi")
            << writeZip({{u"readme.txt"_s, "hello"}}).value() << u"contains no .roi file"_s;
        QTest::newRow("zip with a damaged .roi")
            << writeZip({{u"ok.roi"_s, roi}, {u"bad.roi"_s, roi.left(70)}}).value() << u"bad.roi"_s;
        // Zip bomb: the second entry declares 4 GiB − 2 uncompressed bytes in the central directory.
        QByteArray bomb = zip;
        const qsizetype end = bomb.size() - 22;
        const qsizetype cd = qsizetype(quint8(bomb[end + 16])) | (qsizetype(quint8(bomb[end + 17])) << 8);
        const qsizetype second = cd + 46 + 5;
        put32le(bomb, second + 24, 0xfffffffeu);
        QTest::newRow("zip bomb") << bomb << u"would unpack to"_s;
        QByteArray zip64 = zip;
        put32le(zip64, end + 16, 0xffffffffu);
        QTest::newRow("zip64") << zip64 << u"zip64"_s;
        QByteArray encrypted = zip;
        encrypted[cd + 8] = 1;
        QTest::newRow("encrypted") << encrypted << u"encrypted"_s;
        QByteArray method = zip;
        method[cd + 10] = 12; // bzip2
        QTest::newRow("bzip2") << method << u"compression method 12"_s;
    }

    void badFilesFailClearly()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const Expected<std::vector<Roi>> rois = parseImageJRois(data, u"bad.file"_s);
        QVERIFY(!rois.isOk());
        QVERIFY2(rois.status().message().contains(expected), qPrintable(rois.status().message()));
    }

    void mutatedFilesNeverCrash()
    {
        // Random byte changes and cuts of ImageJ's own files: every result is a value or an error, never a crash.
        const QList<QByteArray> seeds{readAll(kDir + u"RoiSet.zip"_s), readAll(kDir + u"single_polygon.roi"_s),
                                      readAll(kDir + u"single_points.roi"_s), readAll(kDir + u"tessera_set.zip"_s)};
        QRandomGenerator rng(20261202);
        int ok = 0, failed = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray data = seeds[round % seeds.size()];
            QVERIFY(!data.isEmpty());
            const int changes = 1 + int(rng.bounded(8));
            for (int k = 0; k < changes; ++k) {
                data[qsizetype(rng.bounded(quint32(data.size())))] = char(rng.bounded(256));
            }
            if (round % 5 == 0) {
                data.truncate(qsizetype(rng.bounded(quint32(data.size()))));
            }
            const Expected<std::vector<Roi>> rois = parseImageJRois(data, u"mutated"_s);
            (rois.isOk() ? ok : failed) += 1;
            QVERIFY(rois.isOk() || !rois.status().message().isEmpty());
        }
        QVERIFY(ok > 0 && failed > 0);
    }

    void setSkipsUnsupportedWithWarnings()
    {
        QByteArray angle = polygonRoi();
        angle[6] = 9;
        const QByteArray zip =
            writeZip({{u"a.roi"_s, polygonRoi()}, {u"angle.roi"_s, angle}, {u"notes.txt"_s, "x"}}).value();
        QStringList warnings;
        const Expected<std::vector<Roi>> rois = parseImageJRois(zip, u"set.zip"_s, &warnings);
        QVERIFY2(rois.isOk(), qPrintable(rois.status().message()));
        QCOMPARE(rois->size(), size_t(1));
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.join(u' ').contains(u"angle.roi"_s) && warnings.join(u' ').contains(u"notes.txt"_s));
    }

    void cliConvertsAndGlcmReadsImageJRois()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(u"rois.json"_s), zip = dir.filePath(u"back.zip"_s);
        test::CliRun run = test::runCliWith({u"rois"_s, kDir + u"RoiSet.zip"_s, u"--out"_s, json});
        QVERIFY2(run.status == CliOk, qPrintable(run.err));
        run = test::runCliWith({u"rois"_s, json, u"--out"_s, zip});
        QVERIFY2(run.status == CliOk, qPrintable(run.err));
        QCOMPARE(readRoiFile(zip).value(), readRoiFile(kDir + u"RoiSet.zip"_s).value());
        run = test::runCliWith({u"rois"_s, kDir + u"tessera_set.zip"_s, u"--out"_s, dir.filePath(u"x.roi"_s)});
        QCOMPARE(run.status, int(CliError));
        QVERIFY2(run.err.contains(u"exactly one ROI"_s), qPrintable(run.err));

        run = test::runCliWith({u"glcm"_s, QStringLiteral(TESSERA_TEST_DATA "/pyimagej_test_still.tif"), u"--rois"_s,
                                kDir + u"single_polygon.roi"_s});
        QVERIFY2(run.status == CliOk, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"single polygon"_s), qPrintable(run.out));
        run = test::runCliWith({u"glcm"_s, QStringLiteral(TESSERA_TEST_DATA "/pyimagej_test_still.tif"), u"--rois"_s,
                                kDir + u"single_points.roi"_s});
        QVERIFY2(run.err.contains(u"points without area; skipped"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestImageJRoi)
#include "TestImageJRoi.moc"
