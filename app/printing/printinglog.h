#pragma once

#include <QLoggingCategory>

// onewindow.printing: template loading and rendering. Case data never goes into a log line.
Q_DECLARE_LOGGING_CATEGORY(lcPrinting)
