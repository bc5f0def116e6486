#include "core/texture/GlcmExport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tessera {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera::GlcmExport)
};

enum Column
{
    ColRoi,
    ColDistance,
    ColOrientation,
    ColPairs,
    ColFirstFeature,
};

/** Appends one row; feature values only when values is not null (else empty cells, error says why). */
void addRow(MeasurementTable& t, const GlcmRoiResult& roi, int distance, const QString& orientation, qint64 pairs,
            const HaralickValues* values, bool low, const QString& error)
{
    const int r = t.addRow();
    t.setText(r, ColRoi, roi.name);
    t.setText(r, ColDistance, QString::number(distance));
    t.setText(r, ColOrientation, orientation);
    t.setText(r, ColPairs, QString::number(pairs));
    for (int k = 0; k < kHaralickFeatureCount; ++k) {
        if (values != nullptr) {
            t.setValue(r, ColFirstFeature + k, values->values[std::size_t(k)]);
        } else {
            t.setText(r, ColFirstFeature + k, QString());
        }
    }
    const int c = ColFirstFeature + kHaralickFeatureCount;
    t.setText(r, c, low ? QStringLiteral("true") : QStringLiteral("false"));
    if (roi.status.isOk()) {
        t.setValue(r, c + 1, roi.range.min);
        t.setValue(r, c + 2, roi.range.max);
    } else {
        t.setText(r, c + 1, QString());
        t.setText(r, c + 2, QString());
    }
    t.setText(r, c + 3, error);
}
} // namespace

std::vector<NamedRoiMask> rasterizeNamedRois(const std::vector<Roi>& rois, cv::Size planeSize,
                                             QStringList* clippedNames)
{
    std::vector<NamedRoiMask> masks;
    masks.reserve(rois.size());
    for (const Roi& roi : rois) {
        NamedRoiMask m;
        m.name = roi.name;
        Expected<RoiMask> mask = rasterize(roi, planeSize);
        if (mask.isOk()) {
            m.mask = mask.value();
            if (m.mask.clipped && clippedNames) {
                clippedNames->append(roi.name);
            }
        } // else: an empty box, reported as an error row by the analysis
        masks.push_back(m);
    }
    return masks;
}

MeasurementTable glcmMeasurementTable(const GlcmTable& table, const GlcmRowOptions& options, QStringList* messages,
                                      bool* anyError)
{
    bool error = false;
    MeasurementTable t;
    t.addColumn(QStringLiteral("roi"));
    t.addColumn(QStringLiteral("distance"), QStringLiteral("pixel"));
    t.addColumn(QStringLiteral("orientation"));
    t.addColumn(QStringLiteral("pairs"));
    for (HaralickFeature f : allHaralickFeatures()) {
        t.addColumn(haralickFeatureName(f));
    }
    t.addColumn(QStringLiteral("lowPairCount"));
    t.addColumn(QStringLiteral("rangeMin"));
    t.addColumn(QStringLiteral("rangeMax"));
    t.addColumn(QStringLiteral("error"));
    const auto note = [messages](const QString& m) {
        if (messages) {
            messages->append(m);
        }
    };
    const QString mean = QStringLiteral("MEAN");
    const QString range = QStringLiteral("RANGE");
    for (const GlcmRoiResult& roi : table.rois) {
        if (!roi.status.isOk()) {
            error = true;
            note(roi.status.message());
            for (int d : table.params.distances) {
                if (options.perOrientation) {
                    for (GlcmOrientation o : table.params.orientations) {
                        addRow(t, roi, d, glcmOrientationName(o), 0, nullptr, true, roi.status.message());
                    }
                }
                addRow(t, roi, d, mean, 0, nullptr, true, roi.status.message());
                if (options.withRange) {
                    addRow(t, roi, d, range, 0, nullptr, true, roi.status.message());
                }
            }
            continue;
        }
        for (const GlcmOrientationSummary& summary : roi.summaries) {
            bool anyEmpty = false;
            for (const GlcmMeasurement& m : roi.measurements) {
                if (m.distance != summary.distance) {
                    continue;
                }
                QString message;
                if (m.pairs == 0) {
                    anyEmpty = true;
                    error = true;
                    message = Tr::tr("ROI \"%1\" has no pixel pair at distance %2 in orientation %3.")
                                  .arg(roi.name)
                                  .arg(m.distance)
                                  .arg(glcmOrientationName(m.orientation));
                    note(message);
                }
                if (options.perOrientation) {
                    addRow(t, roi, m.distance, glcmOrientationName(m.orientation), m.pairs,
                           m.pairs > 0 ? &m.features : nullptr, m.lowPairCount, message);
                }
            }
            const QString message =
                anyEmpty ? Tr::tr("an orientation has no pixel pair, so the mean is undefined.") : QString();
            addRow(t, roi, summary.distance, mean, summary.pairs, anyEmpty ? nullptr : &summary.mean,
                   summary.lowPairCount, message);
            if (options.withRange) {
                addRow(t, roi, summary.distance, range, summary.pairs, anyEmpty ? nullptr : &summary.range,
                       summary.lowPairCount, message);
            }
            if (summary.lowPairCount && !anyEmpty) {
                note(Tr::tr("warning: ROI \"%1\" has fewer than %2 pixel pairs at distance %3 in some "
                            "orientation; its features are unreliable.")
                         .arg(roi.name)
                         .arg(kGlcmLowPairCount)
                         .arg(summary.distance));
            }
        }
    }
    if (anyError) {
        *anyError = error;
    }
    return t;
}

CsvOptions glcmCsvOptions()
{
    return CsvOptions();
}

QJsonObject glcmParamsJson(const GlcmParams& params)
{
    QJsonObject o;
    o.insert(QStringLiteral("levels"), params.levels);
    QJsonArray distances;
    for (int d : params.distances) {
        distances.append(d);
    }
    o.insert(QStringLiteral("distances"), distances);
    QJsonArray orientations;
    for (GlcmOrientation orientation : params.orientations) {
        orientations.append(glcmOrientationName(orientation));
    }
    o.insert(QStringLiteral("orientations"), orientations);
    o.insert(QStringLiteral("convention"), glcmConventionName(params.convention));
    o.insert(QStringLiteral("symmetry"), params.symmetry == GlcmSymmetry::Symmetric ? QStringLiteral("symmetric")
                                         : params.symmetry == GlcmSymmetry::Asymmetric
                                             ? QStringLiteral("asymmetric")
                                             : QStringLiteral("by-convention"));
    o.insert(QStringLiteral("symmetric"), params.isSymmetric());
    o.insert(QStringLiteral("range"), glcmRangeModeName(params.rangeMode));
    if (params.rangeMode == GlcmRangeMode::Custom) {
        o.insert(QStringLiteral("rangeMin"), params.customMin);
        o.insert(QStringLiteral("rangeMax"), params.customMax);
    }
    return o;
}

QByteArray glcmCsv(const GlcmTable& table, bool withRange, QStringList* messages, bool* anyError,
                   const CsvOptions& options)
{
    GlcmRowOptions rows;
    rows.withRange = withRange;
    return toCsv(glcmMeasurementTable(table, rows, messages, anyError), options);
}

} // namespace tessera
