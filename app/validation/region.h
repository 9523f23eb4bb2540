#pragma once

#include <QString>

namespace OneWindow::Validation {

/// The four levels an address form walks down (GB/T 2260 and GB/T 10114).
enum class RegionLevel {
    Province, ///< 省级: province, autonomous region, municipality (440000)
    City, ///< 地级: prefecture-level city, league, or a municipality's 市辖区 (440100)
    County, ///< 县级: district, county, county-level city (440106)
    Street, ///< 乡级: township, town or street office (440106001, nine digits)
};

/// One administrative division as Regions hands it out. `code` has 6 digits for the first
/// three levels and 9 for a street; `name` is the name the data gives (Chinese, not
/// translated). A placeholder level (the 市辖区 between 北京市 and 东城区) is left out of
/// printed addresses; a fictional division exists only for the demo hall (示范市示范区).
/// A default-constructed Region (empty code) stands for "no such division".
struct Region
{
    QString code;
    QString name;
    RegionLevel level = RegionLevel::Province;
    bool placeholder = false;
    bool fictional = false;

    bool isValid() const { return !code.isEmpty(); }
};

} // namespace OneWindow::Validation
