// Properties of the GLCM engine that can be derived by hand (constant ROI, checkerboard, stripes, two-pixel ROI),
// the orientation conventions, parameter validation, the sparse and banded paths against a brute-force count, and
// cancellation. The external reference values are checked in TestGlcmReference.
#include "core/task/TaskContext.h"
#include "core/texture/GlcmAnalysis.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <map>

using namespace tessera;

Q_DECLARE_METATYPE(cv::Mat)
Q_DECLARE_METATYPE(tessera::GlcmOrientation)
Q_DECLARE_METATYPE(tessera::GlcmConvention)
Q_DECLARE_METATYPE(tessera::GlcmParams)
Q_DECLARE_METATYPE(tessera::GlcmRangeMode)

namespace {
using Expectations = QMap<QString, double>;

HaralickValues featuresOf(const cv::Mat& plane, int levels, GlcmOrientation o, GlcmConvention c, qint64* pairs,
                          int distance = 1)
{
    GlcmParams params;
    params.levels = levels;
    params.convention = c;
    Expected<GlcmSingleResult> r = computeGlcm(plane, RoiMask::whole(plane.size()), distance, o, params);
    if (!r.isOk()) {
        return HaralickValues::nan();
    }
    *pairs = r->glcm.pairs;
    return r->features;
}

bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b)) {
        return std::isnan(a) && std::isnan(b);
    }
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

std::map<std::pair<int, int>, double> bruteForce(const QuantizedRoi& q, cv::Point off, bool symmetric)
{
    std::map<std::pair<int, int>, double> m;
    const int w = q.box.width;
    const int h = q.box.height;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const int x2 = x + off.x;
            const int y2 = y + off.y;
            if (x2 < 0 || y2 < 0 || x2 >= w || y2 >= h) {
                continue;
            }
            const int a = q.bins[std::size_t(y * w + x)];
            const int b = q.bins[std::size_t(y2 * w + x2)];
            if (a < 0 || b < 0) {
                continue;
            }
            m[{a, b}] += 1;
            if (symmetric) {
                m[{b, a}] += 1;
            }
        }
    }
    return m;
}

std::map<std::pair<int, int>, double> asMap(const Glcm& g)
{
    std::map<std::pair<int, int>, double> m;
    for (const GlcmEntry& e : g.entries) {
        m[{e.i, e.j}] += e.count;
    }
    return m;
}

cv::Mat randomPlane(int w, int h, int seed)
{
    cv::Mat plane(h, w, CV_16U);
    cv::RNG rng(static_cast<uint64>(seed));
    rng.fill(plane, cv::RNG::UNIFORM, 0, 65536);
    return plane;
}
} // namespace

