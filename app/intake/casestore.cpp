#include "casestore.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "casenumber.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

namespace {

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Error storageError(const QSqlQuery &query)
{
    //: %1 is the database's own error text
    return makeError(u"intake.storage"_s, Text::tr("The case could not be saved: %1").arg(query.lastError().text()));
}

// Text columns are NOT NULL: an empty note is '', never NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

bool run(QSqlQuery &query)
{
    return query.exec();
}

// Changes to a case are written with synchronous=FULL: WAL with NORMAL may lose the last
// transactions on a power cut, and an accepted case must not be one of them.
void requireDurableCommits(QSqlDatabase &db)
{
    QSqlQuery(db).exec(u"PRAGMA synchronous = FULL"_s);
}

Result<int> advance(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO intake_sequence (name, value) VALUES (:name, 1)"
                  " ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value"_s);
    query.bindValue(u":name"_s, name);
    if (!query.exec() || !query.next())
        return storageError(query);
    const int value = query.value(0).toInt();
    query.finish();
    return value;
}

Status writeOutbox(QSqlDatabase &db, const QString &uuid, const QString &kind, const QJsonObject &body,
                   const QDateTime &at)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO sync_outbox (id, case_uuid, kind, created_at, body) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(uuid);
    query.addBindValue(kind);
    query.addBindValue(stamp(at));
    query.addBindValue(compact(body));
    if (!run(query))
        return storageError(query);
    return Done {};
}

} // namespace

CaseStore::CaseStore(std::shared_ptr<Storage::Database> database, const Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
{
}

Result<IntakeCase> CaseStore::createDraft(const QString &itemCode, int guideVersion, const QString &itemName,
                                          const QByteArray &guideBody, const Workstation &station)
{
    QSqlDatabase db = m_database->connection();
    requireDurableCommits(db);
    Storage::Transaction transaction(db);
    const QDateTime now = m_clock.now();
    const Result<int> sequence = advance(db, CaseNumber::sequenceName(station.hallCode, station.window, now.date()));
    if (!sequence)
        return sequence.error();

    IntakeCase draft;
    draft.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.number = CaseNumber::format(station.hallCode, station.window, now.date(), sequence.value());
    draft.publicCode = CaseNumber::publicCode(*QRandomGenerator::system());
    draft.itemCode = itemCode;
    draft.guideVersion = guideVersion;
    draft.itemName = itemName;
    draft.hall = station.hallCode;
    draft.window = station.windowLabel();
    draft.createdBy = station.staffId;
    draft.createdAt = now;
    draft.updatedAt = now;

    QSqlQuery guide(db);
    guide.prepare(u"INSERT OR IGNORE INTO intake_guide (code, version, body) VALUES (?, ?, ?)"_s);
    guide.addBindValue(itemCode);
    guide.addBindValue(guideVersion);
    guide.addBindValue(QString::fromUtf8(guideBody));
    if (!run(guide))
        return storageError(guide);

    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO intake_case (uuid, number, public_code, item_code, guide_version, item_name, status,"
                   " hall, window, created_by, created_at, updated_at, form, checklist)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', '[]')"_s);
    for (const QVariant &value :
         { QVariant(draft.uuid), QVariant(draft.number), QVariant(draft.publicCode), QVariant(itemCode),
           QVariant(guideVersion), QVariant(itemName), QVariant(statusName(CaseStatus::Draft)), QVariant(draft.hall),
           QVariant(draft.window), text(draft.createdBy), QVariant(stamp(now)), QVariant(stamp(now)) })
        insert.addBindValue(value);
    if (!run(insert))
        return storageError(insert);
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return draft;
}

Result<int> CaseStore::saveDraft(const IntakeCase &draft)
{
    QSqlDatabase db = m_database->connection();
    requireDurableCommits(db);
    QSqlQuery query(db);
    // The revision check and the editable-status check are in the statement itself, so no
    // second writer can slip between a read and this write.
    query.prepare(u"UPDATE intake_case SET form = :form, checklist = :checklist, applicant_name = :name,"
                  " applicant_id = :id, updated_at = :now, revision = revision + 1"
                  " WHERE uuid = :uuid AND revision = :revision"
                  " AND status IN ('draft', 'waitingForMaterials', 'correctionRequested')"
                  " RETURNING revision"_s);
    query.bindValue(u":form"_s, compact(draft.form));
    query.bindValue(u":checklist"_s, compact(draft.checklist));
    query.bindValue(u":name"_s, text(draft.applicantName));
    query.bindValue(u":id"_s, text(draft.applicantId));
    query.bindValue(u":now"_s, stamp(m_clock.now()));
    query.bindValue(u":uuid"_s, draft.uuid);
    query.bindValue(u":revision"_s, draft.revision);
    if (!query.exec())
        return storageError(query);
    if (!query.next())
        return makeError(
            u"intake.stale"_s,
            Text::tr("Case %1 changed elsewhere or can no longer be edited; reopen it.").arg(draft.number));
    const int revision = query.value(0).toInt();
    query.finish();
    return revision;
}

Result<IntakeCase> CaseStore::transition(const QString &uuid, const TransitionRecord &record,
                                         const Workstation &station, bool instant)
{
    QSqlDatabase db = m_database->connection();
    requireDurableCommits(db);
    Storage::Transaction transaction(db);
    Result<IntakeCase> current = load(uuid);
    if (!current)
        return current.error();
    IntakeCase kase = std::move(current).value();
    if (Status allowed = CaseLifecycle::check(kase.status, record.to, instant); !allowed)
        return allowed.error();

    const QDateTime now = m_clock.now();
    CaseEvent event { int(kase.events.size()) + 1, kase.status, record.to,  now, station.staffId, station.hallCode,
                      station.windowLabel(),       record.note, record.data };
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO intake_event (case_uuid, seq, from_status, to_status, at, staff, hall, window, note,"
                   " data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         { QVariant(uuid), QVariant(event.seq), QVariant(statusName(event.from)), QVariant(statusName(event.to)),
           QVariant(stamp(now)), text(event.staff), text(event.hall), text(event.window), text(event.note),
           QVariant(compact(event.data)) })
        insert.addBindValue(value);
    if (!run(insert))
        return storageError(insert);

    kase.status = record.to;
    if (record.acceptedAt.isValid())
        kase.acceptedAt = record.acceptedAt;
    if (record.dueDate.isValid())
        kase.dueDate = record.dueDate;
    kase.updatedAt = now;
    if (record.content) {
        kase.form = record.content->form;
        kase.checklist = record.content->checklist;
        kase.applicantName = record.content->applicantName;
        kase.applicantId = record.content->applicantId;
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE intake_case SET form = ?, checklist = ?, applicant_name = ?, applicant_id = ?, status = ?,"
                   " accepted_at = ?, due_date = ?, updated_at = ?, revision = revision + 1 WHERE uuid = ?"
                   " RETURNING revision"_s);
    update.addBindValue(compact(kase.form));
    update.addBindValue(compact(kase.checklist));
    update.addBindValue(text(kase.applicantName));
    update.addBindValue(text(kase.applicantId));
    update.addBindValue(statusName(kase.status));
    update.addBindValue(kase.acceptedAt.isValid() ? QVariant(stamp(kase.acceptedAt)) : QVariant());
    update.addBindValue(kase.dueDate.isValid() ? QVariant(kase.dueDate.toString(Qt::ISODate)) : QVariant());
    update.addBindValue(stamp(now));
    update.addBindValue(uuid);
    if (!update.exec() || !update.next())
        return storageError(update);
    kase.revision = update.value(0).toInt();
    update.finish();
    kase.events.append(event);

    const QJsonObject announcement { { u"case"_s, uuid },
                                     { u"event"_s, event.seq },
                                     { u"status"_s, statusName(kase.status) } };
    if (Status queued = writeOutbox(db, uuid, u"case.status"_s, announcement, now); !queued)
        return queued.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return kase;
}

