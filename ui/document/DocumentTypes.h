#pragma once

#include "core/image/Image.h"

#include <QColor>
#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <any>

namespace tessera {

/**
 * Stable identity of a ROI within one ImageDocument: assigned once, never reused (also not after delete + undo of
 * something else), kept by undo/redo. 0 is never a valid id. Ids of different documents are unrelated.
 */
using RoiId = quint64;
/** Ids in a meaningful order (usually the document's ROI order). */
using RoiIdList = QList<RoiId>;
/** An unordered set of ids (the selection). */
using RoiIdSet = QSet<RoiId>;

/** 0-based position in the C × Z × T planes of an image. */
struct PlanePosition
{
    int c = 0;
    int z = 0;
    int t = 0;
    bool operator==(const PlanePosition& o) const { return c == o.c && z == o.z && t == o.t; }
    bool operator!=(const PlanePosition& o) const { return !(*this == o); }
};

/** A user class of ROIs ("cell", "background", …): a unique, non-empty name and the colour used everywhere. */
struct RoiClass
{
    QString name;
    QColor color;
    bool operator==(const RoiClass& o) const { return name == o.name && color == o.color; }
    bool operator!=(const RoiClass& o) const { return !(*this == o); }
};

/** Which part of a ROI changed (ImageDocument::roiChanged). */
enum class RoiChange
{
    Name = 0x1,
    Class = 0x2,
    Geometry = 0x4, ///< shape, bounds or vertices: the ROI's pixels changed
};
Q_DECLARE_FLAGS(RoiChanges, RoiChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(RoiChanges)

/**
 * The analyses whose parameters and latest result the document keeps. Add a kind here when a panel adds an analysis;
 * parameters and results of any copyable type can then be stored under it (see ImageDocument::setParameters()).
 */
enum class AnalysisKind
{
    Glcm,         ///< GLCM / Haralick features per ROI (params: GlcmParams, result: GlcmResult)
    Histogram,    ///< histogram and statistics of the plane and the selected ROIs
    Threshold,    ///< global or local threshold (issue 9)
    Segmentation, ///< pre-processing + watershed (issue 9)
    Measurements, ///< per-object measurements (params: MeasurementSelection, result: ObjectMeasurementResult)
};

/** Display settings of one channel. */
struct ChannelView
{
    DisplayRange range;                    ///< values mapped to the ends of the LUT
    QString lut = QStringLiteral("Grays"); ///< LUT name (see Lut::names()) used when the channel is shown alone
    QColor color = Qt::white;              ///< colour of the channel in the composite view
    bool visible = true;                   ///< shown in the composite view
    bool operator==(const ChannelView& o) const
    {
        return range == o.range && lut == o.lut && color == o.color && visible == o.visible;
    }
    bool operator!=(const ChannelView& o) const { return !(*this == o); }
};

/**
 * What a result was computed from: a copy of the parameters (compared by value, so undoing a parameter change makes
 * the old result current again), the plane and the ROI and label-layer generations. Take it with
 * ImageDocument::stamp(kind) when the run is requested; a result is stale when any part differs from the document's
 * current state (ImageDocument::isStale()).
 */
struct ResultStamp
{
    std::any parameters; ///< empty when the analysis has no parameters stored
    PlanePosition plane;
    quint64 roiGeneration = 0;   ///< ImageDocument::roiGeneration() at request time
    quint64 labelGeneration = 0; ///< ImageDocument::labelGeneration() at request time
};

} // namespace tessera

Q_DECLARE_METATYPE(tessera::PlanePosition)
Q_DECLARE_METATYPE(tessera::RoiChanges)
Q_DECLARE_METATYPE(tessera::AnalysisKind)
