#include "intakescreen.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

#include "checklistview.h"
#include "formlevelview.h"
#include "intake/caseservice.h"
#include "intake/casestore.h"
#include "intake/checklistmodel.h"
#include "intake/draftsaver.h"
#include "refusaldialog.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

using Intake::Decision;

IntakeScreen::IntakeScreen(Intake::CaseService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"intakeScreen"_s);
    m_checklist = new Intake::ChecklistModel(this);
    m_saver = new Intake::DraftSaver(Intake::CaseStore(service->database(), service->clock()), this);

    m_title = new QLabel;
    m_title->setObjectName(u"intakeTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_details = new QLabel;
    m_details->setObjectName(u"intakeDetails"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"intakeStatus"_s);

    m_formArea = new QScrollArea;
    m_formArea->setWidgetResizable(true);
    m_formArea->setObjectName(u"intakeFormArea"_s);

    m_checklistView = new ChecklistView;
    m_checklistView->setObjectName(u"checklist"_s);
    m_checklistView->setChecklistModel(m_checklist);
    auto *keysHint = new QLabel(tr("1 original · 2 copy · 3 electronic · 4 missing · 5 not acceptable · "
                                   "6 not applicable · +/- copies · F2 problem"));
    keysHint->setWordWrap(true);
    keysHint->setEnabled(false);
    m_problems = new QLabel;
    m_problems->setObjectName(u"intakeProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b42318;"_s);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *materialsLabel = new QLabel(tr("Materials (Alt+2)"));
    rightLayout->addWidget(materialsLabel);
    rightLayout->addWidget(m_checklistView, 1);
    rightLayout->addWidget(keysHint);
    rightLayout->addWidget(m_problems);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_formArea);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_accept = new QPushButton(tr("&Accept (Ctrl+Enter)"));
    m_accept->setObjectName(u"acceptButton"_s);
    m_notify = new QPushButton(tr("One-time &notice (Ctrl+Shift+M)"));
    m_notify->setObjectName(u"notifyButton"_s);
    m_refuse = new QPushButton(tr("&Refuse (Ctrl+Shift+R)"));
    m_refuse->setObjectName(u"refuseButton"_s);
    m_print = new QPushButton(tr("&Print again (Ctrl+P)"));
    m_print->setObjectName(u"printButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    for (QPushButton *button : { m_print, m_refuse, m_notify, m_accept }) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    buildActions();
    connect(m_service, &Intake::CaseService::caseOpened, this, &IntakeScreen::onCaseOpened);
    connect(m_service, &Intake::CaseService::decided, this, &IntakeScreen::onDecided);
    connect(m_service, &Intake::CaseService::decisionFailed, this, [this](const QString &message) {
        updateActions();
        QMessageBox::warning(this, tr("Not done"), message);
    });
    connect(m_checklist, &QAbstractItemModel::dataChanged, this, &IntakeScreen::onEdited);
    connect(m_saver, &Intake::DraftSaver::saveFailed, this,
            [this](const QString &message) { m_status->setText(message); });
    updateActions();
}

IntakeScreen::~IntakeScreen()
{
    flush();
}

void IntakeScreen::buildActions()
{
    auto bind = [this](QPushButton *button, QKeySequence key, void (IntakeScreen::*slot)()) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        connect(button, &QPushButton::clicked, this, slot);
    };
    bind(m_accept, QKeySequence(Qt::CTRL | Qt::Key_Return), &IntakeScreen::accept);
    bind(m_notify, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &IntakeScreen::notifyMissing);
    bind(m_refuse, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &IntakeScreen::refuse);
    bind(m_print, QKeySequence(Qt::CTRL | Qt::Key_P), &IntakeScreen::printAgain);
    auto *enter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    enter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enter, &QShortcut::activated, this, &IntakeScreen::accept);
    auto *previewKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this);
    previewKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previewKey, &QShortcut::activated, this, &IntakeScreen::preview);
    auto *toForm = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_1), this);
    toForm->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toForm, &QShortcut::activated, this, &IntakeScreen::focusForm);
    auto *toChecklist = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_2), this);
    toChecklist->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toChecklist, &QShortcut::activated, this, &IntakeScreen::focusChecklist);
}

void IntakeScreen::focusForm()
{
    if (m_form && m_form->firstFocus())
        m_form->firstFocus()->setFocus(Qt::ShortcutFocusReason);
}

void IntakeScreen::focusChecklist()
{
    m_checklistView->setFocus(Qt::ShortcutFocusReason);
}

void IntakeScreen::flush()
{
    if (m_session && Intake::CaseLifecycle::isEditable(m_session->intakeCase().status))
        m_saver->flush();
}

