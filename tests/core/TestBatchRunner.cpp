// core/batch: the per-image runner over a recipe built in code. Each image's tables must equal what tessera-cli glcm
// and tessera-cli segment give for that image alone (run in-process); failing images are reported and skipped
// without stopping the others; jobs 1 and 2 give the same tables; combined tables and output names.
#include "tests/core/BatchTestSupport.h"
#include "tests/core/CliTestSupport.h"

#include "core/batch/BatchRunner.h"
#include "core/batch/ImageAnalysis.h"
#include "core/io/ImageReader.h"
#include "core/measure/ObjectMeasurements.h"
#include "core/task/TaskContext.h"
#include "core/texture/GlcmExport.h"

#include <QThread>
#include <QtTest>

#include <cmath>
#include <stdexcept>

using namespace tessera;

namespace {
using test::glcmArgs;
using test::RoiSpec;
const QString nuclei = test::nucleiImage;
const QString disks = test::disksImage;
const QString still = test::stillImage;
const QString corrupt = test::corruptImage;
const QString missing = test::batchDataDir + QStringLiteral("/no-such-image.tif");
const std::vector<RoiSpec>& kRois = test::batchRois;
const RoiSpec kFarRoi{QStringLiteral("far"), 320, 320, 50, 50, true}; // inside 512², outside 300²

std::vector<Roi> rois(const std::vector<RoiSpec>& specs)
{
    return test::toRois(specs);
}

BatchRecipe recipe(const std::vector<RoiSpec>& specs, bool segment)
{
    BatchRecipe r;
    r.rois = rois(specs);
    r.glcm = test::batchGlcmParams();
    if (segment) {
        r.segmentation = SegmentationParams{}; // tessera-cli segment's defaults
    }
    return r;
}
} // namespace

