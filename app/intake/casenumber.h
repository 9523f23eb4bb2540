#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QString>

namespace OneWindow::Intake {

/// Case numbers unique without the server: hall, window, date and that window's sequence of the
/// day, e.g. "SF01-03-20261125-0007". The sequence belongs to the registered device (DESIGN.md §4),
/// so two windows never collide and a re-imaged PC gets its counter back from the server.
class CaseNumber
{
public:
    static QString format(const QString &hallCode, int window, QDate day, int sequence);
    /// The counter that format() draws from, per window and day.
    static QString sequenceName(const QString &hallCode, int window, QDate day);
    /// Six characters the citizen types with the number to see progress; no 0/O, 1/I/L.
    static QString publicCode(QRandomGenerator &random);
    /// Document numbers per kind, window and year: "示范受〔2026〕03-0012号" from the hall's prefix.
    static QString document(const QString &prefix, int year, int window, int sequence);
};

} // namespace OneWindow::Intake
