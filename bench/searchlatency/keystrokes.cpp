#include "keystrokes.h"

#include <algorithm>

#include "pinyin/pinyin.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Bench {
namespace {

bool isQueryLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// What a clerk types for the whole name in pinyin: letters and digits, no spaces or brackets.
QString fullPinyin(const QString &pinyin)
{
    QString letters;
    for (QChar c : pinyin)
        if (isQueryLetter(c))
            letters += c;
    return letters;
}

// The first letter of each syllable; a number stays whole ("di 12 hao" gives d12h).
QString initials(const QString &pinyin)
{
    QString result;
    const QStringList words = pinyin.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString letters = fullPinyin(word);
        if (letters.isEmpty())
            continue;
        if (letters[0].isDigit())
            result += letters;
        else
            result += letters[0];
    }
    return result;
}

void typeOut(const QString &text, QueryKind kind, std::vector<Keystroke> &out)
{
    const int typed = int(std::min<qsizetype>(text.size(), maxTypedLength));
    for (int length = 1; length <= typed; ++length)
        out.push_back({ text.left(length), kind, length });
}

} // namespace

QString kindName(QueryKind kind)
{
    switch (kind) {
    case QueryKind::Hanzi:
        return u"hanzi"_s;
    case QueryKind::Pinyin:
        return u"pinyin"_s;
    case QueryKind::Initials:
        return u"initials"_s;
    case QueryKind::Code:
        return u"code"_s;
    }
    return QString();
}

std::vector<Keystroke> keystrokes(const std::vector<Catalog::ItemSummary> &items, int targets)
{
    std::vector<Keystroke> out;
    if (items.empty() || targets <= 0)
        return out;
    const std::size_t count = items.size();
    for (int t = 0; t < targets; ++t) {
        // Evenly spread, offset so that the first target is not item 0 of every catalog.
        const Catalog::ItemSummary &item = items[(std::size_t(t) * count / std::size_t(targets) + 7) % count];
        const QString pinyin = Pinyin::toPinyin(item.name).toLower();
        typeOut(item.name, QueryKind::Hanzi, out);
        typeOut(fullPinyin(pinyin), QueryKind::Pinyin, out);
        typeOut(initials(pinyin), QueryKind::Initials, out);
        if (t % 10 == 0)
            typeOut(item.code, QueryKind::Code, out);
    }
    return out;
}

} // namespace OneWindow::Bench
