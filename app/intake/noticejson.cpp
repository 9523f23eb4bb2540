#include "noticejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

QString documentKindName(Printing::DocumentKind kind)
{
    switch (kind) {
    case Printing::DocumentKind::AcceptanceNotice:
        return u"acceptance"_s;
    case Printing::DocumentKind::OneTimeNotice:
        return u"oneTimeNotice"_s;
    case Printing::DocumentKind::RefusalNotice:
        return u"refusal"_s;
    case Printing::DocumentKind::MaterialsReceipt:
        return u"materialsReceipt"_s;
    }
    return {};
}

QJsonObject noticeToJson(const Printing::NoticeData &n)
{
    QJsonArray materials;
    for (const Printing::NoticeMaterial &m : n.materials)
        materials.append(QJsonObject { { u"name"_s, m.name },
                                       { u"provided"_s, m.provided },
                                       { u"copies"_s, m.copies },
                                       { u"pages"_s, m.pages },
                                       { u"problem"_s, m.problem },
                                       { u"toBring"_s, m.toBring } });
    return QJsonObject {
        { u"kind"_s, documentKindName(n.kind) },
        { u"documentNumber"_s, n.documentNumber },
        { u"caseNumber"_s, n.caseNumber },
        { u"caseUuid"_s, n.caseUuid },
        { u"publicCode"_s, n.publicCode },
        { u"issuedAt"_s, n.issuedAt.toString(Qt::ISODateWithMs) },
        { u"itemName"_s, n.itemName },
        { u"itemCode"_s, n.itemCode },
        { u"departmentName"_s, n.departmentName },
        { u"applicantName"_s, n.applicantName },
        { u"applicantIdMasked"_s, n.applicantIdMasked },
        { u"applicantPhoneMasked"_s, n.applicantPhoneMasked },
        { u"agentName"_s, n.agentName },
        { u"agentIdMasked"_s, n.agentIdMasked },
        { u"materials"_s, materials },
        { u"promisedDays"_s, n.promisedDays },
        { u"dueDate"_s, n.dueDate.toString(Qt::ISODate) },
        { u"dueDateProvisional"_s, n.dueDateProvisional },
        { u"refusalReason"_s, n.refusalReason },
        { u"legalBasis"_s, QJsonArray::fromStringList(n.legalBasis) },
        { u"deliveryMethod"_s, n.deliveryMethod },
        { u"windowName"_s, n.windowName },
        { u"staffName"_s, n.staffName },
    };
}

Printing::NoticeData noticeFromJson(const QJsonObject &o)
{
    Printing::NoticeData n;
    for (auto kind : { Printing::DocumentKind::AcceptanceNotice, Printing::DocumentKind::OneTimeNotice,
                       Printing::DocumentKind::RefusalNotice, Printing::DocumentKind::MaterialsReceipt })
        if (documentKindName(kind) == o.value(u"kind"_s).toString())
            n.kind = kind;
    auto text = [&o](const char16_t *key) { return o.value(QString::fromUtf16(key)).toString(); };
    n.documentNumber = text(u"documentNumber");
    n.caseNumber = text(u"caseNumber");
    n.caseUuid = text(u"caseUuid");
    n.publicCode = text(u"publicCode");
    n.issuedAt = QDateTime::fromString(text(u"issuedAt"), Qt::ISODateWithMs);
    n.itemName = text(u"itemName");
    n.itemCode = text(u"itemCode");
    n.departmentName = text(u"departmentName");
    n.applicantName = text(u"applicantName");
    n.applicantIdMasked = text(u"applicantIdMasked");
    n.applicantPhoneMasked = text(u"applicantPhoneMasked");
    n.agentName = text(u"agentName");
    n.agentIdMasked = text(u"agentIdMasked");
    for (const QJsonValue &value : o.value(u"materials"_s).toArray()) {
        const QJsonObject m = value.toObject();
        n.materials.append({ m.value(u"name"_s).toString(), m.value(u"provided"_s).toString(),
                             m.value(u"copies"_s).toInt(), m.value(u"pages"_s).toInt(),
                             m.value(u"problem"_s).toString(), m.value(u"toBring"_s).toString() });
    }
    n.promisedDays = o.value(u"promisedDays"_s).toInt();
    n.dueDate = QDate::fromString(text(u"dueDate"), Qt::ISODate);
    n.dueDateProvisional = o.value(u"dueDateProvisional"_s).toBool();
    n.refusalReason = text(u"refusalReason");
    for (const QJsonValue &value : o.value(u"legalBasis"_s).toArray())
        n.legalBasis.append(value.toString());
    n.deliveryMethod = text(u"deliveryMethod");
    n.windowName = text(u"windowName");
    n.staffName = text(u"staffName");
    return n;
}

} // namespace OneWindow::Intake
