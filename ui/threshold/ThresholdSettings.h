#pragma once

#include "core/threshold/AutoThreshold.h"
#include "core/threshold/LocalThreshold.h"

#include <QColor>
#include <QImage>
#include <QString>

#include <vector>

namespace tessera {

/**
 * The threshold panel's parameters, stored in the document under AnalysisKind::Threshold (ImageDocument::parameters
 * <ThresholdSettings>()) and changed only through SetParametersCommand<ThresholdSettings>.
 *
 * Global mode: the foreground is lower <= value <= upper (image units). method is one of thresholdMethodNames() (the
 * levels were computed by that method with darkBackground / fullHistogram) or manualMethodName() (levels set by hand;
 * a slider drag switches to it). Local mode: core's computeLocalThreshold() with local.
 */
struct ThresholdSettings
{
    enum class Mode
    {
        Global,
        Local,
    };
    Mode mode = Mode::Global;
    QString method = QStringLiteral("Default");
    bool darkBackground = true;
    bool fullHistogram = false;
    bool levelsSet = false; ///< false until levels were computed or set (the overlay then draws nothing)
    double lower = 0.0;
    double upper = 0.0;
    QColor color = QColor(255, 0, 0);
    LocalThresholdParams local;
    /** The overlay shows the preview. Off until the user works with the panel (levels computed when a document is
     *  first shown do not colour the image of someone who only views it). */
    bool preview = false;

    bool operator==(const ThresholdSettings& o) const
    {
        return mode == o.mode && method == o.method && darkBackground == o.darkBackground &&
               fullHistogram == o.fullHistogram && levelsSet == o.levelsSet && lower == o.lower && upper == o.upper &&
               color == o.color && local == o.local && preview == o.preview;
    }
    bool operator!=(const ThresholdSettings& o) const { return !(*this == o); }
};

/** "Manual": the method name of levels set by hand (not translated; a key like the ImageJ names). */
inline QString manualMethodName()
{
    return QStringLiteral("Manual");
}

/**
 * The local-threshold preview the document keeps as the result of AnalysisKind::Threshold (stamped with the settings
 * and plane it was computed from): CV_8U, 255 = foreground.
 */
struct LocalThresholdPreview
{
    cv::Mat mask;
};

/**
 * Draws a threshold as a semi-transparent colour over a region of a plane, for the overlay and its benchmark.
 * Global levels go through a lookup table value → colour over the plane's whole value range (256 entries for 8-bit
 * and for masks, 65536 for 16-bit), rebuilt only when the levels or colour change, then one pass over the region;
 * float planes compare directly. Not thread-safe (one per overlay); the plane is shared, not copied.
 */
class ThresholdMaskRenderer
{
public:
    /** Alpha of the overlay colour (0..255). */
    static constexpr int alpha() { return 128; }
    /** The plane to threshold (CV_8U, CV_16U or CV_32F), or a binary mask (CV_8U, non-zero = in) with isMask. */
    void setSource(const cv::Mat& plane, bool isMask);
    /** Levels (inclusive) and colour; ignored for masks except the colour. */
    void setLevels(double lower, double upper, const QColor& color);
    /** The region (clipped to the plane) as ARGB32 premultiplied: colour where in, transparent elsewhere. */
    QImage render(const QRect& region) const;
    /** Number of foreground pixels of the whole source (tests). */
    qint64 countForeground() const;

private:
    cv::Mat m_source;
    bool m_isMask = false;
    double m_lower = 0.0;
    double m_upper = -1.0;
    quint32 m_color = 0;
    std::vector<quint32> m_lut; ///< value → premultiplied ARGB (8/16-bit sources)
};

/** One method's row of "Try all": ImageJ's name, the levels exactly as computeAutoThreshold() gives, a thumbnail. */
struct TryAllEntry
{
    QString method;
    ThresholdResult levels;
    QImage thumbnail; ///< the mask (white = foreground) scaled to fit thumbnailSize, Grayscale8
};

/**
 * Every method of thresholdMethodNames() on plane (ImageJ's order) with computeAutoThreshold(dark, full) — the levels
 * `tessera-cli threshold --method all` prints — and each mask as a thumbnail within thumbnailSize × thumbnailSize.
 * Reports progress per method; Status::cancelled() when cancelled. Thread-safe (pure function; QImage only).
 */
Expected<std::vector<TryAllEntry>> computeTryAll(const cv::Mat& plane, bool darkBackground, bool fullHistogram,
                                                 int thumbnailSize, TaskContext& task);

} // namespace tessera
