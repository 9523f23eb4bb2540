// The read side of CaseStore: loading one case whole, and the case list.
#include "casestore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "storage/database.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

namespace {

QDateTime fromStamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime();
}

QDate fromDay(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Error readError(const QSqlQuery &query)
{
    //: %1 is the database's own error text
    return makeError(u"intake.storage"_s, Text::tr("The case could not be read: %1").arg(query.lastError().text()));
}

CaseStatus status(const QVariant &value)
{
    const Result<CaseStatus> parsed = statusFromName(value.toString());
    return parsed ? parsed.value() : CaseStatus::Draft;
}

} // namespace

QString Workstation::windowLabel() const
{
    return QString::number(window).rightJustified(2, u'0');
}

Result<IntakeCase> CaseStore::load(const QString &uuid) const
{
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    query.prepare(u"SELECT number, public_code, item_code, guide_version, item_name, status, applicant_name,"
                  " applicant_id, hall, window, created_by, created_at, updated_at, accepted_at, due_date, form,"
                  " checklist, revision FROM intake_case WHERE uuid = ?"_s);
    query.addBindValue(uuid);
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return makeError(u"intake.not_found"_s, Text::tr("No case with this identifier is stored."));
    IntakeCase kase;
    kase.uuid = uuid;
    kase.number = query.value(0).toString();
    kase.publicCode = query.value(1).toString();
    kase.itemCode = query.value(2).toString();
    kase.guideVersion = query.value(3).toInt();
    kase.itemName = query.value(4).toString();
    kase.status = status(query.value(5));
    kase.applicantName = query.value(6).toString();
    kase.applicantId = query.value(7).toString();
    kase.hall = query.value(8).toString();
    kase.window = query.value(9).toString();
    kase.createdBy = query.value(10).toString();
    kase.createdAt = fromStamp(query.value(11));
    kase.updatedAt = fromStamp(query.value(12));
    kase.acceptedAt = fromStamp(query.value(13));
    kase.dueDate = fromDay(query.value(14));
    kase.form = QJsonDocument::fromJson(query.value(15).toString().toUtf8()).object();
    kase.checklist = QJsonDocument::fromJson(query.value(16).toString().toUtf8()).array();
    kase.revision = query.value(17).toInt();
    query.finish();

    QSqlQuery events(db);
    events.prepare(u"SELECT seq, from_status, to_status, at, staff, hall, window, note, data FROM intake_event"
                   " WHERE case_uuid = ? ORDER BY seq"_s);
    events.addBindValue(uuid);
    if (!events.exec())
        return readError(events);
    while (events.next()) {
        kase.events.append({ events.value(0).toInt(), status(events.value(1)), status(events.value(2)),
                             fromStamp(events.value(3)), events.value(4).toString(), events.value(5).toString(),
                             events.value(6).toString(), events.value(7).toString(),
                             QJsonDocument::fromJson(events.value(8).toString().toUtf8()).object() });
    }

    QSqlQuery stops(db);
    stops.prepare(u"SELECT seq, kind, since, until, note FROM intake_clock_stop WHERE case_uuid = ? ORDER BY seq"_s);
    stops.addBindValue(uuid);
    if (!stops.exec())
        return readError(stops);
    while (stops.next()) {
        kase.stops.append({ stops.value(0).toInt(), stops.value(1).toString(), fromDay(stops.value(2)),
                            fromDay(stops.value(3)), stops.value(4).toString() });
    }

    QSqlQuery documents(db);
    documents.prepare(u"SELECT seq, kind, number, issued_at, layout, pdf_sha256, data FROM intake_document"
                      " WHERE case_uuid = ? ORDER BY seq"_s);
    documents.addBindValue(uuid);
    if (!documents.exec())
        return readError(documents);
    while (documents.next()) {
        kase.documents.append({ documents.value(0).toInt(), documents.value(1).toString(),
                                documents.value(2).toString(), fromStamp(documents.value(3)),
                                documents.value(4).toString(), documents.value(5).toString(),
                                QJsonDocument::fromJson(documents.value(6).toString().toUtf8()).object() });
    }
    return kase;
}

Result<QList<CaseSummary>> CaseStore::list(const CaseQuery &filter) const
{
    QString sql = u"SELECT uuid, number, item_name, status, applicant_name, applicant_id, created_at, due_date"
                  " FROM intake_case WHERE 1 = 1"_s;
    QVariantList values;
    if (filter.from.isValid()) {
        sql += u" AND created_at >= ?"_s;
        values.append(filter.from.startOfDay().toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.to.isValid()) {
        sql += u" AND created_at < ?"_s;
        values.append(filter.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // Numbers are matched from their start (the indexes serve a prefix), names anywhere.
        sql += u" AND (number LIKE ? ESCAPE '\\' OR applicant_id LIKE ? ESCAPE '\\' OR applicant_name LIKE ? ESCAPE '\\')"_s;
        QString escaped = text;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        values.append(QString(escaped + u'%'));
        values.append(QString(escaped.toUpper() + u'%'));
        values.append(QString(u'%' + escaped + u'%'));
    }
    sql += u" ORDER BY created_at DESC LIMIT "_s + QString::number(qMax(1, filter.limit));
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return readError(query);
    QList<CaseSummary> rows;
    while (query.next()) {
        rows.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      status(query.value(3)), query.value(4).toString(), query.value(5).toString(),
                      fromStamp(query.value(6)), fromDay(query.value(7)) });
    }
    return rows;
}

} // namespace OneWindow::Intake
