#pragma once

#include <span>

#include <QStringView>

#include "namepool.h"

namespace OneWindow::GenCatalog {

/// Bits of MaterialPart::forms, one per materialForm code.
enum MaterialFormBit : quint8 { Original = 1, Copy = 2, Electronic = 4 };

/// Bits of MaterialPart::domains: the kind of department that asks for a material. General ones (identity,
/// authorisation, undertakings) fit every item; the rest only items of departments in that domain, so a 低保
/// application does not ask for a construction contract.
enum MaterialDomain : quint8 { General = 1, Welfare = 2, Business = 4, Construction = 8, Transport = 16 };

/// A material as hall staff know it: its usual form, copies and when it applies. Every item draws its
/// materials from this pool, so the same 居民身份证 reads the same everywhere, as in a real catalog.
struct MaterialPart
{
    QStringView name;
    QStringView type; ///< materialType code
    quint8 forms; ///< MaterialFormBit set
    int copies;
    Applicant applicant; ///< Either = fits every item
    QStringView necessity; ///< necessity code
    QStringView condition; ///< set exactly when necessity is conditional
    QStringView notes;
    bool hasBlankForm; ///< a blank form and a filled-in sample named after the material exist
    quint8 domains; ///< MaterialDomain set
};

std::span<const MaterialPart> materialParts();

/// The pool entries that prove who applies: 居民身份证 for a person, 营业执照 for an organisation.
int personIdentityMaterial();
int organisationIdentityMaterial();

/// MaterialDomain set whose materials a department asks for (General included)
quint8 materialDomains(DepartmentId department);

} // namespace OneWindow::GenCatalog
