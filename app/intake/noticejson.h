#pragma once

#include <QJsonObject>

#include "printing/noticedata.h"

namespace OneWindow::Intake {

/// A printed notice's data as JSON, kept with the case's document so a reprint shows exactly
/// what was handed over, even after the case moved on.
QJsonObject noticeToJson(const Printing::NoticeData &notice);
Printing::NoticeData noticeFromJson(const QJsonObject &object);
QString documentKindName(Printing::DocumentKind kind);

} // namespace OneWindow::Intake
