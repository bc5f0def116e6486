// The 17 global auto-threshold methods of ImageJ 1.53t, written from the published methods (papers cited at each
// function) with the numerical conventions ImageJ documents for its 256-bin version (first/last non-empty bin,
// tie-breaking, Java's integer truncation and rounding), generalised to any number of bins. The information-theoretic
// ones (Huang, Huang2, Li, MaxEntropy, RenyiEntropy, Shanbhag, Yen) are in EntropyThresholds.cpp; the histogram
// helpers both use are in AutoThresholdSupport.h.
#include "core/threshold/AutoThresholdMethods.h"

#include "core/threshold/AutoThresholdSupport.h"
#include "core/threshold/EntropyThresholds.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace tessera {
using namespace autothreshold;
namespace {

// ---------------------------------------------------------------------------------------------------------------
// IsoData family (Ridler & Calvard 1978)

/** ImageJ's original IsoData ("IJ_IsoData"): end bins ignored, iterate the split until it passes the mean of means. */
int ijIsoData(Hist data)
{
    const int n = int(data.size());
    const int maxValue = n - 1;
    data[0] = 0;
    data[size_t(maxValue)] = 0;
    int min = 0;
    while (data[size_t(min)] == 0 && min < maxValue) {
        ++min;
    }
    int max = maxValue;
    while (data[size_t(max)] == 0 && max > 0) {
        --max;
    }
    if (min >= max) {
        return n / 2;
    }
    const Prefix pre(data);
    int moving = min;
    double result = 0;
    do {
        const double sum1 = Prefix::range(pre.s1, min, moving);
        const double sum2 = Prefix::range(pre.n, min, moving);
        const double sum3 = Prefix::range(pre.s1, moving + 1, max);
        const double sum4 = Prefix::range(pre.n, moving + 1, max);
        result = (sum1 / sum2 + sum3 / sum4) / 2.0;
        ++moving;
    } while ((moving + 1) <= result && moving < max - 1);
    return int(javaRound(result));
}

/** ImageJ's "Default": IJ_IsoData after limiting the mode to 1.5x the second-highest count when it exceeds 2x. */
int defaultIsoData(const Hist& data)
{
    Hist data2 = data;
    int mode = 0;
    qint64 maxCount = 0;
    for (size_t i = 0; i < data2.size(); ++i) {
        if (data2[i] > maxCount) {
            maxCount = data2[i];
            mode = int(i);
        }
    }
    qint64 maxCount2 = 0;
    for (size_t i = 0; i < data2.size(); ++i) {
        if (data2[i] > maxCount2 && int(i) != mode) {
            maxCount2 = data2[i];
        }
    }
    if (maxCount > maxCount2 * 2 && maxCount2 != 0) {
        // ImageJ: (int)(maxCount2 * 1.5) saturates at 2^31 - 1 (its int histogram overflows beyond that anyway);
        // exact here, so counts beyond 32 bits keep the definition.
        data2[size_t(mode)] = qint64(double(maxCount2) * 1.5);
    }
    return ijIsoData(data2);
}

/** IsoData (intermeans): the smallest g with g == round((mean below g + mean above g) / 2), means over h. */
int isoData(const Hist& data)
{
    const int n = int(data.size());
    const Prefix pre(data);
    int g = 0;
    for (int i = 1; i < n; ++i) {
        if (data[size_t(i)] > 0) {
            g = i + 1;
            break;
        }
    }
    while (true) {
        // below: bins [0, g), integer mean (ImageJ divides integers); above: bins (g, n), real mean
        const qint64 totl = g > 0 ? qint64(Prefix::range(pre.n, 0, g - 1)) : 0;
        qint64 l = g > 0 ? qint64(Prefix::range(pre.s1, 0, g - 1)) : 0;
        const double toth = Prefix::range(pre.n, g + 1, n - 1);
        double h = Prefix::range(pre.s1, g + 1, n - 1);
        if (totl > 0 && toth > 0) {
            l /= totl;
            h /= toth;
            if (double(g) == javaRound((double(l) + h) / 2.0)) {
                break;
            }
        }
        ++g;
        if (g > n - 2) {
            return -1;
        }
    }
    return g;
}

// ---------------------------------------------------------------------------------------------------------------
/** True when y has exactly two strict local maxima. */
bool bimodal(const Vec& y)
{
    int modes = 0;
    for (size_t k = 1; k + 1 < y.size(); ++k) {
        if (y[k - 1] < y[k] && y[k + 1] < y[k]) {
            if (++modes > 2) {
                return false;
            }
        }
    }
    return modes == 2;
}

/**
 * Intermodes, Prewitt & Mendelsohn (1966), "The analysis of cell images", Ann. N.Y. Acad. Sci. 128:1035-1053:
 * smooth the histogram (between its first and last non-empty bins) with a 3-point running mean until it has
 * exactly two local maxima j < k; threshold floor((j + k) / 2).
 */
int intermodes(const Hist& data, TaskContext& task)
{
    const int minbin = firstNonZero(data);
    const int maxbin = lastNonZero(data);
    const int length = maxbin - minbin + 1;
    Vec hist(static_cast<size_t>(length));
    for (int i = minbin; i <= maxbin; ++i) {
        hist[size_t(i - minbin)] = double(data[size_t(i)]);
    }
    int iter = 0;
    while (!bimodal(hist)) {
        double previous = 0;
        double current = 0;
        double next = hist[0];
        for (int i = 0; i < length - 1; ++i) {
            previous = current;
            current = next;
            next = hist[size_t(i + 1)];
            hist[size_t(i)] = (previous + current + next) / 3;
        }
        hist[size_t(length - 1)] = (current + next) / 3;
        if (++iter > kMaxIterations) {
            return -1;
        }
        if (pollCancelled(task, iter) && task.isCancelled()) {
            return -2;
        }
    }
    qint64 tt = 0;
    for (int i = 1; i < length - 1; ++i) {
        if (hist[size_t(i - 1)] < hist[size_t(i)] && hist[size_t(i + 1)] < hist[size_t(i)]) {
            tt += i;
        }
    }
    return int(std::floor(double(tt) / 2.0)) + minbin;
}

/**
 * Minimum, Prewitt & Mendelsohn (1966): smooth the whole histogram with a 3-point running mean (zero outside) until
 * bimodal; threshold = the first i with y[i-1] > y[i] <= y[i+1].
 */
int minimum(const Hist& data, TaskContext& task)
{
    const int n = int(data.size());
    Vec h(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        h[size_t(i)] = double(data[size_t(i)]);
    }
    Vec t(static_cast<size_t>(n), 0.0);
    // Smoothing only spreads the support [first, last] by one bin per pass; outside it every value stays exactly 0,
    // so each pass (and the bimodality test) is restricted to the support plus one bin on each side.
    const int first = firstNonZero(data);
    const int last = lastNonZero(data);
    auto isBimodal = [&](int lo, int hi) {
        int modes = 0;
        for (int k = std::max(1, lo); k <= std::min(n - 2, hi); ++k) {
            if (h[size_t(k - 1)] < h[size_t(k)] && h[size_t(k + 1)] < h[size_t(k)]) {
                if (++modes > 2) {
                    return false;
                }
            }
        }
        return modes == 2;
    };
    int iter = 0;
    while (!isBimodal(first - iter - 1, last + iter + 1)) {
        const int lo = std::max(0, first - iter - 1);
        const int hi = std::min(n - 1, last + iter + 1);
        for (int i = std::max(1, lo); i <= std::min(n - 2, hi); ++i) {
            t[size_t(i)] = (h[size_t(i - 1)] + h[size_t(i)] + h[size_t(i + 1)]) / 3;
        }
        if (lo == 0) {
            t[0] = (h[0] + h[1]) / 3;
        }
        if (hi == n - 1) {
            t[size_t(n - 1)] = (h[size_t(n - 2)] + h[size_t(n - 1)]) / 3;
        }
        h.swap(t);
        if (++iter > kMaxIterations) {
            return -1;
        }
        if (pollCancelled(task, iter) && task.isCancelled()) {
            return -2;
        }
    }
    for (int i = 1; i < n - 1; ++i) {
        if (h[size_t(i - 1)] > h[size_t(i)] && h[size_t(i + 1)] >= h[size_t(i)]) {
            return i;
        }
    }
    return -1;
}

/** Glasbey (1993), "An analysis of histogram-based thresholding algorithms", CVGIP:GMIP 55:532-537: floor(mean). */
int meanMethod(const Hist& data)
{
    double tot = 0;
    double sum = 0;
    for (size_t i = 0; i < data.size(); ++i) {
        tot += double(data[i]);
        sum += double(i) * double(data[i]);
    }
    return int(std::floor(sum / tot));
}

/**
 * Kittler & Illingworth (1986), "Minimum error thresholding", Pattern Recognition 19:41-47, iterative form of
 * Glasbey (1993): from t = Mean, solve the quadratic of the two-Gaussian minimum-error condition for the next t
 * (integer part) until t repeats; stop with the current t when the root would be imaginary.
 */
int minErrorI(const Hist& data)
{
    const int n = int(data.size());
    const Prefix pre(data);
    auto A = [&](int j) { return j < 0 ? 0.0 : pre.n[size_t(std::min(j, n - 1))]; };
    auto B = [&](int j) { return j < 0 ? 0.0 : pre.s1[size_t(std::min(j, n - 1))]; };
    auto C = [&](int j) { return j < 0 ? 0.0 : pre.s2[size_t(std::min(j, n - 1))]; };
    qint64 threshold = meanMethod(data);
    qint64 tPrev = -2;
    int iter = 0;
    while (threshold != tPrev && iter++ < kMaxIterations) {
        const int t = int(std::clamp<qint64>(threshold, -1, n - 1));
        const double mu = B(t) / A(t);
        const double nu = (B(n - 1) - B(t)) / (A(n - 1) - A(t));
        const double p = A(t) / A(n - 1);
        const double q = (A(n - 1) - A(t)) / A(n - 1);
        const double sigma2 = C(t) / A(t) - (mu * mu);
        const double tau2 = (C(n - 1) - C(t)) / (A(n - 1) - A(t)) - (nu * nu);
        const double w0 = 1.0 / sigma2 - 1.0 / tau2;
        const double w1 = mu / sigma2 - nu / tau2;
        const double w2 = (mu * mu) / sigma2 - (nu * nu) / tau2 + std::log10((sigma2 * (q * q)) / (tau2 * (p * p)));
        const double sqterm = (w1 * w1) - w0 * w2;
        if (sqterm < 0) {
            break;
        }
        tPrev = threshold;
        const double temp = (w1 + std::sqrt(sqterm)) / w0;
        threshold = std::isfinite(temp) ? javaInt(std::floor(temp)) : tPrev;
    }
    return int(std::clamp<qint64>(threshold, -1, n - 1));
}

/**
 * Tsai (1985), "Moment-preserving thresholding: a new approach", CVGIP 29:377-393: the binary image with the same
 * first three moments has an object fraction p0; threshold = the first level whose cumulative fraction exceeds p0.
 */
int moments(const Hist& data)
{
    const int n = int(data.size());
    double total = 0;
    for (qint64 v : data) {
        total += double(v);
    }
    Vec histo(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        histo[size_t(i)] = double(data[size_t(i)]) / total;
    }
    const double m0 = 1.0;
    double m1 = 0.0;
    double m2 = 0.0;
    double m3 = 0.0;
    for (int i = 0; i < n; ++i) {
        const double di = i;
        m1 += di * histo[size_t(i)];
        m2 += di * di * histo[size_t(i)];
        m3 += di * di * di * histo[size_t(i)];
    }
    const double cd = m0 * m2 - m1 * m1;
    const double c0 = (-m2 * m2 + m1 * m3) / cd;
    const double c1 = (m0 * -m3 + m2 * m1) / cd;
    const double z0 = 0.5 * (-c1 - std::sqrt(c1 * c1 - 4.0 * c0));
    const double z1 = 0.5 * (-c1 + std::sqrt(c1 * c1 - 4.0 * c0));
    const double p0 = (z1 - m1) / (z1 - z0);
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        sum += histo[size_t(i)];
        if (sum > p0) {
            return i;
        }
    }
    return -1;
}

