#pragma once

#include <span>

#include <QByteArrayView>
#include <QStringView>

namespace OneWindow::GenCatalog {

struct DictionaryEntry
{
    QStringView code;
    QStringView label;
};

/// One code table of the package; the generator only uses codes listed here.
struct Dictionary
{
    QByteArrayView name;
    std::span<const DictionaryEntry> entries;
};

/// The five tables of docs/catalog-package.md, in the order they are written.
std::span<const Dictionary> dictionaries();

} // namespace OneWindow::GenCatalog
