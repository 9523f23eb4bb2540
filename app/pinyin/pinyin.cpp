#include "pinyin.h"

#include "pinyintable.h"

#include <algorithm>

namespace OneWindow::Pinyin {

using Internal::table;

std::span<const std::uint16_t> readings(char32_t codePoint)
{
    const std::size_t plane = codePoint >> 16;
    if (plane + 1 >= table.planeBegin.size())
        return {};
    const auto first = table.codePointLow.begin() + table.planeBegin[plane];
    const auto last = table.codePointLow.begin() + table.planeBegin[plane + 1];
    const auto low = std::uint16_t(codePoint & 0xFFFF);
    const auto found = std::lower_bound(first, last, low);
    if (found == last || *found != low)
        return {};
    const auto index = std::size_t(found - table.codePointLow.begin());
    const std::size_t begin = table.readingBegin[index];
    return table.readingIds.subspan(begin, table.readingBegin[index + 1] - begin);
}

QLatin1StringView syllable(std::uint16_t id)
{
    if (id >= syllableCount())
        return {};
    const std::size_t begin = table.syllableBegin[id];
    const std::string_view letters = table.syllableLetters.substr(begin, table.syllableBegin[id + 1] - begin);
    return QLatin1StringView(letters.data(), qsizetype(letters.size()));
}

int syllableCount()
{
    return int(table.syllableBegin.size()) - 1;
}

QStringList readingStrings(char32_t codePoint)
{
    QStringList result;
    for (const std::uint16_t id : readings(codePoint))
        result.append(QString(syllable(id)));
    return result;
}

QString toPinyin(QStringView text)
{
    // A space goes only where a syllable would otherwise run into a word: "B chao",
    // "di 12 hao", but "（ju zhu zheng）". Everything that is not a hanzi stays as written.
    QString result;
    bool afterSyllable = false;
    bool afterWord = false;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype start = i;
        char32_t codePoint = text[i++].unicode();
        if (QChar::isHighSurrogate(codePoint) && i < text.size() && text[i].isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(text[start], text[i++]);
        const std::span<const std::uint16_t> found = readings(codePoint);
        const bool isWord = !found.empty() || QChar::isLetterOrNumber(codePoint);
        if ((afterSyllable && isWord) || (afterWord && !found.empty()))
            result += u' ';
        if (!found.empty())
            result += syllable(found.front());
        else
            result += text.sliced(start, i - start);
        afterSyllable = !found.empty();
        afterWord = isWord;
    }
    return result;
}

} // namespace OneWindow::Pinyin
