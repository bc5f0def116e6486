// The 17 global auto-threshold methods of ImageJ 1.53t, written from the published methods (papers cited at each
// function) with the numerical conventions ImageJ documents for its 256-bin version (first/last non-empty bin,
// tie-breaking, Java's integer truncation and rounding), generalised to any number of bins.
#include "core/threshold/AutoThresholdMethods.h"

#include "core/task/TaskContext.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <atomic>
#include <cfloat>
#include <cmath>
#include <limits>

namespace tessera {
namespace {
using Hist = std::vector<qint64>;
using Vec = std::vector<double>;

constexpr double kDblEpsilon = 2.220446049250313E-16;
constexpr int kMaxIterations = 10000;
constexpr int kPollEvery = 256;

/** Java's Math.round for doubles: floor(x + 0.5). */
double javaRound(double x)
{
    return std::floor(x + 0.5);
}

/** Java's (int) cast of a double: truncation toward zero, NaN -> 0, saturation at the int range. */
qint64 javaInt(double x)
{
    if (std::isnan(x)) {
        return 0;
    }
    if (x >= 2147483647.0) {
        return 2147483647;
    }
    if (x <= -2147483648.0) {
        return -2147483648LL;
    }
    return qint64(x);
}

int firstNonZero(const Hist& h)
{
    for (size_t i = 0; i < h.size(); ++i) {
        if (h[i] != 0) {
            return int(i);
        }
    }
    return -1;
}

int lastNonZero(const Hist& h)
{
    for (size_t i = h.size(); i-- > 0;) {
        if (h[i] != 0) {
            return int(i);
        }
    }
    return -1;
}

std::vector<int> nonZeroBins(const Hist& h)
{
    std::vector<int> nz;
    for (size_t i = 0; i < h.size(); ++i) {
        if (h[i] != 0) {
            nz.push_back(int(i));
        }
    }
    return nz;
}

/** Prefix sums of count, i*count and i*i*count (exact integers in doubles up to 2^53). */
struct Prefix
{
    Vec n, s1, s2;
    explicit Prefix(const Hist& h) : n(h.size()), s1(h.size()), s2(h.size())
    {
        double a = 0;
        double b = 0;
        double c = 0;
        for (size_t i = 0; i < h.size(); ++i) {
            const double d = double(h[i]);
            a += d;
            b += double(i) * d;
            c += double(i) * double(i) * d;
            n[i] = a;
            s1[i] = b;
            s2[i] = c;
        }
    }
    /** Sum over [i0, i1] (empty when i1 < i0). */
    static double range(const Vec& v, int i0, int i1)
    {
        if (i1 < i0) {
            return 0.0;
        }
        return v[size_t(i1)] - (i0 > 0 ? v[size_t(i0 - 1)] : 0.0);
    }
};

/** Normalised histogram p_i = h_i / N and its running sum P1 (summed in bin order), P2 = 1 - P1. */
struct Normalised
{
    Vec p, P1, P2;
    explicit Normalised(const Hist& h) : p(h.size()), P1(h.size()), P2(h.size())
    {
        double total = 0;
        for (qint64 v : h) {
            total += double(v);
        }
        for (size_t i = 0; i < h.size(); ++i) {
            p[i] = double(h[i]) / total;
        }
        P1[0] = p[0];
        P2[0] = 1.0 - P1[0];
        for (size_t i = 1; i < h.size(); ++i) {
            P1[i] = P1[i - 1] + p[i];
            P2[i] = 1.0 - P1[i];
        }
    }
    int firstBin() const
    {
        for (size_t i = 0; i < P1.size(); ++i) {
            if (!(std::fabs(P1[i]) < kDblEpsilon)) {
                return int(i);
            }
        }
        return 0;
    }
    int lastBin(int first) const
    {
        for (int i = int(P2.size()) - 1; i >= first; --i) {
            if (!(std::fabs(P2[size_t(i)]) < kDblEpsilon)) {
                return i;
            }
        }
        return int(P2.size()) - 1;
    }
};

/**
 * The thresholds worth evaluating in [first, last] for criteria that depend on t only through the partition of the
 * non-empty bins and P(t): in a run of empty bins every t gives exactly the value of the run's first t (adding zero
 * counts changes no sum), so with strict comparisons (first optimum wins) only `first` and the non-empty bins can win.
 */
std::vector<int> candidateThresholds(const std::vector<int>& nz, int first, int last)
{
    std::vector<int> c;
    c.push_back(first);
    for (int i : nz) {
        if (i > first && i <= last) {
            c.push_back(i);
        }
    }
    return c;
}

/**
 * values[i] = f(candidates[i]) for every candidate; in parallel (both cores) when the work is large. Each value is
 * computed by the same code whatever the thread, so the caller's sequential selection gives exactly the sequential
 * answer. Returns false when task was cancelled (polled every 64 candidates).
 */
template <typename F>
bool evaluateAll(const std::vector<int>& candidates, size_t workPerCandidate, TaskContext& task, F f, Vec& values)
{
    values.assign(candidates.size(), 0.0);
    std::atomic<bool> cancelled{false};
    auto body = [&](const cv::Range& r) {
        for (int i = r.start; i < r.end; ++i) {
            if ((i - r.start) % 64 == 0 && (cancelled.load(std::memory_order_relaxed) || task.isCancelled())) {
                cancelled.store(true);
                return;
            }
            values[size_t(i)] = f(candidates[size_t(i)]);
        }
    };
    const int n = int(candidates.size());
    if (double(n) * double(workPerCandidate) > 16384.0 && n > 1) {
        cv::parallel_for_(cv::Range(0, n), body, std::max(1, cv::getNumThreads()) * 4);
    } else {
        body(cv::Range(0, n));
    }
    return !cancelled.load() && !task.isCancelled();
}

bool pollCancelled(TaskContext& task, int i)
{
    return (i % kPollEvery) == 0 && task.isCancelled();
}

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

/**
 * Huang & Wang (1995), "Image thresholding by minimizing the measures of fuzziness", Pattern Recognition 28(1):41-51:
 * membership 1 / (1 + |i - mu_class| / (last - first)), Shannon fuzzy entropy summed over pixels, minimised.
 */
int huang(const Hist& data, TaskContext& task)
{
    const int n = int(data.size());
    const int first = std::max(0, firstNonZero(data));
    int last = n - 1;
    for (int i = n - 1; i >= first; --i) {
        if (data[size_t(i)] != 0) {
            last = i;
            break;
        }
    }
    const double term = 1.0 / double(last - first);
    Vec mu0(static_cast<size_t>(n), 0.0);
    Vec mu1(static_cast<size_t>(n), 0.0);
    double sum = 0;
    double num = 0;
    for (int i = first; i < n; ++i) {
        sum += double(i) * double(data[size_t(i)]);
        num += double(data[size_t(i)]);
        mu0[size_t(i)] = sum / num;
    }
    sum = num = 0;
    for (int i = last; i > 0; --i) {
        sum += double(i) * double(data[size_t(i)]);
        num += double(data[size_t(i)]);
        mu1[size_t(i - 1)] = sum / num;
    }
    const std::vector<int> nz = nonZeroBins(data);
    int threshold = -1;
    double minEnt = DBL_MAX;
    // The entropy only changes where the partition of the non-empty bins changes: thresholds in a run of empty
    // bins give the entropy of the non-empty bin that starts the run (and those below `first` that of 0). The first
    // minimum wins, so only 0 and the non-empty bins need evaluating.
    std::vector<int> candidates;
    if (nz.empty() || nz.front() != 0) {
        candidates.push_back(0);
    }
    candidates.insert(candidates.end(), nz.begin(), nz.end());
    auto entropy = [&](int it) {
        double ent = 0.0;
        for (int ih : nz) {
            const double mu = ih <= it ? mu0[size_t(it)] : mu1[size_t(it)];
            const double muX = 1.0 / (1.0 + term * std::fabs(ih - mu));
            if (!(muX < 1e-06 || muX > 0.999999)) {
                ent += double(data[size_t(ih)]) * (-muX * std::log(muX) - (1.0 - muX) * std::log(1.0 - muX));
            }
        }
        return ent;
    };
    Vec ents;
    if (!evaluateAll(candidates, nz.size(), task, entropy, ents)) {
        return -2;
    }
    for (size_t ci = 0; ci < candidates.size(); ++ci) {
        if (ents[ci] < minEnt) {
            minEnt = ents[ci];
            threshold = candidates[ci];
        }
    }
    return threshold;
}

/**
 * Huang2 (Fiji's Auto Threshold, J. Schindelin 2011): Huang's criterion with each class mean rounded to an
 * integer level so the membership entropy is a table lookup by |i - mu|; O(range^2) in non-empty levels.
 */
int huang2(const Hist& data, TaskContext& task)
{
    const int n = int(data.size());
    int first = 0;
    while (first < n && data[size_t(first)] == 0) {
        ++first;
    }
    int last = n - 1;
    while (last > first && data[size_t(last)] == 0) {
        --last;
    }
    if (first >= last) {
        return 0;
    }
    Vec S(size_t(last + 1), 0.0);
    Vec W(size_t(last + 1), 0.0);
    S[0] = double(data[0]);
    for (int i = std::max(1, first); i <= last; ++i) {
        S[size_t(i)] = S[size_t(i - 1)] + double(data[size_t(i)]);
        W[size_t(i)] = W[size_t(i - 1)] + double(i) * double(data[size_t(i)]);
    }
    const double C = last - first;
    Vec smu(size_t(last + 1 - first), 0.0);
    for (size_t i = 1; i < smu.size(); ++i) {
        const double mu = 1.0 / (1.0 + double(i) / C);
        smu[i] = -mu * std::log(mu) - (1.0 - mu) * std::log(1.0 - mu);
    }
    const std::vector<int> nz = nonZeroBins(data);
    const std::vector<int> candidates = candidateThresholds(nz, first, last);
    auto entropyAt = [&](int t) {
        double entropy = 0;
        const qint64 mu0 = qint64(javaRound(W[size_t(t)] / S[size_t(t)]));
        const double rest = S[size_t(last)] - S[size_t(t)];
        const qint64 mu1 = rest > 0 ? qint64(javaRound((W[size_t(last)] - W[size_t(t)]) / rest)) : 0;
        for (int i : nz) {
            const qint64 mu = i <= t ? mu0 : mu1;
            const size_t k = size_t(std::min<qint64>(std::llabs(i - mu), qint64(smu.size()) - 1));
            entropy += smu[k] * double(data[size_t(i)]);
        }
        return entropy;
    };
    Vec ents;
    if (!evaluateAll(candidates, nz.size(), task, entropyAt, ents)) {
        return -2;
    }
    int best = 0;
    double bestEntropy = DBL_MAX;
    for (size_t ci = 0; ci < candidates.size(); ++ci) {
        if (bestEntropy > ents[ci]) {
            bestEntropy = ents[ci];
            best = candidates[ci];
        }
    }
    return best;
}

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

/**
 * Li & Tam (1998), "An iterative algorithm for minimum cross entropy thresholding", Pattern Recognition Letters
 * 18(8):771-776 (criterion of Li & Lee 1993): t_{k+1} = round((mb - mo) / (ln mb - ln mo)), starting at the mean,
 * until |t_{k+1} - t_k| <= 0.5; returns the last split used.
 */
int li(const Hist& data)
{
    const int n = int(data.size());
    const Prefix pre(data);
    const double numPixels = pre.n[size_t(n - 1)];
    double mean = 0.0;
    for (int i = 1; i < n; ++i) {
        mean += double(i) * double(data[size_t(i)]);
    }
    mean /= numPixels;
    double newThresh = mean;
    double oldThresh = 0;
    int threshold = 0;
    int iter = 0;
    do {
        oldThresh = newThresh;
        threshold = int(std::clamp<qint64>(javaInt(oldThresh + 0.5), 0, n - 1));
        const double numBack = Prefix::range(pre.n, 0, threshold);
        const double sumBack = Prefix::range(pre.s1, 0, threshold);
        const double meanBack = numBack == 0 ? 0.0 : sumBack / numBack;
        const double numObj = Prefix::range(pre.n, threshold + 1, n - 1);
        const double sumObj = Prefix::range(pre.s1, threshold + 1, n - 1);
        const double meanObj = numObj == 0 ? 0.0 : sumObj / numObj;
        const double temp = (meanBack - meanObj) / (std::log(meanBack) - std::log(meanObj));
        newThresh = temp < -kDblEpsilon ? double(javaInt(temp - 0.5)) : double(javaInt(temp + 0.5));
    } while (std::fabs(newThresh - oldThresh) > 0.5 && ++iter < kMaxIterations);
    return threshold;
}

/** H_background(t) + H_object(t): the Shannon entropies of the two normalised classes (Kapur et al. 1985). */
double shannonSum(const Normalised& nh, const std::vector<int>& nz, int it)
{
    double entBack = 0.0;
    double entObj = 0.0;
    for (int ih : nz) {
        if (ih <= it) {
            const double q = nh.p[size_t(ih)] / nh.P1[size_t(it)];
            entBack -= q * std::log(q);
        } else {
            const double q = nh.p[size_t(ih)] / nh.P2[size_t(it)];
            entObj -= q * std::log(q);
        }
    }
    return entBack + entObj;
}

/**
 * Kapur, Sahoo & Wong (1985), "A new method for gray-level picture thresholding using the entropy of the histogram",
 * CVGIP 29(3):273-285: maximise H_background(t) + H_object(t) (Shannon entropies of the two normalised classes).
 */
int maxEntropy(const Hist& data, TaskContext& task)
{
    const Normalised nh(data);
    const int first = nh.firstBin();
    const int last = nh.lastBin(first);
    const std::vector<int> nz = nonZeroBins(data);
    const std::vector<int> candidates = candidateThresholds(nz, first, last);
    Vec tots;
    if (!evaluateAll(
            candidates, nz.size(), task, [&](int it) { return shannonSum(nh, nz, it); }, tots)) {
        return -2;
    }
    int threshold = -1;
    double maxEnt = std::numeric_limits<double>::denorm_min(); // Java's Double.MIN_VALUE
    for (size_t ci = 0; ci < candidates.size(); ++ci) {
        if (maxEnt < tots[ci]) {
            maxEnt = tots[ci];
            threshold = candidates[ci];
        }
    }
    return threshold;
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
 * Kapur, Sahoo & Wong (1985) with Renyi entropies of order 0.5, 1 and 2 (Sahoo, Wilkins & Yeager 1997, "Threshold
 * selection using Renyi's entropy", Pattern Recognition 30(1):71-84): the three thresholds t1 <= t2 <= t3 are
 * combined as t1 (P(t1) + w b1 / 4) + t2 w b2 / 4 + t3 (1 - P(t3) + w b3 / 4), w = P(t3) - P(t1), with the betas of
 * the paper chosen by how close the thresholds are (5 levels).
 */
int renyiEntropy(const Hist& data, TaskContext& task)
{
    const int n = int(data.size());
    const Normalised nh(data);
    const int first = nh.firstBin();
    const int last = nh.lastBin(first);
    const std::vector<int> nz = nonZeroBins(data);
    const std::vector<int> candidates = candidateThresholds(nz, first, last);
    const Vec& p = nh.p;
    const Vec& P1 = nh.P1;
    const Vec& P2 = nh.P2;

    // alpha = 1: maximum (Shannon) entropy, as MaxEntropy but starting from 0 / threshold 0
    Vec tots;
    if (!evaluateAll(
            candidates, nz.size(), task, [&](int it) { return shannonSum(nh, nz, it); }, tots)) {
        return -2;
    }
    int tStar2 = 0;
    double maxEnt = 0.0;
    for (size_t ci = 0; ci < candidates.size(); ++ci) {
        if (maxEnt < tots[ci]) {
            maxEnt = tots[ci];
            tStar2 = candidates[ci];
        }
    }

    auto renyi = [&](double alpha, int& best) {
        const double term = 1.0 / (1.0 - alpha);
        auto value = [&](int it) {
            double entBack = 0.0;
            double entObj = 0.0;
            for (int ih : nz) {
                if (alpha == 0.5) {
                    if (ih <= it) {
                        entBack += std::sqrt(p[size_t(ih)] / P1[size_t(it)]);
                    } else {
                        entObj += std::sqrt(p[size_t(ih)] / P2[size_t(it)]);
                    }
                } else if (ih <= it) {
                    entBack += (p[size_t(ih)] * p[size_t(ih)]) / (P1[size_t(it)] * P1[size_t(it)]);
                } else {
                    entObj += (p[size_t(ih)] * p[size_t(ih)]) / (P2[size_t(it)] * P2[size_t(it)]);
                }
            }
            return term * ((entBack * entObj) > 0.0 ? std::log(entBack * entObj) : 0.0);
        };
        Vec v;
        if (!evaluateAll(candidates, nz.size(), task, value, v)) {
            return false;
        }
        best = 0;
        double maxE = 0.0;
        for (size_t ci = 0; ci < candidates.size(); ++ci) {
            if (v[ci] > maxE) {
                maxE = v[ci];
                best = candidates[ci];
            }
        }
        return true;
    };
    int tStar1 = 0;
    int tStar3 = 0;
    if (!renyi(0.5, tStar1) || !renyi(2.0, tStar3)) {
        return -2;
    }
    if (tStar2 < tStar1) {
        std::swap(tStar1, tStar2);
    }
    if (tStar3 < tStar2) {
        std::swap(tStar2, tStar3);
    }
    if (tStar2 < tStar1) {
        std::swap(tStar1, tStar2);
    }
    int beta1 = 0;
    int beta2 = 0;
    int beta3 = 0;
    if (std::abs(tStar1 - tStar2) <= 5) {
        if (std::abs(tStar2 - tStar3) <= 5) {
            beta1 = 1;
            beta2 = 2;
            beta3 = 1;
        } else {
            beta1 = 0;
            beta2 = 1;
            beta3 = 3;
        }
    } else if (std::abs(tStar2 - tStar3) <= 5) {
        beta1 = 3;
        beta2 = 1;
        beta3 = 0;
    } else {
        beta1 = 1;
        beta2 = 2;
        beta3 = 1;
    }
    const double omega = P1[size_t(tStar3)] - P1[size_t(tStar1)];
    const double opt = tStar1 * (P1[size_t(tStar1)] + 0.25 * omega * beta1) + 0.25 * tStar2 * omega * beta2 +
                       tStar3 * (P2[size_t(tStar3)] + 0.25 * omega * beta3);
    return int(std::clamp<qint64>(javaInt(opt), 0, n - 1));
}

/**
 * Shanbhag (1994), "Utilization of information measure as a means of image thresholding", CVGIP:GMIP 56(5):414-419:
 * minimise |I_background(t) - I_object(t)|, the fuzzy information measures of the two classes.
 */
int shanbhag(const Hist& data, TaskContext& task)
{
    const int n = int(data.size());
    const Normalised nh(data);
    const int first = nh.firstBin();
    const int last = nh.lastBin(first);
    const std::vector<int> nz = nonZeroBins(data);
    const std::vector<int> candidates = candidateThresholds(nz, first, last);
    auto measure = [&](int it) {
        double entBack = 0.0;
        double term = 0.5 / nh.P1[size_t(it)];
        for (int ih : nz) {
            if (ih < 1) {
                continue;
            }
            if (ih > it) {
                break;
            }
            entBack -= nh.p[size_t(ih)] * std::log(1.0 - term * nh.P1[size_t(ih - 1)]);
        }
        entBack *= term;
        double entObj = 0.0;
        term = 0.5 / nh.P2[size_t(it)];
        for (int ih : nz) {
            if (ih <= it || ih >= n) {
                continue;
            }
            entObj -= nh.p[size_t(ih)] * std::log(1.0 - term * nh.P2[size_t(ih)]);
        }
        entObj *= term;
        return std::fabs(entBack - entObj);
    };
    Vec tots;
    if (!evaluateAll(candidates, nz.size(), task, measure, tots)) {
        return -2;
    }
    int threshold = -1;
    double minEnt = DBL_MAX;
    for (size_t ci = 0; ci < candidates.size(); ++ci) {
        if (tots[ci] < minEnt) {
            minEnt = tots[ci];
            threshold = candidates[ci];
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

/**
 * Yen, Chang & Chang (1995), "A new criterion for automatic multilevel thresholding", IEEE TIP 4(3):370-378:
 * maximise -ln(sum_{i<=t} p_i^2 * sum_{i>t} p_i^2) + 2 ln(P(t) (1 - P(t))).
 */
int yen(const Hist& data)
{
    const int n = int(data.size());
    const Normalised nh(data);
    const Vec& p = nh.p;
    Vec P1sq(static_cast<size_t>(n));
    Vec P2sq(static_cast<size_t>(n));
    P1sq[0] = p[0] * p[0];
    for (int i = 1; i < n; ++i) {
        P1sq[size_t(i)] = P1sq[size_t(i - 1)] + p[size_t(i)] * p[size_t(i)];
    }
    P2sq[size_t(n - 1)] = 0.0;
    for (int i = n - 2; i >= 0; --i) {
        P2sq[size_t(i)] = P2sq[size_t(i + 1)] + p[size_t(i + 1)] * p[size_t(i + 1)];
    }
    int threshold = -1;
    double maxCrit = std::numeric_limits<double>::denorm_min();
    for (int it = 0; it < n; ++it) {
        const double a = P1sq[size_t(it)] * P2sq[size_t(it)];
        const double P = nh.P1[size_t(it)];
        const double b = P * (1.0 - P);
        const double crit = -1.0 * (a > 0.0 ? std::log(a) : 0.0) + 2 * (b > 0.0 ? std::log(b) : 0.0);
        if (crit > maxCrit) {
            maxCrit = crit;
            threshold = it;
        }
    }
    return threshold;
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
