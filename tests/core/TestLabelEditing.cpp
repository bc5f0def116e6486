#include "core/roi/Roi.h"
#include "core/segmentation/LabelEditing.h"
#include "core/segmentation/LabelOutlines.h"
#include "core/task/TaskContext.h"

#include <QtTest>

#include <set>

using namespace tessera;

namespace {

/** A label image drawn as text: '.' = background, '1'..'9' = labels 1..9. */
cv::Mat grid(const QByteArrayList& rows)
{
    cv::Mat m(int(rows.size()), int(rows.first().size()), CV_32S, cv::Scalar(0));
    for (int y = 0; y < m.rows; ++y) {
        for (int x = 0; x < m.cols; ++x) {
            const char c = rows[y][x];
            m.at<int>(y, x) = c == '.' ? 0 : c - '0';
        }
    }
    return m;
}

QByteArrayList text(const cv::Mat& m)
{
    QByteArrayList rows;
    for (int y = 0; y < m.rows; ++y) {
        QByteArray row;
        for (int x = 0; x < m.cols; ++x) {
            const int v = m.at<int>(y, x);
            row += v == 0 ? '.' : char('0' + v);
        }
        rows.append(row);
    }
    return rows;
}

LabelImage labels(const QByteArrayList& rows, int count = -1)
{
    const cv::Mat m = grid(rows);
    return {m, count >= 0 ? count : largestLabel(m)};
}

using Points = std::vector<cv::Point2d>;

} // namespace

Q_DECLARE_METATYPE(Points)

class TestLabelEditing : public QObject
{
    Q_OBJECT

private:
    /** Checks an edit: ok with the expected rows and count, or a failure (expected empty) that left input as it was. */
    static void check(const LabelImage& input, const QByteArrayList& before, const Expected<LabelImage>& result,
                      const QByteArrayList& expected, int expectedCount)
    {
        QCOMPARE(text(input.labels), before); // the input is never modified
        if (expected.isEmpty()) {
            QVERIFY(!result.isOk());
            QCOMPARE(result.status().code(), StatusCode::InvalidInput);
            QVERIFY(!result.status().message().isEmpty());
            return;
        }
        QVERIFY2(result.isOk(), qPrintable(result.status().message()));
        QCOMPARE(text(result->labels), expected);
        QCOMPARE(result->count, expectedCount);
        QVERIFY(result->labels.data != input.labels.data);
    }

private slots:
    void deleteObjects_data()
    {
        QTest::addColumn<QByteArrayList>("input");
        QTest::addColumn<QList<int>>("remove");
        QTest::addColumn<QByteArrayList>("expected"); // empty: refused
        QTest::addColumn<int>("count");
        const QByteArrayList three{"11.22", "11.22", ".....", "33..."};
        QTest::newRow("middle label") << three << QList<int>{2} << QByteArrayList{"11...", "11...", ".....", "33..."}
                                      << 3;
        QTest::newRow("largest label lowers the count")
            << three << QList<int>{3} << QByteArrayList{"11.22", "11.22", ".....", "....."} << 2;
        QTest::newRow("two at once") << three << QList<int>{1, 3} << QByteArrayList{"...22", "...22", ".....", "....."}
                                     << 2;
        QTest::newRow("all") << three << QList<int>{3, 2, 1, 2} << QByteArrayList{".....", ".....", ".....", "....."}
                             << 0;
        QTest::newRow("unknown label") << three << QList<int>{4} << QByteArrayList{} << 0;
        QTest::newRow("nothing selected") << three << QList<int>{} << QByteArrayList{} << 0;
    }
    void deleteObjects()
    {
        QFETCH(QByteArrayList, input);
        QFETCH(QList<int>, remove);
        QFETCH(QByteArrayList, expected);
        QFETCH(int, count);
        const LabelImage in = labels(input);
        check(in, input, tessera::deleteObjects(in, std::vector<int>(remove.begin(), remove.end())), expected, count);
    }

