#pragma once

#include "core/common/Status.h"

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <optional>

namespace tessera {

class TaskContext;

/**
 * ImageJ 1.53t's 17 global auto-threshold methods with ImageJ's names (see thresholdMethodName()), plus Huang2 of
 * Fiji's Auto Threshold plugin (not in ImageJ 1.53t). Default and IJ_IsoData are two methods in ImageJ: Default is
 * IJ_IsoData run on the histogram after capping the mode count (see computeAutoThreshold()); they give the same
 * threshold unless the mode is more than twice the second-highest count and capping it moves the mean of means.
 */
enum class ThresholdMethod
{
    Default, ///< ImageJ's IJ_IsoData after capping the mode count (a different method from IJ_IsoData)
    Huang,
    Huang2,
    Intermodes,
    IsoData,
    Li,
    MaxEntropy,
    Mean,
    MinError,
    Minimum,
    Moments,
    Otsu,
    Percentile,
    RenyiEntropy,
    Shanbhag,
    Triangle,
    Yen,
    IJ_IsoData, ///< ImageJ's original IsoData, without Default's capping of the mode
};

/** ImageJ's name of a method ("Default", "Huang", ..., "Yen"). */
QString thresholdMethodName(ThresholdMethod method);
/** The method with ImageJ's name (case-insensitive), or nullopt. */
std::optional<ThresholdMethod> thresholdMethodFromName(const QString& name);
/** Every method, in ImageJ's order. */
QStringList thresholdMethodNames();

/** Parameters of computeAutoThreshold(). */
struct AutoThresholdParams
{
    ThresholdMethod method = ThresholdMethod::Default;
    /**
     * false (default, ImageJ-compatible): 8-bit planes use their 256 levels; 16-bit and float planes are binned into
     * 256 bins between the plane's (or mask's) min and max, as ImageJ 1.x does.
     * true: full resolution, every one of the 65536 levels of a 16-bit plane (float planes keep 256 bins).
     */
    bool fullHistogram = false;
    /** true: objects are bright on a dark background (ImageJ's "dark"); the foreground is lower..upper. */
    bool darkBackground = true;

