#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "core/error.h"
#include "formschema.h"

namespace OneWindow::Intake {

/// A problem with one field, for the inline message under it and for the summary that keeps a
/// case from being accepted. `path` names the field: "applicantIdNo", "familyMembers[1].memberIdNo".
struct FieldIssue
{
    QString path;
    QString label;
    bool warning = false; ///< shown, but does not block acceptance (an unknown county code)
    QString code;
    QString message;
};

/// One field's value checked by the official rules of its type (app/validation): the value
/// as it should be stored (x → X, +86 dropped) and what is wrong with it.
struct FieldCheck
{
    QJsonValue normalized;
    QList<Error> errors;
    QList<Error> warnings;
    QDate birthDate; ///< resident ID only, when valid
    int sex = -1; ///< resident ID only: 1 male, 0 female
};

/// Checks a form's values against its schema: required fields (only where visible), each
/// value by its type, every entry of every group. Qt Core only, so the server runs the same
/// checks on what a window sends.
class FormValidator
{
public:
    static FieldCheck checkField(const FieldSpec &spec, const QJsonValue &value, QDate today);
    static bool isEmpty(const FieldSpec &spec, const QJsonValue &value);
    static QList<FieldIssue> validate(const QList<FieldSpec> &fields, const QJsonObject &values, QDate today,
                                      const QString &pathPrefix = QString());
    /// The values the ID number gives to other fields of its level: a date field about birth
    /// (出生), a 男/女 choice about sex (性别), a number about age (年龄).
    static QJsonObject derivedFromId(const QList<FieldSpec> &level, const FieldCheck &idCheck, QDate today);
};

} // namespace OneWindow::Intake
