#include "materialpool.h"

#include <iterator>

namespace OneWindow::GenCatalog {

namespace {

constexpr Applicant P = Applicant::Person;
constexpr Applicant O = Applicant::Organisation;
constexpr Applicant E = Applicant::Either;
constexpr quint8 OC = Original | Copy;
constexpr quint8 OCE = Original | Copy | Electronic;
constexpr quint8 OE = Original | Electronic;
constexpr quint8 CE = Copy | Electronic;

constexpr MaterialPart materials[] = {
    { u"居民身份证", u"id", OCE, 1, P, u"required", u"", u"验原件，收复印件", false, General },
    { u"居民户口簿", u"id", OC, 1, P, u"required", u"", u"户主页及本人页", false, General },
    { u"近期一寸免冠彩色证件照片", u"other", Original, 2, P, u"required", u"", u"白色背景，不得佩戴首饰", false,
      General },
    { u"居住证", u"id", OCE, 1, P, u"conditional", u"非本区户籍人员申请的", u"", false, General },
    { u"港澳居民来往内地通行证", u"id", OC, 1, P, u"conditional", u"港澳居民申请的", u"", false, General },
    { u"台湾居民来往大陆通行证", u"id", OC, 1, P, u"conditional", u"台湾居民申请的", u"", false, General },
    { u"外国人永久居留身份证或有效护照", u"id", OC, 1, P, u"conditional", u"外籍人员申请的", u"附中文译本", false,
      General },
    { u"结婚证", u"id", OCE, 1, P, u"conditional", u"涉及配偶的", u"", false, General },
    { u"残疾人证", u"id", OCE, 1, P, u"conditional", u"残疾人申请的", u"", false, General },
    { u"退役军人优待证或退伍证", u"id", OC, 1, P, u"conditional", u"退役军人申请的", u"", false, General },
    { u"劳动合同", u"contract", Copy, 1, P, u"required", u"", u"复印件需本人签字", false, Welfare },
    { u"房屋租赁合同", u"contract", OC, 1, P, u"conditional", u"租住房屋的", u"需经住房租赁登记备案", false, General },
    { u"住所使用证明", u"proof", OE, 1, P, u"required", u"", u"", false, General },
    { u"出生医学证明", u"id", OC, 1, P, u"conditional", u"为新生儿办理的", u"", false, General },
    { u"二级以上医院出具的诊断证明", u"proof", Original, 1, P, u"required", u"", u"加盖医院公章", false, Welfare },
    { u"病历资料及检查报告", u"proof", Copy, 1, P, u"optional", u"", u"", false, Welfare },
    { u"家庭收入及财产状况声明", u"form", Original, 1, P, u"required", u"", u"家庭成员逐一签字", true, Welfare },
    { u"本人一类银行账户信息", u"other", CE, 1, P, u"required", u"", u"用于待遇发放", false, Welfare },
    { u"社会保障卡", u"id", OCE, 1, P, u"required", u"", u"", false, Welfare },
    { u"学历证书", u"id", OCE, 1, P, u"conditional", u"按学历条件申请的", u"经学信网认证", false, General },
    { u"体检报告", u"proof", Original, 1, P, u"required", u"", u"6个月内有效", false, General },
    { u"无犯罪记录证明", u"proof", OE, 1, P, u"required", u"", u"可通过数据共享获取", false, General },
    { u"家庭成员关系证明", u"proof", OE, 1, P, u"conditional", u"代家庭成员申请的", u"", false, General },
    { u"居民死亡医学证明（推断）书", u"proof", OC, 1, P, u"conditional", u"因当事人死亡申请的", u"", false, General },
    { u"遗失声明", u"proof", Original, 1, P, u"conditional", u"证件遗失的", u"可在政务服务网在线刊登", false, General },
    { u"解除或终止劳动关系证明", u"proof", OC, 1, P, u"required", u"", u"", false, Welfare },
    { u"医疗费用票据原件", u"other", Original, 1, P, u"required", u"", u"按就诊时间顺序整理", false, Welfare },
    { u"费用明细清单", u"other", OE, 1, P, u"required", u"", u"", false, Welfare },
    { u"学生证或录取通知书", u"id", OC, 1, P, u"conditional", u"在校学生申请的", u"", false, General },
    { u"职业资格证书", u"id", OCE, 1, P, u"conditional", u"持证上岗的", u"", false, General },
    { u"个人承诺书", u"form", Original, 1, P, u"required", u"", u"本人签字确认", true, General },

    { u"营业执照", u"id", OCE, 1, O, u"required", u"", u"复印件加盖公章", false, General },
    { u"法定代表人身份证明书", u"form", Original, 1, O, u"required", u"", u"加盖公章", true, General },
    { u"法定代表人身份证", u"id", OC, 1, O, u"required", u"", u"验原件，收复印件", false, General },
    { u"公司章程", u"other", Copy, 1, O, u"required", u"", u"全体股东签字盖章", false, General },
    { u"股东会决议", u"other", Original, 1, O, u"conditional", u"涉及股东变动的", u"全体股东签字", false, General },
    { u"经营场所平面图", u"other", Original, 1, O, u"required", u"", u"标明面积和功能分区", false, Business },
    { u"经营场所使用证明", u"proof", OC, 1, O, u"required", u"", u"", false, General },
    { u"主要设备设施清单", u"other", OE, 1, O, u"required", u"", u"加盖公章", false, Business },
    { u"从业人员健康证明", u"proof", Copy, 1, O, u"required", u"", u"", false, Business },
    { u"管理制度文本", u"other", OE, 1, O, u"required", u"", u"", false, General },
    { u"消防安全检查合格证明", u"proof", CE, 1, O, u"conditional", u"法律法规要求消防验收的", u"", false, Business },
    { u"环境影响评价文件", u"other", OE, 2, O, u"conditional", u"依法需开展环评的", u"", false, Construction },
    { u"建设工程设计方案", u"other", OE, 3, O, u"required", u"", u"附电子版CAD图纸", false, Construction },
    { u"建设用地规划许可证", u"id", CE, 1, O, u"required", u"", u"", false, Construction },
    { u"土地使用权证明", u"id", CE, 1, O, u"required", u"", u"", false, Construction },
    { u"施工合同", u"contract", Copy, 1, O, u"required", u"", u"加盖骑缝章", false, Construction },
    { u"监理合同", u"contract", Copy, 1, O, u"conditional", u"依法必须实行监理的", u"", false, Construction },
    { u"安全生产管理制度和操作规程", u"other", Original, 1, O, u"required", u"", u"", false,
      Business | Transport | Construction },
    { u"专业技术人员资格证书", u"id", CE, 1, O, u"required", u"", u"加盖公章", false, General },
    { u"上一年度财务会计报告", u"other", OE, 1, O, u"required", u"", u"经会计师事务所审计", false, General },
    { u"纳税证明", u"proof", OE, 1, O, u"optional", u"", u"可通过数据共享获取", false, General },
    { u"基本存款账户信息", u"proof", CE, 1, O, u"optional", u"", u"", false, General },
    { u"原许可证正副本", u"id", Original, 0, O, u"conditional", u"申请变更、延续或注销的", u"收回原证", false,
      General },
    { u"变更事项说明", u"form", Original, 1, O, u"conditional", u"申请变更的", u"", true, General },
    { u"注销申请书", u"form", Original, 1, O, u"conditional", u"申请注销的", u"加盖公章", true, General },
    { u"项目可行性研究报告", u"other", OE, 2, O, u"required", u"", u"", false, Construction },
    { u"车辆行驶证", u"id", OC, 1, O, u"required", u"", u"", false, Transport },
    { u"停车场地证明", u"proof", OC, 1, O, u"conditional", u"经营客运、货运的", u"", false, Transport },

    { u"授权委托书", u"form", Original, 1, E, u"conditional", u"委托他人办理的", u"委托人签字或盖章", true, General },
    { u"受托人身份证", u"id", OC, 1, E, u"conditional", u"委托他人办理的", u"验原件，收复印件", false, General },
    { u"现场照片", u"other", Electronic, 1, E, u"optional", u"", u"能反映现场全貌", false, General },
    { u"情况说明", u"form", Original, 1, E, u"optional", u"", u"", true, General },
    { u"告知承诺书", u"form", Original, 1, E, u"conditional", u"选择告知承诺制办理的", u"", true, General },
};

int indexOf(QStringView name)
{
    for (int i = 0; i < int(std::size(materials)); ++i) {
        if (materials[i].name == name)
            return i;
    }
    Q_UNREACHABLE();
}

} // namespace

std::span<const MaterialPart> materialParts()
{
    return materials;
}

int personIdentityMaterial()
{
    return indexOf(u"居民身份证");
}

int organisationIdentityMaterial()
{
    return indexOf(u"营业执照");
}

quint8 materialDomains(DepartmentId department)
{
    switch (department) {
    case DepartmentId::HumanResources:
    case DepartmentId::MedicalSecurity:
    case DepartmentId::CivilAffairs:
    case DepartmentId::DisabledPersons:
    case DepartmentId::Veterans:
    case DepartmentId::HousingFund:
    case DepartmentId::Justice:
        return General | Welfare;
    case DepartmentId::Health:
    case DepartmentId::Education:
        return General | Welfare | Business;
    case DepartmentId::Housing:
    case DepartmentId::Planning:
    case DepartmentId::Water:
    case DepartmentId::Environment:
    case DepartmentId::Forestry:
    case DepartmentId::UrbanManagement:
        return General | Construction;
    case DepartmentId::Agriculture:
    case DepartmentId::Emergency:
    case DepartmentId::Development:
        return General | Business | Construction;
    case DepartmentId::Transport:
    case DepartmentId::TrafficPolice:
        return General | Transport;
    case DepartmentId::MarketRegulation:
    case DepartmentId::Culture:
    case DepartmentId::Commerce:
    case DepartmentId::Finance:
    case DepartmentId::FinancialAffairs:
    case DepartmentId::Tax:
    case DepartmentId::Industry:
    case DepartmentId::FireRescue:
    case DepartmentId::Religion:
    case DepartmentId::Statistics:
        return General | Business;
    case DepartmentId::Police:
    case DepartmentId::GovernmentOffice:
    case DepartmentId::Archives:
    case DepartmentId::Count:
        break;
    }
    return General;
}

} // namespace OneWindow::GenCatalog
