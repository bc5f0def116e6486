// computeSegmentationPreview() (the Segment panel's preview worker) against the full pipeline: same objects on the
// whole plane, same objects away from a region's border, outlines by brute force, the cache giving what a cold
// request gives, and the edge filter on the image's border only.
#include "core/io/ImageReader.h"
#include "core/task/TaskContext.h"
#include "ui/segmentation/SegmentationPreview.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <map>
#include <set>

using namespace tessera;

namespace {
const Image& nuclei()
{
    static const Image image =
        ImageReader()
            .read(QStringLiteral(TESSERA_TEST_DATA "/cellprofiler_ExampleHuman_D03f00d0_nuclei_8bit_packbits.tif"))
            .value();
    return image;
}

SegmentationParams params(WatershedMode mode)
{
    SegmentationParams p;
    p.method = ThresholdMethod::Otsu;
    p.watershed = mode;
    p.measure = false;
    return p;
}

SegmentationPreviewRequest request(const SegmentationParams& p, const QRect& region)
{
    SegmentationPreviewRequest r;
    r.plane = nuclei().plane(0);
    r.params = p;
    r.region = region;
    return r;
}

LabelImage fullRun(const SegmentationParams& p)
{
    TaskContext task;
    return SegmentationPipeline::run(nuclei(), p, task).value().labels;
}

/** Outline pixels of labels within rect by the definition (an object pixel with a 4-neighbour of another label
 *  inside rect), as a set of image points. */
std::set<std::pair<int, int>> bruteOutline(const cv::Mat& labels, const QRect& rect)
{
    std::set<std::pair<int, int>> out;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const int l = labels.at<int>(y, x);
            if (l == 0) {
                continue;
            }
            const int d[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
            for (const auto& n : d) {
                const int nx = x + n[0], ny = y + n[1];
                if (rect.contains(nx, ny) && labels.at<int>(ny, nx) != l) {
                    out.insert({x, y});
                    break;
                }
            }
        }
    }
    return out;
}

std::set<std::pair<int, int>> drawnOutline(const SegmentationPreview& p)
{
    std::set<std::pair<int, int>> out;
    for (int y = 0; y < p.outlines.height(); ++y) {
        for (int x = 0; x < p.outlines.width(); ++x) {
            if (qAlpha(p.outlines.pixel(x, y)) != 0) {
                out.insert({p.region.x() + x, p.region.y() + y});
            }
        }
    }
    return out;
}

/** label → its pixels (as linear indices in the image) for the objects of labels fully inside inner. */
std::map<int, std::vector<int>> objectsInside(const cv::Mat& labels, const QRect& inner, const QPoint& offset)
{
    std::map<int, std::vector<int>> pixels;
    std::set<int> outside;
    const int width = nuclei().width();
    for (int y = 0; y < labels.rows; ++y) {
        for (int x = 0; x < labels.cols; ++x) {
            const int l = labels.at<int>(y, x);
            if (l > 0) {
                const QPoint p(x + offset.x(), y + offset.y());
                pixels[l].push_back(p.y() * width + p.x());
                if (!inner.contains(p)) {
                    outside.insert(l);
                }
            }
        }
    }
    for (int l : outside) {
        pixels.erase(l);
    }
    return pixels;
}
} // namespace

