#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace OneWindow::Catalog {

/// Narrows a search; empty members do not filter.
struct SearchFilter
{
    QString department; ///< department code
    QString level; ///< level code
    bool cityWideOnly = false; ///< 通办
    bool instantOnly = false; ///< 即办

    bool operator==(const SearchFilter &) const = default;
};

/// How well an item matched, best first. Results are ordered by tier, then by this window's
/// own use of the item, then by shorter name, then by catalog order.
enum class MatchTier : std::uint8_t {
    Exact, ///< the whole name, short name or code
    Prefix, ///< the start of one of those, or a keyword
    Substring, ///< anywhere in name, short name or keywords (and every item for an empty query)
    Department, ///< the item's department matched
    None,
};

struct SearchHit
{
    std::uint32_t item = 0; ///< index into SearchIndex::items()
    MatchTier tier = MatchTier::None;
};

struct SearchResult
{
    std::vector<SearchHit> hits; ///< best first, at most the limit asked for
    int total = 0; ///< every match, before the limit
};

} // namespace OneWindow::Catalog
