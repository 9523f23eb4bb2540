#pragma once

#include "unihan.h"

#include <string>
#include <vector>

namespace OneWindow::PinyinGen {

/// The readings the table lists for a character (DESIGN.md §6): the union of kMandarin,
/// kTGHZ2013 and kXHC1983, which hold every reading in current use (长: zhang, chang);
/// kHanyuPinyin only when none of those covers the character, since it also carries
/// archaic readings (居 jī, 还 fú) that would make searches match the wrong items.
///
/// Toneless and without duplicates. kMandarin's readings come first, the rest by how often
/// kHanyuPinlu's corpus used them (行: xing, then hang), then in dictionary order.
std::vector<std::string> chosenReadings(const CharacterFields &fields);

} // namespace OneWindow::PinyinGen
