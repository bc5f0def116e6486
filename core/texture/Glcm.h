#pragma once

#include "core/common/Status.h"
#include "core/roi/Roi.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace tessera {

class TaskContext;

/**
 * Direction of the second pixel of a pair, as in imagej-ops' MatrixOrientation2D. x points right, y points down;
 * at distance d the neighbour of (x, y) is (x + d·dx, y + d·dy) with
 * HORIZONTAL (dx, dy) = (1, 0), VERTICAL (0, 1), DIAGONAL (1, −1) (up-right) and ANTIDIAGONAL (1, 1) (down-right).
 */
enum class GlcmOrientation
{
    Horizontal,
    Vertical,
    Diagonal,
    Antidiagonal,
};

/** The four orientations in the order used by tables and the CLI. */
std::vector<GlcmOrientation> allGlcmOrientations();
/** "HORIZONTAL", "VERTICAL", "DIAGONAL" or "ANTIDIAGONAL" (CSV and CLI names; not translated). */
QString glcmOrientationName(GlcmOrientation orientation);
/** Inverse of glcmOrientationName(), case-insensitive; nullopt for an unknown name. */
std::optional<GlcmOrientation> glcmOrientationFromName(const QString& name);
/** The pixel offset (dx, dy) of the second pixel of a pair at distance (≥ 1) in orientation. */
cv::Point glcmOffset(GlcmOrientation orientation, int distance);

/**
 * Which set of feature definitions to use (docs/texture.md lists every formula of both).
 * - ImageJ: identical to imagej-ops 2D (Fiji, PyImageJ) including its quirks; the matrix is not symmetrised.
 * - Haralick: the textbook definitions of Haralick, Shanmugam & Dinstein (1973) with the known typo fixed;
 *   the matrix is symmetrised (P + Pᵀ).
 */
enum class GlcmConvention
{
    ImageJ,
    Haralick,
};

/** "imagej" or "haralick". */
QString glcmConventionName(GlcmConvention convention);
/** Inverse of glcmConventionName(), case-insensitive. */
std::optional<GlcmConvention> glcmConventionFromName(const QString& name);

/** Whether to symmetrise the matrix: as the convention says (ImageJ: no, Haralick: yes), or forced either way. */
enum class GlcmSymmetry
{
    ByConvention,
    Symmetric,
    Asymmetric,
};

/**
 * The value range mapped onto gray levels 0..N−1.
 * - Roi: min and max of the pixels inside each ROI (imagej-ops; crops are then not comparable in absolute terms).
 * - Image: min and max of the whole plane.
 * - AllRois: min and max over the union of all ROIs of one analysis.
 * - PixelType: the bit-depth range, [0, 255] for 8-bit and [0, 65535] for 16-bit (not defined for float).
 * - Custom: GlcmParams::customMin .. customMax.
 */
enum class GlcmRangeMode
{
    Roi,
    Image,
    AllRois,
    PixelType,
    Custom,
};

/** "roi", "image", "all-rois", "type" or "custom". */
QString glcmRangeModeName(GlcmRangeMode mode);

/** A closed value range [min, max] used for quantisation. */
struct GlcmRange
{
    double min = 0.0;
    double max = 0.0;
    bool operator==(const GlcmRange& o) const { return min == o.min && max == o.max; }
};

/**
 * Parameters of a GLCM / Haralick analysis. Defaults are the CLI defaults: 32 levels, distance 1, all four
 * orientations, the ImageJ convention, per-ROI range.
 */
struct GlcmParams
{
    Q_DECLARE_TR_FUNCTIONS(tessera::GlcmParams)

public:
    int levels = 32;               ///< gray levels N, 2..65536
    std::vector<int> distances{1}; ///< pixel distances, each 1..100000, no duplicates
    std::vector<GlcmOrientation> orientations = allGlcmOrientations(); ///< at least one, no duplicates
    GlcmConvention convention = GlcmConvention::ImageJ;
    GlcmSymmetry symmetry = GlcmSymmetry::ByConvention;
    GlcmRangeMode rangeMode = GlcmRangeMode::Roi;
    double customMin = 0.0; ///< only for GlcmRangeMode::Custom; finite and < customMax
    double customMax = 0.0;

    /** True when the matrix is symmetrised (symmetry, or else the convention's default). */
    bool isSymmetric() const;
    /** Ok, or InvalidInput with a readable message naming the first bad field. */
    Status validate() const;
    bool operator==(const GlcmParams& o) const;
    bool operator!=(const GlcmParams& o) const { return !(*this == o); }
};

/** One nonzero cell of a co-occurrence matrix: gray levels (i = first pixel, j = second pixel) and a count. */
struct GlcmEntry
{
    std::int32_t i = 0;
    std::int32_t j = 0;
    double count = 0.0; ///< a whole number; for a symmetrised matrix cell (i, j) holds C(i, j) + C(j, i)
};

/**
 * A co-occurrence matrix in sparse form: only the nonzero cells, in no particular order. The normalised matrix is
 * p(i, j) = count / total(). Value type; cheap to move.
 */
struct Glcm
{
    int levels = 0;
    qint64 pairs = 0;       ///< ordered pixel pairs counted (before symmetrisation)
    bool symmetric = false; ///< entries hold P + Pᵀ
    std::vector<GlcmEntry> entries;

