#include "ui/document/commands/CommandId.h"

#include <atomic>

namespace tessera {

quint64 newGestureId()
{
    // A counter, not state: tokens only need to differ, so one per process is enough and harmless.
    static std::atomic<quint64> last{0};
    return ++last;
}

} // namespace tessera
