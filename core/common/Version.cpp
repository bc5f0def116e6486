#include "core/common/Version.h"

namespace tessera {

QString tesseraVersion()
{
    return QStringLiteral(TESSERA_VERSION);
}

} // namespace tessera
