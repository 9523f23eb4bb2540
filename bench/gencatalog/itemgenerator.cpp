#include "itemgenerator.h"

#include <algorithm>
#include <array>

#include "departments.h"
#include "formschema.h"
#include "materialpicker.h"
#include "materialpool.h"
#include "namepool.h"
#include "seededrandom.h"

using namespace Qt::StringLiterals;

namespace OneWindow::GenCatalog {

namespace {

constexpr std::array<QStringView, 5> itemTypeOrder { u"XK", u"QR", u"GF", u"GG", u"QT" };

constexpr std::array<QStringView, 4> hoursVariants {
    u"周一至周五 9:00-12:00，13:30-17:30（法定节假日除外）",
    u"周一至周六 9:00-17:00（法定节假日除外）",
    u"工作日 8:30-12:00，14:00-17:30",
    u"周一至周日 9:00-18:00（24小时自助服务区全天开放）",
};

constexpr std::array<QStringView, 4> extraLegalBasis {
    u"《优化营商环境条例》（国务院令第722号）",
    u"《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》（国发〔2018〕27号）",
    // ASCII quotes as many real guides have them; they also keep the writer's escaping honest
    u"《国务院办公厅关于加快推进政务服务\"跨省通办\"的指导意见》（国办发〔2020〕35号）",
    u"《中华人民共和国个人信息保护法》",
};

constexpr std::array<int, 8> promisedLegalDays { 5, 7, 10, 15, 20, 30, 45, 60 };
constexpr std::array<int, 5> instantLegalDays { 0, 0, 1, 5, 10 };
constexpr std::array<QStringView, 6> feeAmounts { u"5.00", u"10.00", u"20.00", u"40.00", u"80.00", u"150.00" };

struct Choice
{
    int object = 0;
    int action = 0;
    int qualifier = -1; ///< -1 = none
    Applicant applicant = Applicant::Person;
};

Choice choose(QRandomGenerator &random)
{
    Choice choice;
    const auto objects = objectParts();
    choice.object = random.bounded(int(objects.size()));
    const ObjectPart &object = objects[choice.object];

    std::array<int, ActionCount> fitting {};
    int fittingCount = 0;
    for (int action = 0; action < ActionCount; ++action) {
        if (object.actions & (1u << action))
            fitting[fittingCount++] = action;
    }
    choice.action = fitting[random.bounded(fittingCount)];

    choice.applicant = object.applicant;
    if (chance(random, 35)) {
        const auto qualifiers = qualifierParts();
        // ends: the Either qualifiers (告知承诺制, 全程网办 …) fit every object
        for (;;) {
            const int candidate = random.bounded(int(qualifiers.size()));
            const Applicant fits = qualifiers[candidate].applicant;
            if (qualifiers[candidate].welfareOnly && !(materialDomains(object.department) & Welfare))
                continue;
            if (fits == Applicant::Either || object.applicant == Applicant::Either || fits == object.applicant) {
                choice.qualifier = candidate;
                if (fits != Applicant::Either)
                    choice.applicant = fits;
                break;
            }
        }
    }
    if (choice.applicant == Applicant::Either)
        choice.applicant = chance(random, 50) ? Applicant::Person : Applicant::Organisation;
    return choice;
}

QStringList levelsFor(QRandomGenerator &random, QStringView itemType)
{
    // licences stay with the district; personal services are pushed down to streets and communities
    if ((itemType == u"XK" || itemType == u"QT") && chance(random, 85))
        return { u"district"_s };
    const int roll = random.bounded(100);
    if (roll < 55)
        return { u"district"_s };
    if (roll < 70)
        return { u"district"_s, u"street"_s };
    if (roll < 85)
        return { u"street"_s };
    if (roll < 93)
        return { u"street"_s, u"community"_s };
    return { u"community"_s };
}

QList<Step> stepsFor(const ItemGuide &item, const Department &department, QStringView actionName)
{
    QList<Step> steps;
    steps.append({ u"申请"_s, u"通过窗口或政务服务网提交申请材料"_s });
    if (item.reviewType == u"instant") {
        steps.append({ u"受理"_s, u"材料齐全、符合法定形式的当场受理"_s });
        steps.append({ u"办结"_s, u"当场办结并出具"_s + item.resultName });
        return steps;
    }
    steps.append({ u"受理"_s, u"材料齐全、符合法定形式的予以受理，不齐全的一次性告知补正"_s });
    steps.append({ u"审查"_s, department.shortName + u"审查申请材料，必要时现场核查"_s });
    steps.append(
        { u"决定"_s,
          QString::number(item.promisedLimitDays) + u"个工作日内作出准予或不予"_s + actionName + u"的决定"_s });
    steps.append({ u"送达"_s, u"窗口领取或邮寄送达"_s + item.resultName });
    return steps;
}

QString placeFor(QRandomGenerator &random, const QStringList &levels, const Department &department)
{
    if (levels.contains(u"district"_s)) {
        return u"示范区政务服务中心"_s + QString::number(department.hallFloor) + u"楼"_s + department.hallZone + u"区"_s
            + QString::number(between(random, 1, 12)) + u"号窗口"_s;
    }
    const QString street = pick(random, streetNames()).toString();
    if (levels.contains(u"street"_s))
        return street + u"党群服务中心政务服务站"_s;
    return street + pick(random, communityNames()).toString() + u"社区党群服务中心"_s;
}

void fillTiming(QRandomGenerator &random, ItemGuide &item)
{
    const bool instant = chance(random, item.itemType == u"XK" ? 15 : 45);
    item.reviewType = instant ? u"instant"_s : u"promised"_s;
    if (instant) {
        item.legalLimitDays = pick(random, instantLegalDays);
        item.promisedLimitDays = 0;
        return;
    }
    item.legalLimitDays = pick(random, promisedLegalDays);
    // promised times are usually cut to between a fifth and two thirds of the legal limit
    item.promisedLimitDays = qMax(1, item.legalLimitDays * between(random, 20, 67) / 100);
}

} // namespace

ItemGenerator::ItemGenerator(quint64 seed)
    : m_seed(seed)
{
}

ItemGuide ItemGenerator::item(int index) const
{
    QRandomGenerator random = seededRandom(m_seed, quint64(index), RandomPurpose::ItemContent);
    const Choice choice = choose(random);
    const ObjectPart &object = objectParts()[choice.object];
    const ActionPart &action = actionParts()[choice.action];
    const Department &department = GenCatalog::department(object.department);

    ItemGuide item;
    item.itemType = (action.itemType.isEmpty() ? object.itemType : action.itemType).toString();
    item.levels = levelsFor(random, item.itemType);

    const QString baseName = object.name + action.name;
    item.name = baseName;
    if (choice.qualifier >= 0) {
        item.name += u"（"_s + qualifierParts()[choice.qualifier].name + u"）"_s;
    } else if (!item.levels.contains(u"district"_s) && chance(random, 50)) {
        // street-run items often carry the street in their name; it also keeps 100 000 names from repeating
        item.name += u"（"_s + pick(random, streetNames()) + u"）"_s;
    }
    if (item.name != baseName)
        item.shortName = baseName;

    const int typeNumber
        = int(std::find(itemTypeOrder.begin(), itemTypeOrder.end(), item.itemType) - itemTypeOrder.begin()) + 1;
    item.baseCode
        = QString::asprintf("%02d%04d%03d%03d", typeNumber, choice.object + 1, choice.action + 1, choice.qualifier + 1);
    item.implCode = department.code + item.baseCode;
    item.code = item.implCode + QString::asprintf("%08d", index + 1);
    item.version = between(random, 1, 3);
    item.department = department.code;

    for (QStringView keyword : object.keywords.split(u'、'))
        item.keywords.append(keyword.toString());
    if (!action.keyword.isEmpty())
        item.keywords.append(action.keyword.toString());

    fillTiming(random, item);
    item.resultName
        = (action.yieldsDocument && !object.document.isEmpty() ? object.document : action.resultName).toString();
    if (chance(random, 8)) {
        const bool isDocument = action.yieldsDocument && !object.document.isEmpty();
        item.fees.append({ isDocument ? u"证件工本费"_s : u"审查费"_s, pick(random, feeAmounts).toString(),
                           u"《行政事业性收费项目目录清单》"_s });
    }
    item.place = placeFor(random, item.levels, department);
    item.hours = pick(random, hoursVariants).toString();
    item.hotline = chance(random, 70) ? department.hotline : u"12345"_s;

    item.legalBasis.append(object.law.toString());
    if (item.itemType == u"XK" && chance(random, 50))
        item.legalBasis.append(u"《中华人民共和国行政许可法》"_s);
    if (chance(random, 40))
        item.legalBasis.append(pick(random, extraLegalBasis).toString());
    item.steps = stepsFor(item, department, action.name);

    item.flags.cityWide = chance(random, 5);
    item.flags.courier = chance(random, 40);
    item.flags.appointment = chance(random, 70);
    item.flags.online = chance(random, 55);

    item.materials = pickMaterials(random, choice.applicant, object.department, baseName);
    item.formFields = intakeForm(random, choice.applicant, item.flags.courier);
    return item;
}

ItemGuide ItemGenerator::revised(int index, int baseVersion) const
{
    ItemGuide item = this->item(index);
    QRandomGenerator random = seededRandom(m_seed, quint64(index), RandomPurpose::Revision, quint32(baseVersion));
    ++item.version;

    bool changed = false;
    if (item.promisedLimitDays > 1 && chance(random, 60)) {
        // the usual reform: promise less time than before
        const QString before = QString::number(item.promisedLimitDays) + u"个工作日内"_s;
        item.promisedLimitDays -= between(random, 1, item.promisedLimitDays / 2);
        const QString after = QString::number(item.promisedLimitDays) + u"个工作日内"_s;
        for (Step &step : item.steps)
            step.description.replace(before, after);
        changed = true;
    }
    if (!item.flags.online && chance(random, 50)) {
        item.flags.online = true;
        item.keywords.append(u"全程网办"_s);
    }
    if (chance(random, 30))
        item.hours = pick(random, hoursVariants).toString();
    if (!changed || chance(random, 50)) {
        // materials[0] is the application form, which is never waived
        Material &waived = item.materials[between(random, 1, int(item.materials.size()) - 1)];
        waived.necessity = u"optional"_s;
        waived.condition.clear();
        waived.notes = u"可通过数据共享获取的，免于提交"_s;
    }
    return item;
}

} // namespace OneWindow::GenCatalog
