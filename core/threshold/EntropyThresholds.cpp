// The information-theoretic auto-threshold methods of ImageJ 1.53t (fuzzy entropy, Shannon and Renyi entropies,
// cross entropy, information measures, entropic correlation), written from the papers cited at each function with
// ImageJ's numerical conventions (see AutoThresholdMethods.cpp), generalised to any number of bins.
#include "core/threshold/EntropyThresholds.h"

#include "core/threshold/AutoThresholdSupport.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace tessera::autothreshold {
namespace {

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

} // namespace

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

} // namespace tessera::autothreshold
