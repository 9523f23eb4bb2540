#pragma once

#include <QDateTime>

#include "intakesession.h"
#include "printing/noticedata.h"

namespace OneWindow::Calendar {
class Deadline;
}

namespace OneWindow::Intake {

/// Turns a case at the moment of a decision into what its notice prints. Personal numbers are
/// masked here, before printing ever sees them: a notice shows 440106********123X, never the whole.
class NoticeBuilder
{
public:
    static Printing::NoticeData build(const IntakeSession &session, Printing::DocumentKind kind,
                                      const QString &documentNumber, const QDateTime &issuedAt,
                                      const Workstation &station);
    /// How a material was provided, as the notice words it (原件已核验, 复印件 2 份, 电子).
    static QString providedText(const MaterialRecord &record);
};

} // namespace OneWindow::Intake
