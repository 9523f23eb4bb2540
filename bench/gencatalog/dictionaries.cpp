#include "dictionaries.h"

#include <array>

namespace OneWindow::GenCatalog {

namespace {

constexpr DictionaryEntry itemTypes[] = {
    { u"XK", u"行政许可" }, { u"QR", u"行政确认" },     { u"GF", u"行政给付" },
    { u"GG", u"公共服务" }, { u"QT", u"其他行政权力" },
};

constexpr DictionaryEntry levels[] = {
    { u"district", u"区级" },
    { u"street", u"街道" },
    { u"community", u"社区" },
};

constexpr DictionaryEntry materialForms[] = {
    { u"original", u"原件" },
    { u"copy", u"复印件" },
    { u"electronic", u"电子" },
};

constexpr DictionaryEntry materialTypes[] = {
    { u"id", u"证照" },           { u"form", u"申请表" }, { u"proof", u"证明" },
    { u"contract", u"合同协议" }, { u"other", u"其他" },
};

constexpr DictionaryEntry necessities[] = {
    { u"required", u"必要" },
    { u"conditional", u"按情形提交" },
    { u"optional", u"非必要" },
};

constexpr std::array<Dictionary, 5> tables { {
    { "itemType", itemTypes },
    { "level", levels },
    { "materialForm", materialForms },
    { "materialType", materialTypes },
    { "necessity", necessities },
} };

} // namespace

std::span<const Dictionary> dictionaries()
{
    return tables;
}

} // namespace OneWindow::GenCatalog
