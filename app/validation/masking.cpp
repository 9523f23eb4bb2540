#include "masking.h"

#include "inputfolding.h"
#include "phonenumber.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace OneWindow::Validation {

namespace {

constexpr QChar maskChar = u'*';
constexpr int idLength = 18;
constexpr int idKeptHead = 6;
constexpr int keptTail = 4;

/// The compound surnames, read once from the resource (thread-safe static initialisation).
const QSet<QString> &compoundSurnames()
{
    static const QSet<QString> surnames = [] {
        QSet<QString> set;
        QFile file(u":/validation/compound-surnames.txt"_s);
        if (file.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(file.readAll());
            for (const QStringView line : QStringView(text).tokenize(u'\n')) {
                const QStringView name = line.trimmed();
                if (!name.isEmpty() && !name.startsWith(u'#'))
                    set.insert(name.toString());
            }
        }
        return set;
    }();
    return surnames;
}

bool isNameSeparator(char32_t c)
{
    // spaces, the middle dots of transliterated names (U+00B7, U+2022, U+2027, U+30FB), hyphen, full stop
    return QChar::isSpace(c) || c == 0x00B7 || c == 0x2022 || c == 0x2027 || c == 0x30FB || c == u'-' || c == u'.';
}

/// Keeps the last `keep` digits of `text` and masks every other digit; other characters stay.
QString maskDigitsButLast(const QString &text, int keep)
{
    QString out = text;
    int seen = 0;
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        if (Internal::isAsciiDigit(out[i]) && seen++ >= keep)
            out[i] = maskChar;
    }
    return out;
}

} // namespace

QString Masking::residentId(QStringView id)
{
    const QString compact = Internal::compactUpper(id);
    if (compact.size() == idLength)
        return compact.left(idKeptHead) + QString(idLength - idKeptHead - keptTail, maskChar) + compact.right(keptTail);
    if (compact.size() >= 2 * keptTail)
        return QString(compact.size() - keptTail, maskChar) + compact.right(keptTail);
    return QString(compact.size(), maskChar);
}

QString Masking::phone(QStringView phone)
{
    const PhoneCheck check = PhoneValidator::check(phone);
    if (!check.isValid())
        return maskDigitsButLast(Internal::foldWidth(phone).trimmed(), keptTail);
    if (check.kind == PhoneKind::Mobile)
        return check.subscriber.left(3) + QString(4, maskChar) + check.subscriber.right(keptTail);
    return check.areaCode + u'-' + QString(check.subscriber.size() - keptTail, maskChar)
        + check.subscriber.right(keptTail);
}

QString Masking::personName(QStringView name)
{
    const QList<uint> chars = name.trimmed().toUcs4();
    qsizetype letters = 0;
    for (const uint c : chars)
        letters += isNameSeparator(c) ? 0 : 1;
    qsizetype keep = letters > 1 ? 1 : 0;
    if (letters >= 3 && chars.size() >= 2 && !isNameSeparator(chars[0]) && !isNameSeparator(chars[1])) {
        const QString firstTwo = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), 2);
        if (compoundSurnames().contains(firstTwo))
            keep = 2;
    }
    QString out;
    out.reserve(name.size());
    qsizetype kept = 0;
    for (const uint c : chars) {
        if (isNameSeparator(c)) {
            out.append(QChar(char16_t(c)));
        } else if (kept < keep) {
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
            ++kept;
        } else {
            out.append(maskChar);
        }
    }
    return out;
}

} // namespace OneWindow::Validation
