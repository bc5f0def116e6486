#pragma once

#include "core/texture/HaralickFeatures.h"
#include "ui/document/DocumentTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

class ImageDocument;

/** One point of the texture scatter plot: a ROI of one document and its features at the plotted distance. */
struct ScatterPoint
{
    ImageDocument* document = nullptr; ///< the ROI's document (valid while the plot's data is current)
    RoiId id = 0;
    double x = 0.0;
    double y = 0.0;
    bool lowPairs = false; ///< fewer than kGlcmLowPairCount pairs in some orientation: drawn hollow
    int row = -1;          ///< index of the ROI's row in its document's GLCM result
};

/** What gives a point its colour: the ROI's class or its image. */
enum class ScatterColouring
{
    Class,
    Image
};

/** One image whose ROIs may be plotted, with its display name (Project::imageName) and its palette position. */
struct ScatterSource
{
    ImageDocument* document = nullptr;
    QString name;
    int colourIndex = 0;
};

/** A group of points drawn in one colour and marker (one graph, one legend entry). */
struct ScatterSeries
{
    QString name;  ///< legend text: class or image name
    QColor colour; ///< fill (filled markers) or ring (hollow markers)
    bool hollow = false;
    QVector<int> points; ///< indexes into ScatterData::points
};

/**
 * The points of several images' GLCM results at one distance, grouped for drawing, and what was left out. Only images
 * with a GLCM result that has the distance contribute; ROIs without a finite value in either feature, with an error
 * row or no longer in the document are skipped.
 */
struct ScatterData
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ScatterData)

public:
    QVector<ScatterPoint> points;
    /** Legend order: per colour group its filled series, then its hollow one (only non-empty series). */
    QVector<ScatterSeries> series;
    /** Distances (pixels) of the sources' results, in order of first appearance. */
    QList<int> distances;
    /** The plotted distance (0: none). */
    int distance = 0;
    QStringList noResult;          ///< images with ROIs but no GLCM result
    QStringList missingDistance;   ///< images whose result lacks the distance
    QStringList stale;             ///< plotted images whose result no longer matches their ROIs or parameters
    bool parametersDiffer = false; ///< plotted results differ in levels, orientations, convention or range

    /**
     * The points of sources at distance (≤ 0 or absent from every result: the first distance) for features x and y,
     * coloured by colouring. Class colours come from the first source that defines the class; image colours from
     * imagePaletteColour(colourIndex). GUI thread (reads the documents).
     */
    static ScatterData build(const QVector<ScatterSource>& sources, HaralickFeature x, HaralickFeature y, int distance,
                             ScatterColouring colouring);

    /** A one-line account of stale and left-out images for the plot's status line; empty when there is none. */
    QString statusText(bool pooled) const;
};

/**
 * The colour of the index-th image: the Okabe–Ito palette (distinguishable with the common colour vision
 * deficiencies; Okabe & Ito 2008, "Color Universal Design") without its black, then hues spaced by the golden angle.
 */
QColor imagePaletteColour(int index);

} // namespace tessera
