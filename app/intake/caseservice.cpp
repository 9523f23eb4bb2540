#include "caseservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>

#include "calendar/deadline.h"
#include "calendar/workingcalendar.h"
#include "casestore.h"
#include "catalog/catalogservice.h"
#include "catalog/catalogstore.h"
#include "core/clock.h"
#include "core/worker.h"
#include "noticejson.h"
#include "storage/blobstore.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

namespace {

// The agent's power of attorney, for guides that do not list one: its wording is data.
Catalog::MaterialInfo loadAuthorization(const Catalog::Dictionaries &dictionaries)
{
    QFile file(u":/intake/authorization.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    Catalog::MaterialInfo material;
    material.id = o.value(u"id"_s).toString();
    material.name = o.value(u"name"_s).toString();
    material.necessityCode = o.value(u"necessity"_s).toString();
    material.copies = o.value(u"copies"_s).toInt();
    material.condition = o.value(u"condition"_s).toString();
    material.notes = o.value(u"notes"_s).toString();
    auto label = [&dictionaries](const QString &table, const QString &code) {
        const auto it = dictionaries.find(table);
        if (it != dictionaries.end())
            for (const Catalog::DictionaryEntry &entry : it->second)
                if (entry.code == code)
                    return entry.label;
        return code;
    };
    material.necessity = label(u"necessity"_s, material.necessityCode);
    for (const QJsonValue &form : o.value(u"forms"_s).toArray()) {
        material.formCodes.append(form.toString());
        material.forms.append(label(u"materialForm"_s, form.toString()));
    }
    return material;
}

struct Opened
{
    IntakeCase kase;
    Catalog::ItemGuide guide;
};

} // namespace

CaseService::CaseService(std::shared_ptr<Storage::Database> database, Catalog::CatalogService *catalog,
                         std::shared_ptr<const Calendar::WorkingCalendar> calendar, const Clock &clock,
                         Workstation station, Printing::HallProfile hall, QString blobRoot, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_catalog(catalog)
    , m_calendar(std::move(calendar))
    , m_clock(clock)
    , m_station(std::move(station))
    , m_hall(std::move(hall))
    , m_blobRoot(std::move(blobRoot))
{
    qRegisterMetaType<IntakeCase>();
    qRegisterMetaType<DecisionOutcome>();
    m_writer.setMaxThreadCount(1);
    // The writer's connection lives as long as the thread: keep the thread, not one per task.
    m_writer.setExpiryTimeout(-1);
    m_authorization = loadAuthorization(m_catalog->dictionaries());
    connect(m_catalog, &Catalog::CatalogService::indexReady, this,
            [this] { m_authorization = loadAuthorization(m_catalog->dictionaries()); });
}

CaseService::~CaseService()
{
    m_writer.waitForDone();
}

QDate CaseService::today() const
{
    return m_clock.now().date();
}

void CaseService::startCase(const QString &itemCode)
{
    const QList<Catalog::Department> departments
        = m_catalog->index() ? m_catalog->index()->departments() : QList<Catalog::Department>();
    runInWorker(
        &m_writer, this,
        [database = m_database, &clock = m_clock, station = m_station, itemCode,
         dictionaries = m_catalog->dictionaries(), departments]() -> Result<Opened> {
            const std::optional<QByteArray> body = Catalog::CatalogStore(database).itemBody(itemCode);
            if (!body)
                return makeError(u"intake.no_item"_s,
                                 Text::tr("The item %1 is no longer in the catalog.").arg(itemCode));
            Result<Catalog::ItemGuide> guide = Catalog::parseGuide(*body, dictionaries, departments);
            if (!guide)
                return guide.error();
            Result<IntakeCase> draft
                = CaseStore(database, clock).createDraft(itemCode, guide->version, guide->name, *body, station);
            if (!draft)
                return draft.error();
            return Opened { std::move(draft).value(), std::move(guide).value() };
        },
        [this](const Result<Opened> &opened) {
            if (!opened) {
                Q_EMIT openFailed(opened.error().message);
                return;
            }
            Q_EMIT casesChanged();
            Q_EMIT caseOpened(opened->kase, opened->guide);
        });
}

void CaseService::openCase(const QString &uuid)
{
    const QList<Catalog::Department> departments
        = m_catalog->index() ? m_catalog->index()->departments() : QList<Catalog::Department>();
    runInWorker(
        &m_writer, this,
        [database = m_database, &clock = m_clock, uuid, dictionaries = m_catalog->dictionaries(),
         departments]() -> Result<Opened> {
            CaseStore store(database, clock);
            Result<IntakeCase> kase = store.load(uuid);
            if (!kase)
                return kase.error();
            // The guide the case was taken under, not today's: a later update never rewrites a case.
            const Result<QByteArray> body = store.guideBody(kase->itemCode, kase->guideVersion);
            if (!body)
                return body.error();
            Result<Catalog::ItemGuide> guide = Catalog::parseGuide(body.value(), dictionaries, departments);
            if (!guide)
                return guide.error();
            return Opened { std::move(kase).value(), std::move(guide).value() };
        },
        [this](const Result<Opened> &opened) {
            if (opened)
                Q_EMIT caseOpened(opened->kase, opened->guide);
            else
                Q_EMIT openFailed(opened.error().message);
        });
}

void CaseService::reprint(const QString &uuid, int documentSeq)
{
    runInWorker(
        &m_writer, this,
        [database = m_database, &clock = m_clock, uuid, documentSeq]() -> Result<DecisionOutcome> {
            Result<IntakeCase> kase = CaseStore(database, clock).load(uuid);
            if (!kase)
                return kase.error();
            for (const CaseDocument &document : std::as_const(kase->documents))
                if (document.seq == documentSeq)
                    return DecisionOutcome { kase.value(), document, noticeFromJson(document.data) };
            return makeError(u"intake.no_document"_s, Text::tr("This document is not kept with the case."));
        },
        [this](const Result<DecisionOutcome> &outcome) {
            if (outcome)
                Q_EMIT reprintReady(outcome.value());
            else
                Q_EMIT openFailed(outcome.error().message);
        });
}

QString CaseService::deadlineText(const IntakeCase &kase, int promisedDays) const
{
    if (!kase.acceptedAt.isValid())
        return {};
    QList<Calendar::ClockStop> stops;
    for (const ClockStop &stop : kase.stops) {
        Calendar::ClockStop counted;
        counted.kind = Calendar::ClockStop::kindFromKey(stop.kind).value_or(Calendar::ClockStop::Kind::Hearing);
        counted.from = stop.since;
        counted.to = stop.until.isValid() ? stop.until : today();
        counted.note = stop.note;
        stops.append(counted);
    }
    const Result<Calendar::Deadline> deadline
        = Calendar::Deadline::compute(m_calendar->snapshot(), { kase.acceptedAt.date(), promisedDays, stops }, today());
    if (!deadline || !deadline->isAvailable())
        return Text::tr("calendar unavailable: no due date can be counted");
    const QString due = QLocale().toString(deadline->due(), QLocale::ShortFormat);
    QString text = deadline->isOverdue()
        //: %1 due date, %n working days past it
        ? Text::tr("due %1, overdue by %n working day(s)", nullptr, -deadline->workingDaysLeft()).arg(due)
        //: %1 due date, %n working days left
        : Text::tr("due %1, %n working day(s) left", nullptr, deadline->workingDaysLeft()).arg(due);
    if (deadline->basis() == Calendar::Basis::Provisional)
        text += Text::tr(" (provisional: this year's holiday notice is not out yet)");
    return text;
}

Result<QByteArray> CaseService::documentPdf(const CaseDocument &document) const
{
    return Storage::BlobStore(m_blobRoot).read(document.pdfSha256);
}

} // namespace OneWindow::Intake
