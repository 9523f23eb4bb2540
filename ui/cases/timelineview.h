#pragma once

#include <QWidget>

#include "intake/intakecase.h"

class QFormLayout;
class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace OneWindow::Ui {

/// One case's story beside the case list: a header (number, item, applicant and ID number as
/// the list masks them, status, due date), then every status change with who, when and where,
/// the clock stops, and the printed documents, each with a button to print it again.
/// The header comes from the list row at once; the rest when the case has been read
/// (showDetails), so moving through the list never waits for the database.
class TimelineView : public QWidget
{
    Q_OBJECT
Q_SIGNALS:
    void openRequested(const QString &uuid);
    void reprintRequested(const QString &uuid, int documentSeq);

public:
    explicit TimelineView(QWidget *parent = nullptr);

    /// The header from a row of Intake::CasesModel (its display texts, already masked).
    void showSummary(const QModelIndex &row);
    /// Events, clock stops and documents; ignored unless `kase` is the case shown.
    void showDetails(const Intake::IntakeCase &kase);
    void showMessage(const QString &message);
    void clear();
    QString currentUuid() const { return m_uuid; }

private:
    QLabel *addFact(QFormLayout *layout, const QString &label, const QString &objectName);
    void showEvents(const Intake::IntakeCase &kase);
    void showStops(const QList<Intake::ClockStop> &stops);
    void showDocuments(const QList<Intake::CaseDocument> &documents);

    QString m_uuid;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_item = nullptr;
    QLabel *m_applicant = nullptr;
    QLabel *m_idNumber = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_due = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_events = nullptr;
    QLabel *m_stopsTitle = nullptr;
    QLabel *m_stops = nullptr;
    QLabel *m_documentsTitle = nullptr;
    QWidget *m_documents = nullptr;
    QVBoxLayout *m_documentsLayout = nullptr;
};

} // namespace OneWindow::Ui
