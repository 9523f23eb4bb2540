#include "transaction.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace OneWindow::Storage {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(u"storage.transaction"_s, m_db.lastError().text());
    m_active = false;
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        return makeError(u"storage.commit"_s, reason);
    }
    return Done {};
}

} // namespace OneWindow::Storage