    void mergeObjects_data()
    {
        QTest::addColumn<QByteArrayList>("input");
        QTest::addColumn<QList<int>>("merge");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<int>("count");
        QTest::newRow("vertical watershed line filled") << QByteArrayList{"11.22", "11.22", "11.22"} << QList<int>{1, 2}
                                                        << QByteArrayList{"11111", "11111", "11111"} << 1;
        QTest::newRow("staircase line filled") << QByteArrayList{"1.222", "11.22", "111.2"} << QList<int>{2, 1}
                                               << QByteArrayList{"11111", "11111", "11111"} << 1;
        QTest::newRow("horizontal line filled")
            << QByteArrayList{"111", "...", "222"} << QList<int>{1, 2} << QByteArrayList{"111", "111", "111"} << 1;
        QTest::newRow("line next to a third object stays")
            << QByteArrayList{"11.22", "11.22", "33333"} << QList<int>{1, 2}
            << QByteArrayList{"11111", "11.11", "33333"} << 3;
        QTest::newRow("wide gap stays") << QByteArrayList{"1..2"} << QList<int>{1, 2} << QByteArrayList{"1..1"} << 1;
        QTest::newRow("into the smallest label")
            << QByteArrayList{"4.2", "...", "..1"} << QList<int>{4, 2} << QByteArrayList{"222", "...", "..1"} << 2;
        QTest::newRow("three objects") << QByteArrayList{"1.2.3"} << QList<int>{3, 2, 1} << QByteArrayList{"11111"}
                                       << 1;
        QTest::newRow("one object only") << QByteArrayList{"1.2"} << QList<int>{1, 1} << QByteArrayList{} << 0;
        QTest::newRow("unknown label") << QByteArrayList{"1.2"} << QList<int>{1, 5} << QByteArrayList{} << 0;
    }
    void mergeObjects()
    {
        QFETCH(QByteArrayList, input);
        QFETCH(QList<int>, merge);
        QFETCH(QByteArrayList, expected);
        QFETCH(int, count);
        const LabelImage in = labels(input);
        check(in, input, tessera::mergeObjects(in, std::vector<int>(merge.begin(), merge.end())), expected, count);
    }

    void splitObject_data()
    {
        QTest::addColumn<QByteArrayList>("input");
        QTest::addColumn<int>("label");
        QTest::addColumn<Points>("line");
        QTest::addColumn<double>("width");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<int>("count");
        const QByteArrayList block{"1111111", "1111111", "1111111"};
        QTest::newRow("vertical cut") << block << 1 << Points{{3.5, -1}, {3.5, 4}} << 1.0
                                      << QByteArrayList{"111.222", "111.222", "111.222"} << 2;
        QTest::newRow("width 3") << block << 1 << Points{{3.5, -1}, {3.5, 4}} << 3.0
                                 << QByteArrayList{"11...22", "11...22", "11...22"} << 2;
        QTest::newRow("new labels after the largest")
            << QByteArrayList{"1111.22"} << 1 << Points{{1.5, -1}, {1.5, 2}} << 1.0 << QByteArrayList{"1.33.22"} << 3;
        QTest::newRow("three pieces in raster order")
            << QByteArrayList{"1111111", "......."} << 1 << Points{{1.5, -1}, {1.5, 1.5}, {4.5, 1.5}, {4.5, -1}} << 1.0
            << QByteArrayList{"1.22.33", "......."} << 3;
        // A thin diagonal through pixel corners: the pixels beside each corner are cut too, so the 8-connected
        // corners fall apart.
        QTest::newRow("diagonal through corners") << QByteArrayList{"111", "111", "111"} << 1 << Points{{0, 0}, {3, 3}}
                                                  << 0.0 << QByteArrayList{"..1", "...", "2.."} << 2;
        QTest::newRow("other objects untouched")
            << QByteArrayList{"111", "222", "111"} << 2 << Points{{1.5, -1}, {1.5, 4}} << 1.0
            << QByteArrayList{"111", "2.3", "111"} << 3;
        QTest::newRow("line ends inside")
            << block << 1 << Points{{3.5, -1}, {3.5, 1.2}} << 1.0 << QByteArrayList{} << 0;
        QTest::newRow("line misses") << block << 1 << Points{{0, 5}, {7, 5}} << 1.0 << QByteArrayList{} << 0;
        QTest::newRow("one point") << block << 1 << Points{{3.5, 1.5}} << 1.0 << QByteArrayList{} << 0;
        QTest::newRow("unknown label") << block << 2 << Points{{3.5, -1}, {3.5, 4}} << 1.0 << QByteArrayList{} << 0;
    }
    void splitObject()
    {
        QFETCH(QByteArrayList, input);
        QFETCH(int, label);
        QFETCH(Points, line);
        QFETCH(double, width);
        QFETCH(QByteArrayList, expected);
        QFETCH(int, count);
        const LabelImage in = labels(input);
        check(in, input, tessera::splitObject(in, label, line, width), expected, count);
    }

    void objectsUnderCut()
    {
        const cv::Mat m = grid({"111.222", "111.222", "111.222"});
        const auto under = tessera::objectsUnderCut(m, {{0.5, 0.5}, {6.5, 0.5}}, 1.0);
        QCOMPARE(int(under.size()), 2);
        QCOMPARE(under[0].first, 1); // 3 pixels each: the smaller label first
        QCOMPARE(under[0].second, qint64(3));
        const auto diagonal = tessera::objectsUnderCut(m, {{4.5, 0.5}, {5.5, 2.5}}, 1.0);
        QCOMPARE(int(diagonal.size()), 1);
        QCOMPARE(diagonal[0].first, 2);
    }

