#include "noticecomposer.h"

#include "printing/noticevalues.h"
#include "printing/placeholders.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Printing::Internal {

NoticeComposer::NoticeComposer(const NoticeData &data, const HallProfile &profile)
    : m_data(data)
    , m_profile(profile)
    , m_wording(profile.wording(data.kind))
    , m_values(noticeValues(data, profile))
{
}

QString NoticeComposer::fill(const QString &text) const
{
    return Placeholders::fill(text, m_values);
}

QString NoticeComposer::label(const QString &key) const
{
    return fill(m_profile.label(key));
}

QString NoticeComposer::documentText(const QString &key) const
{
    return fill(m_wording.text(key));
}

Status NoticeComposer::check() const
{
    if (m_data.caseNumber.isEmpty())
        return makeError(u"printing.no_case_number"_s, Text::tr("A notice cannot be printed without a case number."));
    if (m_data.documentNumber.isEmpty())
        return makeError(u"printing.no_document_number"_s,
                         Text::tr("A notice cannot be printed without a document number."));
    if (m_data.kind == DocumentKind::RefusalNotice && m_data.refusalReason.trimmed().isEmpty())
        return makeError(u"printing.no_refusal_reason"_s,
                         Text::tr("A refusal notice cannot be printed without the reason for the refusal."));
    return Done {};
}

Status NoticeComposer::compose(DocumentSink &sink) const
{
    if (Status ok = check(); !ok)
        return ok;
    Result<CodeSymbol> qr = CodeSymbol::qrCode(m_profile.lookupUrl(m_data.caseNumber, m_data.publicCode));
    if (!qr)
        return qr.error();
    Result<CodeSymbol> barcode = CodeSymbol::code128(m_data.caseNumber);
    if (!barcode)
        return barcode.error();
    sink.header({ m_profile.hallName, documentText(u"title"_s), m_data.documentNumber, m_data.caseNumber,
                  label(u"scanHint"_s), std::move(qr).value(), std::move(barcode).value() });
    sink.salutation(documentText(u"salutation"_s));
    for (const QString &paragraph : m_wording.paragraphs(u"body"_s))
        sink.paragraph(fill(paragraph));
    documentSections(sink);
    for (const QString &paragraph : m_wording.paragraphs(u"closing"_s))
        if (!paragraph.isEmpty())
            sink.paragraph(fill(paragraph));
    sink.codes();
    sink.signature(signature());
    return Done {};
}

void NoticeComposer::documentSections(DocumentSink &sink) const
{
    switch (m_data.kind) {
    case DocumentKind::AcceptanceNotice:
        sink.fields(caseFields());
        if (!m_data.materials.isEmpty())
            sink.materials(receivedMaterials());
        sink.paragraph(limitText());
        sink.paragraph(label(u"tracking"_s));
        sink.paragraph(documentText(u"delivery"_s));
        break;
    case DocumentKind::OneTimeNotice:
        sink.fields(caseFields());
        sink.materials(problemMaterials());
        if (!m_values.value(u"received"_s).isEmpty())
            sink.paragraph(documentText(u"receivedNote"_s));
        sink.paragraph(label(u"tracking"_s));
        break;
    case DocumentKind::RefusalNotice:
        sink.paragraph(documentText(m_data.legalBasis.isEmpty() ? u"basisNone"_s : u"basis"_s));
        sink.fields(caseFields());
        sink.paragraph(documentText(u"appeal"_s));
        break;
    case DocumentKind::MaterialsReceipt:
        if (!m_data.materials.isEmpty())
            sink.materials(receivedMaterials());
        sink.fields(caseFields());
        sink.paragraph(label(u"tracking"_s));
        break;
    }
}

