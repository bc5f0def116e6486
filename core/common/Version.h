#pragma once

#include <QString>

namespace tessera {

/** Tessera's version ("0.1.0", the CMake project version), the same in the GUI, the CLI and the tests. */
QString tesseraVersion();

} // namespace tessera
