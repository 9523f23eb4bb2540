#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include "departments.h"
#include "itemguide.h"
#include "namepool.h"

namespace OneWindow::GenCatalog {

/// Chooses 2 to 8 materials for an item: its own application form, the applicant's identity, then distinct
/// pool entries that fit both the applicant and the department's domain. Ids come from the pool position, so a material
/// keeps its id when a delta revises the item, as cases that refer to it need.
QList<Material> pickMaterials(QRandomGenerator &random, Applicant applicant, DepartmentId department,
                              const QString &itemShortName);

} // namespace OneWindow::GenCatalog
