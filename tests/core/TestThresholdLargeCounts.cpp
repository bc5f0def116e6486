// Histogram counts beyond 32 bits (a 50k x 50k 16-bit slide has 2.5e9 pixels): the auto-threshold methods neither
// overflow nor lose the answer.
//  1. Scaling every count of a histogram by 2^k is exact in binary floating point, so every method except Triangle
//     (whose line geometry mixes counts and bin distances) must give bit for bit the answer of the unscaled
//     histogram, which TestThresholdDifferential checks against ImageJ 1.53t. The corpus histograms are scaled by
//     2^33 and 2^40 (totals from 2^34 to beyond 2^53).
//  2. Slide-sized histograms (2.5e9 and 1.1e12 pixels, 256 and 65536 bins) against long-double references written
//     here from each method's formula (Otsu as ImageJ 1.53t, Mean, Percentile, IJ_IsoData, Default, Triangle).
#include "core/histogram/Histogram.h"
#include "core/task/TaskContext.h"
#include "core/threshold/AutoThreshold.h"
#include "core/threshold/AutoThresholdMethods.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace tessera;

// The histograms a plane produces are 64-bit all the way to the methods (16-bit full resolution and ImageJ's bins).
static_assert(std::is_same_v<decltype(Histogram::counts)::value_type, quint64>, "64-bit histogram counts");
static_assert(std::is_same_v<decltype(ImageJHistogram::counts)::value_type, qint64>, "64-bit ImageJ counts");
static_assert(std::is_same_v<decltype(ImageJHistogram::total), qint64>, "64-bit ImageJ total");

namespace {
using Hist = std::vector<qint64>;
using LD = long double;

/** The 8-bit histograms of tests/data/reference/threshold_corpus_inputs.csv with at least two non-empty bins. */
std::vector<std::pair<QString, Hist>> corpus8Bit()
{
    std::vector<std::pair<QString, Hist>> out;
    QFile csv(QStringLiteral(TESSERA_TEST_DATA) + QStringLiteral("/reference/threshold_corpus_inputs.csv"));
    if (!csv.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return out;
    }
    csv.readLine();
    while (!csv.atEnd()) {
        const QStringList f = QString::fromLatin1(csv.readLine()).trimmed().split(QLatin1Char(','));
        if (f.size() != 6 || f[1] != QLatin1String("8")) {
            continue;
        }
        Hist h(256, 0);
        const QStringList pairs = f[5].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& p : pairs) {
            h[size_t(p.section(QLatin1Char(':'), 0, 0).toInt())] = p.section(QLatin1Char(':'), 1, 1).toLongLong();
        }
        if (pairs.size() >= 2) {
            out.emplace_back(f[0] + QLatin1Char(':') + f[2], h);
        }
    }
    return out;
}

/** A two-population "slide" histogram of about total pixels in bins bins (deterministic). */
Hist slide(int bins, double total, double mode1, double mode2, double fraction1)
{
    Hist h(static_cast<size_t>(bins), 0);
    std::vector<double> w(static_cast<size_t>(bins));
    double sum = 0;
    for (int i = 0; i < bins; ++i) {
        const double x = double(i) / (bins - 1);
        w[size_t(i)] = fraction1 * std::exp(-0.5 * std::pow((x - mode1) / 0.06, 2)) +
                       (1 - fraction1) * 0.5 * std::exp(-0.5 * std::pow((x - mode2) / 0.12, 2));
        sum += w[size_t(i)];
    }
    for (int i = 0; i < bins; ++i) {
        h[size_t(i)] = qint64(std::llround(total * w[size_t(i)] / sum));
    }
    return h;
}

LD totalOf(const Hist& h)
{
    LD t = 0;
    for (qint64 v : h) {
        t += LD(v);
    }
    return t;
}

// ---- long-double references of the same formulas ----

int otsuRef(const Hist& h)
{
    const int n = int(h.size());
    LD total = 0;
    LD s = 0;
    for (int k = 0; k < n; ++k) {
        total += LD(h[size_t(k)]);
        s += LD(k) * LD(h[size_t(k)]);
    }
    LD n1 = LD(h[0]);
    LD sk = 0;
    LD best = 0;
    int t = 0;
    for (int k = 1; k < n - 1; ++k) {
        sk += LD(k) * LD(h[size_t(k)]);
        n1 += LD(h[size_t(k)]);
        const LD denom = n1 * (total - n1);
        const LD num = (n1 / total) * s - sk;
        const LD bcv = denom != 0 ? num * num / denom : 0;
        if (bcv >= best) {
            best = bcv;
            t = k;
        }
    }
    return t;
}

