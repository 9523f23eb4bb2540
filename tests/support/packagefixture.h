#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace OneWindow::Test {

/// A small, valid catalog package (three items, two departments) that tests change one field
/// at a time to make each kind of bad package.
QJsonObject samplePackage(qint64 version = 1);
/// One valid item guide; `code` and `name` vary it.
QJsonObject sampleItem(const QString &code, const QString &name, const QString &department = QString());
/// A delta from `baseVersion` to `baseVersion + 1`.
QJsonObject sampleDelta(qint64 baseVersion);
QByteArray toJson(const QJsonObject &object);

} // namespace OneWindow::Test
