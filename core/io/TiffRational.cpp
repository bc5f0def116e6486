#include "core/io/TiffRational.h"

#include <QLocale>
#include <QString>

#include <cmath>
#include <cstdint>
#include <numeric>

namespace tessera {

double pixelSizeFromResolution(TiffRational r)
{
    if (r.numerator == 0 || r.denominator == 0) {
        return 0.0;
    }
    const double exact = double(r.denominator) / double(r.numerator);
    if (r.numerator < 100000u) {
        return exact;
    }
    const double tolerance = exact / double(r.numerator);
    for (int digits = 1; digits <= 17; ++digits) {
        const double p = QString::number(exact, 'g', digits).toDouble();
        if (std::fabs(p - exact) <= tolerance) {
            return p;
        }
    }
    return exact;
}

TiffRational resolutionFromPixelSize(double p)
{
    if (!(p > 0) || !std::isfinite(p)) {
        return {};
    }
    constexpr uint64_t kMax = 0xFFFFFFFFu;
    // Exact route: p = a / 10^k in its shortest decimal form, so 1/p = 10^k / a.
    const QString text = QString::number(p, 'e', QLocale::FloatingPointShortest); // "d.ddde±x"
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    if (e > 0) {
        QString mantissa = text.left(e);
        const int exponent = text.mid(e + 1).toInt();
        const qsizetype dot = mantissa.indexOf(QLatin1Char('.'));
        int fractionDigits = 0;
        if (dot >= 0) {
            fractionDigits = int(mantissa.size() - dot - 1);
            mantissa.remove(dot, 1);
        }
        bool ok = false;
        const uint64_t a = mantissa.toULongLong(&ok);
        // p = a * 10^(exponent - fractionDigits)
        const int k = fractionDigits - exponent;
        if (ok && a > 0 && k >= -19 && k <= 19) {
            uint64_t num = 1;
            uint64_t den = a;
            for (int i = 0; i < std::abs(k); ++i) {
                if (k > 0) {
                    num *= 10;
                } else {
                    den *= 10;
                }
            }
            const uint64_t g = std::gcd(num, den);
            num /= g;
            den /= g;
            if (num <= kMax && den <= kMax && num > 0) {
                const TiffRational exact{quint32(num), quint32(den)};
                if (pixelSizeFromResolution(exact) == p) {
                    return exact;
                }
            }
        }
    }
    // Continued fraction of x = 1/p; keep the last convergent whose terms fit.
    const double x = 1.0 / p;
    uint64_t h0 = 0, h1 = 1, k0 = 1, k1 = 0; // h/k convergents
    double rest = x;
    TiffRational best{quint32(std::min<double>(std::max(1.0, std::round(x)), double(kMax))), 1};
    for (int i = 0; i < 64; ++i) {
        const double a = std::floor(rest);
        if (a > double(kMax)) {
            break;
        }
        const uint64_t ai = uint64_t(a);
        const uint64_t h2 = ai * h1 + h0;
        const uint64_t k2 = ai * k1 + k0;
        if (h2 > kMax || k2 > kMax || h2 == 0) {
            break;
        }
        best = {quint32(h2), quint32(k2)};
        if (pixelSizeFromResolution(best) == p) {
            break;
        }
        h0 = h1;
        h1 = h2;
        k0 = k1;
        k1 = k2;
        const double frac = rest - a;
        if (frac <= 0) {
            break;
        }
        rest = 1.0 / frac;
    }
    return best;
}

} // namespace tessera
