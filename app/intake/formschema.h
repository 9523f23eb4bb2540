#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/error.h"

namespace OneWindow::Intake {

enum class FieldType {
    Text,
    Number,
    Date,
    Choice,
    MultiChoice,
    Address,
    Phone,
    ResidentId,
    Uscc,
    PostalCode,
    Bool,
    Group,
};

/// What a field means to the case beyond the item's own form: the applicant's name and number
/// go on every notice and into the case list, whether the guide calls the field 申请人姓名 or
/// 单位名称. Inferred from the well-known keys of the catalog format (docs/intake.md).
enum class FieldRole {
    None,
    ApplicantName,
    ApplicantId,
    ApplicantPhone,
    AgentPresent,
    AgentName,
    AgentId,
    DeliveryMethod,
    DeliveryAddress,
};

/// A condition on another field of the same level: {"field": key, "equals": value}.
struct Condition
{
    QString field;
    QJsonValue equals;

    bool isSet() const { return !field.isEmpty(); }
    bool holds(const QJsonObject &values) const;
};

/// One field of an item's intake form, as the guide's schema defines it.
struct FieldSpec
{
    QString key;
    QString label;
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList options;
    QList<FieldSpec> fields; ///< a group's fields (one repeated entry)
    Condition visibleWhen;
    QString hint;
    FieldRole role = FieldRole::None;
};

/// The intake form of one item: built at run time from the guide's `form` object
/// (docs/catalog-package.md). Values are a QJsonObject keyed by field key; a group's value is an
/// array of such objects, an address an object (see AddressValue in fieldvalues.h).
class FormSchema
{
public:
    static Result<FormSchema> fromJson(const QJsonObject &form);

    const QList<FieldSpec> &fields() const { return m_fields; }
    const FieldSpec *field(const QString &key) const;
    /// The top-level field that plays `role`, or nullptr.
    const FieldSpec *fieldFor(FieldRole role) const;
    /// Number of fields including those inside groups (one entry each).
    int fieldCount() const;

    /// Whether `spec` is shown, given the values of its level.
    static bool isVisible(const FieldSpec &spec, const QJsonObject &levelValues);

private:
    QList<FieldSpec> m_fields;
};

FieldType fieldTypeFromName(const QString &name, bool *ok);

} // namespace OneWindow::Intake
