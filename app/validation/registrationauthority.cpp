#include "registrationauthority.h"

namespace OneWindow::Validation::Internal {

namespace {
// Category lists as published with the additions to GB 32100-2015; "9" is "other" where given.
constexpr RegistrationAuthority authorities[] = {
    { u'1', u"1239" }, // 机构编制: 机关, 事业单位, 编办管理的群众团体, 其他
    { u'2', u"19" }, // 外交: 外国常驻新闻机构, 其他
    { u'3', u"123459" }, // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
    { u'4', u"19" }, // 文化: 外国在华文化中心, 其他
    { u'5', u"1239" }, // 民政: 社会团体, 民办非企业单位, 基金会, 其他
    { u'6', u"129" }, // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻代表机构, 其他
    { u'7', u"129" }, // 宗教: 宗教活动场所, 宗教院校, 其他
    { u'8', u"19" }, // 工会: 基层工会, 其他
    { u'9', u"123" }, // 工商 / 市场监管: 企业, 个体工商户, 农民专业合作社
    { u'A', u"19" }, // 中央军委改革和编制办公室: 军队事业单位, 其他
    { u'N', u"1239" }, // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
    { u'Y', u"1" }, // 其他: not divided further
};
} // namespace

std::span<const RegistrationAuthority> registrationAuthorities()
{
    return authorities;
}

const RegistrationAuthority *findRegistrationAuthority(QChar code)
{
    for (const RegistrationAuthority &authority : authorities) {
        if (authority.code == code.unicode())
            return &authority;
    }
    return nullptr;
}

} // namespace OneWindow::Validation::Internal