    bool operator==(const AutoThresholdParams& o) const
    {
        return method == o.method && fullHistogram == o.fullHistogram && darkBackground == o.darkBackground;
    }
    bool operator!=(const AutoThresholdParams& o) const { return !(*this == o); }
    /** Fails (InvalidInput) only for a method value outside the enum. */
    Status validate() const;
};

/** A threshold in pixel values: the foreground is lower <= value <= upper. */
struct ThresholdResult
{
    ThresholdMethod method = ThresholdMethod::Default;
    double lower = 0.0;
    double upper = 0.0;
    /**
     * false when the method found no threshold and ImageJ's fallback (bin 0) was used, e.g. Intermodes or Minimum
     * on a histogram that 10000 smoothing passes do not make bimodal, or when the data has a single value (constant
     * 16-bit/float plane: lower = upper = that value; constant 8-bit plane: ImageJ's bounds, see below).
     */
    bool found = true;
};

/**
 * Computes a global auto-threshold of one plane (CV_8U, CV_16U or CV_32F), optionally restricted to mask (CV_8U,
 * same size, non-zero = inside; empty = whole plane). NaN and infinite values are ignored. Degenerate inputs (constant
 * plane, empty mask) give a defined result or StatusCode::InvalidInput with a clear message; never undefined behaviour.
 * Cancellation gives Status::cancelled(). Thread-safe (pure function).
 *
 * ImageJ-compatible mode (fullHistogram == false), reproducing ImageJ 1.53t's setAutoThreshold("<Method> [dark]")
 * followed by getThreshold(lower, upper):
 *  1. the 256-bin histogram of ImageJHistogram (8-bit: the levels; 16-bit: (int)((v-min)*256/(max-min+1)+0.5);
 *     float: (int)((v-min)*255/(max-min)+0.5); min/max over the pixels inside the mask);
 *  2. the method gives a bin t (see below; "no threshold" gives 0);
 *  3. dark background: bins t+1..255 are foreground, lower bin = min(t+1, 255), upper bin = 255; otherwise
 *     lower bin = 0, upper bin = t;
 *  4. 8-bit: lower/upper are the bins. 16-bit: a bin b becomes round(min + b/255 * (max-min)) (Java's Math.round),
 *     except that bin 0 of the lower bound is 0 and bin 255 of the upper bound is 65535. Float: min + b/255 *
 *     (max-min), with the open ends reported as the data's min and max (ImageJ reports -1e30 / 1e30).
 * A constant 16-bit or float plane (min == max) gives lower = upper = that value, found = false. A constant 8-bit
 * plane gives ImageJ's answer (the method run on the one-bin histogram, which may select all pixels or none), also
 * with found = false. A mask without pixels (or only NaN) fails.
 *
 * Where ImageJ 1.53t's own answers are odd, Tessera differs only in what it reports, never in the pixels selected
 * (table in docs/thresholds.md): a method that finds no threshold (ImageJ's -1) gives ImageJ's bin-0 bounds and
 * found = false; an all-zero 16-bit or float plane gives 0..0 (ImageJ: "no threshold", -1..-1); float open ends
 * are the data's min/max (ImageJ: -1e30/1e30). Histogram counts are 64-bit: counts beyond 2^31 (where ImageJ's int
 * histogram overflows) keep every method's definition (no overflow; Default's mode cap is exact). Checked row by
 * row against ImageJ on 525 images x 17 methods x dark/light (tests/tools/threshold_corpus.py).
 *
 * Full-resolution mode (fullHistogram == true, 16-bit only): the methods run on the exact 65536-bin histogram
 * (bin = value) and lower = t+1, upper = 65535 (dark) or lower = 0, upper = t. 8-bit planes behave as in the
 * ImageJ mode; float planes always use the ImageJ mode.
 *
 * The methods (bin index t on histogram h of N bins; p = h / total; "first"/"last" = first/last non-empty bin):
 *  - IJ_IsoData: ImageJ's original IsoData: bins 0 and N-1 are ignored; the split g moves up from the first
 *    non-empty bin while g+1 <= (mean(h[..g]) + mean(h[g+1..])) / 2; t = round of the last such mean of means.
 *  - Default: IJ_IsoData after capping the mode count at 1.5x the second-highest count when it exceeds twice that
 *    (ImageJ's Threshold dialog default). Same answer as IJ_IsoData unless the cap moves the rounding.
 *  - Huang: Huang & Wang 1995 (Pattern Recognition 28:41), fuzzy membership 1/(1+|i-mu_class|/(last-first)),
 *    minimise the Shannon fuzzy entropy. Huang2: the same with class means rounded to levels (Fiji, Schindelin; not in
 * ImageJ 1.53t).
 *  - Intermodes / Minimum: Prewitt & Mendelsohn 1966 (Ann. NY Acad. Sci. 128:1035): smooth with a 3-point mean
 *    until exactly two maxima; t = floor((j+k)/2) / the minimum between them.
 *  - IsoData: Ridler & Calvard 1978 (IEEE SMC 8:630): smallest g with g = round((mean below g + mean above g)/2).
 *  - Li: Li & Tam 1998 (PRL 18:771) iterative minimum cross entropy.
 *  - MaxEntropy: Kapur, Sahoo & Wong 1985 (CVGIP 29:273). RenyiEntropy: the same with Renyi entropies (orders
 *    0.5, 1, 2) combined as in Sahoo et al. 1997 (Pattern Recognition 30:71).
 *  - Mean: Glasbey 1993 (CVGIP:GMIP 55:532), t = floor(mean).
 *  - MinError: Kittler & Illingworth 1986 (Pattern Recognition 19:41), iterative version of Glasbey 1993.
 *  - Moments: Tsai 1985 (CVGIP 29:377), moment-preserving.
 *  - Otsu: Otsu 1979 (IEEE SMC 9:62), maximum between-class variance in ImageJ 1.53t's form: over t = 1..N-2,
 *    (N1/N*S - S1)^2 / (N1 (N-N1)), the LAST maximum wins (a run of empty bins gives its last bin).
 *  - Percentile: Doyle 1962 (J. ACM 9:259), cumulative fraction closest to 0.5.
 *  - Shanbhag: Shanbhag 1994 (CVGIP:GMIP 56:414).
 *  - Triangle: Zack, Rogers & Latt 1977 (J. Histochem. Cytochem. 25:741), on the longer side of the peak.
 *  - Yen: Yen, Chang & Chang 1995 (IEEE TIP 4:370).
 * Details and ImageJ's numerical conventions are documented in AutoThresholdMethods.cpp.
 */
Expected<ThresholdResult> computeAutoThreshold(const cv::Mat& plane, const cv::Mat& mask,
                                               const AutoThresholdParams& params, TaskContext& task);

} // namespace tessera
