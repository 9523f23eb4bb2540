#include "timelineview.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QModelIndex>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "intake/casesmodel.h"
#include "intake/casestatus.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {
namespace {

using Intake::CasesModel;

QLabel *sectionTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QString stamp(const QDateTime &at)
{
    return at.toString(u"yyyy-MM-dd HH:mm"_s);
}

// The stored names are Intake::documentKindName()'s.
QString documentKindLabel(const QString &kind)
{
    if (kind == u"acceptance")
        return TimelineView::tr("Acceptance notice");
    if (kind == u"oneTimeNotice")
        return TimelineView::tr("One-time notice");
    if (kind == u"refusal")
        return TimelineView::tr("Refusal notice");
    if (kind == u"materialsReceipt")
        return TimelineView::tr("Materials receipt");
    return kind;
}

QString clockStopLabel(const QString &kind)
{
    // The periods of 行政许可法 art. 45; any other kind is shown as stored.
    if (kind == u"hearing")
        return TimelineView::tr("Hearing");
    if (kind == u"testing")
        return TimelineView::tr("Testing or inspection");
    if (kind == u"expertReview")
        return TimelineView::tr("Expert review");
    return kind;
}

// One entry of the history: the time, what happened in bold, then who and where, then the note.
QString entryHtml(const QDateTime &at, const QString &what, const QString &staff, const QString &hall,
                  const QString &window, const QString &note)
{
    //: %1 is a staff member's ID, %2 the window number, %3 the hall's code
    const QString where = TimelineView::tr("by %1 at window %2, %3").arg(staff, window, hall);
    QString html = u"<tr><td style=\"color:gray; padding-right:12px\">"_s + stamp(at).toHtmlEscaped()
        + u"</td><td><b>"_s + what.toHtmlEscaped() + u"</b><br>"_s + where.toHtmlEscaped();
    if (!note.isEmpty())
        html += u"<br><i>"_s + note.toHtmlEscaped() + u"</i>"_s;
    return html + u"</td></tr>"_s;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel;
    m_placeholder->setObjectName(u"timelinePlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from the list straight to the buttons; the area scrolls to the one focused.
    scroll->setFocusPolicy(Qt::NoFocus);
    // Everything wraps to the panel's width; only a long history scrolls, downwards.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *titleRow = new QHBoxLayout;
    m_number = new QLabel;
    m_number->setObjectName(u"timelineNumber"_s);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_number->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_number->setFont(titleFont);
    m_open = new QPushButton;
    m_open->setObjectName(u"timelineOpen"_s);
    m_open->setAutoDefault(true);
    m_open->setToolTip(tr("Opens the case in the intake screen (Enter in the list)"));
    titleRow->addWidget(m_number, 1);
    titleRow->addWidget(m_open);
    layout->addLayout(titleRow);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_item = addFact(facts, tr("Item"), u"timelineItem"_s);
    m_applicant = addFact(facts, tr("Applicant"), u"timelineApplicant"_s);
    m_idNumber = addFact(facts, tr("ID number"), u"timelineIdNumber"_s);
    m_status = addFact(facts, tr("Status"), u"timelineStatus"_s);
    m_due = addFact(facts, tr("Due date"), u"timelineDue"_s);
    layout->addLayout(facts);

    layout->addWidget(sectionTitle(tr("History")));
    m_events = new QLabel;
    m_events->setObjectName(u"timelineEvents"_s);
    m_events->setTextFormat(Qt::RichText);
    m_events->setWordWrap(true);
    m_events->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_events);

    m_stopsTitle = sectionTitle(tr("Clock stops"));
    layout->addWidget(m_stopsTitle);
    m_stops = new QLabel;
    m_stops->setObjectName(u"timelineStops"_s);
    m_stops->setWordWrap(true);
    layout->addWidget(m_stops);

    m_documentsTitle = sectionTitle(tr("Printed documents"));
    layout->addWidget(m_documentsTitle);
    m_documents = new QWidget;
    m_documents->setObjectName(u"timelineDocuments"_s);
    m_documentsLayout = new QVBoxLayout(m_documents);
    m_documentsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_documents);
    layout->addStretch(1);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_uuid.isEmpty())
            Q_EMIT openRequested(m_uuid);
    });
    clear();
}

QLabel *TimelineView::addFact(QFormLayout *layout, const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(label, value);
    return value;
}