/**
 * Otsu (1979), "A threshold selection method from gray-level histograms", IEEE SMC 9(1):62-66: maximise the
 * between-class variance. ImageJ 1.53t's formulation (found with ImageJ as the oracle,
 * tests/tools/threshold_corpus.py): with N pixels of total intensity S, N1(k) pixels and intensity S1(k) in bins 0..k,
 *   BCV(k) = (N1/N * S - S1)^2 / (N1 (N - N1))   (0 when N1 (N - N1) == 0),
 * over k = 1 .. bins-2 only (the end bins are never the threshold), starting from t = 0; a later k replaces the
 * best on ties (>=), so on a plateau of equal variance (a run of empty bins) the LAST bin of the run wins. The
 * Celebi form (first maximum over every bin) differs by the length of the run, e.g. 3 levels on a rescaled 8-bit
 * histogram with every other bin empty. Sums are accumulated in bin order in doubles, exactly as ImageJ does, so
 * ties compare equal bit for bit; counts beyond 2^53 lose only relative precision (no overflow).
 */
int otsu(const Hist& data)
{
    const int n = int(data.size());
    double total = 0.0;     // N
    double intensity = 0.0; // S
    for (int k = 0; k < n; ++k) {
        intensity += double(k) * double(data[size_t(k)]);
        total += double(data[size_t(k)]);
    }
    double below = double(data[0]); // N1
    double belowIntensity = 0.0;    // S1
    double best = 0.0;
    int threshold = 0;
    for (int k = 1; k < n - 1; ++k) {
        belowIntensity += double(k) * double(data[size_t(k)]);
        below += double(data[size_t(k)]);
        const double denom = below * (total - below);
        double bcv = 0.0;
        if (denom != 0.0) {
            const double num = (below / total) * intensity - belowIntensity;
            bcv = (num * num) / denom;
        }
        if (bcv >= best) {
            best = bcv;
            threshold = k;
        }
    }
    return threshold;
}

