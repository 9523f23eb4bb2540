#include "checklist.h"

#include <array>
#include <utility>

#include "formschema.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

namespace {

const std::array<std::pair<QStringView, Provision>, 7> provisionNames { {
    { u"pending", Provision::Pending },
    { u"original", Provision::Original },
    { u"copy", Provision::Copy },
    { u"electronic", Provision::Electronic },
    { u"missing", Provision::Missing },
    { u"incorrect", Provision::Incorrect },
    { u"notApplicable", Provision::NotApplicable },
} };

Condition conditionOf(const Catalog::MaterialInfo &material)
{
    return { material.when.value(u"field"_s).toString(), material.when.value(u"equals"_s) };
}

} // namespace

QString provisionName(Provision provision)
{
    for (const auto &[name, value] : provisionNames)
        if (value == provision)
            return name.toString();
    return u"pending"_s;
}

Provision provisionFromName(const QString &name)
{
    for (const auto &[text, value] : provisionNames)
        if (text == name)
            return value;
    return Provision::Pending;
}

QJsonObject MaterialRecord::toJson() const
{
    QJsonObject object { { u"material"_s, materialId }, { u"provision"_s, provisionName(provision) } };
    if (copiesReceived > 0)
        object.insert(u"copies"_s, copiesReceived);
    if (!problem.isEmpty())
        object.insert(u"problem"_s, problem);
    if (!pages.isEmpty())
        object.insert(u"pages"_s, QJsonArray::fromStringList(pages));
    return object;
}

MaterialRecord MaterialRecord::forMaterial(const QString &id)
{
    MaterialRecord record;
    record.materialId = id;
    return record;
}

MaterialRecord MaterialRecord::fromJson(const QJsonObject &object)
{
    MaterialRecord record;
    record.materialId = object.value(u"material"_s).toString();
    record.provision = provisionFromName(object.value(u"provision"_s).toString());
    record.copiesReceived = object.value(u"copies"_s).toInt();
    record.problem = object.value(u"problem"_s).toString();
    for (const QJsonValue &page : object.value(u"pages"_s).toArray())
        record.pages.append(page.toString());
    return record;
}

Checklist::Checklist(QList<Catalog::MaterialInfo> materials, const QString &agentField,
                     const Catalog::MaterialInfo &authorization)
    : m_materials(std::move(materials))
    , m_agentField(agentField)
{
    if (!m_agentField.isEmpty() && !authorization.id.isEmpty()) {
        const bool guideHasOne = std::any_of(m_materials.cbegin(), m_materials.cend(), [&](const auto &material) {
            return conditionOf(material).field == m_agentField;
        });
        if (!guideHasOne) {
            Catalog::MaterialInfo added = authorization;
            added.when = QJsonObject { { u"field"_s, m_agentField }, { u"equals"_s, true } };
            m_materials.append(added);
        }
    }
    for (const Catalog::MaterialInfo &material : std::as_const(m_materials))
        m_records.append(MaterialRecord::forMaterial(material.id));
}

const Catalog::MaterialInfo *Checklist::material(const QString &id) const
{
    for (const Catalog::MaterialInfo &material : m_materials)
        if (material.id == id)
            return &material;
    return nullptr;
}

bool Checklist::applies(const Catalog::MaterialInfo &material, const QJsonObject &values) const
{
    const Condition condition = conditionOf(material);
    return !condition.isSet() || condition.holds(values);
}

bool Checklist::isRequired(const Catalog::MaterialInfo &material) const
{
    return material.necessityCode == u"required"_s
        || (material.necessityCode == u"conditional"_s && !material.when.isEmpty());
}

MaterialRecord Checklist::record(const QString &id) const
{
    for (const MaterialRecord &record : m_records)
        if (record.materialId == id)
            return record;
    return MaterialRecord::forMaterial(id);
}

void Checklist::setRecord(const MaterialRecord &record)
{
    for (MaterialRecord &existing : m_records) {
        if (existing.materialId == record.materialId) {
            existing = record;
            return;
        }
    }
}

QList<Shortfall> Checklist::shortfalls(const QJsonObject &values) const
{
    QList<Shortfall> result;
    for (const Catalog::MaterialInfo &material : m_materials) {
        if (!applies(material, values))
            continue;
        const MaterialRecord entry = record(material.id);
        const bool optional = material.necessityCode == u"optional"_s;
        QString reason;
        switch (entry.provision) {
        case Provision::Missing:
            reason = entry.problem.isEmpty() ? Text::tr("Not provided") : entry.problem;
            break;
        case Provision::Incorrect:
            reason = entry.problem.isEmpty() ? Text::tr("Does not meet the requirements") : entry.problem;
            break;
        case Provision::Copy:
            if (entry.copiesReceived < material.copies)
                //: %1 copies required, %2 copies received
                reason = Text::tr("%1 copies required, %2 received").arg(material.copies).arg(entry.copiesReceived);
            break;
        default:
            break;
        }
        if (!reason.isEmpty() && !(optional && entry.provision == Provision::Missing))
            result.append({ material.id, material.name, reason });
    }
    return result;
}

QStringList Checklist::pending(const QJsonObject &values) const
{
    QStringList result;
    for (const Catalog::MaterialInfo &material : m_materials) {
        if (material.necessityCode != u"optional"_s && applies(material, values)
            && record(material.id).provision == Provision::Pending)
            result.append(material.id);
    }
    return result;
}

QJsonArray Checklist::toJson() const
{
    QJsonArray array;
    for (const MaterialRecord &record : m_records)
        array.append(record.toJson());
    return array;
}

void Checklist::restore(const QJsonArray &records)
{
    for (const QJsonValue &value : records)
        setRecord(MaterialRecord::fromJson(value.toObject()));
}

} // namespace OneWindow::Intake
