#include "core/image/Image.h"

#include <QtTest>

#include <limits>

using namespace tessera;

class TestImage : public QObject
{
    Q_OBJECT
private slots:
    void planesAreViewsInImageJOrder()
    {
        Expected<Image> made = Image::create(PixelType::UInt16, 7, 5, 2, 3, 4);
        QVERIFY(made.isOk());
        Image image = made.value();
        QCOMPARE(image.planeCount(), 24);
        QCOMPARE(image.planeIndex(1, 0, 0), 1);
        QCOMPARE(image.planeIndex(0, 1, 0), 2);
        QCOMPARE(image.planeIndex(0, 0, 1), 6);
        cv::Mat p = image.plane(1, 2, 3);
        QCOMPARE(p.rows, 5);
        QCOMPARE(p.cols, 7);
        QCOMPARE(p.type(), CV_16UC1);
        p.at<quint16>(4, 6) = 1234;
        QCOMPARE(image.plane(1, 2, 3).at<quint16>(4, 6), quint16(1234)); // a view, not a copy
        QCOMPARE(image.planeAt(image.planeIndex(1, 2, 3)).data, p.data);
        Image deep = image.clone();
        deep.plane(1, 2, 3).at<quint16>(4, 6) = 1;
        QCOMPARE(image.plane(1, 2, 3).at<quint16>(4, 6), quint16(1234));
        const DisplayRange r = valueRange(image);
        QCOMPARE(r.min, 0.0);
        QCOMPARE(r.max, 1234.0);
    }
    void invalidSizes_data()
    {
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("h");
        QTest::addColumn<int>("c");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("code");
        QTest::newRow("zero width") << 0 << 5 << 1 << Image::defaultMaxBytes() << int(StatusCode::InvalidInput);
        QTest::newRow("negative") << 5 << -1 << 1 << Image::defaultMaxBytes() << int(StatusCode::InvalidInput);
        QTest::newRow("over limit") << 1000 << 1000 << 3 << qint64(1000000) << int(StatusCode::TooLarge);
        QTest::newRow("absurd") << 100000 << 100000 << 1000 << Image::defaultMaxBytes() << int(StatusCode::TooLarge);
    }
    void invalidSizes()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        QFETCH(int, c);
        QFETCH(qint64, limit);
        QFETCH(int, code);
        const Expected<Image> made = Image::create(PixelType::UInt8, w, h, c, 1, 1, limit);
        QVERIFY(!made.isOk());
        QCOMPARE(int(made.status().code()), code);
        QVERIFY(!made.status().message().isEmpty());
    }
    void valueRangeIgnoresNaN()
    {
        cv::Mat m(2, 2, CV_32F);
        m.at<float>(0, 0) = std::numeric_limits<float>::quiet_NaN();
        m.at<float>(0, 1) = -2.5f;
        m.at<float>(1, 0) = 4.0f;
        m.at<float>(1, 1) = 1.0f;
        const Expected<Image> image = Image::fromPlane(m);
        QVERIFY(image.isOk());
        const DisplayRange r = valueRange(image.value());
        QCOMPARE(r.min, -2.5);
        QCOMPARE(r.max, 4.0);
    }
    /** Infinities never enter the range; their counts and the NaN count are reported; no finite value → 0, 0. */
    void summarizeValuesCountsNonFinite_data()
    {
        const float inf = std::numeric_limits<float>::infinity();
        const float nan = std::numeric_limits<float>::quiet_NaN();
        QTest::addColumn<QVector<float>>("pixels"); // 2 × 2
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("finite");
        QTest::addColumn<int>("nans");
        QTest::addColumn<int>("posInf");
        QTest::addColumn<int>("negInf");
        QTest::newRow("finite") << QVector<float>{1, -2, 3.5f, 0} << -2.0 << 3.5 << 4 << 0 << 0 << 0;
        QTest::newRow("+inf -inf") << QVector<float>{inf, -inf, 1, 2} << 1.0 << 2.0 << 2 << 0 << 1 << 1;
        QTest::newRow("+inf only") << QVector<float>{inf, 3, 1, 2} << 1.0 << 3.0 << 3 << 0 << 1 << 0;
        QTest::newRow("all nan") << QVector<float>{nan, nan, nan, nan} << 0.0 << 0.0 << 0 << 4 << 0 << 0;
        QTest::newRow("no finite") << QVector<float>{nan, inf, -inf, inf} << 0.0 << 0.0 << 0 << 1 << 2 << 1;
        QTest::newRow("float max") << QVector<float>{std::numeric_limits<float>::max(), inf,
                                                     -std::numeric_limits<float>::max(), nan}
                                   << -double(std::numeric_limits<float>::max())
                                   << double(std::numeric_limits<float>::max()) << 2 << 1 << 1 << 0;
    }
    void summarizeValuesCountsNonFinite()
    {
        QFETCH(QVector<float>, pixels);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(int, finite);
        QFETCH(int, nans);
        QFETCH(int, posInf);
        QFETCH(int, negInf);
        cv::Mat m(2, 2, CV_32F, pixels.data());
        const Image image = Image::fromPlane(m.clone()).value();
        const ValueSummary s = summarizeValues(image);
        QCOMPARE(s.min, min);
        QCOMPARE(s.max, max);
        QCOMPARE(s.finite, quint64(finite));
        QCOMPARE(s.nan, quint64(nans));
        QCOMPARE(s.positiveInf, quint64(posInf));
        QCOMPARE(s.negativeInf, quint64(negInf));
        QCOMPARE(s.hasFinite(), finite > 0);
        const DisplayRange r = valueRange(image);
        QCOMPARE(r.min, min);
        QCOMPARE(r.max, max);
    }
};

QTEST_GUILESS_MAIN(TestImage)
#include "TestImage.moc"
