#include "printinglog.h"

Q_LOGGING_CATEGORY(lcPrinting, "onewindow.printing")
