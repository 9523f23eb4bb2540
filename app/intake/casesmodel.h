#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QThreadPool>

#include <memory>

#include "casestore.h"
#include "intakecase.h"

namespace OneWindow::Storage {
class Database;
}

namespace OneWindow::Intake {

/// The case list of the cases screen: one row per case, personal data masked in every role a
/// view shows (张*, 440106********123X). The query runs on a worker thread and the model resets
/// when its rows arrive, so typing never waits for SQLite. At most one query runs at a time;
/// queries asked for meanwhile collapse into the latest, which runs next.
///
///   setQuery()/refresh() ──worker──▶ reset + loaded()  |  loadFailed(message), rows kept
class CasesModel : public QAbstractTableModel
{
    Q_OBJECT
Q_SIGNALS:
    /// New rows are in (the model was reset), also when there are none.
    void loaded();
    void loadFailed(const QString &message);

public:
    enum Column { NumberColumn, ItemColumn, ApplicantColumn, IdNumberColumn, StatusColumn, CreatedColumn, DueColumn };
    Q_ENUM(Column)
    static constexpr int ColumnCount = DueColumn + 1;

    enum Role {
        UuidRole = Qt::UserRole + 1,
        NumberRole,
        StatusRole, ///< CaseStatus as int
        CreatedAtRole, ///< QDateTime
        DueDateRole, ///< QDate, invalid while none is set
    };
    Q_ENUM(Role)

    /// Runs queries on a one-thread pool of its own (waited for when the model goes).
    explicit CasesModel(std::shared_ptr<Storage::Database> database, QObject *parent = nullptr);
    /// Runs queries on `pool`, which must outlive every query started here.
    CasesModel(std::shared_ptr<Storage::Database> database, QThreadPool *pool, QObject *parent = nullptr);
    ~CasesModel() override;

    /// Runs `query` (asynchronously); the rows follow with loaded().
    void setQuery(const CaseQuery &query);
    CaseQuery query() const { return m_query; }
    /// Runs the current query again, e.g. after a case changed.
    void refresh();
    bool isLoading() const { return m_running; }

    /// The row's case as stored (the ID number whole: mask it before showing it).
    CaseSummary caseAt(int row) const;
    /// -1 when the case is not in the list.
    int rowOf(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Loaded;
    void start();
    void onFinished(const Loaded &result);
    QString display(const CaseSummary &row, int column) const;

    std::shared_ptr<Storage::Database> m_database;
    std::unique_ptr<QThreadPool> m_ownPool;
    QThreadPool *m_pool;
    CaseQuery m_query;
    QList<CaseSummary> m_rows;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace OneWindow::Intake