class TestBatchRunner : public QObject
{
    Q_OBJECT
private slots:
    void imagesMatchSingleRuns_data()
    {
        QTest::addColumn<QStringList>("images");
        QTest::addColumn<QList<bool>>("ok");        // which images must succeed
        QTest::addColumn<QStringList>("errorPart"); // a piece of each failed image's message
        QTest::addColumn<bool>("far");              // add the ROI that fits only 512² images
        QTest::addColumn<bool>("segment");
        QTest::addColumn<int>("jobs");
        QTest::newRow("three, one corrupt, 1 job")
            << QStringList{nuclei, corrupt, disks} << QList<bool>{true, false, true}
            << QStringList{QString(), QStringLiteral("lzw_truncated.tif"), QString()} << false << true << 1;
        QTest::newRow("three, one corrupt, 2 jobs")
            << QStringList{nuclei, corrupt, disks} << QList<bool>{true, false, true}
            << QStringList{QString(), QStringLiteral("lzw_truncated.tif"), QString()} << false << true << 2;
        QTest::newRow("missing first, 2 jobs")
            << QStringList{missing, still, nuclei} << QList<bool>{false, true, true}
            << QStringList{QStringLiteral("no-such-image.tif"), QString(), QString()} << false << false << 2;
        QTest::newRow("ROI outside the small image")
            << QStringList{nuclei, still, disks} << QList<bool>{true, false, true}
            << QStringList{QString(), QStringLiteral("pyimagej_test_still.tif: ROI \"far\""), QString()} << true
            << false << 3;
        QTest::newRow("more jobs than images")
            << QStringList{still} << QList<bool>{true} << QStringList{QString()} << false << true << 8;
    }
    void imagesMatchSingleRuns()
    {
        QFETCH(QStringList, images);
        QFETCH(QList<bool>, ok);
        QFETCH(QStringList, errorPart);
        QFETCH(bool, far);
        QFETCH(bool, segment);
        QFETCH(int, jobs);
        std::vector<RoiSpec> specs = kRois;
        if (far) {
            specs.push_back(kFarRoi);
        }
        const BatchRecipe r = recipe(specs, segment);
        QVERIFY2(r.validate().isOk(), qPrintable(r.validate().message()));
        QList<int> finishedCounts;
        bool callerThread = true; // onFinished runs on the thread that called runBatch, whatever jobs is
        TaskContext task;
        const std::vector<BatchImageResult> results =
            runBatch(r, images, jobs, task, [&](const BatchImageResult&, int finished) {
                finishedCounts << finished;
                callerThread = callerThread && QThread::currentThread() == thread();
            });
        QVERIFY(callerThread);
        QCOMPARE(int(results.size()), int(images.size()));
        QList<int> expectedCounts;
        for (int i = 1; i <= images.size(); ++i) {
            expectedCounts << i;
        }
        QCOMPARE(finishedCounts, expectedCounts);
        QCOMPARE(task.progress(), 1.0);
        for (int i = 0; i < images.size(); ++i) {
            const BatchImageResult& res = results[size_t(i)];
            QCOMPARE(res.index, i);
            QCOMPARE(res.path, images[i]);
            QVERIFY(res.seconds >= 0.0);
            if (!ok[i]) {
                QVERIFY(!res.status.isOk());
                QVERIFY2(res.status.message().contains(errorPart[i]), qPrintable(res.status.message()));
                QVERIFY(!res.data.glcm && !res.data.rois && !res.data.objects);
                continue;
            }
            QVERIFY2(res.status.isOk(), qPrintable(res.status.message()));
            // GLCM: the bytes tessera-cli glcm writes for this image alone.
            QVERIFY(res.data.glcm);
            const test::CliRun g = test::runCliWith(glcmArgs(images[i], specs));
            QCOMPARE(g.status, 0);
            QCOMPARE(QString::fromUtf8(toCsv(*res.data.glcm, glcmCsvOptions())), g.out);
            // Objects: the CSV of tessera-cli segment --out - with its default parameters.
            QCOMPARE(bool(res.data.objects), segment);
            if (segment) {
                const test::CliRun s = test::runCliWith(
                    {QStringLiteral("segment"), images[i], QStringLiteral("--out"), QStringLiteral("-")});
                QCOMPARE(s.status, 0);
                QVERIFY(res.data.objects->rowCount() > 0);
                QCOMPARE(QString::fromUtf8(toCsv(*res.data.objects)), s.out);
            }
            // ROI measurements: one row per ROI with its name and class, on the image's own pixels.
            QVERIFY(res.data.rois);
            QCOMPARE(res.data.rois->rowCount(), int(specs.size()));
            ImageReader reader;
            const Expected<Image> image = reader.read(images[i]);
            QVERIFY(image.isOk());
            TaskContext t;
            const Expected<MeasurementTable> direct =
                ObjectMeasurements::measureRois(rois(specs), intensityChannels(image.value(), 0, 0),
                                                cv::Size(image->width(), image->height()), image->calibration, t);
            QVERIFY(direct.isOk());
            QVERIFY(*res.data.rois == direct.value());
            const int name = res.data.rois->columnIndex(QStringLiteral("Name"));
            QVERIFY(name >= 0);
            for (int row = 0; row < res.data.rois->rowCount(); ++row) {
                QCOMPARE(std::get<QString>(res.data.rois->cell(row, name)), specs[size_t(row)].name);
            }
        }
    }

    /** jobs only changes the schedule: 1 and 2 jobs give identical tables. */
    void jobsDoNotChangeResults()
    {
        const BatchRecipe r = recipe(kRois, true);
        const QStringList images{nuclei, disks, still, nuclei};
        TaskContext t1;
        TaskContext t2;
        const std::vector<BatchImageResult> one = runBatch(r, images, 1, t1);
        const std::vector<BatchImageResult> two = runBatch(r, images, 2, t2);
        for (size_t i = 0; i < one.size(); ++i) {
            QVERIFY(one[i].status.isOk() && two[i].status.isOk());
            QVERIFY(*one[i].data.glcm == *two[i].data.glcm);
            QVERIFY(*one[i].data.rois == *two[i].data.rois);
            QVERIFY(*one[i].data.objects == *two[i].data.objects);
        }
    }

    void cancelledBatchStartsNothing()
    {
        TaskContext task;
        task.cancel();
        int calls = 0;
        const std::vector<BatchImageResult> results =
            runBatch(recipe(kRois, false), {nuclei, disks}, 2, task, [&](const BatchImageResult&, int) { ++calls; });
        QCOMPARE(calls, 2);
        for (const BatchImageResult& r : results) {
            QVERIFY(r.status.isCancelled());
        }
    }

