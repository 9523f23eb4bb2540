#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include "core/clock.h"
#include "intake/casesmodel.h"
#include "intake/casestore.h"
#include "storage/database.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Intake;

namespace {

class FakeClock final : public Clock
{
public:
    QDateTime now() const override { return at; }
    QDateTime at;
};

} // namespace

/// The case list model on a real SQLite database filled through CaseStore: search by number,
/// name and ID number, date ranges, masking, and the asynchronous loading.
class TestCasesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsCasesNewestFirst();
    void searchMatchesNumberNameOrId_data();
    void searchMatchesNumberNameOrId();
    void dateRangeSelectsDays_data();
    void dateRangeSelectsDays();
    void masksApplicantNameAndIdNumber();
    void fullIdNeverShown();
    void rowsCarryUuidStatusAndDueDate();
    void queriesAskedWhileLoadingCollapseIntoTheLast();
    void refreshShowsNewCases();
    void failedQueryKeepsRowsAndReports();

private:
    QString addCase(const QDateTime &at, const QString &name, const QString &id, CaseStatus status = CaseStatus::Draft);
    bool load(CasesModel &model, const CaseQuery &query);

    std::unique_ptr<Test::TempDataDir> m_dir;
    std::shared_ptr<Storage::Database> m_database;
    FakeClock m_clock;
    std::unique_ptr<CaseStore> m_store;
    Workstation m_station { u"SF01"_s, u"示范街道便民服务中心"_s, 3, u"S007"_s, u"王芳"_s };
};

void TestCasesModel::init()
{
    m_dir = std::make_unique<Test::TempDataDir>();
    auto opened = Storage::Database::open(m_dir->filePath(u"window.db"_s));
    QVERIFY(opened);
    m_database = opened.value();
    m_store = std::make_unique<CaseStore>(m_database, m_clock);
    addCase(QDateTime(QDate(2026, 11, 24), QTime(16, 30)), u"李四"_s, u"440106199001011234"_s, CaseStatus::Accepted);
    addCase(QDateTime(QDate(2026, 11, 25), QTime(9, 5)), u"张三"_s, u"11010519491231002X"_s);
    addCase(QDateTime(QDate(2026, 11, 25), QTime(10, 40)), u"欧阳娜娜"_s, u"310104198502283456"_s,
            CaseStatus::WaitingForMaterials);
}

void TestCasesModel::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestCasesModel::addCase(const QDateTime &at, const QString &name, const QString &id, CaseStatus status)
{
    m_clock.at = at;
    Result<IntakeCase> created
        = m_store->createDraft(u"11440300MB2C92658X4442010001000"_s, 3, u"居住证申领"_s, "{}"_ba, m_station);
    if (!created)
        qFatal("createDraft failed");
    IntakeCase draft = created.value();
    draft.applicantName = name;
    draft.applicantId = id;
    if (!m_store->saveDraft(draft))
        qFatal("saveDraft failed");
    if (status != CaseStatus::Draft) {
        TransitionRecord record;
        record.to = status;
        if (status == CaseStatus::Accepted) {
            record.acceptedAt = at;
            record.dueDate = at.date().addDays(7);
        }
        if (auto moved = m_store->transition(draft.uuid, record, m_station, false); !moved)
            qFatal("transition failed: %s", qPrintable(moved.error().message));
    }
    return draft.uuid;
}

bool TestCasesModel::load(CasesModel &model, const CaseQuery &query)
{
    QSignalSpy loaded(&model, &CasesModel::loaded);
    model.setQuery(query);
    return loaded.wait(10000);
}

void TestCasesModel::listsCasesNewestFirst()
{
    CasesModel model(m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), CasesModel::ColumnCount);
    QVERIFY(load(model, {}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, CasesModel::NumberColumn).data().toString(), u"SF01-03-20261125-0002"_s);
    QCOMPARE(model.index(1, CasesModel::NumberColumn).data().toString(), u"SF01-03-20261125-0001"_s);
    QCOMPARE(model.index(2, CasesModel::NumberColumn).data().toString(), u"SF01-03-20261124-0001"_s);
    QCOMPARE(model.index(0, CasesModel::ItemColumn).data().toString(), u"居住证申领"_s);
    QCOMPARE(model.index(1, CasesModel::CreatedColumn).data().toString(), u"2026-11-25 09:05"_s);
    QCOMPARE(model.headerData(CasesModel::NumberColumn, Qt::Horizontal).toString(), u"Case number"_s);
    QVERIFY(!model.isLoading());
}