int meanRef(const Hist& h)
{
    LD s = 0;
    for (size_t i = 0; i < h.size(); ++i) {
        s += LD(i) * LD(h[i]);
    }
    return int(std::floor(s / totalOf(h)));
}

int percentileRef(const Hist& h)
{
    const LD total = totalOf(h);
    LD cum = 0;
    LD best = 1;
    int t = -1;
    for (size_t i = 0; i < h.size(); ++i) {
        cum += LD(h[i]);
        const LD a = std::fabs(cum / total - LD(0.5));
        if (a < best) {
            best = a;
            t = int(i);
        }
    }
    return t;
}

int ijIsoDataRef(Hist d)
{
    const int n = int(d.size());
    d[0] = 0;
    d[size_t(n - 1)] = 0;
    int lo = 0;
    while (d[size_t(lo)] == 0 && lo < n - 1) {
        ++lo;
    }
    int hi = n - 1;
    while (d[size_t(hi)] == 0 && hi > 0) {
        --hi;
    }
    if (lo >= hi) {
        return n / 2;
    }
    // Class sums by running prefix sums (the same sums as summing each class afresh, in long double).
    std::vector<LD> n1(static_cast<size_t>(n), 0), s1(static_cast<size_t>(n), 0);
    for (int i = lo; i <= hi; ++i) {
        n1[size_t(i)] = (i > lo ? n1[size_t(i - 1)] : 0) + LD(d[size_t(i)]);
        s1[size_t(i)] = (i > lo ? s1[size_t(i - 1)] : 0) + LD(i) * LD(d[size_t(i)]);
    }
    int moving = lo;
    LD result = 0;
    do {
        const LD below = n1[size_t(moving)];
        const LD belowSum = s1[size_t(moving)];
        result = (belowSum / below + (s1[size_t(hi)] - belowSum) / (n1[size_t(hi)] - below)) / 2;
        ++moving;
    } while (LD(moving + 1) <= result && moving < hi - 1);
    return int(std::floor(result + LD(0.5)));
}

int defaultRef(Hist d)
{
    const auto mode = std::max_element(d.begin(), d.end()) - d.begin();
    qint64 second = 0;
    for (size_t i = 0; i < d.size(); ++i) {
        if (qint64(i) != mode) {
            second = std::max(second, d[i]);
        }
    }
    if (d[size_t(mode)] > 2 * second && second != 0) {
        d[size_t(mode)] = qint64(LD(second) * LD(1.5));
    }
    return ijIsoDataRef(d);
}

int triangleRef(Hist d)
{
    const int n = int(d.size());
    int lo = int(std::find_if(d.begin(), d.end(), [](qint64 v) { return v > 0; }) - d.begin());
    lo = std::max(0, lo - 1);
    int hi = n - 1;
    while (hi > 0 && d[size_t(hi)] == 0) {
        --hi;
    }
    hi = std::min(n - 1, hi + 1);
    int peak = int(std::max_element(d.begin(), d.end()) - d.begin());
    const bool inverted = (peak - lo) < (hi - peak);
    if (inverted) {
        std::reverse(d.begin(), d.end());
        lo = n - 1 - hi;
        peak = n - 1 - peak;
    }
    if (lo == peak) {
        return inverted ? n - 1 - lo : lo;
    }
    LD nx = LD(d[size_t(peak)]);
    LD ny = LD(lo - peak);
    const LD len = std::sqrt(nx * nx + ny * ny);
    nx /= len;
    ny /= len;
    const LD c = nx * lo + ny * LD(d[size_t(lo)]);
    int split = lo;
    LD best = 0;
    for (int i = lo + 1; i <= peak; ++i) {
        const LD dist = nx * i + ny * LD(d[size_t(i)]) - c;
        if (dist > best) {
            split = i;
            best = dist;
        }
    }
    --split;
    return inverted ? n - 1 - split : split;
}
} // namespace

