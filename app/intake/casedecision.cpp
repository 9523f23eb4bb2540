// CaseService::decide: the window's decision, on the writer thread. Rules again (the screen
// checked them, the service does not trust the screen), the deadline, the notice and its PDF,
// then the move and the document, each recorded with the case.
#include <QDateTime>
#include <QJsonArray>

#include "calendar/deadline.h"
#include "calendar/workingcalendar.h"
#include "casenumber.h"
#include "caseservice.h"
#include "casestore.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/worker.h"
#include "noticebuilder.h"
#include "noticejson.h"
#include "printing/noticerenderer.h"
#include "storage/blobstore.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

namespace {

using Printing::DocumentKind;

QString documentPrefix(const QString &hallPrefix, DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::AcceptanceNotice:
        return hallPrefix + u"受"_s;
    case DocumentKind::OneTimeNotice:
        return hallPrefix + u"告"_s;
    case DocumentKind::RefusalNotice:
        return hallPrefix + u"不受"_s;
    case DocumentKind::MaterialsReceipt:
        return hallPrefix + u"收"_s;
    }
    return hallPrefix;
}

QString layoutName(Printing::PaperLayout layout)
{
    return layout == Printing::PaperLayout::A4 ? u"a4"_s : u"receipt80"_s;
}

struct Job
{
    std::shared_ptr<Storage::Database> database;
    std::shared_ptr<const Calendar::WorkingCalendar> calendar;
    const Clock *clock;
    Workstation station;
    Printing::HallProfile hall;
    Printing::PaperLayout layout;
    QString blobRoot;
};

Result<CaseDocument> issueReceipt(CaseStore &store, const Job &job, const IntakeSession &session, const QDateTime &now)
{
    const DocumentKind kind = DocumentKind::MaterialsReceipt;
    const Result<int> sequence
        = store.nextSequence(u"document/"_s + documentKindName(kind) + u'/' + QString::number(now.date().year()));
    if (!sequence)
        return sequence.error();
    const Printing::NoticeData notice
        = NoticeBuilder::build(session, kind,
                               CaseNumber::document(documentPrefix(job.hall.documentNumberPrefix, kind),
                                                    now.date().year(), job.station.window, sequence.value()),
                               now, job.station);
    const Result<QByteArray> pdf = Printing::NoticeRenderer::renderPdf(notice, job.hall, job.layout);
    if (!pdf)
        return pdf.error();
    const Result<QString> sha = Storage::BlobStore(job.blobRoot).put(pdf.value());
    if (!sha)
        return sha.error();
    CaseDocument document { 0,           documentKindName(kind), notice.documentNumber, now, layoutName(job.layout),
                            sha.value(), noticeToJson(notice) };
    const Result<int> seq = store.addDocument(session.intakeCase().uuid, document);
    if (!seq)
        return seq.error();
    document.seq = seq.value();
    return document;
}

} // namespace

void CaseService::decide(const IntakeSession &session, Decision decision, const DecisionDetails &details)
{
    Job job { m_database, m_calendar, &m_clock, m_station, m_hall, m_layout, m_blobRoot };
    runInWorker(
        &m_writer, this,
        [job, session, decision, details]() mutable -> Result<DecisionOutcome> {
            const QDateTime now = job.clock->now();
            const QStringList blockers = session.blockers(decision, now.date());
            if (!blockers.isEmpty())
                return makeError(u"intake.blocked"_s, blockers.join(u'\n'));
            CaseStore store(job.database, *job.clock);

            TransitionRecord record;
            record.content = session.snapshot();
            DocumentKind kind = DocumentKind::AcceptanceNotice;
            IntakeCase decided = session.snapshot();
            bool provisional = false;
            switch (decision) {
            case Decision::Accept: {
                record.to = CaseStatus::Accepted;
                record.acceptedAt = now;
                const Result<Calendar::Deadline> deadline = Calendar::Deadline::compute(
                    job.calendar->snapshot(), { now.date(), session.guide().promisedDays, {} }, now.date());
                if (deadline && deadline->isAvailable()) {
                    record.dueDate = deadline->due();
                    provisional = deadline->basis() == Calendar::Basis::Provisional;
                }
                record.data.insert(u"dueBasis"_s,
                                   !deadline || !deadline->isAvailable() ? u"unavailable"_s
                                       : provisional                     ? u"provisional"_s
                                                                         : u"official"_s);
                break;
            }
            case Decision::NotifyMissing:
                record.to = CaseStatus::WaitingForMaterials;
                kind = DocumentKind::OneTimeNotice;
                break;
            case Decision::Refuse:
                record.to = CaseStatus::NotAccepted;
                kind = DocumentKind::RefusalNotice;
                record.note = details.reason;
                record.data.insert(u"legalBasis"_s, QJsonArray::fromStringList(details.legalBasis));
                break;
            }
            if (Status allowed = CaseLifecycle::check(decided.status, record.to, session.guide().instant); !allowed)
                return allowed.error();

            // The notice first: if it cannot be made, nothing has moved and the staff can try again.
            const Result<int> sequence = store.nextSequence(u"document/"_s + documentKindName(kind) + u'/'
                                                            + QString::number(now.date().year()));
            if (!sequence)
                return sequence.error();
            decided.dueDate = record.dueDate;
            IntakeSession after = session;
            after.setStatus(decided);
            Printing::NoticeData notice
                = NoticeBuilder::build(after, kind,
                                       CaseNumber::document(documentPrefix(job.hall.documentNumberPrefix, kind),
                                                            now.date().year(), job.station.window, sequence.value()),
                                       now, job.station);
            notice.dueDateProvisional = provisional;
            notice.refusalReason = details.reason;
            notice.legalBasis = details.legalBasis;
            const Result<QByteArray> pdf = Printing::NoticeRenderer::renderPdf(notice, job.hall, job.layout);
            if (!pdf)
                return pdf.error();
            const Result<QString> sha = Storage::BlobStore(job.blobRoot).put(pdf.value());
            if (!sha)
                return sha.error();

            Result<IntakeCase> moved
                = store.transition(session.intakeCase().uuid, record, job.station, session.guide().instant);
            if (!moved)
                return moved.error();
            CaseDocument document {
                0,           documentKindName(kind), notice.documentNumber, now, layoutName(job.layout),
                sha.value(), noticeToJson(notice)
            };
            const Result<int> seq = store.addDocument(moved->uuid, document);
            if (!seq)
                return seq.error();
            document.seq = seq.value();
            IntakeCase kase = std::move(moved).value();
            kase.documents.append(document);
            if (decision == Decision::Accept) {
                // The receipt of materials (材料接收凭证) goes with every acceptance: kept with the
                // case, printed from its timeline when the citizen wants one.
                if (Result<CaseDocument> receipt = issueReceipt(store, job, after, now); receipt)
                    kase.documents.append(receipt.value());
                else
                    qCWarning(lcIntake) << "materials receipt not kept:" << receipt.error().code;
            }
            return DecisionOutcome { kase, document, notice };
        },
        [this](const Result<DecisionOutcome> &outcome) {
            if (!outcome) {
                Q_EMIT decisionFailed(outcome.error().message);
                return;
            }
            Q_EMIT casesChanged();
            Q_EMIT decided(outcome.value());
        });
}

} // namespace OneWindow::Intake
