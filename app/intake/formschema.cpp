#include "formschema.h"

#include <QJsonArray>

#include <array>
#include <utility>

#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

namespace {

const std::array<std::pair<QStringView, FieldType>, 12> typeNames { {
    { u"text", FieldType::Text },
    { u"number", FieldType::Number },
    { u"date", FieldType::Date },
    { u"choice", FieldType::Choice },
    { u"multiChoice", FieldType::MultiChoice },
    { u"address", FieldType::Address },
    { u"phone", FieldType::Phone },
    { u"residentId", FieldType::ResidentId },
    { u"uscc", FieldType::Uscc },
    { u"postalCode", FieldType::PostalCode },
    { u"bool", FieldType::Bool },
    { u"group", FieldType::Group },
} };

// Well-known keys of the catalog format, in priority order: an item whose applicant is a
// person and that also names a business (创业补贴) takes the person as the applicant.
struct RoleKeys
{
    FieldRole role;
    std::array<QStringView, 8> keys;
};
const std::array<RoleKeys, 8> roleKeys { {
    { FieldRole::ApplicantName,
      { u"applicantName", u"operatorName", u"guardianName", u"maleName", u"taxpayerName", u"entName",
        u"builderName" } },
    { FieldRole::ApplicantId,
      { u"applicantIdNo", u"operatorIdNo", u"guardianIdNo", u"maleIdNo", u"taxpayerId", u"entUscc", u"builderUscc",
        u"legalRepIdNo" } },
    { FieldRole::ApplicantPhone,
      { u"applicantPhone", u"operatorPhone", u"guardianPhone", u"malePhone", u"taxPhone", u"contactPhone",
        u"builderPhone" } },
    { FieldRole::AgentPresent, { u"byAgent" } },
    { FieldRole::AgentName, { u"agentName" } },
    { FieldRole::AgentId, { u"agentIdNo" } },
    { FieldRole::DeliveryMethod, { u"deliveryMethod" } },
    { FieldRole::DeliveryAddress, { u"mailAddress" } },
} };

const std::array<std::pair<QStringView, FieldRole>, 8> roleNames { {
    { u"applicantName", FieldRole::ApplicantName },
    { u"applicantId", FieldRole::ApplicantId },
    { u"applicantPhone", FieldRole::ApplicantPhone },
    { u"agentPresent", FieldRole::AgentPresent },
    { u"agentName", FieldRole::AgentName },
    { u"agentId", FieldRole::AgentId },
    { u"deliveryMethod", FieldRole::DeliveryMethod },
    { u"deliveryAddress", FieldRole::DeliveryAddress },
} };

Result<QList<FieldSpec>> readFields(const QJsonArray &array, const QString &path, int depth)
{
    QList<FieldSpec> fields;
    fields.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString where = path + u'[' + QString::number(i) + u']';
        FieldSpec spec;
        spec.key = object.value(u"key"_s).toString();
        spec.label = object.value(u"label"_s).toString();
        bool known = false;
        spec.type = fieldTypeFromName(object.value(u"type"_s).toString(), &known);
        if (spec.key.isEmpty() || spec.label.isEmpty() || !known)
            //: %1 is a path in the form schema such as form.fields[3]
            return makeError(u"intake.schema"_s,
                             Text::tr("%1: a field needs a key, a label and a known type").arg(where));
        spec.required = object.value(u"required"_s).toBool();
        for (const QJsonValue &option : object.value(u"options"_s).toArray())
            spec.options.append(option.toString());
        if ((spec.type == FieldType::Choice || spec.type == FieldType::MultiChoice) && spec.options.isEmpty())
            return makeError(u"intake.schema"_s, Text::tr("%1 (%2): a choice needs options").arg(where, spec.key));
        spec.hint = object.value(u"hint"_s).toString();
        const QJsonObject visible = object.value(u"visibleWhen"_s).toObject();
        spec.visibleWhen = { visible.value(u"field"_s).toString(), visible.value(u"equals"_s) };
        if (const QString role = object.value(u"role"_s).toString(); !role.isEmpty()) {
            for (const auto &[name, value] : roleNames)
                if (name == role)
                    spec.role = value;
        }
        if (spec.type == FieldType::Group) {
            if (depth > 0)
                return makeError(u"intake.schema"_s, Text::tr("%1 (%2): groups cannot nest").arg(where, spec.key));
            Result<QList<FieldSpec>> children
                = readFields(object.value(u"fields"_s).toArray(), where + u".fields"_s, depth + 1);
            if (!children)
                return children.error();
            spec.fields = std::move(children).value();
        }
        fields.append(std::move(spec));
    }
    return fields;
}

} // namespace

FieldType fieldTypeFromName(const QString &name, bool *ok)
{
    for (const auto &[typeName, type] : typeNames) {
        if (typeName == name) {
            *ok = true;
            return type;
        }
    }
    *ok = false;
    return FieldType::Text;
}

bool Condition::holds(const QJsonObject &values) const
{
    if (!isSet())
        return true;
    const QJsonValue value = values.value(field);
    // A multi-choice holds a condition on one of its options when that option is chosen.
    if (value.isArray() && equals.isString())
        return value.toArray().contains(equals);
    return value == equals;
}

Result<FormSchema> FormSchema::fromJson(const QJsonObject &form)
{
    Result<QList<FieldSpec>> fields = readFields(form.value(u"fields"_s).toArray(), u"form.fields"_s, 0);
    if (!fields)
        return fields.error();
    FormSchema schema;
    schema.m_fields = std::move(fields).value();
    // An explicit role wins; otherwise the first well-known key present plays it.
    for (const RoleKeys &entry : roleKeys) {
        if (schema.fieldFor(entry.role))
            continue;
        for (QStringView key : entry.keys) {
            if (key.isEmpty())
                break;
            auto it = std::find_if(schema.m_fields.begin(), schema.m_fields.end(),
                                   [key](const FieldSpec &spec) { return spec.key == key; });
            if (it != schema.m_fields.end() && it->role == FieldRole::None) {
                it->role = entry.role;
                break;
            }
        }
    }
    return schema;
}

const FieldSpec *FormSchema::field(const QString &key) const
{
    for (const FieldSpec &spec : m_fields)
        if (spec.key == key)
            return &spec;
    return nullptr;
}

const FieldSpec *FormSchema::fieldFor(FieldRole role) const
{
    for (const FieldSpec &spec : m_fields)
        if (spec.role == role)
            return &spec;
    return nullptr;
}

int FormSchema::fieldCount() const
{
    int count = 0;
    for (const FieldSpec &spec : m_fields)
        count += 1 + int(spec.fields.size());
    return count;
}

bool FormSchema::isVisible(const FieldSpec &spec, const QJsonObject &levelValues)
{
    return spec.visibleWhen.holds(levelValues);
}

} // namespace OneWindow::Intake
