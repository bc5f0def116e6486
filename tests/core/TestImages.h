#pragma once

#include "core/io/ImageReader.h"

#include <QLatin1Char>
#include <QString>

#include <opencv2/core.hpp>

namespace tessera::test {

/**
 * The first plane of the image file tests/data/<file> (TESSERA_TEST_DATA), as a deep copy in its native type.
 * Returns an empty cv::Mat when the file cannot be read (the caller's QVERIFY(!plane.empty()) then fails).
 */
inline cv::Mat firstPlane(const QString& file)
{
    ImageReader reader;
    Expected<Image> image = reader.read(QStringLiteral(TESSERA_TEST_DATA) + QLatin1Char('/') + file);
    return image.isOk() ? image->plane(0).clone() : cv::Mat();
}

} // namespace tessera::test
