// The pre-processing chain: the disk median against scikit-image, the text form, the chain against its steps, and
// the segmentation pipeline's foreground-mask input.

#include "TestImages.h"
#include "core/filters/Contrast.h"
#include "core/filters/Preprocess.h"
#include "core/filters/Smoothing.h"
#include "core/segmentation/SegmentationPipeline.h"
#include "core/task/TaskContext.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

using namespace tessera;

namespace {
/** A copy of plane made by applying the steps one by one with the filters themselves. */
cv::Mat applyStepByStep(const cv::Mat& plane, const PreprocessChain& chain)
{
    cv::Mat current = plane;
    for (const PreprocessStep& s : chain) {
        if (!s.enabled) {
            continue;
        }
        TaskContext task;
        Expected<cv::Mat> next = Status::invalid(QString());
        switch (s.kind) {
        case PreprocessKind::Gaussian:
            next = Smoothing::gaussian(current, s.sigma, task);
            break;
        case PreprocessKind::Median:
            next = Smoothing::medianDisk(current, s.radius, task);
            break;
        case PreprocessKind::Background:
            next = Smoothing::subtractBackground(current, s.radius, s.lightBackground, task);
            break;
        case PreprocessKind::Clahe:
            next = Contrast::clahe(current, s.clahe, task);
            break;
        case PreprocessKind::Equalize:
            next = Contrast::equalizeHistogram(current, task);
            break;
        }
        if (!next.isOk()) {
            return cv::Mat();
        }
        current = next.value();
    }
    return current;
}

/** Brute-force median over the disk of radius r with repeated edge pixels, for planes of any type. */
cv::Mat bruteForceDiskMedian(const cv::Mat& plane, int r)
{
    cv::Mat f;
    plane.convertTo(f, CV_64F);
    cv::Mat out(plane.size(), CV_64F);
    std::vector<double> window;
    for (int y = 0; y < f.rows; ++y) {
        for (int x = 0; x < f.cols; ++x) {
            window.clear();
            for (int dy = -r; dy <= r; ++dy) {
                for (int dx = -r; dx <= r; ++dx) {
                    if (dx * dx + dy * dy <= r * r) {
                        window.push_back(
                            f.at<double>(std::clamp(y + dy, 0, f.rows - 1), std::clamp(x + dx, 0, f.cols - 1)));
                    }
                }
            }
            std::sort(window.begin(), window.end());
            out.at<double>(y, x) = window[window.size() / 2];
        }
    }
    cv::Mat typed;
    out.convertTo(typed, plane.type());
    return typed;
}
} // namespace

