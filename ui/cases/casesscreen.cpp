#include "casesscreen.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <utility>

#include "core/clock.h"
#include "intake/casesmodel.h"
#include "storage/database.h"
#include "timelineview.h"
#include "widgets/searchlistkeys.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

using Intake::CasesModel;

struct CasesScreen::TimelineRead
{
    QString uuid;
    std::optional<Intake::IntakeCase> kase;
    QString error;
};

namespace {

// Long enough to cover the gap between two keystrokes of a fast typist, short enough that the
// list seems to follow the typing.
constexpr int debounceMs = 150;

} // namespace

CasesScreen::CasesScreen(std::shared_ptr<Storage::Database> database, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_clock(clock)
{
    m_pool.setMaxThreadCount(1);
    m_model = new CasesModel(m_database, &m_pool, this);

    m_search = new QLineEdit;
    m_search->setObjectName(u"caseSearch"_s);
    m_search->setPlaceholderText(tr("Case number, applicant name or ID number"));
    m_search->setClearButtonEnabled(true);
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.25);
    m_search->setFont(searchFont);

    m_count = new QLabel;
    m_count->setObjectName(u"caseCount"_s);
    m_table = new QTableView;
    m_table->setObjectName(u"caseTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CasesModel::ItemColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    SearchListKeys::install(m_search, m_table);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(buildPeriods());
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_table, 1);

    m_timeline = new TimelineView;
    m_timeline->setObjectName(u"caseTimeline"_s);
    m_timeline->setMinimumWidth(320);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The table asks for every column's full width; without sizes it would squeeze the timeline.
    splitter->setSizes({ 600, 400 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_search);
    setTabOrder(m_search, m_table);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CasesScreen::runQuery);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CasesScreen::activateFromSearch);
    connect(m_table, &QTableView::activated, this, &CasesScreen::activateCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CasesScreen::onCurrentChanged);
    connect(m_model, &CasesModel::loaded, this, &CasesScreen::onLoaded);
    connect(m_model, &CasesModel::loadFailed, this, [this](const QString &message) {
        m_activateWhenLoaded = false;
        m_count->setText(message);
    });
    connect(m_timeline, &TimelineView::openRequested, this, &CasesScreen::openCaseRequested);
    connect(m_timeline, &TimelineView::reprintRequested, this, &CasesScreen::reprintRequested);
    runQuery();
}

CasesScreen::~CasesScreen()
{
    // Workers read through m_database, not through this screen; wait so none outlives it.
    m_pool.waitForDone();
}

QWidget *CasesScreen::buildPeriods()
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_periods = new QButtonGroup(this);
    const struct
    {
        Period period;
        QString text;
        QString objectName;
        Qt::Key key;
    } choices[] = {
        { Period::Today, tr("Today"), u"casePeriodToday"_s, Qt::Key_1 },
        { Period::LastSevenDays, tr("Last 7 days"), u"casePeriodWeek"_s, Qt::Key_2 },
        { Period::All, tr("All"), u"casePeriodAll"_s, Qt::Key_3 },
    };
    for (const auto &choice : choices) {
        auto *button = new QPushButton(choice.text);
        button->setObjectName(choice.objectName);
        button->setCheckable(true);
        button->setShortcut(QKeySequence(Qt::ALT | choice.key));
        //: %1 is a keyboard shortcut, e.g. Alt+1
        button->setToolTip(tr("Shortcut: %1").arg(button->shortcut().toString(QKeySequence::NativeText)));
        // The period changes at once but focus stays in the search, as for the catalog filters.
        button->setFocusPolicy(Qt::NoFocus);
        m_periods->addButton(button, int(choice.period));
        layout->addWidget(button);
    }
    m_periods->button(int(Period::Today))->setChecked(true);
    connect(m_periods, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            runQuery();
    });
    return box;
}

CasesScreen::Period CasesScreen::period() const
{
    return Period(m_periods->checkedId());
}

void CasesScreen::setPeriod(Period period)
{
    m_periods->button(int(period))->setChecked(true);
}

