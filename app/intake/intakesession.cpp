#include "intakesession.h"

#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

Result<IntakeSession> IntakeSession::open(const IntakeCase &kase, const Catalog::ItemGuide &guide,
                                          const Catalog::MaterialInfo &authorization)
{
    Result<FormSchema> schema = FormSchema::fromJson(guide.form);
    if (!schema)
        return schema.error();
    IntakeSession session;
    session.m_case = kase;
    session.m_guide = guide;
    session.m_schema = std::move(schema).value();
    const FieldSpec *agent = session.m_schema.fieldFor(FieldRole::AgentPresent);
    session.m_checklist = Checklist(guide.materials, agent ? agent->key : QString(), authorization);
    session.m_checklist.restore(kase.checklist);
    return session;
}

void IntakeSession::update(const QJsonObject &formValues, const Checklist &checklist)
{
    m_case.form = formValues;
    m_checklist = checklist;
    m_case.checklist = m_checklist.toJson();
    m_case.applicantName = roleText(FieldRole::ApplicantName);
    m_case.applicantId = roleText(FieldRole::ApplicantId).toUpper();
}

void IntakeSession::setStatus(const IntakeCase &stored)
{
    m_case.status = stored.status;
    m_case.revision = stored.revision;
    m_case.acceptedAt = stored.acceptedAt;
    m_case.dueDate = stored.dueDate;
    m_case.events = stored.events;
    m_case.documents = stored.documents;
    m_case.stops = stored.stops;
}

IntakeCase IntakeSession::snapshot() const
{
    IntakeCase copy = m_case;
    copy.checklist = m_checklist.toJson();
    return copy;
}

QList<FieldIssue> IntakeSession::formIssues(QDate today) const
{
    return FormValidator::validate(m_schema.fields(), m_case.form, today);
}

QString IntakeSession::roleText(FieldRole role) const
{
    const FieldSpec *spec = m_schema.fieldFor(role);
    if (!spec || !FormSchema::isVisible(*spec, m_case.form))
        return {};
    return m_case.form.value(spec->key).toString().trimmed();
}

bool IntakeSession::hasAgent() const
{
    const FieldSpec *spec = m_schema.fieldFor(FieldRole::AgentPresent);
    return spec && m_case.form.value(spec->key).toBool();
}

QString IntakeSession::agentName() const
{
    return hasAgent() ? roleText(FieldRole::AgentName) : QString();
}

QString IntakeSession::agentId() const
{
    return hasAgent() ? roleText(FieldRole::AgentId).toUpper() : QString();
}

QString IntakeSession::applicantPhone() const
{
    return roleText(FieldRole::ApplicantPhone);
}

QString IntakeSession::deliveryText() const
{
    const QString method = roleText(FieldRole::DeliveryMethod);
    const FieldSpec *address = m_schema.fieldFor(FieldRole::DeliveryAddress);
    if (address && FormSchema::isVisible(*address, m_case.form)) {
        const QJsonObject value = m_case.form.value(address->key).toObject();
        const QString text = value.value(u"regionText"_s).toString() + value.value(u"detail"_s).toString();
        if (!text.isEmpty())
            return method + u"\xff1a"_s + text;
    }
    // Without a delivery field in the guide, results are collected at a window (通办通取).
    return method.isEmpty() ? u"窗口领取"_s : method;
}

QStringList IntakeSession::blockers(Decision decision, QDate today) const
{
    QStringList reasons;
    if (!CaseLifecycle::isEditable(m_case.status))
        reasons.append(
            Text::tr("The case is %1 and can no longer be changed at the window.").arg(statusLabel(m_case.status)));
    if (m_case.applicantName.isEmpty())
        reasons.append(Text::tr("Enter the applicant's name: every notice is addressed to them."));
    const QStringList pending = m_checklist.pending(m_case.form);
    if (!pending.isEmpty() && decision != Decision::Refuse) {
        QStringList names;
        for (const QString &id : pending)
            names.append(m_checklist.material(id)->name);
        //: %1 lists material names
        reasons.append(Text::tr("Check every material first: %1.").arg(names.join(u"\x3001"_s)));
    }
    const QList<Shortfall> shortfalls = m_checklist.shortfalls(m_case.form);
    if (decision == Decision::Accept) {
        for (const FieldIssue &issue : formIssues(today))
            if (!issue.warning)
                //: %1 is a field label, %2 what is wrong with it
                reasons.append(Text::tr("%1: %2").arg(issue.label, issue.message));
        if (!shortfalls.isEmpty())
            reasons.append(Text::tr("%n material(s) missing or not acceptable: give the one-time notice instead.",
                                    nullptr, int(shortfalls.size())));
        for (const Catalog::MaterialInfo &material : m_checklist.materials()) {
            if (material.necessityCode == u"required"_s && material.when.isEmpty()
                && m_checklist.record(material.id).provision == Provision::NotApplicable)
                reasons.append(Text::tr("%1 is required and cannot be marked not applicable.").arg(material.name));
        }
    } else if (decision == Decision::NotifyMissing && shortfalls.isEmpty()) {
        reasons.append(Text::tr("Nothing is missing: mark the missing or unacceptable materials first."));
    }
    return reasons;
}

} // namespace OneWindow::Intake
