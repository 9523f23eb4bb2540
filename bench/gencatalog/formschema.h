#pragma once

#include <QList>
#include <QRandomGenerator>

#include "itemguide.h"
#include "namepool.h"

namespace OneWindow::GenCatalog {

/// A small intake form: who applies, how to reach them, how they apply; a block shown only for an agent or
/// for postal delivery; and for some items a repeated group (family members, shareholders). Enough shapes
/// to exercise every part of the form schema without making items large.
QList<FormField> intakeForm(QRandomGenerator &random, Applicant applicant, bool courier);

} // namespace OneWindow::GenCatalog
