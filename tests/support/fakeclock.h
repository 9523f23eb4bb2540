#pragma once

#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>

#include "core/clock.h"

namespace OneWindow::Test {

/// A clock that stands still until told to move, so a test can put a case on any day (the
/// National Day week, a Saturday worked) and move through days without waiting. Read from
/// worker threads too, hence the lock.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 25), QTime(9, 30), QTimeZone(8 * 3600)))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void set(const QDateTime &now)
    {
        QMutexLocker lock(&m_mutex);
        m_now = now;
    }
    void advanceDays(int days)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addDays(days);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace OneWindow::Test
