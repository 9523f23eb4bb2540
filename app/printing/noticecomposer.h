#pragma once

#include <QHash>

#include "core/error.h"
#include "printing/documentsink.h"
#include "printing/hallprofile.h"
#include "printing/noticedata.h"

namespace OneWindow::Printing::Internal {

/// Decides what each document says and in which order, in the template's wording, and tells a
/// DocumentSink section by section; the sink (A4 or receipt) decides how it looks. Every
/// document carries what 行政许可法 art. 32 asks of a written notice: its number, its date, the
/// office's seal, and a place for the applicant's signature and the time.
class NoticeComposer
{
public:
    NoticeComposer(const NoticeData &data, const HallProfile &profile);

    /// Checks the data a notice cannot do without, makes the codes and feeds `sink`.
    Status compose(DocumentSink &sink) const;

private:
    QString fill(const QString &text) const;
    QString label(const QString &key) const;
    QString documentText(const QString &key) const;
    Status check() const;
    QList<NoticeField> caseFields() const;
    MaterialsList receivedMaterials() const;
    MaterialsList problemMaterials() const;
    QString limitText() const;
    SignatureContent signature() const;
    void documentSections(DocumentSink &sink) const;

    const NoticeData &m_data;
    const HallProfile &m_profile;
    const DocumentWording &m_wording;
    QHash<QString, QString> m_values;
};

} // namespace OneWindow::Printing::Internal
