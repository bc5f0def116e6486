#include "core/texture/HaralickFeatures.h"

#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace tessera {
namespace {

/** Whole counts below this come from the log table (grown on demand up to this size). */
constexpr std::size_t kLogTableMax = std::size_t(1) << 16;

const double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

std::vector<HaralickFeature> allHaralickFeatures()
{
    std::vector<HaralickFeature> all;
    for (int k = 0; k < kHaralickFeatureCount; ++k) {
        all.push_back(HaralickFeature(k));
    }
    return all;
}

QString haralickFeatureName(HaralickFeature feature)
{
    switch (feature) {
    case HaralickFeature::ASM:
        return QStringLiteral("ASM");
    case HaralickFeature::ClusterProminence:
        return QStringLiteral("ClusterProminence");
    case HaralickFeature::ClusterShade:
        return QStringLiteral("ClusterShade");
    case HaralickFeature::Contrast:
        return QStringLiteral("Contrast");
    case HaralickFeature::Correlation:
        return QStringLiteral("Correlation");
    case HaralickFeature::DifferenceEntropy:
        return QStringLiteral("DifferenceEntropy");
    case HaralickFeature::DifferenceVariance:
        return QStringLiteral("DifferenceVariance");
    case HaralickFeature::Entropy:
        return QStringLiteral("Entropy");
    case HaralickFeature::ICM1:
        return QStringLiteral("ICM1");
    case HaralickFeature::ICM2:
        return QStringLiteral("ICM2");
    case HaralickFeature::IFDM:
        return QStringLiteral("IFDM");
    case HaralickFeature::MaxProbability:
        return QStringLiteral("MaxProbability");
    case HaralickFeature::SumAverage:
        return QStringLiteral("SumAverage");
    case HaralickFeature::SumEntropy:
        return QStringLiteral("SumEntropy");
    case HaralickFeature::SumVariance:
        return QStringLiteral("SumVariance");
    case HaralickFeature::TextureHomogeneity:
        return QStringLiteral("TextureHomogeneity");
    case HaralickFeature::Variance:
        return QStringLiteral("Variance");
    case HaralickFeature::Dissimilarity:
        return QStringLiteral("Dissimilarity");
    case HaralickFeature::Energy:
        return QStringLiteral("Energy");
    }
    return {};
}

std::optional<HaralickFeature> haralickFeatureFromName(const QString& name)
{
    for (HaralickFeature f : allHaralickFeatures()) {
        if (haralickFeatureName(f) == name) {
            return f;
        }
    }
    return std::nullopt;
}

HaralickValues HaralickValues::nan()
{
    HaralickValues v;
    v.values.fill(kNaN);
    return v;
}

void HaralickCalculator::ensureLogTable(double maxCount)
{
    const auto need = std::size_t(std::min(maxCount, double(kLogTableMax - 1))) + 1;
    if (need <= m_log.size()) {
        return;
    }
    std::size_t size = std::max<std::size_t>(1024, m_log.size());
    while (size < need) {
        size *= 2;
    }
    const std::size_t old = m_log.size();
    m_log.resize(size);
    for (std::size_t k = old; k < size; ++k) {
        m_log[k] = std::log(double(k));
    }
}

HaralickValues HaralickCalculator::compute(const Glcm& glcm, GlcmConvention convention)
{
    const double total = glcm.total();
    if (!(total > 0.0) || glcm.entries.empty()) {
        return HaralickValues::nan();
    }
    const bool imagej = convention == GlcmConvention::ImageJ;
    const int n = glcm.levels;
    const auto un = std::size_t(n);
    m_rows.assign(un, 0.0);
    m_cols.assign(un, 0.0);
    m_sums.assign(2 * un - 1, 0.0); // index i + j = k − 2
    m_diffs.assign(un, 0.0);
    const double inv = 1.0 / total; // imagej-ops multiplies by 1/pairs
    const double logTotal = std::log(total);
    ensureLogTable(total);

    // Pass 1: everything that needs only p(i, j), and the four marginals (as whole counts).
    // Sums of whole counts, scaled once at the end (Σp² = Σc²/T², −Σp log p = log T − Σc log c / T).
    double sumC2 = 0.0;
    double sumCLogC = 0.0;
    double sumIJC = 0.0;
    double maxCount = 0.0;
    for (const GlcmEntry& e : glcm.entries) {
        const double c = e.count;
        sumC2 += c * c;
        sumCLogC += c * logCount(c);
        sumIJC += double(e.i) * double(e.j) * c;
        maxCount = std::max(maxCount, c);
        m_rows[std::size_t(e.i)] += c;
        m_cols[std::size_t(e.j)] += c;
        m_sums[std::size_t(e.i + e.j)] += c;
        m_diffs[std::size_t(std::abs(e.i - e.j))] += c;
    }
    const double asm_ = sumC2 * inv * inv;
    // A single-cell matrix has entropy exactly 0 (the factored form could leave a rounding residue).
    const double entropy = glcm.entries.size() == 1 ? 0.0 : logTotal - sumCLogC * inv;
    const double sumIJ = sumIJC * inv;

    // Marginals: ImageJ pairs (px, py) = (column sums, row sums) as imagej-ops' CoocPX/CoocPY; Haralick the textbook.
    const std::vector<double>& pxCount = imagej ? m_cols : m_rows;
    const std::vector<double>& pyCount = imagej ? m_rows : m_cols;
    m_logPx.assign(un, 0.0);
    m_logPy.assign(un, 0.0);
    double mux = 0.0;
    double muy = 0.0;
    double hx = 0.0;
    double hy = 0.0;
    double sumPx = 0.0;
    double sumPy = 0.0;
    for (std::size_t i = 0; i < un; ++i) {
        if (pxCount[i] > 0.0) {
            const double p = pxCount[i] * inv;
            m_logPx[i] = logCount(pxCount[i]) - logTotal;
            mux += double(i) * p;
            hx -= p * m_logPx[i];
            sumPx += p;
        }
        if (pyCount[i] > 0.0) {
            const double p = pyCount[i] * inv;
            m_logPy[i] = logCount(pyCount[i]) - logTotal;
            muy += double(i) * p;
            hy -= p * m_logPy[i];
            sumPy += p;
        }
    }
    double varx = 0.0;
    double vary = 0.0;
    for (std::size_t i = 0; i < un; ++i) {
        varx += (double(i) - mux) * (double(i) - mux) * (pxCount[i] * inv);
        vary += (double(i) - muy) * (double(i) - muy) * (pyCount[i] * inv);
    }

    // Pass 2: HXY1 = −Σ p log(px(i) py(j)). ImageJ adds ε = DBL_MIN inside the log, which matters only where the
    // (mispaired) marginal product is 0; the textbook marginals are never 0 under a nonzero cell.
    const double logEpsilon = std::log(DBL_MIN);
    double hxy1 = 0.0;
    for (const GlcmEntry& e : glcm.entries) {
        const auto i = std::size_t(e.i);
        const auto j = std::size_t(e.j);
        const double lg = (pxCount[i] > 0.0 && pyCount[j] > 0.0) ? m_logPx[i] + m_logPy[j] : logEpsilon;
        hxy1 -= e.count * inv * lg;
    }
    // HXY2 = −Σ_i Σ_j px py log(px py) = HX·Σpy + HY·Σpx (exact factorisation over the nonzero marginals).
    const double hxy2 = hx * sumPy + hy * sumPx;

    // Sum and difference distributions.
    double sumAverage = 0.0;
    double sumEntropy = 0.0;
    for (std::size_t k = 0; k < m_sums.size(); ++k) {
        if (m_sums[k] > 0.0) {
            const double p = m_sums[k] * inv;
            sumAverage += double(k + 2) * p;
            sumEntropy -= p * (logCount(m_sums[k]) - logTotal);
        }
    }
    const double sumCentre = imagej ? sumEntropy : sumAverage;
    double sumVariance = 0.0;
    double clusterShade = 0.0;
    double clusterProminence = 0.0;
    for (std::size_t k = 0; k < m_sums.size(); ++k) {
        if (m_sums[k] > 0.0) {
            const double p = m_sums[k] * inv;
            const double s = double(k + 2) - sumCentre;
            sumVariance += s * s * p;
            const double t = double(k) - mux - muy;
            const double t2 = t * t;
            clusterShade += t2 * t * p;
            clusterProminence += t2 * t2 * p;
        }
    }
    double contrast = 0.0;
    double dissimilarity = 0.0;
    double ifdm = 0.0;
    double homogeneity = 0.0;
    double diffEntropy = 0.0;
    for (std::size_t k = 0; k < un; ++k) {
        if (m_diffs[k] > 0.0) {
            const double p = m_diffs[k] * inv;
            const double dk = double(k);
            contrast += dk * dk * p;
            dissimilarity += dk * p;
            ifdm += p / (1.0 + dk * dk);
            homogeneity += p / (1.0 + dk);
            diffEntropy -= p * (logCount(m_diffs[k]) - logTotal);
        }
    }
    double diffVariance = 0.0;
    for (std::size_t k = 0; k < un; ++k) {
        if (m_diffs[k] > 0.0) {
            const double d = double(k) - dissimilarity;
            diffVariance += d * d * (m_diffs[k] * inv);
        }
    }

    // Variance: ImageJ centres on the mean cell value Σp / N² (= 1/N²); Haralick on μx. Both sum over row index i.
    const double centre = imagej ? (sumPx / (double(n) * double(n))) : mux;
    double variance = 0.0;
    for (std::size_t i = 0; i < un; ++i) {
        if (m_rows[i] > 0.0) {
            variance += (double(i) - centre) * (double(i) - centre) * (m_rows[i] * inv);
        }
    }

    const double sigma = std::sqrt(varx) * std::sqrt(vary);
    const double icm2Root = 1.0 - std::exp(-2.0 * (hxy2 - entropy));

    HaralickValues v;
    v[HaralickFeature::ASM] = asm_;
    v[HaralickFeature::ClusterProminence] = clusterProminence;
    v[HaralickFeature::ClusterShade] = clusterShade;
    v[HaralickFeature::Contrast] = contrast;
    v[HaralickFeature::Correlation] = sigma > 0.0 ? (sumIJ - mux * muy) / sigma : kNaN;
    v[HaralickFeature::DifferenceEntropy] = diffEntropy;
    v[HaralickFeature::DifferenceVariance] = diffVariance;
    v[HaralickFeature::Entropy] = entropy;
    v[HaralickFeature::ICM1] = (entropy - hxy1) / std::max(hx, hy);
    v[HaralickFeature::ICM2] = icm2Root >= 0.0 ? std::sqrt(icm2Root) : 0.0;
    v[HaralickFeature::IFDM] = ifdm;
    v[HaralickFeature::MaxProbability] = maxCount * inv;
    v[HaralickFeature::SumAverage] = sumAverage;
    v[HaralickFeature::SumEntropy] = sumEntropy;
    v[HaralickFeature::SumVariance] = sumVariance;
    v[HaralickFeature::TextureHomogeneity] = homogeneity;
    v[HaralickFeature::Variance] = variance;
    v[HaralickFeature::Dissimilarity] = dissimilarity;
    v[HaralickFeature::Energy] = std::sqrt(asm_);
    return v;
}

HaralickValues haralickFeatures(const Glcm& glcm, GlcmConvention convention)
{
    HaralickCalculator calculator;
    return calculator.compute(glcm, convention);
}

} // namespace tessera