class TestGlcm : public QObject
{
    Q_OBJECT
private slots:
    void handDerivedValues_data()
    {
        QTest::addColumn<cv::Mat>("plane");
        QTest::addColumn<int>("levels");
        QTest::addColumn<GlcmOrientation>("orientation");
        QTest::addColumn<GlcmConvention>("convention");
        QTest::addColumn<qint64>("pairs");
        QTest::addColumn<Expectations>("expected");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double ln2 = std::log(2.0);

        // Constant ROI: every pixel in bin 0, p(0,0) = 1. ImageJ: Variance = (0 − 1/N²)², SumVariance = (2 − 0)²
        // (centred on SumEntropy = 0), Correlation NaN (σ = 0), ICM1 = 0/0 = NaN, ICM2 = 0.
        const cv::Mat constant(10, 10, CV_16U, cv::Scalar(500));
        for (int n : {2, 8, 128}) {
            const double m = 1.0 / (double(n) * n);
            QTest::newRow(qPrintable(QStringLiteral("constant N=%1 imagej").arg(n)))
                << constant << n << GlcmOrientation::Horizontal << GlcmConvention::ImageJ << qint64(90)
                << Expectations{{QStringLiteral("ASM"), 1.0},
                                {QStringLiteral("Contrast"), 0.0},
                                {QStringLiteral("Entropy"), 0.0},
                                {QStringLiteral("Correlation"), nan},
                                {QStringLiteral("MaxProbability"), 1.0},
                                {QStringLiteral("IFDM"), 1.0},
                                {QStringLiteral("TextureHomogeneity"), 1.0},
                                {QStringLiteral("SumAverage"), 2.0},
                                {QStringLiteral("SumEntropy"), 0.0},
                                {QStringLiteral("SumVariance"), 4.0},
                                {QStringLiteral("DifferenceEntropy"), 0.0},
                                {QStringLiteral("DifferenceVariance"), 0.0},
                                {QStringLiteral("ClusterShade"), 0.0},
                                {QStringLiteral("ClusterProminence"), 0.0},
                                {QStringLiteral("Variance"), m * m},
                                {QStringLiteral("ICM1"), nan},
                                {QStringLiteral("ICM2"), 0.0},
                                {QStringLiteral("Dissimilarity"), 0.0},
                                {QStringLiteral("Energy"), 1.0}};
        }
        QTest::newRow("constant haralick")
            << constant << 32 << GlcmOrientation::Vertical << GlcmConvention::Haralick << qint64(90)
            << Expectations{{QStringLiteral("ASM"), 1.0},
                            {QStringLiteral("SumVariance"), 0.0},
                            {QStringLiteral("Variance"), 0.0},
                            {QStringLiteral("Correlation"), nan}};

        // Checkerboard of two values, N = 2: horizontal/vertical neighbours always differ, diagonal ones never do.
        cv::Mat checker(8, 8, CV_8U);
        cv::Mat stripes(8, 8, CV_8U);
        for (int y = 0; y < 8; ++y) {
            for (int x = 0; x < 8; ++x) {
                checker.at<uchar>(y, x) = (x + y) % 2 ? 20 : 10;
                stripes.at<uchar>(y, x) = x % 2 ? 20 : 10;
            }
        }
        const Expectations alternate{
            {QStringLiteral("Contrast"), 1.0},      {QStringLiteral("ASM"), 0.5},
            {QStringLiteral("Entropy"), ln2},       {QStringLiteral("Correlation"), -1.0},
            {QStringLiteral("Dissimilarity"), 1.0}, {QStringLiteral("MaxProbability"), 0.5},
            {QStringLiteral("IFDM"), 0.5},          {QStringLiteral("TextureHomogeneity"), 0.5},
            {QStringLiteral("SumAverage"), 3.0},    {QStringLiteral("DifferenceEntropy"), 0.0}};
        // Stripes' horizontal pairs are 32 (10→20) against 24 (20→10): only the direction-free values are fixed.
        const Expectations alternateCore{
            {QStringLiteral("Contrast"), 1.0},           {QStringLiteral("Correlation"), -1.0},
            {QStringLiteral("Dissimilarity"), 1.0},      {QStringLiteral("IFDM"), 0.5},
            {QStringLiteral("TextureHomogeneity"), 0.5}, {QStringLiteral("SumAverage"), 3.0},
            {QStringLiteral("DifferenceEntropy"), 0.0}};
        // Checker diagonals: 25 against 24 pairs on the two diagonal cells.
        const Expectations sameColour{
            {QStringLiteral("Contrast"), 0.0},      {QStringLiteral("Correlation"), 1.0},
            {QStringLiteral("IFDM"), 1.0},          {QStringLiteral("DifferenceVariance"), 0.0},
            {QStringLiteral("Dissimilarity"), 0.0}, {QStringLiteral("ASM"), (25.0 * 25 + 24 * 24) / (49.0 * 49)}};
        const Expectations uniform{{QStringLiteral("Contrast"), 0.0},     {QStringLiteral("ASM"), 0.5},
                                   {QStringLiteral("Entropy"), ln2},      {QStringLiteral("Correlation"), 1.0},
                                   {QStringLiteral("IFDM"), 1.0},         {QStringLiteral("SumAverage"), 3.0},
                                   {QStringLiteral("SumEntropy"), ln2},   {QStringLiteral("DifferenceVariance"), 0.0},
                                   {QStringLiteral("Dissimilarity"), 0.0}};
        for (GlcmConvention c : {GlcmConvention::ImageJ, GlcmConvention::Haralick}) {
            const QString cn = glcmConventionName(c);
            QTest::newRow(qPrintable(QStringLiteral("checker H ") + cn))
                << checker << 2 << GlcmOrientation::Horizontal << c << qint64(56) << alternate;
            QTest::newRow(qPrintable(QStringLiteral("checker V ") + cn))
                << checker << 2 << GlcmOrientation::Vertical << c << qint64(56) << alternate;
            QTest::newRow(qPrintable(QStringLiteral("checker D ") + cn))
                << checker << 2 << GlcmOrientation::Diagonal << c << qint64(49)
                << (c == GlcmConvention::ImageJ ? sameColour : Expectations{{QStringLiteral("Contrast"), 0.0}});
            QTest::newRow(qPrintable(QStringLiteral("checker A ") + cn))
                << checker << 2 << GlcmOrientation::Antidiagonal << c << qint64(49)
                << (c == GlcmConvention::ImageJ ? sameColour : Expectations{{QStringLiteral("Correlation"), 1.0}});
            QTest::newRow(qPrintable(QStringLiteral("stripes H ") + cn))
                << stripes << 2 << GlcmOrientation::Horizontal << c << qint64(56) << alternateCore;
            QTest::newRow(qPrintable(QStringLiteral("stripes V ") + cn))
                << stripes << 2 << GlcmOrientation::Vertical << c << qint64(56) << uniform;
        }

        // Two pixels side by side (10, 20), N = 8: one horizontal pair in cell (0, 7); no pair in other directions.
        cv::Mat two = (cv::Mat_<uchar>(1, 2) << 10, 20);
        QTest::newRow("two pixels H imagej")
            << two << 8 << GlcmOrientation::Horizontal << GlcmConvention::ImageJ << qint64(1)
            << Expectations{{QStringLiteral("Contrast"), 49.0},
                            {QStringLiteral("Dissimilarity"), 7.0},
                            {QStringLiteral("ASM"), 1.0},
                            {QStringLiteral("Entropy"), 0.0},
                            {QStringLiteral("SumAverage"), 9.0},
                            {QStringLiteral("IFDM"), 1.0 / 50.0},
                            {QStringLiteral("TextureHomogeneity"), 1.0 / 8.0}};
        // Symmetrised: p(0,7) = p(7,0) = ½ → HX = HXY = ln 2, HXY1 = −log(¼) → ICM1 = (ln2 − 2 ln2)/ln2 = −1.
        QTest::newRow("two pixels H haralick")
            << two << 8 << GlcmOrientation::Horizontal << GlcmConvention::Haralick << qint64(1)
            << Expectations{{QStringLiteral("Contrast"), 49.0},
                            {QStringLiteral("ASM"), 0.5},
                            {QStringLiteral("Entropy"), ln2},
                            {QStringLiteral("ICM1"), -1.0},
                            {QStringLiteral("Correlation"), -1.0}};
        QTest::newRow("two pixels V") << two << 8 << GlcmOrientation::Vertical << GlcmConvention::ImageJ << qint64(0)
                                      << Expectations{{QStringLiteral("ASM"), nan}, {QStringLiteral("Contrast"), nan}};
        QTest::newRow("two pixels D") << two << 8 << GlcmOrientation::Diagonal << GlcmConvention::ImageJ << qint64(0)
                                      << Expectations{{QStringLiteral("Entropy"), nan}};
    }
    void handDerivedValues()
    {
        QFETCH(cv::Mat, plane);
        QFETCH(int, levels);
        QFETCH(GlcmOrientation, orientation);
        QFETCH(GlcmConvention, convention);
        QFETCH(qint64, pairs);
        QFETCH(Expectations, expected);
        qint64 counted = -1;
        const HaralickValues v = featuresOf(plane, levels, orientation, convention, &counted);
        QCOMPARE(counted, pairs);
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const std::optional<HaralickFeature> f = haralickFeatureFromName(it.key());
            QVERIFY2(f.has_value(), qPrintable(it.key()));
            QVERIFY2(same(v[*f], it.value()),
                     qPrintable(QStringLiteral("%1 = %2, expected %3").arg(it.key()).arg(v[*f]).arg(it.value())));
        }
    }

    /** Cell (i, j) holds first pixel i and its neighbour j; DIAGONAL's neighbour is up-right, ANTIDIAGONAL down-right.
     */
    void orientationCells_data()
    {
        QTest::addColumn<GlcmOrientation>("orientation");
        QTest::addColumn<QList<int>>("cells"); // i0, j0, i1, j1, …
        QTest::newRow("horizontal") << GlcmOrientation::Horizontal << QList<int>{0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 7, 8};
        QTest::newRow("vertical") << GlcmOrientation::Vertical << QList<int>{0, 3, 1, 4, 2, 5, 3, 6, 4, 7, 5, 8};
        QTest::newRow("diagonal") << GlcmOrientation::Diagonal << QList<int>{3, 1, 4, 2, 6, 4, 7, 5};
        QTest::newRow("antidiagonal") << GlcmOrientation::Antidiagonal << QList<int>{0, 4, 1, 5, 3, 7, 4, 8};
    }
    void orientationCells()
    {
        QFETCH(GlcmOrientation, orientation);
        QFETCH(QList<int>, cells);
        // 3×3 image with value x + 3y; range 0..8 and 9 levels map each value to its own bin.
        cv::Mat plane(3, 3, CV_8U);
        for (int k = 0; k < 9; ++k) {
            plane.at<uchar>(k / 3, k % 3) = uchar(k);
        }
        GlcmParams params;
        params.levels = 9;
        params.rangeMode = GlcmRangeMode::Custom;
        params.customMin = 0;
        params.customMax = 8;
        Expected<GlcmSingleResult> r = computeGlcm(plane, RoiMask::whole(plane.size()), 1, orientation, params);
        QVERIFY(r.isOk());
        std::map<std::pair<int, int>, double> expected;
        for (int k = 0; k + 1 < cells.size(); k += 2) {
            expected[{cells[k], cells[k + 1]}] = 1;
        }
        QVERIFY(asMap(r->glcm) == expected);
        QCOMPARE(r->glcm.pairs, qint64(cells.size() / 2));
    }

    void offsetsAndNames()
    {
        QCOMPARE(glcmOffset(GlcmOrientation::Horizontal, 7), cv::Point(7, 0));
        QCOMPARE(glcmOffset(GlcmOrientation::Vertical, 7), cv::Point(0, 7));
        QCOMPARE(glcmOffset(GlcmOrientation::Diagonal, 7), cv::Point(7, -7));
        QCOMPARE(glcmOffset(GlcmOrientation::Antidiagonal, 7), cv::Point(7, 7));
        for (GlcmOrientation o : allGlcmOrientations()) {
            QCOMPARE(glcmOrientationFromName(glcmOrientationName(o).toLower()), std::optional<GlcmOrientation>(o));
        }
        QCOMPARE(allHaralickFeatures().size(), std::size_t(kHaralickFeatureCount));
        for (HaralickFeature f : allHaralickFeatures()) {
            QCOMPARE(haralickFeatureFromName(haralickFeatureName(f)), std::optional<HaralickFeature>(f));
        }
    }

    void quantisationMatchesImagej_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("bin");
        QTest::newRow("min") << 10.0 << 10.0 << 20.0 << 4 << 0;
        QTest::newRow("max clamps to N-1") << 20.0 << 10.0 << 20.0 << 4 << 3;
        QTest::newRow("just below a bin edge") << 12.4 << 10.0 << 20.0 << 4 << 0;
        QTest::newRow("bin edge") << 12.5 << 10.0 << 20.0 << 4 << 1;
        QTest::newRow("constant range") << 5.0 << 5.0 << 5.0 << 8 << 0;
        QTest::newRow("below custom range") << -3.0 << 0.0 << 10.0 << 8 << 0;
        QTest::newRow("above custom range") << 300.0 << 0.0 << 10.0 << 8 << 7;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 0.0 << 10.0 << 8 << 0;
    }
    void quantisationMatchesImagej()
    {
        QFETCH(double, value);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(int, levels);
        QFETCH(int, bin);
        QCOMPARE(quantizeValue(value, GlcmRange{min, max}, levels), bin);
    }

    void invalidParams_data()
    {
        QTest::addColumn<GlcmParams>("params");
        GlcmParams p;
        p.levels = 1;
        QTest::newRow("levels 1") << p;
        p = GlcmParams();
        p.levels = 65537;
        QTest::newRow("levels 65537") << p;
        p = GlcmParams();
        p.distances = {};
        QTest::newRow("no distance") << p;
        p.distances = {0};
        QTest::newRow("distance 0") << p;
        p.distances = {2, 2};
        QTest::newRow("duplicate distance") << p;
        p = GlcmParams();
        p.orientations = {};
        QTest::newRow("no orientation") << p;
        p = GlcmParams();
        p.rangeMode = GlcmRangeMode::Custom;
        p.customMin = 5;
        p.customMax = 5;
        QTest::newRow("empty custom range") << p;
    }
    void invalidParams()
    {
        QFETCH(GlcmParams, params);
        const Status s = params.validate();
        QVERIFY(!s.isOk());
        QVERIFY(!s.message().isEmpty());
        TaskContext task;
        const cv::Mat plane(4, 4, CV_8U, cv::Scalar(1));
        QCOMPARE(computeGlcmTable(plane, {{QStringLiteral("a"), RoiMask::whole(plane.size())}}, params, task)
                     .status()
                     .code(),
                 StatusCode::InvalidInput);
        QVERIFY(GlcmParams().validate().isOk());
        QVERIFY(GlcmParams() == GlcmParams());
        QVERIFY(!(params == GlcmParams()));
    }

    /** The dense, sparse (N > 1024) and banded parallel paths all equal a brute-force count. */
    void countsMatchBruteForce_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("levels");
        QTest::addColumn<bool>("symmetric");
        QTest::addColumn<bool>("ellipse");
        QTest::newRow("dense") << 64 << 48 << 64 << false << false;
        QTest::newRow("dense symmetric ellipse") << 64 << 48 << 256 << true << true;
        QTest::newRow("sparse") << 64 << 48 << 5000 << false << false;
        QTest::newRow("sparse 65536 symmetric") << 40 << 40 << 65536 << true << true;
        QTest::newRow("banded parallel") << 600 << 450 << 128 << false << false;
        QTest::newRow("banded parallel sparse ellipse") << 600 << 450 << 2048 << true << true;
    }
    void countsMatchBruteForce()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, levels);
        QFETCH(bool, symmetric);
        QFETCH(bool, ellipse);
        const cv::Mat plane = randomPlane(width, height, levels);
        RoiMask mask = RoiMask::whole(plane.size());
        if (ellipse) {
            Expected<RoiMask> m =
                rasterize(Roi::ellipse(QStringLiteral("e"), 3, 2, width - 5, height - 3), plane.size());
            QVERIFY(m.isOk());
            mask = m.value();
        }
        const std::optional<GlcmRange> range = glcmValueRange(plane, mask);
        QVERIFY(range.has_value());
        Expected<QuantizedRoi> q = quantizeRoi(plane, mask, levels, *range);
        QVERIFY(q.isOk());
        QCOMPARE(q->pixelCount, cv::countNonZero(mask.mask));
        GlcmCounter counter;
        for (GlcmOrientation o : allGlcmOrientations()) {
            for (int d : {1, 5}) {
                if (width > 100 && (d == 1 || o == GlcmOrientation::Vertical)) {
                    continue; // keep the brute-force reference fast on the big images
                }
                const cv::Point off = glcmOffset(o, d);
                const Glcm g = counter.countAll(q.value(), off, symmetric);
                const auto expected = bruteForce(q.value(), off, symmetric);
                QVERIFY(asMap(g) == expected);
                double sum = 0;
                for (const auto& kv : expected) {
                    sum += kv.second;
                }
                QCOMPARE(g.total(), sum);
            }
        }
    }

    /** One counter reused across level counts (sparse → dense → sparse) still counts exactly. */
    void counterReusedAcrossLevels()
    {
        const cv::Mat plane = randomPlane(90, 80, 11);
        Expected<RoiMask> mask = rasterize(Roi::ellipse(QStringLiteral("e"), 0, 0, 90, 80), plane.size());
        QVERIFY(mask.isOk());
        const std::optional<GlcmRange> range = glcmValueRange(plane, mask.value());
        QVERIFY(range.has_value());
        GlcmCounter counter;
        for (int levels : {5000, 1024, 3, 65536, 256}) {
            Expected<QuantizedRoi> q = quantizeRoi(plane, mask.value(), levels, *range);
            QVERIFY(q.isOk());
            for (bool symmetric : {false, true}) {
                const cv::Point off = glcmOffset(GlcmOrientation::Antidiagonal, 2);
                QVERIFY(asMap(counter.countAll(q.value(), off, symmetric)) == bruteForce(q.value(), off, symmetric));
            }
        }
    }

    /** A label of a segmentation and a polygon give the same result as the rectangle covering the same pixels. */
    void labelAndPolygonRois()
    {
        const cv::Mat plane = randomPlane(60, 50, 12);
        cv::Mat labels(plane.size(), CV_32S, cv::Scalar(0));
        labels(cv::Rect(10, 5, 30, 20)) = cv::Scalar(7);
        const RoiMask fromLabel = RoiMask::fromLabel(labels, 7);
        Expected<RoiMask> rect = rasterize(Roi::rectangle(QStringLiteral("r"), 10, 5, 30, 20), plane.size());
        Expected<RoiMask> poly = rasterize(
            Roi::polygon(QStringLiteral("p"), {QPointF(10, 5), QPointF(40, 5), QPointF(40, 25), QPointF(10, 25)}),
            plane.size());
        QVERIFY(rect.isOk() && poly.isOk());
        GlcmParams params;
        params.levels = 16;
        params.distances = {1, 4};
        TaskContext task;
        Expected<GlcmTable> t = computeGlcmTable(plane,
                                                 {{QStringLiteral("label"), fromLabel},
                                                  {QStringLiteral("rect"), rect.value()},
                                                  {QStringLiteral("poly"), poly.value()}},
                                                 params, task);
        QVERIFY(t.isOk());
        for (std::size_t k = 1; k < 3; ++k) {
            QCOMPARE(t->rois[k].pixelCount, 600);
            QCOMPARE(t->rois[k].measurements.size(), t->rois[0].measurements.size());
            for (std::size_t m = 0; m < t->rois[0].measurements.size(); ++m) {
                QCOMPARE(t->rois[k].measurements[m].pairs, t->rois[0].measurements[m].pairs);
                QVERIFY(t->rois[k].measurements[m].features.values == t->rois[0].measurements[m].features.values);
            }
        }
    }

    void haralickMatrixIsSymmetric()
    {
        const cv::Mat plane = randomPlane(30, 20, 3);
        GlcmParams params;
        params.levels = 16;
        params.convention = GlcmConvention::Haralick;
        Expected<GlcmSingleResult> r =
            computeGlcm(plane, RoiMask::whole(plane.size()), 2, GlcmOrientation::Diagonal, params);
        QVERIFY(r.isOk());
        QVERIFY(r->glcm.symmetric);
        const auto m = asMap(r->glcm);
        for (const auto& kv : m) {
            QCOMPARE(m.at({kv.first.second, kv.first.first}), kv.second);
        }
        QCOMPARE(r->glcm.total(), 2.0 * double(r->glcm.pairs));
        // With a symmetric matrix both conventions' marginals coincide, so ICM1 agrees with the ImageJ formula.
        GlcmParams ij = params;
        ij.convention = GlcmConvention::ImageJ;
        ij.symmetry = GlcmSymmetry::Symmetric;
        Expected<GlcmSingleResult> r2 =
            computeGlcm(plane, RoiMask::whole(plane.size()), 2, GlcmOrientation::Diagonal, ij);
        QVERIFY(r2.isOk());
        QVERIFY(same(r2->features[HaralickFeature::ICM1], r->features[HaralickFeature::ICM1]));
    }

    void rangeModes_data()
    {
        QTest::addColumn<GlcmRangeMode>("mode");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::newRow("roi") << GlcmRangeMode::Roi << 100.0 << 103.0;
        QTest::newRow("image") << GlcmRangeMode::Image << 0.0 << 999.0;
        QTest::newRow("all-rois") << GlcmRangeMode::AllRois << 100.0 << 503.0;
        QTest::newRow("type") << GlcmRangeMode::PixelType << 0.0 << 65535.0;
        QTest::newRow("custom") << GlcmRangeMode::Custom << -5.0 << 7000.0;
    }
    void rangeModes()
    {
        QFETCH(GlcmRangeMode, mode);
        QFETCH(double, min);
        QFETCH(double, max);
        cv::Mat plane(20, 20, CV_16U, cv::Scalar(0));
        plane.at<ushort>(19, 19) = 999;
        plane(cv::Rect(0, 0, 2, 2)) = cv::Scalar(100);
        plane.at<ushort>(1, 1) = 103;
        plane(cv::Rect(5, 5, 2, 2)) = cv::Scalar(500);
        plane.at<ushort>(6, 6) = 503;
        GlcmParams params;
        params.rangeMode = mode;
        params.customMin = -5;
        params.customMax = 7000;
        std::vector<NamedRoiMask> rois{{QStringLiteral("a"), RoiMask{cv::Rect(0, 0, 2, 2), cv::Mat1b(), false}},
                                       {QStringLiteral("b"), RoiMask{cv::Rect(5, 5, 2, 2), cv::Mat1b(), false}}};
        TaskContext task;
        Expected<GlcmTable> t = computeGlcmTable(plane, rois, params, task);
        QVERIFY2(t.isOk(), qPrintable(t.status().message()));
        QCOMPARE(t->rois.front().range.min, min);
        QCOMPARE(t->rois.front().range.max, max);
        QCOMPARE(t->rois.front().measurements.size(), std::size_t(4));
        QCOMPARE(t->rois.front().measurements.front().pairs, qint64(2));
        QVERIFY(t->rois.front().measurements.front().lowPairCount);
    }

    void floatImages()
    {
        cv::Mat plane(10, 10, CV_32F, cv::Scalar(1.5f));
        plane.at<float>(0, 0) = std::numeric_limits<float>::quiet_NaN();
        plane.at<float>(5, 5) = 2.5f;
        plane.at<float>(9, 9) = std::numeric_limits<float>::infinity();
        GlcmParams params;
        TaskContext task;
        Expected<GlcmTable> t =
            computeGlcmTable(plane, {{QStringLiteral("f"), RoiMask::whole(plane.size())}}, params, task);
        QVERIFY(t.isOk());
        QCOMPARE(t->rois.front().pixelCount, 98); // the NaN and infinite pixels are outside
        QCOMPARE(t->rois.front().range.max, 2.5);
        QCOMPARE(t->rois.front().measurements.front().pairs, qint64(88));
        params.rangeMode = GlcmRangeMode::PixelType;
        QCOMPARE(computeGlcmTable(plane, {{QStringLiteral("f"), RoiMask::whole(plane.size())}}, params, task)
                     .status()
                     .code(),
                 StatusCode::InvalidInput);
    }

    void emptyRoiIsAnErrorEntryNotAFailure()
    {
        const cv::Mat plane = randomPlane(20, 20, 1);
        TaskContext task;
        Expected<GlcmTable> t = computeGlcmTable(
            plane, {{QStringLiteral("ok"), RoiMask::whole(plane.size())}, {QStringLiteral("empty"), RoiMask()}},
            GlcmParams(), task);
        QVERIFY(t.isOk());
        QVERIFY(t->rois[0].status.isOk());
        QVERIFY(!t->rois[1].status.isOk());
        QVERIFY(t->rois[1].status.message().contains(QStringLiteral("empty")));
        QVERIFY(t->rois[1].measurements.empty());
    }

    void summaryIsMeanAndRange()
    {
        std::vector<GlcmMeasurement> ms(3);
        for (int k = 0; k < 3; ++k) {
            ms[std::size_t(k)].pairs = 10 * (k + 1);
            ms[std::size_t(k)].features.values.fill(double(k * k));
        }
        const GlcmOrientationSummary s = summarizeOrientations(ms);
        QCOMPARE(s.pairs, qint64(60));
        QCOMPARE(s.mean[HaralickFeature::Contrast], 5.0 / 3.0);
        QCOMPARE(s.range[HaralickFeature::Contrast], 4.0);
        ms[1].features[HaralickFeature::Contrast] = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(std::isnan(summarizeOrientations(ms).mean[HaralickFeature::Contrast]));
    }

    void manyRoisEqualOneByOne()
    {
        const cv::Mat plane = randomPlane(300, 200, 9);
        std::vector<NamedRoiMask> rois;
        for (int k = 0; k < 40; ++k) {
            Expected<RoiMask> m =
                rasterize(Roi::ellipse(QString::number(k), 7 * k % 260, 3 * k % 170, 30, 25), plane.size());
            QVERIFY(m.isOk());
            rois.push_back({QString::number(k), m.value()});
        }
        GlcmParams params;
        params.levels = 64;
        params.distances = {1, 3};
        TaskContext task;
        Expected<GlcmTable> all = computeGlcmTable(plane, rois, params, task);
        QVERIFY(all.isOk());
        QCOMPARE(task.progress(), 1.0);
        for (std::size_t k = 0; k < rois.size(); ++k) {
            TaskContext one;
            Expected<GlcmTable> single = computeGlcmTable(plane, {rois[k]}, params, one);
            QVERIFY(single.isOk());
            const GlcmRoiResult& a = all->rois[k];
            const GlcmRoiResult& b = single->rois.front();
            QCOMPARE(a.name, rois[k].name);
            QCOMPARE(a.measurements.size(), std::size_t(8));
            for (std::size_t m = 0; m < a.measurements.size(); ++m) {
                QCOMPARE(a.measurements[m].pairs, b.measurements[m].pairs);
                QVERIFY(a.measurements[m].features.values == b.measurements[m].features.values);
            }
        }
    }

    /**
     * Cancellation is polled inside the banded counting of one big ROI (1024² = 8 bands of 128 rows), not only
     * between ROIs: a full run polls at least once per band, and cancelling at any of those polls wins.
     */
    void cancelledDuringWholePlane()
    {
        struct CancelAfter : TaskContext
        {
            explicit CancelAfter(int n) : m_left(n) {}
            bool isCancelRequested() const override
            {
                ++m_polls;
                return m_left.fetch_sub(1) <= 0;
            }
            mutable std::atomic<int> m_left;
            mutable std::atomic<int> m_polls{0};
        };
        const cv::Mat plane = randomPlane(1024, 1024, 4);
        const NamedRoiMask whole{QStringLiteral("image"),
                                 RoiMask{cv::Rect(0, 0, plane.cols, plane.rows), cv::Mat1b(), false}};
        CancelAfter full(1 << 30);
        QVERIFY(computeGlcmTable(plane, {whole}, GlcmParams(), full).isOk());
        const int polls = full.m_polls.load();
        QVERIFY2(polls >= 8 + 2, qPrintable(QString::number(polls)));
        for (int k = 1; k < polls - 2; ++k) {
            CancelAfter task(k);
            QVERIFY(computeGlcmTable(plane, {whole}, GlcmParams(), task).status().isCancelled());
        }
    }

    void cancelled()
    {
        const cv::Mat plane = randomPlane(64, 64, 2);
        TaskContext task;
        task.cancel();
        Expected<GlcmTable> t =
            computeGlcmTable(plane, {{QStringLiteral("a"), RoiMask::whole(plane.size())}}, GlcmParams(), task);
        QVERIFY(t.status().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestGlcm)
#include "TestGlcm.moc"
