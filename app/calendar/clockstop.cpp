#include "clockstop.h"

#include <array>
#include <utility>

#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Calendar {

namespace {

using Kind = ClockStop::Kind;

constexpr std::array<std::pair<Kind, const char16_t *>, 8> kKeys { {
    { Kind::Hearing, u"hearing" },
    { Kind::Tender, u"tender" },
    { Kind::Auction, u"auction" },
    { Kind::Inspection, u"inspection" },
    { Kind::Testing, u"testing" },
    { Kind::Quarantine, u"quarantine" },
    { Kind::Appraisal, u"appraisal" },
    { Kind::ExpertReview, u"expertReview" },
} };

} // namespace

QString ClockStop::kindKey(Kind kind)
{
    for (const auto &[known, key] : kKeys)
        if (known == kind)
            return QString::fromUtf16(key);
    Q_UNREACHABLE();
}

std::optional<ClockStop::Kind> ClockStop::kindFromKey(const QString &key)
{
    for (const auto &[kind, known] : kKeys)
        if (key == QStringView(known))
            return kind;
    return std::nullopt;
}

QString ClockStop::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Hearing:
        return Text::tr("Hearing");
    case Kind::Tender:
        return Text::tr("Tender");
    case Kind::Auction:
        return Text::tr("Auction");
    case Kind::Inspection:
        return Text::tr("Inspection");
    case Kind::Testing:
        return Text::tr("Testing");
    case Kind::Quarantine:
        return Text::tr("Quarantine");
    case Kind::Appraisal:
        return Text::tr("Appraisal");
    case Kind::ExpertReview:
        return Text::tr("Expert review");
    }
    Q_UNREACHABLE();
}

} // namespace OneWindow::Calendar
