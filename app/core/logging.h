#pragma once

#include <QLoggingCategory>

// One category per module (onewindow.<module>), so a field log can be narrowed with
// QT_LOGGING_RULES. Citizen data (names, ID numbers, phones) never goes into a log line.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcIntake)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
