#pragma once

#include <QString>

namespace tessera {

/**
 * A number as panels show it in labels and status lines (object counts, mean areas, levels, tolerances), so that
 * every panel reads alike: up to `significant` significant digits but every digit of the integral part (87 → "87",
 * 123.456 → "123.5", 12345.6 → "12346", 0.012345 → "0.01235"), trailing zeros dropped (2.50 → "2.5"), the user's
 * locale's decimal mark and no group separators. Magnitudes below 1e-4 or from 1e15 use exponent form ("1.5e-05");
 * infinities are "∞" / "−∞", NaN is "NaN". significant is clamped to [1, 15].
 *
 * Only for display (also results table cells): sorting, tool tips, copies and CSV keep full precision (core/measure).
 */
QString displayNumber(double value, int significant = 4);

/** A percentage for display: displayNumber(value, significant) followed by " %" ("12.35 %"). */
QString displayPercent(double value, int significant = 4);

} // namespace tessera