Result<QByteArray> CaseStore::guideBody(const QString &itemCode, int guideVersion) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT body FROM intake_guide WHERE code = ? AND version = ?"_s);
    query.addBindValue(itemCode);
    query.addBindValue(guideVersion);
    if (!query.exec())
        return storageError(query);
    if (!query.next())
        return makeError(u"intake.guide_missing"_s,
                         Text::tr("The guide of item %1 (version %2) is not stored.").arg(itemCode).arg(guideVersion));
    return query.value(0).toString().toUtf8();
}

Result<int> CaseStore::addDocument(const QString &uuid, const CaseDocument &document)
{
    QSqlDatabase db = m_database->connection();
    requireDurableCommits(db);
    Storage::Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO intake_document (case_uuid, seq, kind, number, issued_at, layout, pdf_sha256, data)"
                  " SELECT :uuid, COALESCE(MAX(seq), 0) + 1, :kind, :number, :at, :layout, :sha, :data"
                  " FROM intake_document WHERE case_uuid = :uuid RETURNING seq"_s);
    query.bindValue(u":uuid"_s, uuid);
    query.bindValue(u":kind"_s, document.kind);
    query.bindValue(u":number"_s, document.number);
    query.bindValue(u":at"_s, stamp(document.issuedAt));
    query.bindValue(u":layout"_s, document.layout);
    query.bindValue(u":sha"_s, document.pdfSha256);
    query.bindValue(u":data"_s, compact(document.data));
    if (!query.exec() || !query.next())
        return storageError(query);
    const int seq = query.value(0).toInt();
    query.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return seq;
}

Result<int> CaseStore::nextSequence(const QString &name)
{
    QSqlDatabase db = m_database->connection();
    requireDurableCommits(db);
    Storage::Transaction transaction(db);
    Result<int> value = advance(db, name);
    if (!value)
        return value;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return value;
}

Status CaseStore::startClockStop(const QString &uuid, const ClockStop &stop)
{
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO intake_clock_stop (case_uuid, seq, kind, since, note)"
                  " SELECT :uuid, COALESCE(MAX(seq), 0) + 1, :kind, :since, :note FROM intake_clock_stop"
                  " WHERE case_uuid = :uuid"_s);
    query.bindValue(u":uuid"_s, uuid);
    query.bindValue(u":kind"_s, stop.kind);
    query.bindValue(u":since"_s, stop.since.toString(Qt::ISODate));
    query.bindValue(u":note"_s, text(stop.note));
    if (!query.exec())
        return storageError(query);
    return Done {};
}

Status CaseStore::endClockStop(const QString &uuid, QDate until)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"UPDATE intake_clock_stop SET until = ? WHERE case_uuid = ? AND until IS NULL"_s);
    query.addBindValue(until.toString(Qt::ISODate));
    query.addBindValue(uuid);
    if (!query.exec())
        return storageError(query);
    if (query.numRowsAffected() == 0)
        return makeError(u"intake.no_clock_stop"_s, Text::tr("No clock stop is running for this case."));
    return Done {};
}

} // namespace OneWindow::Intake
