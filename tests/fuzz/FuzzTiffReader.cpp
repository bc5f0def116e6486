// libFuzzer entry point for TiffReader: every input is read from memory through a QBuffer. The reader must return
// an Image or a Status for any byte string; crashes, leaks and undefined behaviour are the findings.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tessera::fuzz::installQuietMessageHandler();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const tessera::Expected<tessera::Image> image = tessera::fuzz::readFuzzInput(data, size, qint64(64) << 20);
    if (image.isOk()) {
        // Touch the result so that the decode cannot be optimised away and plane views are valid.
        volatile int planes = image->planeCount();
        (void)planes;
    }
    return 0;
}
