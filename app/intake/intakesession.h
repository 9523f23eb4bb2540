#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "catalog/itemguide.h"
#include "checklist.h"
#include "core/error.h"
#include "formschema.h"
#include "formvalidator.h"
#include "intakecase.h"

namespace OneWindow::Intake {

/// What the window can decide about a case at intake.
enum class Decision {
    Accept, ///< 受理
    NotifyMissing, ///< 一次性告知: print everything missing, keep the draft
    Refuse, ///< 不予受理
};

/// One case open at the window: its guide (the version it was taken under), the form built
/// from the guide's schema, the checklist, and the rules that say whether a decision may be
/// taken now. Plain data and logic (no Qt objects), so the screen, the tests and the server
/// use the same rules.
class IntakeSession
{
public:
    static Result<IntakeSession> open(const IntakeCase &kase, const Catalog::ItemGuide &guide,
                                      const Catalog::MaterialInfo &authorization);

    const IntakeCase &intakeCase() const { return m_case; }
    const Catalog::ItemGuide &guide() const { return m_guide; }
    const FormSchema &schema() const { return m_schema; }
    const Checklist &checklist() const { return m_checklist; }

    /// Takes the form's values and the checklist as the screen holds them; fills the case's
    /// applicant name and ID number from the fields that play those roles.
    void update(const QJsonObject &formValues, const Checklist &checklist);
    void setStatus(const IntakeCase &stored);
    /// The case as it should be saved now (form and checklist as JSON).
    IntakeCase snapshot() const;

    QList<FieldIssue> formIssues(QDate today) const;
    /// Why `decision` cannot be taken now (translated, one line each); empty when it can.
    QStringList blockers(Decision decision, QDate today) const;
    bool hasAgent() const;
    QString agentName() const;
    QString agentId() const;
    QString applicantPhone() const;
    /// "窗口领取" or the courier address, as the form says.
    QString deliveryText() const;

private:
    QString roleText(FieldRole role) const;

    IntakeCase m_case;
    Catalog::ItemGuide m_guide;
    FormSchema m_schema;
    Checklist m_checklist;
};

} // namespace OneWindow::Intake
