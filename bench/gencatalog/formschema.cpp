#include "formschema.h"

#include "seededrandom.h"

using namespace Qt::StringLiterals;

namespace OneWindow::GenCatalog {

namespace {

FormField field(const QString &key, const QString &label, const QString &type, bool required = false)
{
    FormField result;
    result.key = key;
    result.label = label;
    result.type = type;
    result.required = required;
    return result;
}

FormField choice(const QString &key, const QString &label, const QStringList &options, bool required = false)
{
    FormField result = field(key, label, u"choice"_s, required);
    result.options = options;
    return result;
}

FormField shownWhen(FormField shown, const QString &field, const QString &equals)
{
    shown.visibleWhenField = field;
    shown.visibleWhenText = equals;
    return shown;
}

void addPersonFields(QRandomGenerator &random, QList<FormField> &fields)
{
    fields.append(field(u"applicantName"_s, u"申请人姓名"_s, u"text"_s, true));
    fields.append(field(u"residentId"_s, u"公民身份号码"_s, u"residentId"_s, true));
    FormField phone = field(u"phone"_s, u"联系电话"_s, u"phone"_s, true);
    phone.hint = u"用于接收办理进度短信"_s;
    fields.append(phone);
    if (chance(random, 60))
        fields.append(field(u"address"_s, u"现居住地址"_s, u"address"_s));
    if (chance(random, 40)) {
        fields.append(choice(u"applyMode"_s, u"办理方式"_s, { u"本人办理"_s, u"委托代办"_s }, true));
        fields.append(
            shownWhen(field(u"agentName"_s, u"代办人姓名"_s, u"text"_s, true), u"applyMode"_s, u"委托代办"_s));
        fields.append(shownWhen(field(u"agentId"_s, u"代办人公民身份号码"_s, u"residentId"_s, true), u"applyMode"_s,
                                u"委托代办"_s));
    }
    if (chance(random, 20)) {
        FormField family = field(u"familyMembers"_s, u"家庭成员"_s, u"group"_s);
        family.fields = {
            field(u"memberName"_s, u"姓名"_s, u"text"_s, true),
            choice(u"relation"_s, u"与申请人关系"_s, { u"配偶"_s, u"子女"_s, u"父母"_s, u"其他"_s }, true),
            field(u"memberId"_s, u"公民身份号码"_s, u"residentId"_s),
            field(u"monthlyIncome"_s, u"月收入（元）"_s, u"number"_s),
        };
        fields.append(family);
    }
}

void addOrganisationFields(QRandomGenerator &random, QList<FormField> &fields)
{
    fields.append(field(u"entityName"_s, u"单位名称"_s, u"text"_s, true));
    fields.append(field(u"uscc"_s, u"统一社会信用代码"_s, u"uscc"_s, true));
    fields.append(field(u"legalRepresentative"_s, u"法定代表人"_s, u"text"_s, true));
    fields.append(field(u"contactName"_s, u"经办人"_s, u"text"_s, true));
    fields.append(field(u"contactPhone"_s, u"经办人联系电话"_s, u"phone"_s, true));
    fields.append(field(u"address"_s, u"住所（经营场所）"_s, u"address"_s, true));
    if (chance(random, 40))
        fields.append(field(u"postalCode"_s, u"邮政编码"_s, u"postalCode"_s));
    if (chance(random, 25)) {
        FormField scope = field(u"businessScope"_s, u"申请范围"_s, u"multiChoice"_s, true);
        scope.options = { u"生产"_s, u"经营"_s, u"仓储"_s, u"运输"_s, u"服务"_s };
        fields.append(scope);
    }
    if (chance(random, 15)) {
        FormField holders = field(u"shareholders"_s, u"股东（出资人）"_s, u"group"_s);
        holders.fields = {
            field(u"holderName"_s, u"股东名称"_s, u"text"_s, true),
            choice(u"holderIdType"_s, u"证件类型"_s, { u"居民身份证"_s, u"统一社会信用代码"_s, u"护照"_s }, true),
            field(u"holderId"_s, u"证件号码"_s, u"text"_s, true),
            field(u"capital"_s, u"认缴出资额（万元）"_s, u"number"_s),
        };
        fields.append(holders);
    }
}

} // namespace

QList<FormField> intakeForm(QRandomGenerator &random, Applicant applicant, bool courier)
{
    QList<FormField> fields;
    if (applicant == Applicant::Organisation)
        addOrganisationFields(random, fields);
    else
        addPersonFields(random, fields);
    if (chance(random, 20))
        fields.append(field(u"eventDate"_s, u"事项发生日期"_s, u"date"_s));
    if (courier) {
        fields.append(field(u"delivery"_s, u"邮寄送达"_s, u"bool"_s));
        FormField address = field(u"deliveryAddress"_s, u"邮寄地址"_s, u"address"_s, true);
        address.visibleWhenField = u"delivery"_s;
        address.visibleWhenTrue = true;
        fields.append(address);
    }
    if (chance(random, 30)) {
        FormField remark = field(u"remark"_s, u"备注"_s, u"text"_s);
        remark.hint = u"其他需要说明的情况"_s;
        fields.append(remark);
    }
    return fields;
}

} // namespace OneWindow::GenCatalog
