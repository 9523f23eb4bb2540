#pragma once

#include <QByteArray>

#include <map>
#include <string>
#include <vector>

namespace OneWindow::PinyinGen {

/// The pinyin fields Unihan gives one character, each reading already toneless
/// (see tonelessSyllable) and in the field's own order, duplicates included.
struct CharacterFields
{
    std::vector<std::string> mandarin; ///< kMandarin: the customary reading; a second one is Taiwan's
    std::vector<std::string> tghz2013; ///< kTGHZ2013: 通用规范汉字字典 (2013), every current reading
    std::vector<std::string> xhc1983; ///< kXHC1983: 现代汉语词典, every current reading
    std::vector<std::string> hanyuPinyin; ///< kHanyuPinyin: 汉语大字典, archaic readings included
    std::map<std::string, int> pinluFrequency; ///< kHanyuPinlu: occurrences in a corpus of modern texts
};

/// Unihan_Readings.txt reduced to what the pinyin table needs: the reading fields of every
/// CJK ideograph (BMP and supplementary planes). Every value is checked against its
/// field's syntax (kXHC1983 "0295.020:cháng 1335.010:zhǎng", kHanyuPinyin
/// "10093.130:xī,lǔ", …), so a format change in a later Unicode fails the build.
struct UnihanReadings
{
    std::string unicodeVersion; ///< from the file's header, e.g. "15.0.0"; empty if absent
    std::map<char32_t, CharacterFields> characters;
};

/// Parses the text; `sourceName` prefixes error messages ("Unihan_Readings.txt:812: …").
/// Throws GenerationError.
UnihanReadings parseUnihanReadings(const QByteArray &text, const std::string &sourceName);

bool isCjkIdeograph(char32_t codePoint);

} // namespace OneWindow::PinyinGen