/**
 * Doyle (1962), "Operations useful for similarity-invariant pattern recognition", J. ACM 9:259-267: the level whose
 * cumulative fraction is closest to 50 % (first one on ties).
 */
int percentile(const Hist& data)
{
    const int n = int(data.size());
    const Prefix pre(data);
    const double total = pre.n[size_t(n - 1)];
    int threshold = -1;
    double temp = 1.0;
    for (int i = 0; i < n; ++i) {
        const double a = std::fabs(pre.n[size_t(i)] / total - 0.5);
        if (a < temp) {
            temp = a;
            threshold = i;
        }
    }
    return threshold;
}

/**
 * Zack, Rogers & Latt (1977), "Automatic measurement of sister chromatid exchange frequency", J. Histochem.
 * Cytochem. 25(7):741-753: the level of maximum distance between the histogram and the line from its peak to the
 * empty bin just beyond the far end of the histogram (the longer side of the peak, as in ImageJ), minus one.
 */
int triangle(Hist data)
{
    const int n = int(data.size());
    int min = 0;
    int dmaxIdx = 0;
    qint64 dmax = 0;
    int min2 = 0;
    for (int i = 0; i < n; ++i) {
        if (data[size_t(i)] > 0) {
            min = i;
            break;
        }
    }
    if (min > 0) {
        --min;
    }
    for (int i = n - 1; i > 0; --i) {
        if (data[size_t(i)] > 0) {
            min2 = i;
            break;
        }
    }
    if (min2 < n - 1) {
        ++min2;
    }
    for (int i = 0; i < n; ++i) {
        if (data[size_t(i)] > dmax) {
            dmaxIdx = i;
            dmax = data[size_t(i)];
        }
    }
    int max = dmaxIdx;
    bool inverted = false;
    if ((max - min) < (min2 - max)) {
        inverted = true;
        std::reverse(data.begin(), data.end());
        min = n - 1 - min2;
        max = n - 1 - max;
    }
    if (min == max) {
        return min;
    }
    double nx = double(data[size_t(max)]);
    double ny = min - max;
    double d = std::sqrt(nx * nx + ny * ny);
    nx /= d;
    ny /= d;
    d = nx * min + ny * double(data[size_t(min)]);
    int split = min;
    double splitDistance = 0;
    for (int i = min + 1; i <= max; ++i) {
        const double newDistance = nx * i + ny * double(data[size_t(i)]) - d;
        if (newDistance > splitDistance) {
            split = i;
            splitDistance = newDistance;
        }
    }
    --split;
    return inverted ? n - 1 - split : split;
}

} // namespace

