#pragma once

#include <cstddef>

namespace cv {
class Mat;
}

/**
 * The C entry point of the `tessera_opencv_codecs` module, which wraps OpenCV's imgcodecs (PNG, JPEG, BMP, ...).
 *
 * imgcodecs pulls in about 140 shared libraries (GDAL, OpenEXR, ...) that cost ~0.25 s at every process start, so
 * tessera_core does not link it: ImageReader loads this module with QLibrary the first time a non-TIFF file is read.
 *
 * Decodes size bytes at data into *out with cv::IMREAD_UNCHANGED (channels in OpenCV's B, G, R(, A) order).
 * Returns true on success; on failure returns false and leaves *out empty. Never throws. Thread-safe.
 */
extern "C" bool tesseraDecodeImage(const unsigned char* data, std::size_t size, cv::Mat* out);

/** Name of the exported symbol, for QLibrary::resolve(). */
#define TESSERA_DECODE_IMAGE_SYMBOL "tesseraDecodeImage"
