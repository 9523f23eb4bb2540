#include "noticebuilder.h"

#include "validation/masking.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

// The notices are official Chinese documents whatever language the screen speaks, so the
// words they print are data here, not tr() strings.
QString NoticeBuilder::providedText(const MaterialRecord &record)
{
    switch (record.provision) {
    case Provision::Original:
        return u"原件已核验"_s;
    case Provision::Copy:
        return u"复印件 %1 份"_s.arg(record.copiesReceived);
    case Provision::Electronic:
        return u"电子材料"_s;
    default:
        return {};
    }
}

Printing::NoticeData NoticeBuilder::build(const IntakeSession &session, Printing::DocumentKind kind,
                                          const QString &documentNumber, const QDateTime &issuedAt,
                                          const Workstation &station)
{
    const IntakeCase &kase = session.intakeCase();
    const Catalog::ItemGuide &guide = session.guide();
    Printing::NoticeData notice;
    notice.kind = kind;
    notice.documentNumber = documentNumber;
    notice.caseNumber = kase.number;
    notice.caseUuid = kase.uuid;
    notice.publicCode = kase.publicCode;
    notice.issuedAt = issuedAt;
    notice.itemName = guide.name;
    notice.itemCode = guide.code;
    notice.departmentName = guide.departmentName;
    notice.applicantName = kase.applicantName;
    // An organisation's credit code is public; a person's ID number is masked.
    notice.applicantIdMasked = kase.applicantId.size() == 18 && kase.applicantId.at(0).isDigit()
        ? Validation::Masking::residentId(kase.applicantId)
        : kase.applicantId;
    notice.applicantPhoneMasked = Validation::Masking::phone(session.applicantPhone());
    notice.agentName = session.agentName();
    notice.agentIdMasked = session.agentId().isEmpty() ? QString() : Validation::Masking::residentId(session.agentId());
    notice.promisedDays = guide.promisedDays;
    notice.dueDate = kase.dueDate;
    notice.deliveryMethod = session.deliveryText();
    notice.windowName = u"%1号窗口"_s.arg(station.window);
    notice.staffName = station.staffName;

    const Checklist &checklist = session.checklist();
    if (kind == Printing::DocumentKind::OneTimeNotice) {
        for (const Shortfall &shortfall : checklist.shortfalls(kase.form)) {
            const Catalog::MaterialInfo *material = checklist.material(shortfall.materialId);
            Printing::NoticeMaterial line;
            line.name = shortfall.name;
            line.problem = shortfall.reason;
            line.copies = material ? material->copies : 0;
            if (material)
                line.toBring = material->forms.join(u"\x3001"_s)
                    + (material->copies > 0 ? u" %1 份"_s.arg(material->copies) : QString());
            notice.materials.append(line);
        }
        return notice;
    }
    for (const Catalog::MaterialInfo &material : checklist.materials()) {
        if (!checklist.applies(material, kase.form))
            continue;
        const MaterialRecord record = checklist.record(material.id);
        const QString provided = providedText(record);
        if (provided.isEmpty())
            continue;
        notice.materials.append(
            { material.name, provided, record.copiesReceived, int(record.pages.size()), QString(), QString() });
    }
    return notice;
}

} // namespace OneWindow::Intake
