#pragma once

#include <cstdint>
#include <span>

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

/// Hanzi → pinyin, from a table generated at build time from Unicode's Unihan readings
/// (DESIGN.md §6): every reading in current use (长: zhang, chang), no archaic ones
/// (居 lists ju, not ji), toneless and lowercase, ü written v (绿: lv). The table is constant
/// data: lookups are a binary search, safe from any thread, with nothing to load first.
namespace OneWindow::Pinyin {

/// Toneless lowercase readings of one character, most common first; empty for a non-hanzi.
/// Each entry is a syllable id; syllable(id) gives its letters ("zhang", "lv").
std::span<const std::uint16_t> readings(char32_t codePoint);
/// The letters of a syllable id, a–z only; empty for an id past syllableCount().
QLatin1StringView syllable(std::uint16_t id);
/// Syllable ids run from 0 to syllableCount() - 1, in alphabetical order of their letters.
int syllableCount();
/// Convenience for tests and display: readings as strings.
QStringList readingStrings(char32_t codePoint);
/// Space-separated first reading of each character (non-hanzi kept as they are), e.g. "ju zhu zheng".
QString toPinyin(QStringView text);

} // namespace OneWindow::Pinyin
