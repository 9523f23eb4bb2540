#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

#include "core/error.h"

namespace OneWindow::Calendar::Internal {

/// Typed reads of a calendar document's fields ("holidays[2].from") that keep the first problem,
/// translated and naming the field, so a reader can read everything and check ok() once.
/// After a failure every read returns an empty value; nothing is thrown.
class JsonFields
{
public:
    bool ok() const { return !m_error.has_value(); }
    Error error() const { return m_error.value_or(Error {}); }
    void fail(const QString &code, const QString &message);

    QJsonObject object(const QJsonValue &value, const QString &path);
    QJsonArray array(const QJsonObject &parent, const QString &key, const QString &path);
    QString text(const QJsonObject &parent, const QString &key, const QString &path);
    /// A text field that may be absent (then empty).
    QString optionalText(const QJsonObject &parent, const QString &key, const QString &path);
    int integer(const QJsonObject &parent, const QString &key, const QString &path);
    QDate date(const QJsonObject &parent, const QString &key, const QString &path);
    QDate date(const QJsonValue &value, const QString &path);

    /// "parent.key" or "key" at the top level.
    static QString join(const QString &parent, const QString &key);
    static QString join(const QString &parent, qsizetype index);

private:
    std::optional<Error> m_error;
};

/// A date written exactly as YYYY-MM-DD (ISO 8601 calendar date); invalid otherwise.
QDate parseIsoDate(const QString &text);

} // namespace OneWindow::Calendar::Internal
