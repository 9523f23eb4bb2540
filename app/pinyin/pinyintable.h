#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace OneWindow::Pinyin::Internal {

/// The hanzi → pinyin table, generated at build time by tools/pinyingen from Unihan.
/// Characters are grouped by Unicode plane and keep only the low 16 bits of their code
/// point, and every index is 16 bits wide, which halves the table (about 250 KB).
/// All of it is constant data, initialised before any code runs.
struct Table
{
    /// 18 entries: the characters of plane p are [planeBegin[p], planeBegin[p + 1]).
    std::span<const std::uint32_t> planeBegin;
    /// Low 16 bits of each character's code point, ascending within its plane.
    std::span<const std::uint16_t> codePointLow;
    /// One entry more than characters: character i's readings are
    /// readingIds[readingBegin[i]] up to readingIds[readingBegin[i + 1]].
    std::span<const std::uint16_t> readingBegin;
    /// Syllable ids, each character's most common reading first.
    std::span<const std::uint16_t> readingIds;
    /// One entry more than syllables: syllable s is syllableLetters[syllableBegin[s]] up to
    /// syllableLetters[syllableBegin[s + 1]]. Syllables are numbered alphabetically.
    std::span<const std::uint16_t> syllableBegin;
    std::string_view syllableLetters;
};

/// Defined in the generated pinyintable.cpp.
extern const Table table;

} // namespace OneWindow::Pinyin::Internal
