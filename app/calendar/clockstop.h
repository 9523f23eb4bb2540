#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace OneWindow::Calendar {

/// A period in which a deadline's clock stands still. 行政许可法 art. 45: the time a hearing,
/// tender, auction, inspection, testing, quarantine, appraisal or expert review needs is not
/// counted in the time limit. The period is inclusive and in whole days; an open-ended stop is
/// passed with `to` set to today (or the expected end) and updated when it ends.
struct ClockStop
{
    enum class Kind { Hearing, Tender, Auction, Inspection, Testing, Quarantine, Appraisal, ExpertReview };

    Kind kind = Kind::Hearing;
    QDate from; ///< the first day that does not count
    QDate to; ///< the last day that does not count
    QString note; ///< what and why, as staff wrote it

    /// A stable key for JSON and the database: "hearing", "tender", "auction", "inspection",
    /// "testing", "quarantine", "appraisal", "expertReview".
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    /// The kind in words for people (translated: 听证, 专家评审, …).
    static QString kindLabel(Kind kind);

    friend bool operator==(const ClockStop &, const ClockStop &) = default;
};

} // namespace OneWindow::Calendar
