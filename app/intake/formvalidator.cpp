#include "formvalidator.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "text.h"
#include "validation/creditcode.h"
#include "validation/phonenumber.h"
#include "validation/postalcode.h"
#include "validation/residentid.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

namespace {

template<typename Check> void take(FieldCheck &out, const Check &check)
{
    out.normalized = check.normalized;
    out.errors = check.errors;
    out.warnings = check.warnings;
}

bool mentions(const FieldSpec &spec, QStringView keyPart, QStringView labelPart)
{
    return spec.key.contains(keyPart, Qt::CaseInsensitive) || spec.label.contains(labelPart);
}

} // namespace

bool FormValidator::isEmpty(const FieldSpec &spec, const QJsonValue &value)
{
    switch (spec.type) {
    case FieldType::Bool:
        // A required yes/no is a confirmation (公告期已满, 承诺属实): only "yes" fills it.
        return !value.toBool();
    case FieldType::MultiChoice:
    case FieldType::Group:
        return value.toArray().isEmpty();
    case FieldType::Address: {
        const QJsonObject address = value.toObject();
        return address.value(u"region"_s).toString().isEmpty()
            || address.value(u"detail"_s).toString().trimmed().isEmpty();
    }
    default:
        return value.isNull() || value.isUndefined() || value.toString().trimmed().isEmpty();
    }
}

FieldCheck FormValidator::checkField(const FieldSpec &spec, const QJsonValue &value, QDate today)
{
    FieldCheck out;
    out.normalized = value;
    if (isEmpty(spec, value))
        return out;
    const QString text = value.toString().trimmed();
    switch (spec.type) {
    case FieldType::ResidentId: {
        static const Validation::ResidentIdValidator validator;
        const Validation::ResidentIdCheck check = validator.check(text, today);
        take(out, check);
        if (check.isValid()) {
            out.birthDate = check.birthDate;
            out.sex = check.sex == Validation::Sex::Male ? 1 : 0;
        }
        break;
    }
    case FieldType::Uscc: {
        static const Validation::CreditCodeValidator validator;
        take(out, validator.check(text));
        break;
    }
    case FieldType::Phone:
        take(out, Validation::PhoneValidator::check(text));
        break;
    case FieldType::PostalCode:
        take(out, Validation::PostalCodeValidator::check(text));
        break;
    case FieldType::Number: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok || number < 0)
            out.errors.append(makeError(u"intake.number"_s, Text::tr("Enter a number, such as 3 or 1250.50")));
        else
            out.normalized = text;
        break;
    }
    case FieldType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            out.errors.append(makeError(u"intake.date"_s, Text::tr("Enter a date as YYYY-MM-DD, such as 2026-03-01")));
        break;
    }
    case FieldType::Choice:
        if (!spec.options.contains(text))
            out.errors.append(makeError(u"intake.choice"_s, Text::tr("Choose one of the listed options")));
        break;
    default:
        break;
    }
    return out;
}

QList<FieldIssue> FormValidator::validate(const QList<FieldSpec> &fields, const QJsonObject &values, QDate today,
                                          const QString &pathPrefix)
{
    QList<FieldIssue> issues;
    for (const FieldSpec &spec : fields) {
        if (!FormSchema::isVisible(spec, values))
            continue;
        const QString path = pathPrefix + spec.key;
        const QJsonValue value = values.value(spec.key);
        if (isEmpty(spec, value)) {
            if (spec.required)
                issues.append({ path, spec.label, false, u"intake.required"_s, Text::tr("Required") });
            continue;
        }
        if (spec.type == FieldType::Group) {
            const QJsonArray entries = value.toArray();
            for (qsizetype i = 0; i < entries.size(); ++i)
                issues += validate(spec.fields, entries.at(i).toObject(), today,
                                   path + u'[' + QString::number(i) + u"]."_s);
            continue;
        }
        const FieldCheck check = checkField(spec, value, today);
        for (const Error &error : check.errors)
            issues.append({ path, spec.label, false, error.code, error.message });
        for (const Error &warning : check.warnings)
            issues.append({ path, spec.label, true, warning.code, warning.message });
    }
    return issues;
}

QJsonObject FormValidator::derivedFromId(const QList<FieldSpec> &level, const FieldCheck &idCheck, QDate today)
{
    QJsonObject derived;
    if (!idCheck.birthDate.isValid())
        return derived;
    for (const FieldSpec &spec : level) {
        if (spec.type == FieldType::Date && mentions(spec, u"birth", u"出生"))
            derived.insert(spec.key, idCheck.birthDate.toString(Qt::ISODate));
        else if (spec.type == FieldType::Choice && mentions(spec, u"gender", u"性别")) {
            const QString sex = idCheck.sex == 1 ? u"男"_s : u"女"_s;
            if (spec.options.contains(sex))
                derived.insert(spec.key, sex);
        } else if (spec.type == FieldType::Number
                   && (spec.key.endsWith(u"age"_s, Qt::CaseInsensitive) || spec.label.contains(u"年龄"_s)))
            derived.insert(spec.key, QString::number(Validation::ResidentIdValidator::ageOn(idCheck.birthDate, today)));
    }
    return derived;
}

} // namespace OneWindow::Intake
