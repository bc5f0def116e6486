#pragma once

#include "core/texture/Glcm.h"

#include <QString>

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

namespace tessera {

/**
 * The texture features computed from one co-occurrence matrix. Notation (docs/texture.md has the full page):
 * N gray levels, indices i, j = 0..N−1 (i = first pixel's level, j = second's), p(i, j) = count / total,
 * r(i) = Σ_j p(i, j) (row sums), c(j) = Σ_i p(i, j) (column sums), p₊(k) = Σ_{i+j+2=k} p(i, j) for k = 2..2N
 * (1-based sum index, as Haralick and imagej-ops), p₋(k) = Σ_{|i−j|=k} p(i, j) for k = 0..N−1, log = natural log.
 * In the ImageJ convention log(x) means log(x + ε) with ε = DBL_MIN (2.2e−308; it only changes log(0)); in the
 * Haralick convention 0·log 0 = 0. The marginals are (px, py) = (c, r) in the ImageJ convention (as imagej-ops'
 * CoocPX/CoocPY) and (r, c) in the Haralick convention; μx = Σ i px(i), μy = Σ j py(j),
 * σx² = Σ (i − μx)² px(i), σy² likewise; HX = −Σ px log px, HY = −Σ py log py,
 * HXY = Entropy, HXY1 = −Σ_{i,j} p(i, j) log(px(i) py(j)), HXY2 = −Σ_{i,j} px(i) py(j) log(px(i) py(j)).
 * The formula of each feature is given at its enumerator.
 */
enum class HaralickFeature
{
    ASM,                ///< angular second moment Σ p²
    ClusterProminence,  ///< Σ (i + j − μx − μy)⁴ p
    ClusterShade,       ///< Σ (i + j − μx − μy)³ p
    Contrast,           ///< Σ_k k² p₋(k)
    Correlation,        ///< (Σ i·j·p − μx μy) / (σx σy); NaN when σx or σy is 0
    DifferenceEntropy,  ///< −Σ_k p₋(k) log p₋(k)
    DifferenceVariance, ///< Σ_k (k − Σ_k k p₋(k))² p₋(k), the variance of |i − j|
    Entropy,            ///< −Σ p log p (= HXY)
    ICM1,               ///< (HXY − HXY1) / max(HX, HY); NaN when both are 0 (single-cell matrix)
    ICM2,               ///< √(1 − exp(−2 (HXY2 − HXY))); 0 where the root is of a negative number
    IFDM,               ///< inverse difference moment Σ p / (1 + (i − j)²)
    MaxProbability,     ///< max p
    SumAverage,         ///< Σ_{k=2..2N} k p₊(k)
    SumEntropy,         ///< −Σ_k p₊(k) log p₊(k)
    SumVariance, ///< ImageJ: Σ (k − SumEntropy)² p₊(k) (Haralick's typo); Haralick: Σ (k − SumAverage)² p₊(k)
    TextureHomogeneity, ///< Σ p / (1 + |i − j|)
    Variance,           ///< ImageJ: Σ (i − m)² p with m = Σp / N² = 1/N²; Haralick: Σ (i − μx)² p
    Dissimilarity,      ///< Σ |i − j| p (scikit-image)
    Energy,             ///< √ASM (scikit-image)
};

/** Number of HaralickFeature values (19). */
constexpr int kHaralickFeatureCount = 19;

/** Every feature, in enum order (the CSV column order). */
std::vector<HaralickFeature> allHaralickFeatures();
/** The exact column name ("ASM", "ClusterProminence", …, "Dissimilarity", "Energy"); not translated. */
QString haralickFeatureName(HaralickFeature feature);
/** Inverse of haralickFeatureName() (exact match). */
std::optional<HaralickFeature> haralickFeatureFromName(const QString& name);

/** The 19 feature values of one matrix, indexed by HaralickFeature. */
struct HaralickValues
{
    std::array<double, kHaralickFeatureCount> values{};

    double operator[](HaralickFeature f) const { return values[std::size_t(f)]; }
    double& operator[](HaralickFeature f) { return values[std::size_t(f)]; }
    /** Every value NaN (the result of a matrix without pairs). */
    static HaralickValues nan();
};

/**
 * Computes all features of one matrix in O(nonzero cells + N): the marginals r, c, p₊ and p₋ are built in one pass
 * over the nonzero cells, HXY1 and the correlation sum in a second one; every other feature is a sum over the
 * marginals. Logarithms of whole counts come from a cached table, so log p = log count − log total.
 * A matrix without pairs gives HaralickValues::nan().
 *
 * Accuracy: equal to imagej-ops' double-precision loops up to summation order (≈1e−15 relative, far below the 1e−9
 * acceptance bound). One HaralickCalculator per thread: it keeps scratch arrays of O(N) between calls and is not
 * thread-safe; independent calculators may run in parallel.
 */
class HaralickCalculator
{
public:
    HaralickValues compute(const Glcm& glcm, GlcmConvention convention);

private:
    /** log(count) for a whole count: from the table when count < its size, else std::log. */
    double logCount(double count) const
    {
        const auto c = std::int64_t(count); // signed: one instruction, unlike a conversion to size_t
        return c < std::int64_t(m_log.size()) ? m_log[std::size_t(c)] : std::log(count);
    }
    void ensureLogTable(double maxCount);

    std::vector<double> m_log; // m_log[c] = log(c) for whole c
    std::vector<double> m_rows;
    std::vector<double> m_cols;
    std::vector<double> m_sums;
    std::vector<double> m_diffs;
    std::vector<double> m_logPx;
    std::vector<double> m_logPy;
};

/** Convenience: HaralickCalculator().compute(glcm, convention). */
HaralickValues haralickFeatures(const Glcm& glcm, GlcmConvention convention);

} // namespace tessera
