#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace OneWindow::PinyinGen {

/// The arrays of OneWindow::Pinyin::Internal::Table (app/pinyin/pinyintable.h), filled.
/// Characters are grouped by Unicode plane and keep only their low 16 bits, and every index
/// is 16 bits wide: about 250 KB for Unicode 15's 41,000 characters instead of twice that.
struct PinyinTable
{
    std::vector<std::uint32_t> planeBegin; ///< 18 entries: plane p is [planeBegin[p], planeBegin[p + 1])
    std::vector<std::uint16_t> codePointLow;
    std::vector<std::uint16_t> readingBegin; ///< one entry more than characters
    std::vector<std::uint16_t> readingIds;
    std::vector<std::uint16_t> syllableBegin; ///< one entry more than syllables
    std::string syllableLetters;

    std::size_t characterCount() const { return codePointLow.size(); }
    std::size_t syllableCount() const { return syllableBegin.size() - 1; }
    /// What the arrays take in the program, in bytes.
    std::size_t dataBytes() const;
};

/// Numbers the syllables alphabetically, so an id means the same letters in every build
/// from the same data. Characters with no reading are left out. Throws GenerationError
/// when the data outgrows the 16-bit indices.
PinyinTable buildTable(const std::map<char32_t, std::vector<std::string>> &readings);

/// The C++ source defining OneWindow::Pinyin::Internal::table; `provenance` goes into its
/// opening comment.
std::string tableSource(const PinyinTable &table, const std::string &provenance);

} // namespace OneWindow::PinyinGen
