#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow::GenCatalog {

// Plain records mirroring the item guide of docs/catalog-package.md, field for field, so the writer is a
// straight walk and the generator can revise an item (for a delta) before it is written.

struct Fee
{
    QString name;
    QString amount; ///< yuan with two decimals, as the format wants it
    QString basis;
};

struct Step
{
    QString name;
    QString description;
};

struct Material
{
    QString id;
    QString name;
    QStringList forms; ///< materialForm codes
    QString type; ///< materialType code
    int copies = 0;
    QString necessity; ///< necessity code
    QString condition;
    QString notes;
    QString blankForm;
    QString sample;
};

struct FormField
{
    QString key;
    QString label;
    QString type;
    bool required = false;
    QStringList options;
    QList<FormField> fields; ///< children of a group
    QString visibleWhenField;
    /// the value visibleWhenField must have; a bool field compares with true, anything else with text
    QString visibleWhenText;
    bool visibleWhenTrue = false;
    QString hint;
};

struct ItemFlags
{
    bool cityWide = false;
    bool courier = false;
    bool appointment = false;
    bool online = false;
};

struct ItemGuide
{
    QString code;
    QString baseCode;
    QString implCode;
    int version = 1;
    QString name;
    QString shortName;
    QStringList keywords;
    QString department;
    QString itemType;
    QStringList levels;
    QString reviewType;
    int legalLimitDays = 0;
    int promisedLimitDays = 0;
    QList<Fee> fees;
    QString place;
    QString hours;
    QString hotline;
    QStringList legalBasis;
    QList<Step> steps;
    QString resultName;
    ItemFlags flags;
    QList<Material> materials;
    QList<FormField> formFields;
};

} // namespace OneWindow::GenCatalog