    /**
     * onFinished may take the image out of its result (the figure path does); an exception it throws stops the
     * batch, is rethrown after the workers are joined, and no image is handed on after it.
     */
    void onFinishedMayTakeDataAndThrow()
    {
        BatchRecipe r = recipe(kRois, false);
        r.keepImage = true;
        r.hashInput = true;
        const QStringList images{nuclei, disks, nuclei, disks, nuclei};
        TaskContext task;
        std::vector<std::shared_ptr<const Image>> taken;
        const std::vector<BatchImageResult> kept = runBatch(r, images, 2, task, [&](BatchImageResult& result, int) {
            QVERIFY(result.data.image && !result.data.sha256.isEmpty());
            taken.push_back(std::move(result.data.image));
        });
        QCOMPARE(int(taken.size()), int(images.size()));
        for (const BatchImageResult& k : kept) {
            QVERIFY(!k.data.image); // moved out
            QVERIFY(k.data.glcm);   // the rest stays
        }
        int calls = 0;
        bool thrown = false;
        try {
            runBatch(r, images, 2, task, [&](BatchImageResult&, int) {
                ++calls;
                throw std::runtime_error("disk full");
            });
        } catch (const std::runtime_error& e) {
            thrown = QByteArray(e.what()) == "disk full";
        }
        QVERIFY(thrown);
        QCOMPARE(calls, 1);
    }

