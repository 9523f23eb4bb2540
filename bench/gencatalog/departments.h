#pragma once

#include <QList>
#include <QString>

namespace OneWindow::GenCatalog {

/// The district departments the synthetic catalog is spread over; the name pool refers to them by this id.
enum class DepartmentId {
    Police,
    TrafficPolice,
    MarketRegulation,
    HumanResources,
    MedicalSecurity,
    CivilAffairs,
    DisabledPersons,
    Health,
    Education,
    Housing,
    Planning,
    Transport,
    Justice,
    GovernmentOffice,
    Veterans,
    Culture,
    Tax,
    UrbanManagement,
    Environment,
    Emergency,
    Agriculture,
    Water,
    Commerce,
    Development,
    Finance,
    Industry,
    Archives,
    FireRescue,
    Religion,
    Statistics,
    Forestry,
    FinancialAffairs,
    HousingFund,
    Count
};

struct Department
{
    QString code; ///< the department's 统一社会信用代码, with valid check characters
    QString name;
    QString shortName;
    QString hotline;
    int hallFloor = 1; ///< floor of the district service hall where its windows are
    QString hallZone; ///< zone letter of its windows on that floor
};

/// All departments in DepartmentId order; built once.
const QList<Department> &departments();
const Department &department(DepartmentId id);

/// Appends the GB 32100 check character to the 17 leading characters of a 统一社会信用代码.
QString withUsccCheck(const QString &first17);

} // namespace OneWindow::GenCatalog
