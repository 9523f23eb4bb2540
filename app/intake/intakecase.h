#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "casestatus.h"

namespace OneWindow::Intake {

/// Who is working where: stamped on every case and every status change.
struct Workstation
{
    QString hallCode; ///< short code of the hall, e.g. "SF01"; part of every case number
    QString hallName;
    int window = 1; ///< window number in the hall
    QString staffId;
    QString staffName;

    QString windowLabel() const; ///< "03"
};

/// One status change: who, when, where, and what came with it (a refusal's reason, a
/// courier's tracking number).
struct CaseEvent
{
    int seq = 0;
    CaseStatus from = CaseStatus::Draft;
    CaseStatus to = CaseStatus::Draft;
    QDateTime at;
    QString staff;
    QString hall;
    QString window;
    QString note;
    QJsonObject data;
};

/// A period that stops the deadline clock by law (行政许可法 art. 45: hearing, testing,
/// inspection, expert review); `until` stays invalid while it runs.
struct ClockStop
{
    int seq = 0;
    QString kind;
    QDate since;
    QDate until;
    QString note;
};

/// A printed document kept with the case (its PDF is in the blob store).
struct CaseDocument
{
    int seq = 0;
    QString kind;
    QString number;
    QDateTime issuedAt;
    QString layout;
    QString pdfSha256;
    QJsonObject data; ///< what was printed (NoticeData as JSON), to print it again the same
};

/// A case as the window keeps it. The guide it was taken under is stored beside it by
/// (itemCode, guideVersion) and never replaced by a later catalog.
struct IntakeCase
{
    QString uuid;
    QString number;
    QString publicCode; ///< what the citizen types, with the number, to see progress
    QString itemCode;
    int guideVersion = 0;
    QString itemName;
    CaseStatus status = CaseStatus::Draft;
    QString applicantName;
    QString applicantId; ///< whole; masked wherever it is shown
    QString hall;
    QString window;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime acceptedAt;
    QDate dueDate;
    QJsonObject form;
    QJsonArray checklist;
    int revision = 0; ///< bumped by every save, so a stale autosave cannot overwrite a newer one
    QList<CaseEvent> events;
    QList<ClockStop> stops;
    QList<CaseDocument> documents;
};

/// A row of the case list: what lists show and search finds.
struct CaseSummary
{
    QString uuid;
    QString number;
    QString itemName;
    CaseStatus status = CaseStatus::Draft;
    QString applicantName;
    QString applicantId;
    QDateTime createdAt;
    QDate dueDate;
};

} // namespace OneWindow::Intake
