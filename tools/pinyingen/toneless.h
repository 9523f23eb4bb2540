#pragma once

#include <QStringView>

#include <string>

namespace OneWindow::PinyinGen {

/// A Unihan reading ("zhǎng", "lǜ", "ḿ") as a search index keys it: lowercase a–z without
/// tone marks, ü written v as pinyin keyboards type it ("lv"), ê written e. Throws
/// GenerationError on any other letter, so a new notation in a later Unihan is noticed at
/// build time instead of producing syllables nobody can type.
std::string tonelessSyllable(QStringView reading);

} // namespace OneWindow::PinyinGen
