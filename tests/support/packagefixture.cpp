#include "packagefixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace OneWindow::Test {
namespace {

QJsonArray table(std::initializer_list<std::pair<QString, QString>> rows)
{
    QJsonArray array;
    for (const auto &[code, label] : rows)
        array.append(QJsonObject { { u"code"_s, code }, { u"label"_s, label } });
    return array;
}

} // namespace

QJsonObject sampleItem(const QString &code, const QString &name, const QString &department)
{
    const QJsonObject material {
        { u"id"_s, u"m1"_s },
        { u"name"_s, u"居民身份证"_s },
        { u"forms"_s, QJsonArray { u"original"_s, u"copy"_s } },
        { u"type"_s, u"id"_s },
        { u"copies"_s, 1 },
        { u"necessity"_s, u"required"_s },
        { u"notes"_s, u"复印件需本人签字"_s },
    };
    const QJsonObject agentMaterial {
        { u"id"_s, u"m2"_s },
        { u"name"_s, u"授权委托书"_s },
        { u"forms"_s, QJsonArray { u"original"_s } },
        { u"type"_s, u"form"_s },
        { u"copies"_s, 1 },
        { u"necessity"_s, u"conditional"_s },
        { u"condition"_s, u"委托他人办理的"_s },
    };
    const QJsonObject form { { u"fields"_s,
                               QJsonArray {
                                   QJsonObject { { u"key"_s, u"applicantName"_s },
                                                 { u"label"_s, u"申请人姓名"_s },
                                                 { u"type"_s, u"text"_s },
                                                 { u"required"_s, true } },
                                   QJsonObject { { u"key"_s, u"idNumber"_s },
                                                 { u"label"_s, u"公民身份号码"_s },
                                                 { u"type"_s, u"residentId"_s },
                                                 { u"required"_s, true } },
                               } } };
    return QJsonObject {
        { u"code"_s, code },
        { u"baseCode"_s, u"000101001000"_s },
        { u"implCode"_s, u"11440106MB2C90312X000101001000"_s },
        { u"version"_s, 1 },
        { u"name"_s, name },
        { u"shortName"_s, name },
        { u"keywords"_s, QJsonArray {} },
        { u"department"_s, department.isEmpty() ? u"GA"_s : department },
        { u"itemType"_s, u"GG"_s },
        { u"levels"_s, QJsonArray { u"district"_s, u"street"_s } },
        { u"reviewType"_s, u"promised"_s },
        { u"legalLimitDays"_s, 20 },
        { u"promisedLimitDays"_s, 5 },
        { u"fees"_s, QJsonArray {} },
        { u"place"_s, u"区政务服务中心综合窗口"_s },
        { u"hours"_s, u"周一至周五 9:00-12:00，13:30-17:30"_s },
        { u"hotline"_s, u"0755-80001234"_s },
        { u"legalBasis"_s, QJsonArray { u"《居住证暂行条例》第十二条"_s } },
        { u"steps"_s, QJsonArray { QJsonObject { { u"name"_s, u"受理"_s }, { u"description"_s, u"窗口收件"_s } } } },
        { u"resultName"_s, u"居住证"_s },
        { u"flags"_s,
          QJsonObject {
              { u"cityWide"_s, true }, { u"courier"_s, false }, { u"appointment"_s, true }, { u"online"_s, false } } },
        { u"materials"_s, QJsonArray { material, agentMaterial } },
        { u"form"_s, form },
    };
}

QJsonObject samplePackage(qint64 version)
{
    QJsonObject instant = sampleItem(u"ITEM-0003"_s, u"临时身份证明开具"_s);
    instant[u"reviewType"_s] = u"instant"_s;
    instant[u"promisedLimitDays"_s] = 0;
    return QJsonObject {
        { u"format"_s, u"onewindow-catalog"_s },
        { u"formatVersion"_s, 1 },
        { u"kind"_s, u"full"_s },
        { u"version"_s, version },
        { u"issuedAt"_s, u"2026-11-20T08:00:00+08:00"_s },
        { u"issuer"_s, u"示范区政务服务数据管理局"_s },
        { u"signature"_s, QJsonValue::Null },
        { u"dictionaries"_s,
          QJsonObject {
              { u"itemType"_s, table({ { u"XK"_s, u"行政许可"_s }, { u"GG"_s, u"公共服务"_s } }) },
              { u"level"_s,
                table({ { u"district"_s, u"区级"_s }, { u"street"_s, u"街道"_s }, { u"community"_s, u"社区"_s } }) },
              { u"materialForm"_s,
                table({ { u"original"_s, u"原件"_s }, { u"copy"_s, u"复印件"_s }, { u"electronic"_s, u"电子"_s } }) },
              { u"materialType"_s, table({ { u"id"_s, u"证照"_s }, { u"form"_s, u"申请表"_s } }) },
              { u"necessity"_s, table({ { u"required"_s, u"必要"_s }, { u"conditional"_s, u"按情形提交"_s } }) },
          } },
        { u"departments"_s,
          QJsonArray {
              QJsonObject { { u"code"_s, u"GA"_s }, { u"name"_s, u"区公安分局"_s }, { u"shortName"_s, u"户政"_s } },
              QJsonObject { { u"code"_s, u"MZ"_s }, { u"name"_s, u"区民政局"_s }, { u"shortName"_s, u"民政"_s } },
          } },
        { u"items"_s,
          QJsonArray { sampleItem(u"ITEM-0001"_s, u"居住证签注"_s), sampleItem(u"ITEM-0002"_s, u"居住证申领"_s),
                       instant } },
    };
}

QJsonObject sampleDelta(qint64 baseVersion)
{
    QJsonObject changed = sampleItem(u"ITEM-0002"_s, u"居住证申领（补领）"_s);
    changed[u"version"_s] = 2;
    return QJsonObject {
        { u"format"_s, u"onewindow-catalog"_s },
        { u"formatVersion"_s, 1 },
        { u"kind"_s, u"delta"_s },
        { u"version"_s, baseVersion + 1 },
        { u"baseVersion"_s, baseVersion },
        { u"issuedAt"_s, u"2026-11-21T08:00:00+08:00"_s },
        { u"issuer"_s, u"示范区政务服务数据管理局"_s },
        { u"signature"_s, QJsonValue::Null },
        { u"items"_s, QJsonArray { changed, sampleItem(u"ITEM-0004"_s, u"最低生活保障申请"_s, u"MZ"_s) } },
        { u"removed"_s, QJsonArray { u"ITEM-0003"_s } },
    };
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace OneWindow::Test
