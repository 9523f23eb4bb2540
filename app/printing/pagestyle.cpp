#include "pagestyle.h"

#include <QFontDatabase>
#include <QHash>
#include <QMutex>

#include "printing/printinglog.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Printing::Internal {
namespace {

constexpr qreal unitsPerPoint = 25.4 / 72.0 * unitsPerMm;

struct RoleSpec
{
    bool serif;
    qreal points;
    bool bold;
};

// Sizes in points. A4 follows official documents in spirit (二号 title, 小四 body, 五号 tables),
// set in one serif family as they are; the receipt's 10 pt body gives about 20 characters a line
// on 72 mm. One family per layout, regular and bold: every face a PDF embeds costs QPdfWriter
// about 4 ms of CPU (it maps all 65,536 code points back to the glyphs used).
constexpr std::array<RoleSpec, fontRoleCount> a4Roles { {
    { true, 14, true }, // Hall
    { true, 22, true }, // Title
    { true, 12, false }, // Number
    { true, 12, false }, // Body
    { true, 12, true }, // Strong
    { true, 10.5, true }, // TableHeader
    { true, 10.5, false }, // Table
    { true, 8.5, false }, // Small
    { true, 8.5, true }, // SmallStrong
} };
constexpr std::array<RoleSpec, fontRoleCount> receiptRoles { {
    { false, 11, true }, // Hall
    { false, 16, true }, // Title
    { false, 9, false }, // Number
    { false, 10, false }, // Body
    { false, 10, true }, // Strong
    { false, 10, true }, // TableHeader
    { false, 9.5, false }, // Table
    { false, 8, false }, // Small
    { false, 8, true }, // SmallStrong
} };

QFont makeFont(const QString &family, const RoleSpec &spec)
{
    QFont font(family);
    font.setPixelSize(qRound(spec.points * unitsPerPoint));
    font.setBold(spec.bold);
    // Unhinted outlines scale exactly, so the layout measured here is what any device draws.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No OpenType shaping where a script does not need it: Noto CJK's shaping of digits inside
    // Latin runs ("SF01") picks alternate glyphs that have no Unicode value, and QPdfWriter then
    // writes no text for them (pdftotext, search and copy lose the digits of a case number).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QString installedFamily(const QStringList &preferred)
{
    static QMutex mutex;
    static QHash<QStringList, QString> cache;
    const QMutexLocker lock(&mutex);
    const auto cached = cache.constFind(preferred);
    if (cached != cache.constEnd())
        return *cached;
    QString chosen;
    for (const QString &family : preferred)
        if (QFontDatabase::hasFamily(family)) {
            chosen = family;
            break;
        }
    if (chosen.isEmpty()) {
        chosen = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        qCWarning(lcPrinting) << "none of the fonts" << preferred << "is installed; using" << chosen;
    }
    cache.insert(preferred, chosen);
    return chosen;
}

PageStyle PageStyle::forLayout(PaperLayout layout, const HallProfile &profile)
{
    PageStyle style;
    style.m_layout = layout;
    const QString serif = installedFamily(profile.serifFamilies);
    const QString sans = installedFamily(profile.sansFamilies);
    const auto &roles = layout == PaperLayout::A4 ? a4Roles : receiptRoles;
    for (std::size_t i = 0; i < roles.size(); ++i)
        style.m_fonts[i] = makeFont(roles[i].serif ? serif : sans, roles[i]);
    if (layout == PaperLayout::A4) {
        style.m_pageWidth = mm(210);
        style.m_pageHeight = mm(297);
        style.m_margins = QMarginsF(mm(20), mm(15), mm(20), mm(12));
        style.m_footerHeight = mm(10);
        style.m_paragraphGap = mm(1.5);
        style.m_sectionGap = mm(5);
    } else {
        // 80 mm paper, 72 mm printable: the print head's width on common receipt printers.
        style.m_pageWidth = mm(80);
        style.m_pageHeight = 0;
        style.m_margins = QMarginsF(mm(4), mm(4), mm(4), mm(8));
        style.m_footerHeight = 0;
        style.m_paragraphGap = mm(1.5);
        style.m_sectionGap = mm(3.5);
    }
    return style;
}

qreal PageStyle::lineSpacing(FontRole role) const
{
    // Noto CJK's natural line is already 1.45 em; body text on A4 gets a little more air.
    if (!isReceipt() && (role == FontRole::Body || role == FontRole::Strong))
        return 1.1;
    return 1.0;
}

} // namespace OneWindow::Printing::Internal
