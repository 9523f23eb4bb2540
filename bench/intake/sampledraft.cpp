#include "sampledraft.h"

#include <QCryptographicHash>

#include "intake/checklist.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Bench {

namespace {

QJsonObject address(const QString &district, const QString &street, const QString &detail)
{
    return QJsonObject { { u"province"_s, u"北京市"_s },
                         { u"city"_s, u"北京市"_s },
                         { u"district"_s, district },
                         { u"street"_s, street },
                         { u"detail"_s, detail } };
}

QJsonObject member(const QString &name, const QString &relation, const QString &id, const QString &phone,
                   const QString &employer, bool investor)
{
    return QJsonObject { { u"name"_s, name },   { u"relation"_s, relation }, { u"idNumber"_s, id },
                         { u"phone"_s, phone }, { u"employer"_s, employer }, { u"investor"_s, investor } };
}

} // namespace

QJsonObject sampleForm()
{
    const QJsonObject home = address(u"朝阳区"_s, u"建外街道"_s, u"建国路88号院3号楼2单元1502室"_s);
    const QJsonObject shop = address(u"朝阳区"_s, u"三里屯街道"_s, u"工人体育场北路甲2号裙房一层108号"_s);
    return QJsonObject {
        { u"applicantName"_s, u"王秀英"_s },
        { u"gender"_s, u"female"_s },
        { u"ethnicity"_s, u"汉族"_s },
        { u"birthDate"_s, u"1986-04-17"_s },
        { u"idType"_s, u"residentId"_s },
        { u"idNumber"_s, u"110105198604170028"_s },
        { u"idIssuedBy"_s, u"北京市公安局朝阳分局"_s },
        { u"idValidUntil"_s, u"2036-05-20"_s },
        { u"phone"_s, u"13911062587"_s },
        { u"landline"_s, u"010-65123478"_s },
        { u"email"_s, u"wangxy1986@example.cn"_s },
        { u"homeAddress"_s, home },
        { u"postalCode"_s, u"100022"_s },
        { u"education"_s, u"大学本科"_s },
        { u"politicalStatus"_s, u"群众"_s },
        { u"previousOccupation"_s, u"餐饮企业店长，负责门店日常经营与员工排班"_s },
        { u"businessName"_s, u"北京市朝阳区秀英家常菜馆"_s },
        { u"businessNameAlternative1"_s, u"北京市朝阳区英姐小厨餐馆"_s },
        { u"businessNameAlternative2"_s, u"北京市朝阳区王家灶台餐馆"_s },
        { u"organizationForm"_s, u"individual"_s },
        { u"businessAddress"_s, shop },
        { u"businessPostalCode"_s, u"100027"_s },
        { u"premisesArea"_s, 86.5 },
        { u"premisesOwnership"_s, u"leased"_s },
        { u"leaseStart"_s, u"2025-03-01"_s },
        { u"leaseEnd"_s, u"2030-02-28"_s },
        { u"landlord"_s, u"北京三里屯商业管理有限公司"_s },
        { u"landlordCreditCode"_s, u"91110105MA01ABCD3X"_s },
        { u"capital"_s, 150000 },
        { u"employees"_s, 6 },
        { u"businessScope"_s,
          u"餐饮服务（不产生油烟、异味、废气）；食品销售（仅销售预包装食品）；"
          "外卖递送服务；日用百货销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"_s },
        { u"mainActivity"_s, u"中式正餐服务"_s },
        { u"industryCode"_s, u"6211"_s },
        { u"openingHours"_s, u"每日10:00—22:00"_s },
        { u"foodLicenceNeeded"_s, true },
        { u"foodCategories"_s, QJsonArray { u"热食类食品制售"_s, u"冷食类食品制售"_s, u"预包装食品销售"_s } },
        { u"seats"_s, 48 },
        { u"kitchenArea"_s, 22.0 },
        { u"fireSafetyChecked"_s, true },
        { u"signboardText"_s, u"秀英家常菜"_s },
        { u"signboardSize"_s, u"长4.2米，高0.8米，发光字"_s },
        { u"taxRegistration"_s, u"monthly"_s },
        { u"invoiceNeeded"_s, true },
        { u"bankName"_s, u"中国工商银行北京朝阳支行"_s },
        { u"bankAccount"_s, u"0200 0045 0910 0123 456"_s },
        { u"socialInsurance"_s, u"employeesInsured"_s },
        { u"agentPresent"_s, true },
        { u"agentName"_s, u"李建国"_s },
        { u"agentIdNumber"_s, u"110105197911230415"_s },
        { u"agentPhone"_s, u"13601157733"_s },
        { u"deliveryMethod"_s, u"courier"_s },
        { u"deliveryAddress"_s, home },
        { u"remark"_s, u"申请人称原营业执照已于去年注销，现重新申请，门店装修已完成。"_s },
        { u"familyMembers"_s,
          QJsonArray { member(u"李建国"_s, u"配偶"_s, u"110105197911230415"_s, u"13601157733"_s,
                              u"北京市朝阳区环境卫生服务中心"_s, true),
                       member(u"李思雨"_s, u"女儿"_s, u"110105200809120046"_s, u""_s, u"北京市第八十中学"_s, false),
                       member(u"王德福"_s, u"父亲"_s, u"110105195502030313"_s, u"13501023846"_s, u"退休"_s, false),
                       member(u"张桂兰"_s, u"母亲"_s, u"110105195708150524"_s, u"13501023847"_s, u"退休"_s, false) } },
    };
}

QJsonArray sampleChecklist()
{
    using Intake::MaterialRecord;
    using Intake::Provision;
    const struct
    {
        const char16_t *id;
        Provision provision;
        int copies;
        const char16_t *problem;
        int pages;
    } rows[] = {
        { u"M01", Provision::Original, 1, u"", 2 },
        { u"M02", Provision::Copy, 2, u"", 1 },
        { u"M03", Provision::Electronic, 0, u"", 0 },
        { u"M04", Provision::Original, 1, u"", 3 },
        { u"M05", Provision::Missing, 0, u"租赁合同未带原件，需补交", 0 },
        { u"M06", Provision::Copy, 1, u"", 1 },
        { u"M07", Provision::NotApplicable, 0, u"", 0 },
        { u"M08", Provision::Incorrect, 0, u"房屋产权证明复印件不清晰，请重新复印", 1 },
        { u"M09", Provision::Original, 1, u"", 2 },
        { u"M10", Provision::Pending, 0, u"", 0 },
        { u"M11", Provision::Copy, 1, u"", 1 },
        { u"M12", Provision::Electronic, 0, u"", 0 },
    };
    QJsonArray checklist;
    for (const auto &row : rows) {
        MaterialRecord record = MaterialRecord::forMaterial(QString::fromUtf16(row.id));
        record.provision = row.provision;
        record.copiesReceived = row.copies;
        record.problem = QString::fromUtf16(row.problem);
        for (int page = 0; page < row.pages; ++page) {
            const QByteArray seed = record.materialId.toUtf8() + QByteArray::number(page);
            record.pages.append(
                QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex()));
        }
        checklist.append(record.toJson());
    }
    return checklist;
}

QStringList typedFields()
{
    return { u"remark"_s, u"businessScope"_s, u"previousOccupation"_s, u"signboardSize"_s, u"openingHours"_s };
}

} // namespace OneWindow::Bench
