#pragma once

#include <QtGlobal>

namespace tessera {

/** A TIFF RATIONAL: two unsigned 32-bit integers. */
struct TiffRational
{
    quint32 numerator = 0;
    quint32 denominator = 0;
    bool operator==(const TiffRational& o) const { return numerator == o.numerator && denominator == o.denominator; }
};

/**
 * The pixel size (units per pixel) stored as an X/YResolution RATIONAL N/D (pixels per unit), recovered exactly.
 *
 * The exact value is D/N. Writers store the resolution 1/p with an integer numerator: ImageJ writes
 * N = (int)(10^6/p), D = 10^6 (pyimagej_test_still.tif: 3076923/1000000, so D/N = 0.32500000812...), tifffile
 * and libtiff the best 32-bit fraction. The true resolution therefore lies within one step 1/D of N/D, a relative
 * uncertainty of 1/N. When N >= 100000 (the step is finer than 10^-5), this returns the decimal with the fewest
 * significant digits within that uncertainty, |p - D/N| <= (D/N)/N, which is the value the writer was given
 * (0.325 for both 3076923/1000000 and 4294967295/1395864371); otherwise D/N itself (5/1 -> 0.2, 72/1 -> 1/72).
 * Returns 0 when N or D is 0 (no calibration). Thread safe (pure).
 */
double pixelSizeFromResolution(TiffRational resolution);

/**
 * The RATIONAL resolution (pixels per unit) for a pixel size p > 0 that pixelSizeFromResolution() maps back to p
 * exactly. If p's shortest decimal form a/10^k gives 10^k/a with both terms below 2^32 after reduction, that
 * fraction is exact (0.325 -> 40/13); otherwise the best continued-fraction approximation of 1/p with terms below
 * 2^32. Returns {0, 0} for p <= 0, NaN or infinity. Thread safe (pure).
 */
TiffRational resolutionFromPixelSize(double pixelSize);

} // namespace tessera
