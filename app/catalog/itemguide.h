#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/error.h"
#include "package.h"

namespace OneWindow::Catalog {

/// A material as the guide screen and the intake checklist show it: codes kept for logic,
/// labels from the package's code tables for people.
struct MaterialInfo
{
    QString id;
    QString name;
    QStringList formCodes;
    QStringList forms; ///< labels: 原件, 复印件, 电子
    QString type;
    int copies = 0;
    QString necessityCode;
    QString necessity;
    QString condition;
    QJsonObject when; ///< {"field", "equals"}: when the material applies, for the checklist; empty = staff decide
    QString notes;
    QString blankForm;
    QString sample;
};

struct FeeInfo
{
    QString name;
    QString amount; ///< yuan, as the package wrote it ("20.00")
    QString basis;
};

struct StepInfo
{
    QString name;
    QString description;
};

/// One whole item guide (办事指南), read from the JSON the catalog keeps.
struct ItemGuide
{
    QString code;
    QString baseCode;
    QString implCode;
    int version = 0;
    QString name;
    QString shortName;
    QStringList keywords;
    QString departmentCode;
    QString departmentName;
    QString itemType; ///< label
    QStringList levels; ///< labels
    bool instant = false;
    int legalDays = 0;
    int promisedDays = 0;
    QList<FeeInfo> fees;
    QString place;
    QString hours;
    QString hotline;
    QStringList legalBasis;
    QList<StepInfo> steps;
    QString resultName;
    int flags = 0;
    QList<MaterialInfo> materials;
    QJsonObject form; ///< the intake form schema, for the intake screen
};

/// Turns a stored body into a guide, labelling codes with the package's tables.
Result<ItemGuide> parseGuide(const QByteArray &body, const Dictionaries &dictionaries,
                             const QList<Department> &departments);

} // namespace OneWindow::Catalog

Q_DECLARE_METATYPE(OneWindow::Catalog::ItemGuide)