    void addObject_data()
    {
        QTest::addColumn<QByteArrayList>("input");
        QTest::addColumn<Points>("outline");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<int>("count");
        const Points box{{1, 1}, {4, 1}, {4, 3}, {1, 3}};
        QTest::newRow("rectangle") << QByteArrayList{"1....", ".....", ".....", "....."} << box
                                   << QByteArrayList{"1....", ".222.", ".222.", "....."} << 2;
        QTest::newRow("only background painted") << QByteArrayList{"1....", "..3..", ".....", "....."} << box
                                                 << QByteArrayList{"1....", ".434.", ".444.", "....."} << 4;
        QTest::newRow("centre rule") << QByteArrayList{"....", "....", "...."}
                                     << Points{{0.6, 0.6}, {2.4, 0.6}, {2.4, 2.4}}
                                     << QByteArrayList{"....", ".1..", "...."} << 1;
        QTest::newRow("over an object only") << QByteArrayList{"....", ".111", ".111"} << box << QByteArrayList{} << 0;
        QTest::newRow("outside the image")
            << QByteArrayList{"....", "...."} << Points{{10, 10}, {12, 10}, {12, 12}} << QByteArrayList{} << 0;
        QTest::newRow("two points") << QByteArrayList{"....", "...."} << Points{{0, 0}, {2, 2}} << QByteArrayList{}
                                    << 0;
    }
    void addObject()
    {
        QFETCH(QByteArrayList, input);
        QFETCH(Points, outline);
        QFETCH(QByteArrayList, expected);
        QFETCH(int, count);
        const LabelImage in = labels(input);
        check(in, input, tessera::addObject(in, outline), expected, count);
    }

    void relabelObjects_data()
    {
        QTest::addColumn<QByteArrayList>("input");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<int>("count");
        QTest::newRow("gaps closed in raster order")
            << QByteArrayList{"7.3", "..5"} << QByteArrayList{"1.2", "..3"} << 3;
        QTest::newRow("already sequential") << QByteArrayList{"12", "33"} << QByteArrayList{"12", "33"} << 3;
        QTest::newRow("empty") << QByteArrayList{"..", ".."} << QByteArrayList{"..", ".."} << 0;
    }
    void relabelObjects()
    {
        QFETCH(QByteArrayList, input);
        QFETCH(QByteArrayList, expected);
        QFETCH(int, count);
        const LabelImage in = labels(input, 9);
        check(in, input, tessera::relabelObjects(in), expected, count);
    }

    void badInput()
    {
        const LabelImage empty;
        QVERIFY(!tessera::deleteObjects(empty, {1}).isOk());
        QVERIFY(!tessera::mergeObjects(empty, {1, 2}).isOk());
        QVERIFY(!tessera::splitObject(empty, 1, {{0, 0}, {1, 1}}).isOk());
        QVERIFY(!tessera::addObject(empty, {{0, 0}, {1, 0}, {1, 1}}).isOk());
        QVERIFY(!tessera::relabelObjects(empty).isOk());
        const LabelImage wrongType{cv::Mat(3, 3, CV_8U, cv::Scalar(1)), 1};
        QVERIFY(!tessera::deleteObjects(wrongType, {1}).isOk());
        const LabelImage in = labels({"111"});
        QVERIFY(!tessera::splitObject(in, 1, {{0, 0}, {std::nan(""), 1}}).isOk());
    }

    void outlines()
    {
        // Object 1: a 2×2 square at (1, 1); object 2: two parts; object 4: one pixel; label 3 unused.
        const cv::Mat m = grid({"......2", ".11...2", ".11....", "2......", "......4"});
        TaskContext task;
        const Expected<std::vector<ObjectOutline>> r = objectOutlines(m, task);
        QVERIFY(r.isOk());
        QCOMPARE(int(r->size()), 3);
        const ObjectOutline& square = r->at(0);
        QCOMPARE(square.label, 1);
        QCOMPARE(square.area, qint64(4));
        QCOMPARE(square.box, cv::Rect(1, 1, 2, 2));
        QCOMPARE(square.centroid.x, 2.0);
        QCOMPARE(square.centroid.y, 2.0);
        QCOMPARE(int(square.parts.size()), 1);
        const std::set<std::pair<int, int>> corners{{1, 1}, {3, 1}, {3, 3}, {1, 3}};
        std::set<std::pair<int, int>> got;
        for (const cv::Point& p : square.parts[0]) {
            got.insert({p.x, p.y});
        }
        QVERIFY(got == corners);
        const ObjectOutline& two = r->at(1);
        QCOMPARE(two.label, 2);
        QCOMPARE(int(two.parts.size()), 2);
        QCOMPARE(two.parts[0].front().x >= 6, true); // the part at the top right comes first (raster order)
        QCOMPARE(two.area, qint64(3));
        const ObjectOutline& dot = r->at(2);
        QCOMPARE(dot.label, 4);
        QCOMPARE(int(dot.parts[0].size()), 4);
        QCOMPARE(dot.centroid.x, 6.5);
        QCOMPARE(dot.centroid.y, 4.5);
    }
};

QTEST_APPLESS_MAIN(TestLabelEditing)
#include "TestLabelEditing.moc"