void TimelineView::showSummary(const QModelIndex &row)
{
    const auto text = [&row](int column) { return row.siblingAtColumn(column).data().toString(); };
    m_uuid = row.data(CasesModel::UuidRole).toString();
    m_number->setText(text(CasesModel::NumberColumn));
    m_item->setText(text(CasesModel::ItemColumn));
    m_applicant->setText(text(CasesModel::ApplicantColumn));
    m_idNumber->setText(text(CasesModel::IdNumberColumn));
    m_status->setText(text(CasesModel::StatusColumn));
    const QString due = text(CasesModel::DueColumn);
    m_due->setText(due.isEmpty() ? tr("Not set until the case is accepted") : due);
    const auto status = Intake::CaseStatus(row.data(CasesModel::StatusRole).toInt());
    const bool draft = status == Intake::CaseStatus::Draft || status == Intake::CaseStatus::WaitingForMaterials;
    m_open->setText(draft ? tr("Reopen draft") : tr("Open case"));
    m_events->setText(tr("Loading…"));
    m_stopsTitle->hide();
    m_stops->hide();
    m_documentsTitle->hide();
    m_documents->hide();
    m_stack->setCurrentIndex(1);
}

void TimelineView::showDetails(const Intake::IntakeCase &kase)
{
    if (kase.uuid != m_uuid)
        return;
    // The list row may be older than the case just read.
    m_status->setText(Intake::statusLabel(kase.status));
    if (kase.dueDate.isValid())
        m_due->setText(kase.dueDate.toString(Qt::ISODate));
    showEvents(kase);
    showStops(kase.stops);
    showDocuments(kase.documents);
}

void TimelineView::showEvents(const Intake::IntakeCase &kase)
{
    // Newest first, as the list is: the latest change is what staff are asked about.
    QString rows;
    for (auto event = kase.events.crbegin(); event != kase.events.crend(); ++event) {
        // The arrow reads the same in every language: nothing to translate.
        const QString change = Intake::statusLabel(event->from) + u" → "_s + Intake::statusLabel(event->to);
        rows += entryHtml(event->at, change, event->staff, event->hall, event->window, event->note);
    }
    rows += entryHtml(kase.createdAt, tr("Draft created"), kase.createdBy, kase.hall, kase.window, QString());
    m_events->setText(u"<table cellspacing=\"0\" cellpadding=\"3\">"_s + rows + u"</table>"_s);
}

void TimelineView::showStops(const QList<Intake::ClockStop> &stops)
{
    QStringList lines;
    for (const Intake::ClockStop &stop : stops) {
        const QString since = stop.since.toString(Qt::ISODate);
        //: %1 is the kind of clock stop (e.g. "Hearing"), %2 and %3 are dates
        QString line = stop.until.isValid()
            ? tr("%1: %2 to %3").arg(clockStopLabel(stop.kind), since, stop.until.toString(Qt::ISODate))
            //: %1 is the kind of clock stop (e.g. "Hearing"), %2 a date
            : tr("%1: since %2, still running").arg(clockStopLabel(stop.kind), since);
        if (!stop.note.isEmpty())
            line += u" ("_s + stop.note + u')';
        lines.append(line);
    }
    m_stops->setText(lines.join(u'\n'));
    m_stopsTitle->setVisible(!stops.isEmpty());
    m_stops->setVisible(!stops.isEmpty());
}

void TimelineView::showDocuments(const QList<Intake::CaseDocument> &documents)
{
    while (QLayoutItem *item = m_documentsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Intake::CaseDocument &document : documents) {
        auto *row = new QWidget;
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(u"<b>"_s + documentKindLabel(document.kind).toHtmlEscaped() + u"</b> "_s
                                 + document.number.toHtmlEscaped() + u"<br><span style=\"color:gray\">"_s
                                 + stamp(document.issuedAt) + u"</span>"_s);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *reprint = new QPushButton(tr("Reprint"));
        reprint->setObjectName(u"timelineReprint%1"_s.arg(document.seq));
        reprint->setAutoDefault(true);
        //: %1 is the document's number
        reprint->setToolTip(tr("Print %1 again").arg(document.number));
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(reprint);
        connect(reprint, &QPushButton::clicked, this,
                [this, seq = document.seq] { Q_EMIT reprintRequested(m_uuid, seq); });
        m_documentsLayout->addWidget(row);
    }
    m_documentsTitle->setVisible(!documents.isEmpty());
    m_documents->setVisible(!documents.isEmpty());
}

void TimelineView::showMessage(const QString &message)
{
    m_uuid.clear();
    m_placeholder->setText(message);
    m_stack->setCurrentIndex(0);
}

void TimelineView::clear()
{
    showMessage(tr("Choose a case to see its timeline."));
}

} // namespace OneWindow::Ui
