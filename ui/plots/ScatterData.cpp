#include "ui/plots/ScatterData.h"

#include "core/texture/GlcmAnalysis.h"
#include "ui/document/AnalysisResults.h"
#include "ui/document/ImageDocument.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace tessera {
namespace {

/** Class names in legend order: the sources' classes (in source order), then unknown names, then "" (no class). */
QStringList classOrder(const QVector<ScatterSource>& sources, const QSet<QString>& used)
{
    QStringList order;
    for (const ScatterSource& s : sources) {
        for (const RoiClass& c : s.document->classes()) {
            if (used.contains(c.name) && !order.contains(c.name)) {
                order << c.name;
            }
        }
    }
    QStringList unknown;
    for (const QString& name : used) {
        if (!name.isEmpty() && !order.contains(name)) {
            unknown << name;
        }
    }
    unknown.sort();
    order << unknown;
    if (used.contains(QString())) {
        order << QString();
    }
    return order;
}

/** The colour of class name: from the first source that defines it, else the no-class colour. */
QColor classColour(const QVector<ScatterSource>& sources, const QString& name)
{
    for (const ScatterSource& s : sources) {
        if (s.document->hasClass(name)) {
            return s.document->classColor(name);
        }
    }
    return ImageDocument::noClassColor();
}

/** The parameters that make values comparable: everything but the distances. */
GlcmParams comparable(GlcmParams p)
{
    p.distances.clear();
    return p;
}

QString nameList(const QStringList& names)
{
    constexpr int kShown = 3;
    if (names.size() <= kShown) {
        return names.join(QStringLiteral(", "));
    }
    return ScatterData::tr("%1 and %n more", nullptr, int(names.size()) - kShown)
        .arg(names.mid(0, kShown).join(QStringLiteral(", ")));
}

} // namespace

QColor imagePaletteColour(int index)
{
    static const QColor okabeIto[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
                                      QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x72, 0xB2), QColor(0xCC, 0x79, 0xA7),
                                      QColor(0xF0, 0xE4, 0x42)};
    constexpr int n = int(sizeof(okabeIto) / sizeof(okabeIto[0]));
    if (index >= 0 && index < n) {
        return okabeIto[index];
    }
    const int k = std::max(0, index - n);
    return QColor::fromHsvF(std::fmod(0.13 + k * 0.381966, 1.0), 0.75, k % 2 ? 0.65 : 0.85);
}

ScatterData ScatterData::build(const QVector<ScatterSource>& sources, HaralickFeature x, HaralickFeature y,
                               int distance, ScatterColouring colouring)
{
    ScatterData data;
    QVector<std::shared_ptr<const GlcmResult>> results;
    for (const ScatterSource& s : sources) {
        results.push_back(s.document->result<GlcmResult>(AnalysisKind::Glcm));
        if (!results.back()) {
            if (s.document->roiCount() > 0) {
                data.noResult << s.name;
            }
            continue;
        }
        for (int d : results.back()->table.params.distances) {
            if (!data.distances.contains(d)) {
                data.distances << d;
            }
        }
    }
    data.distance = data.distances.contains(distance) ? distance : data.distances.value(0, 0);

    // Points of each source, with the key of their colour group.
    QVector<QString> groupOf;
    const GlcmParams* firstParams = nullptr;
    for (int k = 0; k < sources.size(); ++k) {
        const ScatterSource& s = sources[k];
        const std::shared_ptr<const GlcmResult>& result = results[k];
        if (!result) {
            continue;
        }
        const std::vector<int>& distances = result->table.params.distances;
        const auto it = std::find(distances.begin(), distances.end(), data.distance);
        if (it == distances.end()) {
            data.missingDistance << s.name;
            continue;
        }
        if (!firstParams) {
            firstParams = &result->table.params;
        } else if (comparable(*firstParams) != comparable(result->table.params)) {
            data.parametersDiffer = true;
        }
        if (s.document->isStale(AnalysisKind::Glcm)) {
            data.stale << s.name;
        }
        const std::size_t d = std::size_t(it - distances.begin());
        for (int i = 0; i < int(result->roiIds.size()) && i < int(result->table.rois.size()); ++i) {
            const RoiId id = result->roiIds[i];
            const GlcmRoiResult& r = result->table.rois[std::size_t(i)];
            if (!s.document->containsRoi(id) || !r.status.isOk() || d >= r.summaries.size()) {
                continue;
            }
            const GlcmOrientationSummary& summary = r.summaries[d];
            const double vx = summary.mean[x];
            const double vy = summary.mean[y];
            if (!std::isfinite(vx) || !std::isfinite(vy)) {
                continue;
            }
            data.points.push_back({s.document, id, vx, vy, summary.lowPairCount, i});
            groupOf.push_back(colouring == ScatterColouring::Class ? s.document->roi(id).className : QString());
        }
    }

    // Colour groups in legend order.
    struct Group
    {
        QString name;
        QColor colour;
        const ImageDocument* document = nullptr; ///< image colouring: the group's image
        QString className;                       ///< class colouring: the group's class
    };
    QVector<Group> groups;
    if (colouring == ScatterColouring::Class) {
        const QSet<QString> used(groupOf.cbegin(), groupOf.cend());
        for (const QString& cls : classOrder(sources, used)) {
            groups.push_back({cls.isEmpty() ? tr("no class") : cls, classColour(sources, cls), nullptr, cls});
        }
    } else {
        for (const ScatterSource& s : sources) {
            groups.push_back({s.name, imagePaletteColour(s.colourIndex), s.document, QString()});
        }
    }
    for (const Group& g : groups) {
        ScatterSeries filled{g.name, g.colour, false, {}};
        ScatterSeries hollow{tr("%1 (too few pairs)").arg(g.name), g.colour, true, {}};
        for (int i = 0; i < data.points.size(); ++i) {
            const bool member = colouring == ScatterColouring::Class ? groupOf[i] == g.className
                                                                     : data.points[i].document == g.document;
            if (member) {
                (data.points[i].lowPairs ? hollow : filled).points.push_back(i);
            }
        }
        if (!filled.points.isEmpty()) {
            data.series.push_back(filled);
        }
        if (!hollow.points.isEmpty()) {
            data.series.push_back(hollow);
        }
    }
    return data;
}

QString ScatterData::statusText(bool pooled) const
{
    QStringList parts;
    if (!stale.isEmpty()) {
        parts << (pooled ? tr("Out of date: %1").arg(nameList(stale)) : tr("Out of date"));
    }
    if (pooled && !noResult.isEmpty()) {
        parts << tr("Not plotted (no GLCM result): %1").arg(nameList(noResult));
    }
    if (pooled && !missingDistance.isEmpty()) {
        parts << tr("Not plotted (no distance %1): %2").arg(distance).arg(nameList(missingDistance));
    }
    if (pooled && parametersDiffer) {
        parts << tr("GLCM settings differ between images: compare with care");
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace tessera