void IntakeScreen::onCaseOpened(const Intake::IntakeCase &kase, const Catalog::ItemGuide &guide)
{
    flush();
    Result<Intake::IntakeSession> session
        = Intake::IntakeSession::open(kase, guide, m_service->authorizationMaterial());
    if (!session) {
        QMessageBox::warning(this, tr("The form cannot be built"), session.error().message);
        return;
    }
    m_session = std::move(session).value();
    m_lastOutcome.reset();
    const bool editable = Intake::CaseLifecycle::isEditable(kase.status);

    FormLevelView::setToday(m_service->today());
    m_form = new FormLevelView(m_session->schema().fields());
    m_form->setObjectName(u"intakeForm"_s);
    m_form->setValues(kase.form);
    m_form->setEnabled(editable);
    m_formArea->setWidget(m_form); // deletes the previous case's form
    connect(m_form, &FormLevelView::changed, this, &IntakeScreen::onEdited);

    // Views must see the model's reset (a blocked signal would leave them with no rows); the
    // guard keeps the screen from treating it as an edit.
    m_updating = true;
    m_checklist->setReadOnly(!editable);
    m_checklist->setChecklist(m_session->checklist());
    m_checklist->setFormValues(m_form->values());
    m_updating = false;
    m_checklistView->updateApplicable();
    updateHeader();
    updateActions();
    focusForm();
}

void IntakeScreen::onEdited()
{
    if (!m_session || !m_form || m_updating)
        return;
    // Showing the checklist for new values changes the model, which calls here again: once is enough.
    m_updating = true;
    const QJsonObject values = m_form->values();
    if (values != m_session->intakeCase().form)
        m_checklist->setFormValues(values);
    m_updating = false;
    m_session->update(values, m_checklist->checklist());
    m_saver->schedule(m_session->snapshot());
    updateActions();
}

void IntakeScreen::updateHeader()
{
    if (!m_session)
        return;
    const Intake::IntakeCase &kase = m_session->intakeCase();
    const Catalog::ItemGuide &guide = m_session->guide();
    m_title->setText(guide.name);
    //: %1 case number, %2 department, %3 review type and limit
    const QString limit
        = guide.instant ? tr("decided at once") : tr("%n working day(s) promised", nullptr, guide.promisedDays);
    m_details->setText(tr("Case %1 · %2 · %3").arg(kase.number, guide.departmentName, limit));
    QString status = Intake::statusLabel(kase.status);
    if (const QString deadline = m_service->deadlineText(kase, guide.promisedDays); !deadline.isEmpty())
        status += u" · "_s + deadline;
    m_status->setText(status);
}

void IntakeScreen::updateActions()
{
    const bool open = m_session.has_value();
    const bool editable = open && Intake::CaseLifecycle::isEditable(m_session->intakeCase().status);
    for (QPushButton *button : { m_accept, m_notify, m_refuse })
        button->setEnabled(editable);
    m_print->setEnabled(open && !m_session->intakeCase().documents.isEmpty());
    if (!editable) {
        m_problems->clear();
        return;
    }
    const QStringList blockers = m_session->blockers(Decision::Accept, m_service->today());
    m_problems->setText(blockers.isEmpty() ? QString() : tr("Before accepting: %1").arg(blockers.first()));
}

bool IntakeScreen::confirmDecision(Decision decision)
{
    if (!m_session)
        return false;
    m_session->update(m_form->values(), m_checklist->checklist());
    const QStringList blockers = m_session->blockers(decision, m_service->today());
    if (!blockers.isEmpty()) {
        // Shown where the staff already look, without a dialog to dismiss: fix and press again.
        m_problems->setText(blockers.join(u'\n'));
        QApplication::beep();
        return false;
    }
    return true;
}

void IntakeScreen::accept()
{
    if (!confirmDecision(Decision::Accept))
        return;
    m_saver->flush();
    for (QPushButton *button : { m_accept, m_notify, m_refuse })
        button->setEnabled(false);
    m_service->decide(*m_session, Decision::Accept);
}

void IntakeScreen::notifyMissing()
{
    if (!confirmDecision(Decision::NotifyMissing))
        return;
    m_saver->flush();
    m_service->decide(*m_session, Decision::NotifyMissing);
}

void IntakeScreen::refuse()
{
    if (!confirmDecision(Decision::Refuse))
        return;
    RefusalDialog dialog(m_session->guide().legalBasis, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_saver->flush();
    m_service->decide(*m_session, Decision::Refuse, dialog.details());
}

void IntakeScreen::printAgain()
{
    if (m_lastOutcome)
        Q_EMIT printRequested(*m_lastOutcome);
}

void IntakeScreen::preview()
{
    if (m_lastOutcome)
        Q_EMIT previewRequested(*m_lastOutcome);
}

void IntakeScreen::onDecided(const Intake::DecisionOutcome &outcome)
{
    if (!m_session || outcome.kase.uuid != m_session->intakeCase().uuid)
        return;
    m_session->setStatus(outcome.kase);
    m_lastOutcome = outcome;
    const bool editable = Intake::CaseLifecycle::isEditable(outcome.kase.status);
    m_form->setEnabled(editable);
    m_checklist->setReadOnly(!editable);
    if (editable)
        updateHeader();
    updateActions();
    Q_EMIT printRequested(outcome);
}

} // namespace OneWindow::Ui
