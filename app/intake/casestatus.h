#pragma once

#include <QList>
#include <QString>

#include "core/error.h"

namespace OneWindow::Intake {

/// Where a case stands. One vocabulary for the window, the department and the server
/// (DESIGN.md §4). The allowed moves:
///
///   Draft ──────────┬──> Accepted (受理) ──> Reviewing ──┬──> Approved (准予) ──┐
///    │  ▲           │       │ (即办: the window decides) ├──> Denied (不予许可) ─┼──> ResultReady ──> HandedOver ──>
///    Closed │  │           │       └──> Approved | Denied       └──> CorrectionRequested (补正) │  └──
///    WaitingForMaterials (一次性告知: the draft is kept; the citizen brings the rest) │              │ └──> Reviewing
///    (resubmitted at a window) └──────────────┴──> NotAccepted (不予受理, with its notice) ──> Closed
///   Draft ──> Discarded (the citizen left before anything was decided)
///
/// Anything else is refused with a message that says which move was asked and from where.
enum class CaseStatus {
    Draft,
    WaitingForMaterials,
    NotAccepted,
    Discarded,
    Accepted,
    Reviewing,
    CorrectionRequested,
    Approved,
    Denied,
    ResultReady,
    HandedOver,
    Closed,
};

QString statusName(CaseStatus status); ///< stable, for storage and the protocol ("accepted")
Result<CaseStatus> statusFromName(const QString &name);
QString statusLabel(CaseStatus status); ///< translated, for people

/// The rules of the lifecycle above; `instant` is true for 即办 items, which the window
/// decides itself right after acceptance.
class CaseLifecycle
{
public:
    static bool isAllowed(CaseStatus from, CaseStatus to, bool instant);
    static Status check(CaseStatus from, CaseStatus to, bool instant);
    static QList<CaseStatus> nextStates(CaseStatus from, bool instant);
    /// Whether the window may still change the form and the checklist.
    static bool isEditable(CaseStatus status);
    /// Whether the deadline clock runs (accepted and not yet decided).
    static bool isRunning(CaseStatus status);
};

} // namespace OneWindow::Intake