void CasesScreen::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CasesScreen::refresh()
{
    runQuery();
}

Intake::CaseQuery CasesScreen::currentQuery() const
{
    Intake::CaseQuery query;
    const QDate today = m_clock.now().date();
    if (period() == Period::Today)
        query.from = today;
    else if (period() == Period::LastSevenDays)
        query.from = today.addDays(-6);
    if (period() != Period::All)
        query.to = today;
    query.text = m_search->text().trimmed();
    return query;
}

void CasesScreen::runQuery()
{
    m_debounce.stop();
    m_model->setQuery(currentQuery());
}

void CasesScreen::onLoaded()
{
    showCount();
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_selectedUuid.clear();
        m_timeline->showMessage(m_count->text());
        m_activateWhenLoaded = false;
        return;
    }
    // The case that was selected stays selected when it is still listed.
    const int row = std::max(0, m_model->rowOf(m_selectedUuid));
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_table->currentIndex());
    if (std::exchange(m_activateWhenLoaded, false))
        activateCurrent();
}

void CasesScreen::showCount()
{
    const int rows = m_model->rowCount();
    const bool searching = !m_model->query().text.isEmpty();
    if (rows == 0 && searching && period() != Period::All)
        m_count->setText(tr("No case matches in this period. Alt+3 searches all dates."));
    else if (rows == 0 && searching)
        m_count->setText(tr("No case matches. Search by the start of a case number or ID number, or by a name."));
    else if (rows == 0 && period() == Period::Today)
        m_count->setText(tr("No cases today yet."));
    else if (rows == 0)
        m_count->setText(tr("No cases in this period."));
    else if (rows >= m_model->query().limit)
        m_count->setText(tr("The newest %1 cases are shown; type more to narrow the search.").arg(rows));
    else
        m_count->setText(tr("%n case(s)", nullptr, rows));
}

void CasesScreen::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_selectedUuid = current.data(CasesModel::UuidRole).toString();
    m_timeline->showSummary(current.siblingAtColumn(0));
    loadTimeline(m_selectedUuid);
}

void CasesScreen::loadTimeline(QString uuid)
{
    if (m_timelineRunning) {
        // Arrow keys held down: read only the case the selection ends on.
        m_timelinePending = uuid;
        return;
    }
    m_timelineRunning = true;
    m_timelinePending.clear();
    auto *watcher = new QFutureWatcher<TimelineRead>(this);
    connect(watcher, &QFutureWatcher<TimelineRead>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        onTimelineRead(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [database = m_database, uuid = std::move(uuid)]() {
        // Reads never stamp anything, so the store's clock is never asked.
        const Intake::CaseStore store(database, Clock::system());
        Result<Intake::IntakeCase> loaded = store.load(uuid);
        TimelineRead read { uuid, std::nullopt, QString() };
        if (loaded)
            read.kase = std::move(loaded).value();
        else
            read.error = loaded.error().message;
        return read;
    }));
}

void CasesScreen::onTimelineRead(const TimelineRead &read)
{
    m_timelineRunning = false;
    if (!m_timelinePending.isEmpty() && m_timelinePending != read.uuid) {
        loadTimeline(std::exchange(m_timelinePending, {}));
        return;
    }
    m_timelinePending.clear();
    if (read.uuid != m_timeline->currentUuid())
        return;
    if (read.kase)
        m_timeline->showDetails(*read.kase);
    else
        m_timeline->showMessage(read.error);
}

void CasesScreen::activateFromSearch()
{
    // Enter right after typing: the rows on screen are those of the text before; open the
    // first case of the search just typed once it has been read.
    if (m_debounce.isActive() || m_model->isLoading()) {
        m_activateWhenLoaded = true;
        runQuery();
        return;
    }
    activateCurrent();
}

void CasesScreen::activateCurrent()
{
    const QString uuid = m_table->currentIndex().data(CasesModel::UuidRole).toString();
    if (!uuid.isEmpty())
        Q_EMIT openCaseRequested(uuid);
}

} // namespace OneWindow::Ui
