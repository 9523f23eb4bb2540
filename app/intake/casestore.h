#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

#include "core/clock.h"
#include "core/error.h"
#include "intakecase.h"

namespace OneWindow::Storage {
class Database;
}

namespace OneWindow::Intake {

/// What a status change writes besides the event itself.
struct TransitionRecord
{
    CaseStatus to = CaseStatus::Draft;
    QString note;
    QJsonObject data;
    QDateTime acceptedAt; ///< set when the case is accepted
    QDate dueDate; ///< set when the deadline is (re)computed
    /// The form and checklist the decision was taken on, written in the same transaction (the
    /// screen's last keystrokes may not have reached the autosave yet).
    std::optional<IntakeCase> content;
};

/// Filter of the case list. An empty text lists everything in the date range; otherwise it
/// matches the case number, the applicant's name or ID number (prefix for numbers, anywhere in
/// a name).
struct CaseQuery
{
    QDate from;
    QDate to;
    QString text;
    int limit = 200;
};

/// The cases of this window PC in its SQLite database. Synchronous and thread-agnostic: each
/// call uses the calling thread's connection, so CaseService runs it on its own writer thread
/// and tests call it directly. Every status change writes its event and its outbox row in the
/// same transaction as the case (transactional outbox), with synchronous=FULL, so an
/// acknowledged acceptance survives a power cut.
class CaseStore
{
public:
    CaseStore(std::shared_ptr<Storage::Database> database, const Clock &clock);

    /// A new draft with its number and UUID; keeps the guide body it is taken under.
    Result<IntakeCase> createDraft(const QString &itemCode, int guideVersion, const QString &itemName,
                                   const QByteArray &guideBody, const Workstation &station);
    /// Saves the form and checklist of an editable case. `revision` is the revision the caller
    /// last saw; a save that lost a race with a newer one is refused, never applied on top.
    Result<int> saveDraft(const IntakeCase &draft);
    /// Moves the case (rules checked by the caller through CaseLifecycle, and here again).
    Result<IntakeCase> transition(const QString &uuid, const TransitionRecord &record, const Workstation &station,
                                  bool instant);

    Result<IntakeCase> load(const QString &uuid) const;
    Result<QByteArray> guideBody(const QString &itemCode, int guideVersion) const;
    Result<QList<CaseSummary>> list(const CaseQuery &query) const;

    Result<int> addDocument(const QString &uuid, const CaseDocument &document);
    /// The next number of a per-window counter (document numbers), advanced atomically.
    Result<int> nextSequence(const QString &name);
    Status startClockStop(const QString &uuid, const ClockStop &stop);
    Status endClockStop(const QString &uuid, QDate until);

private:
    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
};

} // namespace OneWindow::Intake
