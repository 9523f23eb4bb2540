#pragma once

#include <QByteArray>
#include <QDate>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

#include "catalog/itemguide.h"
#include "intakecase.h"
#include "intakesession.h"
#include "printing/hallprofile.h"
#include "printing/noticedata.h"

namespace OneWindow {
class Clock;
}
namespace OneWindow::Storage {
class Database;
}
namespace OneWindow::Catalog {
class CatalogService;
}
namespace OneWindow::Calendar {
class WorkingCalendar;
}

namespace OneWindow::Intake {

/// What the staff adds to a decision: a refusal's reason and the provisions it rests on.
struct DecisionDetails
{
    QString reason;
    QStringList legalBasis;
};

/// A decision as it was stored: the case after the move, the notice printed for it (its PDF
/// kept in the blob store and recorded with the case), and the notice's data for the printer.
struct DecisionOutcome
{
    IntakeCase kase;
    CaseDocument document;
    Printing::NoticeData notice;
};

/// The cases of this window for the screens. Everything that touches the disk runs on one
/// writer thread, in order (a decision can never overtake the autosave before it):
///
///   startCase(code) ──writer──▶ caseOpened(case, guide) | openFailed(message)
///   openCase(uuid)  ──writer──▶ caseOpened(case, guide) | openFailed(message)
///   decide(snapshot, decision) ──writer: save, deadline, move, notice PDF──▶ decided(outcome) | decisionFailed
///
/// A case keeps the guide it was taken under: openCase reads that stored version, never the
/// catalog's current one.
class CaseService : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void caseOpened(const OneWindow::Intake::IntakeCase &kase, const OneWindow::Catalog::ItemGuide &guide);
    void openFailed(const QString &message);
    void decided(const OneWindow::Intake::DecisionOutcome &outcome);
    void decisionFailed(const QString &message);
    /// A case was created or moved: lists refresh.
    void casesChanged();
    /// A document asked for by reprint(), as it was printed the first time.
    void reprintReady(const OneWindow::Intake::DecisionOutcome &outcome);

public:
    CaseService(std::shared_ptr<Storage::Database> database, Catalog::CatalogService *catalog,
                std::shared_ptr<const Calendar::WorkingCalendar> calendar, const Clock &clock, Workstation station,
                Printing::HallProfile hall, QString blobRoot, QObject *parent = nullptr);
    ~CaseService() override;

    const Workstation &workstation() const { return m_station; }
    const Printing::HallProfile &hall() const { return m_hall; }
    std::shared_ptr<Storage::Database> database() const { return m_database; }
    QThreadPool *writer() { return &m_writer; }
    QDate today() const;
    const Clock &clock() const { return m_clock; }
    /// The agent's power of attorney, added to a checklist when the guide has no material for it.
    const Catalog::MaterialInfo &authorizationMaterial() const { return m_authorization; }
    void setPaperLayout(Printing::PaperLayout layout) { m_layout = layout; }
    Printing::PaperLayout paperLayout() const { return m_layout; }

    void startCase(const QString &itemCode);
    void openCase(const QString &uuid);
    void decide(const IntakeSession &session, Decision decision, const DecisionDetails &details = {});
    /// The case's deadline as of today on the current calendar, its clock stops left out (a
    /// stop still running counts up to today). Unavailable before acceptance.
    QString deadlineText(const IntakeCase &kase, int promisedDays) const;
    /// Reads a printed document back for the printer: reprintReady() or openFailed().
    void reprint(const QString &uuid, int documentSeq);
    /// The stored PDF of a printed document, for reprinting (checked against its hash).
    Result<QByteArray> documentPdf(const CaseDocument &document) const;

private:
    std::shared_ptr<Storage::Database> m_database;
    Catalog::CatalogService *m_catalog;
    std::shared_ptr<const Calendar::WorkingCalendar> m_calendar;
    const Clock &m_clock;
    Workstation m_station;
    Printing::HallProfile m_hall;
    Printing::PaperLayout m_layout = Printing::PaperLayout::A4;
    Catalog::MaterialInfo m_authorization;
    QString m_blobRoot;
    /// One thread: case writes happen in the order the screen asked for them.
    QThreadPool m_writer;
};

} // namespace OneWindow::Intake

Q_DECLARE_METATYPE(OneWindow::Intake::IntakeCase)
Q_DECLARE_METATYPE(OneWindow::Intake::DecisionOutcome)