class TestSegmentationPreview : public QObject
{
    Q_OBJECT
private slots:
    void wholePlaneEqualsRun_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("excludeEdges");
        QTest::newRow("distance") << int(WatershedMode::DistanceTransform) << false;
        QTest::newRow("distance, edges excluded") << int(WatershedMode::DistanceTransform) << true;
        QTest::newRow("imagej") << int(WatershedMode::ImageJ) << false;
        QTest::newRow("components") << int(WatershedMode::None) << true;
    }
    void wholePlaneEqualsRun()
    {
        QFETCH(int, mode);
        QFETCH(bool, excludeEdges);
        SegmentationParams p = params(WatershedMode(mode));
        p.excludeEdges = excludeEdges;
        const QRect all(0, 0, nuclei().width(), nuclei().height());
        TaskContext task;
        const Expected<SegmentationPreview> preview = computeSegmentationPreview(request(p, all), task);
        QVERIFY2(preview.isOk(), qPrintable(preview.status().message()));
        const LabelImage run = fullRun(p);
        QCOMPARE(preview->objects, run.count);
        QVERIFY(drawnOutline(preview.value()) == bruteOutline(run.labels, all));
        if (p.watershed == WatershedMode::DistanceTransform) {
            QCOMPARE(int(preview->seeds.size()), run.count); // one seed per object
        }
        for (const QPointF& s : preview->seeds) {
            QVERIFY(run.labels.at<int>(int(s.y()), int(s.x())) > 0);
        }
        if (p.watershed == WatershedMode::None) {
            QVERIFY(preview->seeds.empty());
        }
    }

    void regionEqualsRunAwayFromItsBorder()
    {
        const SegmentationParams p = params(WatershedMode::DistanceTransform);
        const QRect region(200, 200, 300, 300);
        TaskContext task;
        const Expected<SegmentationPreview> preview = computeSegmentationPreview(request(p, region), task);
        QVERIFY(preview.isOk());
        QCOMPARE(preview->region, region);
        const LabelImage run = fullRun(p);
        const QRect inner = region.adjusted(40, 40, -40, -40);
        // Objects of the full run well inside the region: the preview has each with exactly the same pixels.
        const std::map<int, std::vector<int>> expected = objectsInside(run.labels, inner, QPoint());
        QVERIFY2(expected.size() >= 20, qPrintable(QString::number(expected.size())));
        // The preview returns outlines, not labels: an object is the same when every one of its pixels is an
        // outline pixel in the preview exactly when it is one in the full run.
        const std::set<std::pair<int, int>> all = bruteOutline(run.labels, region);
        const std::set<std::pair<int, int>> drawn = drawnOutline(preview.value());
        int same = 0;
        for (const auto& [label, pixels] : expected) {
            bool identical = true;
            for (int idx : pixels) {
                const std::pair<int, int> pt{idx % nuclei().width(), idx / nuclei().width()};
                if (all.count(pt) != drawn.count(pt)) {
                    identical = false;
                    break;
                }
            }
            same += identical ? 1 : 0;
        }
        qInfo("%d of %zu inner objects outlined exactly as in the full run", same, expected.size());
        QVERIFY(same >= int(expected.size()) * 95 / 100);
    }

    void cacheGivesWhatAColdRequestGives_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("watershed mode") << "mode";
        QTest::newRow("pre-processing") << "pre";
        QTest::newRow("threshold method") << "method";
        QTest::newRow("mask layer") << "mask";
    }
    void cacheGivesWhatAColdRequestGives()
    {
        QFETCH(QString, change);
        const QRect region(50, 60, 256, 256);
        SegmentationPreviewRequest first = request(params(WatershedMode::DistanceTransform), region);
        TaskContext t0;
        const Expected<SegmentationPreview> warmUp = computeSegmentationPreview(first, t0);
        QVERIFY(warmUp.isOk());
        SegmentationPreviewRequest next = first;
        if (change == QLatin1String("mode")) {
            next.params.watershed = WatershedMode::ImageJ;
        } else if (change == QLatin1String("pre")) {
            next.params.preprocess = Preprocess::parse(QStringLiteral("median:3,gaussian:2")).value();
        } else if (change == QLatin1String("method")) {
            next.params.method = ThresholdMethod::Huang;
        } else {
            cv::Mat mask(nuclei().height(), nuclei().width(), CV_8U, cv::Scalar(0));
            cv::circle(mask, cv::Point(150, 150), 30, cv::Scalar(255), cv::FILLED);
            cv::circle(mask, cv::Point(195, 150), 30, cv::Scalar(255), cv::FILLED);
            next.maskLayer = mask;
        }
        SegmentationPreviewRequest cold = next;
        next.cache = warmUp->cache;
        TaskContext t1, t2;
        const Expected<SegmentationPreview> warm = computeSegmentationPreview(next, t1);
        const Expected<SegmentationPreview> fresh = computeSegmentationPreview(cold, t2);
        QVERIFY(warm.isOk() && fresh.isOk());
        QCOMPARE(warm->objects, fresh->objects);
        QVERIFY(warm->outlines == fresh->outlines);
        QCOMPARE(warm->seeds.size(), fresh->seeds.size());
        if (change == QLatin1String("mask")) {
            QCOMPARE(warm->objects, 2); // the mask layer is the foreground
        } else if (change != QLatin1String("mode")) {
            QVERIFY(warm->outlines != warmUp->outlines);
        }
    }

    void edgeFilterUsesTheImageBorder()
    {
        SegmentationParams p = params(WatershedMode::DistanceTransform);
        p.excludeEdges = true;
        // A region on the image's left edge whose right border cuts an object (found in the full run).
        const LabelImage run = fullRun(params(WatershedMode::DistanceTransform));
        int right = -1;
        for (int x = 150; x < 400 && right < 0; ++x) {
            for (int y = 120; y < 280; ++y) {
                if (run.labels.at<int>(y, x) > 0 && run.labels.at<int>(y, x + 1) == run.labels.at<int>(y, x) &&
                    run.labels.at<int>(y, x - 1) == run.labels.at<int>(y, x)) {
                    right = x;
                    break;
                }
            }
        }
        QVERIFY(right > 0);
        const QRect region(0, 100, right + 1, 200);
        TaskContext task;
        const Expected<SegmentationPreview> preview = computeSegmentationPreview(request(p, region), task);
        QVERIFY(preview.isOk());
        const std::set<std::pair<int, int>> drawn = drawnOutline(preview.value());
        bool onLeft = false, onRight = false;
        for (const auto& [x, y] : drawn) {
            onLeft = onLeft || x == 0;
            onRight = onRight || x == region.right();
        }
        QVERIFY(!onLeft); // objects on the image's border are removed
        QVERIFY(onRight); // objects cut by the region's inner border are kept
    }

    void constantPlaneWarns()
    {
        SegmentationPreviewRequest r;
        r.plane = cv::Mat(64, 64, CV_16U, cv::Scalar(1000));
        r.params = params(WatershedMode::DistanceTransform);
        r.region = QRect(0, 0, 64, 64);
        TaskContext task;
        const Expected<SegmentationPreview> preview = computeSegmentationPreview(r, task);
        QVERIFY(preview.isOk());
        QCOMPARE(preview->objects, 0);
        QCOMPARE(preview->warnings.size(), 1);
        QVERIFY(preview->warnings.first().contains(QStringLiteral("constant")));
    }
};

QTEST_MAIN(TestSegmentationPreview)
#include "TestSegmentationPreview.moc"
