#pragma once

#include <QDateTime>

namespace OneWindow {

/// Where "now" comes from. Everything that stamps or counts time takes a Clock, so tests can
/// put a case on any date (deadlines across holidays) without waiting or touching the system clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /// The real wall clock; shared, stateless.
    static const Clock &system();
};

} // namespace OneWindow
