#include "casestatus.h"

#include <array>
#include <utility>

#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

namespace {

using S = CaseStatus;

const std::array<std::pair<QStringView, CaseStatus>, 12> names { {
    { u"draft", S::Draft },
    { u"waitingForMaterials", S::WaitingForMaterials },
    { u"notAccepted", S::NotAccepted },
    { u"discarded", S::Discarded },
    { u"accepted", S::Accepted },
    { u"reviewing", S::Reviewing },
    { u"correctionRequested", S::CorrectionRequested },
    { u"approved", S::Approved },
    { u"denied", S::Denied },
    { u"resultReady", S::ResultReady },
    { u"handedOver", S::HandedOver },
    { u"closed", S::Closed },
} };

struct Move
{
    CaseStatus from;
    CaseStatus to;
    bool instantOnly;
};

const std::array<Move, 17> moves { {
    { S::Draft, S::Accepted, false },
    { S::Draft, S::WaitingForMaterials, false },
    { S::Draft, S::NotAccepted, false },
    { S::Draft, S::Discarded, false },
    { S::WaitingForMaterials, S::Accepted, false },
    // A second one-time notice is allowed: the first one may have been answered in part.
    { S::WaitingForMaterials, S::WaitingForMaterials, false },
    { S::WaitingForMaterials, S::NotAccepted, false },
    { S::Accepted, S::Reviewing, false },
    { S::Accepted, S::Approved, true },
    { S::Accepted, S::Denied, true },
    { S::Reviewing, S::Approved, false },
    { S::Reviewing, S::Denied, false },
    { S::Reviewing, S::CorrectionRequested, false },
    { S::CorrectionRequested, S::Reviewing, false },
    { S::Approved, S::ResultReady, false },
    { S::Denied, S::ResultReady, false },
    { S::ResultReady, S::HandedOver, false },
} };

} // namespace

QString statusName(CaseStatus status)
{
    for (const auto &[name, value] : names)
        if (value == status)
            return name.toString();
    return {};
}

Result<CaseStatus> statusFromName(const QString &name)
{
    for (const auto &[text, value] : names)
        if (text == name)
            return value;
    return makeError(u"intake.status"_s, Text::tr("Unknown case status \"%1\"").arg(name));
}

QString statusLabel(CaseStatus status)
{
    switch (status) {
    case S::Draft:
        return Text::tr("Draft");
    case S::WaitingForMaterials:
        return Text::tr("Waiting for materials");
    case S::NotAccepted:
        return Text::tr("Not accepted");
    case S::Discarded:
        return Text::tr("Discarded");
    case S::Accepted:
        return Text::tr("Accepted");
    case S::Reviewing:
        return Text::tr("Under review");
    case S::CorrectionRequested:
        return Text::tr("Correction requested");
    case S::Approved:
        return Text::tr("Approved");
    case S::Denied:
        return Text::tr("Denied");
    case S::ResultReady:
        return Text::tr("Result ready");
    case S::HandedOver:
        return Text::tr("Handed over");
    case S::Closed:
        return Text::tr("Closed");
    }
    return {};
}

bool CaseLifecycle::isAllowed(CaseStatus from, CaseStatus to, bool instant)
{
    // Closing is the archive's move: any case whose story has ended may be closed.
    if (to == S::Closed)
        return from == S::HandedOver || from == S::NotAccepted;
    return std::any_of(moves.begin(), moves.end(), [&](const Move &move) {
        return move.from == from && move.to == to && (!move.instantOnly || instant);
    });
}

Status CaseLifecycle::check(CaseStatus from, CaseStatus to, bool instant)
{
    if (isAllowed(from, to, instant))
        return Done {};
    //: %1 and %2 are case statuses, e.g. "Draft" and "Approved"
    return makeError(u"intake.transition"_s,
                     Text::tr("A case cannot go from \"%1\" to \"%2\".").arg(statusLabel(from), statusLabel(to)));
}

QList<CaseStatus> CaseLifecycle::nextStates(CaseStatus from, bool instant)
{
    QList<CaseStatus> result;
    for (const auto &[name, to] : names)
        if (isAllowed(from, to, instant))
            result.append(to);
    return result;
}

bool CaseLifecycle::isEditable(CaseStatus status)
{
    return status == S::Draft || status == S::WaitingForMaterials || status == S::CorrectionRequested;
}

bool CaseLifecycle::isRunning(CaseStatus status)
{
    return status == S::Accepted || status == S::Reviewing;
}

} // namespace OneWindow::Intake