    /** Sum of all counts: pairs, or 2 · pairs when symmetric. */
    double total() const { return symmetric ? 2.0 * double(pairs) : double(pairs); }
};

/**
 * The pixels of one ROI quantised to gray levels: bins holds box.width × box.height values in row-major order,
 * each 0..levels−1, or kOutside for pixels outside the mask (or NaN / ±∞ in float images).
 */
struct QuantizedRoi
{
    static constexpr std::int32_t kOutside = -1;
    cv::Rect box;
    int levels = 0;
    GlcmRange range;
    int pixelCount = 0; ///< pixels inside the mask
    std::vector<std::int32_t> bins;
};

/**
 * Quantises value v with range r into N levels exactly as imagej-ops does:
 * bin = (int)(((v − r.min) / (r.max − r.min)) · N), clamped to 0..N−1. A zero-width range (constant ROI) puts every
 * value in bin 0 (imagej-ops: (int)NaN = 0), as do NaN values and values below r.min; values above r.max go to N−1.
 * Pure and thread-safe.
 */
inline int quantizeValue(double v, const GlcmRange& r, int levels)
{
    const double t = ((v - r.min) / (r.max - r.min)) * double(levels);
    if (!(t > 0.0)) {
        return 0;
    }
    return t >= double(levels - 1) ? levels - 1 : int(t);
}

/**
 * Minimum and maximum of the pixels of plane (CV_8U, CV_16U or CV_32F, one channel) inside mask, NaN and ±∞ ignored.
 * A RoiMask whose `mask` is empty stands for every pixel of `box` (no mask allocated). Returns nullopt when the mask
 * holds no finite pixel. Thread-safe.
 */
std::optional<GlcmRange> glcmValueRange(const cv::Mat& plane, const RoiMask& mask);

/**
 * Quantises the ROI's pixels with quantizeValue(). plane must be CV_8U, CV_16U or CV_32F; an empty `mask.mask`
 * means the whole box. Large boxes are quantised in parallel row bands. Fails with InvalidInput for an unsupported
 * plane type or a box outside the plane. Thread-safe.
 */
Expected<QuantizedRoi> quantizeRoi(const cv::Mat& plane, const RoiMask& mask, int levels, const GlcmRange& range);

/**
 * Counts co-occurrences in a QuantizedRoi, reusing its scratch memory between calls: a dense N×N count array for
 * N ≤ kDenseMaxLevels (4 MiB at most), and sorted pair codes for larger N (memory proportional to the pairs, not to
 * N²). A pair is counted when both pixels are inside the box and the mask; cell (bin(x, y), bin(x + dx, y + dy)) is
 * incremented, and for a symmetric matrix also its transpose. One GlcmCounter per thread: not thread-safe, but
 * independent counters may run in parallel.
 */
class GlcmCounter
{
public:
    /** Largest N counted with a dense matrix. */
    static constexpr int kDenseMaxLevels = 1024;

    /** Starts a new matrix of `levels` levels. */
    void begin(int levels, bool symmetric);
    /**
     * Adds the pairs for offset whose first pixel lies in rows rowBegin..rowEnd−1 of roi's box (the second pixel may
     * lie in any row). roi.levels must equal the levels given to begin().
     */
    void accumulate(const QuantizedRoi& roi, cv::Point offset, int rowBegin, int rowEnd);
    /** The matrix accumulated since begin(); the counter is ready for the next begin(). */
    Glcm finish();

    /** begin() + accumulate() over rows rowBegin..rowEnd−1 + finish(). */
    Glcm count(const QuantizedRoi& roi, cv::Point offset, bool symmetric, int rowBegin, int rowEnd);
    /** The matrix of the whole roi for one offset (see the overload). */
    Glcm countAll(const QuantizedRoi& roi, cv::Point offset, bool symmetric);
    /**
     * One matrix per offset over the whole roi. Large ROIs (a whole plane) are split into row bands counted in
     * parallel, every offset per band while the band is in cache, with one counter per offset and worker whose
     * partial matrices are merged at the end. Returns an empty vector when task (may be null) is cancelled.
     */
    std::vector<Glcm> countAll(const QuantizedRoi& roi, const std::vector<cv::Point>& offsets, bool symmetric,
                               TaskContext* task = nullptr);

private:
    template <bool Check, bool Symmetric, bool Track>
    void accumulateDense(const QuantizedRoi& roi, int dx, int dy, int y0, int y1, int x0, int x1);

    int m_levels = 0;
    bool m_symmetric = false;
    bool m_dense = true;
    bool m_scan = false; // dense, with so many pairs that finish() scans all N² cells instead of a touched list
    qint64 m_pairs = 0;
    std::vector<std::uint32_t> m_counts;   // dense N×N, kept zeroed between matrices
    std::vector<std::uint32_t> m_touched;  // dense: codes that became nonzero; sparse: every code
    std::vector<GlcmEntry> m_touchedCells; // dense: (i, j) of each code in m_touched (no division when taking)
    std::size_t m_touchedCount = 0;        // used length of m_touched / m_touchedCells
};

/**
 * Merges matrices of the same levels and symmetry (for example per-band partial matrices): counts and pairs add.
 * Thread-safe (pure).
 */
Glcm mergeGlcms(const std::vector<Glcm>& parts);

} // namespace tessera
