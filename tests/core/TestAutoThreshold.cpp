#include "core/histogram/Histogram.h"
#include "core/io/ImageReader.h"
#include "core/task/TaskContext.h"
#include "core/threshold/AutoThreshold.h"
#include "core/threshold/AutoThresholdMethods.h"
#include "core/threshold/ManualThreshold.h"

#include <QFile>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace tessera;

namespace {
const QString dataDir = QStringLiteral(TESSERA_TEST_DATA);

/** Where each file named in imagej_thresholds.csv lives under tests/data. */
QString imagePath(const QString& file)
{
    for (const QString& dir : {QString(), QStringLiteral("synthetic/")}) {
        const QString p = dataDir + QLatin1Char('/') + dir + file;
        if (QFile::exists(p)) {
            return p;
        }
    }
    return QString();
}

cv::Mat firstPlane(const QString& path)
{
    ImageReader reader;
    Expected<Image> image = reader.read(path);
    if (!image.isOk()) {
        return {};
    }
    return image->plane(0).clone();
}

AutoThresholdParams paramsFor(ThresholdMethod m, bool full = false, bool dark = true)
{
    AutoThresholdParams p;
    p.method = m;
    p.fullHistogram = full;
    p.darkBackground = dark;
    return p;
}
} // namespace

class TestAutoThreshold : public QObject
{
    Q_OBJECT
private slots:
    void matchesImageJ_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("method");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QFile csv(dataDir + QStringLiteral("/reference/imagej_thresholds.csv"));
        QVERIFY2(csv.open(QIODevice::ReadOnly | QIODevice::Text), "imagej_thresholds.csv missing");
        const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
        QCOMPARE(header, (QStringList{QStringLiteral("file"), QStringLiteral("method"), QStringLiteral("lower"),
                                      QStringLiteral("upper")}));
        int rows = 0;
        while (!csv.atEnd()) {
            const QStringList f = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
            if (f.size() != 4) {
                continue;
            }
            const QByteArray tag = (f[0] + QLatin1Char(':') + f[1]).toUtf8();
            QTest::newRow(tag.constData()) << f[0] << f[1] << f[2].toDouble() << f[3].toDouble();
            ++rows;
        }
        QVERIFY(rows >= 85);
    }
    void matchesImageJ()
    {
        QFETCH(QString, file);
        QFETCH(QString, method);
        QFETCH(double, lower);
        QFETCH(double, upper);
        const QString path = imagePath(file);
        QVERIFY2(!path.isEmpty(), qPrintable(file));
        const cv::Mat plane = firstPlane(path);
        QVERIFY(!plane.empty());
        const std::optional<ThresholdMethod> m = thresholdMethodFromName(method);
        QVERIFY2(m.has_value(), qPrintable(method));
        TaskContext task;
        const Expected<ThresholdResult> r = computeAutoThreshold(plane, cv::Mat(), paramsFor(*m), task);
        QVERIFY2(r.isOk(), qPrintable(r.status().message()));
        if (plane.depth() == CV_32F) {
            QVERIFY(std::fabs(r->lower - lower) <= 5e-4 * std::fabs(lower));
        } else {
            QCOMPARE(r->lower, lower);
            QCOMPARE(r->upper, upper);
        }
    }

    void namesRoundTrip()
    {
        const QStringList names = thresholdMethodNames();
        // ImageJ 1.53t's 17 methods (getList("threshold.methods")) in ImageJ's order, plus Fiji's Huang2.
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Default"), QStringLiteral("Huang"), QStringLiteral("Huang2"),
                              QStringLiteral("Intermodes"), QStringLiteral("IsoData"), QStringLiteral("IJ_IsoData"),
                              QStringLiteral("Li"), QStringLiteral("MaxEntropy"), QStringLiteral("Mean"),
                              QStringLiteral("MinError"), QStringLiteral("Minimum"), QStringLiteral("Moments"),
                              QStringLiteral("Otsu"), QStringLiteral("Percentile"), QStringLiteral("RenyiEntropy"),
                              QStringLiteral("Shanbhag"), QStringLiteral("Triangle"), QStringLiteral("Yen")}));
        for (const QString& n : names) {
            const std::optional<ThresholdMethod> m = thresholdMethodFromName(n.toUpper());
            QVERIFY(m.has_value());
            QCOMPARE(thresholdMethodName(*m), n);
        }
        // Two methods in ImageJ (Default caps the mode first), so two methods here.
        QCOMPARE(thresholdMethodFromName(QStringLiteral("ij_isodata")), std::optional(ThresholdMethod::IJ_IsoData));
        QCOMPARE(thresholdMethodFromName(QStringLiteral("default")), std::optional(ThresholdMethod::Default));
        QVERIFY(!thresholdMethodFromName(QStringLiteral("Bogus")).has_value());
    }

    void constantPlaneGivesItsValue_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("value");
        // 8-bit constant planes follow ImageJ (the method runs on the one-bin histogram): threshold_corpus rows.
        QTest::newRow("16-bit") << CV_16U << 4000.0;
        QTest::newRow("16-bit zero") << CV_16U << 0.0;
        QTest::newRow("float") << CV_32F << -2.5;
    }
    void constantPlaneGivesItsValue()
    {
        QFETCH(int, type);
        QFETCH(double, value);
        const cv::Mat plane(33, 17, type, cv::Scalar(value));
        for (const QString& name : thresholdMethodNames()) {
            for (bool full : {false, true}) {
                TaskContext task;
                const auto r =
                    computeAutoThreshold(plane, cv::Mat(), paramsFor(*thresholdMethodFromName(name), full), task);
                QVERIFY2(r.isOk(), qPrintable(name));
                QCOMPARE(r->lower, value);
                QCOMPARE(r->upper, value);
                QVERIFY(!r->found);
            }
        }
    }

    void constant8BitPlaneIsNotFound()
    {
        // ImageJ's bounds (checked against ImageJ in TestThresholdDifferential), but never a "found" threshold.
        for (double value : {0.0, 77.0, 255.0}) {
            const cv::Mat plane(9, 7, CV_8U, cv::Scalar(value));
            for (const QString& name : thresholdMethodNames()) {
                TaskContext task;
                const auto r = computeAutoThreshold(plane, cv::Mat(), paramsFor(*thresholdMethodFromName(name)), task);
                QVERIFY2(r.isOk(), qPrintable(name));
                QVERIFY2(!r->found, qPrintable(name));
                QVERIFY(r->lower >= 0 && r->upper <= 255 && r->lower <= r->upper);
            }
        }
    }

    void twoLevelPlaneIsSplitOrDefined_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("8-bit 0/255") << CV_8U << 0.0 << 255.0;
        QTest::newRow("8-bit 100/101") << CV_8U << 100.0 << 101.0;
        QTest::newRow("16-bit 0/65535") << CV_16U << 0.0 << 65535.0;
        QTest::newRow("16-bit 1000/3000") << CV_16U << 1000.0 << 3000.0;
        QTest::newRow("float 0/1") << CV_32F << 0.0 << 1.0;
    }
    void twoLevelPlaneIsSplitOrDefined()
    {
        QFETCH(int, type);
        QFETCH(double, low);
        QFETCH(double, high);
        cv::Mat plane(40, 40, type, cv::Scalar(low));
        plane(cv::Rect(0, 0, 40, 10)).setTo(cv::Scalar(high)); // a quarter is bright
        const double typeMax = type == CV_8U ? 255.0 : type == CV_16U ? 65535.0 : high;
        for (const QString& name : thresholdMethodNames()) {
            for (bool full : {false, true}) {
                TaskContext task;
                const auto r =
                    computeAutoThreshold(plane, cv::Mat(), paramsFor(*thresholdMethodFromName(name), full), task);
                QVERIFY2(r.isOk(), qPrintable(name));
                // A defined answer: finite bounds inside the type's range (ImageJ's rules may select no pixel,
                // e.g. Default puts 100/101 at 102).
                QVERIFY2(std::isfinite(r->lower) && std::isfinite(r->upper), qPrintable(name));
                QVERIFY2(r->lower >= std::min(0.0, low) && r->lower <= typeMax, qPrintable(name));
                QCOMPARE(r->upper, typeMax);
            }
        }
        // The methods built on class means split two levels exactly.
        for (ThresholdMethod m : {ThresholdMethod::Otsu, ThresholdMethod::Mean}) {
            TaskContext task;
            const auto r = computeAutoThreshold(plane, cv::Mat(), paramsFor(m), task);
            QVERIFY(r.isOk());
            QVERIFY2(r->lower > low && r->lower <= high, qPrintable(thresholdMethodName(m)));
        }
    }

    void emptyMaskIsAnError()
    {
        const cv::Mat plane(20, 20, CV_16U, cv::Scalar(5));
        const cv::Mat mask(20, 20, CV_8U, cv::Scalar(0));
        TaskContext task;
        const auto r = computeAutoThreshold(plane, mask, paramsFor(ThresholdMethod::Otsu), task);
        QVERIFY(!r.isOk());
        QCOMPARE(r.status().code(), StatusCode::InvalidInput);
        QVERIFY(!r.status().message().isEmpty());
    }

    void allNaNIsAnError()
    {
        const cv::Mat plane(8, 8, CV_32F, cv::Scalar(std::nan("")));
        TaskContext task;
        const auto r = computeAutoThreshold(plane, cv::Mat(), paramsFor(ThresholdMethod::Default), task);
        QCOMPARE(r.status().code(), StatusCode::InvalidInput);
    }

    void badInputsAreErrors()
    {
        TaskContext task;
        const AutoThresholdParams p = paramsFor(ThresholdMethod::Otsu);
        QCOMPARE(computeAutoThreshold(cv::Mat(), cv::Mat(), p, task).status().code(), StatusCode::InvalidInput);
        QCOMPARE(computeAutoThreshold(cv::Mat(4, 4, CV_32S, cv::Scalar(1)), cv::Mat(), p, task).status().code(),
                 StatusCode::InvalidInput);
        QCOMPARE(computeAutoThreshold(cv::Mat(4, 4, CV_8UC3, cv::Scalar(1)), cv::Mat(), p, task).status().code(),
                 StatusCode::InvalidInput);
        QCOMPARE(computeAutoThreshold(cv::Mat(4, 4, CV_8U, cv::Scalar(1)), cv::Mat(5, 4, CV_8U, cv::Scalar(1)), p, task)
                     .status()
                     .code(),
                 StatusCode::InvalidInput);
        AutoThresholdParams bad = p;
        bad.method = static_cast<ThresholdMethod>(99);
        QVERIFY(!bad.validate().isOk());
        QCOMPARE(computeAutoThreshold(cv::Mat(4, 4, CV_8U, cv::Scalar(1)), cv::Mat(), bad, task).status().code(),
                 StatusCode::InvalidInput);
    }

    void nanPixelsAreIgnored()
    {
        const cv::Mat plane16 = firstPlane(dataDir + QStringLiteral("/pyimagej_test_still.tif"));
        QVERIFY(!plane16.empty());
        cv::Mat f;
        plane16.convertTo(f, CV_32F, 1.0 / 7.0);
        cv::Mat withNaN = f.clone();
        cv::Mat mask(f.size(), CV_8U, cv::Scalar(255));
        for (int i = 0; i < 300; ++i) {
            const int r = (i * 37) % f.rows;
            const int c = (i * 91) % f.cols;
            withNaN.at<float>(r, c) = std::nanf("");
            mask.at<uchar>(r, c) = 0;
        }
        for (const QString& name : thresholdMethodNames()) {
            TaskContext t1;
            TaskContext t2;
            const AutoThresholdParams p = paramsFor(*thresholdMethodFromName(name));
            const auto a = computeAutoThreshold(withNaN, cv::Mat(), p, t1);
            const auto b = computeAutoThreshold(f, mask, p, t2);
            QVERIFY(a.isOk() && b.isOk());
            QCOMPARE(a->lower, b->lower);
            QCOMPARE(a->upper, b->upper);
        }
    }

    void maskEqualsCrop()
    {
        const cv::Mat plane = firstPlane(dataDir + QStringLiteral("/synthetic/disks16.tif"));
        QVERIFY(!plane.empty());
        const cv::Rect box(100, 60, 200, 150);
        cv::Mat mask(plane.size(), CV_8U, cv::Scalar(0));
        mask(box).setTo(255);
        for (const QString& name : thresholdMethodNames()) {
            for (bool full : {false, true}) {
                TaskContext t1;
                TaskContext t2;
                const AutoThresholdParams p = paramsFor(*thresholdMethodFromName(name), full);
                const auto a = computeAutoThreshold(plane, mask, p, t1);
                const auto b = computeAutoThreshold(plane(box).clone(), cv::Mat(), p, t2);
                QVERIFY(a.isOk() && b.isOk());
                QCOMPARE(a->lower, b->lower);
            }
        }
    }

    void lightBackgroundIsTheComplement_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("nuclei 8-bit") << QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif");
        QTest::newRow("textures 8-bit") << QStringLiteral("synthetic/textures8.tif");
    }
    void lightBackgroundIsTheComplement()
    {
        QFETCH(QString, file);
        const cv::Mat plane = firstPlane(dataDir + QLatin1Char('/') + file);
        QVERIFY(!plane.empty());
        for (const QString& name : thresholdMethodNames()) {
            TaskContext t1;
            TaskContext t2;
            const ThresholdMethod m = *thresholdMethodFromName(name);
            const auto dark = computeAutoThreshold(plane, cv::Mat(), paramsFor(m, false, true), t1);
            const auto light = computeAutoThreshold(plane, cv::Mat(), paramsFor(m, false, false), t2);
            QVERIFY(dark.isOk() && light.isOk());
            QCOMPARE(light->lower, 0.0);
            QCOMPARE(dark->upper, 255.0);
            if (dark->lower < 255) {
                QCOMPARE(light->upper + 1, dark->lower);
            }
        }
    }

    void fullHistogramStaysNearImageJ()
    {
        // Full resolution refines ImageJ's 256-bin answer: for Otsu and Mean the two agree within one ImageJ bin.
        for (const QString& file :
             {QStringLiteral("pyimagej_test_still.tif"), QStringLiteral("synthetic/disks16.tif")}) {
            const cv::Mat plane = firstPlane(dataDir + QLatin1Char('/') + file);
            QVERIFY(!plane.empty());
            double mn = 0;
            double mx = 0;
            cv::minMaxLoc(plane, &mn, &mx);
            const double binWidth = (mx - mn + 1) / 256.0;
            for (ThresholdMethod m : {ThresholdMethod::Otsu, ThresholdMethod::Mean}) {
                TaskContext t1;
                TaskContext t2;
                const auto ij = computeAutoThreshold(plane, cv::Mat(), paramsFor(m, false), t1);
                const auto full = computeAutoThreshold(plane, cv::Mat(), paramsFor(m, true), t2);
                QVERIFY(ij.isOk() && full.isOk());
                QVERIFY2(std::fabs(ij->lower - full->lower) <= binWidth + 1,
                         qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                        .arg(file, thresholdMethodName(m))
                                        .arg(ij->lower)
                                        .arg(full->lower)));
                QCOMPARE(full->upper, 65535.0);
            }
        }
    }

    void fullHistogramOfSmallValuesMatches8Bit()
    {
        // A 16-bit copy of an 8-bit image uses levels 0..255 only; in full-resolution mode the methods whose
        // criterion ignores empty trailing bins must give the 8-bit answer.
        const cv::Mat p8 = firstPlane(dataDir + QStringLiteral("/synthetic/textures8.tif"));
        QVERIFY(!p8.empty());
        cv::Mat p16;
        p8.convertTo(p16, CV_16U);
        for (ThresholdMethod m : {ThresholdMethod::Otsu, ThresholdMethod::Mean, ThresholdMethod::Percentile,
                                  ThresholdMethod::Li, ThresholdMethod::MaxEntropy, ThresholdMethod::Moments,
                                  ThresholdMethod::Huang2, ThresholdMethod::IsoData}) {
            TaskContext t1;
            TaskContext t2;
            const auto a = computeAutoThreshold(p8, cv::Mat(), paramsFor(m), t1);
            const auto b = computeAutoThreshold(p16, cv::Mat(), paramsFor(m, true), t2);
            QVERIFY(a.isOk() && b.isOk());
            QVERIFY2(a->lower == b->lower, qPrintable(thresholdMethodName(m)));
        }
    }

    void huang2IsCloseToHuang()
    {
        // Huang2 rounds the class means to levels; on 8-bit data it stays within a few levels of Huang.
        for (const QString& file :
             {QStringLiteral("synthetic/textures8.tif"), QStringLiteral("imagej-ops_haralick_test_img.tif"),
              QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif")}) {
            const cv::Mat plane = firstPlane(dataDir + QLatin1Char('/') + file);
            TaskContext t1;
            TaskContext t2;
            const auto a = computeAutoThreshold(plane, cv::Mat(), paramsFor(ThresholdMethod::Huang), t1);
            const auto b = computeAutoThreshold(plane, cv::Mat(), paramsFor(ThresholdMethod::Huang2), t2);
            QVERIFY(a.isOk() && b.isOk());
            QVERIFY2(std::fabs(a->lower - b->lower) <= 8, qPrintable(file));
        }
    }

    void notFoundIsReported()
    {
        // Intermodes on a single broad peak never becomes bimodal: ImageJ falls back to bin 0 and so do we, flagged.
        cv::Mat plane(64, 64, CV_8U);
        for (int r = 0; r < 64; ++r) {
            for (int c = 0; c < 64; ++c) {
                plane.at<uchar>(r, c) = uchar(100 + (r * 64 + c) % 7);
            }
        }
        TaskContext task;
        const auto r = computeAutoThreshold(plane, cv::Mat(), paramsFor(ThresholdMethod::Intermodes), task);
        QVERIFY(r.isOk());
        QVERIFY(!r->found);
        QCOMPARE(r->lower, 1.0);
        const auto otsu = computeAutoThreshold(plane, cv::Mat(), paramsFor(ThresholdMethod::Otsu), task);
        QVERIFY(otsu.isOk() && otsu->found);
    }

    void manualThresholdMask_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("8-bit") << CV_8U;
        QTest::newRow("16-bit") << CV_16U;
        QTest::newRow("float") << CV_32F;
    }
    void manualThresholdMask()
    {
        QFETCH(int, type);
        // Values 0..99 in a 10 x 10 plane; [20, 29.5] selects exactly the second row (inclusive bounds).
        cv::Mat plane(10, 10, type);
        for (int i = 0; i < 100; ++i) {
            switch (type) {
            case CV_8U:
                plane.at<uchar>(i / 10, i % 10) = uchar(i);
                break;
            case CV_16U:
                plane.at<ushort>(i / 10, i % 10) = ushort(i);
                break;
            default:
                plane.at<float>(i / 10, i % 10) = float(i);
                break;
            }
        }
        if (type == CV_32F) {
            plane.at<float>(7, 5) = std::nanf("");
        }
        ManualThresholdParams p;
        p.lower = 20;
        p.upper = 29.5;
        TaskContext task;
        const Expected<cv::Mat> m = applyThreshold(plane, cv::Mat(), p, task);
        QVERIFY(m.isOk());
        QCOMPARE(m->type(), CV_8U);
        QCOMPARE(cv::countNonZero(m.value()), 10);
        QCOMPARE(cv::countNonZero(m.value().row(2)), 10);
        // The mask restricts the result; NaN is never foreground.
        cv::Mat roi(10, 10, CV_8U, cv::Scalar(0));
        roi(cv::Rect(0, 0, 5, 10)).setTo(255);
        const Expected<cv::Mat> masked = applyThreshold(plane, roi, p, task);
        QVERIFY(masked.isOk());
        QCOMPARE(cv::countNonZero(masked.value()), 5);
        p.lower = 0;
        p.upper = 1e9;
        QCOMPARE(cv::countNonZero(applyThreshold(plane, cv::Mat(), p, task).value()), type == CV_32F ? 99 : 100);
        // An automatic result applies the same way.
        ThresholdResult r;
        r.lower = 90;
        r.upper = 255;
        QCOMPARE(cv::countNonZero(applyThreshold(plane, cv::Mat(), r, task).value()), 10);
        // Invalid bounds and cancellation.
        p.lower = 5;
        p.upper = 4;
        QVERIFY(!p.validate().isOk());
        QCOMPARE(applyThreshold(plane, cv::Mat(), p, task).status().code(), StatusCode::InvalidInput);
        TaskContext cancelled;
        cancelled.cancel();
        QVERIFY(applyThreshold(plane, cv::Mat(), r, cancelled).status().isCancelled());
    }

    void cancelledTaskGivesCancelled()
    {
        const cv::Mat plane = firstPlane(dataDir + QStringLiteral("/synthetic/disks16.tif"));
        for (bool full : {false, true}) {
            TaskContext task;
            task.cancel();
            const auto r = computeAutoThreshold(plane, cv::Mat(), paramsFor(ThresholdMethod::Otsu, full), task);
            QVERIFY(!r.isOk());
            QVERIFY(r.status().isCancelled());
        }
    }

    void resultIndependentOfThreadCount()
    {
        const cv::Mat plane = firstPlane(dataDir + QStringLiteral("/synthetic/disks16.tif"));
        const int threads = cv::getNumThreads();
        std::vector<double> parallel;
        std::vector<double> serial;
        for (int pass = 0; pass < 2; ++pass) {
            cv::setNumThreads(pass == 0 ? threads : 1);
            for (const QString& name : thresholdMethodNames()) {
                TaskContext task;
                const auto r = computeAutoThreshold(plane, cv::Mat(), paramsFor(*thresholdMethodFromName(name)), task);
                QVERIFY(r.isOk());
                (pass == 0 ? parallel : serial).push_back(r->lower);
            }
        }
        cv::setNumThreads(threads);
        QCOMPARE(parallel, serial);
    }

    void indexOnHandMadeHistograms()
    {
        // Histograms whose answer follows from the definitions alone.
        TaskContext task;
        std::vector<qint64> h(256, 0);
        h[10] = 100;
        h[200] = 100;
        // Two equal spikes: Otsu's between-class variance is maximal for any split between them, ImageJ 1.53t's
        // Otsu keeps the last one (>=); Mean = floor((10 + 200) / 2); Percentile: the cumulative fraction reaches
        // exactly 0.5 at 10.
        QCOMPARE(autoThresholdIndex(ThresholdMethod::Otsu, h, task), 199);
        QCOMPARE(autoThresholdIndex(ThresholdMethod::Mean, h, task), 105);
        QCOMPARE(autoThresholdIndex(ThresholdMethod::Percentile, h, task), 10);
        // IsoData: smallest g with g == round((10 + 200) / 2) = 105.
        QCOMPARE(autoThresholdIndex(ThresholdMethod::IsoData, h, task), 105);
        // Empty histogram: no threshold, 0.
        const std::vector<qint64> empty(256, 0);
        for (const QString& name : thresholdMethodNames()) {
            QCOMPARE(autoThresholdIndex(*thresholdMethodFromName(name), empty, task), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestAutoThreshold)
#include "TestAutoThreshold.moc"