void TestCasesModel::searchMatchesNumberNameOrId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("numbers");
    const QString first = u"SF01-03-20261124-0001"_s;
    const QString second = u"SF01-03-20261125-0001"_s;
    const QString third = u"SF01-03-20261125-0002"_s;
    QTest::newRow("whole number") << u"SF01-03-20261125-0001"_s << QStringList { second };
    QTest::newRow("number prefix of a day") << u"SF01-03-20261125"_s << QStringList { third, second };
    QTest::newRow("lower-case number prefix") << u"sf01-03-2026112"_s << QStringList { third, second, first };
    QTest::newRow("number middle is no prefix") << u"20261125"_s << QStringList {};
    QTest::newRow("whole name") << u"张三"_s << QStringList { second };
    QTest::newRow("given name") << u"娜娜"_s << QStringList { third };
    QTest::newRow("surname") << u"欧阳"_s << QStringList { third };
    QTest::newRow("whole ID") << u"11010519491231002X"_s << QStringList { second };
    QTest::newRow("ID with lower-case x") << u"11010519491231002x"_s << QStringList { second };
    QTest::newRow("ID prefix") << u"440106"_s << QStringList { first };
    QTest::newRow("spaces around") << u"  李四 "_s << QStringList { first };
    QTest::newRow("like wildcards are literal") << u"%"_s << QStringList {};
    QTest::newRow("nobody") << u"赵六"_s << QStringList {};
}

void TestCasesModel::searchMatchesNumberNameOrId()
{
    QFETCH(QString, text);
    QFETCH(QStringList, numbers);
    CasesModel model(m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaseQuery query;
    query.text = text;
    QVERIFY(load(model, query));
    QStringList found;
    for (int row = 0; row < model.rowCount(); ++row)
        found.append(model.index(row, 0).data(CasesModel::NumberRole).toString());
    QCOMPARE(found, numbers);
}

void TestCasesModel::dateRangeSelectsDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("rows");
    QTest::newRow("one day") << QDate(2026, 11, 25) << QDate(2026, 11, 25) << 2;
    QTest::newRow("the day before") << QDate(2026, 11, 24) << QDate(2026, 11, 24) << 1;
    QTest::newRow("seven days") << QDate(2026, 11, 19) << QDate(2026, 11, 25) << 3;
    QTest::newRow("open start") << QDate() << QDate(2026, 11, 24) << 1;
    QTest::newRow("open end") << QDate(2026, 11, 25) << QDate() << 2;
    QTest::newRow("a day without cases") << QDate(2026, 11, 26) << QDate(2026, 11, 26) << 0;
}

void TestCasesModel::dateRangeSelectsDays()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, rows);
    CasesModel model(m_database);
    QVERIFY(load(model, { from, to, QString() }));
    QCOMPARE(model.rowCount(), rows);
    // The range and a search narrow together.
    QVERIFY(load(model, { from, to, u"张"_s }));
    QCOMPARE(model.rowCount(), from <= QDate(2026, 11, 25) && (!to.isValid() || to >= QDate(2026, 11, 25)) ? 1 : 0);
}

void TestCasesModel::masksApplicantNameAndIdNumber()
{
    const QString uuid = addCase(QDateTime(QDate(2026, 11, 25), QTime(11, 0)), u"买买提·艾力"_s, u"E12345678"_s);
    CasesModel model(m_database);
    QVERIFY(load(model, {}));
    const auto shown = [&](const QString &number, int column) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data().toString() == number)
                return model.index(row, column).data().toString();
        return u"(missing)"_s;
    };
    QCOMPARE(shown(u"SF01-03-20261125-0001"_s, CasesModel::ApplicantColumn), u"张*"_s);
    QCOMPARE(shown(u"SF01-03-20261125-0001"_s, CasesModel::IdNumberColumn), u"110105********002X"_s);
    QCOMPARE(shown(u"SF01-03-20261125-0002"_s, CasesModel::ApplicantColumn), u"欧阳**"_s);
    QCOMPARE(shown(u"SF01-03-20261125-0002"_s, CasesModel::IdNumberColumn), u"310104********3456"_s);
    QCOMPARE(shown(u"SF01-03-20261124-0001"_s, CasesModel::ApplicantColumn), u"李*"_s);
    QCOMPARE(shown(u"SF01-03-20261125-0003"_s, CasesModel::ApplicantColumn), u"买**·**"_s);
    QCOMPARE(shown(u"SF01-03-20261125-0003"_s, CasesModel::IdNumberColumn), u"E1*****78"_s);
    // The whole values stay available to code that needs them (opening the case), not to views.
    QCOMPARE(model.caseAt(model.rowOf(uuid)).applicantId, u"E12345678"_s);
}

