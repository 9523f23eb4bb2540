#include "error.h"

namespace OneWindow {

Error makeError(const QString &code, const QString &message)
{
    return Error { code, message };
}

} // namespace OneWindow
