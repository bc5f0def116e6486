#pragma once

#include <QtGlobal>

#include <vector>

namespace tessera {

class TaskContext;

/**
 * The information-theoretic methods of autoThresholdIndex() (internal to core/threshold). Each takes a histogram of
 * any number of bins (>= 2, not all zero) and returns the threshold bin as ImageJ 1.53t does, -1 when the method
 * finds none; the ones taking a task return -2 when it was cancelled. Formulas and papers are at each definition and
 * at computeAutoThreshold(). Pure functions.
 */
namespace autothreshold {

int huang(const std::vector<qint64>& data, TaskContext& task);
int huang2(const std::vector<qint64>& data, TaskContext& task);
int li(const std::vector<qint64>& data);
int maxEntropy(const std::vector<qint64>& data, TaskContext& task);
int renyiEntropy(const std::vector<qint64>& data, TaskContext& task);
int shanbhag(const std::vector<qint64>& data, TaskContext& task);
int yen(const std::vector<qint64>& data);

} // namespace autothreshold
} // namespace tessera