void TestCasesModel::fullIdNeverShown()
{
    CasesModel model(m_database);
    CaseQuery query;
    query.text = u"11010519491231002X"_s;
    QVERIFY(load(model, query));
    QCOMPARE(model.rowCount(), 1);
    const QHash<int, QByteArray> roles = model.roleNames();
    for (int column = 0; column < model.columnCount(); ++column) {
        for (auto role = roles.cbegin(); role != roles.cend(); ++role) {
            const QString value = model.index(0, column).data(role.key()).toString();
            QVERIFY2(!value.contains(u"19491231"_s), role.value().constData());
            QVERIFY2(!value.contains(u"张三"_s), role.value().constData());
        }
    }
}

void TestCasesModel::rowsCarryUuidStatusAndDueDate()
{
    const QString uuid = addCase(QDateTime(QDate(2026, 11, 25), QTime(14, 0)), u"陈静"_s, u"440106200002021111"_s,
                                 CaseStatus::Accepted);
    CasesModel model(m_database);
    QVERIFY(load(model, {}));
    const int row = model.rowOf(uuid);
    QCOMPARE(row, 0);
    QCOMPARE(model.rowOf(u"no-such-case"_s), -1);
    QCOMPARE(model.index(row, 0).data(CasesModel::UuidRole).toString(), uuid);
    QCOMPARE(model.index(row, 0).data(CasesModel::StatusRole).toInt(), int(CaseStatus::Accepted));
    QCOMPARE(model.index(row, CasesModel::StatusColumn).data().toString(), u"Accepted"_s);
    QCOMPARE(model.index(row, CasesModel::DueColumn).data().toString(), u"2026-12-02"_s);
    QCOMPARE(model.index(row, 0).data(CasesModel::DueDateRole).toDate(), QDate(2026, 12, 2));
    const int draft = model.rowOf(model.index(2, 0).data(CasesModel::UuidRole).toString());
    QCOMPARE(model.index(draft, CasesModel::StatusColumn).data().toString(), u"Draft"_s);
    QCOMPARE(model.index(draft, CasesModel::DueColumn).data().toString(), QString());
    QCOMPARE(model.caseAt(row).number, u"SF01-03-20261125-0003"_s);
    QCOMPARE(model.caseAt(99).uuid, QString());
}

void TestCasesModel::queriesAskedWhileLoadingCollapseIntoTheLast()
{
    CasesModel model(m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &CasesModel::loaded);
    // Nothing returns to the event loop between these, so the first is still running when the
    // others come: they must not each reset the model, and the rows must be the last query's.
    for (const QString &text : { u"张"_s, u"李"_s, u"欧阳"_s }) {
        CaseQuery query;
        query.text = text;
        model.setQuery(query);
        QVERIFY(model.isLoading());
    }
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CasesModel::ApplicantColumn).data().toString(), u"欧阳**"_s);
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.query().text, u"欧阳"_s);
}

void TestCasesModel::refreshShowsNewCases()
{
    CasesModel model(m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model, { QDate(2026, 11, 25), QDate(2026, 11, 25), QString() }));
    QCOMPARE(model.rowCount(), 2);
    addCase(QDateTime(QDate(2026, 11, 25), QTime(15, 0)), u"刘洋"_s, u"440106199912312222"_s);
    QSignalSpy loaded(&model, &CasesModel::loaded);
    model.refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, CasesModel::ApplicantColumn).data().toString(), u"刘*"_s);
}

void TestCasesModel::failedQueryKeepsRowsAndReports()
{
    CasesModel model(m_database);
    QVERIFY(load(model, {}));
    QCOMPARE(model.rowCount(), 3);
    // A broken database: the worker's query fails, the rows already shown stay.
    QSqlQuery drop(m_database->connection());
    QVERIFY(drop.exec(u"ALTER TABLE intake_case RENAME TO intake_case_gone"_s));
    QSignalSpy failed(&model, &CasesModel::loadFailed);
    QSignalSpy loaded(&model, &CasesModel::loaded);
    model.refresh();
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.isLoading());
}

QTEST_GUILESS_MAIN(TestCasesModel)
#include "testcasesmodel.moc"
