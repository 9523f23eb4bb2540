#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What a printed notice says about one case. The intake side fills it; printing only lays it out.
// Personal data arrives already masked where the notice must not show it in full: printing never
// receives a full ID number, so no layout mistake can print one.
namespace OneWindow::Printing {

enum class DocumentKind { AcceptanceNotice, OneTimeNotice, RefusalNotice, MaterialsReceipt };
enum class PaperLayout { A4, Receipt80mm };

/// One material as the notice lists it.
struct NoticeMaterial
{
    QString name; ///< 居民身份证
    QString provided; ///< how it was provided, already labelled: "原件已核验", "复印件 1 份", "电子" or empty
    int copies = 0;
    int pages = 0; ///< captured pages, 0 if none
    QString problem; ///< one-time notice: why it is missing or incorrect ("未提供", "复印件不清晰"...)
    QString toBring; ///< one-time notice: what to bring instead ("原件及复印件各 1 份"); empty = "<copies> 份"
};

/// Everything one notice prints. Strings are shown as given (no translation: they are the case's data).
struct NoticeData
{
    DocumentKind kind = DocumentKind::AcceptanceNotice;
    QString documentNumber; ///< e.g. "示范受字〔2026〕第0001号"; produced by intake
    QString caseNumber; ///< e.g. "SF01-W03-20261125-0007"
    QString caseUuid;
    QString publicCode; ///< short code the citizen needs to look up progress (goes into the QR URL)
    QDateTime issuedAt;
    QString itemName, itemCode, departmentName;
    QString applicantName; ///< full name (the applicant holds the notice)
    QString applicantIdMasked; ///< ALREADY masked by the caller; printing never receives a full ID number
    QString applicantPhoneMasked;
    QString agentName, agentIdMasked; ///< empty if no agent
    QList<NoticeMaterial> materials;
    int promisedDays = 0; ///< working days; 0 = 即办
    QDate dueDate; ///< invalid if unavailable
    bool dueDateProvisional = false; ///< counted on the statutory holidays only (the year's notice is not out)
    QString refusalReason; ///< refusal notice
    QStringList legalBasis; ///< refusal notice: the provisions relied on
    QString deliveryMethod; ///< "窗口领取" or "邮寄送达：<address>"
    QString windowName; ///< "3号窗口"
    QString staffName;
};

} // namespace OneWindow::Printing
