#include "placeholders.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace OneWindow::Printing::Internal {
namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([A-Za-z]+)\\}"_s);
    return pattern;
}

} // namespace

const QStringList &Placeholders::known()
{
    static const QStringList names {
        // the hall
        u"hall"_s, u"office"_s, u"hotline"_s, u"lookupSite"_s, u"lookupUrl"_s, u"reconsiderationBody"_s, u"court"_s,
        // the case
        u"caseNumber"_s, u"documentNumber"_s, u"publicCode"_s, u"issuedDate"_s, u"issuedDateTime"_s, u"item"_s,
        u"itemCode"_s, u"department"_s, u"applicant"_s, u"applicantId"_s, u"phone"_s, u"agent"_s, u"agentId"_s,
        u"window"_s, u"staff"_s, u"days"_s, u"dueDate"_s, u"provisional"_s, u"delivery"_s, u"reason"_s, u"basis"_s,
        u"materialCount"_s, u"received"_s,
        // one material, one page, one document
        u"copies"_s, u"pages"_s, u"page"_s, u"pageCount"_s, u"title"_s
    };
    return names;
}

QStringList Placeholders::usedIn(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

QString Placeholders::fill(const QString &text, const QHash<QString, QString> &values)
{
    if (!text.contains(u'{'))
        return text;
    QString result;
    result.reserve(text.size() + 32);
    qsizetype done = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(done, match.capturedStart() - done);
        result += values.value(match.captured(1));
        done = match.capturedEnd();
    }
    result += QStringView(text).mid(done);
    return result;
}

} // namespace OneWindow::Printing::Internal
