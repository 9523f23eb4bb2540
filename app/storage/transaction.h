#pragma once

#include <QSqlDatabase>

#include "core/error.h"

namespace OneWindow::Storage {

/// A write transaction that rolls back unless committed, so an early return or an
/// exception can never leave half a change behind.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace OneWindow::Storage
