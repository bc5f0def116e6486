#include "core/io/codecs/OpenCvDecoder.h"

#include <opencv2/imgcodecs.hpp>

#include <climits>

extern "C" __attribute__((visibility("default"))) bool tesseraDecodeImage(const unsigned char* data, std::size_t size,
                                                                          cv::Mat* out)
{
    if (!out) {
        return false;
    }
    out->release();
    if (!data || size == 0 || size > std::size_t(INT_MAX)) {
        return false;
    }
    try {
        const cv::Mat raw(1, int(size), CV_8UC1, const_cast<unsigned char*>(data));
        *out = cv::imdecode(raw, cv::IMREAD_UNCHANGED);
    } catch (...) {
        out->release();
        return false;
    }
    return !out->empty();
}
