#pragma once

#include <QHash>
#include <QString>

#include "printing/hallprofile.h"
#include "printing/noticedata.h"

namespace OneWindow::Printing::Internal {

/// The value of every template placeholder for one notice: the case's data as the notice
/// prints it (dates in the hall's format, the legal basis joined with 、) and the hall's own.
QHash<QString, QString> noticeValues(const NoticeData &data, const HallProfile &profile);

} // namespace OneWindow::Printing::Internal
