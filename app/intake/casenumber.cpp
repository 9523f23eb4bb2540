#include "casenumber.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

QString CaseNumber::format(const QString &hallCode, int window, QDate day, int sequence)
{
    return hallCode + u'-' + QString::number(window).rightJustified(2, u'0') + u'-' + day.toString(u"yyyyMMdd"_s) + u'-'
        + QString::number(sequence).rightJustified(4, u'0');
}

QString CaseNumber::sequenceName(const QString &hallCode, int window, QDate day)
{
    return u"case/"_s + hallCode + u'/' + QString::number(window) + u'/' + day.toString(Qt::ISODate);
}

QString CaseNumber::publicCode(QRandomGenerator &random)
{
    // 31 symbols: digits and capitals without the ones people misread (0 O 1 I L).
    static const QString alphabet = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ"_s;
    QString code;
    for (int i = 0; i < 6; ++i)
        code.append(alphabet.at(int(random.bounded(quint32(alphabet.size())))));
    return code;
}

QString CaseNumber::document(const QString &prefix, int year, int window, int sequence)
{
    return prefix + u'\x3014' + QString::number(year) + u'\x3015' + QString::number(window).rightJustified(2, u'0')
        + u'-' + QString::number(sequence).rightJustified(4, u'0') + u'\x53f7';
}

} // namespace OneWindow::Intake
