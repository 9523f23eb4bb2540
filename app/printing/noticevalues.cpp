#include "noticevalues.h"

#include "printing/placeholders.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Printing::Internal {
namespace {

// A reason is set inside a sentence that supplies its own full stop.
QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && QStringView(u"。；;.，,").contains(text.back()))
        text.chop(1);
    return text;
}

QString receivedNames(const NoticeData &data)
{
    QStringList names;
    for (const NoticeMaterial &material : data.materials)
        if (material.problem.isEmpty())
            names.append(material.name);
    return names.join(u"、"_s);
}

} // namespace

QHash<QString, QString> noticeValues(const NoticeData &data, const HallProfile &profile)
{
    const DocumentWording &wording = profile.wording(data.kind);
    QHash<QString, QString> values {
        { u"hall"_s, profile.hallName },
        { u"office"_s, profile.officeFor(data.kind) },
        { u"hotline"_s, profile.hotline },
        { u"lookupSite"_s, profile.lookupSite },
        { u"lookupUrl"_s, profile.lookupUrl(data.caseNumber, data.publicCode) },
        { u"reconsiderationBody"_s, profile.reconsiderationBody },
        { u"court"_s, profile.court },
        { u"caseNumber"_s, data.caseNumber },
        { u"documentNumber"_s, data.documentNumber },
        { u"publicCode"_s, data.publicCode },
        { u"issuedDate"_s, data.issuedAt.date().toString(profile.dateFormat) },
        { u"issuedDateTime"_s, data.issuedAt.toString(profile.dateTimeFormat) },
        { u"item"_s, data.itemName },
        { u"itemCode"_s, data.itemCode },
        { u"department"_s, data.departmentName },
        { u"applicant"_s, data.applicantName },
        { u"applicantId"_s, data.applicantIdMasked },
        { u"phone"_s, data.applicantPhoneMasked },
        { u"agent"_s, data.agentName },
        { u"agentId"_s, data.agentIdMasked },
        { u"window"_s, data.windowName },
        { u"staff"_s, data.staffName },
        { u"days"_s, QString::number(data.promisedDays) },
        { u"dueDate"_s, data.dueDate.isValid() ? data.dueDate.toString(profile.dateFormat) : QString() },
        { u"delivery"_s, data.deliveryMethod },
        { u"reason"_s, withoutFinalStop(data.refusalReason) },
        { u"basis"_s, data.legalBasis.join(u"、"_s) },
        { u"materialCount"_s, QString::number(data.materials.size()) },
        { u"received"_s, receivedNames(data) },
    };
    values.insert(u"title"_s, wording.text(u"title"_s));
    values.insert(u"provisional"_s, data.dueDateProvisional ? wording.text(u"provisional"_s) : QString());
    return values;
}

} // namespace OneWindow::Printing::Internal
