#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace OneWindow::Catalog::Internal {

/// Where a package's parts lie in its text, found by one pass over the bytes that only follows
/// strings and brackets. It lets each guide be parsed on its own (on every core, with small
/// buffers) instead of building one tree of the whole package: at 100k guides the tree's
/// hundreds of megabytes cost more to allocate than to fill.
struct PackageLayout
{
    std::size_t itemsBegin = 0; ///< offset of the items array's '['
    std::size_t itemsEnd = 0; ///< offset just past its ']'
    std::vector<std::string_view> items; ///< each element's text, as written
};

/// Nothing when the text is not laid out as a package object with a plain "items" key;
/// the caller then reads it the slow, general way (which also reports syntax errors).
std::optional<PackageLayout> scanPackage(std::string_view json);

} // namespace OneWindow::Catalog::Internal
