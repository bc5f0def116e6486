#include "ui/app/DisplayNumber.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tessera {

QString displayNumber(double value, int significant)
{
    if (std::isnan(value)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    }
    significant = std::clamp(significant, 1, 15);
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const double magnitude = std::abs(value);
    if (magnitude == 0.0) {
        return locale.toString(0);
    }
    if (magnitude < 1e-4 || magnitude >= 1e15) {
        return locale.toString(value, 'g', significant);
    }
    const int integralDigits = int(std::floor(std::log10(magnitude))) + 1; // <= 0 below 1
    const int decimals = std::max(0, significant - integralDigits);
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale.decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0'))) {
                text.chop(1);
            }
            if (text.endsWith(point)) {
                text.chop(point.size());
            }
        }
    }
    if (text == QLatin1String("-0")) {
        text = locale.toString(0);
    }
    return text;
}

QString displayPercent(double value, int significant)
{
    return displayNumber(value, significant) + QStringLiteral(" %");
}

} // namespace tessera