class TestPreprocess : public QObject
{
    Q_OBJECT
private slots:
    void diskMedianEqualsScikitImage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("radius");
        for (const char* input : {"nuclei8", "hela16", "hela32f", "random16"}) {
            for (int r : {1, 3, 5, 12}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 r%2").arg(QLatin1String(input)).arg(r)))
                    << QString::fromLatin1(input) << r;
            }
        }
    }
    void diskMedianEqualsScikitImage()
    {
        // tests/tools/disk_median/make_reference.py: skimage.filters.median(image, disk(r)).
        QFETCH(QString, input);
        QFETCH(int, radius);
        const QString dir = QStringLiteral("reference/disk_median/");
        const cv::Mat in = test::firstPlane(dir + input + QStringLiteral("_in.tif"));
        const cv::Mat expected = test::firstPlane(dir + input + QStringLiteral("_r%1.tif").arg(radius));
        QVERIFY(!in.empty() && !expected.empty());
        TaskContext task;
        const Expected<cv::Mat> out = Smoothing::medianDisk(in, radius, task);
        QVERIFY2(out.isOk(), qPrintable(out.status().message()));
        QCOMPARE(out->type(), in.type());
        QCOMPARE(cv::norm(out.value(), expected, cv::NORM_INF), 0.0);
    }

    void diskMedianAcrossBands_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("radius");
        QTest::newRow("16-bit r4") << int(CV_16U) << 4;
        QTest::newRow("8-bit r7") << int(CV_8U) << 7;
        QTest::newRow("float r2") << int(CV_32F) << 2;
    }
    void diskMedianAcrossBands()
    {
        // 16384 columns make the filter work in bands of 64 rows: the seams must not show.
        QFETCH(int, type);
        QFETCH(int, radius);
        cv::Mat plane(150, 16384, type);
        cv::RNG rng(7);
        rng.fill(plane, cv::RNG::UNIFORM, 0, type == CV_8U ? 256 : 65536);
        const cv::Mat strip = plane.colRange(100, 180).clone(); // brute force on a strip: its own edges differ
        TaskContext task;
        const Expected<cv::Mat> out = Smoothing::medianDisk(plane, radius, task);
        QVERIFY(out.isOk());
        const cv::Mat expected = bruteForceDiskMedian(strip, radius);
        const cv::Rect inner(radius, 0, strip.cols - 2 * radius, strip.rows);
        QCOMPARE(cv::norm(out->colRange(100, 180)(inner), expected(inner), cv::NORM_INF), 0.0);
    }

    void diskMedianRejectsBadInput_data()
    {
        QTest::addColumn<int>("radius");
        QTest::addColumn<int>("type");
        QTest::newRow("negative radius") << -1 << int(CV_16U);
        QTest::newRow("radius 51") << 51 << int(CV_16U);
        QTest::newRow("double plane") << 2 << int(CV_64F);
    }
    void diskMedianRejectsBadInput()
    {
        QFETCH(int, radius);
        QFETCH(int, type);
        TaskContext task;
        const Expected<cv::Mat> out = Smoothing::medianDisk(cv::Mat(10, 10, type, cv::Scalar(1)), radius, task);
        QVERIFY(!out.isOk());
        QCOMPARE(out.status().code(), StatusCode::InvalidInput);
    }

    void textRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("steps");
        QTest::newRow("tutorial") << "median:5,gaussian:1"
                                  << "median:5,gaussian:1" << 2;
        QTest::newRow("spaces and case") << " Median : 5 , GAUSSIAN:1.5 "
                                         << "median:5,gaussian:1.5" << 2;
        QTest::newRow("all kinds") << "gaussian:0.7,median:3,background:50:light,clahe:64:2.5,equalize"
                                   << "gaussian:0.7,median:3,background:50:light,clahe:64:2.5,equalize" << 5;
        QTest::newRow("defaults") << "gaussian,median,background,clahe"
                                  << "gaussian:1,median:2,background:50,clahe:64:3" << 4;
        QTest::newRow("off steps") << "median:5:off,gaussian:2"
                                   << "median:5:off,gaussian:2" << 2;
        QTest::newRow("none") << "none"
                              << "none" << 0;
        QTest::newRow("empty") << ""
                               << "none" << 0;
        QTest::newRow("precise sigma") << "gaussian:0.1"
                                       << "gaussian:0.1" << 1;
    }
    void textRoundTrips()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(int, steps);
        const Expected<PreprocessChain> chain = Preprocess::parse(text);
        QVERIFY2(chain.isOk(), qPrintable(chain.status().message()));
        QCOMPARE(int(chain->size()), steps);
        QCOMPARE(Preprocess::toText(chain.value()), canonical);
        const Expected<PreprocessChain> again = Preprocess::parse(Preprocess::toText(chain.value()));
        QVERIFY(again.isOk());
        QVERIFY(again.value() == chain.value());
    }

    void badTextIsExplained_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown step") << "blur:2"
                                      << "blur";
        QTest::newRow("not a number") << "gaussian:abc"
                                      << "gaussian:SIGMA";
        QTest::newRow("fractional radius") << "median:2.5"
                                           << "median:RADIUS";
        QTest::newRow("too many values") << "median:2:3"
                                         << "median:RADIUS";
        QTest::newRow("bad background flag") << "background:50:dark"
                                             << "light";
        QTest::newRow("equalize with value") << "equalize:3"
                                             << "no parameters";
        QTest::newRow("empty step") << "median:5,,gaussian:1"
                                    << "commas";
        QTest::newRow("sigma 0") << "gaussian:0"
                                 << "sigma";
        QTest::newRow("radius 0") << "median:0"
                                  << "radius";
        QTest::newRow("radius 51") << "median:51"
                                   << "50";
        QTest::newRow("clahe tile") << "clahe:4:3"
                                    << "tile";
        QTest::newRow("clahe clip") << "clahe:64:0.5"
                                    << "clip";
        QTest::newRow("nan sigma") << "gaussian:nan"
                                   << "gaussian:SIGMA";
    }
    void badTextIsExplained()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const Expected<PreprocessChain> chain = Preprocess::parse(text);
        QVERIFY(!chain.isOk());
        QCOMPARE(chain.status().code(), StatusCode::InvalidInput);
        QVERIFY2(chain.status().message().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(chain.status().message()));
    }

    void chainEqualsItsSteps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("chain");
        const QString nuclei = QStringLiteral("cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif");
        const QString hela = QStringLiteral("pyimagej_test_still.tif");
        for (const QString& file : {nuclei, hela}) {
            for (const char* chain :
                 {"gaussian:1", "median:5,gaussian:1", "background:20,median:2", "clahe:64:3,gaussian:2", "equalize",
                  "median:3:off,gaussian:1.5", "background:15:light,clahe:32:2"}) {
                QTest::newRow(qPrintable(file.left(10) + QLatin1Char(' ') + QLatin1String(chain)))
                    << file << QString::fromLatin1(chain);
            }
        }
    }
    void chainEqualsItsSteps()
    {
        QFETCH(QString, file);
        QFETCH(QString, chain);
        const cv::Mat plane = test::firstPlane(file);
        QVERIFY(!plane.empty());
        const Expected<PreprocessChain> steps = Preprocess::parse(chain);
        QVERIFY(steps.isOk());
        QList<double> progress;
        TaskContext task([&progress](double f, const QString&) { progress << f; });
        const Expected<cv::Mat> out = applyPreprocess(plane, steps.value(), task);
        QVERIFY2(out.isOk(), qPrintable(out.status().message()));
        const cv::Mat expected = applyStepByStep(plane, steps.value());
        QVERIFY(!expected.empty());
        QCOMPARE(out->type(), expected.type());
        QCOMPARE(cv::norm(out.value(), expected, cv::NORM_INF), 0.0);
        QVERIFY(!progress.isEmpty());
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        // The input is never modified, and a chain that changes nothing returns the pixels unchanged.
        QCOMPARE(cv::norm(plane, test::firstPlane(file), cv::NORM_INF), 0.0);
    }

    void emptyChainAndCancel()
    {
        const cv::Mat plane = test::firstPlane(QStringLiteral("pyimagej_test_still.tif"));
        TaskContext task;
        const Expected<cv::Mat> same = applyPreprocess(plane, {}, task);
        QVERIFY(same.isOk());
        QCOMPARE(cv::norm(same.value(), plane, cv::NORM_INF), 0.0);
        TaskContext cancelled;
        cancelled.cancel();
        const Expected<cv::Mat> none = applyPreprocess(plane, {PreprocessStep::median(3)}, cancelled);
        QVERIFY(!none.isOk());
        QVERIFY(none.status().isCancelled());
        TaskContext t2;
        const Expected<cv::Mat> invalid = applyPreprocess(plane, {PreprocessStep::median(0)}, t2);
        QCOMPARE(invalid.status().code(), StatusCode::InvalidInput);
    }

    void pipelineDefaultIsGaussianOne()
    {
        // The default chain is exactly the former smoothing (Gaussian σ = 1) and nothing else.
        const SegmentationParams params;
        QCOMPARE(Preprocess::toText(params.preprocess), QStringLiteral("gaussian:1"));
    }

    void givenMaskEqualsThreshold_data()
    {
        QTest::addColumn<QString>("pre");
        QTest::addColumn<int>("watershed");
        QTest::addColumn<bool>("refine");
        QTest::newRow("distance, refined") << "gaussian:1" << int(WatershedMode::DistanceTransform) << true;
        QTest::newRow("median+gaussian, imagej") << "median:3,gaussian:1" << int(WatershedMode::ImageJ) << false;
        QTest::newRow("intensity") << "gaussian:2" << int(WatershedMode::Intensity) << true;
        QTest::newRow("components") << "none" << int(WatershedMode::None) << false;
    }
    void givenMaskEqualsThreshold()
    {
        // Giving run() the mask its own threshold makes gives the same objects (pre-processing still feeds the
        // intensity steps); the threshold is then not computed.
        QFETCH(QString, pre);
        QFETCH(int, watershed);
        QFETCH(bool, refine);
        const Image image = [] {
            ImageReader reader;
            return reader.read(QStringLiteral(TESSERA_TEST_DATA "/synthetic/disks16.tif")).value();
        }();
        SegmentationParams params;
        params.preprocess = Preprocess::parse(pre).value();
        params.watershed = WatershedMode(watershed);
        params.refineOutlines = refine;
        params.seeds.tolerance = params.watershed == WatershedMode::Intensity ? 200.0 : 0.5;
        TaskContext t1;
        const Expected<SegmentationResult> thresholded = SegmentationPipeline::run(image, params, t1);
        QVERIFY(thresholded.isOk());
        QVERIFY(thresholded->labels.count > 0);

        TaskContext t2;
        const Expected<cv::Mat> pre2 = applyPreprocess(image.plane(0), params.preprocess, t2);
        SegmentationResult scratch;
        const Expected<cv::Mat> mask = SegmentationPipeline::thresholdForeground(pre2.value(), params, scratch, t2);
        QVERIFY(mask.isOk());
        QCOMPARE(scratch.threshold.lower, thresholded->threshold.lower);
        SegmentationParams other = params;
        other.method = ThresholdMethod::Huang; // not used with a mask
        TaskContext t3;
        const Expected<SegmentationResult> masked = SegmentationPipeline::run(image, other, t3, mask.value());
        QVERIFY2(masked.isOk(), qPrintable(masked.status().message()));
        QCOMPARE(masked->labels.count, thresholded->labels.count);
        QCOMPARE(cv::countNonZero(masked->labels.labels != thresholded->labels.labels), 0);
        QCOMPARE(masked->table.rowCount(), thresholded->table.rowCount());
        QVERIFY(masked->fromMask); // the summary says "applied mask", not levels that were never applied
        QVERIFY(!thresholded->fromMask);
    }

    void givenMaskErrors()
    {
        const cv::Mat plane(40, 50, CV_16U, cv::Scalar(100));
        const Image image = Image::fromPlane(plane).value();
        SegmentationParams params;
        TaskContext task;
        const Expected<SegmentationResult> wrongSize =
            SegmentationPipeline::run(image, params, task, cv::Mat(10, 10, CV_8U, cv::Scalar(255)));
        QCOMPARE(wrongSize.status().code(), StatusCode::InvalidInput);
        const Expected<SegmentationResult> wrongType =
            SegmentationPipeline::run(image, params, task, cv::Mat(40, 50, CV_16U, cv::Scalar(1)));
        QCOMPARE(wrongType.status().code(), StatusCode::InvalidInput);
        const Expected<SegmentationResult> empty =
            SegmentationPipeline::run(image, params, task, cv::Mat(40, 50, CV_8U, cv::Scalar(0)));
        QVERIFY(empty.isOk());
        QCOMPARE(empty->labels.count, 0);
        QCOMPARE(empty->warnings.size(), 1);
        cv::Mat square(40, 50, CV_8U, cv::Scalar(0));
        square(cv::Rect(10, 10, 8, 8)).setTo(1); // any non-zero value is foreground
        const Expected<SegmentationResult> one = SegmentationPipeline::run(image, params, task, square);
        QVERIFY(one.isOk());
        QCOMPARE(one->labels.count, 1);
    }

    void splitObjectsReportsSeeds()
    {
        // Two overlapping disks: the distance watershed has two seeds, one inside each object.
        cv::Mat mask(80, 120, CV_8U, cv::Scalar(0));
        cv::circle(mask, cv::Point(40, 40), 20, cv::Scalar(255), cv::FILLED);
        cv::circle(mask, cv::Point(75, 40), 20, cv::Scalar(255), cv::FILLED);
        SegmentationParams params;
        params.watershed = WatershedMode::DistanceTransform;
        params.refineOutlines = false;
        std::vector<cv::Point> seeds;
        TaskContext task;
        const Expected<LabelImage> objects =
            SegmentationPipeline::splitObjects(cv::Mat(), mask, params, 1.0, task, &seeds);
        QVERIFY2(objects.isOk(), qPrintable(objects.status().message()));
        QCOMPARE(objects->count, 2);
        QCOMPARE(int(seeds.size()), 2);
        QVERIFY(objects->labels.at<int>(seeds[0]) != objects->labels.at<int>(seeds[1]));
        QVERIFY(std::abs(seeds[0].x - 40) <= 2 || std::abs(seeds[0].x - 75) <= 2);
    }
};

QTEST_GUILESS_MAIN(TestPreprocess)
#include "TestPreprocess.moc"