    void invalidRecipes_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("nothing to run") << 0 << QStringLiteral("nothing to run");
        QTest::newRow("duplicate names") << 1 << QStringLiteral("\"a\"");
        QTest::newRow("unnamed ROI") << 2 << QStringLiteral("name");
        QTest::newRow("bad GLCM levels") << 3 << QStringLiteral("GLCM");
        QTest::newRow("bad segmentation") << 4 << QStringLiteral("segmentation");
        QTest::newRow("negative plane") << 5 << QStringLiteral("plane");
    }
    void invalidRecipes()
    {
        QFETCH(int, variant);
        QFETCH(QString, messagePart);
        BatchRecipe r = recipe(kRois, true);
        switch (variant) {
        case 0:
            r.rois.clear();
            r.segmentation.reset();
            break;
        case 1:
            r.rois[1].name = r.rois[0].name;
            break;
        case 2:
            r.rois[2].name.clear();
            break;
        case 3:
            r.glcm->levels = 1;
            break;
        case 4:
            r.segmentation->minSize = -1;
            break;
        case 5:
            r.slice = -1;
            break;
        }
        const Status s = r.validate();
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(messagePart), qPrintable(s.message()));
    }

    /** Lines and points have no area: skipped with a warning, the image and the other ROIs' rows unaffected. */
    void lineAndPointsRoisAreSkipped_data()
    {
        QTest::addColumn<bool>("withAreas"); // the rectangles and ellipse of kRois as well
        QTest::addColumn<int>("range");      // GlcmRangeMode: AllRois needs at least one pixel in some ROI
        QTest::newRow("among rectangles, per-ROI range") << true << int(GlcmRangeMode::Roi);
        QTest::newRow("among rectangles, shared range") << true << int(GlcmRangeMode::AllRois);
        QTest::newRow("only a line and points, shared range") << false << int(GlcmRangeMode::AllRois);
    }
    void lineAndPointsRoisAreSkipped()
    {
        QFETCH(bool, withAreas);
        QFETCH(int, range);
        BatchRecipe plain = recipe(withAreas ? kRois : std::vector<RoiSpec>{}, false);
        plain.glcm->rangeMode = GlcmRangeMode(range);
        BatchRecipe mixed = plain;
        // A line through the middle and points outside the image: neither may fail the image.
        mixed.rois.insert(mixed.rois.begin() + (withAreas ? 1 : 0),
                          Roi::line(QStringLiteral("ridge"), {QPointF(5, 5), QPointF(150, 90)}));
        mixed.rois.push_back(Roi::points(QStringLiteral("spots"), {QPointF(20, 20), QPointF(999, 999)}));
        TaskContext task;
        const Expected<ImageAnalysisResult> got = ImageAnalysis::run(mixed, still, task);
        QVERIFY2(got.isOk(), qPrintable(got.status().message()));
        QVERIFY(got->glcm && got->rois);
        const QString warnings = got->warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("\"ridge\"")) && warnings.contains(QStringLiteral("\"spots\"")),
                 qPrintable(warnings));
        QCOMPARE(got->rois->rowCount(), withAreas ? int(kRois.size()) : 0);
        const int rowsPerRoi = int(plain.glcm->distances.size() * (plain.glcm->orientations.size() + 1)); // + MEAN
        QCOMPARE(got->glcm->rowCount(), withAreas ? int(kRois.size()) * rowsPerRoi : 0);
        if (withAreas) { // the same tables as without the line and points
            const Expected<ImageAnalysisResult> ref = ImageAnalysis::run(plain, still, task);
            QVERIFY2(ref.isOk(), qPrintable(ref.status().message()));
            QCOMPARE(toCsv(*got->glcm), toCsv(*ref->glcm));
            QCOMPARE(toCsv(*got->rois), toCsv(*ref->rois));
        }
    }

    void combineTablesAddsImageColumn()
    {
        MeasurementTable a;
        a.addColumn(QStringLiteral("Name"));
        a.addColumn(QStringLiteral("Area"), QStringLiteral("µm^2"));
        a.setText(a.addRow(), 0, QStringLiteral("x"));
        a.setValue(0, 1, 2.5);
        MeasurementTable b;
        b.addColumn(QStringLiteral("Name"));
        b.addColumn(QStringLiteral("Mean"));
        for (int i = 0; i < 2; ++i) {
            b.setText(b.addRow(), 0, QStringLiteral("y%1").arg(i));
            b.setValue(i, 1, 10.0 + i);
        }
        const MeasurementTable c = combineTables({{QStringLiteral("one.tif"), &a}, {QStringLiteral("two.tif"), &b}});
        QCOMPARE(c.columnCount(), 4);
        QCOMPARE(c.column(0).name, QStringLiteral("image"));
        QCOMPARE(c.column(2).unit, QStringLiteral("µm^2"));
        QCOMPARE(c.rowCount(), 3);
        QCOMPARE(QString::fromUtf8(toCsv(c)), QStringLiteral("image,Name,Area [µm²],Mean\r\none.tif,x,2.5,\r\n"
                                                             "two.tif,y0,,10.0\r\ntwo.tif,y1,,11.0\r\n"));
    }

    /** The same column in different units (a calibrated and an uncalibrated image) never mixes values. */
    void combineTablesKeepsUnitsApart()
    {
        MeasurementTable um;
        um.addColumn(QStringLiteral("Area"), QStringLiteral("µm^2"));
        um.setValue(um.addRow(), 0, 0.5);
        um.addColumn(QStringLiteral("Mean"));
        um.setValue(0, 1, 3);
        MeasurementTable px;
        px.addColumn(QStringLiteral("Area"), QStringLiteral("pixel^2"));
        px.addColumn(QStringLiteral("Mean"));
        px.setValue(px.addRow(), 0, 7);
        px.setValue(0, 1, 4);
        const MeasurementTable c = combineTables({{QStringLiteral("a"), &um}, {QStringLiteral("b"), &px}});
        QCOMPARE(QString::fromUtf8(toCsv(c)),
                 QStringLiteral("image,Area [µm²],Area [px²],Mean\r\na,0.5,,3.0\r\nb,,7.0,4.0\r\n"));
    }

    void outputStemsAreUnique_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("reserved");
        QTest::addColumn<QStringList>("stems");
        QTest::newRow("plain") << QStringList{QStringLiteral("a/x.tif"), QStringLiteral("b/y.ome.tif")} << QStringList{}
                               << QStringList{QStringLiteral("x"), QStringLiteral("y.ome")};
        QTest::newRow("same name in two folders")
            << QStringList{QStringLiteral("a/x.tif"), QStringLiteral("b/x.tif"), QStringLiteral("c/X.png")}
            << QStringList{} << QStringList{QStringLiteral("x"), QStringLiteral("x_2"), QStringLiteral("X_3")};
        QTest::newRow("reserved and odd characters")
            << QStringList{QStringLiteral("combined.tif"), QStringLiteral("d/a b;c.tif"), QStringLiteral(".tif")}
            << QStringList{QStringLiteral("combined")}
            << QStringList{QStringLiteral("combined_2"), QStringLiteral("a_b_c"), QStringLiteral("image")};
    }
    void outputStemsAreUnique()
    {
        QFETCH(QStringList, paths);
        QFETCH(QStringList, reserved);
        QFETCH(QStringList, stems);
        QCOMPARE(outputStems(paths, reserved), stems);
    }
};

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "TestBatchRunner.moc"
