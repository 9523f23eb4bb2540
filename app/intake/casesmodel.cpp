#include "casesmodel.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include "core/clock.h"
#include "storage/database.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

namespace {

Q_LOGGING_CATEGORY(lcCases, "onewindow.intake.cases")

// Two-character surnames (复姓) stay whole when a name is masked, as people read them as one
// surname: 欧阳娜娜 → 欧阳**, not 欧***. The common ones; a rarer one masks one character more.
const QStringList &compoundSurnames()
{
    static const QStringList surnames {
        u"欧阳"_s, u"司马"_s, u"上官"_s, u"诸葛"_s, u"东方"_s, u"皇甫"_s, u"尉迟"_s, u"公孙"_s, u"慕容"_s,
        u"长孙"_s, u"宇文"_s, u"司徒"_s, u"司空"_s, u"夏侯"_s, u"轩辕"_s, u"令狐"_s, u"钟离"_s, u"端木"_s,
        u"独孤"_s, u"南宫"_s, u"西门"_s, u"百里"_s, u"呼延"_s, u"赫连"_s, u"澹台"_s, u"公冶"_s, u"太史"_s,
        u"申屠"_s, u"濮阳"_s, u"万俟"_s, u"闻人"_s, u"东郭"_s, u"拓跋"_s, u"第五"_s,
    };
    return surnames;
}

// Local until app/validation has its masking; the rules are the same: the surname stays, every
// other letter becomes '*', separators (the · of 买买提·艾力, spaces) stay so the shape is kept.
QString maskName(const QString &name)
{
    if (name.size() <= 1)
        return name;
    qsizetype keep = 1;
    if (name.size() > 2 && compoundSurnames().contains(name.first(2)))
        keep = 2;
    QString masked = name;
    for (qsizetype i = keep; i < masked.size(); ++i)
        if (masked.at(i).isLetterOrNumber())
            masked[i] = u'*';
    return masked;
}

// 18- and 15-digit ID numbers keep the region (first 6) and the last 4, as GB/T 35273 examples
// do: 440106********123X. Shorter numbers (passports, permits) keep 2 and 2; 4 or fewer keep none.
QString maskIdNumber(const QString &id)
{
    const qsizetype size = id.size();
    const qsizetype head = size > 10 ? 6 : (size > 4 ? 2 : 0);
    const qsizetype tail = size > 10 ? 4 : (size > 4 ? 2 : 0);
    return id.first(head) + QString(size - head - tail, u'*') + id.last(tail);
}

} // namespace

struct CasesModel::Loaded
{
    QList<CaseSummary> rows;
    QString error;
    bool ok = false;
};

CasesModel::CasesModel(std::shared_ptr<Storage::Database> database, QObject *parent)
    : CasesModel(std::move(database), nullptr, parent)
{
}

CasesModel::CasesModel(std::shared_ptr<Storage::Database> database, QThreadPool *pool, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
    , m_pool(pool)
{
    if (!m_pool) {
        m_ownPool = std::make_unique<QThreadPool>();
        // One worker: queries are serialised anyway (see start()), and one thread keeps one connection.
        m_ownPool->setMaxThreadCount(1);
        m_pool = m_ownPool.get();
    }
}

CasesModel::~CasesModel()
{
    if (m_ownPool)
        m_ownPool->waitForDone();
}

void CasesModel::setQuery(const CaseQuery &query)
{
    m_query = query;
    refresh();
}

void CasesModel::refresh()
{
    if (m_running) {
        // The running query's rows are stale already; the latest query runs when it is done.
        m_pending = true;
        return;
    }
    start();
}

void CasesModel::start()
{
    m_running = true;
    m_pending = false;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        onFinished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_pool, [database = m_database, query = m_query]() {
        // Reads never stamp anything, so the store's clock is never asked.
        const CaseStore store(database, Clock::system());
        Result<QList<CaseSummary>> listed = store.list(query);
        Loaded loaded;
        loaded.ok = listed.isOk();
        if (loaded.ok)
            loaded.rows = std::move(listed).value();
        else
            loaded.error = listed.error().message;
        return loaded;
    }));
}

void CasesModel::onFinished(const Loaded &result)
{
    m_running = false;
    if (m_pending) {
        start();
        return;
    }
    if (!result.ok) {
        qCWarning(lcCases) << "case list query failed";
        Q_EMIT loadFailed(result.error);
        return;
    }
    beginResetModel();
    m_rows = result.rows;
    endResetModel();
    Q_EMIT loaded();
}

CaseSummary CasesModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CaseSummary {};
}

int CasesModel::rowOf(const QString &uuid) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).uuid == uuid)
            return int(row);
    return -1;
}

int CasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CasesModel::display(const CaseSummary &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.number;
    case ItemColumn:
        return row.itemName;
    case ApplicantColumn:
        return maskName(row.applicantName);
    case IdNumberColumn:
        return maskIdNumber(row.applicantId);
    case StatusColumn:
        return statusLabel(row.status);
    case CreatedColumn:
        return row.createdAt.toString(u"yyyy-MM-dd HH:mm"_s);
    case DueColumn:
        return row.dueDate.isValid() ? row.dueDate.toString(Qt::ISODate) : QString();
    }
    return {};
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(row, index.column());
    case UuidRole:
        return row.uuid;
    case NumberRole:
        return row.number;
    case StatusRole:
        return int(row.status);
    case CreatedAtRole:
        return row.createdAt;
    case DueDateRole:
        return row.dueDate;
    default:
        return {};
    }
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return Text::tr("Case number");
    case ItemColumn:
        return Text::tr("Item");
    case ApplicantColumn:
        return Text::tr("Applicant");
    case IdNumberColumn:
        return Text::tr("ID number");
    case StatusColumn:
        return Text::tr("Status");
    case CreatedColumn:
        return Text::tr("Created");
    case DueColumn:
        return Text::tr("Due");
    default:
        return {};
    }
}

QHash<int, QByteArray> CasesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({ { UuidRole, "uuid"_ba },
                   { NumberRole, "number"_ba },
                   { StatusRole, "status"_ba },
                   { CreatedAtRole, "createdAt"_ba },
                   { DueDateRole, "dueDate"_ba } });
    return names;
}

} // namespace OneWindow::Intake
