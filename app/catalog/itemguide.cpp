#include "itemguide.h"

#include "text.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace OneWindow::Catalog {
namespace {

QString label(const Dictionaries &dictionaries, const QString &dictionary, const QString &code)
{
    const auto it = dictionaries.find(dictionary);
    if (it != dictionaries.end())
        for (const DictionaryEntry &entry : it->second)
            if (entry.code == code)
                return entry.label;
    return code; // the package was checked on import; a later table change shows the raw code
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array)
        result.append(entry.toString());
    return result;
}

} // namespace

Result<ItemGuide> parseGuide(const QByteArray &body, const Dictionaries &dictionaries,
                             const QList<Department> &departments)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject())
        return makeError(u"catalog.guide"_s, Text::tr("The stored guide cannot be read: %1").arg(error.errorString()));
    const QJsonObject o = document.object();
    ItemGuide guide;
    guide.code = o[u"code"_s].toString();
    guide.baseCode = o[u"baseCode"_s].toString();
    guide.implCode = o[u"implCode"_s].toString();
    guide.version = o[u"version"_s].toInt();
    guide.name = o[u"name"_s].toString();
    guide.shortName = o[u"shortName"_s].toString(guide.name);
    guide.keywords = strings(o[u"keywords"_s]);
    guide.departmentCode = o[u"department"_s].toString();
    guide.departmentName = guide.departmentCode;
    for (const Department &department : departments)
        if (department.code == guide.departmentCode)
            guide.departmentName = department.name;
    guide.itemType = label(dictionaries, u"itemType"_s, o[u"itemType"_s].toString());
    for (const QString &level : strings(o[u"levels"_s]))
        guide.levels.append(label(dictionaries, u"level"_s, level));
    guide.instant = o[u"reviewType"_s].toString() == u"instant"_s;
    guide.legalDays = o[u"legalLimitDays"_s].toInt();
    guide.promisedDays = o[u"promisedLimitDays"_s].toInt();
    const QJsonArray fees = o[u"fees"_s].toArray();
    for (const QJsonValue &fee : fees)
        guide.fees.append({ fee[u"name"_s].toString(), fee[u"amount"_s].toString(), fee[u"basis"_s].toString() });
    guide.place = o[u"place"_s].toString();
    guide.hours = o[u"hours"_s].toString();
    guide.hotline = o[u"hotline"_s].toString();
    guide.legalBasis = strings(o[u"legalBasis"_s]);
    const QJsonArray steps = o[u"steps"_s].toArray();
    for (const QJsonValue &step : steps)
        guide.steps.append({ step[u"name"_s].toString(), step[u"description"_s].toString() });
    guide.resultName = o[u"resultName"_s].toString();
    const QJsonObject flags = o[u"flags"_s].toObject();
    const std::pair<QString, ItemFlag> flagNames[] = { { u"cityWide"_s, CityWide },
                                                       { u"courier"_s, Courier },
                                                       { u"appointment"_s, Appointment },
                                                       { u"online"_s, Online } };
    for (const auto &[name, flag] : flagNames)
        if (flags[name].toBool())
            guide.flags |= flag;
    const QJsonArray materials = o[u"materials"_s].toArray();
    for (const QJsonValue &value : materials) {
        MaterialInfo material;
        material.id = value[u"id"_s].toString();
        material.name = value[u"name"_s].toString();
        material.formCodes = strings(value[u"forms"_s]);
        for (const QString &form : std::as_const(material.formCodes))
            material.forms.append(label(dictionaries, u"materialForm"_s, form));
        material.type = label(dictionaries, u"materialType"_s, value[u"type"_s].toString());
        material.copies = value[u"copies"_s].toInt();
        material.necessityCode = value[u"necessity"_s].toString();
        material.necessity = label(dictionaries, u"necessity"_s, material.necessityCode);
        material.condition = value[u"condition"_s].toString();
        material.notes = value[u"notes"_s].toString();
        material.blankForm = value[u"blankForm"_s].toString();
        material.sample = value[u"sample"_s].toString();
        material.when = value[u"when"_s].toObject();
        guide.materials.append(material);
    }
    guide.form = o[u"form"_s].toObject();
    return guide;
}

} // namespace OneWindow::Catalog