QList<NoticeField> NoticeComposer::caseFields() const
{
    QList<NoticeField> fields {
        { label(u"caseNumber"_s), m_data.caseNumber, false },
        { label(u"issuedAt"_s), m_values.value(u"issuedDateTime"_s), false },
        { label(u"item"_s), m_data.itemName, true },
        { label(u"itemCode"_s), m_data.itemCode, true }, // 28 characters: a whole row
        { label(u"department"_s), m_data.departmentName, false },
        { label(u"window"_s), m_data.windowName, false },
        { label(u"applicant"_s), m_data.applicantName, false },
        { label(u"applicantId"_s), m_data.applicantIdMasked, false },
    };
    if (!m_data.agentName.isEmpty()) {
        fields.append({ label(u"agent"_s), m_data.agentName, false });
        fields.append({ label(u"agentId"_s), m_data.agentIdMasked, false });
    }
    if (!m_data.applicantPhoneMasked.isEmpty())
        fields.append({ label(u"phone"_s), m_data.applicantPhoneMasked, false });
    return fields;
}

MaterialsList NoticeComposer::receivedMaterials() const
{
    const QString none = label(u"none"_s);
    MaterialsList list;
    list.heading = label(u"materialsHeading"_s);
    list.columns = { label(u"columnNumber"_s), label(u"columnName"_s), label(u"columnProvided"_s),
                     label(u"columnCopies"_s), label(u"columnPages"_s) };
    list.widths = { 0.08, 0.44, 0.24, 0.12, 0.12 };
    list.alignments = { Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignHCenter };
    for (const NoticeMaterial &material : m_data.materials) {
        const QHash<QString, QString> counts { { u"copies"_s, QString::number(material.copies) },
                                               { u"pages"_s, QString::number(material.pages) } };
        // Raw labels: fill() would empty {copies} and {pages}, which only the material knows.
        const QString copies
            = material.copies > 0 ? Placeholders::fill(m_profile.label(u"copies"_s), counts) : QString();
        const QString pages = material.pages > 0 ? Placeholders::fill(m_profile.label(u"pages"_s), counts) : QString();
        QStringList details;
        for (const QString &detail : { material.provided, copies, pages })
            if (!detail.isEmpty())
                details.append(detail);
        list.rows.append({ { QString::number(list.rows.size() + 1), material.name,
                             material.provided.isEmpty() ? none : material.provided,
                             material.copies > 0 ? QString::number(material.copies) : none,
                             material.pages > 0 ? QString::number(material.pages) : none },
                           { details.join(u" · "_s) } });
    }
    return list;
}

MaterialsList NoticeComposer::problemMaterials() const
{
    MaterialsList list;
    list.heading = label(u"problemsHeading"_s);
    list.columns
        = { label(u"columnNumber"_s), label(u"columnName"_s), label(u"columnProblem"_s), label(u"columnToBring"_s) };
    list.widths = { 0.08, 0.32, 0.30, 0.30 };
    list.alignments = { Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft };
    for (const NoticeMaterial &material : m_data.materials) {
        if (material.problem.isEmpty())
            continue;
        QString toBring = material.toBring;
        if (toBring.isEmpty())
            toBring = material.copies > 0 ? Placeholders::fill(m_profile.label(u"copies"_s),
                                                               { { u"copies"_s, QString::number(material.copies) } })
                                          : label(u"none"_s);
        list.rows.append({ { QString::number(list.rows.size() + 1), material.name, material.problem, toBring },
                           { label(u"problem"_s) + material.problem, label(u"toBring"_s) + toBring } });
    }
    return list;
}

QString NoticeComposer::limitText() const
{
    if (m_data.promisedDays <= 0)
        return documentText(u"limitInstant"_s);
    return documentText(m_data.dueDate.isValid() ? u"limit"_s : u"limitUnknown"_s);
}

SignatureContent NoticeComposer::signature() const
{
    return {
        label(u"applicantSignature"_s),  label(u"signTime"_s), label(u"staffLine"_s), m_profile.officeFor(m_data.kind),
        m_values.value(u"issuedDate"_s), label(u"sealHint"_s), m_profile.seal
    };
}

} // namespace OneWindow::Printing::Internal
