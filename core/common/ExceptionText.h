#pragma once

#include <QString>

#include <exception>

namespace tessera {

/**
 * One translated line describing the exception held by p, for the error message of a command or task that caught
 * something it did not expect (catch (...) { describeException(std::current_exception()); }):
 * std::bad_alloc → "not enough memory"; cv::Exception → "OpenCV error in FUNCTION: DESCRIPTION"; another
 * std::exception → its what(); QUnhandledException (how QtConcurrent hands on a worker's exception) → the exception
 * it wraps; anything else → "an unknown exception was thrown". No trailing period, no newline. Never throws.
 * Thread-safe.
 */
QString describeException(const std::exception_ptr& p);

} // namespace tessera