class TestThresholdLargeCounts : public QObject
{
    Q_OBJECT
private slots:
    void scaledCorpusKeepsTheAnswer_data()
    {
        QTest::addColumn<int>("shift");
        QTest::newRow("x 2^33") << 33;
        QTest::newRow("x 2^40") << 40; // totals beyond 2^53: sums no longer exact integers in doubles
    }
    void scaledCorpusKeepsTheAnswer()
    {
        QFETCH(int, shift);
        const auto corpus = corpus8Bit();
        QVERIFY(corpus.size() > 350);
        int compared = 0;
        for (const auto& [id, h] : corpus) {
            Hist big(h.size());
            for (size_t i = 0; i < h.size(); ++i) {
                big[i] = h[i] << shift;
            }
            QVERIFY(totalOf(big) > LD(4294967296.0));
            for (const QString& name : thresholdMethodNames()) {
                const ThresholdMethod m = *thresholdMethodFromName(name);
                TaskContext task;
                bool found = false;
                bool foundBig = false;
                const int t = autoThresholdIndex(m, h, task, &found);
                const int tBig = autoThresholdIndex(m, big, task, &foundBig);
                if (m == ThresholdMethod::Triangle) {
                    QCOMPARE(tBig, triangleRef(big));
                    continue;
                }
                QVERIFY2(t == tBig && found == foundBig,
                         qPrintable(QStringLiteral("%1 %2: %3 -> %4").arg(id, name).arg(t).arg(tBig)));
                ++compared;
            }
        }
        QVERIFY(compared > 350 * 16);
    }

    void slideHistogramsMatchLongDoubleReference_data()
    {
        QTest::addColumn<int>("bins");
        QTest::addColumn<double>("total");
        QTest::addColumn<double>("fraction1");
        for (int bins : {256, 65536}) {
            for (double total : {2.5e9, 1.1e12}) {
                for (double f : {0.9, 0.5, 0.15}) {
                    const QByteArray tag =
                        QStringLiteral("%1 bins, %2 px, %3 background").arg(bins).arg(total, 0, 'g', 3).arg(f).toUtf8();
                    QTest::newRow(tag.constData()) << bins << total << f;
                }
            }
        }
    }
    void slideHistogramsMatchLongDoubleReference()
    {
        QFETCH(int, bins);
        QFETCH(double, total);
        QFETCH(double, fraction1);
        const Hist h = slide(bins, total, 0.2, 0.6, fraction1);
        QVERIFY(totalOf(h) > LD(2147483647.0) * 1.1);
        if (bins == 256 && total > 1e11) {
            QVERIFY(*std::max_element(h.begin(), h.end()) > 2147483647LL); // one bin alone beyond a 32-bit int
        }
        TaskContext task;
        QCOMPARE(autoThresholdIndex(ThresholdMethod::Otsu, h, task), otsuRef(h));
        QCOMPARE(autoThresholdIndex(ThresholdMethod::Mean, h, task), meanRef(h));
        QCOMPARE(autoThresholdIndex(ThresholdMethod::Percentile, h, task), percentileRef(h));
        QCOMPARE(autoThresholdIndex(ThresholdMethod::IJ_IsoData, h, task), ijIsoDataRef(h));
        QCOMPARE(autoThresholdIndex(ThresholdMethod::Default, h, task), defaultRef(h));
        QCOMPARE(autoThresholdIndex(ThresholdMethod::Triangle, h, task), triangleRef(h));
        // Every method answers inside the histogram, with a found threshold, on these clearly bimodal slides (256
        // bins only: the entropy methods are quadratic in the number of non-empty bins, minutes on 65536 of them).
        if (bins != 256) {
            return;
        }
        for (const QString& name : thresholdMethodNames()) {
            bool found = false;
            const int t = autoThresholdIndex(*thresholdMethodFromName(name), h, task, &found);
            QVERIFY2(t > 0 && t < bins - 1 && found, qPrintable(QStringLiteral("%1: %2").arg(name).arg(t)));
        }
    }

    void defaultCapsAModeBeyond31Bits()
    {
        // A mode of 2e10 pixels at level 1 and a second-highest bin of 2e9: Default replaces the mode by
        // 1.5 * 2e9 = 3e9, which ImageJ's (int) cast would saturate at 2^31 - 1; the exact cap gives 86, the
        // saturated one 87 (mean of the class means 86.3 vs 86.7).
        Hist h(256, 0);
        h[1] = 20000000000LL;
        for (int i = 11; i <= 20; ++i) {
            h[size_t(i)] = 1000000000LL;
        }
        h[160] = 2000000000LL;
        h[161] = 1333333333LL;
        TaskContext task;
        QCOMPARE(defaultRef(h), 86);
        QCOMPARE(autoThresholdIndex(ThresholdMethod::Default, h, task), 86);
        Hist saturated = h;
        saturated[1] = 2147483647LL;
        QCOMPARE(ijIsoDataRef(saturated), 87);
    }
};

QTEST_GUILESS_MAIN(TestThresholdLargeCounts)
#include "TestThresholdLargeCounts.moc"
