#pragma once

#include <QLoggingCategory>

namespace OneWindow::Calendar {

// onewindow.calendar: data loaded or refused, lunar dates ICU got wrong or that cannot be decided.
Q_DECLARE_LOGGING_CATEGORY(lcCalendar)

} // namespace OneWindow::Calendar
