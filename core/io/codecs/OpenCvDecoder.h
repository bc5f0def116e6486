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
 * Returns true on success; on failure returns false and leaves *out empty. Never throws.
 *
 * libpng, libjpeg and OpenCV's logger print their errors and warnings ("libpng error: ...", "Premature end of JPEG
 * file") straight to the process's standard error. So that they reach the user as part of Tessera's own message
 * instead, the call redirects file descriptor 2 into an in-memory file while it decodes and returns what was written
 * there in messages (at most messagesSize - 1 bytes, NUL-terminated; messages may be null when messagesSize is 0).
 * Calls are serialised by a mutex for that reason; anything another thread writes to standard error during a decode
 * (milliseconds) is captured with it. Thread-safe.
 */
extern "C" bool tesseraDecodeImageCaptured(const unsigned char* data, std::size_t size, cv::Mat* out, char* messages,
                                           std::size_t messagesSize);

/** Name of the exported symbol, for QLibrary::resolve() (a new name whenever the signature changes). */
#define TESSERA_DECODE_IMAGE_SYMBOL "tesseraDecodeImageCaptured"
