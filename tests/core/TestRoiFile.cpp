// core/roi/RoiFile: the ROI file formats `tessera-cli glcm --rois` reads and the ROI manager imports / exports.
// Parsing of JSON and CSV (shapes, classes, polygons, comments, headers), the error messages, and write → read
// round trips.

#include "core/roi/RoiFile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::vector<tessera::Roi>)

namespace {
Roi withClass(Roi roi, const QString& className)
{
    roi.className = className;
    return roi;
}
} // namespace

class TestRoiFile : public QObject
{
    Q_OBJECT

private slots:
    void readsTheReferenceRoiFile()
    {
        const Expected<std::vector<Roi>> rois =
            readRoiFile(QStringLiteral(TESSERA_TEST_DATA "/reference/glcm_rois.json"));
        QVERIFY2(rois.isOk(), qPrintable(rois.status().message()));
        QCOMPARE(int(rois->size()), 8);
        QCOMPARE(rois->at(0), Roi::rectangle(u"cyto1"_s, 175, 0, 50, 50));
        QCOMPARE(rois->at(5), Roi::rectangle(u"bkg2"_s, 0, 160, 25, 60));
        QCOMPARE(rois->at(6), Roi::ellipse(u"oval1"_s, 120, 80, 60, 40));
        QCOMPARE(rois->at(7), Roi::rectangle(u"whole"_s, 0, 0, 300, 300));
    }

    void parses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<std::vector<Roi>>("expected");
        QTest::newRow("json rect, default shape")
            << QByteArray(R"({"rois": [{"name": "a", "x": 1, "y": 2, "w": 3, "h": 4}]})")
            << std::vector<Roi>{Roi::rectangle(u"a"_s, 1, 2, 3, 4)};
        QTest::newRow("json shapes and classes")
            << QByteArray(R"({"rois": [{"name": "a", "x": 1.5, "y": 2, "w": 3, "h": 4, "shape": "oval",
                          "class": "cell"}, {"name": "b b", "x": 0, "y": 0, "w": 1, "h": 1, "shape": "rectangle"}]})")
            << std::vector<Roi>{withClass(Roi::ellipse(u"a"_s, 1.5, 2, 3, 4), u"cell"_s),
                                Roi::rectangle(u"b b"_s, 0, 0, 1, 1)};
        QTest::newRow("json polygon")
            << QByteArray(R"({"rois": [{"name": "p", "shape": "polygon", "points": [[1, 2], [10.5, 2], [5, 9]],
                          "class": "background"}]})")
            << std::vector<Roi>{withClass(Roi::polygon(u"p"_s, {{1, 2}, {10.5, 2}, {5, 9}}), u"background"_s)};
        QTest::newRow("json empty") << QByteArray(R"({"rois": []})") << std::vector<Roi>{};
        QTest::newRow("csv with header and comment")
            << QByteArray("name,x,y,w,h,shape\n# a comment\ncell,20,30,40,40\n\noval, 100,100,60,40,ellipse\n")
            << std::vector<Roi>{Roi::rectangle(u"cell"_s, 20, 30, 40, 40), Roi::ellipse(u"oval"_s, 100, 100, 60, 40)};
    }
    void parses()
    {
        QFETCH(QByteArray, data);
        QFETCH(std::vector<Roi>, expected);
        const Expected<std::vector<Roi>> rois = parseRoiFile(data, u"test"_s);
        QVERIFY2(rois.isOk(), qPrintable(rois.status().message()));
        QCOMPARE(rois.value(), expected);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an object") << QByteArray("{\"rois\": 3}") << u"is not JSON of the form"_s;
        QTest::newRow("broken json") << QByteArray("{\"rois\": [") << u"is not JSON of the form"_s;
        QTest::newRow("negative size") << QByteArray(R"({"rois": [{"name": "a", "x": 1, "y": 2, "w": -3, "h": 4}]})")
                                       << u"without a name, valid x, y, w, h > 0"_s;
        QTest::newRow("no name") << QByteArray(R"({"rois": [{"x": 1, "y": 2, "w": 3, "h": 4}]})")
                                 << u"without a name"_s;
        QTest::newRow("unknown shape")
            << QByteArray(R"({"rois": [{"name": "a", "x": 1, "y": 2, "w": 3, "h": 4, "shape": "star"}]})")
            << u"known shape"_s;
        QTest::newRow("polygon, 2 points")
            << QByteArray(R"({"rois": [{"name": "p", "shape": "polygon", "points": [[1, 2], [3, 4]]}]})")
            << u"at least 3 points"_s;
        QTest::newRow("polygon, bad point")
            << QByteArray(R"({"rois": [{"name": "p", "shape": "polygon", "points": [[1, 2], [3], [5, 6]]}]})")
            << u"at least 3 points"_s;
        QTest::newRow("csv, line 3") << QByteArray("name,x,y,w,h\na,1,2,3,4\nb,1,2,3\n") << u"line 3 of"_s;
        QTest::newRow("csv polygon") << QByteArray("a,1,2,3,4,polygon\n") << u"line 1 of"_s;
    }
    void refusesBadInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const Expected<std::vector<Roi>> rois = parseRoiFile(data, u"file.json"_s);
        QVERIFY(!rois.isOk());
        QCOMPARE(rois.status().code(), StatusCode::InvalidInput);
        QVERIFY2(rois.status().message().contains(message), qPrintable(rois.status().message()));
        QVERIFY(rois.status().message().contains(u"file.json"_s));
    }

    void roundTrips_data()
    {
        QTest::addColumn<std::vector<Roi>>("rois");
        QTest::newRow("none") << std::vector<Roi>{};
        QTest::newRow("mixed") << std::vector<Roi>{
            withClass(Roi::rectangle(u"cyto 1"_s, 175, 0, 50, 50), u"cell"_s),
            Roi::ellipse(u"oval"_s, 0.1 + 0.2, 1.0 / 3.0, 60.25, 1e-3),
            withClass(Roi::polygon(u"Zelle ä \"q\""_s, {{0.5, 0.5}, {99.125, 3}, {7, 1e6}, {-2, 4}}), u"débris"_s)};
    }
    void roundTrips()
    {
        QFETCH(std::vector<Roi>, rois);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rois.json"_s);
        QVERIFY(writeRoiFile(path, rois).isOk());
        const Expected<std::vector<Roi>> read = readRoiFile(path);
        QVERIFY2(read.isOk(), qPrintable(read.status().message()));
        QCOMPARE(read.value(), rois); // exact: doubles are written with all their digits
    }

    void reportsIoErrors()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"no/such/dir/rois.json"_s);
        const Status written = writeRoiFile(missing, {Roi::rectangle(u"a"_s, 0, 0, 1, 1)});
        QCOMPARE(written.code(), StatusCode::IoError);
        QVERIFY(written.message().contains(missing));
        const Expected<std::vector<Roi>> read = readRoiFile(missing);
        QCOMPARE(read.status().code(), StatusCode::IoError);
        QVERIFY(read.status().message().contains(missing));
    }
};

QTEST_GUILESS_MAIN(TestRoiFile)
#include "TestRoiFile.moc"
