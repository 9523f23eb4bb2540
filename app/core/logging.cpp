#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "onewindow.core")
Q_LOGGING_CATEGORY(lcStorage, "onewindow.storage")
Q_LOGGING_CATEGORY(lcCatalog, "onewindow.catalog")
Q_LOGGING_CATEGORY(lcIntake, "onewindow.intake")
Q_LOGGING_CATEGORY(lcUi, "onewindow.ui")
