#pragma once

#include <QWidget>

#include <optional>

#include "intake/caseservice.h"
#include "intake/intakesession.h"

class QLabel;
class QPushButton;
class QScrollArea;

namespace OneWindow::Intake {
class CaseService;
class ChecklistModel;
class DraftSaver;
} // namespace OneWindow::Intake

namespace OneWindow::Ui {

class ChecklistView;
class FormLevelView;

/// Taking a case at the window: the form the guide defines on the left, the materials
/// checklist on the right, and the decisions below (accept, one-time notice, refuse). Every
/// edit is autosaved; every action has a key:
///   Ctrl+Enter accept · Ctrl+Shift+M one-time notice · Ctrl+Shift+R refuse · Ctrl+P print again
///   Ctrl+Shift+P print preview
///   Alt+1 the form · Alt+2 the checklist
class IntakeScreen : public QWidget
{
    Q_OBJECT
Q_SIGNALS:
    /// A notice is ready to go to the printer (the shell prints it; its PDF is already kept).
    void printRequested(const OneWindow::Intake::DecisionOutcome &outcome);
    /// The last notice in the print preview (Ctrl+Shift+P).
    void previewRequested(const OneWindow::Intake::DecisionOutcome &outcome);
    void closed();

public:
    explicit IntakeScreen(Intake::CaseService *service, QWidget *parent = nullptr);
    ~IntakeScreen() override;

    bool hasCase() const { return m_session.has_value(); }
    const Intake::IntakeSession *session() const { return m_session ? &*m_session : nullptr; }
    FormLevelView *form() const { return m_form; }
    ChecklistView *checklistView() const { return m_checklistView; }
    void focusForm();
    void focusChecklist();
    /// Saves what is typed now (before the window closes or another case opens).
    void flush();

    void accept();
    void notifyMissing();
    void refuse();
    void printAgain();
    void preview();

private:
    void onCaseOpened(const Intake::IntakeCase &kase, const Catalog::ItemGuide &guide);
    void onDecided(const Intake::DecisionOutcome &outcome);
    void onEdited();
    void updateHeader();
    void updateActions();
    bool confirmDecision(Intake::Decision decision);
    void buildActions();

    Intake::CaseService *m_service;
    std::optional<Intake::IntakeSession> m_session;
    std::optional<Intake::DecisionOutcome> m_lastOutcome;
    Intake::ChecklistModel *m_checklist = nullptr;
    bool m_updating = false;
    Intake::DraftSaver *m_saver = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problems = nullptr;
    QScrollArea *m_formArea = nullptr;
    FormLevelView *m_form = nullptr;
    ChecklistView *m_checklistView = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_notify = nullptr;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace OneWindow::Ui