int autoThresholdIndex(ThresholdMethod method, const std::vector<qint64>& histogram, TaskContext& task, bool* found)
{
    const int n = int(histogram.size());
    if (found) {
        *found = false;
    }
    if (n < 2 || firstNonZero(histogram) < 0) {
        return 0;
    }
    int t = 0;
    switch (method) {
    case ThresholdMethod::Default:
        t = defaultIsoData(histogram);
        break;
    case ThresholdMethod::Huang:
        t = huang(histogram, task);
        break;
    case ThresholdMethod::Huang2:
        t = huang2(histogram, task);
        break;
    case ThresholdMethod::Intermodes:
        t = intermodes(histogram, task);
        break;
    case ThresholdMethod::IsoData:
        t = isoData(histogram);
        break;
    case ThresholdMethod::IJ_IsoData:
        t = ijIsoData(histogram);
        break;
    case ThresholdMethod::Li:
        t = li(histogram);
        break;
    case ThresholdMethod::MaxEntropy:
        t = maxEntropy(histogram, task);
        break;
    case ThresholdMethod::Mean:
        t = meanMethod(histogram);
        break;
    case ThresholdMethod::MinError:
        t = minErrorI(histogram);
        break;
    case ThresholdMethod::Minimum:
        t = minimum(histogram, task);
        break;
    case ThresholdMethod::Moments:
        t = moments(histogram);
        break;
    case ThresholdMethod::Otsu:
        t = otsu(histogram);
        break;
    case ThresholdMethod::Percentile:
        t = percentile(histogram);
        break;
    case ThresholdMethod::RenyiEntropy:
        t = renyiEntropy(histogram, task);
        break;
    case ThresholdMethod::Shanbhag:
        t = shanbhag(histogram, task);
        break;
    case ThresholdMethod::Triangle:
        t = triangle(histogram);
        break;
    case ThresholdMethod::Yen:
        t = yen(histogram);
        break;
    }
    if (t == -2 && task.isCancelled()) {
        return -1;
    }
    if (found) {
        *found = t >= 0;
    }
    return std::clamp(t, 0, n - 1);
}

} // namespace tessera
