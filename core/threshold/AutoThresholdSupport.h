#pragma once

// Internal to core/threshold: the histogram helpers shared by the auto-threshold methods (AutoThresholdMethods.cpp,
// EntropyThresholds.cpp), with ImageJ 1.53t's numerical conventions (Java's rounding and integer casts, first and last
// non-empty bins).

#include "core/task/TaskContext.h"

#include <QtGlobal>

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <vector>

namespace tessera::autothreshold {

using Hist = std::vector<qint64>;
using Vec = std::vector<double>;

inline constexpr double kDblEpsilon = 2.220446049250313E-16;
inline constexpr int kMaxIterations = 10000;
inline constexpr int kPollEvery = 256;

/** Java's Math.round for doubles: floor(x + 0.5). */
inline double javaRound(double x)
{
    return std::floor(x + 0.5);
}

/** Java's (int) cast of a double: truncation toward zero, NaN -> 0, saturation at the int range. */
inline qint64 javaInt(double x)
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

inline int firstNonZero(const Hist& h)
{
    for (size_t i = 0; i < h.size(); ++i) {
        if (h[i] != 0) {
            return int(i);
        }
    }
    return -1;
}

inline int lastNonZero(const Hist& h)
{
    for (size_t i = h.size(); i-- > 0;) {
        if (h[i] != 0) {
            return int(i);
        }
    }
    return -1;
}

inline std::vector<int> nonZeroBins(const Hist& h)
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
inline std::vector<int> candidateThresholds(const std::vector<int>& nz, int first, int last)
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

inline bool pollCancelled(TaskContext& task, int i)
{
    return (i % kPollEvery) == 0 && task.isCancelled();
}

} // namespace tessera::autothreshold
