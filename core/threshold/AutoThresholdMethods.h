#pragma once

#include "core/threshold/AutoThreshold.h"

#include <QtGlobal>

#include <vector>

namespace tessera {

class TaskContext;

/**
 * The bin index chosen by method on histogram (any number of bins >= 2; ImageJ uses 256), following ImageJ 1.53t's
 * ij.process.AutoThresholder semantics: pixels in bins 0..index are background and index+1.. foreground for bright
 * objects. A method that finds no threshold returns 0 (as ImageJ maps its -1 to 0); the result is always clamped to
 * [0, bins - 1]. Each method's formula and paper are documented at computeAutoThreshold(). The histogram must not be
 * empty or all-zero (callers handle those cases). Iterative methods are capped (10000 iterations) so they always
 * terminate. Returns -1 only when task was cancelled (polled in the long loops of 65536-bin histograms).
 * found (optional) is set to false when the method found no threshold (ImageJ's -1, reported as 0), e.g. Intermodes
 * or Minimum when 10000 smoothing passes leave the histogram not bimodal. Thread-safe (pure function).
 */
int autoThresholdIndex(ThresholdMethod method, const std::vector<qint64>& histogram, TaskContext& task,
                       bool* found = nullptr);

} // namespace tessera
