#pragma once

#include "core/common/Status.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

namespace tessera {

/**
 * The layer files of sessions: one-plane, Deflate-compressed TIFFs (horizontal predictor) of a CV_8U mask or CV_32S
 * label image (SampleFormat signed integer), which ImageJ and tifffile also open. Internal to core/session.
 * Thread safety: reentrant.
 */
class LayerTiff
{
    Q_DECLARE_TR_FUNCTIONS(tessera::LayerTiff)

public:
    /** Writes layer (CV_8U or CV_32S, one channel, not empty) to path atomically (QSaveFile). */
    static Status write(const cv::Mat& layer, const QString& path);
    /**
     * Reads a layer written by write() and checks it: one plane of exactly width × height, 8-bit unsigned (type
     * CV_8U) or 32-bit signed (CV_32S) as asked. Any other file, or a damaged one, is an InvalidInput/IoError naming
     * path.
     */
    static Expected<cv::Mat> read(const QString& path, int type, int width, int height);
};

} // namespace tessera
