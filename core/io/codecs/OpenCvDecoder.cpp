#include "core/io/codecs/OpenCvDecoder.h"

#include <opencv2/imgcodecs.hpp>

#include <sys/mman.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <iostream>
#include <mutex>

namespace {

/** Redirects file descriptor 2 into an in-memory file for its lifetime; text() returns what was written. */
class StderrCapture
{
public:
    StderrCapture()
    {
        std::fflush(stderr);
        std::cerr.flush();
        m_capture = memfd_create("tessera-decoder-messages", MFD_CLOEXEC);
        if (m_capture < 0) { // no memfd (old kernel, sandbox): an unlinked temporary file
            if (std::FILE* t = std::tmpfile()) {
                m_capture = dup(fileno(t));
                std::fclose(t);
            }
        }
        m_saved = m_capture >= 0 ? dup(STDERR_FILENO) : -1;
        if (m_saved < 0 || dup2(m_capture, STDERR_FILENO) < 0) {
            release();
        }
    }
    ~StderrCapture() { release(); }
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;

    /** Restores standard error and copies the captured text into buffer (NUL-terminated, truncated to size - 1). */
    void finish(char* buffer, std::size_t size)
    {
        std::fflush(stderr);
        std::cerr.flush();
        if (m_saved >= 0) {
            dup2(m_saved, STDERR_FILENO);
        }
        if (buffer && size > 0) {
            ssize_t n = m_capture >= 0 ? pread(m_capture, buffer, size - 1, 0) : 0;
            buffer[n > 0 ? std::size_t(n) : 0] = '\0';
        }
        release();
    }

private:
    void release()
    {
        if (m_saved >= 0) {
            dup2(m_saved, STDERR_FILENO);
            close(m_saved);
            m_saved = -1;
        }
        if (m_capture >= 0) {
            close(m_capture);
            m_capture = -1;
        }
    }

    int m_capture = -1;
    int m_saved = -1;
};

std::mutex& captureMutex()
{
    static std::mutex m;
    return m;
}

} // namespace

extern "C" __attribute__((visibility("default"))) bool tesseraDecodeImageCaptured(const unsigned char* data,
                                                                                  std::size_t size, cv::Mat* out,
                                                                                  char* messages,
                                                                                  std::size_t messagesSize)
{
    if (messages && messagesSize > 0) {
        messages[0] = '\0';
    }
    if (!out) {
        return false;
    }
    out->release();
    if (!data || size == 0 || size > std::size_t(INT_MAX)) {
        return false;
    }
    const std::lock_guard<std::mutex> lock(captureMutex());
    StderrCapture capture;
    try {
        const cv::Mat raw(1, int(size), CV_8UC1, const_cast<unsigned char*>(data));
        *out = cv::imdecode(raw, cv::IMREAD_UNCHANGED);
    } catch (...) {
        out->release();
    }
    capture.finish(messages, messagesSize);
    return !out->empty();
}
