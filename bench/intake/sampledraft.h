#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

/// A realistic draft for the autosave benchmark: the form of an individual business registration
/// (个体工商户设立登记) with 60 fields counting a group's fields once (54 top-level values and a
/// "family members" group of 4 entries of 6 fields), and a checklist of 12 material records.
namespace OneWindow::Bench {

QJsonObject sampleForm();
QJsonArray sampleChecklist();
/// Text fields of sampleForm() that the benchmark "types" into.
QStringList typedFields();

} // namespace OneWindow::Bench
