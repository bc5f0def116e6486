#include "core/common/Status.h"

#include <QCoreApplication>

namespace tessera {

Status Status::cancelled()
{
    return {StatusCode::Cancelled, QCoreApplication::translate("tessera::Status", "Cancelled.")};
}

} // namespace tessera
