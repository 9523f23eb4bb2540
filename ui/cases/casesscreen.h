#pragma once

#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <memory>

#include "intake/casestore.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QTableView;

namespace OneWindow {
class Clock;
}
namespace OneWindow::Storage {
class Database;
}
namespace OneWindow::Intake {
class CasesModel;
}

namespace OneWindow::Ui {

class TimelineView;

/// This window's cases: today's by default, the last 7 days or all, searched as one types by
/// case number, applicant name or ID number (masked in the list), with the selected case's
/// timeline beside the list. Keyboard first: the search keeps focus, Up/Down move through the
/// list, Enter opens the case (a draft is reopened for editing, the shell decides), Esc clears,
/// Alt+1/2/3 choose the period, Tab reaches the timeline's buttons. The database is read on a
/// worker thread only; the shell calls refresh() when the screen is shown or a case changed.
class CasesScreen : public QWidget
{
    Q_OBJECT
Q_SIGNALS:
    void openCaseRequested(const QString &uuid);
    void reprintRequested(const QString &uuid, int documentSeq);

public Q_SLOTS:
    void focusSearch();
    /// Reads the list (and the shown case) again, e.g. after a case was saved or moved.
    void refresh();

public:
    enum class Period { Today, LastSevenDays, All };

    /// `clock` says what "today" is; both must outlive the screen.
    CasesScreen(std::shared_ptr<Storage::Database> database, const Clock &clock, QWidget *parent = nullptr);
    ~CasesScreen() override;

    Intake::CasesModel *model() const { return m_model; }
    TimelineView *timeline() const { return m_timeline; }
    Period period() const;
    void setPeriod(Period period);

private:
    QWidget *buildPeriods();
    Intake::CaseQuery currentQuery() const;
    void runQuery();
    void onLoaded();
    void showCount();
    void onCurrentChanged();
    void loadTimeline(QString uuid);
    struct TimelineRead;
    void onTimelineRead(const TimelineRead &read);
    void activateFromSearch();
    void activateCurrent();

    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    /// One worker for the list and the timeline: one connection, reads in the order asked.
    QThreadPool m_pool;
    Intake::CasesModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QButtonGroup *m_periods = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    TimelineView *m_timeline = nullptr;
    /// Typing settles for this long before the list is read again.
    QTimer m_debounce;
    QString m_selectedUuid;
    bool m_activateWhenLoaded = false;
    bool m_timelineRunning = false;
    QString m_timelinePending;
};

} // namespace OneWindow::Ui
